// The command table and what comes from it: dispatch, the list of commands, and the help of each command with
// its options. Add a command here and it is dispatched and documented; nothing else lists commands.
#include "cli.h"
#include "clisupport.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gonogo {

using namespace cli;

namespace {

QList<QCommandLineOption> optionsNew()
{
    return {valueOption(QStringLiteral("template"), Text::tr("p020 or a checklist file."), Text::tr("TEMPLATE")),
            valueOption(QStringLiteral("title"), Text::tr("The launch name."), Text::tr("TEXT")),
            valueOption(QStringLiteral("facilitator"), Text::tr("The facilitator."), Text::tr("NAME")),
            valueOption(QStringLiteral("target-date"), Text::tr("Target launch date."), Text::tr("DATE")),
            valueOption(QStringLiteral("meeting-date"), Text::tr("Meeting date."), Text::tr("DATE")),
            valueOption(QStringLiteral("time-zone"),
                        Text::tr("The meeting's time zone, e.g. Europe/Madrid (default: this computer's)."),
                        Text::tr("ZONE")),
            valueOption(QStringLiteral("language"),
                        Text::tr("The built-in template's language: en or es (default: the language of the messages)."),
                        Text::tr("LANG")),
            valueOption(QStringLiteral("critical-column"),
                        Text::tr("Markdown tables: rows with a value in this column are critical (with =VALUE, rows "
                                 "with that value)."),
                        Text::tr("NAME[=VALUE]")),
            byOption()};
}

QList<QCommandLineOption> optionsSummary()
{
    return {QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output."))};
}

QList<QCommandLineOption> optionsItems()
{
    return {QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")),
            valueOption(QStringLiteral("category"), Text::tr("Only this category code."), Text::tr("CODE")),
            valueOption(QStringLiteral("status"), Text::tr("Only this status."), Text::tr("STATUS")),
            QCommandLineOption(QStringLiteral("critical"), Text::tr("Only critical items."))};
}

QList<QCommandLineOption> optionsSet()
{
    return {valueOption(QStringLiteral("status"), Text::tr("PASS, PARTIAL, FAIL or PENDING."), Text::tr("STATUS")),
            valueOption(QStringLiteral("owner"), Text::tr("The owner."), Text::tr("NAME")),
            valueOption(QStringLiteral("evidence"), Text::tr("Evidence text or links."), Text::tr("TEXT")),
            valueOption(QStringLiteral("notes"), Text::tr("Notes."), Text::tr("TEXT")), byOption()};
}

QList<QCommandLineOption> optionsMeeting()
{
    return {valueOption(QStringLiteral("title"), Text::tr("The launch name."), Text::tr("TEXT")),
            valueOption(QStringLiteral("facilitator"), Text::tr("The facilitator."), Text::tr("NAME")),
            valueOption(QStringLiteral("target-date"), Text::tr("Target launch date."), Text::tr("DATE")),
            valueOption(QStringLiteral("meeting-date"), Text::tr("Meeting date."), Text::tr("DATE")),
            valueOption(QStringLiteral("time-zone"),
                        Text::tr("The meeting's time zone, e.g. Europe/Madrid; the record prints its times in it "
                                 "beside UTC."),
                        Text::tr("ZONE")),
            valueOption(QStringLiteral("critical-percent"), Text::tr("Critical score required."), Text::tr("N")),
            valueOption(QStringLiteral("go-percent"), Text::tr("Total score for GO."), Text::tr("N")),
            valueOption(QStringLiteral("caution-percent"), Text::tr("Total score for GO WITH CAUTION."), Text::tr("N")),
            byOption()};
}

QList<QCommandLineOption> optionsRiskAdd()
{
    return {valueOption(QStringLiteral("title"), Text::tr("The risk."), Text::tr("TEXT")),
            valueOption(QStringLiteral("likelihood"), Text::tr("HIGH, MEDIUM or LOW."), Text::tr("L")),
            valueOption(QStringLiteral("impact"), Text::tr("CRITICAL, HIGH, MEDIUM or LOW."), Text::tr("I")),
            valueOption(QStringLiteral("owner"), Text::tr("The owner."), Text::tr("NAME")),
            valueOption(QStringLiteral("mitigation"), Text::tr("The mitigation."), Text::tr("TEXT")),
            valueOption(QStringLiteral("description"), Text::tr("The description."), Text::tr("TEXT")),
            valueOption(QStringLiteral("item"), Text::tr("A checklist item this risk comes from."), Text::tr("ID")),
            byOption()};
}

QList<QCommandLineOption> optionsRiskSet()
{
    return {valueOption(QStringLiteral("title"), Text::tr("The risk."), Text::tr("TEXT")),
            valueOption(QStringLiteral("state"), Text::tr("OPEN, ACCEPTED or MITIGATED."), Text::tr("S")),
            valueOption(QStringLiteral("likelihood"), Text::tr("HIGH, MEDIUM or LOW."), Text::tr("L")),
            valueOption(QStringLiteral("impact"), Text::tr("CRITICAL, HIGH, MEDIUM or LOW."), Text::tr("I")),
            valueOption(QStringLiteral("owner"), Text::tr("The owner."), Text::tr("NAME")),
            valueOption(QStringLiteral("mitigation"), Text::tr("The mitigation."), Text::tr("TEXT")),
            valueOption(QStringLiteral("rationale"), Text::tr("Why the risk is accepted."), Text::tr("TEXT")),
            valueOption(QStringLiteral("accepted-by"), Text::tr("Who accepts the risk."), Text::tr("NAME")),
            valueOption(QStringLiteral("until"), Text::tr("Acceptance valid until."), Text::tr("DATE")),
            valueOption(QStringLiteral("link"), Text::tr("Link a checklist item."), Text::tr("ID")),
            valueOption(QStringLiteral("unlink"), Text::tr("Remove the link to a checklist item."), Text::tr("ID")),
            byOption()};
}

QList<QCommandLineOption> optionsRiskDelete()
{
    return {byOption()};
}

QList<QCommandLineOption> optionsRisks()
{
    return {QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output."))};
}

QList<QCommandLineOption> optionsMatrix()
{
    return {valueOption(QStringLiteral("set"), Text::tr("Set a cell, e.g. MEDIUM:HIGH=RED."), Text::tr("CELL")),
            QCommandLineOption(QStringLiteral("reset"), Text::tr("Back to the P020 default matrix.")),
            QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")), byOption()};
}

QList<QCommandLineOption> optionsDecide()
{
    return {valueOption(QStringLiteral("decision"), Text::tr("GO, GO WITH CAUTION or NO-GO."), Text::tr("D")),
            valueOption(QStringLiteral("rationale"), Text::tr("Why."), Text::tr("TEXT")),
            valueOption(QStringLiteral("override-rationale"),
                        Text::tr("Why the decision differs from the recommendation."), Text::tr("TEXT")),
            valueOption(QStringLiteral("condition"), Text::tr("A condition: TEXT;OWNER;DUE."), Text::tr("TEXT")),
            byOption()};
}

QList<QCommandLineOption> optionsSign()
{
    return {valueOption(QStringLiteral("name"), Text::tr("Printed name."), Text::tr("NAME")),
            valueOption(QStringLiteral("role"), Text::tr("The stakeholder's role."), Text::tr("ROLE")),
            valueOption(QStringLiteral("vote"), Text::tr("CONCUR, CONCUR WITH DISSENT or NON-CONCUR."), Text::tr("V")),
            valueOption(QStringLiteral("comment"), Text::tr("Comment."), Text::tr("TEXT"))};
}

QList<QCommandLineOption> optionsSignoffs()
{
    return {QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output."))};
}

QList<QCommandLineOption> optionsWithdraw()
{
    return {valueOption(QStringLiteral("role"), Text::tr("The stakeholder's role."), Text::tr("ROLE")),
            valueOption(QStringLiteral("name"), Text::tr("Printed name."), Text::tr("NAME")),
            valueOption(QStringLiteral("reason"), Text::tr("Why."), Text::tr("TEXT")), byOption()};
}

QList<QCommandLineOption> optionsStakeholders()
{
    return {QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output."))};
}

QList<QCommandLineOption> optionsStakeholderAdd()
{
    return {valueOption(QStringLiteral("role"), Text::tr("The role."), Text::tr("ROLE")),
            valueOption(QStringLiteral("name"), Text::tr("The name."), Text::tr("NAME")), byOption()};
}

QList<QCommandLineOption> optionsStakeholderSet()
{
    return {valueOption(QStringLiteral("role"), Text::tr("The role."), Text::tr("ROLE")),
            valueOption(QStringLiteral("name"), Text::tr("The name."), Text::tr("NAME")), byOption()};
}

QList<QCommandLineOption> optionsStakeholderMove()
{
    return {valueOption(QStringLiteral("to"), Text::tr("New position, from 1."), Text::tr("N")), byOption()};
}

QList<QCommandLineOption> optionsStakeholderRemove()
{
    return {byOption()};
}

QList<QCommandLineOption> optionsVerify()
{
    return {valueOption(QStringLiteral("pdf"), Text::tr("A printed decision record (PDF) to check against this file."),
                        Text::tr("RECORD.pdf"))};
}

QList<QCommandLineOption> optionsExportPdf()
{
    return {valueOption(QStringLiteral("page-size"), Text::tr("A4 (default) or Letter."), Text::tr("SIZE")),
            QCommandLineOption(
                QStringLiteral("force"),
                Text::tr("Print a record that fails verification, marked INTEGRITY CHECK FAILED on every page."))};
}

QList<QCommandLineOption> optionsExport()
{
    return {QCommandLineOption(QStringLiteral("force"), Text::tr("Export a file that fails verification, with a "
                                                                 "warning."))};
}

QList<QCommandLineOption> optionsServer()
{
    return {};
}

QList<QCommandLineOption> optionsServerList()
{
    return {QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output."))};
}

QList<QCommandLineOption> optionsServerGrant()
{
    return {valueOption(QStringLiteral("role"), Text::tr("facilitator, stakeholder or auditor."), Text::tr("PART")),
            valueOption(QStringLiteral("stakeholder"),
                        Text::tr("For a stakeholder: who they sign as (the number gonogo stakeholders shows)."),
                        Text::tr("N"))};
}

QList<QCommandLineOption> optionsCopy()
{
    return {QCommandLineOption(QStringLiteral("replace"), Text::tr("Replace NEW if it exists."))};
}

QList<QCommandLineOption> optionsGate()
{
    return {QCommandLineOption(QStringLiteral("allow-caution"), Text::tr("Exit 0 for GO WITH CAUTION too.")),
            QCommandLineOption(
                QStringLiteral("recommendation"),
                Text::tr("Gate on the engine's recommendation instead of the signed decision (before the meeting)."))};
}

QList<QCommandLineOption> optionsAgenda()
{
    return {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")),
        valueOption(QStringLiteral("clock"), Text::tr("start, pause, resume, next, previous or finish."),
                    Text::tr("ACTION")),
        valueOption(QStringLiteral("at"), Text::tr("When the clock action happened (default: now)."), Text::tr("TIME")),
        byOption()};
}

QList<QCommandLineOption> optionsPoll()
{
    return {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Machine-readable output.")),
        valueOption(QStringLiteral("answer"), Text::tr("Record an answer: ROLE=GO, GO-WITH-DISSENT or NO-GO."),
                    Text::tr("ROLE=ANSWER")),
        valueOption(QStringLiteral("name"), Text::tr("Which person, when several share the role."), Text::tr("NAME")),
        valueOption(QStringLiteral("comment"), Text::tr("What they said with their answer."), Text::tr("TEXT")),
        valueOption(QStringLiteral("rationale"),
                    Text::tr("Why the meeting goes on although the poll disagrees with the recommendation."),
                    Text::tr("TEXT")),
        byOption()};
}

QList<QCommandLineOption> optionsHelp()
{
    return {QCommandLineOption(QStringLiteral("man"),
                               Text::tr("Print the whole manual page (troff), made from this same table."))};
}

} // namespace

QString printable(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((c.category() == QChar::Other_Control && u != u'\t') || isBidiControl(u)) {
            s += QChar(0xFFFD);
        } else {
            s += c;
        }
    }
    return s;
}

int Cli::usage(const QString &command, const QString &problem)
{
    m_err << printable(Text::tr("gonogo %1: %2").arg(command, problem)) << '\n'
          << Text::tr("Run \"gonogo help %1\" for its options.").arg(command) << '\n';
    m_err.flush();
    return ExitUsage;
}

int Cli::fail(const Error &error)
{
    m_err << printable(Text::tr("gonogo: %1").arg(error.message)) << '\n';
    m_err.flush();
    return cli::exitFor(error.kind);
}

const QVector<CliCommand> &Cli::commands()
{
    static const QVector<CliCommand> table{
        {"new", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "create a decision file from a template or checklist"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Creates FILE from the built-in P020 template (default) or from a checklist file:\n.json "
                           "(GoNoGo template), .csv (category,id,title,critical,owner,description), .md (checkbox "
                           "lists, tables or lists under headings), .yml/.yaml (categories with items)."),
         nullptr, 1, 1, &optionsNew, &Cli::cmdNew},
        {"summary", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "scores, risk counts, the recommendation and its reasons"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Also the recorded decision and the record status. --json adds reason codes for machines."),
         nullptr, 1, 1, &optionsSummary, &Cli::cmdSummary},
        {"items", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "list checklist items, optionally filtered"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "STATUS is PASS, PARTIAL, FAIL or PENDING."), nullptr, 1, 1, &optionsItems,
         &Cli::cmdItems},
        {"set", "FILE ID...",
         QT_TRANSLATE_NOOP("gonogo::Cli", "set status, owner, evidence or notes of one or more items"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "Changes every listed item in one transaction: all of them or none."),
         QT_TRANSLATE_NOOP("gonogo::Cli", "no item ID given."), 2, -1, &optionsSet, &Cli::cmdSet},
        {"meeting", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "show or change the meeting details and thresholds"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "Without options, shows the meeting details."), nullptr, 1, 1,
         &optionsMeeting, &Cli::cmdMeeting},
        {"risk add", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "add a risk"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "L is HIGH, MEDIUM or LOW; I is CRITICAL, HIGH, MEDIUM or LOW."), nullptr, 1,
         1, &optionsRiskAdd, &Cli::cmdRiskAdd},
        {"risk set", "FILE RISK_ID", QT_TRANSLATE_NOOP("gonogo::Cli", "change a risk, its state or its linked items"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "S is OPEN, ACCEPTED or MITIGATED. Accepting a risk needs a rationale. "
                                          "Fields and links change in one transaction."),
         QT_TRANSLATE_NOOP("gonogo::Cli", "no risk ID given."), 2, 2, &optionsRiskSet, &Cli::cmdRiskSet},
        {"risk delete", "FILE RISK_ID", QT_TRANSLATE_NOOP("gonogo::Cli", "delete a risk"), "",
         QT_TRANSLATE_NOOP("gonogo::Cli", "no risk ID given."), 2, 2, &optionsRiskDelete, &Cli::cmdRiskDelete},
        {"risks", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "list risks with their level"), "", nullptr, 1, 1,
         &optionsRisks, &Cli::cmdRisks},
        {"matrix", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "show or change the likelihood x impact levels"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Shows the risk matrix after applying any change. LEVEL is RED, YELLOW or GREEN."),
         nullptr, 1, 1, &optionsMatrix, &Cli::cmdMatrix},
        {"decide", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "record the meeting's decision"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "A decision that differs from the recommendation needs --override-rationale."),
         nullptr, 1, 1, &optionsDecide, &Cli::cmdDecide},
        {"sign", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "sign the decision record (simple electronic signature)"),
         QT_TRANSLATE_NOOP(
             "gonogo::Cli",
             "The sign-off is bound to the fingerprint of the record as it is in the file when it is written."),
         nullptr, 1, 1, &optionsSign, &Cli::cmdSign},
        {"signoffs", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "list sign-offs: CURRENT, STALE or WITHDRAWN"), "",
         nullptr, 1, 1, &optionsSignoffs, &Cli::cmdSignoffs},
        {"withdraw", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "withdraw a sign-off"), "", nullptr, 1, 1,
         &optionsWithdraw, &Cli::cmdWithdraw},
        {"stakeholders", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "list who must sign"), "", nullptr, 1, 1,
         &optionsStakeholders, &Cli::cmdStakeholders},
        {"stakeholder add", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "add a person who must sign"), "", nullptr, 1, 1,
         &optionsStakeholderAdd, &Cli::cmdStakeholder},
        {"stakeholder set", "FILE ID", QT_TRANSLATE_NOOP("gonogo::Cli", "change the name or role of a stakeholder"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "ID is the number shown by gonogo stakeholders FILE."),
         QT_TRANSLATE_NOOP("gonogo::Cli", "no stakeholder ID given."), 2, 2, &optionsStakeholderSet,
         &Cli::cmdStakeholder},
        {"stakeholder move", "FILE ID", QT_TRANSLATE_NOOP("gonogo::Cli", "move a stakeholder in the signing order"), "",
         QT_TRANSLATE_NOOP("gonogo::Cli", "no stakeholder ID given."), 2, 2, &optionsStakeholderMove,
         &Cli::cmdStakeholder},
        {"stakeholder remove", "FILE ID", QT_TRANSLATE_NOOP("gonogo::Cli", "remove a stakeholder who has not signed"),
         "", QT_TRANSLATE_NOOP("gonogo::Cli", "no stakeholder ID given."), 2, 2, &optionsStakeholderRemove,
         &Cli::cmdStakeholder},
        {"verify", "FILE",
         QT_TRANSLATE_NOOP("gonogo::Cli", "check integrity, the audit log, the fingerprint and every sign-off"),
         QT_TRANSLATE_NOOP(
             "gonogo::Cli",
             "Replays the audit log and names every difference with the file. With --pdf, also says whether that "
             "printed record is the record of this file as it stands, or of an earlier state."),
         nullptr, 1, 1, &optionsVerify, &Cli::cmdVerify},
        {"export-pdf", "FILE OUT.pdf", QT_TRANSLATE_NOOP("gonogo::Cli", "write the archival PDF decision record"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "A record that fails verification is refused (exit 5) unless --force, which "
                                          "marks every page INTEGRITY CHECK FAILED."),
         QT_TRANSLATE_NOOP("gonogo::Cli", "the output PDF is missing."), 2, 2, &optionsExportPdf, &Cli::cmdExportPdf},
        {"export", "FILE OUT.csv|OUT.md|OUT.json",
         QT_TRANSLATE_NOOP("gonogo::Cli", "write the checklist with status, owner and evidence for a wiki or a sheet"),
         QT_TRANSLATE_NOOP(
             "gonogo::Cli",
             "The format follows OUT's extension: CSV (formula-safe, for spreadsheets), Markdown (a table "
             "per category) or JSON (the checklist format plus the meeting state). Each item has who "
             "changed it last and when (UTC). All three read back with gonogo new --template. A file "
             "that fails verification is refused (exit 5) unless --force."),
         QT_TRANSLATE_NOOP("gonogo::Cli", "the output file is missing."), 2, 2, &optionsExport, &Cli::cmdExport},
        {"copy", "FROM TO",
         QT_TRANSLATE_NOOP("gonogo::Cli", "make a consistent copy of a decision, between files and servers"),
         QT_TRANSLATE_NOOP(
             "gonogo::Cli",
             "FROM and TO are decision files or decisions on a server (postgresql://HOST/DB?decision=ID). "
             "A file is copied by SQLite between changes; a copy to or from a server carries every row "
             "over in one transaction. The copy is synced and verified, and it is the same record (same "
             "record ID, audit chain and fingerprint), so its sign-offs stay valid. A decision on a "
             "server is never replaced."),
         QT_TRANSLATE_NOOP("gonogo::Cli", "the name of the copy is missing."), 2, 2, &optionsCopy, &Cli::cmdCopy},
        {"server init", "postgresql://HOST[:PORT]/DB",
         QT_TRANSLATE_NOOP("gonogo::Cli", "make a PostgreSQL database ready to hold decisions (team mode)"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Creates the catalog of decisions (schema gonogo) if it is not there; running it again "
                           "changes nothing. Each decision is then created with gonogo new or gonogo copy and lives "
                           "in a schema of its own. The password comes from PGPASSWORD or ~/.pgpass, else it is asked "
                           "on the terminal, never from the address; sslmode=require unless the server is this machine or the address says "
                           "otherwise (?sslmode=MODE)."),
         nullptr, 1, 1, &optionsServer, &Cli::cmdServerInit},
        {"server list", "postgresql://HOST[:PORT]/DB",
         QT_TRANSLATE_NOOP("gonogo::Cli", "the decisions on a server: ID, target date, decision, record, sign-offs, launch"),
         "", nullptr, 1, 1, &optionsServerList, &Cli::cmdServerList},
        {"server grant", "postgresql://HOST[:PORT]/DB[?decision=ID] DBUSER",
         QT_TRANSLATE_NOOP("gonogo::Cli", "give a database user its part: facilitator, stakeholder or auditor"),
         QT_TRANSLATE_NOOP(
             "gonogo::Cli",
             "The server enforces the parts, whatever program connects: a facilitator changes the checklist, risks, "
             "agenda and decision; a stakeholder reads and signs or withdraws only as the stakeholder given with "
             "--stakeholder N on the decision of the address; an auditor reads, verifies and exports. The audit log "
             "can be appended to, never changed. DBUSER must exist (CREATE ROLE ... LOGIN)."),
         QT_TRANSLATE_NOOP("gonogo::Cli", "the database user is missing."), 2, 2, &optionsServerGrant,
         &Cli::cmdServerGrant},
        {"agenda", "FILE",
         QT_TRANSLATE_NOOP("gonogo::Cli", "the meeting's agenda: steps with planned and actual minutes"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "--clock moves the meeting clock (start, pause, resume, next, previous, finish); --at "
                           "TIME (ISO 8601 with zone) says when, for scripts. Times are audited; they are printed in "
                           "the record's Meeting section but not part of its fingerprint."),
         nullptr, 1, 1, &optionsAgenda, &Cli::cmdAgenda},
        {"poll", "FILE",
         QT_TRANSLATE_NOOP("gonogo::Cli", "the roll-call poll: answers, tally, and whether it disagrees"),
         QT_TRANSLATE_NOOP(
             "gonogo::Cli",
             "Shows each role's answer and comment, the tally and the recommendation. --answer ROLE=ANSWER records "
             "an answer (GO, GO-WITH-DISSENT or NO-GO). A poll that disagrees with the recommendation needs "
             "--rationale before the decision can be recorded. The poll is part of the signed record."),
         nullptr, 1, 1, &optionsPoll, &Cli::cmdPoll},
        {"runbook", "FILE",
         QT_TRANSLATE_NOOP("gonogo::Cli", "the launch runbook: steps around go-live, what is due and what is late"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Each step's offset from go-live (T-60 ... T+60), owner role, validation and rollback "
                           "trigger, its due time once the launch has started, and its outcome. --at TIME (ISO 8601 "
                           "with zone) shows what was due and late at that moment."),
         nullptr, 1, 1, &optionsRunbook, &Cli::cmdRunbook},
        {"launch", "FILE", QT_TRANSLATE_NOOP("gonogo::Cli", "run the launch: start, step outcomes, go-live, rollback"),
         QT_TRANSLATE_NOOP(
             "gonogo::Cli",
             "--start begins the launch (only from a FINAL record whose decision is GO or GO WITH CAUTION); --step ID "
             "--done|--failed [--note TEXT] records a step's validation; --go-live records the cutover once every "
             "step before it is done; --rollback --trigger ID --rationale TEXT ends the launch (ABORTED before "
             "go-live, ROLLED BACK after). --at TIME sets when, for scripts. Every action is audited; the signed "
             "decision is never changed."),
         nullptr, 1, 1, &optionsLaunch, &Cli::cmdLaunch},
        {"metrics", "FILE",
         QT_TRANSLATE_NOOP("gonogo::Cli", "post-launch monitoring: the 18 metrics, their thresholds and breaches"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Shows the monitoring phase (from go-live), each metric's threshold and latest reading, and "
                           "every reading that breached, with the rollback trigger it feeds. --import READINGS.csv "
                           "(metric,time,value) or .json adds readings from a monitoring export, all or none; "
                           "--reading METRIC=VALUE [--at TIME] adds one by hand. Readings are audited."),
         nullptr, 1, 1, &optionsMetrics, &Cli::cmdMetrics},
        {"review", "FILE",
         QT_TRANSLATE_NOOP("gonogo::Cli", "the reviews after go-live, STABLE, and the conditions carried to closure"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Shows the reviews at T+24h, T+48h, T+1w and T+1m from the actual go-live and the "
                           "decision's conditions. --record ID --outcome TEXT [--attendees NAMES] [--stable] records a "
                           "review once it is due, with the metrics and open conditions as they stand; STABLE only "
                           "at T+48h or later, on a launch not rolled back, with every condition closed "
                           "(--close-condition N) or carried with a new owner and date (--carry-condition N --owner "
                           "NAME --due DATE)."),
         nullptr, 1, 1, &optionsReview, &Cli::cmdReview},
        {"gate", "FILE",
         QT_TRANSLATE_NOOP("gonogo::Cli", "exit by the signed decision: 0 GO, 10 GO WITH CAUTION, 11 NO-GO"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Exit 12 when the record is not FINAL (no decision, or a sign-off missing or stale) and 5 "
                           "when it fails verification. --allow-caution exits 0 for GO WITH CAUTION."),
         nullptr, 1, 1, &optionsGate, &Cli::cmdGate},
        {"help", "[COMMAND]", QT_TRANSLATE_NOOP("gonogo::Cli", "the options of one command"), "", nullptr, 0, -1,
         &optionsHelp, &Cli::cmdHelp},
    };
    return table;
}

