#include "cli.h"

#include "checklisttemplate.h"
#include "engine.h"
#include "record.h"
#include "report/recordreport.h"
#include "storage/decisionfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace gonogo {

namespace {

// Translation context of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Cli)
};

const QStringList &commands()
{
    static const QStringList list{
        QStringLiteral("new"),         QStringLiteral("summary"),    QStringLiteral("items"),
        QStringLiteral("set"),         QStringLiteral("risk"),       QStringLiteral("risks"),
        QStringLiteral("meeting"),     QStringLiteral("verify"),     QStringLiteral("gate"),
        QStringLiteral("matrix"),      QStringLiteral("decide"),     QStringLiteral("sign"),
        QStringLiteral("signoffs"),    QStringLiteral("withdraw"),   QStringLiteral("stakeholders"),
        QStringLiteral("stakeholder"), QStringLiteral("export-pdf"), QStringLiteral("help")};
    return list;
}

// Terminal output must not let a hostile title move the cursor or recolour the screen.
QString printable(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if ((c.category() == QChar::Other_Control && u != u'\t') || bidi) {
            s += QChar(0xFFFD);
        } else {
            s += c;
        }
    }
    return s;
}

int exitFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotADecisionFile:
        return ExitNotDecisionFile;
    case ErrorKind::NewerVersion:
        return ExitNewerVersion;
    case ErrorKind::Damaged:
        return ExitDamaged;
    case ErrorKind::InUse:
        return ExitInUse;
    case ErrorKind::InvalidInput:
        return ExitInvalidInput;
    case ErrorKind::Io:
    case ErrorKind::None:
        break;
    }
    return ExitIo;
}

struct Parsed
{
    QCommandLineParser parser;
    QStringList positional;
    QString error;
};

// Parses "command [options] positional..."; returns an error text for unknown options or a wrong count.
void parse(Parsed &p, const QStringList &args, const QList<QCommandLineOption> &options, int minPositional,
           int maxPositional)
{
    p.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.parser.addOptions(options);
    if (!p.parser.parse(QStringList{QStringLiteral("gonogo")} + args)) {
        p.error = p.parser.errorText();
        return;
    }
    p.positional = p.parser.positionalArguments();
    if (p.positional.size() < minPositional) {
        p.error = minPositional == 1 ? Text::tr("the decision file is missing.") : Text::tr("arguments are missing.");
    } else if (maxPositional >= 0 && p.positional.size() > maxPositional) {
        p.error = Text::tr("unexpected argument \"%1\".").arg(p.positional.at(maxPositional));
    }
}

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

QCommandLineOption byOption()
{
    return valueOption(QStringLiteral("by"), Text::tr("Name recorded in the audit log (default: your user name)."),
                       Text::tr("NAME"));
}

QString actorFrom(const QCommandLineParser &p)
{
    const QString by = p.value(QStringLiteral("by")).trimmed();
    return by.isEmpty() ? DecisionFile::defaultActor() : by;
}

std::optional<QDate> parseDateOption(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return QDate();
    }
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        return std::nullopt;
    }
    return d;
}

QJsonObject itemJson(const Item &item)
{
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("category"), item.categoryCode},
                       {QStringLiteral("title"), item.title},
                       {QStringLiteral("critical"), item.critical},
                       {QStringLiteral("status"), toCode(item.status)},
                       {QStringLiteral("owner"), item.owner},
                       {QStringLiteral("evidence"), item.evidence}};
}

QJsonObject riskJson(const Risk &risk, const RiskMatrix &matrix)
{
    return QJsonObject{{QStringLiteral("id"), risk.id},
                       {QStringLiteral("title"), risk.title},
                       {QStringLiteral("likelihood"), toCode(risk.likelihood)},
                       {QStringLiteral("impact"), toCode(risk.impact)},
                       {QStringLiteral("level"), toCode(matrix.level(risk.likelihood, risk.impact))},
                       {QStringLiteral("state"), toCode(risk.state)},
                       {QStringLiteral("owner"), risk.owner},
                       {QStringLiteral("mitigation"), risk.mitigation},
                       {QStringLiteral("acceptance_rationale"), risk.acceptanceRationale},
                       {QStringLiteral("accepted_by"), risk.acceptedBy},
                       {QStringLiteral("accepted_until"), risk.acceptedUntil.isValid()
                                                              ? QJsonValue(risk.acceptedUntil.toString(Qt::ISODate))
                                                              : QJsonValue()},
                       {QStringLiteral("items"), QJsonArray::fromStringList(risk.itemIds)}};
}

QJsonObject summaryJson(const Snapshot &s, const Assessment &a)
{
    QJsonArray categories;
    for (const CategoryScore &c : a.categories) {
        categories.append(QJsonObject{{QStringLiteral("code"), c.code},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("total"), c.items.total},
                                      {QStringLiteral("critical"), c.critical.total},
                                      {QStringLiteral("pass"), c.items.pass},
                                      {QStringLiteral("critical_pass"), c.critical.pass},
                                      {QStringLiteral("partial"), c.items.partial},
                                      {QStringLiteral("fail"), c.items.fail},
                                      {QStringLiteral("pending"), c.items.pending}});
    }
    QJsonArray reasons;
    for (const Reason &r : a.reasons) {
        reasons.append(r.text);
    }
    const Thresholds &t = s.meeting.thresholds;
    return QJsonObject{
        {QStringLiteral("launch"), s.meeting.launchName},
        {QStringLiteral("items"), QJsonObject{{QStringLiteral("total"), a.items.total},
                                              {QStringLiteral("pass"), a.items.pass},
                                              {QStringLiteral("partial"), a.items.partial},
                                              {QStringLiteral("fail"), a.items.fail},
                                              {QStringLiteral("pending"), a.items.pending}}},
        {QStringLiteral("critical"),
         QJsonObject{{QStringLiteral("total"), a.critical.total}, {QStringLiteral("pass"), a.critical.pass}}},
        {QStringLiteral("scores"), QJsonObject{{QStringLiteral("critical_percent"), a.criticalScore.percent()},
                                               {QStringLiteral("total_percent"), a.totalScore.percent()}}},
        {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("critical_percent"), t.criticalPercent},
                                                   {QStringLiteral("go_percent"), t.goPercent},
                                                   {QStringLiteral("caution_percent"), t.cautionPercent}}},
        {QStringLiteral("risks"), QJsonObject{{QStringLiteral("open_red"), a.openRed},
                                              {QStringLiteral("open_yellow"), a.openYellow},
                                              {QStringLiteral("open_green"), a.openGreen},
                                              {QStringLiteral("accepted"), a.accepted},
                                              {QStringLiteral("mitigated"), a.mitigated}}},
        {QStringLiteral("decision"), toCode(a.decision)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("categories"), categories},
    };
}

// Most commands start the same way: the file, then everything in it.
struct Opened
{
    std::unique_ptr<DecisionFile> file;
    Snapshot snapshot;
};

Result<Opened> openWithSnapshot(const QString &path)
{
    auto file = DecisionFile::open(path);
    if (!file) {
        return file.error();
    }
    auto snapshot = file.value()->snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    return Opened{std::move(file).value(), std::move(snapshot).value()};
}

} // namespace

bool Cli::isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        return false;
    }
    const QString first = arguments.first();
    // The window takes at most one file; anything longer is a command line, even a mistyped one.
    return arguments.size() > 1 || commands().contains(first) || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("--version") || first == QLatin1String("-v") ||
           first.startsWith(QLatin1Char('-'));
}

