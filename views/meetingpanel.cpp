#include "meetingpanel.h"

#include "agendastepdialog.h"
#include "decisiondocument.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace gonogo {

namespace {

QColor bandColour(TimeBand band)
{
    switch (band) {
    case TimeBand::Plenty:
        return theme::decisionColour(Decision::Go);
    case TimeBand::Closing:
        return theme::decisionColour(Decision::GoWithCaution);
    case TimeBand::Over:
        break;
    }
    return theme::decisionColour(Decision::NoGo);
}

void setColour(QLabel *label, const QColor &colour)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
}

QFont scaled(const QFont &base, qreal factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

MeetingPanel::MeetingPanel(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_step(new QLabel(this)), m_time(new QLabel(this)),
      m_left(new QLabel(this)), m_meeting(new QLabel(this)), m_next(new QLabel(this)), m_table(new QTableWidget(this)),
      m_startPause(new QPushButton(this)), m_previous(new QPushButton(tr("Previous Step"), this)),
      m_nextButton(new QPushButton(tr("Next Step"), this)), m_finish(new QPushButton(tr("End Meeting"), this)),
      m_edit(new QPushButton(tr("Edit Step..."), this)), m_remove(new QPushButton(tr("Remove Step"), this)),
      m_up(new QPushButton(tr("Move Up"), this)), m_down(new QPushButton(tr("Move Down"), this)),
      m_tick(new QTimer(this)), m_notesLabel(new QLabel(this)), m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("meetingPanel"));
    for (QLabel *l : {m_step, m_time, m_left, m_meeting, m_next}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_step->setObjectName(QStringLiteral("meetingStep"));
    m_time->setObjectName(QStringLiteral("meetingTime"));
    m_left->setObjectName(QStringLiteral("meetingLeft"));

    m_table->setColumnCount(EndColumn + 1);
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Step"), tr("Shows"), tr("Planned"), tr("Actual"), tr("Started"), tr("Ended")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Agenda"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_startPause->setToolTip(tr("Start, pause or resume the clock (Ctrl+Space)"));
    m_previous->setToolTip(tr("Back to the previous step (Ctrl+Left)"));
    m_nextButton->setToolTip(tr("On to the next step (Ctrl+Right)"));
    m_finish->setToolTip(tr("End the step on and the meeting (Ctrl+Shift+Space)"));
    connect(m_startPause, &QPushButton::clicked, this, [this] { moveClock(ClockAction::StartOrPause); });
    connect(m_previous, &QPushButton::clicked, this, [this] { moveClock(ClockAction::Previous); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { moveClock(ClockAction::Next); });
    connect(m_finish, &QPushButton::clicked, this, [this] { moveClock(ClockAction::Finish); });
    auto *add = new QPushButton(tr("Add Step..."), this);
    connect(add, &QPushButton::clicked, this, &MeetingPanel::addStep);
    connect(m_edit, &QPushButton::clicked, this, &MeetingPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &MeetingPanel::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MeetingPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editSelected(); });

    auto *clockRow = new QHBoxLayout;
    clockRow->addWidget(m_time);
    clockRow->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 3);
    clockRow->addWidget(m_left);
    clockRow->addStretch(1);
    auto *controls = new QHBoxLayout;
    for (QPushButton *b : {m_startPause, m_previous, m_nextButton, m_finish}) {
        controls->addWidget(b);
    }
    controls->addStretch(1);
    auto *editing = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove, m_up, m_down}) {
        editing->addWidget(b);
        m_deskOnly << b;
    }
    editing->addStretch(1);
    m_deskOnly << m_startPause << m_previous << m_nextButton << m_finish;

    m_notesLabel->setTextFormat(Qt::PlainText);
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setBuddy(m_notes);
    m_notes->setObjectName(QStringLiteral("presenterNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Private notes on the step"));
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);
    m_notes->setEnabled(false);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_store && m_notesStep != 0) {
            m_store->setNotes(m_notesStep, m_notes->toPlainText());
        }
    });
    m_deskOnly << m_notesLabel << m_notes;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_step);
    layout->addLayout(clockRow);
    layout->addWidget(m_meeting);
    layout->addWidget(m_next);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addLayout(editing);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &MeetingPanel::refreshClock);
    connect(document, &DecisionDocument::agendaChanged, this, &MeetingPanel::refresh);
    connect(document, &DecisionDocument::assessmentChanged, this, &MeetingPanel::refreshClock);
    setRoom(false);
    refresh();
}

