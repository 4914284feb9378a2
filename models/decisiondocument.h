// DecisionDocument: an open decision file as the window sees it: the file (and its lock), the in-memory
// snapshot, the current assessment and the undo stack. Every edit goes repository -> snapshot -> signals, and is
// on disk before any signal tells a view about it. Never touches a widget.
#pragma once

#include "changes.h"
#include "checklisttemplate.h"
#include "engine.h"
#include "launchrun.h"
#include "meetingclock.h"
#include "monitoring.h"
#include "record.h"
#include "result.h"
#include "reviews.h"
#include "storage/auditlog.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace gonogo {

class DecisionFile;
class DocumentCommand;
class ServerWatch;

class DecisionDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDocument)

public:
    // When a decision is verified: at open (what the command line and the tests see), or when first needed (its
    // integrity problems asked for, or a change about to be written): the window opening at start-up paints first.
    // Either way nothing is ever written to a decision before it has been verified.
    enum class Verify { AtOpen, WhenNeeded };
    static Result<std::unique_ptr<DecisionDocument>> open(const QString &path, const QString &actor,
                                                          Verify when = Verify::AtOpen);
    // Creates a new decision file from CHECKLIST and closes it again; open() shows it.
    static Outcome create(const QString &path, const ChecklistTemplate &checklist, const CreateOptions &options);
    ~DecisionDocument() override;

    const QString &path() const;
    const QString &migrationBackup() const;
    const QStringList &openingNotices() const;
    bool readOnly() const;
    const Snapshot &snapshot() const { return m_snapshot; }
    const Assessment &assessment() const { return m_assessment; }
    QUndoStack *undoStack() { return &m_undo; }
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; } // from the next change on

    const Item *item(const QString &id) const;
    // of the record as it stands now, kept current edit by edit (FingerprintCache)
    const QString &fingerprint() const { return m_fingerprints.fingerprints().current; }
    const Fingerprints &fingerprints() const { return m_fingerprints.fingerprints(); }
    RecordProgress progress() const { return recordProgress(m_snapshot, fingerprints()); }
    Result<AuditHead> auditHead() const;
    // The audit rows after AFTERSEQ, oldest first (what the record prints about how sign-offs went stale).
    Result<QVector<AuditEntry>> auditEntries(qint64 afterSeq) const;
    Result<VerifyReport> verify() const;
    // What verify found when the file was opened and after the last decision or sign-off change; edits are
    // refused while it is not empty.
    const QStringList &integrityProblems() const; // verifies first, once, when opened with Verify::WhenNeeded
    // A decision on a server (decisiondocumentserver.cpp): others' changes arrive by themselves (changedElsewhere,
    // after the document shows them); while the connection is lost, online() is false and every edit is refused.
    bool onServer() const;
    bool online() const;
    QString offlineReason() const;
    Outcome copyTo(const QString &target, bool replace) const;
    SignoffState signoffState(const Signoff &s) const { return Record::state(s, fingerprints()); }

    // User edits, each one command on the undo stack (models/commands) whose redo() writes the file before the
    // document shows it. False (and editFailed) when refused; a refused edit never lands on the stack.
    bool setStatus(const QStringList &ids, Status status);
    bool setItemText(const QString &id, ItemField field, const QString &value);

    const Risk *risk(const QString &id) const;
    int riskRow(const QString &id) const;
    // Risk edits, each one undoable step written before it is shown. Refusals come back as errors (and
    // editFailed), with the file unchanged.
    Result<QString> addRisk(const RiskDraft &draft);
    Outcome updateRisk(const RiskChange &change, const QString &text = {});
    Outcome removeRisk(QString id); // by value: callers often pass a risk's own ID, which removal destroys
    Outcome setRiskLinks(const QString &id, const QStringList &itemIds);
    Outcome setMatrix(const RiskMatrix &matrix);

    // The decision and the people who sign: undoable steps too. Undo puts back exactly what was there (the earlier
    // decision with its time and author, a person with the same ID and place), so a sign-off of that record is
    // current again. Signing and withdrawing are acts of the signer, written and audited but never undone.
    Outcome recordDecision(const DecisionDraft &draft);
    Outcome addStakeholder(const QString &name, const QString &role);
    Outcome updateStakeholder(const Stakeholder &stakeholder);
    Outcome moveStakeholder(int id, int newIndex);
    Outcome removeStakeholder(int id);
    const Stakeholder *stakeholder(int id) const;
    Outcome sign(const SignoffDraft &draft);
    Outcome withdrawSignoff(int signoffId, const QString &reason);

    // The meeting (decisiondocumentmeeting.cpp). Agenda edits and poll answers are undoable steps; the clock is
    // not (its times are facts of the meeting), and reads "now" from the time source (the system clock unless a
    // test sets one).
    void setTimeSource(TimeSource source) { m_now = std::move(source); }
    QDateTime now() const { return m_now(); }
    ClockReading clockReading() const { return MeetingClock::read(m_snapshot.agenda, m_now()); }
    PollTally pollTally() const;
    Outcome clock(ClockAction action, int target = -1);
    Result<int> addAgendaStep(const AgendaStep &step, int index = -1); // the new step's ID
    Outcome updateAgendaStep(const AgendaStep &step);
    Outcome moveAgendaStep(int id, int newIndex);
    Outcome removeAgendaStep(int id);
    const AgendaStep *agendaStep(int id) const;
    Outcome answerPoll(int stakeholderId, PollAnswer answer, const QString &comment = {});
    Outcome clearPollAnswer(int stakeholderId);
    Outcome setPollRationale(const QString &rationale);

    // The launch after the decision (decisiondocumentlaunch.cpp). Its steps, go-live and rollback are facts, like
    // the clock: written at "now" from the time source, audited, never undone.
    const LaunchRun &launchRun() const { return m_launch; }
    Outcome startLaunch();
    Outcome recordLaunchStep(const QString &stepId, StepOutcome outcome, const QString &note = {});
    Outcome goLive();
    Outcome endLaunch(const QString &triggerId, const QString &rationale);
    // Before the launch starts, a step's plan (found by its ID) may change.
    Outcome editRunbookStep(const RunbookStep &step);
    // After go-live: the monitoring plan and its readings, the reviews, the conditions' follow-up and the STABLE
    // sign-off. Facts like the launch: written at "now", audited, never undone; each emits launchChanged.
    const Monitoring &monitoring() const { return m_monitoring; }
    const Reviews &reviews() const { return m_reviews; }
    QString stableFingerprint() const; // of the loaded state; empty before STABLE
    Outcome editMetric(const Metric &metric);
    Result<int> addReadings(const QVector<MetricReading> &readings);
    Outcome recordReview(ReviewDraft draft); // held now
    Outcome closeCondition(int conditionId, const QString &note);
    Outcome carryCondition(int conditionId, const QString &newOwner, const QDate &newDue, const QString &note);
    Outcome signStable(int stakeholderId, const QString &comment);

