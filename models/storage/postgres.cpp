#include "postgres.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace gonogo::pg {

namespace {

// Translation context of the storage layer.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

bool isThisMachine(const QString &host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost") ||
           host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

Outcome exec(const SqlSession &session, const QString &sql, const QVariantList &binds = {})
{
    auto q = session.run(sql, binds);
    return q ? Outcome(Done{}) : Outcome(q.error());
}

} // namespace

QString ServerAddress::schema() const
{
    return QStringLiteral("d_") + QString(decision).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString ServerAddress::shown() const
{
    return decision.isEmpty() ? withDecision({}) : withDecision(decision);
}

QString ServerAddress::withDecision(const QString &id) const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    }
    text += host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    if (port != 5432) {
        text += QLatin1Char(':') + QString::number(port);
    }
    text += QLatin1Char('/') + database;
    if (!id.isEmpty()) {
        text += QStringLiteral("?decision=") + id;
    }
    return text;
}

bool isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool validDecisionId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    return pattern.match(id).hasMatch();
}

Result<ServerAddress> parseAddress(const QString &text, bool decisionRequired)
{
    const QUrl url(text, QUrl::StrictMode);
    // Messages never repeat a password written into the address.
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : text;
    auto bad = [&shown](const QString &why) {
        return Error{ErrorKind::InvalidInput, Text::tr("\"%1\" is not a decision on a server: %2").arg(shown, why)};
    };
    if (!isServerAddress(text) || !url.isValid()) {
        return bad(Text::tr("write postgresql://host:port/database?decision=ID"));
    }
    if (!url.password().isEmpty()) {
        return bad(Text::tr("a password does not belong in the address, where it would be seen and kept; put it in "
                            "~/.pgpass or PGPASSWORD"));
    }
    ServerAddress address;
    address.host = url.host();
    address.user = url.userName();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.host.isEmpty()) {
        return bad(Text::tr("the server's host name is missing"));
    }
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/'))) {
        return bad(Text::tr("name one database after the host, as in postgresql://host/database"));
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("decision")) {
            if (!validDecisionId(value)) {
                return bad(Text::tr("the decision ID \"%1\" must be 1 to 40 lower-case letters, digits and hyphens")
                               .arg(value));
            }
            address.decision = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value)) {
                return bad(
                    Text::tr("sslmode \"%1\" is not one of %2").arg(value, sslModes().join(QStringLiteral(", "))));
            }
            address.sslMode = value;
        } else {
            return bad(Text::tr("the option \"%1\" is not known (decision and sslmode are)").arg(key));
        }
    }
    if (decisionRequired && address.decision.isEmpty()) {
        return bad(Text::tr("name the decision with ?decision=ID"));
    }
    if (address.sslMode.isEmpty()) {
        address.sslMode = isThisMachine(address.host) ? QStringLiteral("prefer") : QStringLiteral("require");
    }
    return address;
}

namespace {

struct Passwords
{
    QMutex lock;
    PasswordPrompt prompt;
    QHash<QString, QString> given; // server (its address without a decision) -> what the prompt gave
};

Passwords &passwords()
{
    static Passwords p;
    return p;
}

} // namespace

void setPasswordPrompt(PasswordPrompt prompt)
{
    QMutexLocker locked(&passwords().lock);
    passwords().prompt = std::move(prompt);
}

