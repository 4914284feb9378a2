#include "pollpanel.h"

#include "decisiondocument.h"
#include "quietupdates.h"
#include "theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gonogo {

namespace {

QString personText(const Stakeholder &p)
{
    return p.name.isEmpty() ? p.role : PollPanel::tr("%1 (%2)").arg(p.role, p.name);
}

} // namespace

PollPanel::PollPanel(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_prompt(new QLabel(this)), m_keys(new QLabel(this)),
      m_comment(new QLineEdit(this)), m_table(new QTableWidget(this)), m_tally(new QLabel(this)),
      m_flag(new QLabel(this)), m_rationaleLabel(new QLabel(tr("Ra&tionale for going against the poll or the "
                                                               "recommendation:"),
                                                            this)),
      m_rationale(new QPlainTextEdit(this)), m_saveRationale(new QPushButton(tr("Save Rationale"), this))
{
    setObjectName(QStringLiteral("pollPanel"));
    for (QLabel *l : {m_prompt, m_keys, m_tally, m_flag}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_prompt->setObjectName(QStringLiteral("pollPrompt"));
    m_keys->setText(tr("G: GO · D: GO WITH DISSENT · N: NO-GO · C: type a comment first, Enter to keep it · "
                       "Up and Down: call someone else"));
    m_comment->setPlaceholderText(tr("Comment with the answer (optional)"));
    m_comment->setAccessibleName(tr("Comment with the answer"));
    m_table->setColumnCount(CommentColumn + 1);
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Answer"), tr("Comment")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Roll-call poll"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_flag->setObjectName(QStringLiteral("pollFlag"));
    m_rationaleLabel->setBuddy(m_rationale);
    m_rationaleLabel->setWordWrap(true);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("Why the meeting goes on although the room and the recommendation differ "
                                       "(Ctrl+Enter saves)"));
    m_rationale->setFixedHeight(m_rationale->fontMetrics().height() * 3 + 12);

    // One key per answer while the roll call has the focus; in the comment box the letters are typed.
    const QList<QPair<QKeySequence, PollAnswer>> keys{{QKeySequence(Qt::Key_G), PollAnswer::Go},
                                                      {QKeySequence(Qt::Key_D), PollAnswer::GoWithDissent},
                                                      {QKeySequence(Qt::Key_N), PollAnswer::NoGo}};
    for (const auto &[key, value] : keys) {
        auto *shortcut = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, value = value] { answer(value); });
    }
    auto *comment = new QShortcut(QKeySequence(Qt::Key_C), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(comment, &QShortcut::activated, m_comment, [this] { m_comment->setFocus(); });
    connect(m_comment, &QLineEdit::returnPressed, m_table, [this] { m_table->setFocus(); });
    auto *save =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_rationale, nullptr, nullptr, Qt::WidgetShortcut);
    connect(save, &QShortcut::activated, this, &PollPanel::saveRationale);
    connect(m_saveRationale, &QPushButton::clicked, this, &PollPanel::saveRationale);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        refresh();
        if (row != previous) {
            emit calledChanged(row);
        }
    });

    auto *rationaleRow = new QHBoxLayout;
    rationaleRow->addWidget(m_rationale, 1);
    rationaleRow->addWidget(m_saveRationale, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_keys);
    layout->addWidget(m_comment);
    layout->addWidget(m_table);
    layout->addWidget(m_tally);
    layout->addWidget(m_flag);
    layout->addWidget(m_rationaleLabel);
    layout->addLayout(rationaleRow);
    layout->addStretch(1);

    connect(document, &DecisionDocument::pollChanged, this, &PollPanel::refresh);
    connect(document, &DecisionDocument::recordChanged, this, &PollPanel::refresh);
    // The recommendation in the tally changes with every checklist key; a hidden page catches up when it shows.
    auto *whenShown = new RefreshWhenShown(this, [this] { refresh(); });
    connect(document, &DecisionDocument::assessmentChanged, whenShown, &RefreshWhenShown::request);
    setRoom(false);
    refresh();
    // The first one not asked yet is called first.
    const QVector<Stakeholder> &people = document->snapshot().stakeholders;
    for (int row = 0; row < people.size(); ++row) {
        if (!document->snapshot().poll.answerOf(people.at(row).id)) {
            callRow(row);
            return;
        }
    }
    callRow(0);
}

void PollPanel::setRoom(bool on)
{
    m_room = on;
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * (on ? 1.6 : 1.4));
    big.setBold(true);
    m_prompt->setFont(big);
    m_keys->setVisible(!on);
    m_table->setColumnHidden(NameColumn, on);
    refresh();
}

int PollPanel::calledRow() const
{
    return m_table->currentRow();
}

