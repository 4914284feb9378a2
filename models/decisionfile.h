// DecisionFile: the door into storage/ for the command line and the document (views never use it). One launch
// decision = one SQLite file, opened like a document, or one decision on a PostgreSQL server (team mode: the
// same tables in a schema of its own, see storage/postgres.h). Opening refuses anything that is
// not a healthy decision file of a version we read, and leaves such a file byte-for-byte as it was. While open,
// the file is locked against every other writer. It never creates a file except through create().
#pragma once

#include "changes.h"
#include "checklisttemplate.h"
#include "domain.h"
#include "result.h"
#include "storage/auditlog.h"
#include "storage/launchrepository.h"
#include "storage/meetingrepositories.h"
#include "storage/monitoringrepository.h"
#include "storage/postgres.h"
#include "storage/repositories.h"
#include "storage/reviewrepository.h"
#include "storage/signoffrepository.h"
#include "storage/sql.h"
#include "storage/sqlitefile.h"

#include <QTemporaryDir>

#include <memory>

namespace gonogo {

class DecisionFile final
{
public:
    // ReadOnly is for commands that only read: the file is opened read-only and not one byte of it changes. An
    // older format is read through an upgraded copy in a temporary folder. Only a crash's hot journal makes a
    // read-only open write, because the file cannot be read correctly until it is recovered.
    enum class Access { ReadWrite, ReadOnly };

    ~DecisionFile();
    DecisionFile(const DecisionFile &) = delete;
    DecisionFile &operator=(const DecisionFile &) = delete;

    static Result<std::unique_ptr<DecisionFile>> open(const QString &path, Access access = Access::ReadWrite);
    static Result<std::unique_ptr<DecisionFile>> create(const QString &path, const ChecklistTemplate &checklist,
                                                        const CreateOptions &options);
    // A server's catalog, for `gonogo server init` and `server list` (ADDRESS without a decision).
    static Outcome initServer(const QString &address);
    static Result<QList<pg::Listing>> listServer(const QString &address);
    // `gonogo server grant`: see pg::grant.
    static Outcome grantOnServer(const QString &address, const QString &part, const QString &dbUser, int stakeholderId);

    static int schemaVersion();
    static QString defaultActor(); // the operating-system user

    // The file's absolute path, or for a decision on a server its address (postgresql://host/db?decision=ID).
    const QString &path() const { return m_path; }
    bool onServer() const { return m_session && m_session->onServer(); }
    // On a server: the channel its changes are announced on (LISTEN/NOTIFY; the payload names what changed),
    // whether the connection still answers, and connecting again after it was lost.
    QString changeChannel() const;
    bool alive() const;
    Outcome reconnect();
    // The server's host and port (an empty host for a file), for reaching it without blocking before reconnect().
    QString serverHost() const;
    int serverPort() const;
    // Where the file was copied before an older schema was migrated on open; empty when no migration ran.
    const QString &migrationBackup() const { return m_backup; }
    // What opening had to do that the user must hear about: a crash recovered from the file's journal (and where
    // the copy from before it is), or a journal that was not this file's, set aside unreplayed.
    const QStringList &openingNotices() const { return m_notices; }
    // No permission to write the file or its folder, or read-only media: it can be read, printed and verified.
    bool readOnly() const { return m_readOnly; }

    const SqlSession &session() const { return *m_session; }
    ItemRepository items() const { return ItemRepository(*m_session); }
    MeetingRepository meeting() const { return MeetingRepository(*m_session); }
    RiskRepository risks() const { return RiskRepository(*m_session); }
    AuditLog audit() const { return AuditLog(*m_session); }
    DecisionRepository decisions() const { return DecisionRepository(*m_session); }
    SignoffRepository signoffs() const { return SignoffRepository(*m_session); }
    AgendaRepository agenda() const { return AgendaRepository(*m_session); }
    PollRepository poll() const { return PollRepository(*m_session); }
    LaunchRepository launch() const { return LaunchRepository(*m_session); }
    MonitoringRepository monitoring() const { return MonitoringRepository(*m_session); }
    ReviewRepository reviews() const { return ReviewRepository(*m_session); }

    Result<Snapshot> snapshot() const;
    // A consistent copy of the file as it stands, made by SQLite itself (VACUUM INTO) between transactions, never
    // a byte copy of a live file; written under a temporary name, synced and renamed into place. Refuses links,
    // devices and the file itself; replaces an existing TARGET only when asked.
    Outcome copyTo(const QString &target, bool replace = false) const;
    Result<VerifyReport> verify() const;
    // The same, with the snapshot just read from this file under its lock (what opening a window reads anyway),
    // so that it is not read a second time.
    Result<VerifyReport> verify(const Snapshot &asRead) const;

private:
    DecisionFile(QString path, QString connectionName);
    static Result<std::unique_ptr<DecisionFile>> connect(const QString &path, const QString &uri = {},
                                                         const QString &shownPath = {});
    static Result<std::unique_ptr<DecisionFile>> openForReading(const QString &path, const sqlite::Header &header);
    // A decision on a server (decisionserver.cpp): opened, created, and copied to and from.
    static Result<std::unique_ptr<DecisionFile>> openOnServer(const QString &address);
    static Result<std::unique_ptr<DecisionFile>> connectServer(const QString &address, bool decisionRequired);
    static Result<std::unique_ptr<DecisionFile>>
    createOnServer(const QString &address, const ChecklistTemplate &checklist, const CreateOptions &options);
    Outcome copyToServer(const QString &address) const;
    Outcome copyToFile(const QString &target) const; // TARGET checked by copyTo
    Outcome migrate(int from, bool keepBackup = true);

    QString m_path;
    QString m_connectionName;
    QString m_backup;
    QStringList m_notices;
    bool m_readOnly = false;
    std::unique_ptr<SqlSession> m_session;
    std::unique_ptr<QTemporaryDir> m_upgradedCopy; // read-only access to an older format
    std::optional<pg::ServerAddress> m_server;     // for a decision on a server
};

} // namespace gonogo