bool Cli::needsGui(const QStringList &arguments)
{
    return !arguments.isEmpty() && arguments.first() == QLatin1String("export-pdf") &&
           !arguments.contains(QStringLiteral("--help")) && !arguments.contains(QStringLiteral("-h"));
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
    return exitFor(error.kind);
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        return help(QString());
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "gonogo " << QStringLiteral(GONOGO_VERSION) << '\n';
        return ExitOk;
    }
    if (command == QLatin1String("help")) {
        return help(rest.value(0));
    }
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        return help(command == QLatin1String("risk") && !rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-'))
                        ? command + QLatin1Char(' ') + rest.first()
                        : command);
    }
    if (command == QLatin1String("new")) {
        return cmdNew(rest);
    }
    if (command == QLatin1String("summary")) {
        return cmdSummary(rest);
    }
    if (command == QLatin1String("items")) {
        return cmdItems(rest);
    }
    if (command == QLatin1String("set")) {
        return cmdSet(rest);
    }
    if (command == QLatin1String("risk")) {
        return cmdRisk(rest);
    }
    if (command == QLatin1String("risks")) {
        return cmdRisks(rest);
    }
    if (command == QLatin1String("meeting")) {
        return cmdMeeting(rest);
    }
    if (command == QLatin1String("verify")) {
        return cmdVerify(rest);
    }
    if (command == QLatin1String("matrix")) {
        return cmdMatrix(rest);
    }
    if (command == QLatin1String("decide")) {
        return cmdDecide(rest);
    }
    if (command == QLatin1String("sign")) {
        return cmdSign(rest);
    }
    if (command == QLatin1String("signoffs")) {
        return cmdSignoffs(rest);
    }
    if (command == QLatin1String("withdraw")) {
        return cmdWithdraw(rest);
    }
    if (command == QLatin1String("stakeholders")) {
        return cmdStakeholders(rest);
    }
    if (command == QLatin1String("stakeholder")) {
        return cmdStakeholder(rest);
    }
    if (command == QLatin1String("export-pdf")) {
        return cmdExportPdf(rest);
    }
    if (command == QLatin1String("gate")) {
        return cmdGate(rest);
    }
    m_err << printable(Text::tr("gonogo: unknown command or option \"%1\".").arg(command)) << '\n'
          << Text::tr("Run \"gonogo --help\" for the list of commands.") << '\n';
    return ExitUsage;
}

int Cli::help(const QString &command)
{
    QString text;
    if (command.isEmpty()) {
        text = Text::tr("Usage: gonogo [FILE]              open FILE (or the last file) in the window\n"
                        "       gonogo COMMAND FILE [OPTIONS]\n"
                        "\n"
                        "Commands:\n"
                        "  new FILE        create a decision file from a template or checklist\n"
                        "  summary FILE    scores, risk counts, the recommendation and its reasons\n"
                        "  items FILE      list checklist items, optionally filtered\n"
                        "  set FILE ID...  set status, owner or evidence of one or more items\n"
                        "  meeting FILE    show or change the meeting details and thresholds\n"
                        "  risk add FILE   add a risk\n"
                        "  risk set FILE RISK_ID   change a risk\n"
                        "  risk delete FILE RISK_ID   delete a risk\n"
                        "  risks FILE      list risks with their level\n"
                        "  matrix FILE     show or change the likelihood x impact levels\n"
                        "  decide FILE     record the meeting's decision\n"
                        "  sign FILE       sign the decision record (simple electronic signature)\n"
                        "  signoffs FILE   list sign-offs: CURRENT, STALE or WITHDRAWN\n"
                        "  withdraw FILE   withdraw a sign-off\n"
                        "  stakeholders FILE   list who must sign; stakeholder add|set|move|remove changes it\n"
                        "  verify FILE     check integrity, the audit chain, the fingerprint and every sign-off\n"
                        "  export-pdf FILE OUT.pdf   write the archival PDF decision record\n"
                        "  gate FILE       exit 0 for GO, 10 for GO WITH CAUTION, 11 for NO-GO\n"
                        "  help COMMAND    the options of one command\n"
                        "\n"
                        "Exit statuses: 0 success, 2 usage error, 3 not a decision file, 4 newer file format,\n"
                        "5 damaged file, 6 file in use, 7 invalid input, 8 read/write error.\n");
    } else if (command == QLatin1String("new")) {
        text = Text::tr("Usage: gonogo new FILE [--template p020|PATH] [--title TEXT] [--facilitator NAME]\n"
                        "                      [--target-date YYYY-MM-DD] [--meeting-date YYYY-MM-DD] [--by NAME]\n"
                        "Creates FILE from the built-in P020 template (default) or from a checklist file:\n"
                        ".json (GoNoGo template), .csv (category,id,title,critical,owner,description) or .md.\n");
    } else if (command == QLatin1String("summary")) {
        text = Text::tr("Usage: gonogo summary FILE [--json]\n");
    } else if (command == QLatin1String("items")) {
        text = Text::tr("Usage: gonogo items FILE [--json] [--category CODE] [--status STATUS] [--critical]\n"
                        "STATUS is PASS, PARTIAL, FAIL or PENDING.\n");
    } else if (command == QLatin1String("set")) {
        text = Text::tr("Usage: gonogo set FILE [--status STATUS] [--owner NAME] [--evidence TEXT] [--notes TEXT]\n"
                        "                      [--by NAME] ID...\n"
                        "Changes every listed item in one transaction: all of them or none.\n");
    } else if (command.startsWith(QLatin1String("risk"))) {
        text =
            Text::tr("Usage: gonogo risk add FILE --title TEXT --likelihood L --impact I [--owner NAME]\n"
                     "                      [--mitigation TEXT] [--description TEXT] [--item ID]... [--by NAME]\n"
                     "       gonogo risk set FILE RISK_ID [--title TEXT] [--state S] [--likelihood L] [--impact I]\n"
                     "                      [--owner NAME] [--mitigation TEXT] [--rationale TEXT]\n"
                     "                      [--accepted-by NAME] [--until YYYY-MM-DD] [--link ID]... [--unlink ID]...\n"
                     "                      [--by NAME]\n"
                     "       gonogo risk delete FILE RISK_ID [--by NAME]\n"
                     "       gonogo risks FILE [--json]\n"
                     "L is HIGH, MEDIUM or LOW; I is CRITICAL, HIGH, MEDIUM or LOW; S is OPEN, ACCEPTED or MITIGATED.\n"
                     "Accepting a risk needs a rationale.\n");
    } else if (command == QLatin1String("matrix")) {
        text = Text::tr("Usage: gonogo matrix FILE [--set LIKELIHOOD:IMPACT=LEVEL]... [--reset] [--json] [--by NAME]\n"
                        "Shows the risk matrix after applying any change. LEVEL is RED, YELLOW or GREEN.\n");
    } else if (command == QLatin1String("meeting")) {
        text = Text::tr("Usage: gonogo meeting FILE [--title TEXT] [--facilitator NAME] [--target-date YYYY-MM-DD]\n"
                        "                      [--meeting-date YYYY-MM-DD] [--critical-percent N] [--go-percent N]\n"
                        "                      [--caution-percent N] [--by NAME]\n"
                        "Without options, shows the meeting details.\n");
    } else if (command == QLatin1String("verify")) {
        text = Text::tr("Usage: gonogo verify FILE\n"
                        "Checks the schema, the database integrity, references and the audit log.\n");
    } else if (command == QLatin1String("gate")) {
        text = Text::tr("Usage: gonogo gate FILE [--allow-caution]\n"
                        "Exit status 0 for GO, 10 for GO WITH CAUTION (0 with --allow-caution), 11 for NO-GO.\n");
    } else {
        return usage(QStringLiteral("help"), Text::tr("unknown command \"%1\".").arg(command));
    }
    m_out << text;
    return ExitOk;
}

