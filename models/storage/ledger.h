// The record's state as a flat list of facts ("item:SEC-03/status" = "PASS"), read from the tables or replayed
// from the audit log. The audit log carries a baseline (the whole state, written at creation or when a file is
// upgraded to format 4) and, after it, one row per change: a field set, a link made or removed, or the whole new
// state of one entity (field "(all)", for risks, stakeholders, the decision and sign-offs). Verify replays the log
// and names every fact where the file and the log disagree. Must never write anything but audit rows.
#pragma once

#include "../result.h"
#include "auditlog.h"
#include "sql.h"

#include <QMap>

namespace gonogo {

// key "entity/field" -> value; a null QVariant is SQL NULL, anything else is compared as text.
using StateMap = QMap<QString, QVariant>;

class RecordLedger
{
public:
    explicit RecordLedger(const SqlSession &session) : m_session(session) {}

    Result<StateMap> read() const;                      // the whole record as the tables hold it
    Result<StateMap> read(const QString &entity) const; // one entity, e.g. "risk:R-01", "signoff:3", "decision"

    // Appends an audit row (field "(all)") holding the entity's whole state as it now stands in the tables; an
    // entity that no longer exists is written as null. Call inside the action's transaction, after the change.
    Outcome recordState(const QString &actor, const QString &action, const QString &entity,
                        const QVariant &oldValue = {}) const;
    // Appends the baseline: the whole record as it stands, the point verify replays from.
    Outcome recordBaseline(const QString &actor, const QString &why) const;

    // Replays the audit log from its last baseline and compares with the tables. Each difference is one sentence
    // naming the entity and field. Empty when they agree or when the log has no baseline (see baselineSeq()).
    Result<QStringList> differences(const QVector<AuditEntry> &entries) const;
    static qint64 baselineSeq(const QVector<AuditEntry> &entries); // 0 when there is none

    static QString encode(const StateMap &state, const QString &prefix = {});
    static bool isWhole(const AuditEntry &entry); // a row that carries a whole entity or the baseline

private:
    Outcome readInto(StateMap &state, const QString &entity) const;

    const SqlSession &m_session;
};

} // namespace gonogo
