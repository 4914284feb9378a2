#include "riskdialog.h"

#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

namespace gonogo {

RiskDialog::RiskDialog(const Risk &risk, const RiskMatrix &matrix, const QStringList &knownItemIds, bool isNew,
                       QWidget *parent)
    : QDialog(parent), m_risk(risk), m_matrix(matrix), m_known(knownItemIds), m_title(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_likelihood(new QComboBox(this)), m_impact(new QComboBox(this)),
      m_level(new QLabel(this)), m_owner(new QLineEdit(this)), m_mitigation(new QPlainTextEdit(this)),
      m_items(new QLineEdit(this)), m_state(new QComboBox(this)), m_acceptance(new QGroupBox(tr("Acceptance"), this)),
      m_rationale(new QPlainTextEdit(this)), m_acceptedBy(new QLineEdit(this)),
      m_hasUntil(new QCheckBox(tr("Valid until"), this)), m_until(new QDateEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(isNew ? tr("Add risk") : tr("Edit risk %1").arg(risk.id));
    for (Likelihood l : allLikelihoods) {
        m_likelihood->addItem(displayName(l), static_cast<int>(l));
    }
    for (Impact i : allImpacts) {
        m_impact->addItem(displayName(i), static_cast<int>(i));
    }
    for (RiskState s : allRiskStates) {
        m_state->addItem(displayName(s), static_cast<int>(s));
    }
    m_title->setText(risk.title);
    m_description->setPlainText(risk.description);
    m_likelihood->setCurrentIndex(static_cast<int>(risk.likelihood));
    m_impact->setCurrentIndex(static_cast<int>(risk.impact));
    m_owner->setText(risk.owner);
    m_mitigation->setPlainText(risk.mitigation);
    m_items->setText(risk.itemIds.join(QStringLiteral(", ")));
    m_items->setPlaceholderText(tr("Checklist item IDs, e.g. SEC-08, PERF-06"));
    m_state->setCurrentIndex(static_cast<int>(risk.state));
    m_state->setEnabled(!isNew);
    m_rationale->setPlainText(risk.acceptanceRationale);
    m_rationale->setPlaceholderText(tr("Why the launch can go ahead with this risk"));
    m_acceptedBy->setText(risk.acceptedBy);
    m_acceptedBy->setPlaceholderText(tr("Who accepts the risk"));
    m_hasUntil->setChecked(risk.acceptedUntil.isValid());
    m_until->setCalendarPopup(true);
    m_until->setDate(risk.acceptedUntil.isValid() ? risk.acceptedUntil : QDate::currentDate().addDays(14));
    m_description->setTabChangesFocus(true);
    m_mitigation->setTabChangesFocus(true);
    m_rationale->setTabChangesFocus(true);
    for (QPlainTextEdit *e : {m_description, m_mitigation, m_rationale}) {
        e->setFixedHeight(e->fontMetrics().height() * 4);
    }
    QFont bold = m_level->font();
    bold.setBold(true);
    m_level->setFont(bold);
    m_level->setAutoFillBackground(true);
    m_level->setMargin(4);
    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, theme::criticalColour());
    m_problem->setPalette(problemPalette);
    m_problem->hide();

    auto *acceptanceForm = new QFormLayout(m_acceptance);
    acceptanceForm->addRow(tr("Rationale"), m_rationale);
    acceptanceForm->addRow(tr("Accepted by"), m_acceptedBy);
    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_hasUntil);
    untilRow->addWidget(m_until);
    untilRow->addStretch();
    acceptanceForm->addRow(QString(), untilRow);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Likelihood"), m_likelihood);
    form->addRow(tr("&Impact"), m_impact);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("&Mitigation"), m_mitigation);
    form->addRow(tr("Checklist &items"), m_items);
    form->addRow(tr("&State"), m_state);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RiskDialog::accept);
    // Enter is a new line in the texts: Ctrl+Enter saves, from any field.
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &RiskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_acceptance);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 70);

    connect(m_likelihood, &QComboBox::currentIndexChanged, this, &RiskDialog::updateLevel);
    connect(m_impact, &QComboBox::currentIndexChanged, this, &RiskDialog::updateLevel);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RiskDialog::updateAcceptance);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    m_until->setEnabled(m_hasUntil->isChecked());
    updateLevel();
    updateAcceptance();
}

void RiskDialog::updateLevel()
{
    const RiskLevel level = m_matrix.level(static_cast<Likelihood>(m_likelihood->currentIndex()),
                                           static_cast<Impact>(m_impact->currentIndex()));
    m_level->setText(displayName(level).toUpper());
    QPalette p = m_level->palette();
    p.setColor(QPalette::Window, theme::levelColour(level));
    p.setColor(QPalette::WindowText, Qt::white);
    m_level->setPalette(p);
}

