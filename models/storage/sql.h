// The small vocabulary every repository speaks to Qt Sql with: run a statement, map a failure to an Error, and
// wrap one user action in one transaction. Portable SQL only; SQLite-specific statements live in sqlitefile.
#pragma once

#include "../result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace gonogo {

// Which engine a session speaks to: a local decision file (SQLite) or a decision on a server (PostgreSQL, one
// schema per decision; see postgres.h). The repositories write SQL both understand; what differs is in
// sqlitefile and postgres.
enum class Dialect { Sqlite, Postgres };

// What an edit was based on: the audit log's last row when the editor last read the parts of the record it
// changes, and those parts as audit entities ("matrix", "risk:R-01"; one ending in ':' stands for every entity of
// its kind, "stakeholder:"). A write made with a basis is refused when another writer's audit row for one of those
// parts is newer (compare-and-set for what has no version of its own: on a server, nobody overwrites what they
// have not seen). WHAT names the parts for the refusal ("the agenda").
struct Basis
{
    qint64 seenSeq = 0;
    QStringList parts;
    QString what;
};

class SqlSession
{
public:
    SqlSession(QSqlDatabase db, QString filePath, Dialect dialect = Dialect::Sqlite)
        : m_db(std::move(db)), m_path(std::move(filePath)), m_dialect(dialect)
    {
    }

    // Prepares, binds positionally and executes; forward-only.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {}) const;
    // As run(), for the few statements every edit runs (reading the item, updating it, the audit row): the
    // statement is parsed once and kept prepared for the session's life. READ, if given, reads the result before
    // the statement is reset for its next use; a statement already in use (READ running it again) is prepared
    // afresh for that use. On a server every statement is prepared afresh.
    Outcome runKept(const QString &sql, const QVariantList &binds,
                    const std::function<void(QSqlQuery &)> &read = {}) const;
    QSqlDatabase database() const { return m_db; }
    // The file's path, or the decision's address on a server (without a password): what messages name.
    const QString &filePath() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    // The moment of a change, as the schema stores it (ISO 8601 UTC with milliseconds): this computer's clock for a
    // file; the server's clock for a decision on a server, read when asked (inside the writing transaction, after
    // its lock), so that every writer's times come from one clock and the audit log's stay in order.
    QString now() const;
    bool onServer() const { return m_dialect == Dialect::Postgres; }
    Error errorFrom(const QSqlError &error) const;
    // Whether TABLE has COLUMN: a file read in the middle of an upgrade lacks the columns later formats add.
    Result<bool> hasColumn(const QString &table, const QString &column) const;

    // The basis the next transaction checks, once it holds the decision's writer lock; the transaction takes it, so
    // it applies to one write. Cleared with nullopt when a write returned before its transaction began.
    void setBasis(std::optional<Basis> basis) const { m_basis = std::move(basis); }
    std::optional<Basis> takeBasis() const { return std::exchange(m_basis, std::nullopt); }
    // The audit log's last row when the last transaction made with a basis committed: its writer has seen every
    // change to the basis's parts up to there (the check found none by others, and the rest are its own). -1 until
    // one has.
    qint64 committedHead() const { return m_committedHead; }
    void setCommittedHead(qint64 seq) const { m_committedHead = seq; }

private:
    QSqlDatabase m_db;
    QString m_path;
    Dialect m_dialect = Dialect::Sqlite;
    mutable std::optional<Basis> m_basis;
    mutable qint64 m_committedHead = -1;
    struct Kept
    {
        QSqlQuery query;
        bool inUse = false;
    };
    mutable QHash<QString, std::shared_ptr<Kept>> m_kept; // statement -> its prepared query
};

// One user action = one transaction. Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const SqlSession &session);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Error &beginError() const { return m_error; }
    bool started() const { return m_started; }
    Outcome commit();
    // For actions that count what they changed: nothing changed, nothing committed (the destructor rolls the
    // empty transaction back); otherwise commit and hand the count on.
    Result<int> commitCount(int changed);

private:
    // Refuses the transaction when another writer changed a part of BASIS since it was seen.
    Outcome check(const Basis &basis) const;

    const SqlSession &m_session;
    bool m_based = false;
    bool m_started = false;
    bool m_finished = false;
    Error m_error;
};

// The ID an INSERT ... RETURNING id gave back (both engines understand RETURNING; QSqlQuery::lastInsertId does not
// work on PostgreSQL).
qint64 insertedId(QSqlQuery &query);
QVariant nullIfEmpty(const QString &text);
QString isoUtcNow();
// Dates and times as the schema stores them: ISO 8601 text (UTC with milliseconds for moments), NULL for none.
QVariant dateValue(const QDate &d);
QDate parseDate(const QVariant &v);
QDateTime parseTime(const QVariant &v);
// A refusal of bad input, naming the file.
Error invalid(const SqlSession &session, const QString &what);

} // namespace gonogo
