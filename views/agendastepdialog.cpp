#include "agendastepdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gonogo {

AgendaStepDialog::AgendaStepDialog(const AgendaStep &step, const QVector<Category> &categories, QWidget *parent)
    : QDialog(parent), m_step(step), m_title(new QLineEdit(this)), m_minutes(new QSpinBox(this)),
      m_shows(new QComboBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(step.id == 0 ? tr("New Agenda Step") : tr("Agenda Step"));
    m_title->setText(step.title);
    m_minutes->setRange(1, maxStepMinutes);
    m_minutes->setValue(step.minutes);
    m_minutes->setSuffix(tr(" min"));
    // One entry per view; a category is chosen by name.
    for (AgendaView v : allAgendaViews) {
        if (v == AgendaView::Category) {
            for (const Category &c : categories) {
                m_shows->addItem(tr("Category: %1").arg(c.name), QStringList{toCode(v), c.code});
            }
            continue;
        }
        m_shows->addItem(displayName(v), QStringList{toCode(v), QString()});
    }
    const int current = m_shows->findData(QStringList{toCode(step.view), step.categoryCode});
    m_shows->setCurrentIndex(std::max(0, current));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8f1a1a;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Minutes"), m_minutes);
    form->addRow(tr("&Shows"), m_shows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgendaStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 56);
}

AgendaStep AgendaStepDialog::step() const
{
    AgendaStep s = m_step;
    s.title = m_title->text();
    s.minutes = m_minutes->value();
    const QStringList shows = m_shows->currentData().toStringList();
    s.view = agendaViewFromCode(shows.value(0)).value_or(AgendaView::Overview);
    s.categoryCode = shows.value(1);
    return s;
}

void AgendaStepDialog::accept()
{
    if (cleanText(m_title->text()).isEmpty()) {
        m_problem->setText(tr("Give the step a title."));
        m_problem->show();
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace gonogo
