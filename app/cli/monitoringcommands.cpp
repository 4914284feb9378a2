// The commands after go-live: metrics (the monitoring plan, its thresholds changed, readings added by hand or from a
// monitoring export, and breaches) and review (the reviews, STABLE and its sign-off, and the decision's conditions
// closed or carried).
#include "cli.h"
#include "clijson.h"
#include "clisupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace gonogo {

using namespace cli;

int Cli::cmdMetrics(ParsedCommand &p)
{
    const QString name = QStringLiteral("metrics");
    const bool importing = p.parser.isSet(QStringLiteral("import"));
    const bool byHand = p.parser.isSet(QStringLiteral("reading"));
    const bool setting = p.parser.isSet(QStringLiteral("set"));
    if (int(importing) + int(byHand) + int(setting) > 1) {
        return usage(name, Text::tr("give one of --import, --reading or --set."));
    }
    const bool anyThreshold =
        anyGiven(p.parser, {QStringLiteral("limit"), QStringLiteral("baseline"), QStringLiteral("band"),
                            QStringLiteral("expected"), QStringLiteral("trigger")});
    if (setting != anyThreshold) {
        return usage(name, setting ? Text::tr("--set needs at least one of --limit, --baseline, --band, --expected "
                                              "or --trigger.")
                                   : Text::tr("--limit, --baseline, --band, --expected and --trigger go with --set "
                                              "METRIC."));
    }
    // A number, or "none" for a baseline not known yet.
    QHash<QString, std::optional<double>> numbers;
    for (const QString &option : {QStringLiteral("limit"), QStringLiteral("baseline"), QStringLiteral("band")}) {
        if (!p.parser.isSet(option)) {
            continue;
        }
        const QString text = p.parser.value(option).trimmed();
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            numbers.insert(option, std::nullopt);
        } else if (!ok || !std::isfinite(v)) {
            return usage(name, Text::tr("--%1 is a number (or none), not \"%2\".").arg(option, text));
        } else {
            numbers.insert(option, v);
        }
    }
    const auto at = atOption(p.parser);
    if (!at) {
        return usage(name, at.error().message);
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, importing || byHand || setting);
    if (!opened) {
        return fail(opened.error());
    }
    const MonitoringRepository repository = opened->file->monitoring();
    auto plan = repository.load();
    if (!plan) {
        return fail(plan.error());
    }
    if (setting) {
        Metric metric;
        metric.id = p.parser.value(QStringLiteral("set"));
        if (const Metric *was = plan->metric(metric.id)) {
            metric = *was;
        }
        if ((p.parser.isSet(QStringLiteral("limit")) && metric.rule == MetricRule::Band) ||
            (p.parser.isSet(QStringLiteral("baseline")) && metric.rule != MetricRule::Band)) {
            return usage(name, Text::tr("--limit is for a MAX or MIN metric, --baseline for a BAND metric; %1 is %2.")
                                   .arg(metric.id, toCode(metric.rule)));
        }
        if (numbers.contains(QStringLiteral("limit"))) {
            metric.limit = numbers.value(QStringLiteral("limit"));
        }
        if (numbers.contains(QStringLiteral("baseline"))) {
            metric.limit = numbers.value(QStringLiteral("baseline"));
        }
        if (numbers.contains(QStringLiteral("band"))) {
            metric.bandPercent = numbers.value(QStringLiteral("band"));
        }
        metric.expected = given(p.parser, QStringLiteral("expected"), true).value_or(metric.expected);
        metric.triggerId = given(p.parser, QStringLiteral("trigger"), true).value_or(metric.triggerId);
        if (auto written = repository.editMetric(metric, actorFrom(p.parser)); !written) {
            return fail(written.error());
        }
        plan = repository.load();
        if (!plan) {
            return fail(plan.error());
        }
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

int Cli::cmdReview(ParsedCommand &p)
{
    const QString name = QStringLiteral("review");
    const bool recording = p.parser.isSet(QStringLiteral("record"));
    const bool closing = p.parser.isSet(QStringLiteral("close-condition"));
    const bool carrying = p.parser.isSet(QStringLiteral("carry-condition"));
    const bool signing = p.parser.isSet(QStringLiteral("sign-stable"));
    if (int(recording) + int(closing) + int(carrying) + int(signing) > 1) {
        return usage(name, Text::tr("give one of --record, --close-condition, --carry-condition or --sign-stable."));
    }
    if (signing) {
        if (const QString missing = firstMissing(p.parser, {QStringLiteral("name"), QStringLiteral("role")});
            !missing.isEmpty()) {
            return usage(name, Text::tr("--%1 is required.").arg(missing));
        }
    } else if (p.parser.isSet(QStringLiteral("name")) || p.parser.isSet(QStringLiteral("role")) ||
               p.parser.isSet(QStringLiteral("comment"))) {
        return usage(name, Text::tr("--name, --role and --comment go with --sign-stable."));
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
    auto opened = openWithSnapshot(p.positional.first(), m_err, recording || closing || carrying || signing);
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
        written = repository.closeCondition(conditionId, p.parser.value(QStringLiteral("note")), at.value(), actor);
    } else if (carrying) {
        written = repository.carryCondition(conditionId, p.parser.value(QStringLiteral("owner")), due,
                                            p.parser.value(QStringLiteral("note")), at.value(), actor);
    } else if (signing) {
        auto person = stakeholderFor(opened->snapshot.stakeholders, p.parser.value(QStringLiteral("role")),
                                     p.parser.value(QStringLiteral("name")), nativePath(p.positional.first()));
        if (!person) {
            return fail(person.error());
        }
        written = repository.signStable(person->id, p.parser.value(QStringLiteral("comment")), at.value(), actor);
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
    auto stableFingerprint = repository.stableFingerprint();
    if (!stableFingerprint) {
        return fail(stableFingerprint.error());
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
        QJsonArray signatures;
        for (const StableSignoff &s : reviews->stableSignoffs) {
            signatures.append(QJsonObject{{QStringLiteral("name"), s.name},
                                          {QStringLiteral("role"), s.role},
                                          {QStringLiteral("comment"), s.comment},
                                          {QStringLiteral("signed_at"), timeJson(s.signedAt)},
                                          {QStringLiteral("fingerprint"), s.fingerprint},
                                          {QStringLiteral("current"), s.fingerprint == stableFingerprint.value()}});
        }
        writeJson(m_out, QJsonObject{{QStringLiteral("live_at"), timeJson(live)},
                                     {QStringLiteral("stable"), stable ? QJsonValue(stable->id) : QJsonValue()},
                                     {QStringLiteral("stable_fingerprint"),
                                      stable ? QJsonValue(stableFingerprint.value()) : QJsonValue()},
                                     {QStringLiteral("stable_signoffs"), signatures},
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
    if (const Review *stable = reviews->stableAt()) {
        int current = 0;
        for (const Stakeholder &person : snapshot->stakeholders) {
            const StableSignoff *mine = reviews->stableSignoffOf(person.id);
            current += mine && mine->fingerprint == stableFingerprint.value() ? 1 : 0;
        }
        m_out << printable(Text::tr("STABLE declared at %1; fingerprint %2; signed by %3 of %4:")
                               .arg(stable->id, stableFingerprint.value())
                               .arg(current)
                               .arg(snapshot->stakeholders.size()))
              << '\n';
        for (const Stakeholder &person : snapshot->stakeholders) {
            const StableSignoff *mine = reviews->stableSignoffOf(person.id);
            const QString state =
                !mine ? Text::tr("not signed")
                : mine->fingerprint == stableFingerprint.value()
                    ? Text::tr("CURRENT, %1").arg(mine->signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    : Text::tr("STALE (the declaration changed after it was signed)");
            m_out << printable(QStringLiteral("  %1 (%2): %3").arg(person.name, person.role, state)) << '\n';
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
