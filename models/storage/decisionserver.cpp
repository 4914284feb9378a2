// A decision on a PostgreSQL server (team mode): opening it, creating it, the server's catalog, and copying a
// decision between a file and a server, both ways, with the same record ID, audit chain and fingerprint.
#include "../decisionfile.h"

#include "../record.h"
#include "../wholefile.h"
#include "creation.h"
#include "postgres.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

#include <functional>

namespace gonogo {

namespace {

// Translation context of the storage layer.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

Error noSuchDecision(const pg::ServerAddress &address)
{
    return Error{ErrorKind::NotADecisionFile,
                 Text::tr("There is no decision \"%1\" on %2 (\"gonogo server list %2\" lists the decisions there).")
                     .arg(address.decision, address.withDecision({}))};
}

// Makes a new, empty decision on the server at the current format, then runs FILL; a failure anywhere removes
// what was made, so the catalog never lists a half-made decision.
Outcome makeOnServer(const SqlSession &session, const pg::ServerAddress &address, const QString &actor,
                     const std::function<Outcome()> &fill)
{
    auto entry = pg::findDecision(session, address);
    if (!entry) {
        return entry.error();
    }
    if (entry->has_value()) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1 already exists; a decision on a server is never replaced (its audit log is "
                              "append-only). Choose another decision ID.")
                         .arg(address.shown())};
    }
    Outcome built = [&]() -> Outcome {
        {
            Transaction transaction(session);
            if (!transaction.started()) {
                return transaction.beginError();
            }
            if (auto registered = pg::registerDecision(session, address, actor); !registered) {
                return registered;
            }
            if (auto committed = transaction.commit(); !committed) {
                return committed;
            }
        }
        if (auto m = Migrations::apply(session, Migrations::builtIn(), 0, DecisionFile::schemaVersion(),
                                       storage::migrationSteps(session));
            !m) {
            return m;
        }
        if (auto secured = pg::secureDecision(session, address); !secured) {
            return secured;
        }
        return fill();
    }();
    if (!built) {
        pg::dropUnfinished(session, address);
    }
    return built;
}

} // namespace

namespace storage {

QStringList tablesInOrder()
{
    static const QStringList tables = [] {
        static const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+)"),
                                               QRegularExpression::CaseInsensitiveOption);
        QStringList list;
        for (const QString &script : Migrations::builtIn()) {
            for (const QString &statement : Migrations::statements(script)) {
                if (const auto m = create.match(statement); m.hasMatch()) {
                    list << m.captured(1);
                }
            }
        }
        return list;
    }();
    return tables;
}

Outcome copyRows(const SqlSession &from, const SqlSession &to)
{
    Transaction transaction(to);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    const QStringList tables = tablesInOrder();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (*table == QLatin1String("audit_log")) {
            continue; // a new decision's log is empty, and its guards refuse DELETE
        }
        if (auto q = to.run(QStringLiteral("DELETE FROM %1").arg(*table)); !q) {
            return q.error();
        }
    }
    for (const QString &table : tables) {
        auto rows = from.run(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        if (!rows) {
            return rows.error();
        }
        const QSqlRecord record = rows->record();
        QStringList columns;
        QStringList marks;
        for (int c = 0; c < record.count(); ++c) {
            columns << record.fieldName(c);
            marks << QStringLiteral("?");
        }
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        while (rows->next()) {
            QVariantList values;
            for (int c = 0; c < record.count(); ++c) {
                values << (rows->isNull(c) ? QVariant() : rows->value(c));
            }
            if (auto q = to.run(insert, values); !q) {
                return q.error();
            }
        }
    }
    if (to.onServer()) {
        if (auto synced = pg::syncIdentities(to); !synced) {
            return synced;
        }
    }
    return transaction.commit();
}

} // namespace storage

