// LaunchPanel: the launch after the decision, on its clock. In large type, how far go-live is (or how long the
// launch has been live, or how it ended) and the step the launch is on, with what validates it and the trigger
// that would roll it back; below, every runbook step with its due time, whether it is due, late, done or failed,
// and when and by whom it was recorded. At the desk one key records it: S starts the launch, D marks the selected
// step done, F failed (with a note), G goes live, R rolls back (a trigger and the reason); before the start, E changes
// the selected step's plan. Writes only through the
// document: each a fact on disk before it shows.
#pragma once

#include "launchrun.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace gonogo {

class DecisionDocument;

class LaunchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchPanel)

public:
    enum Column { StepColumn, DueColumn, TitleColumn, OwnerColumn, StateColumn, RecordedColumn, NoteColumn };

    explicit LaunchPanel(DecisionDocument *document, QWidget *parent = nullptr);

    void setRoom(bool on);
    QTableWidget *table() const { return m_table; }
    QLabel *clockLabel() const { return m_clock; }
    QLabel *nowLabel() const { return m_now; }
    QString selectedStep() const;
    void selectStep(const QString &id);

    // The keys' actions. Those that need words ask for them (a note, a trigger and a reason, a confirmation);
    // the ones taking them as arguments do not, for the window's own callers and tests.
    void startLaunch();
    void markDone();
    void markFailed();
    bool markFailed(const QString &note);
    void goLive();
    void rollBack();
    void editStep(); // before the launch starts: the selected step's plan
    bool editStep(const RunbookStep &step);
    bool rollBack(const QString &triggerId, const QString &rationale);

public slots:
    void refresh(); // also every 15 s: what is due turns late with time alone

private:
    DecisionDocument *m_document;
    QLabel *m_clock;
    QLabel *m_now;
    QLabel *m_check;
    QLabel *m_keys;
    QTableWidget *m_table;
    QPushButton *m_start;
    QPushButton *m_done;
    QPushButton *m_failed;
    QPushButton *m_goLive;
    QPushButton *m_rollBack;
    QPushButton *m_edit;
    QTimer *m_tick;
    bool m_room = false;
    QString m_followed; // the step the selection last followed
};

} // namespace gonogo
