// Everything that only SQLite understands, in one place: reading the file header without opening the database,
// the per-connection pragmas, the single-writer lock, and the integrity checks. A PostgreSQL backend would
// replace this file and keep the repositories.
#pragma once

#include "../result.h"
#include "sql.h"

#include <QString>

namespace gonogo::sqlite {

constexpr qint32 applicationId = 0x474E4F47; // "GNOG"
constexpr int busyTimeoutMs = 2000;

struct Header
{
    int userVersion = 0;
    qint32 applicationId = 0;
    bool walFlag = false; // bytes 18-19 say WAL: another SQLite program set journal_mode=WAL on the file
};

// Reads the 100-byte header straight from disk: never creates, locks or changes the file.
Result<Header> probe(const QString &path);

// A rollback journal left next to the file by a crash ("hot"): SQLite replays it into the file on the next open.
// Before that is allowed, it must be this file's own: same page size, and when it holds page 1 (every first write
// of a connection does), the page count it records must agree with itself and its change counter must be the
// file's or the one just before it. A journal from another file, or an old one of this file, is refused.
struct JournalCheck
{
    bool hot = false;    // a journal that SQLite would replay
    bool belongs = true; // when hot: safe to replay
    QString reason;      // when it does not belong: why, in words
};
JournalCheck checkJournal(const QString &path);

// Connection options for QSqlDatabase::setConnectOptions and the database name (a file: URI with mode=rw,
// so that a missing file is never created behind the user's back).
QString connectOptions();
QString readWriteUri(const QString &path);
// mode=ro, and immutable=1 when the header says WAL but no -wal file exists: SQLite would otherwise create
// -wal and -shm files beside it that a read-only connection cannot remove.
QString readOnlyUri(const QString &path, const Header &header);

// Takes the exclusive lock for the life of the connection and sets foreign_keys, journal_mode=DELETE and
// synchronous=FULL. Fails with InUse within busyTimeoutMs when another connection holds the file.
Outcome configure(const SqlSession &session);
// For a connection opened read-only (mode=ro): a shared lock held for the life of the connection, so that what
// is read is one state of the file (a writer waits) and nothing is ever written, not even the header.
Outcome configureReadOnly(const SqlSession &session);

// The triggers that refuse UPDATE and DELETE on the audit log.
Outcome installAppendOnlyGuards(const SqlSession &session);

// Stamps a new file as ours.
Outcome stamp(const SqlSession &session, int userVersion);
Outcome setUserVersion(const SqlSession &session, int userVersion);

// quick_check (fast, on open) or integrity_check (thorough, for verify); the first problems as text.
Result<QStringList> checkIntegrity(const SqlSession &session, bool thorough);
Result<QStringList> foreignKeyProblems(const SqlSession &session);
Result<QStringList> triggerNames(const SqlSession &session);

struct ConnectionSettings
{
    bool foreignKeys = false;
    QString journalMode;
    int synchronous = -1;
    int busyTimeout = -1;
    QString lockingMode;
};
Result<ConnectionSettings> readSettings(const SqlSession &session);

} // namespace gonogo::sqlite