int Cli::cmdNew(const QStringList &args)
{
    Parsed p;
    const auto templateOpt =
        valueOption(QStringLiteral("template"), Text::tr("p020 or a checklist file."), Text::tr("TEMPLATE"));
    const auto titleOpt = valueOption(QStringLiteral("title"), Text::tr("The launch name."), Text::tr("TEXT"));
    const auto facilitatorOpt =
        valueOption(QStringLiteral("facilitator"), Text::tr("The facilitator."), Text::tr("NAME"));
    const auto targetOpt =
        valueOption(QStringLiteral("target-date"), Text::tr("Target launch date."), Text::tr("DATE"));
    const auto meetingOpt = valueOption(QStringLiteral("meeting-date"), Text::tr("Meeting date."), Text::tr("DATE"));
    parse(p, args, {templateOpt, titleOpt, facilitatorOpt, targetOpt, meetingOpt, byOption()}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("new"), p.error);
    }
    const QString source = p.parser.isSet(templateOpt) ? p.parser.value(templateOpt) : QStringLiteral("p020");
    auto checklist = TemplateImport::builtInNames().contains(source.toLower()) && !QFileInfo::exists(source)
                         ? TemplateImport::builtIn(source)
                         : TemplateImport::fromFile(source);
    if (!checklist) {
        return fail(checklist.error());
    }
    CreateOptions options;
    options.launchName = p.parser.value(titleOpt);
    options.facilitator = p.parser.value(facilitatorOpt);
    options.actor = actorFrom(p.parser);
    const auto target = parseDateOption(p.parser.value(targetOpt));
    const auto meeting = parseDateOption(p.parser.value(meetingOpt));
    if (!target || !meeting) {
        return usage(QStringLiteral("new"), Text::tr("dates are written YYYY-MM-DD."));
    }
    options.targetDate = *target;
    options.meetingDate = *meeting;
    auto file = DecisionFile::create(p.positional.first(), checklist.value(), options);
    if (!file) {
        return fail(file.error());
    }
    m_out << printable(Text::tr("Created %1: %2 items in %3 categories, %4 critical.")
                           .arg(QDir::toNativeSeparators(p.positional.first()),
                                QString::number(checklist->itemCount()),
                                QString::number(checklist->categories.size()),
                                QString::number(checklist->criticalCount())))
          << '\n';
    return ExitOk;
}

