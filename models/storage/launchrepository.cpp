#include "launchrepository.h"

#include "../domain.h"
#include "../record.h"
#include "ledger.h"
#include "signoffrepository.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

const QString launchEntity = QStringLiteral("launch");

QString stepEntity(const QString &id)
{
    return QStringLiteral("runbook:%1").arg(id);
}

QString shown(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

Result<LaunchRun> LaunchRepository::load() const
{
    LaunchRun run;
    auto triggers = m_session.run(QStringLiteral("SELECT id, position, condition FROM rollback_trigger "
                                                 "ORDER BY position, id"));
    if (!triggers) {
        return triggers.error();
    }
    while (triggers->next()) {
        run.triggers.append({triggers->value(0).toString(), triggers->value(1).toInt(), triggers->value(2).toString()});
    }
    auto steps = m_session.run(QStringLiteral("SELECT id, position, offset_min, duration_min, title, owner_role, "
                                              "validation, trigger_id, outcome, outcome_at, outcome_by, note "
                                              "FROM runbook_step ORDER BY position, offset_min, id"));
    if (!steps) {
        return steps.error();
    }
    while (steps->next()) {
        RunbookStep s;
        s.id = steps->value(0).toString();
        s.position = steps->value(1).toInt();
        s.offsetMinutes = steps->value(2).toInt();
        s.durationMinutes = steps->value(3).toInt();
        s.title = steps->value(4).toString();
        s.ownerRole = steps->value(5).toString();
        s.validation = steps->value(6).toString();
        s.triggerId = steps->value(7).toString();
        s.outcome = stepOutcomeFromCode(steps->value(8).toString()).value_or(StepOutcome::Pending);
        s.outcomeAt = parseTime(steps->value(9));
        s.outcomeBy = steps->value(10).toString();
        s.note = steps->value(11).toString();
        run.steps.append(s);
    }
    auto launch = m_session.run(QStringLiteral("SELECT started_at, started_by, live_at, live_by, ended, ended_at, "
                                               "ended_by, trigger_id, rationale FROM launch WHERE id = 1"));
    if (!launch) {
        return launch.error();
    }
    if (launch->next()) {
        Launch &l = run.launch;
        l.startedAt = parseTime(launch->value(0));
        l.startedBy = launch->value(1).toString();
        l.liveAt = parseTime(launch->value(2));
        l.liveBy = launch->value(3).toString();
        l.end = launchEndFromCode(launch->value(4).toString()).value_or(LaunchEnd::None);
        l.endedAt = parseTime(launch->value(5));
        l.endedBy = launch->value(6).toString();
        l.triggerId = launch->value(7).toString();
        l.rationale = launch->value(8).toString();
    }
    return run;
}

Outcome LaunchRepository::editStep(const RunbookStep &step, const QString &actor) const
{
    auto run = load();
    if (!run) {
        return run.error();
    }
    const RunbookStep *was = run->step(step.id);
    if (!was) {
        QStringList ids;
        for (const RunbookStep &s : run->steps) {
            ids << s.id;
        }
        return invalid(
            m_session,
            Text::tr("there is no step \"%1\" (the steps: %2).").arg(step.id, ids.join(QStringLiteral(", "))));
    }
    if (run->state() != LaunchState::NotStarted) {
        return invalid(
            m_session,
            Text::tr("the launch started at %1; its runbook is no longer changed.").arg(shown(run->launch.startedAt)));
    }
    RunbookStep s = *was;
    s.title = cleanText(step.title);
    s.ownerRole = cleanText(step.ownerRole);
    s.validation = cleanText(step.validation, true);
    s.triggerId = step.triggerId.trimmed();
    s.offsetMinutes = step.offsetMinutes;
    s.durationMinutes = step.durationMinutes;
    if (s.title.isEmpty()) {
        return invalid(m_session, Text::tr("step %1 needs a title.").arg(s.id));
    }
    if (s.durationMinutes < 1 || s.durationMinutes > 600) {
        return invalid(m_session, Text::tr("a step takes 1 to 600 minutes, not %1.").arg(s.durationMinutes));
    }
    if (s.offsetMinutes < -1440 || s.offsetMinutes > 1440) {
        return invalid(m_session, Text::tr("a step's offset is within a day of go-live (-1440 to 1440 minutes), not "
                                           "%1.")
                                      .arg(s.offsetMinutes));
    }
    if ((was->offsetMinutes == 0) != (s.offsetMinutes == 0)) {
        return invalid(m_session, was->offsetMinutes == 0
                                      ? Text::tr("%1 is the go-live itself; its offset stays 0.").arg(s.id)
                                      : Text::tr("only the go-live step is at offset 0."));
    }
    if (!s.triggerId.isEmpty()) {
        const RollbackTrigger *t = run->trigger(s.triggerId);
        if (!t) {
            QStringList ids;
            for (const RollbackTrigger &known : run->triggers) {
                ids << known.id;
            }
            return invalid(m_session, Text::tr("there is no rollback trigger \"%1\" (the triggers: %2).")
                                          .arg(s.triggerId, ids.join(QStringLiteral(", "))));
        }
        s.triggerId = t->id;
    }
    // The runbook stays in order of time: the new offset between its neighbours'.
    const int index = int(was - run->steps.constData());
    if (index > 0 && run->steps.at(index - 1).offsetMinutes >= s.offsetMinutes) {
        return invalid(m_session, Text::tr("%1 comes after %2 (offset %3 min); its offset must be later.")
                                      .arg(s.id, run->steps.at(index - 1).id)
                                      .arg(run->steps.at(index - 1).offsetMinutes));
    }
    if (index + 1 < run->steps.size() && run->steps.at(index + 1).offsetMinutes <= s.offsetMinutes) {
        return invalid(m_session, Text::tr("%1 comes before %2 (offset %3 min); its offset must be earlier.")
                                      .arg(s.id, run->steps.at(index + 1).id)
                                      .arg(run->steps.at(index + 1).offsetMinutes));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q =
            m_session.run(QStringLiteral("UPDATE runbook_step SET offset_min = ?, duration_min = ?, title = ?, "
                                         "owner_role = ?, validation = ?, trigger_id = ? WHERE id = ?"),
                          {s.offsetMinutes, s.durationMinutes, s.title, s.ownerRole, s.validation, s.triggerId, s.id});
        !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("edit step"), stepEntity(s.id)); !a) {
        return a;
    }
    return transaction.commit();
}

