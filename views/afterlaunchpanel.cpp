// AfterLaunchPanel: the page and its tables. The dialogs that ask for words are in afterlaunchdialogs.cpp.
#include "afterlaunchpanel.h"

#include "chip.h"
#include "decisiondocument.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace gonogo {

namespace {

enum { ChipColourRole = Qt::UserRole + 1 };

// A cell whose item carries a colour is drawn as a chip: the word in white on the colour. Never colour alone.
class ChipDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant colour = index.data(ChipColourRole);
        if (!colour.isValid() || index.data().toString().isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        paintChip(painter, base, index.data().toString(), colour.value<QColor>());
    }
};

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    t->setWordWrap(false);
    t->setAccessibleName(name);
    t->setItemDelegate(new ChipDelegate(t));
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(false);
    return t;
}

QTableWidgetItem *setCell(QTableWidget *t, int row, int column, const QString &text, const QColor &chip = {})
{
    QTableWidgetItem *item = t->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        t->setItem(row, column, item);
    }
    item->setText(text);
    item->setToolTip(text);
    item->setData(ChipColourRole, chip.isValid() ? QVariant(chip) : QVariant());
    return item;
}

QColor good()
{
    return theme::statusColour(Status::Pass);
}
QColor bad()
{
    return theme::statusColour(Status::Fail);
}
QColor waiting()
{
    return theme::statusColour(Status::Pending);
}
QColor caution()
{
    return theme::statusColour(Status::Partial);
}

} // namespace