Result<QSqlDatabase> connect(const ServerAddress &address, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        return Error{ErrorKind::Io,
                     Text::tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).")};
    }
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    // A dead network must not freeze a window: data unacknowledged for 5 s, or a silent connection after three
    // missed keepalives, fails the call instead of leaving it waiting for minutes.
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=5;application_name=gonogo;keepalives=1;"
                                        "keepalives_idle=10;keepalives_interval=3;keepalives_count=3;"
                                        "tcp_user_timeout=5000")
                             .arg(address.sslMode));
    const QString server = address.withDecision({});
    PasswordPrompt prompt;
    {
        QMutexLocker locked(&passwords().lock);
        db.setPassword(passwords().given.value(server));
        prompt = passwords().prompt;
    }
    bool opened = db.open();
    if (!opened && prompt && db.password().isEmpty() &&
        db.lastError().text().contains(QLatin1String("no password supplied"))) {
        if (const std::optional<QString> typed = prompt(server)) {
            db.setPassword(*typed);
            opened = db.open();
            if (opened) {
                QMutexLocker locked(&passwords().lock);
                passwords().given.insert(server, *typed);
            }
        }
    }
    if (!opened) {
        QString why = db.lastError().text().trimmed();
        if (why.contains(QLatin1String("no password supplied")) ||
            why.contains(QLatin1String("password authentication failed"))) {
            why += QLatin1Char(' ') + Text::tr("(GoNoGo takes the password from PGPASSWORD or ~/.pgpass.)");
        }
        return Error{ErrorKind::Io, Text::tr("Cannot connect to %1: %2").arg(address.shown(), why)};
    }
    // The server's notices ("already exists, skipping") are not for the user's terminal.
    QSqlQuery quiet(db);
    quiet.exec(QStringLiteral("SET client_min_messages TO warning"));
    return db;
}

Error errorFrom(const QString &where, const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    // The server's words on one line: its messages carry "LINE 1: ..." and a caret on lines of their own.
    QString text = (error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText()).trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:"))) {
        text = text.mid(6).trimmed();
    }
    if (state.startsWith(QLatin1String("23")) || state == QLatin1String("P0001")) {
        return {ErrorKind::InvalidInput, Text::tr("%1 refused the change: %2").arg(where, text)};
    }
    if (state == QLatin1String("42501")) {
        return {ErrorKind::InvalidInput,
                Text::tr("%1 refused: the server does not allow it to this user (%2)").arg(where, text)};
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")) {
        return {ErrorKind::InUse, Text::tr("%1 is being changed by someone else; try again.").arg(where)};
    }
    if (state == QLatin1String("53100")) {
        return {ErrorKind::Io, Text::tr("%1 was not changed: the server's disk is full.").arg(where)};
    }
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))) {
        return {ErrorKind::Io, Text::tr("The connection to %1 was lost: %2").arg(where, text)};
    }
    return {ErrorKind::Io, Text::tr("Could not read or write %1: %2").arg(where, text)};
}

Outcome lockDecision(const SqlSession &session)
{
    return exec(session, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema()))"));
}

Outcome initServer(const SqlSession &session)
{
    Transaction transaction(session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    const QStringList statements{
        // Two inits at once would both create: they take turns.
        QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('gonogo catalog'))"),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS gonogo"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS gonogo.decision ("
                       "id TEXT PRIMARY KEY, schema_name TEXT NOT NULL UNIQUE, format INTEGER NOT NULL DEFAULT 0, "
                       "created_at TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE OR REPLACE FUNCTION gonogo.append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"),
        // Every entry appended to a decision's log is announced to the windows that have it open, on the channel
        // named after its schema, with the entity it is about (delivered when the change commits).
        QStringLiteral("CREATE OR REPLACE FUNCTION gonogo.announce() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN PERFORM pg_notify(TG_TABLE_SCHEMA, NEW.entity); RETURN NULL; END $$"),
        // Who signs as which stakeholder of which decision: the link row-level security checks a sign-off against.
        QStringLiteral("CREATE TABLE IF NOT EXISTS gonogo.signer (decision_id TEXT NOT NULL REFERENCES gonogo.decision "
                       "(id) ON DELETE CASCADE, stakeholder_id INTEGER NOT NULL, db_user TEXT NOT NULL, "
                       "PRIMARY KEY (decision_id, stakeholder_id), UNIQUE (decision_id, db_user))"),
        // The three parts a database user can be given (gonogo server grant), as group roles.
        QStringLiteral("DO $$ DECLARE r TEXT; BEGIN FOREACH r IN ARRAY ARRAY['gonogo_facilitator', "
                       "'gonogo_stakeholder', 'gonogo_auditor'] LOOP IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname "
                       "= r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF; END LOOP; "
                       "EXECUTE format('GRANT CREATE ON DATABASE %I TO gonogo_facilitator', current_database()); "
                       "END $$"),
        QStringLiteral("GRANT USAGE ON SCHEMA gonogo TO gonogo_facilitator, gonogo_stakeholder, gonogo_auditor"),
        QStringLiteral("GRANT SELECT ON gonogo.decision, gonogo.signer TO gonogo_facilitator, gonogo_stakeholder, "
                       "gonogo_auditor"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON gonogo.decision, gonogo.signer TO gonogo_facilitator"),
    };
    for (const QString &sql : statements) {
        if (auto done = exec(session, sql); !done) {
            return done;
        }
    }
    return transaction.commit();
}

Outcome requireCatalog(const SqlSession &session, const ServerAddress &address)
{
    auto catalog = session.run(QStringLiteral("SELECT to_regclass('gonogo.decision') IS NOT NULL"));
    if (!catalog) {
        return catalog.error();
    }
    if (!catalog->next() || !catalog->value(0).toBool()) {
        return Error{ErrorKind::NotADecisionFile,
                     Text::tr("%1 holds no GoNoGo decisions yet; set it up with \"gonogo server init %1\".")
                         .arg(address.withDecision({}))};
    }
    return Done{};
}

Result<std::optional<CatalogEntry>> findDecision(const SqlSession &session, const ServerAddress &address)
{
    if (auto ready = requireCatalog(session, address); !ready) {
        return ready.error();
    }
    auto q = session.run(
        QStringLiteral("SELECT id, schema_name, format, created_at, created_by FROM gonogo.decision WHERE id = ?"),
        {address.decision});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<CatalogEntry>();
    }
    return std::optional<CatalogEntry>(CatalogEntry{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                                                    q->value(3).toString(), q->value(4).toString()});
}

