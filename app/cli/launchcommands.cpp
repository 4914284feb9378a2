// The commands after the decision: runbook (the launch's steps, what is due and what is late) and launch (start,
// a step's outcome, go-live, and an abort or rollback on a trigger).
#include "cli.h"
#include "clijson.h"
#include "clisupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace gonogo {

using namespace cli;

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString clock(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("HH:mm")) : QStringLiteral("-");
}

} // namespace

int Cli::printRunbook(const LaunchRun &run, const QDateTime &now, bool json)
{
    const LaunchState state = run.state();
    if (json) {
        QJsonArray steps;
        for (const RunbookStep &s : run.steps) {
            steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("offset_minutes"), s.offsetMinutes},
                                     {QStringLiteral("duration_minutes"), s.durationMinutes},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("owner_role"), s.ownerRole},
                                     {QStringLiteral("validation"), s.validation},
                                     {QStringLiteral("trigger"), s.triggerId},
                                     {QStringLiteral("due_at"), timeJson(run.dueAt(s))},
                                     {QStringLiteral("timing"), toCode(run.timing(s, now))},
                                     {QStringLiteral("outcome"), toCode(s.outcome)},
                                     {QStringLiteral("outcome_at"), timeJson(s.outcomeAt)},
                                     {QStringLiteral("outcome_by"), s.outcomeBy},
                                     {QStringLiteral("note"), s.note}});
        }
        QJsonArray triggers;
        for (const RollbackTrigger &t : run.triggers) {
            triggers.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("condition"), t.condition}});
        }
        const Launch &l = run.launch;
        writeJson(m_out, QJsonObject{{QStringLiteral("state"), toCode(state)},
                                     {QStringLiteral("started_at"), timeJson(l.startedAt)},
                                     {QStringLiteral("planned_go_live"), timeJson(run.plannedGoLive())},
                                     {QStringLiteral("live_at"), timeJson(l.liveAt)},
                                     {QStringLiteral("ended"), toCode(l.end)},
                                     {QStringLiteral("ended_at"), timeJson(l.endedAt)},
                                     {QStringLiteral("ended_by"), l.endedBy},
                                     {QStringLiteral("trigger"), l.triggerId},
                                     {QStringLiteral("rationale"), l.rationale},
                                     {QStringLiteral("steps"), steps},
                                     {QStringLiteral("triggers"), triggers}});
        return ExitOk;
    }
    m_out << printable(Text::tr("Launch: %1").arg(displayName(state))) << '\n';
    if (run.launch.startedAt.isValid()) {
        m_out << printable(Text::tr("Started %1 UTC; go-live planned %2 UTC%3.")
                               .arg(clock(run.launch.startedAt), clock(run.plannedGoLive()),
                                    run.launch.liveAt.isValid()
                                        ? Text::tr(", live at %1 UTC").arg(clock(run.launch.liveAt))
                                        : QString()))
              << '\n';
    }
    if (run.launch.end != LaunchEnd::None) {
        const RollbackTrigger *t = run.trigger(run.launch.triggerId);
        m_out << printable(Text::tr("%1 at %2 UTC by %3, on %4 (%5): %6")
                               .arg(displayName(state), clock(run.launch.endedAt), run.launch.endedBy,
                                    run.launch.triggerId, t ? t->condition : QString(), run.launch.rationale))
              << '\n';
    }
    m_out << '\n';
    for (const RunbookStep &s : run.steps) {
        const StepTiming timing = run.timing(s, now);
        m_out << printable(QStringLiteral("%1 %2 %3 %4 %5")
                               .arg(s.id.leftJustified(6), clock(run.dueAt(s)).leftJustified(5),
                                    displayName(timing).leftJustified(9), s.title,
                                    Text::tr("(%1, %n min)", nullptr, s.durationMinutes).arg(s.ownerRole)))
              << '\n';
        m_out << printable(QStringLiteral("       ") + Text::tr("Validation: %1").arg(s.validation)) << '\n';
        if (!s.triggerId.isEmpty()) {
            const RollbackTrigger *t = run.trigger(s.triggerId);
            m_out << printable(QStringLiteral("       ") +
                               Text::tr("Rollback trigger %1: %2").arg(s.triggerId, t ? t->condition : QString()))
                  << '\n';
        }
        if (s.outcome != StepOutcome::Pending) {
            m_out << printable(QStringLiteral("       ") +
                               Text::tr("%1 at %2 UTC by %3%4")
                                   .arg(displayName(s.outcome), clock(s.outcomeAt), s.outcomeBy,
                                        s.note.isEmpty() ? QString() : QStringLiteral(": ") + s.note))
                  << '\n';
        }
    }
    m_out << '\n' << Text::tr("Rollback triggers:") << '\n';
    for (const RollbackTrigger &t : run.triggers) {
        m_out << printable(QStringLiteral("  %1  %2").arg(t.id.leftJustified(5), t.condition)) << '\n';
    }
    m_out << Text::tr("Times are UTC.") << '\n';
    return ExitOk;
}

