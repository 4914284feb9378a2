// SignoffPanel: the end of the meeting. The recommendation next to the recorded decision (with its rationale,
// override and conditions), the people who must sign with the state of each sign-off, the record status (DRAFT
// until the decision is recorded and every sign-off is current, then FINAL) and the record's fingerprint.
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace gonogo {

class DecisionDocument;
class SignoffModel;

class SignoffPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignoffPanel)

public:
    explicit SignoffPanel(DecisionDocument *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    SignoffModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    QTreeWidget *history() const { return m_history; }
    void selectStakeholder(int row);
    // In the room (presentation mode): the people and their sign-offs over the decision's text; the editing
    // buttons, the history and the fingerprint are the facilitator's and stay at the desk.
    void setRoom(bool on);

    void recordDecision();
    void signSelected();
    void withdrawSelected();
    void addStakeholder();
    void editStakeholder();
    void moveSelected(int delta);
    void removeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void fitTable(); // every person in view, and the columns shared out so Comment and Signed stay on screen
    int selectedStakeholderId() const;
    void selectNextToSign(int after); // the next row after AFTER without a current sign-off

    DecisionDocument *m_document;
    SignoffModel *m_model;
    QLabel *m_recommendation;
    QLabel *m_decision;
    QLabel *m_status;
    QLabel *m_fingerprint;
    QTableView *m_table;
    QTreeWidget *m_history;
    QVector<QStringList> m_historyShown; // the texts of the history rows as last built
    QPushButton *m_sign;
    QPushButton *m_withdraw;
    QList<QWidget *> m_deskOnly;
    QBoxLayout *m_layout = nullptr;
};

} // namespace gonogo