Outcome LaunchRepository::start(const QDateTime &at, const QString &actor) const
{
    auto run = load();
    if (!run) {
        return run.error();
    }
    if (run->state() != LaunchState::NotStarted) {
        return invalid(m_session, Text::tr("the launch has already started (%1).").arg(shown(run->launch.startedAt)));
    }
    // A launch follows a decision to go that everyone has signed, and nothing less.
    auto snapshot = readSnapshot(m_session);
    if (!snapshot) {
        return snapshot.error();
    }
    if (!snapshot->decision || snapshot->decision->decision == Decision::NoGo) {
        return invalid(m_session, snapshot->decision
                                      ? Text::tr("the decision is NO-GO; there is no launch to run.")
                                      : Text::tr("no decision has been recorded; a launch needs a recorded GO or "
                                                 "GO WITH CAUTION."));
    }
    if (recordProgress(snapshot.value(), Record::fingerprints(snapshot.value())).status != RecordStatus::Final) {
        return invalid(m_session, Text::tr("the decision record is not FINAL (a sign-off is missing or stale); the "
                                           "launch starts from a signed decision."));
    }
    if (run->steps.isEmpty()) {
        return invalid(m_session, Text::tr("the runbook has no steps."));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("UPDATE launch SET started_at = ?, started_by = ? WHERE id = 1"),
                               {timeValue(at), actor});
        !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("launch start"), launchEntity); !a) {
        return a;
    }
    return transaction.commit();
}

Result<LaunchRun> LaunchRepository::running(const QDateTime &at) const
{
    auto run = load();
    if (!run) {
        return run.error();
    }
    switch (run->state()) {
    case LaunchState::NotStarted:
        return invalid(m_session, Text::tr("the launch has not started."));
    case LaunchState::Aborted:
    case LaunchState::RolledBack:
        return invalid(m_session, Text::tr("the launch ended (%1 at %2); nothing more can be recorded on it.")
                                      .arg(toCode(run->launch.end), shown(run->launch.endedAt)));
    case LaunchState::Running:
    case LaunchState::Live:
        break;
    }
    if (!at.isValid() || at < run->launch.startedAt) {
        return invalid(m_session,
                       Text::tr("%1 is before the launch started (%2).")
                           .arg(at.isValid() ? shown(at) : QStringLiteral("?"), shown(run->launch.startedAt)));
    }
    return run;
}

Outcome LaunchRepository::writeStep(const RunbookStep &s, const QString &action, const QString &actor) const
{
    auto q = m_session.run(QStringLiteral("UPDATE runbook_step SET outcome = ?, outcome_at = ?, outcome_by = ?, "
                                          "note = ? WHERE id = ?"),
                           {toCode(s.outcome), timeValue(s.outcomeAt), s.outcomeBy, s.note, s.id});
    if (!q) {
        return q.error();
    }
    return RecordLedger(m_session).recordState(actor, action, stepEntity(s.id));
}

