// AgendaStepDialog: one agenda step's title, minutes and what it shows (the overview, one category, the critical
// items, the items not passed, the risk matrix, the poll or the sign-off). Checks what it can before it closes;
// the document refuses the rest.
#pragma once

#include "domain.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gonogo {

class AgendaStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaStepDialog)

public:
    AgendaStepDialog(const AgendaStep &step, const QVector<Category> &categories, QWidget *parent = nullptr);

    AgendaStep step() const;
    QLineEdit *titleField() const { return m_title; }
    QSpinBox *minutesField() const { return m_minutes; }
    QComboBox *showsField() const { return m_shows; }
    void accept() override;

private:
    AgendaStep m_step;
    QLineEdit *m_title;
    QSpinBox *m_minutes;
    QComboBox *m_shows;
    QLabel *m_problem;
};

} // namespace gonogo