void MeetingPanel::setRoom(bool on)
{
    m_room = on;
    for (QWidget *w : std::as_const(m_deskOnly)) {
        w->setVisible(!on);
    }
    m_table->setColumnHidden(ShowsColumn, on);
    m_table->setColumnHidden(EndColumn, on);
    m_table->setColumnHidden(StartColumn, on); // the room reads planned against actual; the times are printed
    // The clock is what the room reads from the back: the time twice the body, the step and the words half as
    // large again. Every line wraps rather than widen the window on a small projector.
    const QFont base = font();
    m_step->setFont(scaled(base, on ? 1.2 : 1.5, true));
    QFont digits = scaled(base, on ? 2.0 : 2.2, true);
    digits.setFamilies({QStringLiteral("DejaVu Sans Mono"), base.family()});
    m_time->setFont(digits);
    m_left->setFont(scaled(base, 1.5, true));
    refreshClock();
}

int MeetingPanel::selectedStepId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), NumberColumn)->data(Qt::UserRole).toInt();
}

void MeetingPanel::refresh()
{
    const int selected = selectedStepId();
    const QVector<AgendaStep> &agenda = m_document->snapshot().agenda;
    const QTimeZone zone = m_document->snapshot().meeting.timeZone.isEmpty()
                               ? QTimeZone::systemTimeZone()
                               : QTimeZone(m_document->snapshot().meeting.timeZone.toUtf8());
    auto clock = [&zone](const QDateTime &t) {
        return t.isValid()
                   ? t.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).toString(QStringLiteral("HH:mm"))
                   : QString();
    };
    m_table->setRowCount(static_cast<int>(agenda.size()));
    for (int row = 0; row < agenda.size(); ++row) {
        const AgendaStep &s = agenda.at(row);
        const QStringList texts{QString::number(s.position),
                                s.title,
                                s.view == AgendaView::Category ? tr("Category %1").arg(s.categoryCode)
                                                               : displayName(s.view),
                                tr("%n min", nullptr, s.minutes),
                                QString(),
                                clock(s.startedAt),
                                s.state == StepState::Done ? clock(s.endedAt) : QString()};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = m_table->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, c, item);
            }
            item->setText(texts.at(c));
            QFont f = m_table->font();
            f.setBold(s.isCurrent());
            item->setFont(f);
            item->setForeground(s.state == StepState::Done ? theme::secondaryText() : palette().color(QPalette::Text));
            if (c == PlannedColumn || c == ActualColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
        }
        m_table->item(row, NumberColumn)->setData(Qt::UserRole, s.id);
        if (s.id == selected) {
            m_table->selectRow(row);
        }
    }
    refreshClock();
    updateButtons();
}