int Cli::cmdRunbook(ParsedCommand &p)
{
    const auto at = atOption(p.parser);
    if (!at) {
        return usage(QStringLiteral("runbook"), at.error().message);
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err);
    if (!opened) {
        return fail(opened.error());
    }
    auto run = opened->file->launch().load();
    if (!run) {
        return fail(run.error());
    }
    return printRunbook(run.value(), at.value(), p.parser.isSet(QStringLiteral("json")));
}

int Cli::cmdLaunch(ParsedCommand &p)
{
    const QString name = QStringLiteral("launch");
    const bool start = p.parser.isSet(QStringLiteral("start"));
    const bool step = p.parser.isSet(QStringLiteral("step"));
    const bool goLive = p.parser.isSet(QStringLiteral("go-live"));
    const bool rollback = p.parser.isSet(QStringLiteral("rollback"));
    if (int(start) + int(step) + int(goLive) + int(rollback) != 1) {
        return usage(name, Text::tr("give one of --start, --step ID, --go-live or --rollback."));
    }
    const bool done = p.parser.isSet(QStringLiteral("done"));
    const bool failed = p.parser.isSet(QStringLiteral("failed"));
    if (step && done == failed) {
        return usage(name, Text::tr("--step needs --done or --failed."));
    }
    if (!step && (done || failed || p.parser.isSet(QStringLiteral("note")))) {
        return usage(name, Text::tr("--done, --failed and --note go with --step."));
    }
    if (rollback) {
        if (const QString missing = firstMissing(p.parser, {QStringLiteral("trigger"), QStringLiteral("rationale")});
            !missing.isEmpty()) {
            return usage(name, Text::tr("--%1 is required.").arg(missing));
        }
    } else if (p.parser.isSet(QStringLiteral("trigger")) || p.parser.isSet(QStringLiteral("rationale"))) {
        return usage(name, Text::tr("--trigger and --rationale go with --rollback."));
    }
    const auto at = atOption(p.parser);
    if (!at) {
        return usage(name, at.error().message);
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, true);
    if (!opened) {
        return fail(opened.error());
    }
    const LaunchRepository launch = opened->file->launch();
    const QString actor = actorFrom(p.parser);
    Outcome written = Done{};
    if (start) {
        written = launch.start(at.value(), actor);
    } else if (step) {
        written = launch.record(p.parser.value(QStringLiteral("step")), done ? StepOutcome::Done : StepOutcome::Failed,
                                at.value(), p.parser.value(QStringLiteral("note")), actor);
    } else if (goLive) {
        written = launch.goLive(at.value(), actor);
    } else {
        written = launch.end(p.parser.value(QStringLiteral("trigger")), p.parser.value(QStringLiteral("rationale")),
                             at.value(), actor);
    }
    if (!written) {
        return fail(written.error());
    }
    auto run = launch.load();
    if (!run) {
        return fail(run.error());
    }
    return printRunbook(run.value(), at.value(), p.parser.isSet(QStringLiteral("json")));
}

} // namespace gonogo

