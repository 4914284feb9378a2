// The test PostgreSQL server (scripts/pg-test-server.sh, a CTest fixture; GONOGO_TEST_PG names its folder) and raw
// SQL on it behind the app's back, for the team-mode tests.
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace testsupport {

// What the server's script wrote: "address" (postgresql://gonogo@127.0.0.1:PORT/gonogo) or "password".
inline QString pgState(const QString &name)
{
    QFile f(qEnvironmentVariable("GONOGO_TEST_PG") + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// A connection (not yet open) named NAME to the server as its owner, in DATABASE, else the address's.
inline QSqlDatabase pgDatabase(const QString &name, const QString &database = {})
{
    const QUrl url(pgState(QStringLiteral("address")));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
    db.setUserName(url.userName());
    db.setPassword(pgState(QStringLiteral("password")));
    db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
    return db;
}

// Runs STATEMENTS on the server as its owner (in DATABASE, else the address's); the rows of the last one, each as its
// columns joined by '|', or "error: ..." for a statement refused.
inline QStringList pgQuery(const QStringList &statements, const QString &database = {})
{
    const QString name = QUuid::createUuid().toString();
    QStringList rows;
    {
        QSqlDatabase db = pgDatabase(name, database);
        if (!db.open()) {
            return {QStringLiteral("error: %1").arg(db.lastError().text())};
        }
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            rows.clear();
            if (!q.exec(sql)) {
                rows << QStringLiteral("error: %1").arg(q.lastError().databaseText());
                break;
            }
            while (q.next()) {
                QStringList columns;
                for (int c = 0; c < q.record().count(); ++c) {
                    columns << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
                }
                rows << columns.join(QLatin1Char('|'));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// A database of its own for a test (made afresh): the address of the server with DATABASE in place of its own.
inline QString pgFreshDatabase(const QString &database)
{
    const QStringList made = pgQuery({QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database),
                                      QStringLiteral("CREATE DATABASE %1").arg(database), QStringLiteral("SELECT 1")});
    if (made != QStringList{QStringLiteral("1")}) {
        return {};
    }
    QUrl url(pgState(QStringLiteral("address")));
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace testsupport