int Cli::cmdSummary(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Machine-readable output."));
    parse(p, args, {json}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("summary"), p.error);
    }
    auto opened = openWithSnapshot(p.positional.first());
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const Assessment a = DecisionEngine::assess(snapshot);
    if (p.parser.isSet(json)) {
        m_out << QJsonDocument(summaryJson(snapshot, a)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const Meeting &m = snapshot.meeting;
    m_out << printable(m.launchName) << '\n';
    m_out << Text::tr("Recommendation: %1").arg(displayName(a.decision)) << '\n';
    m_out << Text::tr("Critical score: %1% (%2 of %3 critical items PASS)")
                 .arg(a.criticalScore.text())
                 .arg(a.critical.pass)
                 .arg(a.critical.total)
          << '\n';
    m_out << Text::tr("Total score:    %1% (%2 of %3 items PASS)")
                 .arg(a.totalScore.text())
                 .arg(a.items.pass)
                 .arg(a.items.total)
          << '\n';
    m_out << Text::tr("Items: %1 PASS, %2 PARTIAL, %3 FAIL, %4 PENDING")
                 .arg(a.items.pass)
                 .arg(a.items.partial)
                 .arg(a.items.fail)
                 .arg(a.items.pending)
          << '\n';
    m_out << Text::tr("Risks: %1 open red, %2 open yellow, %3 open green, %4 accepted, %5 mitigated")
                 .arg(a.openRed)
                 .arg(a.openYellow)
                 .arg(a.openGreen)
                 .arg(a.accepted)
                 .arg(a.mitigated)
          << '\n';
    if (!a.reasons.isEmpty()) {
        m_out << Text::tr("Reasons:") << '\n';
        for (const Reason &r : a.reasons) {
            m_out << "  - " << printable(r.text) << '\n';
        }
    }
    m_out << '\n' << Text::tr("Category                     Items  Critical  Pass") << '\n';
    for (const CategoryScore &c : a.categories) {
        m_out << printable(QStringLiteral("%1 %2 %3 %4")
                               .arg(c.name.left(28), -28)
                               .arg(c.items.total, 5)
                               .arg(QStringLiteral("%1/%2").arg(c.critical.pass).arg(c.critical.total), 9)
                               .arg(QStringLiteral("%1/%2").arg(c.items.pass).arg(c.items.total), 5))
              << '\n';
    }
    return ExitOk;
}

int Cli::cmdItems(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Machine-readable output."));
    const auto categoryOpt =
        valueOption(QStringLiteral("category"), Text::tr("Only this category code."), Text::tr("CODE"));
    const auto statusOpt = valueOption(QStringLiteral("status"), Text::tr("Only this status."), Text::tr("STATUS"));
    const QCommandLineOption criticalOpt(QStringLiteral("critical"), Text::tr("Only critical items."));
    parse(p, args, {json, categoryOpt, statusOpt, criticalOpt}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("items"), p.error);
    }
    std::optional<Status> status;
    if (p.parser.isSet(statusOpt)) {
        status = statusFromCode(p.parser.value(statusOpt));
        if (!status) {
            return fail(Error{
                ErrorKind::InvalidInput,
                Text::tr("unknown status \"%1\"; use PASS, PARTIAL, FAIL or PENDING.").arg(p.parser.value(statusOpt))});
        }
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto items = file.value()->items().all();
    if (!items) {
        return fail(items.error());
    }
    const QString category = p.parser.value(categoryOpt).trimmed();
    if (!category.isEmpty()) {
        auto categories = file.value()->items().categories();
        if (!categories) {
            return fail(categories.error());
        }
        const bool known = std::any_of(categories->cbegin(), categories->cend(), [&](const Category &c) {
            return c.code.compare(category, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("%1 has no category with code \"%2\".")
                                                   .arg(QDir::toNativeSeparators(p.positional.first()), category)});
        }
    }
    QJsonArray list;
    for (const Item &item : items.value()) {
        if ((!category.isEmpty() && item.categoryCode.compare(category, Qt::CaseInsensitive) != 0) ||
            (status && item.status != *status) || (p.parser.isSet(criticalOpt) && !item.critical)) {
            continue;
        }
        if (p.parser.isSet(json)) {
            list.append(itemJson(item));
        } else {
            m_out << printable(QStringLiteral("%1  %2  %3  %4  %5")
                                   .arg(item.id, -10)
                                   .arg(toCode(item.status), -7)
                                   .arg(item.critical ? QStringLiteral("*") : QStringLiteral(" "))
                                   .arg(item.title)
                                   .arg(item.owner.isEmpty() ? QString() : QStringLiteral("[%1]").arg(item.owner)))
                  << '\n';
        }
    }
    if (p.parser.isSet(json)) {
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

int Cli::cmdSet(const QStringList &args)
{
    Parsed p;
    const auto statusOpt =
        valueOption(QStringLiteral("status"), Text::tr("PASS, PARTIAL, FAIL or PENDING."), Text::tr("STATUS"));
    const auto ownerOpt = valueOption(QStringLiteral("owner"), Text::tr("The owner."), Text::tr("NAME"));
    const auto evidenceOpt =
        valueOption(QStringLiteral("evidence"), Text::tr("Evidence text or links."), Text::tr("TEXT"));
    const auto notesOpt = valueOption(QStringLiteral("notes"), Text::tr("Notes."), Text::tr("TEXT"));
    parse(p, args, {statusOpt, ownerOpt, evidenceOpt, notesOpt, byOption()}, 2, -1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("set"), p.positional.size() == 1 ? Text::tr("no item ID given.") : p.error);
    }
    if (!p.parser.isSet(statusOpt) && !p.parser.isSet(ownerOpt) && !p.parser.isSet(evidenceOpt) &&
        !p.parser.isSet(notesOpt)) {
        return usage(QStringLiteral("set"),
                     Text::tr("nothing to change: give --status, --owner, --evidence or --notes."));
    }
    ItemChange base;
    if (p.parser.isSet(statusOpt)) {
        base.status = statusFromCode(p.parser.value(statusOpt));
        if (!base.status) {
            return fail(Error{
                ErrorKind::InvalidInput,
                Text::tr("unknown status \"%1\"; use PASS, PARTIAL, FAIL or PENDING.").arg(p.parser.value(statusOpt))});
        }
    }
    if (p.parser.isSet(ownerOpt)) {
        base.owner = p.parser.value(ownerOpt).trimmed();
    }
    if (p.parser.isSet(evidenceOpt)) {
        base.evidence = p.parser.value(evidenceOpt);
    }
    if (p.parser.isSet(notesOpt)) {
        base.notes = p.parser.value(notesOpt);
    }
    QVector<ItemChange> changes;
    for (const QString &id : p.positional.mid(1)) {
        ItemChange c = base;
        c.id = id.trimmed();
        changes.append(c);
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto changed = file.value()->items().apply(changes, actorFrom(p.parser));
    if (!changed) {
        return fail(changed.error());
    }
    m_out << Text::tr("%n field(s) changed.", nullptr, changed.value()) << '\n';
    return ExitOk;
}

int Cli::cmdRisk(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add")) {
        return cmdRiskAdd(args.mid(1));
    }
    if (sub == QLatin1String("set")) {
        return cmdRiskSet(args.mid(1));
    }
    if (sub == QLatin1String("delete")) {
        return cmdRiskDelete(args.mid(1));
    }
    return usage(QStringLiteral("risk"), sub.isEmpty()
                                             ? Text::tr("say \"add\", \"set\" or \"delete\".")
                                             : Text::tr("unknown subcommand \"%1\"; use add, set or delete.").arg(sub));
}

int Cli::cmdRiskAdd(const QStringList &args)
{
    Parsed p;
    const auto titleOpt = valueOption(QStringLiteral("title"), Text::tr("The risk."), Text::tr("TEXT"));
    const auto likelihoodOpt =
        valueOption(QStringLiteral("likelihood"), Text::tr("HIGH, MEDIUM or LOW."), Text::tr("L"));
    const auto impactOpt =
        valueOption(QStringLiteral("impact"), Text::tr("CRITICAL, HIGH, MEDIUM or LOW."), Text::tr("I"));
    const auto ownerOpt = valueOption(QStringLiteral("owner"), Text::tr("The owner."), Text::tr("NAME"));
    const auto mitigationOpt = valueOption(QStringLiteral("mitigation"), Text::tr("The mitigation."), Text::tr("TEXT"));
    const auto descriptionOpt =
        valueOption(QStringLiteral("description"), Text::tr("The description."), Text::tr("TEXT"));
    const auto itemOpt =
        valueOption(QStringLiteral("item"), Text::tr("A checklist item this risk comes from."), Text::tr("ID"));
    parse(p, args, {titleOpt, likelihoodOpt, impactOpt, ownerOpt, mitigationOpt, descriptionOpt, itemOpt, byOption()},
          1, 1);
    const QString name = QStringLiteral("risk add");
    if (!p.error.isEmpty()) {
        return usage(name, p.error);
    }
    for (const auto &required : {titleOpt, likelihoodOpt, impactOpt}) {
        if (!p.parser.isSet(required)) {
            return usage(name, Text::tr("--%1 is required.").arg(required.names().first()));
        }
    }
    RiskDraft draft;
    draft.title = p.parser.value(titleOpt);
    if (draft.title.trimmed().isEmpty()) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("a risk needs a title.")});
    }
    const auto likelihood = likelihoodFromCode(p.parser.value(likelihoodOpt));
    if (!likelihood) {
        return fail(
            Error{ErrorKind::InvalidInput,
                  Text::tr("unknown likelihood \"%1\"; use HIGH, MEDIUM or LOW.").arg(p.parser.value(likelihoodOpt))});
    }
    const auto impact = impactFromCode(p.parser.value(impactOpt));
    if (!impact) {
        return fail(Error{
            ErrorKind::InvalidInput,
            Text::tr("unknown impact \"%1\"; use CRITICAL, HIGH, MEDIUM or LOW.").arg(p.parser.value(impactOpt))});
    }
    draft.likelihood = *likelihood;
    draft.impact = *impact;
    draft.owner = p.parser.value(ownerOpt).trimmed();
    draft.mitigation = p.parser.value(mitigationOpt);
    draft.description = p.parser.value(descriptionOpt);
    draft.itemIds = p.parser.values(itemOpt);
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto id = file.value()->risks().add(draft, actorFrom(p.parser));
    if (!id) {
        return fail(id.error());
    }
    m_out << id.value() << '\n';
    return ExitOk;
}

