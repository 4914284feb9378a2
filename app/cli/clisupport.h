// What every command of the command line shares: exit statuses from errors, the --by actor, dates, opening a
// decision file (read-only for commands that only read; verified first for commands that change it) and where
// its record stands. Internal to app/cli.
#pragma once

#include "cli.h"
#include "decisionfile.h"
#include "engine.h"
#include "record.h"
#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>

class QJsonValue;
class QTextStream;

namespace gonogo::cli {

// The translation context of the whole command line: Text::tr in any file of app/cli.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Cli)
};

// A text of the command table (context gonogo::Cli) in the UI language; empty for null or "".
QString translated(const char *text);

int exitFor(ErrorKind kind);
// An option that takes a value, and --by NAME (the actor in the audit log).
QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName);
QCommandLineOption byOption();
// The options of the commands after the decision (launchoptions.cpp).
QList<QCommandLineOption> optionsRunbook();
QList<QCommandLineOption> optionsLaunch();
QList<QCommandLineOption> optionsMetrics();
QList<QCommandLineOption> optionsReview();
QString actorFrom(const QCommandLineParser &p);
// --at TIME (ISO 8601 with its zone, for scripts and tests), in UTC; now when not given. An error names the text.
Result<QDateTime> atOption(const QCommandLineParser &p);
// The first of NAMES that was not given, empty when all were: for "--%1 is required."
QString firstMissing(const QCommandLineParser &parser, std::initializer_list<QString> names);
// Whether any of NAMES was given: for options that only go with another.
bool anyGiven(const QCommandLineParser &parser, std::initializer_list<QString> names);

// The text of option NAME when it was given, nullopt when it was not; TRIM for names, owners and roles.
std::optional<QString> given(const QCommandLineParser &parser, const QString &name, bool trim = false);

// Option NAME read as a code (PASS, HIGH, CONCUR...) into TARGET when it was given. An unknown code is refused
// with UNKNOWN, whose %1 is the text given.
template <typename T>
Outcome codeOption(const QCommandLineParser &parser, const QString &name, std::optional<T> (*parse)(const QString &),
                   std::optional<T> &target, const QString &unknown)
{
    if (!parser.isSet(name)) {
        return Done{};
    }
    target = parse(parser.value(name));
    if (!target) {
        return Error{ErrorKind::InvalidInput, unknown.arg(parser.value(name))};
    }
    return Done{};
}

// A moment in UTC: ISO 8601 in JSON (null when invalid), HH:mm in text ("-" when invalid).
QJsonValue timeJson(const QDateTime &t);
QString clock(const QDateTime &t);

// Empty text is "no date" (an invalid QDate); nullopt when the text is not YYYY-MM-DD.
std::optional<QDate> parseDateOption(const QString &text);

// Most commands start the same way: the file, then everything in it.
struct Opened
{
    std::unique_ptr<DecisionFile> file;
    Snapshot snapshot;
};

// Opens a decision file and says what opening had to do (a recovered crash, a foreign journal set aside). A
// command that changes the file first checks it as verify does: a change is never added to a file that fails
// verification, where it would extend a broken audit chain and make the damage look legitimate. A command that
// only reads opens it read-only.
Result<std::unique_ptr<DecisionFile>> openDecision(const QString &path, QTextStream &err, bool changing = true);
Result<Opened> openWithSnapshot(const QString &path, QTextStream &err, bool changing = false);

// Where the record stands: FINAL only when the decision is recorded, every sign-off is current and the file
// passes verification; a file that fails it is never reported FINAL.
struct Standing
{
    RecordProgress progress;
    QStringList problems; // from verify
    QString code() const;
};
Result<Standing> standingOf(const Opened &opened);

QString reasonCode(Reason::Kind kind);

} // namespace gonogo::cli