Result<std::unique_ptr<DecisionFile>> DecisionFile::connectServer(const QString &address, bool decisionRequired)
{
    auto parsed = pg::parseAddress(address, decisionRequired);
    if (!parsed) {
        return parsed.error();
    }
    std::unique_ptr<DecisionFile> file(new DecisionFile(parsed->shown(), storage::newConnectionName()));
    auto db = pg::connect(parsed.value(), file->m_connectionName);
    if (!db) {
        return db.error();
    }
    file->m_session = std::make_unique<SqlSession>(db.value(), file->m_path, Dialect::Postgres);
    file->m_server = parsed.value();
    return file;
}

QString DecisionFile::changeChannel() const
{
    return m_server ? m_server->schema() : QString();
}

bool DecisionFile::alive() const
{
    if (!m_server || !m_session->database().isOpen()) {
        return false;
    }
    return m_session->run(QStringLiteral("SELECT 1")).ok();
}

QString DecisionFile::serverHost() const
{
    return m_server ? m_server->host : QString();
}

int DecisionFile::serverPort() const
{
    return m_server ? m_server->port : 0;
}

Outcome DecisionFile::reconnect()
{
    if (!m_server) {
        return Done{};
    }
    QSqlDatabase db = m_session->database();
    db.close();
    if (!db.open()) {
        return Error{ErrorKind::Io, Text::tr("Cannot connect to %1: %2").arg(m_path, db.lastError().text().trimmed())};
    }
    (void)m_session->run(QStringLiteral("SET client_min_messages TO warning"));
    return pg::useDecision(*m_session, m_server.value());
}

Result<std::unique_ptr<DecisionFile>> DecisionFile::openOnServer(const QString &address)
{
    auto connected = connectServer(address, true);
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<DecisionFile> file = std::move(connected).value();
    const pg::ServerAddress where = pg::parseAddress(address, true).value();
    auto entry = pg::findDecision(*file->m_session, where);
    if (!entry) {
        return entry.error();
    }
    if (!entry->has_value() || entry->value().format == 0) {
        return noSuchDecision(where);
    }
    const int format = entry->value().format;
    const int latest = schemaVersion();
    if (format > latest) {
        return Error{ErrorKind::NewerVersion,
                     Text::tr("%1 was written by a newer GoNoGo (format %2; this version reads up to %3). Update "
                              "GoNoGo to open it.")
                         .arg(file->m_path, QString::number(format), QString::number(latest))};
    }
    if (auto used = pg::useDecision(*file->m_session, where); !used) {
        return used.error();
    }
    if (format < latest) {
        // Only the decision's owner (the role that owns its schema) may change its tables: anyone else would get
        // "permission denied" half-way. Say who can.
        auto owner = file->m_session->run(
            QStringLiteral("SELECT pg_get_userbyid(nspowner), pg_has_role(current_user, nspowner, 'USAGE') "
                           "FROM pg_namespace WHERE nspname = current_schema()"));
        if (!owner) {
            return owner.error();
        }
        if (owner->next() && !owner->value(1).toBool()) {
            return Error{
                ErrorKind::InvalidInput,
                Text::tr("%1 is in an older format (%2) and must be upgraded to format %3 before this version "
                         "of GoNoGo can open it. Only its owner on the server, database user \"%4\", can "
                         "upgrade it: ask them to open it once with this version (the window, or \"gonogo "
                         "verify\" on its address); it then opens for everyone. Nothing was changed.")
                    .arg(file->m_path, QString::number(format), QString::number(latest), owner->value(0).toString())};
        }
        // The server keeps its own backups; the upgrade is one transaction, all or nothing.
        if (auto migrated = Migrations::apply(*file->m_session, Migrations::builtIn(), format, latest,
                                              storage::migrationSteps(*file->m_session));
            !migrated) {
            return Error{migrated.error().kind,
                         Text::tr("%1 could not be upgraded to the current format; it was left as it was. %2")
                             .arg(file->m_path, migrated.error().message)};
        }
        if (auto secured = pg::secureDecision(*file->m_session, where); !secured) {
            return secured.error(); // the tables a format adds get their grants and policies
        }
    }
    return file;
}