int Cli::cmdRiskSet(const QStringList &args)
{
    Parsed p;
    const auto titleOpt = valueOption(QStringLiteral("title"), Text::tr("The risk."), Text::tr("TEXT"));
    const auto stateOpt = valueOption(QStringLiteral("state"), Text::tr("OPEN, ACCEPTED or MITIGATED."), Text::tr("S"));
    const auto likelihoodOpt =
        valueOption(QStringLiteral("likelihood"), Text::tr("HIGH, MEDIUM or LOW."), Text::tr("L"));
    const auto impactOpt =
        valueOption(QStringLiteral("impact"), Text::tr("CRITICAL, HIGH, MEDIUM or LOW."), Text::tr("I"));
    const auto ownerOpt = valueOption(QStringLiteral("owner"), Text::tr("The owner."), Text::tr("NAME"));
    const auto mitigationOpt = valueOption(QStringLiteral("mitigation"), Text::tr("The mitigation."), Text::tr("TEXT"));
    const auto rationaleOpt =
        valueOption(QStringLiteral("rationale"), Text::tr("Why the risk is accepted."), Text::tr("TEXT"));
    const auto acceptedByOpt =
        valueOption(QStringLiteral("accepted-by"), Text::tr("Who accepts the risk."), Text::tr("NAME"));
    const auto untilOpt = valueOption(QStringLiteral("until"), Text::tr("Acceptance valid until."), Text::tr("DATE"));
    const auto linkOpt = valueOption(QStringLiteral("link"), Text::tr("Link a checklist item."), Text::tr("ID"));
    const auto unlinkOpt =
        valueOption(QStringLiteral("unlink"), Text::tr("Remove the link to a checklist item."), Text::tr("ID"));
    parse(p, args,
          {titleOpt, stateOpt, likelihoodOpt, impactOpt, ownerOpt, mitigationOpt, rationaleOpt, acceptedByOpt, untilOpt,
           linkOpt, unlinkOpt, byOption()},
          2, 2);
    const QString name = QStringLiteral("risk set");
    if (!p.error.isEmpty()) {
        return usage(name, p.positional.size() == 1 ? Text::tr("no risk ID given.") : p.error);
    }
    RiskChange change;
    change.id = p.positional.at(1).trimmed();
    if (p.parser.isSet(titleOpt)) {
        change.title = p.parser.value(titleOpt);
    }
    if (p.parser.isSet(stateOpt)) {
        change.state = riskStateFromCode(p.parser.value(stateOpt));
        if (!change.state) {
            return fail(Error{
                ErrorKind::InvalidInput,
                Text::tr("unknown state \"%1\"; use OPEN, ACCEPTED or MITIGATED.").arg(p.parser.value(stateOpt))});
        }
    }
    if (p.parser.isSet(likelihoodOpt)) {
        change.likelihood = likelihoodFromCode(p.parser.value(likelihoodOpt));
        if (!change.likelihood) {
            return fail(Error{
                ErrorKind::InvalidInput,
                Text::tr("unknown likelihood \"%1\"; use HIGH, MEDIUM or LOW.").arg(p.parser.value(likelihoodOpt))});
        }
    }
    if (p.parser.isSet(impactOpt)) {
        change.impact = impactFromCode(p.parser.value(impactOpt));
        if (!change.impact) {
            return fail(Error{
                ErrorKind::InvalidInput,
                Text::tr("unknown impact \"%1\"; use CRITICAL, HIGH, MEDIUM or LOW.").arg(p.parser.value(impactOpt))});
        }
    }
    if (p.parser.isSet(ownerOpt)) {
        change.owner = p.parser.value(ownerOpt).trimmed();
    }
    if (p.parser.isSet(mitigationOpt)) {
        change.mitigation = p.parser.value(mitigationOpt);
    }
    if (p.parser.isSet(rationaleOpt)) {
        change.acceptanceRationale = p.parser.value(rationaleOpt);
    }
    if (p.parser.isSet(acceptedByOpt)) {
        change.acceptedBy = p.parser.value(acceptedByOpt).trimmed();
    }
    if (p.parser.isSet(untilOpt)) {
        const auto until = parseDateOption(p.parser.value(untilOpt));
        if (!until) {
            return usage(name, Text::tr("dates are written YYYY-MM-DD."));
        }
        change.acceptedUntil = *until;
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    const RiskRepository risks = file.value()->risks();
    auto current = risks.find(change.id);
    if (!current) {
        return fail(current.error());
    }
    change.id = current->id;
    QStringList links = current->itemIds;
    for (const QString &id : p.parser.values(linkOpt)) {
        if (!links.contains(id.trimmed())) {
            links << id.trimmed();
        }
    }
    for (const QString &id : p.parser.values(unlinkOpt)) {
        if (!links.removeOne(id.trimmed())) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("risk %1 is not linked to item %2.").arg(change.id, id)});
        }
    }
    // Fields and links in one transaction each would let a failure half-apply; check the links first.
    auto checked = file.value()->items().all();
    if (!checked) {
        return fail(checked.error());
    }
    for (const QString &id : links) {
        const bool known = std::any_of(checked->cbegin(), checked->cend(), [&id](const Item &i) { return i.id == id; });
        if (!known) {
            return fail(Error{ErrorKind::InvalidInput,
                              Text::tr("there is no checklist item with ID \"%1\" to link the risk to.").arg(id)});
        }
    }
    auto changed = risks.apply(change, actorFrom(p.parser));
    if (!changed) {
        return fail(changed.error());
    }
    auto linked = risks.setLinks(change.id, links, actorFrom(p.parser));
    if (!linked) {
        return fail(linked.error());
    }
    m_out << Text::tr("%n field(s) changed.", nullptr, changed.value() + linked.value()) << '\n';
    return ExitOk;
}

int Cli::cmdRiskDelete(const QStringList &args)
{
    Parsed p;
    parse(p, args, {byOption()}, 2, 2);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("risk delete"), p.positional.size() == 1 ? Text::tr("no risk ID given.") : p.error);
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    if (auto removed = file.value()->risks().remove(p.positional.at(1).trimmed(), actorFrom(p.parser)); !removed) {
        return fail(removed.error());
    }
    m_out << Text::tr("Deleted risk %1.").arg(p.positional.at(1).trimmed().toUpper()) << '\n';
    return ExitOk;
}

