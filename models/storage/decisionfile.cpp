#include "../decisionfile.h"

#include "../record.h"
#include "../wholefile.h"
#include "creation.h"
#include "fileguards.h"
#include "ledger.h"
#include "migrations.h"
#include "postgres.h"
#include "sqlitefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimeZone>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

namespace gonogo {

namespace {

// Translation context of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

// Format 4: withdrawals made before it get their seal, and the audit log gets the baseline that verify replays
// from. A file being created has no meeting yet: its baseline is written once it is filled.
Outcome upgradeToForm2(const SqlSession &session)
{
    auto meeting = session.run(QStringLiteral("SELECT record_id FROM meeting WHERE id = 1"));
    if (!meeting) {
        return meeting.error();
    }
    if (!meeting->next()) {
        return Done{};
    }
    const QString recordId = meeting->value(0).toString();
    auto snapshot = readSnapshot(session);
    if (!snapshot) {
        return snapshot.error();
    }
    const Fingerprints fingerprints = Record::fingerprints(snapshot.value());
    for (const Signoff &s : snapshot->signoffs) {
        if (Record::state(s, fingerprints) == SignoffState::Current) {
            auto q = session.run(QStringLiteral("UPDATE signoff SET upgraded_fingerprint = ? WHERE id = ?"),
                                 {fingerprints.current, s.id});
            if (!q) {
                return q.error();
            }
        }
        if (!s.withdrawnAt.isValid()) {
            continue;
        }
        auto q = session.run(QStringLiteral("UPDATE signoff SET withdraw_seal = ? WHERE id = ?"),
                             {Record::withdrawalSeal(recordId, s), s.id});
        if (!q) {
            return q.error();
        }
    }
    return RecordLedger(session).recordBaseline(
        QStringLiteral("gonogo"), QCoreApplication::translate("gonogo::Storage", "upgraded to file format 4"));
}

} // namespace

namespace storage {

// Steps of the schema history that need code as well as SQL.
Migrations::Step migrationSteps(const SqlSession &session)
{
    return [&session](int version) -> Outcome {
        if (version == 4) {
            return upgradeToForm2(session);
        }
        if (version >= 5) {
            // 5: the meeting gained its time zone (empty for a file made before); 6: the agenda and the poll;
            // 7: the launch runbook; 8: the monitoring plan; 9: the reviews and the conditions' follow-up.
            // Replay starts from here. A file being created has no meeting yet, and nothing to replay.
            auto meeting = session.run(QStringLiteral("SELECT count(*) FROM meeting"));
            if (!meeting) {
                return meeting.error();
            }
            if (!meeting->next() || meeting->value(0).toInt() == 0) {
                return Done{};
            }
            return RecordLedger(session).recordBaseline(
                QStringLiteral("gonogo"),
                QCoreApplication::translate("gonogo::Storage", "upgraded to file format %1").arg(version));
        }
        if (version != 3) {
            return Done{};
        }
        // Format 3 chains the audit log: seal what older versions wrote, give the record its identity, and put
        // the append-only guards back.
        if (auto sealed = AuditLog(session).sealUnsealed(); !sealed) {
            return sealed;
        }
        auto q = session.run(QStringLiteral("UPDATE meeting SET record_id = ? WHERE record_id = ''"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces)});
        if (!q) {
            return q.error();
        }
        return session.onServer() ? pg::installAppendOnlyGuards(session) : sqlite::installAppendOnlyGuards(session);
    };
}

// Fills a decision whose schema was just made (a new file, or a new decision on a server): the meeting, the
// checklist, the first audit entry and the baseline the log is replayed from; one transaction.
Outcome fillNew(const SqlSession &session, const ChecklistTemplate &checklist, const CreateOptions &options)
{
    const QString actor = options.actor.isEmpty() ? DecisionFile::defaultActor() : options.actor;
    const QString launch = options.launchName.trimmed().isEmpty() ? checklist.name : options.launchName.trimmed();
    const QString zone =
        options.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : options.timeZone.trimmed();
    Transaction transaction(session);
    const AuditLog audit(session);
    auto run = [&session](const QString &sql, const QVariantList &binds) -> Outcome {
        auto q = session.run(sql, binds);
        return q ? Outcome(Done{}) : Outcome(q.error());
    };
    if (auto r =
            run(QStringLiteral("INSERT INTO meeting (id, record_id, launch_name, target_date, "
                               "meeting_date, facilitator, template_name, created_at, "
                               "time_zone) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {QUuid::createUuid().toString(QUuid::WithoutBraces), launch, dateValue(options.targetDate),
                 dateValue(options.meetingDate), cleanText(options.facilitator), checklist.name, session.now(), zone});
        !r) {
        return r;
    }
    int categoryPosition = 0;
    for (const TemplateCategory &category : checklist.categories) {
        if (auto r = run(QStringLiteral("INSERT INTO category (code, name, position) VALUES (?, ?, ?)"),
                         {category.code, category.name, ++categoryPosition});
            !r) {
            return r;
        }
        int itemPosition = 0;
        for (const TemplateItem &item : category.items) {
            if (auto r = run(QStringLiteral("INSERT INTO item (id, category_code, position, title, "
                                            "description, evidence_required, critical, owner) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {item.id, category.code, ++itemPosition, item.title, item.description,
                              item.evidenceRequired, item.critical ? 1 : 0, item.owner});
                !r) {
                return r;
            }
        }
    }
    if (auto a =
            audit.append(actor, QStringLiteral("create"), QStringLiteral("meeting"), QStringLiteral("template"), {},
                         QStringLiteral("%1 (%2 items)").arg(checklist.name, QString::number(checklist.itemCount())));
        !a) {
        return a;
    }
    if (auto b = RecordLedger(session).recordBaseline(actor, QStringLiteral("created")); !b) {
        return b;
    }
    return transaction.commit();
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("gonogo-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace storage

using storage::fillNew;
using storage::migrationSteps;
using storage::newConnectionName;

namespace {

bool verifies(const QString &path)
{
    auto file = DecisionFile::open(path);
    if (!file) {
        return false;
    }
    auto report = file.value()->verify();
    return report && report->ok();
}

} // namespace

DecisionFile::DecisionFile(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

DecisionFile::~DecisionFile()
{
    if (m_session) {
        QSqlDatabase db = m_session->database();
        m_session.reset();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int DecisionFile::schemaVersion()
{
    return Migrations::latestVersion();
}

QString DecisionFile::defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<std::unique_ptr<DecisionFile>> DecisionFile::connect(const QString &path, const QString &uri,
                                                            const QString &shownPath)
{
    const bool readOnly = !uri.isEmpty();
    std::unique_ptr<DecisionFile> file(
        new DecisionFile(QFileInfo(shownPath.isEmpty() ? path : shownPath).absoluteFilePath(), newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file->m_connectionName);
    if (!db.isValid()) {
        return Error{ErrorKind::Io, Text::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).")};
    }
    db.setConnectOptions(sqlite::connectOptions());
    db.setDatabaseName(readOnly ? uri : sqlite::readWriteUri(path));
    file->m_session = std::make_unique<SqlSession>(db, file->m_path);
    if (!db.open()) {
        const Error e = file->m_session->errorFrom(db.lastError());
        return Error{e.kind == ErrorKind::Io ? ErrorKind::NotADecisionFile : e.kind,
                     Text::tr("%1 cannot be opened: %2").arg(nativePath(file->m_path), db.lastError().text())};
    }
    if (auto configured = readOnly ? sqlite::configureReadOnly(*file->m_session) : sqlite::configure(*file->m_session);
        !configured) {
        return configured.error();
    }
    file->m_readOnly = readOnly;
    return file;
}

Result<std::unique_ptr<DecisionFile>> DecisionFile::open(const QString &path, Access access)
{
    if (pg::isServerAddress(path)) {
        return openOnServer(path); // the server's own transactions give readers one state: no read-only copy
    }
    auto header = sqlite::probe(path);
    if (!header) {
        return header.error();
    }
    if (access == Access::ReadOnly && header->userVersion >= 1 && header->userVersion <= schemaVersion() &&
        !sqlite::checkJournal(path).hot) {
        return openForReading(path, header.value());
    }
    const int latest = schemaVersion();
    if (header->userVersion > latest) {
        return Error{ErrorKind::NewerVersion,
                     Text::tr("%1 was written by a newer GoNoGo (file format %2; this version reads up to %3). "
                              "Update GoNoGo to open it.")
                         .arg(nativePath(path), QString::number(header->userVersion), QString::number(latest))};
    }
    if (header->userVersion < 1) {
        return Error{ErrorKind::Damaged, Text::tr("%1 is damaged: it has no schema version.").arg(nativePath(path))};
    }
    auto journal = settleJournal(path);
    if (!journal) {
        return journal.error();
    }
    if (!journal->fileBefore.isEmpty() && header->userVersion == latest) {
        // SQLite replays the journal on the first read. A journal can look like this file's own and be a twin's
        // (another file made by the same steps): the replayed file must then verify. If it does not, but the file
        // as the crash left it does, the journal was not this file's: that file is put back and the journal set
        // aside, never replayed.
        bool replayedOk = false;
        {
            auto replayed = connect(path);
            if (replayed) {
                auto report = replayed.value()->verify();
                replayedOk = report && report->ok();
            }
        }
        if (!replayedOk && verifies(journal->fileBefore)) {
            QFile before(journal->fileBefore);
            if (!before.open(QIODevice::ReadOnly)) {
                return Error{
                    ErrorKind::Io,
                    Text::tr("%1 cannot be read: %2").arg(nativePath(journal->fileBefore), before.errorString())};
            }
            if (auto restored = WholeFile::write(path, before.readAll()); !restored) {
                return restored.error();
            }
            before.close();
            QFile::remove(journal->fileBefore);
            const QString aside = QStringLiteral("%1-journal.rejected-%2").arg(path, stampNow());
            QFile::rename(journal->journalBefore, aside);
            journal->notice = Text::tr("A journal next to %1 looked like its own but was not: replaying it broke the "
                                       "file. The file was left as it was, and the journal set aside as %2.")
                                  .arg(nativePath(path), nativePath(aside));
        }
    }
    auto connected = connect(path);
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<DecisionFile> file = std::move(connected).value();
    if (!journal->notice.isEmpty()) {
        file->m_notices << journal->notice;
    }
    const Location where = locationOf(path);
    file->m_readOnly = where.readOnly;
    if (!where.networkKind.isEmpty()) {
        file->m_notices << Text::tr("%1 is on a network file system (%2), where locking is unreliable: two people "
                                    "could change it at once. Copy it to a local disk for the meeting.")
                               .arg(nativePath(path), where.networkKind);
    }
    auto problems = sqlite::checkIntegrity(*file->m_session, false);
    if (!problems || !problems->isEmpty()) {
        return Error{ErrorKind::Damaged, Text::tr("%1 is damaged: %2")
                                             .arg(nativePath(path), problems ? problems->join(QStringLiteral("; "))
                                                                             : problems.error().message)};
    }
    if (header->userVersion < latest) {
        if (auto migrated = file->migrate(header->userVersion); !migrated) {
            return migrated.error();
        }
    }
    return file;
}

Result<std::unique_ptr<DecisionFile>> DecisionFile::openForReading(const QString &path, const sqlite::Header &header)
{
    auto connected = connect(path, sqlite::readOnlyUri(path, header));
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<DecisionFile> file = std::move(connected).value();
    auto problems = sqlite::checkIntegrity(*file->m_session, false);
    if (!problems || !problems->isEmpty()) {
        return Error{ErrorKind::Damaged, Text::tr("%1 is damaged: %2")
                                             .arg(nativePath(path), problems ? problems->join(QStringLiteral("; "))
                                                                             : problems.error().message)};
    }
    if (header.userVersion == schemaVersion()) {
        return file;
    }
    // An older format: SQLite copies it (VACUUM INTO reads through the read-only connection) and the copy is
    // upgraded; the file itself stays as it is until a change is made to it.
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid()) {
        return Error{ErrorKind::Io, Text::tr("%1 is in an older file format and no temporary folder could be made to "
                                             "read it: %2")
                                        .arg(nativePath(path), folder->errorString())};
    }
    const QString copy = folder->filePath(QStringLiteral("upgraded.gonogo"));
    if (auto q = file->m_session->run(QStringLiteral("VACUUM INTO ?"), {copy}); !q) {
        return q.error();
    }
    auto upgraded = connect(copy, {}, path);
    if (!upgraded) {
        return upgraded.error();
    }
    if (auto migrated = upgraded.value()->migrate(header.userVersion, false); !migrated) {
        return migrated.error();
    }
    upgraded.value()->m_upgradedCopy = std::move(folder);
    upgraded.value()->m_readOnly = true;
    upgraded.value()->m_notices
        << Text::tr("%1 is in an older file format (%2); it was read as it would be after an upgrade and left "
                    "unchanged. The first change made to it upgrades it.")
               .arg(nativePath(path), QString::number(header.userVersion));
    return upgraded;
}

Outcome DecisionFile::migrate(int from, bool keepBackup)
{
    auto tables = formatOfTables(*m_session);
    if (!tables) {
        return tables.error();
    }
    if (tables.value() > from) {
        return Error{ErrorKind::Damaged,
                     Text::tr("%1 is damaged: its header says file format %2, but it holds the tables of format %3.")
                         .arg(nativePath(m_path), QString::number(from), QString::number(tables.value()))};
    }
    auto backup = keepBackup ? backupCopy(m_path, from) : Result<Backup>(Backup{});
    if (!backup) {
        return backup.error();
    }
    if (auto applied =
            Migrations::apply(*m_session, Migrations::builtIn(), from, schemaVersion(), migrationSteps(*m_session));
        !applied) {
        // The upgrade rolled back and the file is as it was: a copy made for it is not needed.
        if (backup->made) {
            QFile::remove(backup->path);
        }
        return Error{applied.error().kind,
                     Text::tr("%1 could not be upgraded to the current file format; it was left as "
                              "it was. %2")
                         .arg(nativePath(m_path), applied.error().message)};
    }
    m_backup = backup->path;
    return Done{};
}

Result<std::unique_ptr<DecisionFile>> DecisionFile::create(const QString &path, const ChecklistTemplate &checklist,
                                                           const CreateOptions &options)
{
    if (checklist.itemCount() == 0) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("Cannot create %1: the checklist has no items.").arg(nativePath(path))};
    }
    // The meeting's zone: the one asked for, else this machine's (where the facilitator prepares the meeting).
    const QString zone =
        options.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : options.timeZone.trimmed();
    if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid()) {
        return Error{ErrorKind::InvalidInput, Text::tr("Cannot create %1: \"%2\" is not a time zone this system "
                                                       "knows (use a name such as Europe/Madrid).")
                                                  .arg(nativePath(path), zone)};
    }
    if (pg::isServerAddress(path)) {
        return createOnServer(path, checklist, options);
    }
    const QFileInfo target(path);
    if (auto ok = WholeFile::checkTarget(path); !ok) {
        return ok.error(); // a dangling link would otherwise have its target created
    }
    if (target.exists()) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1 already exists; choose another name or open it instead.").arg(nativePath(path))};
    }
    if (!target.absoluteDir().exists()) {
        return Error{ErrorKind::Io, Text::tr("Cannot create %1: the folder %2 does not exist.")
                                        .arg(nativePath(path), nativePath(target.absolutePath()))};
    }
    // Build the whole file under a temporary name and rename it into place, so a failure leaves nothing behind.
    auto held = HeldTemporary::create(path);
    if (!held) {
        return held.error();
    }
    const QString temporary = held.value()->path();
    {
        const QString connection = newConnectionName();
        Outcome built = Done{};
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temporary);
            if (!db.open()) {
                built =
                    Error{ErrorKind::Io, Text::tr("Cannot create %1: %2").arg(nativePath(path), db.lastError().text())};
            } else {
                SqlSession session(db, path);
                built = [&]() -> Outcome {
                    if (auto c = sqlite::configure(session); !c) {
                        return c;
                    }
                    if (auto s = sqlite::stamp(session, 0); !s) {
                        return s;
                    }
                    if (auto m = Migrations::apply(session, Migrations::builtIn(), 0, schemaVersion(),
                                                   migrationSteps(session));
                        !m) {
                        return m;
                    }
                    return fillNew(session, checklist, options);
                }();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (!built) {
            QFile::remove(temporary + QStringLiteral("-journal"));
            return built.error();
        }
    }
    // The connection is closed: closing the held descriptor can no longer drop SQLite's locks.
    if (auto placed = held.value()->placeAs(path); !placed) {
        return placed.error();
    }
    held.value().reset();
    return open(path);
}

Outcome DecisionFile::copyTo(const QString &target, bool replace) const
{
    if (pg::isServerAddress(target)) {
        return copyToServer(target);
    }
    const QFileInfo info(target);
    if (!onServer() && info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("A copy of %1 cannot replace the file itself.").arg(nativePath(m_path))};
    }
    if (auto ok = WholeFile::checkTarget(target); !ok) {
        return ok;
    }
    if (info.exists() && !replace) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1 already exists; choose another name.").arg(nativePath(target))};
    }
    if (!info.absoluteDir().exists()) {
        return Error{ErrorKind::Io, Text::tr("Cannot copy to %1: the folder %2 does not exist.")
                                        .arg(nativePath(target), nativePath(info.absolutePath()))};
    }
    if (onServer()) {
        return copyToFile(target); // a new file, filled with the server's rows
    }
    // VACUUM INTO fills the empty temporary; it does not sync what it wrote, placeAs() does.
    auto held = HeldTemporary::create(target);
    if (!held) {
        return held.error();
    }
    if (auto q = m_session->run(QStringLiteral("VACUUM INTO ?"), {held.value()->path()}); !q) {
        return q.error();
    }
    return held.value()->placeAs(target);
}

Result<Snapshot> DecisionFile::snapshot() const
{
    return readSnapshot(*m_session);
}

} // namespace gonogo
