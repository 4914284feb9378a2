// The headless command line: every command works on a decision file through the same models the GUI uses, so a
// pipeline can do without a display whatever a person can do in the window.
#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>
#include <QVector>

class QTextStream;

namespace gonogo {

struct Error;
struct VerifyReport;
class DecisionFile;
struct LaunchRun;

// Documented exit statuses (docs/cli.md). Never renumber: scripts depend on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,
    ExitNotDecisionFile = 3,
    ExitNewerVersion = 4,
    ExitDamaged = 5,
    ExitInUse = 6,
    ExitInvalidInput = 7,
    ExitIo = 8,
    ExitGateCaution = 10,
    ExitGateNoGo = 11,
    ExitGateNotFinal = 12, // gate: no decision recorded, or a sign-off missing or stale
};

// Terminal output must not let a hostile title move the cursor, recolour the screen or reorder text.
QString printable(const QString &text);

struct ParsedCommand;
class Cli;
struct CliCommand;

class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // True when the arguments (without the program name) ask for a command rather than the window.
    static bool isCommand(const QStringList &arguments);
    // Commands that draw (fonts, PDF) need a QGuiApplication rather than a QCoreApplication.
    static bool needsGui(const QStringList &arguments);
    int run(const QStringList &arguments);

    // The one table of commands (CliCommand, below).
    static const QVector<CliCommand> &commands();
    static const CliCommand *find(const QStringList &arguments); // longest name matching the first words
    // A server's password that libpq did not find (PGPASSWORD, ~/.pgpass) is asked on the terminal, as psql asks
    // it: on /dev/tty, without echo; without a terminal (a script, cron) the command fails naming where to put it.
    static void askPasswordsOnTerminal(); // servercommands.cpp

private:
    int help(const QString &command);
    int manPage(); // manpage.cpp
    int cmdNew(ParsedCommand &p);
    int cmdSummary(ParsedCommand &p);
    int cmdItems(ParsedCommand &p);
    int cmdSet(ParsedCommand &p);
    int cmdRiskAdd(ParsedCommand &p);
    int cmdRiskSet(ParsedCommand &p);
    int cmdRiskDelete(ParsedCommand &p);
    int cmdRisks(ParsedCommand &p);
    int cmdMatrix(ParsedCommand &p);
    int cmdMeeting(ParsedCommand &p);
    int cmdVerify(ParsedCommand &p);
    int cmdDecide(ParsedCommand &p);
    int cmdSign(ParsedCommand &p);
    int cmdSignoffs(ParsedCommand &p);
    int cmdWithdraw(ParsedCommand &p);
    int cmdStakeholders(ParsedCommand &p);
    int cmdStakeholder(ParsedCommand &p);
    int cmdGate(ParsedCommand &p);
    int cmdAgenda(ParsedCommand &p); // meetingcommands.cpp
    int cmdPoll(ParsedCommand &p);
    int cmdRunbook(ParsedCommand &p); // launchcommands.cpp
    int cmdLaunch(ParsedCommand &p);
    int cmdMetrics(ParsedCommand &p);
    int cmdReview(ParsedCommand &p);
    int printRunbook(const LaunchRun &run, const QDateTime &now, bool json);
    int cmdExportPdf(ParsedCommand &p);
    int cmdExport(ParsedCommand &p);
    int cmdCopy(ParsedCommand &p);
    int cmdServerInit(ParsedCommand &p); // servercommands.cpp
    int cmdServerList(ParsedCommand &p);
    int cmdServerGrant(ParsedCommand &p);
    int cmdHelp(ParsedCommand &p);
    int checkPrinted(const DecisionFile &file, const VerifyReport &report, const QString &pdfPath);

    int usage(const QString &command, const QString &problem);
    int fail(const Error &error);

    QTextStream &m_out;
    QTextStream &m_err;
};

// One command line as its command's options understood it.
struct ParsedCommand
{
    QString command; // the table's name, e.g. "risk set"
    QCommandLineParser parser;
    QStringList positional;
};

using CliHandler = int (Cli::*)(ParsedCommand &);

// The one table of commands: dispatch, "gonogo help", "gonogo help COMMAND" and "COMMAND --help" all come
// from it. Texts are translatable (context gonogo::Cli) and translated when shown.
struct CliCommand
{
    const char *name;      // "new", "risk set"
    const char *arguments; // "FILE RISK_ID"
    const char *summary;   // one line for the list of commands
    const char *details;   // more for "help COMMAND"; may be empty
    const char *missing;   // said when the positional arguments after FILE are missing; may be null
    int minPositional;
    int maxPositional; // -1: any number
    QList<QCommandLineOption> (*options)();
    CliHandler handler;
};

// What each exit status means: a few words for "gonogo help", a sentence for the manual page.
struct ExitStatus
{
    int code;
    const char *brief;
    const char *meaning;
};
const QVector<ExitStatus> &exitStatuses();

} // namespace gonogo
