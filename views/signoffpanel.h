// SignoffPanel: the end of the meeting. The recommendation next to the recorded decision (with its rationale,
// override and conditions), the people who must sign with the state of each sign-off, the record status (DRAFT
// until the decision is recorded and every sign-off is current, then FINAL) and the record's fingerprint.
#pragma once

#include <QWidget>

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

    void recordDecision();
    void signSelected();
    void withdrawSelected();
    void addStakeholder();
    void editStakeholder();
    void moveSelected(int delta);
    void removeSelected();

private:
    void refresh();
    int selectedStakeholderId() const;

    DecisionDocument *m_document;
    SignoffModel *m_model;
    QLabel *m_recommendation;
    QLabel *m_decision;
    QLabel *m_status;
    QLabel *m_fingerprint;
    QTableView *m_table;
    QTreeWidget *m_history;
    QPushButton *m_sign;
    QPushButton *m_withdraw;
};

} // namespace gonogo