Outcome registerDecision(const SqlSession &session, const ServerAddress &address, const QString &actor)
{
    if (auto done = exec(session,
                         QStringLiteral("INSERT INTO gonogo.decision (id, schema_name, format, created_at, created_by) "
                                        "VALUES (?, ?, 0, ?, ?)"),
                         {address.decision, address.schema(), session.now(), actor});
        !done) {
        return done;
    }
    if (auto done = exec(session, QStringLiteral("CREATE SCHEMA %1").arg(address.schema())); !done) {
        return done;
    }
    return useDecision(session, address);
}

void dropUnfinished(const SqlSession &session, const ServerAddress &address)
{
    // Best effort: when the connection itself was lost, the entry stays at format 0, which is neither listed nor
    // opened, and the next attempt under that ID is told it exists.
    (void)session.run(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(address.schema()));
    (void)session.run(QStringLiteral("DELETE FROM gonogo.decision WHERE id = ?"), {address.decision});
}

Outcome useDecision(const SqlSession &session, const ServerAddress &address)
{
    // The schema name is made only of checked characters (validDecisionId), so it can be written into the SQL.
    return exec(session, QStringLiteral("SET search_path TO %1, gonogo").arg(address.schema()));
}

Outcome setFormat(const SqlSession &session, int format)
{
    return exec(session, QStringLiteral("UPDATE gonogo.decision SET format = ? WHERE schema_name = current_schema()"),
                {format});
}

Result<QList<Listing>> listDecisions(const SqlSession &session, const ServerAddress &address)
{
    if (auto ready = requireCatalog(session, address); !ready) {
        return ready.error();
    }
    auto q = session.run(QStringLiteral("SELECT id, schema_name, format, created_at, "
                                        "has_schema_privilege(schema_name, 'USAGE') FROM gonogo.decision ORDER BY id"));
    if (!q) {
        return q.error();
    }
    QList<Listing> list;
    QStringList schemas;
    while (q->next()) {
        Listing l;
        l.id = q->value(0).toString();
        l.format = q->value(2).toInt();
        l.createdAt = q->value(3).toString();
        l.readable = q->value(4).toBool();
        schemas << q->value(1).toString();
        list << l;
    }
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].format == 0 || !list[i].readable) {
            continue; // being created, or none of this user's business
        }
        const QString s = schemas.at(i);
        auto m = session.run(QStringLiteral("SELECT m.launch_name, m.target_date, "
                                            "(SELECT decision FROM %1.decision WHERE id = 1), "
                                            "(SELECT count(*) FROM %1.signoff WHERE withdrawn_at IS NULL) "
                                            "FROM %1.meeting m WHERE m.id = 1")
                                 .arg(s));
        if (!m) {
            return m.error();
        }
        if (m->next()) {
            list[i].launch = m->value(0).toString();
            list[i].targetDate = m->value(1).toString();
            list[i].decision = m->value(2).toString();
            list[i].signoffs = m->value(3).toInt();
        }
    }
    return list;
}