AfterLaunchPanel::AfterLaunchPanel(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_headline(new QLabel(this)), m_phase(new QLabel(this)),
      m_keys(new QLabel(this)), m_message(new QLabel(this)),
      m_metrics(makeTable(this, {tr("Metric"), tr("Threshold"), tr("Latest"), tr("At"), tr("State"), tr("Trigger")},
                          tr("Metrics"))),
      m_reviews(makeTable(this, {tr("Review"), tr("Due"), tr("Purpose"), tr("Held"), tr("Outcome")}, tr("Reviews"))),
      m_conditions(makeTable(this, {tr("Condition"), tr("Owner"), tr("Due"), tr("State")}, tr("Conditions"))),
      m_signoffs(makeTable(this, {tr("Stakeholder"), tr("Role"), tr("Signed")}, tr("STABLE sign-offs"))),
      m_add(new QPushButton(tr("Add Rea&ding..."), this)), m_import(new QPushButton(tr("&Import Readings..."), this)),
      m_threshold(new QPushButton(tr("Set &Threshold..."), this)),
      m_review(new QPushButton(tr("Record Revie&w..."), this)),
      m_close(new QPushButton(tr("&Close Condition..."), this)),
      m_carry(new QPushButton(tr("Carr&y Condition..."), this)), m_sign(new QPushButton(tr("Sign STA&BLE..."), this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("afterLaunchPanel"));
    for (QLabel *l : {m_headline, m_phase, m_keys, m_message}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_headline->setObjectName(QStringLiteral("afterLaunchHeadline"));
    m_keys->setText(tr("A: add a reading · I: import readings · T: the selected metric's threshold · W: record the "
                       "review that is due · C: close, Y: carry the selected condition · N: sign STABLE"));
    m_message->hide();
    m_metrics->horizontalHeader()->setSectionResizeMode(ThresholdColumn, QHeaderView::Stretch);
    m_reviews->horizontalHeader()->setSectionResizeMode(ReviewOutcomeColumn, QHeaderView::Stretch);
    m_conditions->horizontalHeader()->setSectionResizeMode(ConditionColumn, QHeaderView::Stretch);
    m_signoffs->horizontalHeader()->setSectionResizeMode(SignerColumn, QHeaderView::Stretch);

    const QList<QPair<Qt::Key, void (AfterLaunchPanel::*)()>> keys{
        {Qt::Key_A, &AfterLaunchPanel::addReading},     {Qt::Key_I, &AfterLaunchPanel::importReadings},
        {Qt::Key_T, &AfterLaunchPanel::setThreshold},   {Qt::Key_W, &AfterLaunchPanel::recordReview},
        {Qt::Key_C, &AfterLaunchPanel::closeCondition}, {Qt::Key_Y, &AfterLaunchPanel::carryCondition},
        {Qt::Key_N, &AfterLaunchPanel::signStable}};
    for (const auto &[key, slot] : keys) {
        for (QTableWidget *t : {m_metrics, m_reviews, m_conditions, m_signoffs}) {
            auto *shortcut = new QShortcut(QKeySequence(key), t, nullptr, nullptr, Qt::WidgetShortcut);
            connect(shortcut, &QShortcut::activated, this, slot);
        }
    }
    const QList<QPair<QPushButton *, void (AfterLaunchPanel::*)()>> buttons{
        {m_add, &AfterLaunchPanel::addReading},         {m_import, &AfterLaunchPanel::importReadings},
        {m_threshold, &AfterLaunchPanel::setThreshold}, {m_review, &AfterLaunchPanel::recordReview},
        {m_close, &AfterLaunchPanel::closeCondition},   {m_carry, &AfterLaunchPanel::carryCondition},
        {m_sign, &AfterLaunchPanel::signStable}};
    auto *row = new QHBoxLayout;
    for (const auto &[button, slot] : buttons) {
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
        m_buttons << button;
    }
    row->addStretch(1);

    auto *metricsTitle = new QLabel(tr("Monitoring"), this);
    auto *reviewsTitle = new QLabel(tr("Reviews"), this);
    auto *conditionsTitle = new QLabel(tr("Conditions of the decision"), this);
    auto *signoffsTitle = new QLabel(tr("STABLE sign-off"), this);
    for (QLabel *l : {metricsTitle, reviewsTitle, conditionsTitle, signoffsTitle}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    metricsTitle->setBuddy(m_metrics);
    m_titles = {metricsTitle, reviewsTitle, conditionsTitle, signoffsTitle};
    m_grid = new QGridLayout;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_phase);
    layout->addWidget(m_keys);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addLayout(m_grid, 1);

    connect(document, &DecisionDocument::launchChanged, this, &AfterLaunchPanel::refresh);
    connect(document, &DecisionDocument::recordChanged, this, &AfterLaunchPanel::refresh);
    m_tick->setInterval(60000);
    connect(m_tick, &QTimer::timeout, this, &AfterLaunchPanel::refresh);
    m_tick->start();
    setRoom(false);
}

void AfterLaunchPanel::setRoom(bool on)
{
    m_room = on;
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * (on ? 1.6 : 1.4));
    big.setBold(true);
    m_headline->setFont(big);
    QFont medium = font();
    medium.setPointSizeF(font().pointSizeF() * (on ? 1.0 : 1.1));
    m_phase->setFont(medium);
    m_keys->setVisible(!on);
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->setVisible(!on);
    }
    // In the room: what the metrics read and where each stands; when and the triggers stay at the desk.
    m_metrics->setColumnHidden(ReadAtColumn, on);
    m_metrics->setColumnHidden(TriggerColumn, on);
    m_reviews->setColumnHidden(ReviewPurposeColumn, on);
    arrange();
    for (QTableWidget *t : {m_metrics, m_reviews, m_conditions, m_signoffs}) {
        t->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    }
    // Chips whole, whichever word they show, in the language shown.
    const auto fit = [](QTableWidget *t, int column, const QStringList &words) {
        int width =
            t->horizontalHeader()->fontMetrics().horizontalAdvance(t->horizontalHeaderItem(column)->text()) + 24;
        for (const QString &w : words) {
            width = std::max(width, chipCellWidth(t->font(), w));
        }
        t->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        t->horizontalHeader()->resizeSection(column, width);
    };
    fit(m_metrics, MetricStateColumn, {tr("OK"), tr("BREACH"), tr("NO READING")});
    fit(m_conditions, ConditionStateColumn, {tr("OPEN"), tr("CLOSED"), tr("CARRIED")});
    fit(m_signoffs, SignoffStateColumn, {tr("CURRENT"), tr("STALE"), tr("NOT SIGNED")});
    refresh();
}

