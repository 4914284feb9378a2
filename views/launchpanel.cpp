#include "launchpanel.h"

#include "chip.h"
#include "decisiondocument.h"
#include "theme.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace gonogo {

namespace {

enum { TimingRole = Qt::UserRole + 1 };

QColor timingColour(StepTiming t)
{
    switch (t) {
    case StepTiming::Done:
        return theme::statusColour(Status::Pass);
    case StepTiming::Failed:
        return theme::statusColour(Status::Fail);
    case StepTiming::Late:
        return theme::statusColour(Status::Partial);
    case StepTiming::Due:
        return theme::decisionColour(Decision::GoWithCaution);
    case StepTiming::NotDue:
        break;
    }
    return theme::statusColour(Status::Pending);
}

// Where a step stands, as a chip: colour and word.
class TimingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const auto timing = static_cast<StepTiming>(index.data(TimingRole).toInt());
        paintChip(painter, base, displayName(timing).toUpper(), timingColour(timing));
    }
};

int minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return int(from.secsTo(to) / 60);
}

} // namespace

LaunchPanel::LaunchPanel(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_clock(new QLabel(this)), m_now(new QLabel(this)),
      m_check(new QLabel(this)), m_keys(new QLabel(this)), m_table(new QTableWidget(this)),
      m_start(new QPushButton(tr("S&tart Launch..."), this)), m_done(new QPushButton(tr("Step &Done"), this)),
      m_failed(new QPushButton(tr("Step F&ailed..."), this)), m_goLive(new QPushButton(tr("G&o Live..."), this)),
      m_rollBack(new QPushButton(tr("Roll &Back..."), this)), m_edit(new QPushButton(tr("Edit Ste&p..."), this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("launchPanel"));
    for (QLabel *l : {m_clock, m_now, m_check, m_keys}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_clock->setObjectName(QStringLiteral("launchClock"));
    m_keys->setText(tr("S: start · D: the selected step is done · F: it failed · G: go live · R: roll back · E: "
                       "change the step's plan, before the start"));
    m_table->setColumnCount(NoteColumn + 1);
    m_table->setHorizontalHeaderLabels(
        {tr("Step"), tr("Due"), tr("Title"), tr("Owner"), tr("State"), tr("Recorded"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Launch runbook"));
    m_table->setItemDelegateForColumn(StateColumn, new TimingDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);

    // One key per action while the runbook has the focus.
    const QList<QPair<Qt::Key, void (LaunchPanel::*)()>> keys{
        {Qt::Key_S, &LaunchPanel::startLaunch}, {Qt::Key_D, &LaunchPanel::markDone},
        {Qt::Key_F, &LaunchPanel::markFailed},  {Qt::Key_G, &LaunchPanel::goLive},
        {Qt::Key_R, &LaunchPanel::rollBack},    {Qt::Key_E, &LaunchPanel::editStep}};
    for (const auto &[key, slot] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    connect(m_start, &QPushButton::clicked, this, &LaunchPanel::startLaunch);
    connect(m_done, &QPushButton::clicked, this, &LaunchPanel::markDone);
    connect(m_failed, &QPushButton::clicked, this, qOverload<>(&LaunchPanel::markFailed));
    connect(m_goLive, &QPushButton::clicked, this, &LaunchPanel::goLive);
    connect(m_rollBack, &QPushButton::clicked, this, qOverload<>(&LaunchPanel::rollBack));
    connect(m_edit, &QPushButton::clicked, this, qOverload<>(&LaunchPanel::editStep));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_done, m_failed, m_goLive, m_rollBack, m_edit}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_clock);
    layout->addWidget(m_now);
    layout->addWidget(m_check);
    layout->addWidget(m_keys);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(document, &DecisionDocument::launchChanged, this, &LaunchPanel::refresh);
    connect(document, &DecisionDocument::recordChanged, this, &LaunchPanel::refresh);
    // Due turns late with time alone.
    m_tick->setInterval(15000);
    connect(m_tick, &QTimer::timeout, this, &LaunchPanel::refresh);
    m_tick->start();
    setRoom(false);
}

void LaunchPanel::setRoom(bool on)
{
    m_room = on;
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * (on ? 1.6 : 1.5));
    big.setBold(true);
    m_clock->setFont(big);
    QFont medium = font();
    medium.setPointSizeF(font().pointSizeF() * (on ? 1.0 : 1.15));
    medium.setBold(true);
    m_now->setFont(medium);
    m_keys->setVisible(!on);
    for (QPushButton *b : {m_start, m_done, m_failed, m_goLive, m_rollBack, m_edit}) {
        b->setVisible(!on);
    }
    // In the room: the step, when, what and where it stands; who recorded it stays at the desk.
    m_table->setColumnHidden(OwnerColumn, on);
    m_table->setColumnHidden(RecordedColumn, on);
    m_table->setColumnHidden(NoteColumn, on);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    // The state's chip whole, whichever word it shows, in the language shown.
    int state = 0;
    for (StepTiming t : {StepTiming::NotDue, StepTiming::Due, StepTiming::Late, StepTiming::Done, StepTiming::Failed}) {
        state = std::max(state, chipCellWidth(m_table->font(), displayName(t).toUpper()));
    }
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(StateColumn, state);
    refresh();
}

QString LaunchPanel::selectedStep() const
{
    const int row = m_table->currentRow();
    const QVector<RunbookStep> &steps = m_document->launchRun().steps;
    return row >= 0 && row < steps.size() ? steps.at(row).id : QString();
}

void LaunchPanel::selectStep(const QString &id)
{
    const QVector<RunbookStep> &steps = m_document->launchRun().steps;
    for (int row = 0; row < steps.size(); ++row) {
        if (steps.at(row).id == id) {
            m_table->setCurrentCell(row, StepColumn);
            return;
        }
    }
}

void LaunchPanel::refresh()
{
    const LaunchRun &run = m_document->launchRun();
    const QDateTime now = m_document->now();
    const QString zoneName = m_document->snapshot().meeting.timeZone;
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneName.toUtf8());
    const auto local = [&zone](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QString();
    };
    const LaunchState state = run.state();
    const QDateTime planned = run.plannedGoLive();
    switch (state) {
    case LaunchState::NotStarted:
        m_clock->setText(tr("The launch has not started"));
        break;
    case LaunchState::Running: {
        const int left = minutesBetween(now, planned);
        m_clock->setText(left >= 0 ? tr("T-%1 min to go-live (planned %2)").arg(left).arg(local(planned))
                                   : tr("Go-live %n min late (planned %1)", nullptr, -left).arg(local(planned)));
        break;
    }
    case LaunchState::Live:
        m_clock->setText(tr("LIVE for %n min, since %1", nullptr, std::max(0, minutesBetween(run.launch.liveAt, now)))
                             .arg(local(run.launch.liveAt)));
        break;
    case LaunchState::Aborted:
    case LaunchState::RolledBack:
        m_clock->setText(
            tr("%1 at %2 on %3").arg(displayName(state).toUpper(), local(run.launch.endedAt), run.launch.triggerId));
        break;
    }
    QPalette clockPalette = m_clock->palette();
    clockPalette.setColor(
        QPalette::WindowText,
        state == LaunchState::Aborted || state == LaunchState::RolledBack
            ? theme::statusColour(Status::Fail)
            : (state == LaunchState::Live ? theme::statusColour(Status::Pass) : palette().color(QPalette::WindowText)));
    m_clock->setPalette(clockPalette);

    const RunbookStep *current = state == LaunchState::Running || state == LaunchState::Live ? run.current() : nullptr;
    if (state == LaunchState::Aborted || state == LaunchState::RolledBack) {
        const RollbackTrigger *t = run.trigger(run.launch.triggerId);
        m_now->setText(tr("Trigger: %1. Why (%2): %3")
                           .arg(t ? t->condition : run.launch.triggerId, run.launch.endedBy, run.launch.rationale));
        m_check->clear();
    } else if (current) {
        const StepTiming timing = run.timing(*current, now);
        const QDateTime due = run.dueAt(*current);
        QString when = displayName(timing);
        if (timing == StepTiming::Late) {
            when = tr("late %n min", nullptr, minutesBetween(due.addSecs(qint64(current->durationMinutes) * 60), now));
        } else if (timing == StepTiming::NotDue && due.isValid()) {
            when = tr("due %1").arg(local(due));
        }
        m_now->setText(tr("Now: %1 %2 · %3 · %4").arg(current->id, current->title, current->ownerRole, when));
        const RollbackTrigger *t = run.trigger(current->triggerId);
        m_check->setText(t ? tr("Check: %1. Roll back if: %2.").arg(current->validation, t->condition)
                           : tr("Check: %1.").arg(current->validation));
    } else if (state == LaunchState::NotStarted) {
        m_now->setText(m_room ? QString()
                              : tr("It starts from the signed decision: S starts T-60, and go-live is planned an "
                                   "hour later."));
        m_check->clear();
    } else {
        m_now->setText(tr("Every step is done: the launch is handed over to monitoring."));
        m_check->clear();
    }
    m_now->setVisible(!m_now->text().isEmpty());
    m_check->setVisible(!m_check->text().isEmpty());

    // The table, row by row (ten rows: no model is worth it).
    const QString keep = selectedStep();
    m_table->setRowCount(int(run.steps.size()));
    for (int row = 0; row < run.steps.size(); ++row) {
        const RunbookStep &s = run.steps.at(row);
        const StepTiming timing = run.timing(s, now);
        auto set = [&](int column, const QString &text) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(text);
            return item;
        };
        set(StepColumn, s.id);
        set(DueColumn, local(run.dueAt(s)));
        set(TitleColumn, s.title)->setToolTip(s.validation);
        set(OwnerColumn, s.ownerRole);
        QTableWidgetItem *stateItem = set(StateColumn, displayName(timing).toUpper());
        stateItem->setData(TimingRole, static_cast<int>(timing));
        set(RecordedColumn, s.outcomeAt.isValid() ? tr("%1 by %2").arg(local(s.outcomeAt), s.outcomeBy) : QString());
        set(NoteColumn, s.note);
    }
    // The selection follows the step the launch is on, unless the facilitator chose another.
    const QString follow = current ? current->id : QString();
    if (!follow.isEmpty() && (keep.isEmpty() || keep == m_followed)) {
        selectStep(follow);
    } else if (!keep.isEmpty()) {
        selectStep(keep);
    }
    m_followed = follow;
    // What can be done now.
    m_start->setEnabled(state == LaunchState::NotStarted);
    const bool running = state == LaunchState::Running || state == LaunchState::Live;
    m_done->setEnabled(running);
    m_failed->setEnabled(running);
    m_goLive->setEnabled(state == LaunchState::Running);
    m_rollBack->setEnabled(running);
    m_edit->setEnabled(state == LaunchState::NotStarted && !run.steps.isEmpty());
}

void LaunchPanel::editStep()
{
    const LaunchRun &run = m_document->launchRun();
    const RunbookStep *was = run.step(selectedStep());
    if (!was || run.state() != LaunchState::NotStarted) {
        return;
    }
    RunbookStep step = *was;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Step %1").arg(step.id));
    auto *title = new QLineEdit(step.title, &dialog);
    auto *offset = new QSpinBox(&dialog);
    offset->setRange(-1440, 1440);
    offset->setValue(step.offsetMinutes);
    offset->setSuffix(tr(" min from go-live"));
    offset->setEnabled(step.offsetMinutes != 0); // T+0 is the go-live itself
    auto *minutes = new QSpinBox(&dialog);
    minutes->setRange(1, 600);
    minutes->setValue(step.durationMinutes);
    minutes->setSuffix(tr(" min"));
    auto *owner = new QLineEdit(step.ownerRole, &dialog);
    auto *validation = new QPlainTextEdit(step.validation, &dialog);
    validation->setTabChangesFocus(true);
    validation->setMaximumHeight(validation->fontMetrics().height() * 4);
    auto *trigger = new QComboBox(&dialog);
    trigger->addItem(tr("none"), QString());
    for (const RollbackTrigger &t : run.triggers) {
        trigger->addItem(tr("%1: %2").arg(t.id, t.condition), t.id);
    }
    trigger->setCurrentIndex(std::max(0, trigger->findData(step.triggerId)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(title, &QLineEdit::textChanged, buttons, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Offset:"), offset);
    form->addRow(tr("&Minutes:"), minutes);
    form->addRow(tr("O&wner role:"), owner);
    form->addRow(tr("&Validation:"), validation);
    form->addRow(tr("Rollback &trigger:"), trigger);
    form->addRow(buttons);
    dialog.resize(fontMetrics().averageCharWidth() * 90, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    step.title = title->text();
    step.offsetMinutes = offset->value();
    step.durationMinutes = minutes->value();
    step.ownerRole = owner->text();
    step.validation = validation->toPlainText();
    step.triggerId = trigger->currentData().toString();
    editStep(step);
}

bool LaunchPanel::editStep(const RunbookStep &step)
{
    return static_cast<bool>(m_document->editRunbookStep(step)); // a refusal: editFailed
}

void LaunchPanel::startLaunch()
{
    if (m_document->launchRun().state() != LaunchState::NotStarted) {
        return;
    }
    if (QMessageBox::question(this, tr("Start the launch"),
                              tr("Start the launch now? T-60 begins, and go-live is planned one hour from now."),
                              QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes) {
        // A refusal is shown by the window (DecisionDocument::editFailed).
        (void)m_document->startLaunch();
    }
}

void LaunchPanel::markDone()
{
    const QString id = selectedStep();
    if (!id.isEmpty()) {
        (void)m_document->recordLaunchStep(id, StepOutcome::Done); // a refusal: editFailed
    }
}

void LaunchPanel::markFailed()
{
    const QString id = selectedStep();
    if (id.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Step failed"), tr("What did %1 show? (kept in the record)").arg(id), QString(), &ok);
    if (ok) {
        markFailed(note);
    }
}

bool LaunchPanel::markFailed(const QString &note)
{
    const QString id = selectedStep();
    return !id.isEmpty() && static_cast<bool>(m_document->recordLaunchStep(id, StepOutcome::Failed, note));
}

void LaunchPanel::goLive()
{
    if (m_document->launchRun().state() != LaunchState::Running) {
        return;
    }
    if (QMessageBox::question(this, tr("Go live"), tr("Record the traffic cutover now, as the actual T+0?"),
                              QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes) {
        (void)m_document->goLive(); // a refusal: editFailed
    }
}

void LaunchPanel::rollBack()
{
    const LaunchRun &run = m_document->launchRun();
    if (run.state() != LaunchState::Running && run.state() != LaunchState::Live) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(run.state() == LaunchState::Live ? tr("Roll back the launch") : tr("Abort the launch"));
    auto *trigger = new QComboBox(&dialog);
    for (const RollbackTrigger &t : run.triggers) {
        trigger->addItem(tr("%1: %2").arg(t.id, t.condition), t.id);
    }
    // The trigger the current step watches comes first to hand.
    if (const RunbookStep *current = run.current()) {
        trigger->setCurrentIndex(std::max(0, trigger->findData(current->triggerId)));
    }
    auto *why = new QPlainTextEdit(&dialog);
    why->setTabChangesFocus(true);
    why->setPlaceholderText(tr("What was seen, and why it meets the trigger (printed in the record)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *confirm = buttons->addButton(run.state() == LaunchState::Live ? tr("Roll Back") : tr("Abort"),
                                              QDialogButtonBox::AcceptRole);
    confirm->setEnabled(false);
    connect(why, &QPlainTextEdit::textChanged, confirm,
            [why, confirm] { confirm->setEnabled(!why->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Trigger:"), trigger);
    form->addRow(tr("&Why:"), why);
    form->addRow(buttons);
    dialog.resize(fontMetrics().averageCharWidth() * 90, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted) {
        rollBack(trigger->currentData().toString(), why->toPlainText());
    }
}

bool LaunchPanel::rollBack(const QString &triggerId, const QString &rationale)
{
    return static_cast<bool>(m_document->endLaunch(triggerId, rationale));
}

} // namespace gonogo
