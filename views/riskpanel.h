// RiskPanel: the risk matrix above the risk register, with the actions on risks (add, edit, accept, mitigate,
// reopen, delete, matrix levels). Every change goes to the DecisionDocument as one undoable step.
#pragma once

#include "riskmatrixview.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace gonogo {

class DecisionDocument;
class RiskCellFilter;
class RiskMatrixModel;
class RiskModel;
struct Risk;

class RiskPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskPanel)

public:
    explicit RiskPanel(DecisionDocument *document, QWidget *parent = nullptr);

    RiskMatrixView *matrixView() const { return m_matrix; }
    QTableView *register_() const { return m_table; }
    RiskCellFilter *filter() const { return m_filter; }
    RiskModel *model() const { return m_model; }
    QString currentRiskId() const;
    void selectRisk(const QString &id);
    // The keyboard to the register, on the first risk when none is selected, so the next key acts on a risk.
    void focusRegister();
    // In the room (presentation mode): the matrix over a register of ID, risk, level and state; the editing
    // buttons and the other columns stay at the desk (their keys and menus still work).
    void setRoom(bool on);

    // Opens the add dialog prefilled from a FAIL or PARTIAL checklist item, linked to it.
    void raiseFromItem(const QString &itemId);
    void addRisk();
    void editRisk();
    void acceptRisk();
    void setState(int state);
    void deleteRisk();
    void editMatrix();

signals:
    void itemActivated(const QString &itemId);

private:
    bool runDialog(const Risk &risk, bool isNew, bool accepting);
    void updateActions();
    void updateFilterLabel();

    DecisionDocument *m_document;
    RiskModel *m_model;
    RiskCellFilter *m_filter;
    RiskMatrixModel *m_matrixModel;
    RiskMatrixView *m_matrix;
    QTableView *m_table;
    QLabel *m_filterLabel;
    QPushButton *m_showAll;
    QPushButton *m_edit;
    QPushButton *m_accept;
    QPushButton *m_mitigate;
    QPushButton *m_reopen;
    QPushButton *m_delete;
    QList<QWidget *> m_deskOnly;
};

} // namespace gonogo