int Cli::cmdMatrix(const QStringList &args)
{
    Parsed p;
    const auto setOpt =
        valueOption(QStringLiteral("set"), Text::tr("Set a cell, e.g. MEDIUM:HIGH=RED."), Text::tr("CELL"));
    const QCommandLineOption resetOpt(QStringLiteral("reset"), Text::tr("Back to the P020 default matrix."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Machine-readable output."));
    parse(p, args, {setOpt, resetOpt, json, byOption()}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("matrix"), p.error);
    }
    static const QRegularExpression cellPattern(QStringLiteral("^\\s*(\\w+)\\s*[:/x]\\s*(\\w+)\\s*=\\s*(\\w+)\\s*$"));
    QVector<std::tuple<Likelihood, Impact, RiskLevel>> cells;
    for (const QString &text : p.parser.values(setOpt)) {
        const auto m = cellPattern.match(text);
        const auto l = m.hasMatch() ? likelihoodFromCode(m.captured(1)) : std::nullopt;
        const auto i = m.hasMatch() ? impactFromCode(m.captured(2)) : std::nullopt;
        const auto level = m.hasMatch() ? riskLevelFromCode(m.captured(3)) : std::nullopt;
        if (!l || !i || !level) {
            return fail(
                Error{ErrorKind::InvalidInput,
                      Text::tr("\"%1\" is not a matrix cell; write LIKELIHOOD:IMPACT=LEVEL, e.g. MEDIUM:HIGH=RED.")
                          .arg(text)});
        }
        cells.append({*l, *i, *level});
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto matrix = file.value()->risks().matrix();
    if (!matrix) {
        return fail(matrix.error());
    }
    RiskMatrix wanted = p.parser.isSet(resetOpt) ? RiskMatrix() : matrix.value();
    for (const auto &[l, i, level] : cells) {
        wanted.setLevel(l, i, level);
    }
    if (!(wanted == matrix.value())) {
        auto changed = file.value()->risks().setMatrix(wanted, actorFrom(p.parser));
        if (!changed) {
            return fail(changed.error());
        }
    }
    if (p.parser.isSet(json)) {
        QJsonObject rows;
        for (Likelihood l : allLikelihoods) {
            QJsonObject row;
            for (Impact i : allImpacts) {
                row.insert(toCode(i), toCode(wanted.level(l, i)));
            }
            rows.insert(toCode(l), row);
        }
        m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(Text::tr("likelihood \\ impact"), -20)
                 .arg(toCode(Impact::Critical), -9)
                 .arg(toCode(Impact::High), -9)
                 .arg(toCode(Impact::Medium), -9)
                 .arg(toCode(Impact::Low))
          << '\n';
    for (Likelihood l : allLikelihoods) {
        m_out << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(toCode(l), -20)
                     .arg(toCode(wanted.level(l, Impact::Critical)), -9)
                     .arg(toCode(wanted.level(l, Impact::High)), -9)
                     .arg(toCode(wanted.level(l, Impact::Medium)), -9)
                     .arg(toCode(wanted.level(l, Impact::Low)))
              << '\n';
    }
    return ExitOk;
}

int Cli::cmdRisks(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Machine-readable output."));
    parse(p, args, {json}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("risks"), p.error);
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto risks = file.value()->risks().all();
    auto matrix = file.value()->risks().matrix();
    if (!risks || !matrix) {
        return fail(!risks ? risks.error() : matrix.error());
    }
    QJsonArray list;
    for (const Risk &r : risks.value()) {
        if (p.parser.isSet(json)) {
            list.append(riskJson(r, matrix.value()));
            continue;
        }
        m_out << printable(QStringLiteral("%1  %2  %3  %4/%5  %6")
                               .arg(r.id, -6)
                               .arg(toCode(matrix->level(r.likelihood, r.impact)), -6)
                               .arg(toCode(r.state), -9)
                               .arg(toCode(r.likelihood), toCode(r.impact))
                               .arg(r.title))
              << '\n';
    }
    if (p.parser.isSet(json)) {
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

int Cli::cmdMeeting(const QStringList &args)
{
    Parsed p;
    const auto titleOpt = valueOption(QStringLiteral("title"), Text::tr("The launch name."), Text::tr("TEXT"));
    const auto facilitatorOpt =
        valueOption(QStringLiteral("facilitator"), Text::tr("The facilitator."), Text::tr("NAME"));
    const auto targetOpt =
        valueOption(QStringLiteral("target-date"), Text::tr("Target launch date."), Text::tr("DATE"));
    const auto meetingOpt = valueOption(QStringLiteral("meeting-date"), Text::tr("Meeting date."), Text::tr("DATE"));
    const auto criticalOpt =
        valueOption(QStringLiteral("critical-percent"), Text::tr("Critical score required."), Text::tr("N"));
    const auto goOpt = valueOption(QStringLiteral("go-percent"), Text::tr("Total score for GO."), Text::tr("N"));
    const auto cautionOpt =
        valueOption(QStringLiteral("caution-percent"), Text::tr("Total score for GO WITH CAUTION."), Text::tr("N"));
    parse(p, args, {titleOpt, facilitatorOpt, targetOpt, meetingOpt, criticalOpt, goOpt, cautionOpt, byOption()}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("meeting"), p.error);
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto current = file.value()->meeting().load();
    if (!current) {
        return fail(current.error());
    }
    MeetingChange change;
    if (p.parser.isSet(titleOpt)) {
        change.launchName = p.parser.value(titleOpt);
    }
    if (p.parser.isSet(facilitatorOpt)) {
        change.facilitator = p.parser.value(facilitatorOpt).trimmed();
    }
    for (const auto &[option, target] :
         {std::pair{targetOpt, &change.targetDate}, std::pair{meetingOpt, &change.meetingDate}}) {
        if (p.parser.isSet(option)) {
            const auto d = parseDateOption(p.parser.value(option));
            if (!d) {
                return usage(QStringLiteral("meeting"), Text::tr("dates are written YYYY-MM-DD."));
            }
            *target = *d;
        }
    }
    if (p.parser.isSet(criticalOpt) || p.parser.isSet(goOpt) || p.parser.isSet(cautionOpt)) {
        Thresholds t = current->thresholds;
        for (const auto &[option, target] : {std::pair{criticalOpt, &t.criticalPercent}, std::pair{goOpt, &t.goPercent},
                                             std::pair{cautionOpt, &t.cautionPercent}}) {
            if (p.parser.isSet(option)) {
                bool ok = false;
                *target = p.parser.value(option).toInt(&ok);
                if (!ok) {
                    return fail(Error{ErrorKind::InvalidInput,
                                      Text::tr("--%1 must be a whole number from 0 to 100, not \"%2\".")
                                          .arg(option.names().first(), p.parser.value(option))});
                }
            }
        }
        change.thresholds = t;
    }
    auto changed = file.value()->meeting().apply(change, actorFrom(p.parser));
    if (!changed) {
        return fail(changed.error());
    }
    auto m = file.value()->meeting().load();
    if (!m) {
        return fail(m.error());
    }
    const QString none = Text::tr("(not set)");
    m_out << printable(Text::tr("Launch:        %1").arg(m->launchName)) << '\n'
          << Text::tr("Target date:   %1").arg(m->targetDate.isValid() ? m->targetDate.toString(Qt::ISODate) : none)
          << '\n'
          << Text::tr("Meeting date:  %1").arg(m->meetingDate.isValid() ? m->meetingDate.toString(Qt::ISODate) : none)
          << '\n'
          << printable(Text::tr("Facilitator:   %1").arg(m->facilitator.isEmpty() ? none : m->facilitator)) << '\n'
          << Text::tr("Thresholds:    critical %1%, GO %2%, GO WITH CAUTION %3%")
                 .arg(m->thresholds.criticalPercent)
                 .arg(m->thresholds.goPercent)
                 .arg(m->thresholds.cautionPercent)
          << '\n';
    return ExitOk;
}

int Cli::cmdVerify(const QStringList &args)
{
    Parsed p;
    parse(p, args, {}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("verify"), p.error);
    }
    const QString path = QDir::toNativeSeparators(p.positional.first());
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto report = file.value()->verify();
    if (!report) {
        return fail(report.error());
    }
    if (!report->ok()) {
        m_err << printable(Text::tr("gonogo: %1 failed verification:").arg(path)) << '\n';
        for (const QString &problem : report->problems) {
            m_err << "  - " << printable(problem) << '\n';
        }
        return ExitDamaged;
    }
    m_out << printable(Text::tr("%1: OK (file format %2, integrity checked, audit chain of %3 entries intact).")
                           .arg(path, QString::number(report->schemaVersion), QString::number(report->auditEntries)))
          << '\n';
    m_out << Text::tr("Fingerprint: %1").arg(report->fingerprint) << '\n';
    m_out << Text::tr("Audit chain head: %1").arg(report->auditHead) << '\n';
    m_out << (report->final ? Text::tr("Record status: FINAL") : Text::tr("Record status: DRAFT")) << '\n';
    for (const QString &note : report->notes) {
        m_out << "  - " << printable(note) << '\n';
    }
    return ExitOk;
}

int Cli::cmdDecide(const QStringList &args)
{
    Parsed p;
    const auto decisionOpt =
        valueOption(QStringLiteral("decision"), Text::tr("GO, GO WITH CAUTION or NO-GO."), Text::tr("D"));
    const auto rationaleOpt = valueOption(QStringLiteral("rationale"), Text::tr("Why."), Text::tr("TEXT"));
    const auto overrideOpt =
        valueOption(QStringLiteral("override-rationale"), Text::tr("Why the decision differs from the recommendation."),
                    Text::tr("TEXT"));
    const auto conditionOpt =
        valueOption(QStringLiteral("condition"), Text::tr("A condition: TEXT;OWNER;DUE."), Text::tr("TEXT"));
    parse(p, args, {decisionOpt, rationaleOpt, overrideOpt, conditionOpt, byOption()}, 1, 1);
    const QString name = QStringLiteral("decide");
    if (!p.error.isEmpty()) {
        return usage(name, p.error);
    }
    for (const auto &required : {decisionOpt, rationaleOpt}) {
        if (!p.parser.isSet(required)) {
            return usage(name, Text::tr("--%1 is required.").arg(required.names().first()));
        }
    }
    DecisionDraft draft;
    const auto decision = decisionFromCode(p.parser.value(decisionOpt));
    if (!decision) {
        return fail(Error{
            ErrorKind::InvalidInput,
            Text::tr("unknown decision \"%1\"; use GO, GO WITH CAUTION or NO-GO.").arg(p.parser.value(decisionOpt))});
    }
    draft.decision = *decision;
    draft.rationale = p.parser.value(rationaleOpt);
    draft.overrideRationale = p.parser.value(overrideOpt);
    for (const QString &text : p.parser.values(conditionOpt)) {
        const QStringList parts = text.split(QLatin1Char(';'));
        Condition c;
        c.text = parts.value(0);
        c.owner = parts.value(1).trimmed();
        if (parts.size() > 2 && !parts.at(2).trimmed().isEmpty()) {
            c.due = QDate::fromString(parts.at(2).trimmed(), Qt::ISODate);
            if (!c.due.isValid()) {
                return usage(name, Text::tr("dates are written YYYY-MM-DD."));
            }
        }
        draft.conditions.append(c);
    }
    auto opened = openWithSnapshot(p.positional.first());
    if (!opened) {
        return fail(opened.error());
    }
    auto &file = opened->file;
    auto &snapshot = opened->snapshot;
    draft.recommendation = DecisionEngine::assess(snapshot).decision;
    if (auto done = file->decisions().record(draft, actorFrom(p.parser)); !done) {
        return fail(done.error());
    }
    m_out << Text::tr("Recorded decision %1 (recommendation %2).")
                 .arg(toCode(draft.decision), toCode(draft.recommendation))
          << '\n';
    return ExitOk;
}

namespace {

// The stakeholder a role (and, when the stakeholder has one, a name) points at.
Result<Stakeholder> stakeholderFor(const QVector<Stakeholder> &people, const QString &role, const QString &name,
                                   const QString &file)
{
    QVector<Stakeholder> matches;
    for (const Stakeholder &p : people) {
        if (p.role.compare(role.trimmed(), Qt::CaseInsensitive) == 0) {
            matches << p;
        }
    }
    if (matches.size() > 1) {
        QVector<Stakeholder> named;
        for (const Stakeholder &p : matches) {
            if (p.name.compare(cleanText(name), Qt::CaseInsensitive) == 0) {
                named << p;
            }
        }
        matches = named;
    }
    if (matches.size() != 1) {
        QStringList roles;
        for (const Stakeholder &p : people) {
            roles << p.role;
        }
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1 has no single stakeholder with the role \"%2\" (the roles are: %3).")
                         .arg(file, role, roles.join(QStringLiteral(", ")))};
    }
    return matches.first();
}

} // namespace

int Cli::cmdSign(const QStringList &args)
{
    Parsed p;
    const auto nameOpt = valueOption(QStringLiteral("name"), Text::tr("Printed name."), Text::tr("NAME"));
    const auto roleOpt = valueOption(QStringLiteral("role"), Text::tr("The stakeholder's role."), Text::tr("ROLE"));
    const auto voteOpt =
        valueOption(QStringLiteral("vote"), Text::tr("CONCUR, CONCUR WITH DISSENT or NON-CONCUR."), Text::tr("V"));
    const auto commentOpt = valueOption(QStringLiteral("comment"), Text::tr("Comment."), Text::tr("TEXT"));
    parse(p, args, {nameOpt, roleOpt, voteOpt, commentOpt}, 1, 1);
    const QString name = QStringLiteral("sign");
    if (!p.error.isEmpty()) {
        return usage(name, p.error);
    }
    for (const auto &required : {nameOpt, roleOpt, voteOpt}) {
        if (!p.parser.isSet(required)) {
            return usage(name, Text::tr("--%1 is required.").arg(required.names().first()));
        }
    }
    const auto vote = voteFromCode(p.parser.value(voteOpt));
    if (!vote) {
        return fail(Error{ErrorKind::InvalidInput,
                          Text::tr("unknown vote \"%1\"; use CONCUR, CONCUR WITH DISSENT or NON-CONCUR.")
                              .arg(p.parser.value(voteOpt))});
    }
    auto opened = openWithSnapshot(p.positional.first());
    if (!opened) {
        return fail(opened.error());
    }
    auto &file = opened->file;
    auto &snapshot = opened->snapshot;
    auto person = stakeholderFor(snapshot.stakeholders, p.parser.value(roleOpt), p.parser.value(nameOpt),
                                 QDir::toNativeSeparators(p.positional.first()));
    if (!person) {
        return fail(person.error());
    }
    SignoffDraft draft;
    draft.stakeholderId = person->id;
    draft.name = p.parser.value(nameOpt);
    draft.vote = *vote;
    draft.comment = p.parser.value(commentOpt);
    auto id = file->signoffs().sign(draft, cleanText(draft.name));
    if (!id) {
        return fail(id.error());
    }
    auto signedNow = file->signoffs().all();
    if (!signedNow) {
        return fail(signedNow.error());
    }
    m_out << printable(Text::tr("Signed by %1 (%2): %3, on fingerprint %4.")
                           .arg(cleanText(draft.name), person->role, toCode(*vote), signedNow->last().fingerprint))
          << '\n';
    return ExitOk;
}

int Cli::cmdSignoffs(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Machine-readable output."));
    parse(p, args, {json}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("signoffs"), p.error);
    }
    auto opened = openWithSnapshot(p.positional.first());
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const Fingerprints current = Record::fingerprints(snapshot);
    QJsonArray list;
    for (const Signoff &s : snapshot.signoffs) {
        const SignoffState state = Record::state(s, current);
        if (p.parser.isSet(json)) {
            list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("vote"), toCode(s.vote)},
                                    {QStringLiteral("comment"), s.comment},
                                    {QStringLiteral("time"), s.signedAt.toUTC().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("state"), toCode(state)},
                                    {QStringLiteral("fingerprint"), s.fingerprint}});
            continue;
        }
        m_out << printable(QStringLiteral("%1  %2  %3 (%4)  %5  %6")
                               .arg(toCode(state).leftJustified(9), s.signedAt.toUTC().toString(Qt::ISODate), s.name,
                                    s.role, toCode(s.vote), s.fingerprint.left(16)))
              << '\n';
    }
    if (p.parser.isSet(json)) {
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const RecordProgress progress = recordProgress(snapshot, current);
    m_out << (progress.status == RecordStatus::Final ? Text::tr("Record status: FINAL")
                                                     : Text::tr("Record status: DRAFT"))
          << '\n';
    for (const Stakeholder &missing : progress.missing) {
        m_out << printable(Text::tr("  waiting for %1")
                               .arg(missing.name.isEmpty() ? missing.role
                                                           : QStringLiteral("%1 (%2)").arg(missing.name, missing.role)))
              << '\n';
    }
    if (!progress.decisionRecorded) {
        m_out << Text::tr("  no decision recorded yet") << '\n';
    }
    return ExitOk;
}

