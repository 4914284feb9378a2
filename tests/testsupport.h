// Helpers shared by the tests: file hashes, raw SQLite access behind DecisionFile's back, and temporary folders.
#pragma once

#include "storage/signoffrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// Runs statements on a file through a connection of its own (the file must not be open elsewhere).
inline QVariantList rawQuery(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    QVariantList last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            return {QStringLiteral("open failed: %1").arg(db.lastError().text())};
        }
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
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return last;
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
