// After the decision: the launch runbook (the P020 steps around go-live, T+0), the rollback triggers, and the
// launch as it runs. Plain data and pure functions of it and a time passed in, so that the schedule and its
// rules are tested at fixed times and the window and the command line agree.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace gonogo {

enum class StepOutcome { Pending, Done, Failed };
// How a launch ended before it was handed to monitoring: aborted before go-live, rolled back after it.
enum class LaunchEnd { None, Aborted, RolledBack };
enum class LaunchState { NotStarted, Running, Live, Aborted, RolledBack };
// Where a step stands at a moment: not due yet, due now (within its minutes), late (past them), or recorded.
enum class StepTiming { NotDue, Due, Late, Done, Failed };

constexpr std::array<StepOutcome, 3> allStepOutcomes{StepOutcome::Pending, StepOutcome::Done, StepOutcome::Failed};
constexpr std::array<LaunchEnd, 3> allLaunchEnds{LaunchEnd::None, LaunchEnd::Aborted, LaunchEnd::RolledBack};

QString toCode(StepOutcome o); // PENDING, DONE, FAILED
QString toCode(LaunchEnd e);   // "", ABORTED, ROLLED BACK
QString toCode(LaunchState s); // NOT STARTED, RUNNING, LIVE, ABORTED, ROLLED BACK
QString toCode(StepTiming t);  // NOT DUE, DUE, LATE, DONE, FAILED
std::optional<StepOutcome> stepOutcomeFromCode(const QString &code);
std::optional<LaunchEnd> launchEndFromCode(const QString &code);
QString displayName(StepOutcome o);
QString displayName(LaunchState s);
QString displayName(StepTiming t);

struct RollbackTrigger
{
    QString id; // RB-1
    int position = 0;
    QString condition;
};

struct RunbookStep
{
    QString id; // T-60, T+0, T+15
    int position = 0;
    int offsetMinutes = 0; // from go-live
    int durationMinutes = 5;
    QString title;
    QString ownerRole;
    QString validation; // what shows the step succeeded
    QString triggerId;  // the rollback trigger it watches, or empty
    StepOutcome outcome = StepOutcome::Pending;
    QDateTime outcomeAt;
    QString outcomeBy;
    QString note;
};

struct Launch
{
    QDateTime startedAt; // the first step began
    QString startedBy;
    QDateTime liveAt; // traffic cut over: the actual T+0
    QString liveBy;
    LaunchEnd end = LaunchEnd::None;
    QDateTime endedAt;
    QString endedBy;
    QString triggerId;
    QString rationale;
};

struct LaunchRun
{
    QVector<RunbookStep> steps; // in order
    QVector<RollbackTrigger> triggers;
    Launch launch;

    LaunchState state() const;
    const RunbookStep *step(const QString &id) const; // any letter case
    const RollbackTrigger *trigger(const QString &id) const;
    // Go-live as planned: the first step's start is the launch's start, so T+0 is that many minutes later.
    // Invalid before the launch starts.
    QDateTime plannedGoLive() const;
    // When a step is due: before go-live from the plan; the steps from T+0 on from the actual go-live once it
    // happened (a late cutover moves the validations with it).
    QDateTime dueAt(const RunbookStep &step) const;
    StepTiming timing(const RunbookStep &step, const QDateTime &now) const;
    // The steps before T+0 that are not DONE: go-live waits for them.
    QStringList notDoneBeforeGoLive() const;
    // The step the launch is on at NOW: the first not recorded, or nullptr when all are.
    const RunbookStep *current() const;
    // The launch section's own fingerprint: SHA-256 (hex) of its canonical bytes (a JSON array of every step,
    // trigger and launch fact in a fixed order), bound to the decision record's fingerprint, so the section
    // names the decision it followed. The decision's fingerprint never includes the launch.
    QString fingerprint(const QString &decisionFingerprint) const;
};

} // namespace gonogo