void MeetingPanel::refreshClock()
{
    const QVector<AgendaStep> &agenda = m_document->snapshot().agenda;
    const QDateTime now = m_document->now();
    const ClockReading r = MeetingClock::read(agenda, now);
    for (int row = 0; row < agenda.size() && row < m_table->rowCount(); ++row) {
        const AgendaStep &s = agenda.at(row);
        QTableWidgetItem *actual = m_table->item(row, ActualColumn);
        if (!actual) {
            continue;
        }
        const qint64 ms = s.actualMs(now);
        actual->setText(s.startedAt.isValid() ? tr("%n min", nullptr, MeetingClock::roundedMinutes(ms)) : QString());
        const bool over = s.startedAt.isValid() && ms > qint64(s.minutes) * 60000 + 59999;
        actual->setForeground(over ? bandColour(TimeBand::Over) : m_table->item(row, StepColumn)->foreground());
    }
    const QString planned = tr("%n min", nullptr, MeetingClock::roundedMinutes(r.meetingPlannedMs));
    if (!r.started) {
        m_step->setText(tr("The meeting has not started"));
        m_time->setText(tr("%n min planned", nullptr, MeetingClock::roundedMinutes(r.meetingPlannedMs)));
        m_left->setText(m_room ? QString() : tr("Ctrl+Space starts the first step"));
        setColour(m_left, theme::secondaryText());
    } else if (r.finished) {
        m_step->setText(tr("The meeting has ended"));
        m_time->setText(MeetingClock::durationText(r.meetingActualMs));
        m_left->setText(MeetingClock::forecastText(agenda, r));
        setColour(m_left, theme::secondaryText());
    } else {
        const AgendaStep &s = agenda.at(r.current);
        m_step->setText(
            tr("Step %1 of %2: %3").arg(QString::number(s.position), QString::number(agenda.size()), s.title));
        m_time->setText(
            tr("%1 of %2")
                .arg(MeetingClock::durationText(r.stepActualMs), MeetingClock::durationText(r.stepPlannedMs)));
        m_left->setText(r.paused ? tr("Paused · %1").arg(MeetingClock::leftText(r.stepLeftMs))
                                 : MeetingClock::leftText(r.stepLeftMs));
        setColour(m_left, r.paused ? theme::secondaryText() : bandColour(r.band));
    }
    m_meeting->setText(r.started ? tr("Meeting %1 of %2 · %3")
                                       .arg(MeetingClock::durationText(r.meetingActualMs), planned,
                                            MeetingClock::forecastText(agenda, r))
                                 : MeetingClock::forecastText(agenda, r));
    const int nextIndex = r.current >= 0 ? r.current + 1 : (r.started ? -1 : 0);
    if (nextIndex >= 0 && nextIndex < agenda.size()) {
        const AgendaStep &n = agenda.at(nextIndex);
        m_next->setText(tr("Next: %1 (%2)").arg(n.title, tr("%n min", nullptr, n.minutes)));
    } else {
        m_next->setText(r.current >= 0 ? tr("Next: the end of the meeting") : QString());
    }
    m_next->setVisible(!m_next->text().isEmpty());
    setColour(m_next, theme::secondaryText());
    m_startPause->setText(!r.started || r.finished ? tr("Start") : r.paused ? tr("Resume") : tr("Pause"));
    const bool running = r.current >= 0 && !r.paused;
    if (running != m_tick->isActive()) {
        running ? m_tick->start() : m_tick->stop();
    }
}

void MeetingPanel::setNotesStore(PresenterNotes *store)
{
    m_store = store;
    showNotes();
}

int MeetingPanel::notesStepId() const
{
    if (const int selected = selectedStepId(); selected != 0) {
        return selected;
    }
    const ClockReading r = m_document->clockReading();
    return r.current >= 0 ? m_document->snapshot().agenda.at(r.current).id : 0;
}

void MeetingPanel::showNotes()
{
    const int id = notesStepId();
    const AgendaStep *step = m_document->agendaStep(id);
    m_notesLabel->setText(
        step ? tr("Your notes on \"%1\" (private: never shown to the room, never printed)").arg(step->title)
             : tr("Your notes (private): select a step"));
    m_notes->setEnabled(step && m_store);
    if (id == m_notesStep) {
        return;
    }
    m_notesStep = 0; // no store while the text is replaced
    m_notes->setPlainText(step && m_store ? m_store->notes(id) : QString());
    m_notesStep = step ? id : 0;
}

