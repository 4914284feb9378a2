// The people who sign, the decision the meeting records, and the sign-offs themselves. A sign-off is written
// with the fingerprint of the record as it stands, the audit chain head, and a seal over both bound to this
// file's record ID. Names, roles and comments are stored cleaned (no control or bidi override characters).
#pragma once

#include "../changes.h"
#include "../domain.h"
#include "../result.h"
#include "auditlog.h"
#include "sql.h"

namespace gonogo {

class DecisionRepository
{
public:
    explicit DecisionRepository(const SqlSession &session) : m_session(session) {}

    Result<std::optional<RecordedDecision>> load() const;
    // Replaces the recorded decision and its conditions, with the engine's recommendation for the file as it stands
    // (computed here, inside the transaction; returned). Refuses an empty rationale, a decision that differs from
    // the recommendation without an override rationale, and conditions without text.
    Result<Decision> record(const DecisionDraft &draft, const QString &actor) const;
    // Puts back a decision exactly as it was recorded (its time, author and recommendation included), or no
    // decision at all: what undoing a recorded decision writes. Audited as the decision's whole state.
    Outcome restore(const std::optional<RecordedDecision> &decision, const QString &actor) const;

private:
    const SqlSession &m_session;
};

class SignoffRepository
{
public:
    static constexpr int maxSignatureBytes = 256 * 1024;

    explicit SignoffRepository(const SqlSession &session) : m_session(session) {}

    Result<QVector<Stakeholder>> stakeholders() const;
    Result<int> addStakeholder(const QString &name, const QString &role, const QString &actor) const;
    Result<int> updateStakeholder(const Stakeholder &stakeholder, const QString &actor) const;
    Outcome moveStakeholder(int id, int newIndex, const QString &actor) const;
    Outcome removeStakeholder(int id, const QString &actor) const; // refused once the person has signed
    // Puts a removed stakeholder back with the same ID and position (undo of a removal, redo of an addition).
    Outcome restoreStakeholder(const Stakeholder &stakeholder, const QString &actor) const;

    Result<QVector<Signoff>> all() const;
    // Binds the sign-off to the record as it is on disk, computed inside the signing transaction.
    Result<int> sign(const SignoffDraft &draft, const QString &actor) const;
    Outcome withdraw(int signoffId, const QString &reason, const QString &actor) const;

private:
    const SqlSession &m_session;
};

// Everything in the file, read in one go through the repositories.
Result<Snapshot> readSnapshot(const SqlSession &session);

} // namespace gonogo
