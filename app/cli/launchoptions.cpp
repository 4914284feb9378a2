// The options of the commands after the decision: runbook, launch, metrics and review.
#include "clisupport.h"

namespace gonogo::cli {

QList<QCommandLineOption> optionsRunbook()
{
    return {QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")),
            valueOption(QStringLiteral("at"), Text::tr("The moment to show what is due and late at (default: now)."),
                        Text::tr("TIME"))};
}

QList<QCommandLineOption> optionsLaunch()
{
    return {QCommandLineOption(QStringLiteral("start"), Text::tr("The launch begins: its first step starts now.")),
            valueOption(QStringLiteral("step"), Text::tr("Record a step's outcome (with --done or --failed)."),
                        Text::tr("ID")),
            QCommandLineOption(QStringLiteral("done"), Text::tr("The step's validation passed.")),
            QCommandLineOption(QStringLiteral("failed"), Text::tr("The step's validation failed.")),
            valueOption(QStringLiteral("note"), Text::tr("What was seen, for the record."), Text::tr("TEXT")),
            QCommandLineOption(QStringLiteral("go-live"), Text::tr("Traffic cut over: the actual T+0.")),
            QCommandLineOption(QStringLiteral("rollback"),
                               Text::tr("End the launch on a trigger: an abort before go-live, a rollback after.")),
            valueOption(QStringLiteral("trigger"), Text::tr("The rollback trigger met, e.g. RB-4."), Text::tr("ID")),
            valueOption(QStringLiteral("rationale"), Text::tr("What was seen, and why it meets the trigger."),
                        Text::tr("TEXT")),
            valueOption(QStringLiteral("at"), Text::tr("When it happened (default: now)."), Text::tr("TIME")),
            QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")),
            byOption()};
}

QList<QCommandLineOption> optionsMetrics()
{
    return {QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")),
            valueOption(QStringLiteral("import"),
                        Text::tr("Readings from a monitoring export: CSV (metric,time,value) "
                                 "or JSON."),
                        Text::tr("READINGS")),
            valueOption(QStringLiteral("reading"), Text::tr("One reading by hand, e.g. error_rate=0.05."),
                        Text::tr("METRIC=VALUE")),
            valueOption(QStringLiteral("at"),
                        Text::tr("When the reading by hand was taken, or the moment to show the phase at (default: "
                                 "now)."),
                        Text::tr("TIME")),
            byOption()};
}

QList<QCommandLineOption> optionsReview()
{
    return {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")),
        valueOption(QStringLiteral("record"), Text::tr("Record a review: T+24h, T+48h, T+1w or T+1m."), Text::tr("ID")),
        valueOption(QStringLiteral("outcome"), Text::tr("What the review concluded."), Text::tr("TEXT")),
        valueOption(QStringLiteral("attendees"), Text::tr("Who attended."), Text::tr("NAMES")),
        QCommandLineOption(QStringLiteral("stable"), Text::tr("Declare the launch STABLE (T+48h or later).")),
        valueOption(QStringLiteral("close-condition"), Text::tr("Close a condition of the decision."), Text::tr("N")),
        valueOption(QStringLiteral("carry-condition"), Text::tr("Carry a condition forward (with --owner and --due)."),
                    Text::tr("N")),
        valueOption(QStringLiteral("owner"), Text::tr("The carried condition's new owner."), Text::tr("NAME")),
        valueOption(QStringLiteral("due"), Text::tr("The carried condition's new due date."), Text::tr("DATE")),
        valueOption(QStringLiteral("note"), Text::tr("A note on the condition."), Text::tr("TEXT")),
        valueOption(QStringLiteral("at"), Text::tr("When the review was held (default: now)."), Text::tr("TIME")),
        byOption()};
}

} // namespace gonogo::cli