Result<std::unique_ptr<DecisionFile>>
DecisionFile::createOnServer(const QString &address, const ChecklistTemplate &checklist, const CreateOptions &options)
{
    auto connected = connectServer(address, true);
    if (!connected) {
        return connected.error();
    }
    const SqlSession &session = connected.value()->session();
    const pg::ServerAddress where = pg::parseAddress(address, true).value();
    const QString actor = options.actor.isEmpty() ? defaultActor() : options.actor;
    if (auto made = makeOnServer(session, where, actor, [&] { return storage::fillNew(session, checklist, options); });
        !made) {
        return made.error();
    }
    connected.value().reset();
    return open(address);
}

Outcome DecisionFile::initServer(const QString &address)
{
    auto connected = connectServer(address, false);
    if (!connected) {
        return connected.error();
    }
    return pg::initServer(connected.value()->session());
}

Outcome DecisionFile::grantOnServer(const QString &address, const QString &part, const QString &dbUser,
                                    int stakeholderId)
{
    auto connected = connectServer(address, false);
    if (!connected) {
        return connected.error();
    }
    return pg::grant(connected.value()->session(), pg::parseAddress(address, false).value(), part, dbUser,
                     stakeholderId);
}

Result<QList<pg::Listing>> DecisionFile::listServer(const QString &address)
{
    auto connected = connectServer(address, false);
    if (!connected) {
        return connected.error();
    }
    const SqlSession &session = connected.value()->session();
    const pg::ServerAddress server = pg::parseAddress(address, false).value();
    auto list = pg::listDecisions(session, server);
    if (!list) {
        return list;
    }
    // The record's status needs the record itself: each decision of the current format is read, as opening it
    // would, and its sign-offs are checked against its fingerprint.
    for (pg::Listing &l : list.value()) {
        if (!l.readable || l.format != schemaVersion()) {
            continue;
        }
        pg::ServerAddress one = server;
        one.decision = l.id;
        if (!pg::useDecision(session, one)) {
            continue;
        }
        if (auto snap = readSnapshot(session)) {
            l.record = recordProgress(snap.value(), Record::fingerprints(snap.value())).status == RecordStatus::Final
                           ? QStringLiteral("FINAL")
                           : QStringLiteral("DRAFT");
        }
    }
    return list;
}

Outcome DecisionFile::copyToServer(const QString &address) const
{
    auto connected = connectServer(address, true);
    if (!connected) {
        return connected.error();
    }
    const SqlSession &server = connected.value()->session();
    const pg::ServerAddress where = pg::parseAddress(address, true).value();
    return makeOnServer(server, where, defaultActor(), [&] { return storage::copyRows(*m_session, server); });
}

Outcome DecisionFile::copyToFile(const QString &target) const
{
    auto held = HeldTemporary::create(target);
    if (!held) {
        return held.error();
    }
    const QString connection = storage::newConnectionName();
    Outcome built = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(held.value()->path());
        if (!db.open()) {
            built =
                Error{ErrorKind::Io, Text::tr("Cannot copy to %1: %2").arg(nativePath(target), db.lastError().text())};
        } else {
            const SqlSession file(db, target);
            built = [&]() -> Outcome {
                if (auto c = sqlite::configure(file); !c) {
                    return c;
                }
                if (auto s = sqlite::stamp(file, 0); !s) {
                    return s;
                }
                if (auto m = Migrations::apply(file, Migrations::builtIn(), 0, schemaVersion(),
                                               storage::migrationSteps(file));
                    !m) {
                    return m;
                }
                return storage::copyRows(*m_session, file);
            }();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!built) {
        QFile::remove(held.value()->path() + QStringLiteral("-journal"));
        return built;
    }
    return held.value()->placeAs(target);
}

} // namespace gonogo
