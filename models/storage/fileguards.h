// Guards around a decision file on disk, before and beside SQLite: a backup before an upgrade (one per format),
// the format its tables really have, a rollback journal left by a crash (replayed only when it is the file's own),
// and where the file lives (read-only, or on a network file system). Never opens the database itself.
#pragma once

#include "../result.h"
#include "sql.h"

#include <QString>

namespace gonogo {

struct Backup
{
    QString path;
    bool made = false; // false: an identical backup was already there
};

// Copies a file that this process holds the exclusive lock on, byte for byte, through a checked whole-file write.
// One backup per format: an identical copy already there is reused, so failed or repeated upgrades do not pile up.
Result<Backup> backupCopy(const QString &path, int version);

// The newest format whose tables the file holds, whatever its header says.
Result<int> formatOfTables(const SqlSession &session);

// A journal next to the file, before SQLite may replay it. One that plainly is not this file's own (another page
// size, another change counter) is moved aside and never replayed. One that looks right is replayed by SQLite on
// opening, with the file and the journal copied first, so that opening can still undo it (see DecisionFile::open).
struct SettledJournal
{
    QString notice;        // what the user must be told; empty when there was no hot journal
    QString fileBefore;    // when replayed: the file as the crash left it
    QString journalBefore; // when replayed: the journal, under a name SQLite does not read
};

// Must run before SQLite opens the file. See SettledJournal.
Result<SettledJournal> settleJournal(const QString &path);

// Where the file lives: read-only for us, and on a network file system, where SQLite's locking cannot be trusted.
struct Location
{
    bool readOnly = false;
    QString networkKind; // "NFS", "SMB/CIFS", "FUSE (sshfs?)", "9p"; empty for a local file system
};

Location locationOf(const QString &path);

QString stampNow(); // UTC, for the names of files set aside

} // namespace gonogo