void RiskDialog::updateAcceptance()
{
    const bool accepting = static_cast<RiskState>(m_state->currentIndex()) == RiskState::Accepted;
    m_acceptance->setVisible(accepting);
    adjustSize();
}

Risk RiskDialog::values() const
{
    Risk r = m_risk;
    r.title = m_title->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.likelihood = static_cast<Likelihood>(m_likelihood->currentIndex());
    r.impact = static_cast<Impact>(m_impact->currentIndex());
    r.owner = m_owner->text().trimmed();
    r.mitigation = m_mitigation->toPlainText().trimmed();
    r.itemIds.clear();
    for (const QString &part :
         m_items->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        for (const QString &known : m_known) {
            if (known.compare(part, Qt::CaseInsensitive) == 0 && !r.itemIds.contains(known)) {
                r.itemIds << known;
            }
        }
    }
    r.state = static_cast<RiskState>(m_state->currentIndex());
    if (r.state == RiskState::Accepted) {
        r.acceptanceRationale = m_rationale->toPlainText().trimmed();
        r.acceptedBy = m_acceptedBy->text().trimmed();
        r.acceptedUntil = m_hasUntil->isChecked() ? m_until->date() : QDate();
    }
    return r;
}

void RiskDialog::accept()
{
    QStringList problems;
    if (m_title->text().trimmed().isEmpty()) {
        problems << tr("Give the risk a title.");
    }
    for (const QString &part :
         m_items->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const bool known = std::any_of(m_known.cbegin(), m_known.cend(), [&part](const QString &id) {
            return id.compare(part, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            problems << tr("There is no checklist item %1.").arg(part);
        }
    }
    if (static_cast<RiskState>(m_state->currentIndex()) == RiskState::Accepted) {
        if (m_rationale->toPlainText().trimmed().isEmpty()) {
            problems << tr("Accepting a risk needs a rationale.");
        }
        if (m_acceptedBy->text().trimmed().isEmpty()) {
            problems << tr("Accepting a risk needs the name of the person who accepts it.");
        }
    }
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

MatrixSettingsDialog::MatrixSettingsDialog(const RiskMatrix &matrix, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Risk matrix levels"));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Likelihood \\ Impact"), this), 0, 0);
    for (Impact i : allImpacts) {
        auto *label = new QLabel(displayName(i), this);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, 0, static_cast<int>(i) + 1);
    }
    for (Likelihood l : allLikelihoods) {
        grid->addWidget(new QLabel(displayName(l), this), static_cast<int>(l) + 1, 0);
        for (Impact i : allImpacts) {
            auto *combo = new QComboBox(this);
            for (RiskLevel level : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
                combo->addItem(displayName(level), static_cast<int>(level));
            }
            combo->setAccessibleName(tr("Level for likelihood %1, impact %2").arg(displayName(l), displayName(i)));
            grid->addWidget(combo, static_cast<int>(l) + 1, static_cast<int>(i) + 1);
            m_cells << combo;
        }
    }
    auto *note = new QLabel(tr("The levels decide the recommendation: an open red risk is NO-GO; an open yellow or an "
                               "accepted red or yellow risk is GO WITH CAUTION. Changes are saved in the decision "
                               "file and printed in the decision record."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *reset = buttons->addButton(tr("Reset to P020 Default"), QDialogButtonBox::ResetRole);
    connect(reset, &QPushButton::clicked, this, [this] { setMatrix(RiskMatrix()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMatrix(matrix);
}

QComboBox *MatrixSettingsDialog::cell(Likelihood l, Impact i) const
{
    return m_cells.at(static_cast<int>(l) * 4 + static_cast<int>(i));
}

void MatrixSettingsDialog::setMatrix(const RiskMatrix &matrix)
{
    for (Likelihood l : allLikelihoods) {
        for (Impact i : allImpacts) {
            QComboBox *combo = cell(l, i);
            combo->setCurrentIndex(combo->findData(static_cast<int>(matrix.level(l, i))));
        }
    }
}

RiskMatrix MatrixSettingsDialog::matrix() const
{
    RiskMatrix m;
    for (Likelihood l : allLikelihoods) {
        for (Impact i : allImpacts) {
            m.setLevel(l, i, static_cast<RiskLevel>(cell(l, i)->currentData().toInt()));
        }
    }
    return m;
}

} // namespace gonogo