QString AfterLaunchPanel::selectedMetric() const
{
    const int row = m_metrics->currentRow();
    const QVector<Metric> &metrics = m_document->monitoring().metrics;
    return row >= 0 && row < metrics.size() ? metrics.at(row).id : QString();
}

int AfterLaunchPanel::selectedCondition() const
{
    const auto &decision = m_document->snapshot().decision;
    const int row = m_conditions->currentRow();
    return decision && row >= 0 && row < decision->conditions.size() ? decision->conditions.at(row).id : 0;
}

QString AfterLaunchPanel::nextReview() const
{
    for (const Review &r : m_document->reviews().reviews) {
        if (!r.heldAt.isValid()) {
            return r.id;
        }
    }
    return {};
}

void AfterLaunchPanel::arrange()
{
    const QList<QWidget *> tables{m_metrics, m_reviews, m_conditions, m_signoffs};
    for (int i = 0; i < tables.size(); ++i) {
        m_grid->removeWidget(m_titles.at(i));
        m_grid->removeWidget(tables.at(i));
    }
    for (int row = 0; row < 9; ++row) {
        m_grid->setRowStretch(row, 0);
    }
    if (m_room) {
        // The room reads one column in large type: every table as tall as its rows, the metrics without a reading
        // left out (refreshMetrics), so the page shows what there is to see.
        for (int i = 0; i < tables.size(); ++i) {
            m_grid->addWidget(m_titles.at(i), 2 * i, 0, 1, 2);
            m_grid->addWidget(tables.at(i), 2 * i + 1, 0, 1, 2);
        }
        m_grid->setRowStretch(8, 1);
        return;
    }
    // At the desk: the metrics on the left, the reviews, conditions and sign-offs on the right, each as tall as
    // its rows (a handful each); what is left goes below them.
    m_grid->addWidget(m_titles.at(0), 0, 0);
    m_grid->addWidget(m_metrics, 1, 0, 6, 1);
    for (int i = 1; i < tables.size(); ++i) {
        m_grid->addWidget(m_titles.at(i), 2 * i - 2, 1);
        m_grid->addWidget(tables.at(i), 2 * i - 1, 1);
    }
    m_grid->setColumnStretch(0, 11);
    m_grid->setColumnStretch(1, 10);
    m_grid->setRowStretch(6, 1);
}

void AfterLaunchPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the phase and what is due moved with time while the page was not shown
}

void AfterLaunchPanel::report(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty() && !m_room);
}

