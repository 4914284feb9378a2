#include "auditlog.h"

#include "../record.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

} // namespace

QString AuditLog::chainHash(const QString &previousHash, const AuditEntry &e)
{
    return Record::auditHash(previousHash,
                             {e.seq, e.at, e.actor, e.action, e.entity,
                              e.field.isEmpty() ? QVariant() : QVariant(e.field), e.oldValue, e.newValue},
                             e.form);
}

Result<AuditHead> AuditLog::head() const
{
    AuditHead last;
    if (auto q = m_session.runKept(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {},
                                   [&last](QSqlQuery &row) {
                                       if (row.next()) {
                                           last = AuditHead{row.value(0).toLongLong(), row.value(1).toString()};
                                       }
                                   });
        !q) {
        return q.error();
    }
    return last;
}

Outcome AuditLog::append(const QString &actor, const QString &action, const QString &entity, const QString &field,
                         const QVariant &oldValue, const QVariant &newValue) const
{
    auto last = head();
    if (!last) {
        return last.error();
    }
    AuditEntry e;
    e.seq = last->seq + 1; // we hold the file's exclusive lock: nobody else can take this number
    e.at = m_session.now();
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.field = field;
    // Store what will be read back: text for text, numbers as numbers, null for none.
    e.oldValue = oldValue.isValid() && !oldValue.isNull() ? QVariant(oldValue.toString()) : QVariant();
    e.newValue = newValue.isValid() && !newValue.isNull() ? QVariant(newValue.toString()) : QVariant();
    e.prevHash = last->hash;
    e.form = Record::currentForm;
    e.hash = chainHash(e.prevHash, e);
    return m_session.runKept(
        QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, field, old_value, new_value, prev_hash, "
                       "hash, hash_form) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.seq, e.at, e.actor, e.action, e.entity, nullIfEmpty(field), e.oldValue, e.newValue, e.prevHash, e.hash,
         e.form});
}

Result<QVector<AuditEntry>> AuditLog::entries(qint64 afterSeq) const
{
    return read(afterSeq, true);
}

Result<QVector<AuditEntry>> AuditLog::read(qint64 afterSeq, bool withForm) const
{
    // Before file format 4 there is no hash_form column: every row is of form 1.
    auto q = m_session.run(QStringLiteral("SELECT seq, at, actor, action, entity, field, old_value, new_value, "
                                          "prev_hash, hash, %1 FROM audit_log WHERE seq > ? ORDER BY seq")
                               .arg(withForm ? QStringLiteral("hash_form") : QStringLiteral("1")),
                           {afterSeq});
    if (!q) {
        return q.error();
    }
    QVector<AuditEntry> list;
    auto text = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(v.toString()); };
    while (q->next()) {
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), text(q->value(6)), text(q->value(7)),
                     q->value(8).toString(), q->value(9).toString(), q->value(10).toInt()});
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

Outcome AuditLog::sealUnsealed() const
{
    auto all = read(0, false);
    if (!all) {
        return all.error();
    }
    QString previous;
    for (const AuditEntry &e : all.value()) {
        if (e.hash.isEmpty()) {
            const QString hash = chainHash(previous, e);
            auto q = m_session.run(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"),
                                   {previous, hash, e.seq});
            if (!q) {
                return q.error();
            }
            previous = hash;
        } else {
            previous = e.hash;
        }
    }
    return Done{};
}

QStringList AuditLog::verifyChain(const QVector<AuditEntry> &entries)
{
    QString previous;
    qint64 expectedSeq = 1;
    int newestForm = 1;
    for (const AuditEntry &e : entries) {
        if (e.seq != expectedSeq) {
            return QStringList{
                Text::tr("audit log: entries %1 to %2 are missing (removed before entry %3)")
                    .arg(QString::number(expectedSeq), QString::number(e.seq - 1), QString::number(e.seq))};
        }
        if (e.hash.isEmpty()) {
            return QStringList{
                Text::tr("audit log: entry %1 is not sealed into the chain (inserted by hand?)").arg(e.seq)};
        }
        if (e.form != 1 && e.form != Record::currentForm) {
            return QStringList{Text::tr("audit log: entry %1 claims an unknown hash form %2").arg(e.seq).arg(e.form)};
        }
        if (e.form < newestForm) {
            return QStringList{Text::tr("audit log: entry %1 is hashed in an older form than the entry before it (it "
                                        "was inserted or changed by hand)")
                                   .arg(e.seq)};
        }
        newestForm = e.form;
        if (e.prevHash != previous) {
            return QStringList{Text::tr("audit log: entry %1 does not follow the entry before it (an entry was removed "
                                        "or changed)")
                                   .arg(e.seq)};
        }
        if (chainHash(previous, e) != e.hash) {
            return QStringList{Text::tr("audit log: entry %1 was changed after it was written").arg(e.seq)};
        }
        previous = e.hash;
        ++expectedSeq;
    }
    return QStringList{};
}

} // namespace gonogo
