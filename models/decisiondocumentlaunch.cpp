// DecisionDocument's launch and what follows it: start, a step's outcome or plan, go-live and an early end; the
// monitoring plan and readings, the reviews, the conditions' follow-up and the STABLE sign-off. Each is written at
// the time source's "now" through its repository, then the launch, monitoring and reviews are reloaded and
// launchChanged is emitted.
#include "decisiondocument.h"
#include "decisionfile.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

// The launch run and its runbook steps, as the audit log names them: one state machine, so any change to it
// makes a change based on an older state stale.
QStringList launchParts()
{
    return {QStringLiteral("launch"), QStringLiteral("runbook:")};
}

QStringList conditionPart(int conditionId)
{
    return {QStringLiteral("followup:%1").arg(conditionId)};
}

QString conditionName(int conditionId)
{
    return Text::tr("the follow-up of condition %1").arg(conditionId);
}

} // namespace

Outcome DecisionDocument::launchWritten(const Outcome &outcome)
{
    if (!outcome) {
        return outcome;
    }
    auto run = m_file->launch().load();
    if (!run) {
        return run.error();
    }
    auto monitoring = m_file->monitoring().load();
    if (!monitoring) {
        return monitoring.error();
    }
    auto reviews = m_file->reviews().load();
    if (!reviews) {
        return reviews.error();
    }
    m_launch = std::move(run).value();
    m_monitoring = std::move(monitoring).value();
    m_reviews = std::move(reviews).value();
    emit launchChanged();
    return Done{};
}

Outcome DecisionDocument::afterLaunch(const Outcome &outcome)
{
    if (auto done = launchWritten(outcome); !done) {
        return refused(done.error());
    }
    return Done{};
}

Outcome DecisionDocument::startLaunch()
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(
        basedOn(launchParts(), Text::tr("the launch"), [&] { return m_file->launch().start(m_now(), m_actor); }));
}

Outcome DecisionDocument::recordLaunchStep(const QString &stepId, StepOutcome outcome, const QString &note)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(basedOn(launchParts(), Text::tr("the launch"),
                               [&] { return m_file->launch().record(stepId, outcome, m_now(), note, m_actor); }));
}

Outcome DecisionDocument::goLive()
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(
        basedOn(launchParts(), Text::tr("the launch"), [&] { return m_file->launch().goLive(m_now(), m_actor); }));
}

Outcome DecisionDocument::endLaunch(const QString &triggerId, const QString &rationale)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(basedOn(launchParts(), Text::tr("the launch"),
                               [&] { return m_file->launch().end(triggerId, rationale, m_now(), m_actor); }));
}

Outcome DecisionDocument::editRunbookStep(const RunbookStep &step)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(
        basedOn(launchParts(), Text::tr("the launch"), [&] { return m_file->launch().editStep(step, m_actor); }));
}

QString DecisionDocument::stableFingerprint() const
{
    return m_reviews.stableFingerprint(m_launch.fingerprint(m_fingerprints.fingerprints().current), m_monitoring);
}

Outcome DecisionDocument::editMetric(const Metric &metric)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(basedOn({QStringLiteral("metric:%1").arg(metric.id)}, Text::tr("metric %1").arg(metric.name),
                               [&] { return m_file->monitoring().editMetric(metric, m_actor); }));
}

Result<int> DecisionDocument::addReadings(const QVector<MetricReading> &readings)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error()).error();
    }
    auto added = m_file->monitoring().add(readings, m_actor);
    if (!added) {
        return refused(added.error()).error();
    }
    if (auto done = afterLaunch(Done{}); !done) {
        return done.error();
    }
    return added;
}

Outcome DecisionDocument::recordReview(ReviewDraft draft)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    draft.at = m_now();
    return afterLaunch(m_file->reviews().record(draft, m_actor));
}

Outcome DecisionDocument::closeCondition(int conditionId, const QString &note)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(basedOn(conditionPart(conditionId), conditionName(conditionId),
                               [&] { return m_file->reviews().closeCondition(conditionId, note, m_now(), m_actor); }));
}

Outcome DecisionDocument::carryCondition(int conditionId, const QString &newOwner, const QDate &newDue,
                                         const QString &note)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(basedOn(conditionPart(conditionId), conditionName(conditionId), [&] {
        return m_file->reviews().carryCondition(conditionId, newOwner, newDue, note, m_now(), m_actor);
    }));
}

Outcome DecisionDocument::signStable(int stakeholderId, const QString &comment)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    return afterLaunch(m_file->reviews().signStable(stakeholderId, comment, m_now(), m_actor));
}

void DecisionDocument::loadAfterDecision()
{
    // The launch is not part of the record's snapshot: it comes after the decision (an empty run if unreadable;
    // verify at open names what is wrong with the file).
    if (auto run = m_file->launch().load()) {
        m_launch = std::move(run).value();
    }
    if (auto monitoring = m_file->monitoring().load()) {
        m_monitoring = std::move(monitoring).value();
    }
    if (auto reviews = m_file->reviews().load()) {
        m_reviews = std::move(reviews).value();
    }
}

} // namespace gonogo
