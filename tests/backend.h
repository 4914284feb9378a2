// Where a suite's decisions live. CTest runs the storage, command-line and record suites twice from the same
// source: tst_NAME on local files, and tst_NAME_pg with GONOGO_TEST_BACKEND=postgres on decisions of the test
// PostgreSQL server (scripts/pg-test-server.sh, the pgserver fixture), each suite in a database of its own. A test
// asks for a place for a decision (a file in a folder, or an address on the server), reads and tampers with it
// behind the app's back through rawQuery (testsupport.h, which sends an address to the server), and compares what
// is stored before and after with storedState. What only a file can do (its bytes, locks, pragmas, migrations of
// an old file) is skipped on the server by fileOnly(), with the reason in the test log.
#pragma once

#include "serversupport.h"
#include "testsupport.h"

#include "decisionfile.h"
#include "storage/postgres.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace testsupport {

inline bool onServer()
{
    return qEnvironmentVariable("GONOGO_TEST_BACKEND") == QLatin1String("postgres");
}

// The suite's server database, made by prepareBackend.
inline QString &suiteServer()
{
    static QString address;
    return address;
}

// Once per suite (initTestCase): on the server, a fresh database named after the suite, initialised as
// `gonogo server init` does, with the owner's password where libpq (and every gonogo run) looks for it. Empty when
// ready, else why not.
inline QString prepareBackend(const QString &suite)
{
    if (!onServer()) {
        return {};
    }
    const QString address = pgFreshDatabase(suite);
    if (address.isEmpty()) {
        return QStringLiteral("no test server: GONOGO_TEST_PG must name the folder pg-test-server.sh wrote");
    }
    qputenv("PGPASSWORD", pgState(QStringLiteral("password")).toUtf8());
    if (auto init = gonogo::DecisionFile::initServer(address); !init) {
        return init.error().message;
    }
    suiteServer() = address;
    return {};
}

// A place for a new decision called NAME ("launch.gonogo"): the file of that name in FOLDER, or on the server an
// address whose decision ID is made from the name and is new in this run of the suite.
inline QString placeFor(const QString &folder, const QString &name)
{
    if (!onServer()) {
        return QDir(folder).filePath(name);
    }
    static int made = 0;
    QString id = QFileInfo(name).completeBaseName().toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id = QStringLiteral("t%1-%2").arg(++made).arg(id).left(40);
    while (id.endsWith(QLatin1Char('-'))) {
        id.chop(1);
    }
    return suiteServer() + QStringLiteral("?decision=") + id;
}

// Skips a test of what only a decision file has, when the suite runs on the server.
#define GONOGO_FILE_ONLY(why)                                                                                          \
    do {                                                                                                               \
        if (testsupport::onServer()) {                                                                                 \
            QSKIP("only a decision file has this: " why);                                                              \
        }                                                                                                              \
    } while (false)

// Everything stored for a decision, as one digest: a file's bytes, or on the server its catalog entry and every
// row of every table of its schema.
inline QByteArray storedState(const QString &location)
{
    if (!gonogo::pg::isServerAddress(location)) {
        return sha256(location);
    }
    const auto address = gonogo::pg::parseAddress(location, true);
    if (!address) {
        return QByteArray("<bad address>");
    }
    const QString schema = address->schema();
    const QUrl url(location);
    QStringList statements;
    const QStringList tables = pgQuery({QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                       "table_schema = '%1' ORDER BY table_name")
                                            .arg(schema)},
                                       url.path().mid(1));
    QByteArray all =
        pgQuery({QStringLiteral("SELECT d::text FROM gonogo.decision d WHERE id = '%1'").arg(address->decision)},
                url.path().mid(1))
            .join(QLatin1Char('\n'))
            .toUtf8();
    for (const QString &table : tables) {
        all += '\n' + table.toUtf8() + '\n';
        all += pgQuery({QStringLiteral("SELECT t::text FROM %1.%2 t ORDER BY 1").arg(schema, table)}, url.path().mid(1))
                   .join(QLatin1Char('\n'))
                   .toUtf8();
    }
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex();
}

// Whether anything is stored at LOCATION: the file, or the decision in the server's catalog or its schema.
inline bool stored(const QString &location)
{
    if (!gonogo::pg::isServerAddress(location)) {
        return QFileInfo::exists(location);
    }
    const auto address = gonogo::pg::parseAddress(location, true);
    const QString database = QUrl(location).path().mid(1);
    return !address ||
           pgQuery({QStringLiteral("SELECT count(*) FROM gonogo.decision WHERE id = '%1'").arg(address->decision)},
                   database) != QStringList{QStringLiteral("0")} ||
           pgQuery({QStringLiteral("SELECT count(*) FROM information_schema.schemata WHERE schema_name = '%1'")
                        .arg(address->schema())},
                   database) != QStringList{QStringLiteral("0")};
}

} // namespace testsupport
