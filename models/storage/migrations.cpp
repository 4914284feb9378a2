#include "migrations.h"

#include "postgres.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace gonogo {

QStringList Migrations::builtIn()
{
    static const QStringList scripts = [] {
        QStringList list;
        const QStringList names =
            QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile f(QStringLiteral(":/schema/") + name);
            if (f.open(QIODevice::ReadOnly)) {
                list << QString::fromUtf8(f.readAll());
            }
        }
        return list;
    }();
    return scripts;
}

QStringList Migrations::statements(const QString &script)
{
    QStringList result;
    QString current;
    bool inString = false;
    bool inTrigger = false;
    const int n = static_cast<int>(script.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (!inString && c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n')) {
                ++i;
            }
            current += QLatin1Char('\n');
            continue;
        }
        current += c;
        if (c == QLatin1Char('\'')) {
            inString = !inString;
            continue;
        }
        if (inString || c != QLatin1Char(';')) {
            continue;
        }
        const QString trimmed = current.trimmed();
        static const QRegularExpression triggerStart(QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                                     QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression triggerEnd(QStringLiteral("\\bEND\\s*;$"),
                                                   QRegularExpression::CaseInsensitiveOption);
        inTrigger = triggerStart.match(trimmed).hasMatch();
        if (inTrigger && !triggerEnd.match(trimmed).hasMatch()) {
            continue;
        }
        if (trimmed != QLatin1String(";")) {
            result << trimmed;
        }
        current.clear();
    }
    if (!current.trimmed().isEmpty()) {
        result << current.trimmed();
    }
    return result;
}

Outcome Migrations::apply(const SqlSession &session, const QStringList &scripts, int from, int to,
                          const Step &afterStep)
{
    if (from < 0 || to > scripts.size() || from > to) {
        return Error{
            ErrorKind::NewerVersion,
            QCoreApplication::translate("gonogo::Storage", "No migration from schema %1 to %2.").arg(from).arg(to)};
    }
    Transaction transaction(session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    for (int version = from; version < to; ++version) {
        for (const QString &written : statements(scripts.at(version))) {
            const QString statement = session.onServer() ? pg::translate(written) : written;
            if (statement.isEmpty()) {
                continue;
            }
            auto q = session.run(statement);
            if (!q) {
                return Error{q.error().kind, QCoreApplication::translate("gonogo::Storage", "Schema step %1 failed: %2")
                                                 .arg(version + 1)
                                                 .arg(q.error().message)};
            }
        }
        if (afterStep) {
            if (auto done = afterStep(version + 1); !done) {
                return Error{done.error().kind,
                             QCoreApplication::translate("gonogo::Storage", "Schema step %1 failed: %2")
                                 .arg(version + 1)
                                 .arg(done.error().message)};
            }
        }
    }
    if (session.onServer()) {
        // The schema history writes some rows with their IDs (the agenda's steps): new rows continue after them.
        if (auto synced = pg::syncIdentities(session); !synced) {
            return synced.error();
        }
    }
    if (auto stamped = session.onServer() ? pg::setFormat(session, to) : sqlite::setUserVersion(session, to);
        !stamped) {
        return stamped.error();
    }
    return transaction.commit();
}

} // namespace gonogo
