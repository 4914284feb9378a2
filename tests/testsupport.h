// Helpers shared by the tests: the binary under test, file hashes, and raw SQL on a decision behind DecisionFile's
// back (a file, or a decision on the test server).
#pragma once

#include "serversupport.h"
#include "storage/postgres.h"
#include "storage/signoffrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <utility>

namespace testsupport {

// Runs the gonogo binary under test; withoutDisplay removes every display variable, as on a server.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run gonogoRun(const QStringList &args, bool withoutDisplay = false,
                     const QString &language = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GONOGO_LANG"), language);
    if (withoutDisplay) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GONOGO_BINARY), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return QByteArray("<unreadable>");
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs use(db) on a connection of its own to a decision, behind the app's back: a file (which must not be open
// elsewhere), or a decision on the test server (an address, as its owner, with the decision's schema first on the
// search path, so the same SQL reaches the same tables). An error text when the connection cannot be made.
template <typename Use> QString withRawConnection(const QString &location, Use use)
{
    const QString name = QUuid::createUuid().toString();
    QString failed;
    {
        QSqlDatabase db;
        if (gonogo::pg::isServerAddress(location)) {
            const auto address = gonogo::pg::parseAddress(location, true);
            if (!address) {
                return address.error().message;
            }
            db = pgDatabase(name, address->database);
            if (db.open()) {
                QSqlQuery(db).exec(QStringLiteral("SET search_path TO %1, gonogo").arg(address->schema()));
            }
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
            db.open();
        }
        if (db.isOpen()) {
            use(db);
            db.close();
        } else {
            failed = QStringLiteral("open failed: %1").arg(db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failed;
}

// Runs statements on a decision (see withRawConnection): the first column of the last one's rows, or an "error: "
// text for the first statement refused.
inline QVariantList rawQuery(const QString &location, const QStringList &statements)
{
    QVariantList last;
    const QString failed = withRawConnection(location, [&](QSqlDatabase &db) {
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                last = {QStringLiteral("error: %1").arg(q.lastError().text())};
                break;
            }
            last.clear();
            while (q.next()) {
                last << q.value(0);
            }
        }
    });
    return failed.isEmpty() ? last : QVariantList{failed};
}

// One statement with values bound to its placeholders: every column of every row it gives (none when refused).
inline QList<QVariantList> rawRows(const QString &location, const QString &sql, const QVariantList &values = {})
{
    QList<QVariantList> rows;
    withRawConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : values) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return;
        }
        while (q.next()) {
            QVariantList columns;
            for (int c = 0; c < q.record().count(); ++c) {
                columns << q.value(c);
            }
            rows << columns;
        }
    });
    return rows;
}

// Runs use(db) on a connection of its own to a file that another connection (the app under test) may hold
// locked: read-only, without taking locks, so it sees exactly what has been committed to disk.
template <typename Use> auto withCommitted(const QString &path, Use use)
{
    const QString name = QUuid::createUuid().toString();
    decltype(use(std::declval<QSqlDatabase &>())) result{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(QStringLiteral("mode=ro&nolock=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            result = use(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The whole record as committed on disk, read through a connection of its own: what the app should have written.
inline gonogo::Snapshot committedSnapshot(const QString &path)
{
    return withCommitted(path, [&path](QSqlDatabase &db) {
        const gonogo::SqlSession session(db, path);
        return gonogo::readSnapshot(session).value();
    });
}

inline QVariantList readCommitted(const QString &path, const QString &sql)
{
    return withCommitted(path, [&sql](QSqlDatabase &db) {
        QVariantList rows;
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            return QVariantList{QStringLiteral("error: %1").arg(q.lastError().text())};
        }
        while (q.next()) {
            rows << q.value(0);
        }
        return rows;
    });
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace testsupport
