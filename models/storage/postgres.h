// Everything that only PostgreSQL understands, in one place (the counterpart of sqlitefile.h): where a decision on
// a server is (its address), how to connect (QPSQL; the password comes from libpq: PGPASSWORD or ~/.pgpass, never
// from the app), the server's catalog of decisions, one schema per decision, the schema's dialect, the audit log's
// append-only guards, and the per-decision writer lock.
//
// On a server, every decision lives in a schema of its own ("d_" + its ID) holding the same tables as a file; the
// schema `gonogo` holds the catalog (which decisions there are, and the format of each). The repositories run
// unchanged with the decision's schema on the connection's search path.
#pragma once

#include "../result.h"
#include "sql.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlError;

namespace gonogo::pg {

// postgresql://[user@]host[:port]/database[?decision=ID][&sslmode=MODE]
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;     // empty: libpq's default (PGUSER, else the operating-system user)
    QString decision; // empty: the server itself (server init, server list)
    QString sslMode;  // as given, else require for any host that is not this machine, prefer for this machine

    QString schema() const; // the decision's schema: d_ + its ID with '-' as '_'
    QString shown() const;  // the address as messages name it (never a password: the app does not take one)
    QString withDecision(const QString &id) const;
};

// Whether a command-line argument names a server rather than a file.
bool isServerAddress(const QString &text);
// Parses and checks an address; a password in it, an unknown option or a bad decision ID is refused by name.
Result<ServerAddress> parseAddress(const QString &text, bool decisionRequired);
// A decision ID: 1 to 40 of a-z, 0-9 and '-', starting with a letter or digit.
bool validDecisionId(const QString &id);

// Opens a QPSQL connection under CONNECTIONNAME (the caller removes it). libpq finds the password in PGPASSWORD or
// ~/.pgpass; when it finds none and the server asks for one, the prompt set here (the window's password dialog) is
// asked once, and what it gives is kept in this process's memory for that server (reconnecting needs it), never
// written anywhere.
Result<QSqlDatabase> connect(const ServerAddress &address, const QString &connectionName);
using PasswordPrompt = std::function<std::optional<QString>(const QString &server)>;
void setPasswordPrompt(PasswordPrompt prompt);

// A server error as a sentence naming the decision; SQLSTATE classes map onto ErrorKind.
Error errorFrom(const QString &where, const QSqlError &error);

// Inside a transaction: waits for the decision's writer lock, released at commit or rollback.
Outcome lockDecision(const SqlSession &session);

// `gonogo server init`: the catalog schema, its table and the guard function, all idempotent.
Outcome initServer(const SqlSession &session);

struct CatalogEntry
{
    QString id;
    QString schema;
    int format = 0;
    QString createdAt;
    QString createdBy;
};
// Refuses a server whose catalog was never made, naming the command that makes it.
Outcome requireCatalog(const SqlSession &session, const ServerAddress &address);
// The decision's catalog entry; nullopt when the server has none of that ID. Refuses a server without the catalog
// (never initialised) with the command that initialises it.
Result<std::optional<CatalogEntry>> findDecision(const SqlSession &session, const ServerAddress &address);
// Registers a new decision and creates its empty schema (inside the caller's transaction).
Outcome registerDecision(const SqlSession &session, const ServerAddress &address, const QString &actor);
// Removes a decision whose creation failed half-way (its schema and its catalog entry).
void dropUnfinished(const SqlSession &session, const ServerAddress &address);
// Puts the decision's schema first on the connection's search path.
Outcome useDecision(const SqlSession &session, const ServerAddress &address);
// The decision's format, kept in the catalog (a file keeps it in SQLite's user_version).
Outcome setFormat(const SqlSession &session, int format);

// What `gonogo server list` and Open from Server show of each decision.
struct Listing
{
    QString id;
    QString launch;
    QString targetDate;
    QString decision; // GO, GO WITH CAUTION, NO-GO, or empty when none is recorded
    int signoffs = 0; // sign-offs not withdrawn
    int format = 0;
    QString createdAt;
    bool readable = true; // false when the database user has no part in it (then only the catalog's columns)
    QString record;       // FINAL or DRAFT (DecisionFile::listServer); empty when it could not be read
};
// The catalog, with each readable decision's launch, target date, decision and sign-offs.
Result<QList<Listing>> listDecisions(const SqlSession &session, const ServerAddress &address);

// A statement of the schema history (written for SQLite) in PostgreSQL's words; an empty string for a statement
// that only SQLite needs (its trigger syntax: the guards are installed by installAppendOnlyGuards).
QString translate(const QString &statement);

// The triggers refusing UPDATE, DELETE and TRUNCATE on the decision's audit log.
Outcome installAppendOnlyGuards(const SqlSession &session);
Result<QStringList> triggerNames(const SqlSession &session);

// Who may do what, enforced by the server: the facilitator changes everything but the audit log's past; a
// stakeholder reads, and signs or withdraws only as the stakeholder linked to their database user (row-level
// security on signoff and stable_signoff); an auditor reads. Idempotent; run after every change of format.
Outcome secureDecision(const SqlSession &session, const ServerAddress &address);
// `gonogo server grant`: gives DBUSER a part (facilitator, stakeholder or auditor); for a stakeholder, on the
// decision of ADDRESS as its stakeholder STAKEHOLDERID.
Outcome grant(const SqlSession &session, const ServerAddress &address, const QString &part, const QString &dbUser,
              int stakeholderId);
// After rows were copied in with their IDs: every identity column continues after the largest ID.
Outcome syncIdentities(const SqlSession &session);

} // namespace gonogo::pg
