#include "sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QUrl>
#include <QtEndian>

namespace gonogo::sqlite {

namespace {

// Translation context of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Result<Header> probe(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorKind::NotADecisionFile, Text::tr("%1 does not exist.").arg(file)};
    }
    if (info.isDir()) {
        return Error{ErrorKind::NotADecisionFile, Text::tr("%1 is a folder, not a decision file.").arg(file)};
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Text::tr("%1 cannot be read: %2").arg(file, in.errorString())};
    }
    const qint64 size = in.size();
    if (size == 0) {
        return Error{ErrorKind::NotADecisionFile, Text::tr("%1 is empty; it is not a decision file.").arg(file)};
    }
    const QByteArray header = in.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        return Error{ErrorKind::NotADecisionFile,
                     Text::tr("%1 is not a GoNoGo decision file (it is not an SQLite database).").arg(file)};
    }
    if (header.size() < 100) {
        return Error{ErrorKind::Damaged, Text::tr("%1 is damaged: the file is truncated.").arg(file)};
    }
    Header h;
    h.userVersion = static_cast<int>(be32(header, 60));
    h.applicationId = static_cast<qint32>(be32(header, 68));
    h.walFlag = header.at(18) == 2 || header.at(19) == 2;
    if (h.applicationId != applicationId) {
        return Error{ErrorKind::NotADecisionFile,
                     Text::tr("%1 is an SQLite database, but not a GoNoGo decision file.").arg(file)};
    }
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const quint32 pageCount = be32(header, 28);
    const bool pageCountValid = be32(header, 24) == be32(header, 92) && pageCount > 0;
    // A hot journal means a crash interrupted a write: SQLite restores the file from it, so the size on disk
    // says nothing yet.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const bool hotJournal = journal.exists() && journal.size() > 0;
    if (hotJournal) {
        return h;
    }
    const quint64 expected = quint64(pageCount) * pageSize;
    if (pageSize >= 512 && pageCountValid && static_cast<quint64>(size) > expected && size % pageSize != 0) {
        return Error{ErrorKind::Damaged,
                     Text::tr("%1 is damaged: it has %2 bytes after its last page that are not part of any page.")
                         .arg(file, QString::number(static_cast<quint64>(size) - expected))};
    }
    if (pageSize < 512 || size % pageSize != 0 || (pageCountValid && static_cast<quint64>(size) < expected)) {
        return Error{ErrorKind::Damaged, Text::tr("%1 is damaged: the file is truncated.").arg(file)};
    }
    return h;
}

JournalCheck checkJournal(const QString &path)
{
    JournalCheck check;
    QFile journal(path + QStringLiteral("-journal"));
    if (journal.size() <= 0 || !journal.open(QIODevice::ReadOnly)) {
        return check;
    }
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    const QByteArray head = journal.read(28);
    if (head.size() < 28 || !head.startsWith(magic)) {
        return check; // SQLite does not replay a journal without a valid header
    }
    check.hot = true;
    auto refuse = [&check](const QString &why) {
        check.belongs = false;
        check.reason = why;
        return check;
    };
    QFile db(path);
    if (!db.open(QIODevice::ReadOnly)) {
        return check;
    }
    const QByteArray dbHead = db.read(100);
    if (dbHead.size() < 100) {
        return check; // a file truncated by the crash: only the journal can mend it
    }
    quint32 dbPageSize = qFromBigEndian<quint16>(dbHead.constData() + 16);
    if (dbPageSize == 1) {
        dbPageSize = 65536;
    }
    const quint32 journalPageSize = be32(head, 24);
    const quint32 sector = be32(head, 20);
    const quint32 initialPages = be32(head, 16);
    if (journalPageSize != dbPageSize) {
        return refuse(Text::tr("its page size (%1) is not the file's (%2)")
                          .arg(QString::number(journalPageSize), QString::number(dbPageSize)));
    }
    if (sector < 32 || sector > 65536 || journalPageSize < 512 || journalPageSize > 65536) {
        return refuse(Text::tr("its header is not valid"));
    }
    // Page records follow the header sector: page number, the page as it was, a checksum.
    const quint32 dbCounter = be32(dbHead, 24);
    for (qint64 offset = sector; journal.seek(offset); offset += journalPageSize + 8) {
        const QByteArray number = journal.read(4);
        const QByteArray page = journal.read(journalPageSize);
        if (number.size() < 4 || page.size() < static_cast<int>(journalPageSize)) {
            break;
        }
        if (be32(number, 0) != 1) {
            continue;
        }
        if (!page.startsWith(QByteArray("SQLite format 3\0", 16)) || be32(page, 68) != quint32(applicationId)) {
            return refuse(Text::tr("the first page it would restore is not a GoNoGo decision file's"));
        }
        if (be32(page, 28) != initialPages) {
            return refuse(Text::tr("it disagrees with itself about the size of the file"));
        }
        const quint32 journalCounter = be32(page, 24);
        if (dbCounter != journalCounter && dbCounter != journalCounter + 1) {
            return refuse(Text::tr("it was written at change %1 of a file, but this file is at change %2")
                              .arg(QString::number(journalCounter), QString::number(dbCounter)));
        }
        return check;
    }
    return check;
}

