#include "launchrun.h"

#include "codeparse.h"

#include "sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Domain)
};

} // namespace

QString toCode(StepOutcome o)
{
    switch (o) {
    case StepOutcome::Pending:
        return QStringLiteral("PENDING");
    case StepOutcome::Done:
        return QStringLiteral("DONE");
    case StepOutcome::Failed:
        break;
    }
    return QStringLiteral("FAILED");
}

QString toCode(LaunchEnd e)
{
    switch (e) {
    case LaunchEnd::None:
        return QString();
    case LaunchEnd::Aborted:
        return QStringLiteral("ABORTED");
    case LaunchEnd::RolledBack:
        break;
    }
    return QStringLiteral("ROLLED BACK");
}

QString toCode(LaunchState s)
{
    switch (s) {
    case LaunchState::NotStarted:
        return QStringLiteral("NOT STARTED");
    case LaunchState::Running:
        return QStringLiteral("RUNNING");
    case LaunchState::Live:
        return QStringLiteral("LIVE");
    case LaunchState::Aborted:
        return QStringLiteral("ABORTED");
    case LaunchState::RolledBack:
        break;
    }
    return QStringLiteral("ROLLED BACK");
}

QString toCode(StepTiming t)
{
    switch (t) {
    case StepTiming::NotDue:
        return QStringLiteral("NOT DUE");
    case StepTiming::Due:
        return QStringLiteral("DUE");
    case StepTiming::Late:
        return QStringLiteral("LATE");
    case StepTiming::Done:
        return QStringLiteral("DONE");
    case StepTiming::Failed:
        break;
    }
    return QStringLiteral("FAILED");
}

std::optional<StepOutcome> stepOutcomeFromCode(const QString &code)
{
    return codes::parse(code, allStepOutcomes);
}

std::optional<LaunchEnd> launchEndFromCode(const QString &code)
{
    return codes::parse(code, allLaunchEnds);
}

QString displayName(StepOutcome o)
{
    switch (o) {
    case StepOutcome::Pending:
        return Text::tr("Pending", "runbook step");
    case StepOutcome::Done:
        return Text::tr("Done", "runbook step");
    case StepOutcome::Failed:
        break;
    }
    return Text::tr("Failed", "runbook step");
}

QString displayName(LaunchState s)
{
    switch (s) {
    case LaunchState::NotStarted:
        return Text::tr("Not started", "launch");
    case LaunchState::Running:
        return Text::tr("Running", "launch");
    case LaunchState::Live:
        return Text::tr("Live", "launch");
    case LaunchState::Aborted:
        return Text::tr("Aborted", "launch");
    case LaunchState::RolledBack:
        break;
    }
    return Text::tr("Rolled back", "launch");
}

QString displayName(StepTiming t)
{
    switch (t) {
    case StepTiming::NotDue:
        return Text::tr("Not due", "runbook step");
    case StepTiming::Due:
        return Text::tr("Due now", "runbook step");
    case StepTiming::Late:
        return Text::tr("Late", "runbook step");
    case StepTiming::Done:
        return Text::tr("Done", "runbook step");
    case StepTiming::Failed:
        break;
    }
    return Text::tr("Failed", "runbook step");
}

LaunchState LaunchRun::state() const
{
    switch (launch.end) {
    case LaunchEnd::Aborted:
        return LaunchState::Aborted;
    case LaunchEnd::RolledBack:
        return LaunchState::RolledBack;
    case LaunchEnd::None:
        break;
    }
    if (launch.liveAt.isValid()) {
        return LaunchState::Live;
    }
    return launch.startedAt.isValid() ? LaunchState::Running : LaunchState::NotStarted;
}

const RunbookStep *LaunchRun::step(const QString &id) const
{
    for (const RunbookStep &s : steps) {
        if (s.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0) {
            return &s;
        }
    }
    return nullptr;
}

const RollbackTrigger *LaunchRun::trigger(const QString &id) const
{
    for (const RollbackTrigger &t : triggers) {
        if (t.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0) {
            return &t;
        }
    }
    return nullptr;
}

QDateTime LaunchRun::plannedGoLive() const
{
    if (!launch.startedAt.isValid()) {
        return {};
    }
    const int first = steps.isEmpty() ? 0 : std::min(0, steps.constFirst().offsetMinutes);
    return launch.startedAt.addSecs(qint64(-first) * 60);
}

QDateTime LaunchRun::dueAt(const RunbookStep &s) const
{
    if (s.offsetMinutes >= 0 && launch.liveAt.isValid()) {
        return launch.liveAt.addSecs(qint64(s.offsetMinutes) * 60);
    }
    const QDateTime planned = plannedGoLive();
    return planned.isValid() ? planned.addSecs(qint64(s.offsetMinutes) * 60) : QDateTime();
}

StepTiming LaunchRun::timing(const RunbookStep &s, const QDateTime &now) const
{
    if (s.outcome == StepOutcome::Done) {
        return StepTiming::Done;
    }
    if (s.outcome == StepOutcome::Failed) {
        return StepTiming::Failed;
    }
    const QDateTime due = dueAt(s);
    // Nothing is due on a launch that ended early.
    if (launch.end != LaunchEnd::None) {
        return StepTiming::NotDue;
    }
    // A step after go-live is not due until the launch is live, however late the cutover.
    if (!due.isValid() || now < due || (s.offsetMinutes > 0 && !launch.liveAt.isValid())) {
        return StepTiming::NotDue;
    }
    return now < due.addSecs(qint64(s.durationMinutes) * 60) ? StepTiming::Due : StepTiming::Late;
}

QStringList LaunchRun::notDoneBeforeGoLive() const
{
    QStringList ids;
    for (const RunbookStep &s : steps) {
        if (s.offsetMinutes < 0 && s.outcome != StepOutcome::Done) {
            ids << s.id;
        }
    }
    return ids;
}

const RunbookStep *LaunchRun::current() const
{
    for (const RunbookStep &s : steps) {
        if (s.outcome != StepOutcome::Done) {
            return &s;
        }
    }
    return nullptr;
}

QString LaunchRun::fingerprint(const QString &decisionFingerprint) const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    QJsonArray canonical{QStringLiteral("gonogo-launch-1"),
                         decisionFingerprint,
                         time(launch.startedAt),
                         launch.startedBy,
                         time(launch.liveAt),
                         launch.liveBy,
                         toCode(launch.end),
                         time(launch.endedAt),
                         launch.endedBy,
                         launch.triggerId,
                         launch.rationale};
    QJsonArray stepList;
    for (const RunbookStep &s : steps) {
        stepList.append(QJsonArray{s.id, s.offsetMinutes, s.durationMinutes, s.title, s.ownerRole, s.validation,
                                   s.triggerId, toCode(s.outcome), time(s.outcomeAt), s.outcomeBy, s.note});
    }
    QJsonArray triggerList;
    for (const RollbackTrigger &t : triggers) {
        triggerList.append(QJsonArray{t.id, t.condition});
    }
    canonical.append(stepList);
    canonical.append(triggerList);
    return Sha256::hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

} // namespace gonogo