QString translate(const QString &statement)
{
    static const QRegularExpression sqliteOnly(QStringLiteral("^(CREATE|DROP)\\s+TRIGGER\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (sqliteOnly.match(statement).hasMatch()) {
        return {};
    }
    QString s = statement;
    static const QRegularExpression autoIncrement(QStringLiteral("\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b"));
    s.replace(autoIncrement, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    // SQLite gives an "id INTEGER PRIMARY KEY" the next number when none is written; PostgreSQL, an identity.
    static const QRegularExpression rowId(QStringLiteral("\\bid INTEGER PRIMARY KEY(?=\\s*[,)])"));
    s.replace(rowId, QStringLiteral("id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    s.replace(real, QStringLiteral("DOUBLE PRECISION"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    s.replace(blob, QStringLiteral("BYTEA"));
    return s;
}

Outcome installAppendOnlyGuards(const SqlSession &session)
{
    const QStringList statements{
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION gonogo.append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION gonogo.append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
                       "EXECUTE FUNCTION gonogo.append_only()"),
    };
    for (const QString &sql : statements) {
        if (auto done = exec(session, sql); !done) {
            return done;
        }
    }
    return Done{};
}

Outcome secureDecision(const SqlSession &session, const ServerAddress &address)
{
    const QString all = QStringLiteral("gonogo_facilitator, gonogo_stakeholder, gonogo_auditor");
    const QString id = address.decision; // checked characters only (validDecisionId)
    // A stakeholder's sign-off (and its withdrawal) is theirs alone: the stakeholder it names is the one linked
    // to the database user in gonogo.signer, under the stakeholder's own name. The facilitator records sign-offs
    // made in the room.
    const auto mine = [&id](const QString &table) {
        return QStringLiteral("pg_has_role(current_user, 'gonogo_facilitator', 'USAGE') OR EXISTS (SELECT 1 FROM "
                              "gonogo.signer g JOIN stakeholder k ON k.id = g.stakeholder_id WHERE g.decision_id = "
                              "'%1' AND g.db_user = current_user AND g.stakeholder_id = %2.stakeholder_id AND k.name "
                              "= %2.name)")
            .arg(id, table);
    };
    const QString signoff = mine(QStringLiteral("signoff"));
    const QStringList statements{
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(address.schema(), all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(address.schema(), all),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO gonogo_facilitator")
            .arg(address.schema()),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO gonogo_facilitator, gonogo_stakeholder")
            .arg(address.schema()),
        QStringLiteral("GRANT INSERT ON audit_log, signoff, stable_signoff TO gonogo_stakeholder"),
        QStringLiteral("GRANT UPDATE (withdrawn_at, withdrawn_by, withdraw_reason, withdraw_seal) ON signoff TO "
                       "gonogo_stakeholder"),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, %1").arg(all),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_announce ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_announce AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION "
                       "gonogo.announce()"),
        QStringLiteral("ALTER TABLE signoff ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE stable_signoff ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS everyone_reads ON signoff"),
        QStringLiteral("DROP POLICY IF EXISTS signs_as_self ON signoff"),
        QStringLiteral("DROP POLICY IF EXISTS withdraws_own ON signoff"),
        QStringLiteral("DROP POLICY IF EXISTS everyone_reads ON stable_signoff"),
        QStringLiteral("DROP POLICY IF EXISTS signs_as_self ON stable_signoff"),
        QStringLiteral("CREATE POLICY everyone_reads ON signoff FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY signs_as_self ON signoff FOR INSERT WITH CHECK (%1)").arg(signoff),
        QStringLiteral("CREATE POLICY withdraws_own ON signoff FOR UPDATE USING (%1) WITH CHECK (%1)").arg(signoff),
        QStringLiteral("CREATE POLICY everyone_reads ON stable_signoff FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY signs_as_self ON stable_signoff FOR INSERT WITH CHECK (%1)")
            .arg(mine(QStringLiteral("stable_signoff"))),
    };
    for (const QString &sql : statements) {
        if (auto done = exec(session, sql); !done) {
            return done;
        }
    }
    return Done{};
}

Outcome grant(const SqlSession &session, const ServerAddress &address, const QString &part, const QString &dbUser,
              int stakeholderId)
{
    static const QRegularExpression userName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!userName.match(dbUser).hasMatch()) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("\"%1\" is not a database user name GoNoGo grants to (lower-case letters, digits and "
                              "'_', starting with a letter).")
                         .arg(dbUser)};
    }
    static const QStringList parts{QStringLiteral("facilitator"), QStringLiteral("stakeholder"),
                                   QStringLiteral("auditor")};
    if (!parts.contains(part)) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("\"%1\" is not a part: facilitator, stakeholder or auditor.").arg(part)};
    }
    if (auto ready = requireCatalog(session, address); !ready) {
        return ready;
    }
    auto exists = session.run(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {dbUser});
    if (!exists) {
        return exists.error();
    }
    if (!exists->next() || exists->value(0).toInt() == 0) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1 has no database user \"%2\"; create it first (CREATE ROLE %2 LOGIN).")
                         .arg(address.withDecision({}), dbUser)};
    }
    if (part == QLatin1String("stakeholder") && (address.decision.isEmpty() || stakeholderId <= 0)) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("A stakeholder signs for one decision as one person: give the decision's address "
                              "(?decision=ID) and --stakeholder N (the number gonogo stakeholders shows).")};
    }
    Transaction transaction(session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto done = exec(session, QStringLiteral("GRANT gonogo_%1 TO %2").arg(part, dbUser)); !done) {
        return done;
    }
    if (part == QLatin1String("stakeholder")) {
        auto known = session.run(
            QStringLiteral("SELECT count(*) FROM %1.stakeholder WHERE id = ?").arg(address.schema()), {stakeholderId});
        if (!known) {
            return known.error();
        }
        if (!known->next() || known->value(0).toInt() == 0) {
            return Error{ErrorKind::InvalidInput,
                         Text::tr("%1 has no stakeholder %2 (gonogo stakeholders %1 lists them).")
                             .arg(address.shown(), QString::number(stakeholderId))};
        }
        if (auto done = exec(session,
                             QStringLiteral("INSERT INTO gonogo.signer (decision_id, stakeholder_id, db_user) VALUES "
                                            "(?, ?, ?) ON CONFLICT (decision_id, stakeholder_id) DO UPDATE SET db_user "
                                            "= excluded.db_user"),
                             {address.decision, stakeholderId, dbUser});
            !done) {
            return done;
        }
    }
    return transaction.commit();
}

Result<QStringList> triggerNames(const SqlSession &session)
{
    auto q = session.run(QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass('audit_log') "
                                        "AND NOT tgisinternal AND tgenabled <> 'D'"));
    if (!q) {
        return q.error();
    }
    QStringList names;
    while (q->next()) {
        names << q->value(0).toString();
    }
    return names;
}

Outcome syncIdentities(const SqlSession &session)
{
    auto q = session.run(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                        "WHERE table_schema = current_schema() AND is_identity = 'YES'"));
    if (!q) {
        return q.error();
    }
    QList<QPair<QString, QString>> columns;
    while (q->next()) {
        columns << qMakePair(q->value(0).toString(), q->value(1).toString());
    }
    for (const auto &[table, column] : columns) {
        if (auto done = exec(session, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                                     "coalesce((SELECT max(%2) FROM %1), 0) + 1, false)")
                                          .arg(table, column));
            !done) {
            return done;
        }
    }
    return Done{};
}

} // namespace gonogo::pg