void AfterLaunchPanel::refresh()
{
    // A page nobody sees is filled when it is shown (showEvent): nothing of it is built at start-up or on every
    // change while another page is on screen.
    if (!isVisible()) {
        return;
    }
    const LaunchRun &run = m_document->launchRun();
    const Monitoring &plan = m_document->monitoring();
    const Reviews &reviews = m_document->reviews();
    const QDateTime now = m_document->now();
    const QDateTime live = run.launch.liveAt;
    const int breached = int(plan.breachesOf().size());
    QString headline;
    QColor colour = palette().color(QPalette::WindowText);
    if (const Review *stable = reviews.stableAt()) {
        const QString fingerprint = m_document->stableFingerprint();
        int signedNow = 0;
        for (const Stakeholder &p : m_document->snapshot().stakeholders) {
            const StableSignoff *s = reviews.stableSignoffOf(p.id);
            signedNow += s && s->fingerprint == fingerprint ? 1 : 0;
        }
        headline = tr("STABLE declared at %1 · signed by %2 of %3")
                       .arg(stable->id)
                       .arg(signedNow)
                       .arg(m_document->snapshot().stakeholders.size());
        colour = good();
    } else if (run.state() == LaunchState::RolledBack || run.state() == LaunchState::Aborted) {
        headline = tr("The launch was %1: no STABLE declaration").arg(displayName(run.state()).toUpper());
        colour = bad();
    } else if (!live.isValid()) {
        headline = tr("Monitoring starts at go-live");
    } else {
        headline = breached == 0 ? tr("Monitoring: no breach")
                                 : tr("Monitoring: %n reading(s) outside their thresholds", nullptr, breached);
        colour = breached == 0 ? good() : bad();
    }
    m_headline->setText(headline);
    QPalette p = m_headline->palette();
    p.setColor(QPalette::WindowText, colour);
    m_headline->setPalette(p);

    if (const MonitoringPhase *phase = plan.phaseAt(live, now)) {
        m_phase->setText(tr("%1 phase (%2 to %3 h after go-live): %4 · %5 · %6")
                             .arg(phase->name)
                             .arg(phase->fromHours)
                             .arg(phase->toHours)
                             .arg(phase->frequency, phase->coverage, phase->focus));
    } else {
        m_phase->setText(live.isValid() && now >= live ? tr("Past the monitoring plan's last phase.")
                                                       : tr("Readings, reviews and STABLE follow the go-live on the "
                                                            "Launch tab."));
    }
    refreshMetrics();
    refreshReviews();
    refreshConditions();
    refreshSignoffs();
    for (QTableWidget *t : {m_metrics, m_reviews, m_conditions, m_signoffs}) {
        if (t == m_metrics && !m_room) {
            t->setMinimumHeight(0);
            t->setMaximumHeight(QWIDGETSIZE_MAX); // the desk's metrics fill their column and scroll
            continue;
        }
        int height = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth() + 2;
        int shown = 0;
        for (int row = 0; row < t->rowCount(); ++row) {
            if (!t->isRowHidden(row)) {
                height += t->rowHeight(row);
                ++shown;
            }
        }
        if (shown == 0) {
            height += t->verticalHeader()->defaultSectionSize();
        }
        t->setFixedHeight(height);
    }

    const bool isLive = live.isValid();
    m_add->setEnabled(isLive);
    m_import->setEnabled(isLive);
    m_threshold->setEnabled(!plan.metrics.isEmpty());
    m_review->setEnabled(isLive && !nextReview().isEmpty());
    const bool anyCondition = m_document->snapshot().decision && !m_document->snapshot().decision->conditions.isEmpty();
    m_close->setEnabled(anyCondition);
    m_carry->setEnabled(anyCondition);
    m_sign->setEnabled(reviews.stableAt() != nullptr);
}

void AfterLaunchPanel::refreshMetrics()
{
    const Monitoring &plan = m_document->monitoring();
    const QString zoneName = m_document->snapshot().meeting.timeZone;
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneName.toUtf8());
    const int keep = m_metrics->currentRow();
    m_metrics->setRowCount(int(plan.metrics.size()));
    for (int row = 0; row < plan.metrics.size(); ++row) {
        const Metric &m = plan.metrics.at(row);
        const MetricReading *last = plan.latest(m.id);
        setCell(m_metrics, row, MetricNameColumn, m.name);
        setCell(m_metrics, row, ThresholdColumn, m.thresholdText());
        setCell(m_metrics, row, LatestColumn,
                !last              ? QString()
                : m.unit.isEmpty() ? last->valueText()
                                   : tr("%1 %2").arg(last->valueText(), m.unit));
        setCell(m_metrics, row, ReadAtColumn,
                last ? QLocale().toString(last->at.toTimeZone(zone), QStringLiteral("d MMM HH:mm")) : QString());
        if (!last) {
            setCell(m_metrics, row, MetricStateColumn, tr("NO READING"), waiting());
        } else if (Monitoring::breaches(m, *last)) {
            setCell(m_metrics, row, MetricStateColumn, tr("BREACH"), bad());
        } else {
            setCell(m_metrics, row, MetricStateColumn, tr("OK"), good());
        }
        setCell(m_metrics, row, TriggerColumn, m.triggerId);
        m_metrics->setRowHidden(row, m_room && !last && !plan.readings.isEmpty());
    }
    if (keep < 0 && !plan.metrics.isEmpty()) {
        m_metrics->setCurrentCell(0, MetricNameColumn);
    }
}

