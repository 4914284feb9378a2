// The launch after the decision: the runbook's steps and their outcomes, the rollback triggers, and the launch's
// start, go-live and early end. Every write is one transaction with its audit rows (the whole new state of each
// row it touched, so that verify replays it), committed before the call returns; a refused write changes nothing.
#pragma once

#include "../launchrun.h"
#include "../result.h"
#include "sql.h"

namespace gonogo {

class LaunchRepository
{
public:
    explicit LaunchRepository(const SqlSession &session) : m_session(session) {}

    Result<LaunchRun> load() const;
    // Changes a step's plan (offset, minutes, title, owner role, validation, trigger), found by STEP's ID, before
    // the launch starts; the steps keep their order, with T+0's offset at 0 and the others around it.
    Outcome editStep(const RunbookStep &step, const QString &actor) const;
    // T-60 begins. Only from a FINAL record whose decision is GO or GO WITH CAUTION.
    Outcome start(const QDateTime &at, const QString &actor) const;
    // A step's validation passed (Done) or did not (Failed), with a note; a failed step may be done again once
    // fixed. The steps after go-live wait for it; T+0 itself is recorded by goLive.
    Outcome record(const QString &stepId, StepOutcome outcome, const QDateTime &at, const QString &note,
                   const QString &actor) const;
    // Traffic cut over: the actual T+0, once every step before it is done. Marks the T+0 step done.
    Outcome goLive(const QDateTime &at, const QString &actor) const;
    // Ends the launch on a rollback trigger, with the reason: ABORTED before go-live, ROLLED BACK after it.
    Outcome end(const QString &triggerId, const QString &rationale, const QDateTime &at, const QString &actor) const;

private:
    Result<LaunchRun> running(const QDateTime &at) const; // loaded, started, not ended, AT not before the start
    Outcome writeStep(const RunbookStep &step, const QString &action, const QString &actor) const; // no transaction

    const SqlSession &m_session;
};

} // namespace gonogo
