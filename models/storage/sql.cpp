#include "sql.h"

#include "../domain.h"
#include "postgres.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlError>

namespace gonogo {

namespace {

// Translation context of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

// A null QString means "no text" in our domain, never SQL NULL; SQL NULL is passed as QVariant().
QVariant boundValue(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull()) {
        return QString(QLatin1String(""));
    }
    return value;
}

} // namespace

Error SqlSession::errorFrom(const QSqlError &error) const
{
    if (m_dialect == Dialect::Postgres) {
        return pg::errorFrom(m_path, error);
    }
    const QString file = QDir::toNativeSeparators(m_path);
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {ErrorKind::InUse, Text::tr("%1 is in use by another program or GoNoGo window.").arg(file)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {ErrorKind::Damaged, Text::tr("%1 is damaged: %2").arg(file, error.databaseText())};
    case 8: // SQLITE_READONLY: no write permission on the file or its folder, or read-only media
        return {
            ErrorKind::Io,
            Text::tr("%1 is read-only here (no permission to write it or its folder, or read-only media): it can be "
                     "viewed, printed, exported and verified, but not changed.")
                .arg(file)};
    case 13: // SQLITE_FULL
        return {ErrorKind::Io, Text::tr("%1 was not changed: the disk is full.").arg(file)};
    case 19: // SQLITE_CONSTRAINT
        return {ErrorKind::InvalidInput, Text::tr("%1 refused the change: %2").arg(file, error.databaseText())};
    default:
        break;
    }
    return {ErrorKind::Io, Text::tr("Could not read or write %1: %2").arg(file, error.text())};
}

Result<bool> SqlSession::hasColumn(const QString &table, const QString &column) const
{
    auto q = run(m_dialect == Dialect::Postgres
                     ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                      "current_schema() AND table_name = ? AND column_name = ?")
                     : QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
                 {table, column});
    if (!q) {
        return q.error();
    }
    return q->next() && q->value(0).toInt() > 0;
}

Result<QSqlQuery> SqlSession::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (m_dialect == Dialect::Postgres && binds.isEmpty()) {
        // QPSQL prepares with PREPARE, which takes no schema statements (CREATE, SET, ...): run them as they are.
        if (!query.exec(sql)) {
            return errorFrom(query.lastError());
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return errorFrom(query.lastError());
    }
    for (const QVariant &value : binds) {
        query.addBindValue(boundValue(value));
    }
    if (!query.exec()) {
        return errorFrom(query.lastError());
    }
    return query;
}

Outcome SqlSession::runKept(const QString &sql, const QVariantList &binds,
                            const std::function<void(QSqlQuery &)> &read) const
{
    std::shared_ptr<Kept> kept = m_kept.value(sql);
    if (m_dialect == Dialect::Postgres || (kept && kept->inUse)) {
        auto q = run(sql, binds);
        if (!q) {
            return q.error();
        }
        if (read) {
            read(q.value());
        }
        return Done{};
    }
    if (!kept) {
        kept = std::make_shared<Kept>(Kept{QSqlQuery(m_db), false});
        kept->query.setForwardOnly(true);
        if (!kept->query.prepare(sql)) {
            return errorFrom(kept->query.lastError());
        }
        m_kept.insert(sql, kept);
    }
    QSqlQuery &query = kept->query;
    for (int i = 0; i < binds.size(); ++i) {
        query.bindValue(i, boundValue(binds.at(i)));
    }
    if (!query.exec()) {
        const Error e = errorFrom(query.lastError());
        m_kept.remove(sql); // prepared afresh next time
        return e;
    }
    if (read) {
        kept->inUse = true;
        read(query);
        kept->inUse = false;
    }
    query.finish(); // reset: no statement is left running between edits (VACUUM and schema changes need none)
    return Done{};
}

Transaction::Transaction(const SqlSession &session) : m_session(session)
{
    QSqlDatabase db = session.database();
    m_started = db.transaction();
    if (!m_started) {
        m_error = session.errorFrom(db.lastError());
        return;
    }
    if (session.onServer()) {
        // SQLite's file lock makes one writer at a time; on a server, writers of one decision take turns on its
        // advisory lock, so that the audit chain stays one chain.
        if (auto locked = pg::lockDecision(session); !locked) {
            m_error = locked.error();
            db.rollback();
            m_started = false;
            return;
        }
    }
    if (auto basis = session.takeBasis()) {
        m_based = true;
        if (auto current = check(*basis); !current) {
            m_error = current.error();
            db.rollback();
            m_started = false;
        }
    }
}

Outcome Transaction::check(const Basis &basis) const
{
    if (basis.parts.isEmpty()) {
        return Done{};
    }
    // The newest row about one of the parts (a part ending in ':' stands for every entity it begins).
    QStringList matches;
    QVariantList binds{basis.seenSeq};
    for (const QString &part : basis.parts) {
        if (part.endsWith(QLatin1Char(':'))) {
            matches << QStringLiteral("substr(entity, 1, %1) = ?").arg(part.size());
        } else {
            matches << QStringLiteral("entity = ?");
        }
        binds << part;
    }
    auto q = m_session.run(QStringLiteral("SELECT actor, at FROM audit_log WHERE seq > ? AND (%1) "
                                          "ORDER BY seq DESC LIMIT 1")
                               .arg(matches.join(QStringLiteral(" OR "))),
                           binds);
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        return Error{ErrorKind::InUse,
                     Text::tr("%1 changed %2 at %3, after this window last showed it. Your change was not "
                              "made; what is stored now is shown.")
                         .arg(q->value(0).toString(), basis.what, localTimeText(parseTime(q->value(1))))};
    }
    return Done{};
}

Transaction::~Transaction()
{
    if (m_started && !m_finished) {
        m_session.database().rollback();
    }
}

Outcome Transaction::commit()
{
    if (!m_started) {
        return m_error;
    }
    QSqlDatabase db = m_session.database();
    m_finished = true;
    qint64 head = -1;
    if (m_based) {
        // Still under the writer lock: every row up to here is either seen by the writer or its own.
        auto last = m_session.run(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
        if (!last) {
            db.rollback();
            return last.error();
        }
        head = last->next() ? last->value(0).toLongLong() : -1;
        last->finish(); // SQLite refuses to commit while a statement is still open
    }
    if (!db.commit()) {
        const Error error = m_session.errorFrom(db.lastError());
        db.rollback();
        return error;
    }
    if (m_based) {
        m_session.setCommittedHead(head);
    }
    return Done{};
}

Result<int> Transaction::commitCount(int changed)
{
    if (changed == 0) {
        return 0;
    }
    if (auto c = commit(); !c) {
        return c.error();
    }
    return changed;
}

qint64 insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : -1;
    query.finish(); // SQLite refuses to commit while a statement is still open
    return id;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString SqlSession::now() const
{
    if (m_dialect == Dialect::Postgres) {
        auto q = run(QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                                    "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
        if (q && q->next()) {
            return q->value(0).toString();
        }
    }
    return isoUtcNow();
}

QString isoUtcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate parseDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime parseTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Error invalid(const SqlSession &session, const QString &what)
{
    return {ErrorKind::InvalidInput, Text::tr("%1: %2").arg(QDir::toNativeSeparators(session.filePath()), what)};
}

} // namespace gonogo
