#include "signoffdialogs.h"

#include "signaturepad.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gonogo {

namespace {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, theme::criticalColour());
    label->setPalette(p);
    label->hide();
    return label;
}

} // namespace

DecisionDialog::DecisionDialog(Decision recommendation, const std::optional<RecordedDecision> &current, QWidget *parent)
    : QDialog(parent), m_recommendation(recommendation), m_form(new QFormLayout), m_decision(new QComboBox(this)),
      m_rationale(new QPlainTextEdit(this)), m_overrideLabel(new QLabel(this)), m_override(new QPlainTextEdit(this)),
      m_conditionsBox(new QWidget(this)), m_conditions(new QTableWidget(0, 3, this)), m_problem(makeProblemLabel(this))
{
    setWindowTitle(tr("Record the decision"));
    for (Decision d : {Decision::Go, Decision::GoWithCaution, Decision::NoGo}) {
        m_decision->addItem(displayName(d), static_cast<int>(d));
    }
    m_decision->setCurrentIndex(m_decision->findData(static_cast<int>(current ? current->decision : recommendation)));
    m_rationale->setPlaceholderText(tr("Why the meeting decided this"));
    m_override->setPlaceholderText(tr("Why the decision departs from the recommendation"));
    m_overrideLabel->setWordWrap(true);
    for (QPlainTextEdit *e : {m_rationale, m_override}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().height() * 4);
    }
    if (current) {
        m_rationale->setPlainText(current->rationale);
        m_override->setPlainText(current->overrideRationale);
    }
    m_conditions->setHorizontalHeaderLabels({tr("Condition"), tr("Owner"), tr("Due")});
    m_conditions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_conditions->verticalHeader()->hide();
    m_conditions->setMinimumHeight(m_conditions->fontMetrics().height() * 7);
    auto addRow = [this](const Condition &c) {
        const int row = m_conditions->rowCount();
        m_conditions->insertRow(row);
        m_conditions->setItem(row, 0, new QTableWidgetItem(c.text));
        m_conditions->setItem(row, 1, new QTableWidgetItem(c.owner));
        auto *due = new QDateEdit(c.due.isValid() ? c.due : QDate::currentDate().addDays(2), m_conditions);
        due->setCalendarPopup(true);
        m_conditions->setCellWidget(row, 2, due);
    };
    if (current) {
        for (const Condition &c : current->conditions) {
            addRow(c);
        }
    }
    auto *add = new QPushButton(tr("Add Condition"), this);
    auto *remove = new QPushButton(tr("Remove Condition"), this);
    connect(add, &QPushButton::clicked, this, [this, addRow] {
        addRow(Condition{});
        m_conditions->setCurrentCell(m_conditions->rowCount() - 1, 0);
        m_conditions->editItem(m_conditions->item(m_conditions->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_conditions->currentRow() >= 0) {
            m_conditions->removeRow(m_conditions->currentRow());
        }
    });
    auto *conditionButtons = new QHBoxLayout;
    conditionButtons->addWidget(add);
    conditionButtons->addWidget(remove);
    conditionButtons->addStretch();
    auto *conditionsLayout = new QVBoxLayout(m_conditionsBox);
    conditionsLayout->setContentsMargins(0, 0, 0, 0);
    conditionsLayout->addWidget(
        new QLabel(tr("Conditions of GO WITH CAUTION (each with an owner and a due date):"), this));
    conditionsLayout->addWidget(m_conditions);
    conditionsLayout->addLayout(conditionButtons);

    auto *recommendationLabel =
        new QLabel(tr("The recommendation from the scores and risks is %1.").arg(displayName(recommendation)), this);
    QFont bold = recommendationLabel->font();
    bold.setBold(true);
    recommendationLabel->setFont(bold);

    QFormLayout *form = m_form;
    form->addRow(tr("&Decision"), m_decision);
    form->addRow(tr("&Rationale"), m_rationale);
    form->addRow(m_overrideLabel);
    form->addRow(tr("&Override rationale"), m_override);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Record Decision"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    // Enter is a new line in the rationale: Ctrl+Enter records, from any field.
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note =
        new QLabel(tr("Recording a decision changes the record: sign-offs given before it become STALE."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(recommendationLabel);
    layout->addLayout(form);
    layout->addWidget(m_conditionsBox);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 80);
    // The decision is preset (to the one recorded, or the recommendation): what is left to say is why.
    m_rationale->setFocus();
    connect(m_decision, &QComboBox::currentIndexChanged, this, &DecisionDialog::update);
    update();
}

void DecisionDialog::update()
{
    const auto chosen = static_cast<Decision>(m_decision->currentData().toInt());
    const bool differs = chosen != m_recommendation;
    m_form->setRowVisible(m_overrideLabel, differs);
    m_form->setRowVisible(m_override, differs);
    m_overrideLabel->setText(tr("This departs from the recommendation (%1): the override rationale is required and is "
                                "printed in the record.")
                                 .arg(displayName(m_recommendation)));
    m_conditionsBox->setVisible(chosen == Decision::GoWithCaution);
}

DecisionDraft DecisionDialog::draft() const
{
    DecisionDraft d;
    d.decision = static_cast<Decision>(m_decision->currentData().toInt());
    d.rationale = m_rationale->toPlainText();
    d.overrideRationale = d.decision == m_recommendation ? QString() : m_override->toPlainText();
    if (d.decision == Decision::GoWithCaution) {
        for (int row = 0; row < m_conditions->rowCount(); ++row) {
            Condition c;
            c.text = m_conditions->item(row, 0) ? m_conditions->item(row, 0)->text() : QString();
            c.owner = m_conditions->item(row, 1) ? m_conditions->item(row, 1)->text() : QString();
            c.due = static_cast<QDateEdit *>(m_conditions->cellWidget(row, 2))->date();
            if (!c.text.trimmed().isEmpty()) {
                d.conditions.append(c);
            }
        }
    }
    return d;
}

void DecisionDialog::accept()
{
    const DecisionDraft d = draft();
    QStringList problems;
    if (cleanText(d.rationale, true).isEmpty()) {
        problems << tr("Write the rationale for the decision.");
    }
    if (d.decision != m_recommendation && cleanText(d.overrideRationale, true).isEmpty()) {
        problems << tr("The decision departs from the recommendation: write the override rationale.");
    }
    if (d.decision == Decision::GoWithCaution) {
        if (d.conditions.isEmpty()) {
            problems << tr("GO WITH CAUTION needs at least one condition.");
        }
        for (const Condition &c : d.conditions) {
            if (c.owner.trimmed().isEmpty()) {
                problems << tr("The condition \"%1\" needs an owner.").arg(c.text.trimmed());
            }
        }
    }
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

SignDialog::SignDialog(const Stakeholder &stakeholder, const QString &fingerprint, QWidget *parent)
    : QDialog(parent), m_stakeholder(stakeholder), m_name(new QLineEdit(this)), m_vote(new QComboBox(this)),
      m_comment(new QPlainTextEdit(this)), m_meaning(new QCheckBox(this)), m_pad(new SignaturePad(this)),
      m_problem(makeProblemLabel(this))
{
    setWindowTitle(tr("Sign as %1").arg(stakeholder.role));
    m_name->setText(stakeholder.name);
    m_name->setPlaceholderText(tr("Your name as it should be printed"));
    for (Vote v : {Vote::Concur, Vote::ConcurWithDissent, Vote::NonConcur}) {
        m_vote->addItem(displayName(v), static_cast<int>(v));
    }
    m_comment->setPlaceholderText(tr("Required when you dissent or do not concur"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().height() * 4);
    m_meaning->setText(tr("I have reviewed this decision record and the vote above is &mine."));
    auto *fp = new QLabel(tr("Record fingerprint (SHA-256): %1").arg(fingerprint), this);
    fp->setWordWrap(true);
    fp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = fp->font();
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSizeF(mono.pointSizeF() * 0.9);
    fp->setFont(mono);
    auto *honest =
        new QLabel(tr("This is a simple electronic signature: GoNoGo records the name you type, your vote and "
                      "the time (UTC), bound to the fingerprint above. It does not verify your identity."),
                   this);
    honest->setWordWrap(true);
    auto *clear = new QPushButton(tr("Clear Signature"), this);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);

    auto *form = new QFormLayout;
    form->addRow(tr("Role"), new QLabel(stakeholder.role, this));
    form->addRow(tr("Printed &name"), m_name);
    form->addRow(tr("&Vote"), m_vote);
    form->addRow(tr("&Comment"), m_comment);
    auto *padRow = new QVBoxLayout;
    padRow->addWidget(m_pad);
    padRow->addWidget(clear, 0, Qt::AlignLeft);
    form->addRow(tr("Signature"), padRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &SignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_suggestion = new QLabel(this);
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_suggestion);
    layout->addLayout(form);
    layout->addWidget(m_meaning);
    layout->addWidget(fp);
    layout->addWidget(honest);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 72);
}

void SignDialog::suggest(PollAnswer answer, Decision decision, const QString &comment)
{
    const Vote vote = suggestedVote(answer, decision);
    m_vote->setCurrentIndex(m_vote->findData(static_cast<int>(vote)));
    if (m_comment->toPlainText().isEmpty()) {
        m_comment->setPlainText(comment);
    }
    m_suggestion->setText(tr("In the roll-call poll you answered %1; the decision is %2. The vote below is filled "
                             "in from that: change it if it is not yours.")
                              .arg(displayName(answer), displayName(decision)));
    m_suggestion->show();
}

SignoffDraft SignDialog::draft() const
{
    SignoffDraft d;
    d.stakeholderId = m_stakeholder.id;
    d.name = m_name->text();
    d.vote = static_cast<Vote>(m_vote->currentData().toInt());
    d.comment = m_comment->toPlainText();
    d.signaturePng = m_pad->toPng();
    return d;
}

void SignDialog::accept()
{
    const SignoffDraft d = draft();
    QStringList problems;
    if (cleanText(d.name).isEmpty()) {
        problems << tr("Type your name as it should be printed.");
    }
    if (d.vote != Vote::Concur && cleanText(d.comment, true).isEmpty()) {
        problems << tr("Say why in the comment: it is required with %1.").arg(displayName(d.vote));
    }
    if (!m_meaning->isChecked()) {
        problems << tr("Confirm that you have reviewed the record and that the vote is yours.");
    }
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace gonogo