signals:
    void itemsChanged(const QStringList &ids);
    void recordChanged(); // decision, stakeholders or sign-offs changed
    void riskInserted(int row, const QString &id);
    void riskRemoved(int row, const QString &id);
    void riskChanged(int row, const QString &id);
    void matrixChanged();
    void assessmentChanged();
    void agendaChanged(); // steps, their order, or the clock's times
    void pollChanged();
    // The launch started, a step's outcome or plan, go-live, its end; a metric, reading, review, follow-up or STABLE
    // sign-off.
    void launchChanged();
    void editFailed(const QString &message);
    void changedElsewhere(const QStringList &entities); // by someone else, on a server; already shown
    void connectionChanged(bool online);

private:
    friend class DocumentCommand; // the commands write through the paths below

    DecisionDocument(std::unique_ptr<DecisionFile> file, Snapshot snapshot, QString actor);
    // Pushes COMMAND (the stack runs its first redo(), which writes); the refusal, if it was refused.
    Outcome run(DocumentCommand *command);
    void reassess(); // after anything but item fields changed
    void reassessItems(const QVector<int> &rows);
    // The write paths: one repository call, then the snapshot, the assessment and the signals.
    Outcome write(const QVector<ItemChange> &changes);
    // Reads back what storage now holds for the items of CHANGES (who changed them and when), then reassesses.
    Outcome refreshItems(const QVector<ItemChange> &changes);
    Result<Risk> writeNewRisk(const RiskDraft &draft);
    Outcome writeRisk(const RiskChange &change);
    // Reads risk ID as stored and shows it (its row, the assessment and the record follow).
    Outcome showStoredRisk(const QString &id);
    Outcome writeRiskLinks(const QString &id, const QStringList &itemIds);
    Outcome writeRiskRemoval(QString id);
    Outcome writeRiskRestore(const Risk &risk);
    Outcome writeMatrix(const RiskMatrix &matrix);
    Result<RecordedDecision> writeDecision(const DecisionDraft &draft);
    Outcome writeDecisionRestore(const std::optional<RecordedDecision> &decision);
    Result<Stakeholder> writeNewStakeholder(const QString &name, const QString &role);
    Outcome writeStakeholder(const Stakeholder &stakeholder);
    Outcome writeStakeholderMove(int id, int newIndex);
    Outcome writeStakeholderRemoval(int id);
    Outcome writeStakeholderRestore(const Stakeholder &stakeholder);
    Result<AgendaStep> writeNewAgendaStep(const AgendaStep &step, int index);
    Outcome writeAgendaStep(const AgendaStep &step);
    Outcome writeAgendaMove(int id, int newIndex);
    Outcome writeAgendaRemoval(int id);
    Outcome writeAgendaRestore(const AgendaStep &step);
    Outcome writePollAnswer(int stakeholderId, const std::optional<PollVote> &vote); // nullopt removes it
    Result<PollVote> writeNewPollAnswer(int stakeholderId, PollAnswer answer, const QString &comment);
    Outcome writePollRationale(const QString &rationale);
    Outcome agendaWritten(const Outcome &outcome); // reloads the agenda after a write
    Outcome pollWritten(const Outcome &outcome);   // reloads the poll and the record after a write
    Outcome launchWritten(const Outcome &outcome); // reloads the launch, monitoring and reviews after a write
    Outcome afterLaunch(const Outcome &outcome);   // launchWritten, with the refusal shown
    Outcome refused(const Error &error);           // reports the refusal (editFailed) and hands it on
    void refuse(const Error &error);               // the same, for the commands
    Outcome writable() const; // refused while the file fails verification, or while offline from its server
    void watchServer();
    void loadAfterDecision();                     // the launch, the monitoring and the reviews, from storage
    void takeRemote(const QStringList &entities); // empty: everything may have changed (after reconnecting)
    // takeRemote's reading and showing, without clearing the undo history (safe inside a command's redo or undo).
    void showRemote(const QStringList &entities);
    // A write of PARTS of the record (audit entities, see Basis) based on them as this window last read them: on a
    // server, refused when someone else changed one since; the window then reads everything again and shows it.
    template <typename Write> auto basedOn(const QStringList &parts, const QString &what, Write write)
    {
        beginBased(parts, what);
        auto result = write();
        endBased(parts, result ? nullptr : &result.error());
        return result;
    }
    void beginBased(const QStringList &parts, const QString &what);
    void endBased(const QStringList &parts, const Error *refusal);
    Outcome offlineRefusal() const;
    Outcome reloadRecord();
    Outcome written(const Outcome &outcome); // a record write: reloads the record after it

    std::unique_ptr<DecisionFile> m_file;
    Snapshot m_snapshot;
    Assessment m_assessment;
    AssessmentMemo m_assessmentMemo; // what the last assessment worked out per item, for the next
    FingerprintCache m_fingerprints;
    mutable QStringList m_integrityProblems; // what verify found at open and after the last record change
    mutable bool m_verified = false;
    QHash<QString, int> m_itemIndex;
    QString m_actor;
    QUndoStack m_undo;
    std::optional<Error> m_refusal; // of the command being run
    TimeSource m_now = systemTime();
    std::unique_ptr<ServerWatch> m_watch; // on a server only
    // What this window has seen of the record, as audit rows: everything up to m_seenBase (when it last read the
    // whole record) and, per part, up to where its own last write of that part committed.
    qint64 m_seenBase = 0;
    QHash<QString, qint64> m_seenParts;
    LaunchRun m_launch;
    Monitoring m_monitoring;
    Reviews m_reviews;
};

} // namespace gonogo