int Cli::cmdWithdraw(const QStringList &args)
{
    Parsed p;
    const auto roleOpt = valueOption(QStringLiteral("role"), Text::tr("The stakeholder's role."), Text::tr("ROLE"));
    const auto nameOpt = valueOption(QStringLiteral("name"), Text::tr("Printed name."), Text::tr("NAME"));
    const auto reasonOpt = valueOption(QStringLiteral("reason"), Text::tr("Why."), Text::tr("TEXT"));
    parse(p, args, {roleOpt, nameOpt, reasonOpt, byOption()}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("withdraw"), p.error);
    }
    if (!p.parser.isSet(roleOpt)) {
        return usage(QStringLiteral("withdraw"), Text::tr("--%1 is required.").arg(QStringLiteral("role")));
    }
    auto opened = openWithSnapshot(p.positional.first());
    if (!opened) {
        return fail(opened.error());
    }
    auto &file = opened->file;
    auto &snapshot = opened->snapshot;
    auto person = stakeholderFor(snapshot.stakeholders, p.parser.value(roleOpt), p.parser.value(nameOpt),
                                 QDir::toNativeSeparators(p.positional.first()));
    if (!person) {
        return fail(person.error());
    }
    int latest = 0;
    for (const Signoff &s : snapshot.signoffs) {
        if (s.stakeholderId == person->id && !s.withdrawnAt.isValid()) {
            latest = s.id;
        }
    }
    if (latest == 0) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("%1 has no sign-off to withdraw.").arg(person->role)});
    }
    if (auto done = file->signoffs().withdraw(latest, p.parser.value(reasonOpt), actorFrom(p.parser)); !done) {
        return fail(done.error());
    }
    m_out << Text::tr("Withdrew the sign-off of %1.").arg(person->role) << '\n';
    return ExitOk;
}

