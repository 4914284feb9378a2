// The options of the commands after the decision: runbook, launch, metrics and review; and the times they print.
#include "clisupport.h"

#include <QJsonValue>

namespace gonogo::cli {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString clock(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("HH:mm")) : QStringLiteral("-");
}

QList<QCommandLineOption> optionsRunbook()
{
    return {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")),
        valueOption(QStringLiteral("at"), Text::tr("The moment to show what is due and late at (default: now)."),
                    Text::tr("TIME")),
        valueOption(QStringLiteral("edit"), Text::tr("Change a step's plan before the launch starts."),
                    Text::tr("STEP")),
        valueOption(QStringLiteral("title"), Text::tr("The step's title."), Text::tr("TEXT")),
        valueOption(QStringLiteral("offset"), Text::tr("Minutes from go-live (negative before it)."), Text::tr("MIN")),
        valueOption(QStringLiteral("minutes"), Text::tr("How long the step takes."), Text::tr("MIN")),
        valueOption(QStringLiteral("owner"), Text::tr("The role that owns the step."), Text::tr("ROLE")),
        valueOption(QStringLiteral("validation"), Text::tr("What shows the step succeeded."), Text::tr("TEXT")),
        valueOption(QStringLiteral("trigger"), Text::tr("The rollback trigger it watches (empty for none)."),
                    Text::tr("ID")),
        byOption()};
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
            valueOption(QStringLiteral("set"), Text::tr("Change a metric's threshold."), Text::tr("METRIC")),
            valueOption(QStringLiteral("limit"), Text::tr("The limit of a MAX or MIN metric."), Text::tr("NUMBER")),
            valueOption(QStringLiteral("baseline"), Text::tr("The baseline of a BAND metric."), Text::tr("NUMBER")),
            valueOption(QStringLiteral("band"), Text::tr("How far from the baseline is normal, in %."),
                        Text::tr("PERCENT")),
            valueOption(QStringLiteral("expected"), Text::tr("The normal words of a state metric, \"/\" between them."),
                        Text::tr("WORDS")),
            valueOption(QStringLiteral("trigger"), Text::tr("The rollback trigger it feeds (empty for none)."),
                        Text::tr("ID")),
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
        valueOption(QStringLiteral("at"),
                    Text::tr("When the review was held, the condition followed up or the STABLE sign-off made "
                             "(default: now)."),
                    Text::tr("TIME")),
        QCommandLineOption(QStringLiteral("sign-stable"),
                           Text::tr("Sign the STABLE declaration (with --name and --role of a stakeholder).")),
        valueOption(QStringLiteral("name"), Text::tr("The signer's printed name."), Text::tr("NAME")),
        valueOption(QStringLiteral("role"), Text::tr("The signer's role."), Text::tr("ROLE")),
        valueOption(QStringLiteral("comment"), Text::tr("A comment with the sign-off."), Text::tr("TEXT")),
        byOption()};
}

} // namespace gonogo::cli