void AfterLaunchPanel::refreshReviews()
{
    const Reviews &reviews = m_document->reviews();
    const QDateTime live = m_document->launchRun().launch.liveAt;
    const QString zoneName = m_document->snapshot().meeting.timeZone;
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneName.toUtf8());
    const auto local = [&zone](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toTimeZone(zone), QStringLiteral("d MMM HH:mm")) : QString();
    };
    m_reviews->setRowCount(int(reviews.reviews.size()));
    for (int row = 0; row < reviews.reviews.size(); ++row) {
        const Review &r = reviews.reviews.at(row);
        setCell(m_reviews, row, ReviewIdColumn, r.id);
        setCell(m_reviews, row, ReviewDueColumn, local(r.dueAt(live)));
        setCell(m_reviews, row, ReviewPurposeColumn, r.purpose);
        setCell(m_reviews, row, ReviewHeldColumn, local(r.heldAt))
            ->setToolTip(r.heldAt.isValid()
                             ? tr("%1 by %2; attendees: %3").arg(local(r.heldAt), r.recordedBy, r.attendees)
                             : QString());
        setCell(m_reviews, row, ReviewOutcomeColumn, r.stable ? tr("STABLE: %1").arg(r.outcome) : r.outcome)
            ->setForeground(r.stable ? QBrush(good()) : QBrush());
    }
}

void AfterLaunchPanel::refreshConditions()
{
    const auto &decision = m_document->snapshot().decision;
    const QVector<Condition> conditions = decision ? decision->conditions : QVector<Condition>();
    const Reviews &reviews = m_document->reviews();
    const int keep = m_conditions->currentRow();
    m_conditions->setRowCount(int(conditions.size()));
    for (int row = 0; row < conditions.size(); ++row) {
        const Condition &c = conditions.at(row);
        const ConditionFollowUp *f = reviews.followUpOf(c.id);
        const bool carried = f && f->state == FollowUp::Carried;
        setCell(m_conditions, row, ConditionColumn, tr("%1. %2").arg(c.id).arg(c.text));
        setCell(m_conditions, row, ConditionOwnerColumn, carried ? f->newOwner : c.owner);
        setCell(m_conditions, row, ConditionDueColumn,
                QLocale().toString(carried ? f->newDue : c.due, QStringLiteral("d MMM yyyy")));
        if (!f) {
            setCell(m_conditions, row, ConditionStateColumn, tr("OPEN"), caution());
        } else {
            setCell(m_conditions, row, ConditionStateColumn, carried ? tr("CARRIED") : tr("CLOSED"),
                    carried ? caution().darker(130) : good())
                ->setToolTip(f->note.isEmpty() ? tr("by %1").arg(f->changedBy)
                                               : tr("%1 (by %2)").arg(f->note, f->changedBy));
        }
    }
    if (keep < 0 && !conditions.isEmpty()) {
        m_conditions->setCurrentCell(0, ConditionColumn);
    }
}

void AfterLaunchPanel::refreshSignoffs()
{
    const Reviews &reviews = m_document->reviews();
    const QVector<Stakeholder> &people = m_document->snapshot().stakeholders;
    const QString fingerprint = m_document->stableFingerprint();
    m_signoffs->setRowCount(int(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const Stakeholder &p = people.at(row);
        const StableSignoff *s = reviews.stableSignoffOf(p.id);
        setCell(m_signoffs, row, SignerColumn, p.name);
        setCell(m_signoffs, row, SignerRoleColumn, p.role);
        if (!s) {
            setCell(m_signoffs, row, SignoffStateColumn, tr("NOT SIGNED"), waiting());
        } else if (s->fingerprint == fingerprint) {
            setCell(m_signoffs, row, SignoffStateColumn, tr("CURRENT"), good());
        } else {
            setCell(m_signoffs, row, SignoffStateColumn, tr("STALE"), caution());
        }
    }
}

} // namespace gonogo