Outcome LaunchRepository::record(const QString &stepId, StepOutcome outcome, const QDateTime &at, const QString &note,
                                 const QString &actor) const
{
    auto run = running(at);
    if (!run) {
        return run.error();
    }
    const RunbookStep *found = run->step(stepId);
    if (!found) {
        QStringList ids;
        for (const RunbookStep &s : run->steps) {
            ids << s.id;
        }
        return invalid(
            m_session,
            Text::tr("the runbook has no step \"%1\" (its steps: %2).").arg(stepId, ids.join(QStringLiteral(", "))));
    }
    if (outcome == StepOutcome::Pending) {
        return invalid(m_session, Text::tr("a step's outcome is DONE or FAILED."));
    }
    if (found->offsetMinutes == 0) {
        return invalid(m_session, Text::tr("%1 is the cutover itself: it is recorded by going live.").arg(found->id));
    }
    if (found->offsetMinutes > 0 && run->state() != LaunchState::Live) {
        return invalid(m_session, Text::tr("%1 comes after go-live, and the launch is not live yet.").arg(found->id));
    }
    if (found->outcome == StepOutcome::Done) {
        return invalid(
            m_session,
            Text::tr("%1 is already done (%2 by %3).").arg(found->id, shown(found->outcomeAt), found->outcomeBy));
    }
    RunbookStep s = *found;
    s.outcome = outcome;
    s.outcomeAt = at;
    s.outcomeBy = actor;
    s.note = cleanText(note, true);
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto w = writeStep(
            s, outcome == StepOutcome::Done ? QStringLiteral("step done") : QStringLiteral("step failed"), actor);
        !w) {
        return w;
    }
    return transaction.commit();
}

Outcome LaunchRepository::goLive(const QDateTime &at, const QString &actor) const
{
    auto run = running(at);
    if (!run) {
        return run.error();
    }
    if (run->state() == LaunchState::Live) {
        return invalid(m_session, Text::tr("the launch is already live (%1).").arg(shown(run->launch.liveAt)));
    }
    const QStringList waiting = run->notDoneBeforeGoLive();
    if (!waiting.isEmpty()) {
        return invalid(
            m_session,
            Text::tr("go-live waits for every step before it; not done: %1.").arg(waiting.join(QStringLiteral(", "))));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("UPDATE launch SET live_at = ?, live_by = ? WHERE id = 1"),
                               {timeValue(at), actor});
        !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("go live"), launchEntity); !a) {
        return a;
    }
    for (const RunbookStep &step : run->steps) {
        if (step.offsetMinutes == 0 && step.outcome != StepOutcome::Done) {
            RunbookStep s = step;
            s.outcome = StepOutcome::Done;
            s.outcomeAt = at;
            s.outcomeBy = actor;
            if (auto w = writeStep(s, QStringLiteral("step done"), actor); !w) {
                return w;
            }
        }
    }
    return transaction.commit();
}

Outcome LaunchRepository::end(const QString &triggerId, const QString &rationale, const QDateTime &at,
                              const QString &actor) const
{
    auto run = running(at);
    if (!run) {
        return run.error();
    }
    const RollbackTrigger *trigger = run->trigger(triggerId);
    if (!trigger) {
        QStringList ids;
        for (const RollbackTrigger &t : run->triggers) {
            ids << t.id;
        }
        return invalid(m_session, Text::tr("there is no rollback trigger \"%1\" (the triggers: %2).")
                                      .arg(triggerId, ids.join(QStringLiteral(", "))));
    }
    const QString why = cleanText(rationale, true);
    if (why.isEmpty()) {
        return invalid(
            m_session,
            Text::tr("a rollback needs its rationale: what was seen, and why it meets %1.").arg(trigger->id));
    }
    const LaunchEnd end = run->state() == LaunchState::Live ? LaunchEnd::RolledBack : LaunchEnd::Aborted;
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("UPDATE launch SET ended = ?, ended_at = ?, ended_by = ?, "
                                              "trigger_id = ?, rationale = ? WHERE id = 1"),
                               {toCode(end), timeValue(at), actor, trigger->id, why});
        !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(
            actor, end == LaunchEnd::RolledBack ? QStringLiteral("rollback") : QStringLiteral("abort"), launchEntity);
        !a) {
        return a;
    }
    return transaction.commit();
}

} // namespace gonogo