const CliCommand *Cli::find(const QStringList &arguments)
{
    const CliCommand *best = nullptr;
    for (const CliCommand &c : commands()) {
        const QStringList words = QString::fromLatin1(c.name).split(QLatin1Char(' '));
        if (arguments.mid(0, words.size()) == words && (!best || qstrlen(best->name) < qstrlen(c.name))) {
            best = &c;
        }
    }
    return best;
}

bool Cli::isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        return false;
    }
    const QString first = arguments.first();
    // The window takes at most one file; anything longer is a command line, even a mistyped one.
    const bool group = std::any_of(commands().cbegin(), commands().cend(), [&first](const CliCommand &c) {
        return QString::fromLatin1(c.name).startsWith(first + QLatin1Char(' '));
    });
    return arguments.size() > 1 || find(arguments) || group || first.startsWith(QLatin1Char('-'));
}

bool Cli::needsGui(const QStringList &arguments)
{
    // Drawing a record needs fonts and reading one back needs the PDF engine: both a QGuiApplication.
    const bool drawsOrReads =
        !arguments.isEmpty() &&
        (arguments.first() == QLatin1String("export-pdf") ||
         (arguments.first() == QLatin1String("verify") &&
          (arguments.contains(QStringLiteral("--pdf")) || arguments.filter(QStringLiteral("--pdf=")).size() > 0)));
    return drawsOrReads && !arguments.contains(QStringLiteral("--help")) && !arguments.contains(QStringLiteral("-h"));
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        return help(QString());
    }
    if (arguments.first() == QLatin1String("--version") || arguments.first() == QLatin1String("-v")) {
        m_out << "gonogo " << QStringLiteral(GONOGO_VERSION) << '\n';
        return ExitOk;
    }
    const CliCommand *command = find(arguments);
    if (!command) {
        // "risk" or "stakeholder" alone: name the subcommands the table has.
        QStringList subcommands;
        for (const CliCommand &c : commands()) {
            const QString name = QString::fromLatin1(c.name);
            if (name.startsWith(arguments.first() + QLatin1Char(' '))) {
                subcommands << name.section(QLatin1Char(' '), 1);
            }
        }
        if (!subcommands.isEmpty()) {
            return usage(arguments.first(), Text::tr("use %1.").arg(subcommands.join(QStringLiteral(", "))));
        }
        m_err << printable(Text::tr("gonogo: unknown command or option \"%1\".").arg(arguments.first())) << '\n'
              << Text::tr("Run \"gonogo --help\" for the list of commands.") << '\n';
        return ExitUsage;
    }
    const QString name = QString::fromLatin1(command->name);
    const QStringList rest = arguments.mid(static_cast<int>(name.count(QLatin1Char(' '))) + 1);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        return help(name);
    }
    ParsedCommand p;
    p.command = name;
    p.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.parser.addOptions(command->options());
    if (!p.parser.parse(QStringList{QStringLiteral("gonogo")} + rest)) {
        return usage(name, p.parser.errorText());
    }
    p.positional = p.parser.positionalArguments();
    if (p.positional.size() < command->minPositional) {
        const QString missing = p.positional.isEmpty() && command->minPositional >= 1
                                    ? Text::tr("the decision file is missing.")
                                : command->missing ? translated(command->missing)
                                                   : Text::tr("arguments are missing.");
        return usage(name, missing);
    }
    if (command->maxPositional >= 0 && p.positional.size() > command->maxPositional) {
        return usage(name, Text::tr("unexpected argument \"%1\".").arg(p.positional.at(command->maxPositional)));
    }
    return (this->*(command->handler))(p);
}