void PollPanel::callRow(int row)
{
    if (row >= 0 && row < m_table->rowCount()) {
        m_table->setCurrentCell(row, RoleColumn);
    }
}

void PollPanel::answer(PollAnswer answer)
{
    const QVector<Stakeholder> &people = m_document->snapshot().stakeholders;
    const int row = calledRow();
    if (row < 0 || row >= people.size()) {
        return;
    }
    if (!m_document->answerPoll(people.at(row).id, answer, m_comment->text())) {
        return; // shown through DecisionDocument::editFailed
    }
    m_comment->clear();
    // The next person in order who has not answered; the same one when everyone has.
    for (int step = 1; step <= people.size(); ++step) {
        const int next = (row + step) % static_cast<int>(people.size());
        if (!m_document->snapshot().poll.answerOf(people.at(next).id)) {
            callRow(next);
            return;
        }
    }
}

void PollPanel::saveRationale()
{
    if (!m_document->setPollRationale(m_rationale->toPlainText())) {
        return; // shown through DecisionDocument::editFailed
    }
    m_table->setFocus(); // saved: back to the roll call, where the meeting's keys work again
}

void PollPanel::refresh()
{
    const Snapshot &s = m_document->snapshot();
    const int called = calledRow();
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(static_cast<int>(s.stakeholders.size()));
    for (int row = 0; row < s.stakeholders.size(); ++row) {
        const Stakeholder &p = s.stakeholders.at(row);
        const PollVote *v = s.poll.answerOf(p.id);
        const QStringList texts{p.role, p.name, v ? displayName(v->answer) : tr("not asked"),
                                v ? QString(v->comment).replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString()};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = m_table->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, c, item);
            }
            item->setText(texts.at(c));
            QFont f = m_table->font();
            f.setBold(c == AnswerColumn && v);
            item->setFont(f);
            item->setForeground(c == AnswerColumn ? (v ? theme::pollAnswerColour(v->answer) : theme::secondaryText())
                                                  : palette().color(QPalette::Text));
        }
    }
    if (called >= 0 && called < m_table->rowCount()) {
        m_table->setCurrentCell(called, RoleColumn);
    }
    // Everyone in view: the room follows the roll call down the list.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        height += m_table->rowHeight(r);
    }
    m_table->setMinimumHeight(height);
    m_table->setMaximumHeight(height);
    const int row = calledRow();
    if (row >= 0 && row < s.stakeholders.size()) {
        const Stakeholder &p = s.stakeholders.at(row);
        const PollVote *v = s.poll.answerOf(p.id);
        m_prompt->setText(v ? tr("%1 answered %2.").arg(personText(p), displayName(v->answer))
                            : tr("%1: GO or NO-GO?").arg(personText(p)));
    } else {
        m_prompt->setText(tr("Nobody is listed to answer: add the stakeholders in Sign-off."));
    }
    const PollTally t = m_document->pollTally();
    const Decision recommendation = m_document->assessment().decision;
    m_tally->setText(tr("Tally: %1 GO · %2 GO WITH DISSENT · %3 NO-GO · %4 not asked. Recommendation: %5.")
                         .arg(QString::number(t.go), QString::number(t.dissent), QString::number(t.noGo),
                              QString::number(t.unanswered), displayName(recommendation)));
    QPalette flagColours = m_flag->palette();
    if (t.disagrees) {
        m_flag->setText(s.poll.rationale.isEmpty()
                            ? tr("The poll disagrees with the recommendation: record why below before the "
                                 "decision is recorded.")
                            : tr("The poll disagrees with the recommendation; the rationale is recorded."));
        flagColours.setColor(QPalette::WindowText, s.poll.rationale.isEmpty() ? theme::decisionColour(Decision::NoGo)
                                                                              : theme::secondaryText());
    } else {
        m_flag->setText(t.answered() > 0 ? tr("The poll agrees with the recommendation.") : QString());
        flagColours.setColor(QPalette::WindowText, theme::secondaryText());
    }
    m_flag->setPalette(flagColours);
    QFont flagFont = font();
    flagFont.setBold(t.disagrees && s.poll.rationale.isEmpty());
    m_flag->setFont(flagFont);
    m_flag->setVisible(!m_flag->text().isEmpty());
    // The rationale is asked for where it is needed, and shown wherever it exists.
    const bool needed = t.disagrees || !s.poll.rationale.isEmpty();
    m_rationaleLabel->setVisible(needed);
    m_rationale->setVisible(needed);
    m_saveRationale->setVisible(needed && !m_room);
    if (!m_rationale->hasFocus() && m_rationale->toPlainText() != s.poll.rationale) {
        m_rationale->setPlainText(s.poll.rationale);
    }
}

} // namespace gonogo
