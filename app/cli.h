// The headless command line: every command works on a decision file through the same models the GUI uses, so a
// pipeline can do without a display whatever a person can do in the window.
#pragma once

#include <QStringList>

class QTextStream;

namespace gonogo {

struct Error;

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
};

class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // True when the arguments (without the program name) ask for a command rather than the window.
    static bool isCommand(const QStringList &arguments);
    // Commands that draw (fonts, PDF) need a QGuiApplication rather than a QCoreApplication.
    static bool needsGui(const QStringList &arguments);
    int run(const QStringList &arguments);

private:
    int help(const QString &command);
    int cmdNew(const QStringList &args);
    int cmdSummary(const QStringList &args);
    int cmdItems(const QStringList &args);
    int cmdSet(const QStringList &args);
    int cmdRisk(const QStringList &args);
    int cmdRiskAdd(const QStringList &args);
    int cmdRiskSet(const QStringList &args);
    int cmdRiskDelete(const QStringList &args);
    int cmdRisks(const QStringList &args);
    int cmdMatrix(const QStringList &args);
    int cmdMeeting(const QStringList &args);
    int cmdVerify(const QStringList &args);
    int cmdDecide(const QStringList &args);
    int cmdSign(const QStringList &args);
    int cmdSignoffs(const QStringList &args);
    int cmdWithdraw(const QStringList &args);
    int cmdStakeholders(const QStringList &args);
    int cmdStakeholder(const QStringList &args);
    int cmdGate(const QStringList &args);
    int cmdExportPdf(const QStringList &args);

    int usage(const QString &command, const QString &problem);
    int fail(const Error &error);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace gonogo
