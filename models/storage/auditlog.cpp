#include "auditlog.h"

namespace gonogo {

Outcome AuditLog::append(const QString &actor, const QString &action, const QString &entity, const QString &field,
                         const QVariant &oldValue, const QVariant &newValue) const
{
    auto q = m_session.run(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, field, old_value, "
                                          "new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {isoUtcNow(), actor, action, entity, nullIfEmpty(field), oldValue, newValue});
    if (!q) {
        return q.error();
    }
    return Done{};
}

Result<QVector<AuditEntry>> AuditLog::entries(qint64 afterSeq) const
{
    auto q = m_session.run(QStringLiteral("SELECT seq, at, actor, action, entity, field, old_value, new_value "
                                          "FROM audit_log WHERE seq > ? ORDER BY seq"),
                           {afterSeq});
    if (!q) {
        return q.error();
    }
    QVector<AuditEntry> list;
    while (q->next()) {
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6), q->value(7)});
    }
    return list;
}

Result<qint64> AuditLog::count() const
{
    auto q = m_session.run(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!q) {
        return q.error();
    }
    q->next();
    return q->value(0).toLongLong();
}

} // namespace gonogo