int Cli::cmdStakeholders(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Machine-readable output."));
    parse(p, args, {json}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("stakeholders"), p.error);
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto people = file.value()->signoffs().stakeholders();
    if (!people) {
        return fail(people.error());
    }
    QJsonArray list;
    int position = 0;
    for (const Stakeholder &s : people.value()) {
        ++position;
        if (p.parser.isSet(json)) {
            list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("position"), position},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role}});
        } else {
            m_out << printable(QStringLiteral("%1  %2  %3").arg(s.id, 3).arg(s.role, -20).arg(s.name)) << '\n';
        }
    }
    if (p.parser.isSet(json)) {
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

int Cli::cmdStakeholder(const QStringList &args)
{
    const QString sub = args.value(0);
    const QString name = QStringLiteral("stakeholder ") + sub;
    Parsed p;
    const auto roleOpt = valueOption(QStringLiteral("role"), Text::tr("The role."), Text::tr("ROLE"));
    const auto nameOpt = valueOption(QStringLiteral("name"), Text::tr("The name."), Text::tr("NAME"));
    const auto toOpt = valueOption(QStringLiteral("to"), Text::tr("New position, from 1."), Text::tr("N"));
    if (sub == QLatin1String("add")) {
        parse(p, args.mid(1), {roleOpt, nameOpt, byOption()}, 1, 1);
    } else if (sub == QLatin1String("set") || sub == QLatin1String("move") || sub == QLatin1String("remove")) {
        parse(p, args.mid(1), {roleOpt, nameOpt, toOpt, byOption()}, 2, 2);
    } else {
        return usage(QStringLiteral("stakeholder"), Text::tr("use add, set, move or remove."));
    }
    if (!p.error.isEmpty()) {
        return usage(name, p.error);
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    const SignoffRepository repo = file.value()->signoffs();
    const QString actor = actorFrom(p.parser);
    if (sub == QLatin1String("add")) {
        auto id = repo.addStakeholder(p.parser.value(nameOpt), p.parser.value(roleOpt), actor);
        if (!id) {
            return fail(id.error());
        }
        m_out << id.value() << '\n';
        return ExitOk;
    }
    bool ok = false;
    const int id = p.positional.at(1).toInt(&ok);
    if (!ok) {
        return usage(name, Text::tr("the stakeholder ID is a number (see gonogo stakeholders FILE)."));
    }
    if (sub == QLatin1String("remove")) {
        if (auto done = repo.removeStakeholder(id, actor); !done) {
            return fail(done.error());
        }
        return ExitOk;
    }
    if (sub == QLatin1String("move")) {
        const int to = p.parser.value(toOpt).toInt(&ok);
        if (!ok) {
            return usage(name, Text::tr("--to needs a position number."));
        }
        if (auto done = repo.moveStakeholder(id, to - 1, actor); !done) {
            return fail(done.error());
        }
        return ExitOk;
    }
    auto people = repo.stakeholders();
    if (!people) {
        return fail(people.error());
    }
    for (Stakeholder s : people.value()) {
        if (s.id != id) {
            continue;
        }
        if (p.parser.isSet(roleOpt)) {
            s.role = p.parser.value(roleOpt);
        }
        if (p.parser.isSet(nameOpt)) {
            s.name = p.parser.value(nameOpt);
        }
        auto changed = repo.updateStakeholder(s, actor);
        if (!changed) {
            return fail(changed.error());
        }
        return ExitOk;
    }
    return fail(Error{ErrorKind::InvalidInput, Text::tr("there is no stakeholder %1.").arg(id)});
}

int Cli::cmdExportPdf(const QStringList &args)
{
    Parsed p;
    const auto pageOpt =
        valueOption(QStringLiteral("page-size"), Text::tr("A4 (default) or Letter."), Text::tr("SIZE"));
    parse(p, args, {pageOpt}, 2, 2);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("export-pdf"),
                     p.positional.size() == 1 ? Text::tr("the output PDF is missing.") : p.error);
    }
    ReportOptions options;
    const QString size = p.parser.value(pageOpt).trimmed().toLower();
    if (size == QLatin1String("letter")) {
        options.pageSize = QPageSize(QPageSize::Letter);
    } else if (!size.isEmpty() && size != QLatin1String("a4")) {
        return usage(QStringLiteral("export-pdf"),
                     Text::tr("the page size is A4 or Letter, not \"%1\".").arg(p.parser.value(pageOpt)));
    }
    const QString out = p.positional.at(1);
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(p.positional.first()).absoluteFilePath()) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("the PDF cannot replace the decision file itself.")});
    }
    auto file = DecisionFile::open(p.positional.first());
    if (!file) {
        return fail(file.error());
    }
    auto input = ReportInput::from(*file.value());
    if (!input) {
        return fail(input.error());
    }
    const RecordReport report(input.value(), options);
    auto pages = report.exportPdf(out);
    if (!pages) {
        return fail(pages.error());
    }
    m_out << printable(Text::tr("Wrote %1: %n page(s).", nullptr, pages.value()).arg(QDir::toNativeSeparators(out)))
          << '\n';
    return ExitOk;
}

int Cli::cmdGate(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption allowCaution(QStringLiteral("allow-caution"), Text::tr("Exit 0 for GO WITH CAUTION too."));
    parse(p, args, {allowCaution}, 1, 1);
    if (!p.error.isEmpty()) {
        return usage(QStringLiteral("gate"), p.error);
    }
    auto opened = openWithSnapshot(p.positional.first());
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const Assessment a = DecisionEngine::assess(snapshot);
    m_out << toCode(a.decision) << '\n';
    switch (a.decision) {
    case Decision::Go:
        return ExitOk;
    case Decision::GoWithCaution:
        return p.parser.isSet(allowCaution) ? ExitOk : ExitGateCaution;
    case Decision::NoGo:
        break;
    }
    for (const Reason &r : a.reasons) {
        if (r.effect == Decision::NoGo && r.kind != Reason::Kind::CriticalItemNotPass) {
            m_err << "  - " << printable(r.text) << '\n';
        }
    }
    return ExitGateNoGo;
}

} // namespace gonogo