int Cli::cmdHelp(ParsedCommand &p)
{
    if (p.parser.isSet(QStringLiteral("man"))) {
        if (!p.positional.isEmpty()) {
            return usage(QStringLiteral("help"), Text::tr("--man prints the whole manual; it takes no command."));
        }
        return manPage();
    }
    return help(p.positional.join(QLatin1Char(' ')));
}

const QVector<ExitStatus> &exitStatuses()
{
    static const QVector<ExitStatus> list{
        {ExitOk, QT_TRANSLATE_NOOP("gonogo::Cli", "success"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "Success (for gate: the decision is GO).")},
        {ExitUsage, QT_TRANSLATE_NOOP("gonogo::Cli", "usage error"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "Usage error: unknown command or option, missing argument, badly written date.")},
        {ExitNotDecisionFile, QT_TRANSLATE_NOOP("gonogo::Cli", "not a decision file"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "Not a decision file: missing, empty, a folder, not SQLite, or SQLite that "
                                          "is not GoNoGo's.")},
        {ExitNewerVersion, QT_TRANSLATE_NOOP("gonogo::Cli", "newer file format"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "The file was written by a newer GoNoGo.")},
        {ExitDamaged, QT_TRANSLATE_NOOP("gonogo::Cli", "damaged file or failed verification"),
         QT_TRANSLATE_NOOP("gonogo::Cli",
                           "The file is damaged or truncated, or fails verification; export-pdf and gate refuse such a "
                           "file; verify --pdf: the PDF is not the record of the file as it stands.")},
        {ExitInUse, QT_TRANSLATE_NOOP("gonogo::Cli", "file in use"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "The file is in use by another window or program.")},
        {ExitInvalidInput, QT_TRANSLATE_NOOP("gonogo::Cli", "invalid input"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "Invalid input: an unknown ID, status, likelihood, impact or state, an "
                                          "empty title, a bad checklist file, a target file that exists.")},
        {ExitIo, QT_TRANSLATE_NOOP("gonogo::Cli", "read/write error"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "Read or write error (for example a full disk).")},
        {ExitGateCaution, QT_TRANSLATE_NOOP("gonogo::Cli", "gate: GO WITH CAUTION"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "gate: the decision is GO WITH CAUTION (0 with --allow-caution).")},
        {ExitGateNoGo, QT_TRANSLATE_NOOP("gonogo::Cli", "gate: NO-GO"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "gate: the decision is NO-GO.")},
        {ExitGateNotFinal, QT_TRANSLATE_NOOP("gonogo::Cli", "gate: record not final"),
         QT_TRANSLATE_NOOP("gonogo::Cli", "gate: the record is not FINAL: no decision recorded, or a sign-off "
                                          "missing or stale.")},
    };
    return list;
}

