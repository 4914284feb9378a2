// DecisionDocument's launch: start, a step's outcome, go-live and an early end, each written at the time source's
// "now" through the launch repository, then the launch reloaded and launchChanged.
#include "decisiondocument.h"
#include "decisionfile.h"

namespace gonogo {

Outcome DecisionDocument::launchWritten(const Outcome &outcome)
{
    if (!outcome) {
        return outcome;
    }
    auto run = m_file->launch().load();
    if (!run) {
        return run.error();
    }
    m_launch = std::move(run).value();
    emit launchChanged();
    return Done{};
}

Outcome DecisionDocument::startLaunch()
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = launchWritten(m_file->launch().start(m_now(), m_actor)); !done) {
        return refused(done.error());
    }
    return Done{};
}

Outcome DecisionDocument::recordLaunchStep(const QString &stepId, StepOutcome outcome, const QString &note)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = launchWritten(m_file->launch().record(stepId, outcome, m_now(), note, m_actor)); !done) {
        return refused(done.error());
    }
    return Done{};
}

Outcome DecisionDocument::goLive()
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = launchWritten(m_file->launch().goLive(m_now(), m_actor)); !done) {
        return refused(done.error());
    }
    return Done{};
}

Outcome DecisionDocument::endLaunch(const QString &triggerId, const QString &rationale)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = launchWritten(m_file->launch().end(triggerId, rationale, m_now(), m_actor)); !done) {
        return refused(done.error());
    }
    return Done{};
}

} // namespace gonogo
