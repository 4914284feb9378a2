// MeetingPanel: the agenda as the meeting runs it. The step on now with its clock (time taken against the time
// box, in words and a colour band: "2 min left", "3 min over"), the meeting's own clock and what will not fit
// at the current pace, and the agenda with planned and actual minutes. At the desk the facilitator also edits
// the steps. Reads "now" from the document's time source; a one-second tick repaints the clock while a step
// runs. Never writes anything but through the document.
#pragma once

#include "meetingclock.h"

#include <QLabel>
#include <QPointer>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace gonogo {

class DecisionDocument;

// Where the facilitator's private notes on each step are kept: on this computer, never in the decision file, so
// they reach neither the room's view nor the record.
class PresenterNotes
{
public:
    virtual ~PresenterNotes() = default;
    virtual QString notes(int stepId) const = 0;
    virtual void setNotes(int stepId, const QString &text) = 0;
};

class MeetingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingPanel)

public:
    enum Column { NumberColumn, StepColumn, ShowsColumn, PlannedColumn, ActualColumn, StartColumn, EndColumn };

    explicit MeetingPanel(DecisionDocument *document, QWidget *parent = nullptr);

    // In the room: the clock and the agenda in large type; the editing buttons stay at the desk.
    void setRoom(bool on);
    // Reads the clock again (the tick calls it every second while a step runs).
    void refreshClock();
    // At the desk: the facilitator's notes on the selected step (the step on, when none is selected).
    void setNotesStore(PresenterNotes *store);
    QPlainTextEdit *notesField() const { return m_notes; }

    QTableWidget *table() const { return m_table; }
    QLabel *stepLabel() const { return m_step; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *leftLabel() const { return m_left; }
    QLabel *meetingLabel() const { return m_meeting; }
    QLabel *nextLabel() const { return m_next; }
    int selectedStepId() const;

    void moveClock(ClockAction action);
    void addStep();
    void editSelected();
    void removeSelected();
    void moveSelected(int delta);

private:
    void refresh(); // the agenda changed: the table and the clock
    void updateButtons();
    void showNotes();
    int notesStepId() const;

    DecisionDocument *m_document;
    QLabel *m_step;
    QLabel *m_time;
    QLabel *m_left;
    QLabel *m_meeting;
    QLabel *m_next;
    QTableWidget *m_table;
    QPushButton *m_startPause;
    QPushButton *m_previous;
    QPushButton *m_nextButton;
    QPushButton *m_finish;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QList<QWidget *> m_deskOnly;
    QTimer *m_tick;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    PresenterNotes *m_store = nullptr;
    int m_notesStep = 0; // the step whose notes are shown
    bool m_room = false;
};

// ClockStrip: the meeting clock on one line ("Step 3 of 7: Remaining gaps · 12:04 · 2 min left"), in the band's
// colour, for the status bar at the desk and the top of the room's side column. Empty while no step is on.
class ClockStrip final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockStrip)

public:
    explicit ClockStrip(QWidget *parent = nullptr);
    void setDocument(DecisionDocument *document); // null: nothing to show
    // The step and the time left only, for the room's side column.
    void setCompact(bool on)
    {
        m_compact = on;
        refresh();
    }
    void refresh();

private:
    bool m_compact = false;
    QPointer<DecisionDocument> m_document;
    QTimer *m_tick;
};

} // namespace gonogo