int Cli::help(const QString &command)
{
    if (command.isEmpty()) {
        m_out << Text::tr("Usage: gonogo [FILE]              open FILE (or the last file) in the window\n"
                          "       gonogo COMMAND FILE [OPTIONS]\n")
              << '\n'
              << Text::tr("Commands:") << '\n';
        for (const CliCommand &c : commands()) {
            const QString head =
                QStringLiteral("%1 %2").arg(QString::fromLatin1(c.name), QString::fromLatin1(c.arguments));
            m_out << "  " << head.leftJustified(34) << ' ' << translated(c.summary) << '\n';
        }
        QStringList statuses;
        for (const ExitStatus &e : exitStatuses()) {
            statuses << QStringLiteral("%1 %2").arg(e.code).arg(translated(e.brief));
        }
        // Wrapped at 100 columns, at the commas.
        QString line = Text::tr("Exit statuses:");
        m_out << '\n';
        for (int i = 0; i < statuses.size(); ++i) {
            const QString part = statuses.at(i) + (i + 1 < statuses.size() ? QStringLiteral(",") : QStringLiteral("."));
            if (line.size() + 1 + part.size() > 100) {
                m_out << line << '\n';
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + part;
        }
        m_out << line << '\n' << Text::tr("Run \"gonogo help COMMAND\" for the options of one command.") << '\n';
        return ExitOk;
    }
    const CliCommand *c = find(command.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    if (!c || QString::fromLatin1(c->name) != command.simplified()) {
        // "help risk": every risk command.
        bool any = false;
        for (const CliCommand &sub : commands()) {
            if (QString::fromLatin1(sub.name).startsWith(command.simplified() + QLatin1Char(' '))) {
                if (any) {
                    m_out << '\n';
                }
                any = true;
                help(QString::fromLatin1(sub.name));
            }
        }
        if (any) {
            return ExitOk;
        }
        return usage(QStringLiteral("help"), Text::tr("unknown command \"%1\".").arg(command));
    }
    m_out << Text::tr("Usage: gonogo %1 %2 [OPTIONS]")
                 .arg(QString::fromLatin1(c->name), QString::fromLatin1(c->arguments))
          << '\n'
          << translated(c->summary) << '\n';
    if (*c->details) {
        m_out << translated(c->details) << '\n';
    }
    const QList<QCommandLineOption> options = c->options();
    if (!options.isEmpty()) {
        m_out << '\n' << Text::tr("Options:") << '\n';
        for (const QCommandLineOption &o : options) {
            QString syntax = QStringLiteral("--") + o.names().first();
            if (!o.valueName().isEmpty()) {
                syntax += QLatin1Char(' ') + o.valueName();
            }
            m_out << "  " << syntax.leftJustified(26) << ' ' << o.description() << '\n';
        }
    }
    return ExitOk;
}

} // namespace gonogo
