// The commands after the decision: runbook (the launch's steps, what is due and what is late, and a step's plan
// changed before the start) and launch (start, a step's outcome, go-live, and an abort or rollback on a trigger).
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
    const QString name = QStringLiteral("runbook");
    const bool editing = p.parser.isSet(QStringLiteral("edit"));
    const bool anyField =
        anyGiven(p.parser, {QStringLiteral("title"), QStringLiteral("offset"), QStringLiteral("minutes"),
                            QStringLiteral("owner"), QStringLiteral("validation"), QStringLiteral("trigger")});
    if (editing != anyField) {
        return usage(name, editing ? Text::tr("--edit needs at least one of --title, --offset, --minutes, --owner, "
                                              "--validation or --trigger.")
                                   : Text::tr("--title, --offset, --minutes, --owner, --validation and --trigger go "
                                              "with --edit STEP."));
    }
    const auto at = atOption(p.parser);
    if (!at) {
        return usage(name, at.error().message);
    }
    std::optional<int> offset;
    std::optional<int> minutes;
    for (const auto &[option, target] :
         {std::pair{QStringLiteral("offset"), &offset}, std::pair{QStringLiteral("minutes"), &minutes}}) {
        if (p.parser.isSet(option)) {
            bool ok = false;
            *target = p.parser.value(option).trimmed().toInt(&ok);
            if (!ok) {
                return usage(
                    name,
                    Text::tr("--%1 is a whole number of minutes, not \"%2\".").arg(option, p.parser.value(option)));
            }
        }
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, editing);
    if (!opened) {
        return fail(opened.error());
    }
    const LaunchRepository launch = opened->file->launch();
    auto run = launch.load();
    if (!run) {
        return fail(run.error());
    }
    if (editing) {
        const QString id = p.parser.value(QStringLiteral("edit"));
        RunbookStep step;
        step.id = id;
        if (const RunbookStep *was = run->step(id)) {
            step = *was;
        }
        step.title = given(p.parser, QStringLiteral("title")).value_or(step.title);
        step.ownerRole = given(p.parser, QStringLiteral("owner"), true).value_or(step.ownerRole);
        step.validation = given(p.parser, QStringLiteral("validation")).value_or(step.validation);
        step.triggerId = given(p.parser, QStringLiteral("trigger"), true).value_or(step.triggerId);
        step.offsetMinutes = offset.value_or(step.offsetMinutes);
        step.durationMinutes = minutes.value_or(step.durationMinutes);
        if (auto written = launch.editStep(step, actorFrom(p.parser)); !written) {
            return fail(written.error());
        }
        run = launch.load();
        if (!run) {
            return fail(run.error());
        }
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