void MeetingPanel::updateButtons()
{
    showNotes();
    const AgendaStep *s = m_document->agendaStep(selectedStepId());
    const int index = s ? static_cast<int>(s - m_document->snapshot().agenda.constData()) : -1;
    m_edit->setEnabled(s);
    m_remove->setEnabled(s && !s->startedAt.isValid());
    m_up->setEnabled(s && index > 0);
    m_down->setEnabled(s && index + 1 < m_document->snapshot().agenda.size());
    const ClockReading r = m_document->clockReading();
    m_previous->setEnabled(r.current > 0 || r.finished);
    m_nextButton->setEnabled(!r.finished || r.current >= 0);
    m_finish->setEnabled(r.current >= 0);
}

void MeetingPanel::moveClock(ClockAction action)
{
    if (!m_document->clock(action)) {
        return; // shown through DecisionDocument::editFailed
    }
}

void MeetingPanel::addStep()
{
    AgendaStep draft;
    draft.title = QString();
    draft.minutes = 5;
    AgendaStepDialog dialog(draft, m_document->snapshot().categories, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const AgendaStep *after = m_document->agendaStep(selectedStepId());
    const int index = after ? static_cast<int>(after - m_document->snapshot().agenda.constData()) + 1 : -1;
    if (!m_document->addAgendaStep(dialog.step(), index)) {
        return; // shown through DecisionDocument::editFailed
    }
}

void MeetingPanel::editSelected()
{
    const AgendaStep *s = m_document->agendaStep(selectedStepId());
    if (!s) {
        return;
    }
    AgendaStepDialog dialog(*s, m_document->snapshot().categories, this);
    if (dialog.exec() == QDialog::Accepted && !m_document->updateAgendaStep(dialog.step())) {
        return; // shown through DecisionDocument::editFailed
    }
}

void MeetingPanel::removeSelected()
{
    const AgendaStep *s = m_document->agendaStep(selectedStepId());
    if (s && !m_document->removeAgendaStep(s->id)) {
        return; // shown through DecisionDocument::editFailed
    }
}

void MeetingPanel::moveSelected(int delta)
{
    const AgendaStep *s = m_document->agendaStep(selectedStepId());
    if (!s) {
        return;
    }
    const int index = static_cast<int>(s - m_document->snapshot().agenda.constData());
    const int id = s->id;
    if (m_document->moveAgendaStep(id, index + delta)) {
        m_table->selectRow(index + delta);
    }
}

ClockStrip::ClockStrip(QWidget *parent) : QLabel(parent), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("clockStrip"));
    setTextFormat(Qt::PlainText);
    // Bold and nothing else: size and family still come from the window, at every zoom.
    QFont bold;
    bold.setBold(true);
    setFont(bold);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ClockStrip::refresh);
    hide();
}

void ClockStrip::setDocument(DecisionDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &DecisionDocument::agendaChanged, this, &ClockStrip::refresh);
    }
    refresh();
}

void ClockStrip::refresh()
{
    const ClockReading r = m_document ? m_document->clockReading() : ClockReading{};
    if (!m_document || r.current < 0) {
        m_tick->stop();
        clear();
        hide();
        return;
    }
    const QVector<AgendaStep> &agenda = m_document->snapshot().agenda;
    const AgendaStep &s = agenda.at(r.current);
    const QString left = r.paused ? tr("paused") : MeetingClock::leftText(r.stepLeftMs);
    setText(m_compact ? tr("%1 · %2").arg(s.title, left)
                      : tr("Step %1 of %2: %3 · %4 · %5")
                            .arg(QString::number(s.position), QString::number(agenda.size()), s.title,
                                 MeetingClock::durationText(r.stepActualMs), left));
    setColour(this, r.paused ? theme::secondaryText() : bandColour(r.band));
    show();
    if (r.paused) {
        m_tick->stop();
    } else if (!m_tick->isActive()) {
        m_tick->start();
    }
}

} // namespace gonogo