QString connectOptions()
{
    return QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
}

QString readWriteUri(const QString &path)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("mode=rw"));
    return url.toString(QUrl::FullyEncoded);
}

QString readOnlyUri(const QString &path, const Header &header)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QUrl url = QUrl::fromLocalFile(absolute);
    const QFileInfo wal(absolute + QStringLiteral("-wal"));
    url.setQuery(header.walFlag && !(wal.exists() && wal.size() > 0) ? QStringLiteral("mode=ro&immutable=1")
                                                                     : QStringLiteral("mode=ro"));
    return url.toString(QUrl::FullyEncoded);
}

namespace {

Outcome runSettings(const SqlSession &session, std::initializer_list<QString> statements)
{
    for (const QString &sql : statements) {
        auto q = session.run(sql);
        if (!q) {
            if (q.error().kind == ErrorKind::InUse) {
                return Error{ErrorKind::InUse,
                             Text::tr("%1 is in use by another program or GoNoGo window. Close it there and try again.")
                                 .arg(QDir::toNativeSeparators(session.filePath()))};
            }
            return q.error();
        }
    }
    return Done{};
}

} // namespace

Outcome configureReadOnly(const SqlSession &session)
{
    // In exclusive locking mode the shared lock taken by the first read is kept until the connection closes.
    return runSettings(session,
                       {QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("SELECT count(*) FROM sqlite_master")});
}

Outcome configure(const SqlSession &session)
{
    // Exclusive locking mode keeps the lock once taken; the OS drops it when the process dies, so a crash
    // leaves no stale lock behind.
    return runSettings(session,
                       {QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), QStringLiteral("BEGIN EXCLUSIVE"),
                        QStringLiteral("COMMIT"), QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA synchronous = FULL")});
}

Outcome installAppendOnlyGuards(const SqlSession &session)
{
    for (const QString &sql :
         {QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                         "SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
          QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                         "SELECT RAISE(ABORT, 'audit_log is append-only'); END")}) {
        if (auto q = session.run(sql); !q) {
            return q.error();
        }
    }
    return Done{};
}

Outcome stamp(const SqlSession &session, int userVersion)
{
    auto q = session.run(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    if (!q) {
        return q.error();
    }
    return setUserVersion(session, userVersion);
}

Outcome setUserVersion(const SqlSession &session, int userVersion)
{
    auto q = session.run(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
    if (!q) {
        return q.error();
    }
    return Done{};
}

namespace {

Result<QStringList> firstColumn(const SqlSession &session, const QString &sql, int column = 0)
{
    auto q = session.run(sql);
    if (!q) {
        return q.error();
    }
    QStringList rows;
    while (q->next()) {
        rows << q->value(column).toString();
    }
    return rows;
}

} // namespace

Result<QStringList> checkIntegrity(const SqlSession &session, bool thorough)
{
    auto rows = firstColumn(session, thorough ? QStringLiteral("PRAGMA integrity_check(20)")
                                              : QStringLiteral("PRAGMA quick_check(20)"));
    if (!rows) {
        return rows;
    }
    if (rows.value() == QStringList{QStringLiteral("ok")}) {
        return QStringList{};
    }
    return rows;
}

Result<QStringList> foreignKeyProblems(const SqlSession &session)
{
    auto q = session.run(QStringLiteral("PRAGMA foreign_key_check"));
    if (!q) {
        return q.error();
    }
    QStringList problems;
    while (q->next()) {
        problems << Text::tr("row %1 of table %2 refers to a missing row of %3")
                        .arg(q->value(1).toString(), q->value(0).toString(), q->value(2).toString());
    }
    return problems;
}

Result<QStringList> triggerNames(const SqlSession &session)
{
    return firstColumn(session, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
}

Result<ConnectionSettings> readSettings(const SqlSession &session)
{
    ConnectionSettings s;
    auto one = [&session](const QString &sql) -> Result<QVariant> {
        auto q = session.run(sql);
        if (!q) {
            return q.error();
        }
        return q->next() ? q->value(0) : QVariant();
    };
    auto fk = one(QStringLiteral("PRAGMA foreign_keys"));
    auto jm = one(QStringLiteral("PRAGMA journal_mode"));
    auto sy = one(QStringLiteral("PRAGMA synchronous"));
    auto bt = one(QStringLiteral("PRAGMA busy_timeout"));
    auto lm = one(QStringLiteral("PRAGMA locking_mode"));
    for (const auto *r : {&fk, &jm, &sy, &bt, &lm}) {
        if (!*r) {
            return r->error();
        }
    }
    s.foreignKeys = fk.value().toInt() == 1;
    s.journalMode = jm.value().toString().toLower();
    s.synchronous = sy.value().toInt();
    s.busyTimeout = bt.value().toInt();
    s.lockingMode = lm.value().toString().toLower();
    return s;
}

} // namespace gonogo::sqlite