namespace gonogo {

using namespace cli;

int Cli::cmdMetrics(ParsedCommand &p)
{
    const QString name = QStringLiteral("metrics");
    const bool importing = p.parser.isSet(QStringLiteral("import"));
    const bool byHand = p.parser.isSet(QStringLiteral("reading"));
    if (importing && byHand) {
        return usage(name, Text::tr("give --import or --reading, not both."));
    }
    const auto at = atOption(p.parser);
    if (!at) {
        return usage(name, at.error().message);
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, importing || byHand);
    if (!opened) {
        return fail(opened.error());
    }
    const MonitoringRepository repository = opened->file->monitoring();
    auto plan = repository.load();
    if (!plan) {
        return fail(plan.error());
    }
    if (importing || byHand) {
        QVector<MetricReading> readings;
        if (importing) {
            const QString source = p.parser.value(QStringLiteral("import"));
            QFile f(source);
            if (!f.open(QIODevice::ReadOnly)) {
                return fail({ErrorKind::InvalidInput,
                             Text::tr("%1 cannot be read: %2").arg(nativePath(source), f.errorString())});
            }
            auto parsed = parseReadings(f.read(16 * 1024 * 1024 + 1), source, plan.value());
            if (!parsed) {
                return fail(parsed.error());
            }
            readings = parsed.value();
        } else {
            auto one = parseReading(p.parser.value(QStringLiteral("reading")), plan.value());
            if (!one) {
                return usage(name, one.error().message);
            }
            one->at = at.value();
            one->source = QStringLiteral("by hand");
            readings << one.value();
        }
        auto added = repository.add(readings, actorFrom(p.parser));
        if (!added) {
            return fail(added.error());
        }
        plan = repository.load();
        if (!plan) {
            return fail(plan.error());
        }
    }
    auto launch = opened->file->launch().load();
    if (!launch) {
        return fail(launch.error());
    }
    const Monitoring &m = plan.value();
    const QVector<MetricReading> breaches = m.breachesOf();
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonArray metrics;
        for (const Metric &metric : m.metrics) {
            const MetricReading *last = m.latest(metric.id);
            metrics.append(QJsonObject{
                {QStringLiteral("id"), metric.id},
                {QStringLiteral("name"), metric.name},
                {QStringLiteral("threshold"), metric.thresholdText()},
                {QStringLiteral("trigger"), metric.triggerId},
                {QStringLiteral("readings"),
                 int(std::count_if(m.readings.cbegin(), m.readings.cend(),
                                   [&metric](const MetricReading &r) { return r.metricId == metric.id; }))},
                {QStringLiteral("latest"), last ? QJsonValue(last->valueText()) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("latest_at"), last ? timeJson(last->at) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("breach"), last ? Monitoring::breaches(metric, *last) : false}});
        }
        QJsonArray breachList;
        for (const MetricReading &r : breaches) {
            breachList.append(QJsonObject{{QStringLiteral("metric"), r.metricId},
                                          {QStringLiteral("at"), timeJson(r.at)},
                                          {QStringLiteral("value"), r.valueText()},
                                          {QStringLiteral("trigger"), m.metric(r.metricId)->triggerId}});
        }
        const MonitoringPhase *phase = m.phaseAt(launch->launch.liveAt, at.value());
        writeJson(m_out, QJsonObject{{QStringLiteral("phase"), phase ? QJsonValue(phase->id) : QJsonValue()},
                                     {QStringLiteral("metrics"), metrics},
                                     {QStringLiteral("breaches"), breachList}});
        return ExitOk;
    }
    if (const MonitoringPhase *phase = m.phaseAt(launch->launch.liveAt, at.value())) {
        m_out << printable(Text::tr("Monitoring phase: %1 (%2 to %3 h after go-live): %4, %5; %6.")
                               .arg(phase->name)
                               .arg(phase->fromHours)
                               .arg(phase->toHours)
                               .arg(phase->frequency, phase->coverage, phase->focus))
              << '\n';
    } else {
        const QDateTime live = launch->launch.liveAt;
        m_out << (live.isValid() && at.value() >= live ? Text::tr("Monitoring: past the plan's last phase.")
                                                       : Text::tr("Monitoring starts at go-live."))
              << '\n';
    }
    m_out << '\n';
    for (const Metric &metric : m.metrics) {
        const MetricReading *last = m.latest(metric.id);
        const QString state = !last                                 ? Text::tr("no reading")
                              : Monitoring::breaches(metric, *last) ? Text::tr("BREACH")
                                                                    : Text::tr("ok");
        m_out << printable(QStringLiteral("%1 %2 %3 %4")
                               .arg(metric.id.leftJustified(17), metric.thresholdText().leftJustified(24),
                                    (last ? last->valueText() : QStringLiteral("-")).leftJustified(16), state))
              << '\n';
    }
    m_out << '\n' << Text::tr("Breaches: %1").arg(breaches.size()) << '\n';
    for (const MetricReading &r : breaches) {
        const Metric *metric = m.metric(r.metricId);
        const RollbackTrigger *trigger = launch->trigger(metric->triggerId);
        m_out << printable(
                     QStringLiteral("  ") +
                     Text::tr("%1 %2 = %3 (threshold %4)")
                         .arg(clock(r.at), metric->id, r.valueText(), metric->thresholdText()) +
                     (trigger ? Text::tr("; rollback trigger %1: %2").arg(trigger->id, trigger->condition) : QString()))
              << '\n';
    }
    return ExitOk;
}

} // namespace gonogo

namespace gonogo {

using namespace cli;

int Cli::cmdReview(ParsedCommand &p)
{
    const QString name = QStringLiteral("review");
    const bool recording = p.parser.isSet(QStringLiteral("record"));
    const bool closing = p.parser.isSet(QStringLiteral("close-condition"));
    const bool carrying = p.parser.isSet(QStringLiteral("carry-condition"));
    if (int(recording) + int(closing) + int(carrying) > 1) {
        return usage(name, Text::tr("give one of --record, --close-condition or --carry-condition."));
    }
    if (!recording && (p.parser.isSet(QStringLiteral("outcome")) || p.parser.isSet(QStringLiteral("stable")) ||
                       p.parser.isSet(QStringLiteral("attendees")))) {
        return usage(name, Text::tr("--outcome, --attendees and --stable go with --record."));
    }
    if (recording && !p.parser.isSet(QStringLiteral("outcome"))) {
        return usage(name, Text::tr("--%1 is required.").arg(QStringLiteral("outcome")));
    }
    if (carrying) {
        if (const QString missing = firstMissing(p.parser, {QStringLiteral("owner"), QStringLiteral("due")});
            !missing.isEmpty()) {
            return usage(name, Text::tr("--%1 is required.").arg(missing));
        }
    }
    const auto at = atOption(p.parser);
    if (!at) {
        return usage(name, at.error().message);
    }
    int conditionId = 0;
    if (closing || carrying) {
        bool ok = false;
        conditionId =
            p.parser.value(closing ? QStringLiteral("close-condition") : QStringLiteral("carry-condition")).toInt(&ok);
        if (!ok) {
            return usage(name, Text::tr("a condition is named by its number (see gonogo review FILE)."));
        }
    }
    QDate due;
    if (carrying) {
        const auto parsed = parseDateOption(p.parser.value(QStringLiteral("due")));
        if (!parsed || !parsed->isValid()) {
            return usage(name, Text::tr("dates are written YYYY-MM-DD."));
        }
        due = *parsed;
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, recording || closing || carrying);
    if (!opened) {
        return fail(opened.error());
    }
    const ReviewRepository repository = opened->file->reviews();
    const QString actor = actorFrom(p.parser);
    Outcome written = Done{};
    if (recording) {
        written = repository.record(
            {p.parser.value(QStringLiteral("record")), at.value(), p.parser.value(QStringLiteral("attendees")),
             p.parser.value(QStringLiteral("outcome")), p.parser.isSet(QStringLiteral("stable"))},
            actor);
    } else if (closing) {
        written = repository.closeCondition(conditionId, p.parser.value(QStringLiteral("note")), actor);
    } else if (carrying) {
        written = repository.carryCondition(conditionId, p.parser.value(QStringLiteral("owner")), due,
                                            p.parser.value(QStringLiteral("note")), actor);
    }
    if (!written) {
        return fail(written.error());
    }
    auto reviews = repository.load();
    auto launch = opened->file->launch().load();
    auto snapshot = opened->file->snapshot();
    if (!reviews || !launch || !snapshot) {
        return fail(!reviews ? reviews.error() : !launch ? launch.error() : snapshot.error());
    }
    const QDateTime live = launch->launch.liveAt;
    const QVector<Condition> conditions = snapshot->decision ? snapshot->decision->conditions : QVector<Condition>();
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Review &r : reviews->reviews) {
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("purpose"), r.purpose},
                                    {QStringLiteral("due_at"), timeJson(r.dueAt(live))},
                                    {QStringLiteral("held_at"), timeJson(r.heldAt)},
                                    {QStringLiteral("attendees"), r.attendees},
                                    {QStringLiteral("metric_status"), r.metricStatus},
                                    {QStringLiteral("open_conditions"), r.openConditions},
                                    {QStringLiteral("outcome"), r.outcome},
                                    {QStringLiteral("stable"), r.stable},
                                    {QStringLiteral("recorded_by"), r.recordedBy}});
        }
        QJsonArray conditionList;
        for (const Condition &c : conditions) {
            const ConditionFollowUp *f = reviews->followUpOf(c.id);
            conditionList.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("text"), c.text},
                {QStringLiteral("owner"), f && f->state == FollowUp::Carried ? f->newOwner : c.owner},
                {QStringLiteral("due"), (f && f->state == FollowUp::Carried ? f->newDue : c.due).toString(Qt::ISODate)},
                {QStringLiteral("state"),
                 !f ? QStringLiteral("OPEN")
                    : (f->state == FollowUp::Carried ? QStringLiteral("CARRIED") : QStringLiteral("CLOSED"))}});
        }
        const Review *stable = reviews->stableAt();
        writeJson(m_out, QJsonObject{{QStringLiteral("live_at"), timeJson(live)},
                                     {QStringLiteral("stable"), stable ? QJsonValue(stable->id) : QJsonValue()},
                                     {QStringLiteral("reviews"), list},
                                     {QStringLiteral("conditions"), conditionList}});
        return ExitOk;
    }
    m_out << (live.isValid()
                  ? Text::tr("Reviews, from go-live at %1 UTC:").arg(live.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                  : Text::tr("Reviews: scheduled once the launch goes live."))
          << '\n';
    for (const Review &r : reviews->reviews) {
        const QDateTime due = r.dueAt(live);
        m_out << printable(
                     QStringLiteral("  %1 %2 %3 (%4)")
                         .arg(r.id.leftJustified(6),
                              due.isValid() ? due.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-"),
                              r.purpose, Text::tr("%n min", nullptr, r.minutes)))
              << '\n';
        if (r.heldAt.isValid()) {
            m_out << printable(QStringLiteral("         ") +
                               Text::tr("Held %1 by %2%3: %4")
                                   .arg(r.heldAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.recordedBy,
                                        r.stable ? Text::tr(", STABLE declared") : QString(), r.outcome))
                  << '\n';
        }
    }
    m_out << Text::tr("Conditions of the decision:") << '\n';
    if (conditions.isEmpty()) {
        m_out << "  " << Text::tr("none") << '\n';
    }
    for (const Condition &c : conditions) {
        const ConditionFollowUp *f = reviews->followUpOf(c.id);
        const QString state = !f ? Text::tr("OPEN")
                              : f->state == FollowUp::Closed
                                  ? Text::tr("CLOSED")
                                  : Text::tr("CARRIED to %1, due %2").arg(f->newOwner, f->newDue.toString(Qt::ISODate));
        m_out << printable(QStringLiteral("  %1. %2 (%3, %4): %5")
                               .arg(c.id)
                               .arg(c.text, c.owner, c.due.toString(Qt::ISODate), state))
              << '\n';
    }
    return ExitOk;
}

} // namespace gonogo
