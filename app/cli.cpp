#include "cli.h"

#include "checklisttemplate.h"
#include "engine.h"
#include "record.h"
#include "report/printedrecord.h"
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

// Opens a decision file and says what opening had to do (a recovered crash, a foreign journal set aside). A
// command that changes the file first checks it as verify does: a change is never added to a file that fails
// verification, where it would extend a broken audit chain and make the damage look legitimate.
Result<std::unique_ptr<DecisionFile>> openDecision(const QString &path, QTextStream &err, bool changing = true)
{
    auto file = DecisionFile::open(path, changing ? DecisionFile::Access::ReadWrite : DecisionFile::Access::ReadOnly);
    if (file) {
        for (const QString &notice : file.value()->openingNotices()) {
            err << printable(Text::tr("gonogo: note: %1").arg(notice)) << '\n';
        }
        err.flush();
    }
    if (!file || !changing) {
        return file;
    }
    auto report = file.value()->verify();
    if (!report) {
        return report.error();
    }
    if (!report->ok()) {
        const QString name = QDir::toNativeSeparators(path);
        return Error{ErrorKind::Damaged,
                     Text::tr("%1 fails verification, so no change was made: %2. \"gonogo verify %1\" lists every "
                              "problem.")
                         .arg(name, report->problems.first())};
    }
    return file;
}

Result<Opened> openWithSnapshot(const QString &path, QTextStream &err, bool changing = false)
{
    auto file = openDecision(path, err, changing);
    if (!file) {
        return file.error();
    }
    auto snapshot = file.value()->snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    return Opened{std::move(file).value(), std::move(snapshot).value()};
}

// Where the record stands: FINAL only when the decision is recorded, every sign-off is current and the file
// passes verification; a file that fails it is never reported FINAL.
struct Standing
{
    RecordProgress progress;
    QStringList problems; // from verify
    QString code() const
    {
        if (!problems.isEmpty()) {
            return QStringLiteral("INTEGRITY_CHECK_FAILED");
        }
        return progress.status == RecordStatus::Final ? QStringLiteral("FINAL") : QStringLiteral("DRAFT");
    }
};

Result<Standing> standingOf(const Opened &opened)
{
    auto report = opened.file->verify();
    if (!report) {
        return report.error();
    }
    return Standing{recordProgress(opened.snapshot, Record::fingerprints(opened.snapshot)), report->problems};
}

QString reasonCode(Reason::Kind kind)
{
    switch (kind) {
    case Reason::Kind::EmptyChecklist:
        return QStringLiteral("EMPTY_CHECKLIST");
    case Reason::Kind::CriticalBelowThreshold:
        return QStringLiteral("CRITICAL_BELOW_THRESHOLD");
    case Reason::Kind::CriticalItemNotPass:
        return QStringLiteral("CRITICAL_NOT_PASS");
    case Reason::Kind::TotalBelowCaution:
        return QStringLiteral("TOTAL_BELOW_CAUTION");
    case Reason::Kind::TotalBelowGo:
        return QStringLiteral("TOTAL_BELOW_GO");
    case Reason::Kind::OpenRisk:
        return QStringLiteral("OPEN_RISK");
    case Reason::Kind::AcceptedRisk:
        return QStringLiteral("ACCEPTED_RISK");
    }
    return QString();
}

} // namespace

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

int Cli::cmdNew(ParsedCommand &p)
{
    const QString source = p.parser.isSet(QStringLiteral("template")) ? p.parser.value(QStringLiteral("template"))
                                                                      : QStringLiteral("p020");
    auto checklist = TemplateImport::builtInNames().contains(source.toLower()) && !QFileInfo::exists(source)
                         ? TemplateImport::builtIn(source)
                         : TemplateImport::fromFile(source);
    if (!checklist) {
        return fail(checklist.error());
    }
    CreateOptions options;
    options.launchName = p.parser.value(QStringLiteral("title"));
    options.facilitator = p.parser.value(QStringLiteral("facilitator"));
    options.actor = actorFrom(p.parser);
    const auto target = parseDateOption(p.parser.value(QStringLiteral("target-date")));
    const auto meeting = parseDateOption(p.parser.value(QStringLiteral("meeting-date")));
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
                           .arg(QDir::toNativeSeparators(p.positional.first()), QString::number(checklist->itemCount()),
                                QString::number(checklist->categories.size()),
                                QString::number(checklist->criticalCount())))
          << '\n';
    return ExitOk;
}

int Cli::cmdSummary(ParsedCommand &p)
{
    auto opened = openWithSnapshot(p.positional.first(), m_err);
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const Assessment a = DecisionEngine::assess(snapshot);
    auto standing = standingOf(opened.value());
    if (!standing) {
        return fail(standing.error());
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = summaryJson(snapshot, a);
        // Fields are only ever added: "decision" stays the engine's recommendation for older scripts.
        json.insert(QStringLiteral("recommendation"), toCode(a.decision));
        json.insert(QStringLiteral("recorded_decision"),
                    snapshot.decision ? QJsonValue(toCode(snapshot.decision->decision)) : QJsonValue());
        json.insert(QStringLiteral("record_status"), standing->code());
        QJsonArray codes;
        for (const Reason &r : a.reasons) {
            codes.append(QJsonObject{{QStringLiteral("code"), reasonCode(r.kind)},
                                     {QStringLiteral("subject"), r.subject.isEmpty() ? QJsonValue() : r.subject},
                                     {QStringLiteral("effect"), toCode(r.effect)}});
        }
        json.insert(QStringLiteral("reason_codes"), codes);
        json.insert(QStringLiteral("integrity_problems"), QJsonArray::fromStringList(standing->problems));
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const Meeting &m = snapshot.meeting;
    m_out << printable(m.launchName) << '\n';
    m_out << Text::tr("Recommendation: %1").arg(displayName(a.decision)) << '\n';
    m_out << (snapshot.decision
                  ? printable(Text::tr("Decision recorded: %1 (by %2)")
                                  .arg(displayName(snapshot.decision->decision), snapshot.decision->decidedBy))
                  : Text::tr("Decision recorded: none yet"))
          << '\n';
    if (!standing->problems.isEmpty()) {
        m_out << printable(Text::tr("Record status: INTEGRITY CHECK FAILED: %1").arg(standing->problems.first()))
              << '\n';
    } else if (standing->progress.status == RecordStatus::Final) {
        m_out << Text::tr("Record status: FINAL") << '\n';
    } else {
        QStringList waiting;
        for (const Stakeholder &person : standing->progress.missing) {
            waiting << (person.name.isEmpty() ? person.role : QStringLiteral("%1 (%2)").arg(person.name, person.role));
        }
        m_out << printable(
                     waiting.isEmpty()
                         ? Text::tr("Record status: DRAFT")
                         : Text::tr("Record status: DRAFT, waiting for %1").arg(waiting.join(QStringLiteral(", "))))
              << '\n';
    }
    m_out << Text::tr("Critical score: %1% (%2 of %3 critical items PASS)")
                 .arg(a.criticalScore.text(), QString::number(a.critical.pass), QString::number(a.critical.total))
          << '\n';
    m_out << Text::tr("Total score:    %1% (%2 of %3 items PASS)")
                 .arg(a.totalScore.text(), QString::number(a.items.pass), QString::number(a.items.total))
          << '\n';
    m_out << Text::tr("Items: %1 PASS, %2 PARTIAL, %3 FAIL, %4 PENDING")
                 .arg(QString::number(a.items.pass), QString::number(a.items.partial), QString::number(a.items.fail),
                      QString::number(a.items.pending))
          << '\n';
    m_out << Text::tr("Risks: %1 open red, %2 open yellow, %3 open green, %4 accepted, %5 mitigated")
                 .arg(QString::number(a.openRed), QString::number(a.openYellow), QString::number(a.openGreen),
                      QString::number(a.accepted), QString::number(a.mitigated))
          << '\n';
    if (!a.reasons.isEmpty()) {
        m_out << Text::tr("Reasons:") << '\n';
        for (const Reason &r : a.reasons) {
            m_out << "  - " << printable(r.text) << '\n';
        }
    }
    m_out << '\n' << Text::tr("Category                     Items  Critical  Pass") << '\n';
    for (const CategoryScore &c : a.categories) {
        m_out << printable(c.name.left(28).leftJustified(28) + QLatin1Char(' ') +
                           QString::number(c.items.total).rightJustified(5) + QLatin1Char(' ') +
                           QStringLiteral("%1/%2").arg(c.critical.pass).arg(c.critical.total).rightJustified(9) +
                           QLatin1Char(' ') +
                           QStringLiteral("%1/%2").arg(c.items.pass).arg(c.items.total).rightJustified(5))
              << '\n';
    }
    return ExitOk;
}

int Cli::cmdItems(ParsedCommand &p)
{
    std::optional<Status> status;
    if (p.parser.isSet(QStringLiteral("status"))) {
        status = statusFromCode(p.parser.value(QStringLiteral("status")));
        if (!status) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("unknown status \"%1\"; use PASS, PARTIAL, FAIL or PENDING.")
                                                   .arg(p.parser.value(QStringLiteral("status")))});
        }
    }
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    auto items = file.value()->items().all();
    if (!items) {
        return fail(items.error());
    }
    const QString category = p.parser.value(QStringLiteral("category")).trimmed();
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
            (status && item.status != *status) || (p.parser.isSet(QStringLiteral("critical")) && !item.critical)) {
            continue;
        }
        if (p.parser.isSet(QStringLiteral("json"))) {
            list.append(itemJson(item));
        } else {
            m_out << printable(
                         QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(item.id.leftJustified(10), toCode(item.status).leftJustified(7),
                                  item.critical ? QStringLiteral("*") : QStringLiteral(" "), item.title,
                                  item.owner.isEmpty() ? QString() : QLatin1Char('[') + item.owner + QLatin1Char(']')))
                  << '\n';
        }
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

int Cli::cmdSet(ParsedCommand &p)
{
    if (!p.parser.isSet(QStringLiteral("status")) && !p.parser.isSet(QStringLiteral("owner")) &&
        !p.parser.isSet(QStringLiteral("evidence")) && !p.parser.isSet(QStringLiteral("notes"))) {
        return usage(QStringLiteral("set"),
                     Text::tr("nothing to change: give --status, --owner, --evidence or --notes."));
    }
    ItemChange base;
    if (p.parser.isSet(QStringLiteral("status"))) {
        base.status = statusFromCode(p.parser.value(QStringLiteral("status")));
        if (!base.status) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("unknown status \"%1\"; use PASS, PARTIAL, FAIL or PENDING.")
                                                   .arg(p.parser.value(QStringLiteral("status")))});
        }
    }
    if (p.parser.isSet(QStringLiteral("owner"))) {
        base.owner = p.parser.value(QStringLiteral("owner")).trimmed();
    }
    if (p.parser.isSet(QStringLiteral("evidence"))) {
        base.evidence = p.parser.value(QStringLiteral("evidence"));
    }
    if (p.parser.isSet(QStringLiteral("notes"))) {
        base.notes = p.parser.value(QStringLiteral("notes"));
    }
    QVector<ItemChange> changes;
    for (const QString &id : p.positional.mid(1)) {
        ItemChange c = base;
        c.id = id.trimmed();
        changes.append(c);
    }
    auto file = openDecision(p.positional.first(), m_err);
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

int Cli::cmdRiskAdd(ParsedCommand &p)
{
    const QString name = QStringLiteral("risk add");
    for (const auto &required : {QStringLiteral("title"), QStringLiteral("likelihood"), QStringLiteral("impact")}) {
        if (!p.parser.isSet(required)) {
            return usage(name, Text::tr("--%1 is required.").arg(required));
        }
    }
    RiskDraft draft;
    draft.title = p.parser.value(QStringLiteral("title"));
    if (draft.title.trimmed().isEmpty()) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("a risk needs a title.")});
    }
    const auto likelihood = likelihoodFromCode(p.parser.value(QStringLiteral("likelihood")));
    if (!likelihood) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("unknown likelihood \"%1\"; use HIGH, MEDIUM or LOW.")
                                                       .arg(p.parser.value(QStringLiteral("likelihood")))});
    }
    const auto impact = impactFromCode(p.parser.value(QStringLiteral("impact")));
    if (!impact) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("unknown impact \"%1\"; use CRITICAL, HIGH, MEDIUM or LOW.")
                                                       .arg(p.parser.value(QStringLiteral("impact")))});
    }
    draft.likelihood = *likelihood;
    draft.impact = *impact;
    draft.owner = p.parser.value(QStringLiteral("owner")).trimmed();
    draft.mitigation = p.parser.value(QStringLiteral("mitigation"));
    draft.description = p.parser.value(QStringLiteral("description"));
    draft.itemIds = p.parser.values(QStringLiteral("item"));
    auto file = openDecision(p.positional.first(), m_err);
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

int Cli::cmdRiskSet(ParsedCommand &p)
{
    const QString name = QStringLiteral("risk set");
    RiskChange change;
    change.id = p.positional.at(1).trimmed();
    if (p.parser.isSet(QStringLiteral("title"))) {
        change.title = p.parser.value(QStringLiteral("title"));
    }
    if (p.parser.isSet(QStringLiteral("state"))) {
        change.state = riskStateFromCode(p.parser.value(QStringLiteral("state")));
        if (!change.state) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("unknown state \"%1\"; use OPEN, ACCEPTED or MITIGATED.")
                                                   .arg(p.parser.value(QStringLiteral("state")))});
        }
    }
    if (p.parser.isSet(QStringLiteral("likelihood"))) {
        change.likelihood = likelihoodFromCode(p.parser.value(QStringLiteral("likelihood")));
        if (!change.likelihood) {
            return fail(Error{ErrorKind::InvalidInput, Text::tr("unknown likelihood \"%1\"; use HIGH, MEDIUM or LOW.")
                                                           .arg(p.parser.value(QStringLiteral("likelihood")))});
        }
    }
    if (p.parser.isSet(QStringLiteral("impact"))) {
        change.impact = impactFromCode(p.parser.value(QStringLiteral("impact")));
        if (!change.impact) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("unknown impact \"%1\"; use CRITICAL, HIGH, MEDIUM or LOW.")
                                                   .arg(p.parser.value(QStringLiteral("impact")))});
        }
    }
    if (p.parser.isSet(QStringLiteral("owner"))) {
        change.owner = p.parser.value(QStringLiteral("owner")).trimmed();
    }
    if (p.parser.isSet(QStringLiteral("mitigation"))) {
        change.mitigation = p.parser.value(QStringLiteral("mitigation"));
    }
    if (p.parser.isSet(QStringLiteral("rationale"))) {
        change.acceptanceRationale = p.parser.value(QStringLiteral("rationale"));
    }
    if (p.parser.isSet(QStringLiteral("accepted-by"))) {
        change.acceptedBy = p.parser.value(QStringLiteral("accepted-by")).trimmed();
    }
    if (p.parser.isSet(QStringLiteral("until"))) {
        const auto until = parseDateOption(p.parser.value(QStringLiteral("until")));
        if (!until) {
            return usage(name, Text::tr("dates are written YYYY-MM-DD."));
        }
        change.acceptedUntil = *until;
    }
    auto file = openDecision(p.positional.first(), m_err);
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
    for (const QString &id : p.parser.values(QStringLiteral("link"))) {
        if (!links.contains(id.trimmed())) {
            links << id.trimmed();
        }
    }
    for (const QString &id : p.parser.values(QStringLiteral("unlink"))) {
        if (!links.removeOne(id.trimmed())) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("risk %1 is not linked to item %2.").arg(change.id, id)});
        }
    }
    if (links != current->itemIds) {
        change.itemIds = links; // fields and links: one transaction, all or nothing
    }
    auto changed = risks.apply(change, actorFrom(p.parser));
    if (!changed) {
        return fail(changed.error());
    }
    m_out << Text::tr("%n field(s) changed.", nullptr, changed.value()) << '\n';
    return ExitOk;
}

int Cli::cmdRiskDelete(ParsedCommand &p)
{
    auto file = openDecision(p.positional.first(), m_err);
    if (!file) {
        return fail(file.error());
    }
    if (auto removed = file.value()->risks().remove(p.positional.at(1).trimmed(), actorFrom(p.parser)); !removed) {
        return fail(removed.error());
    }
    m_out << Text::tr("Deleted risk %1.").arg(p.positional.at(1).trimmed().toUpper()) << '\n';
    return ExitOk;
}

int Cli::cmdMatrix(ParsedCommand &p)
{
    static const QRegularExpression cellPattern(QStringLiteral("^\\s*(\\w+)\\s*[:/x]\\s*(\\w+)\\s*=\\s*(\\w+)\\s*$"));
    QVector<std::tuple<Likelihood, Impact, RiskLevel>> cells;
    for (const QString &text : p.parser.values(QStringLiteral("set"))) {
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
    auto file = openDecision(p.positional.first(), m_err, !cells.isEmpty() || p.parser.isSet(QStringLiteral("reset")));
    if (!file) {
        return fail(file.error());
    }
    auto matrix = file.value()->risks().matrix();
    if (!matrix) {
        return fail(matrix.error());
    }
    RiskMatrix wanted = p.parser.isSet(QStringLiteral("reset")) ? RiskMatrix() : matrix.value();
    for (const auto &[l, i, level] : cells) {
        wanted.setLevel(l, i, level);
    }
    if (!(wanted == matrix.value())) {
        auto changed = file.value()->risks().setMatrix(wanted, actorFrom(p.parser));
        if (!changed) {
            return fail(changed.error());
        }
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
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

int Cli::cmdRisks(ParsedCommand &p)
{
    auto file = openDecision(p.positional.first(), m_err, false);
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
        if (p.parser.isSet(QStringLiteral("json"))) {
            list.append(riskJson(r, matrix.value()));
            continue;
        }
        m_out << printable(QStringLiteral("%1  %2  %3  %4/%5  %6")
                               .arg(r.id.leftJustified(6),
                                    toCode(matrix->level(r.likelihood, r.impact)).leftJustified(6),
                                    toCode(r.state).leftJustified(9), toCode(r.likelihood), toCode(r.impact), r.title))
              << '\n';
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

int Cli::cmdMeeting(ParsedCommand &p)
{
    const bool changing = std::any_of(p.parser.optionNames().cbegin(), p.parser.optionNames().cend(),
                                      [](const QString &o) { return o != QLatin1String("by"); });
    auto file = openDecision(p.positional.first(), m_err, changing);
    if (!file) {
        return fail(file.error());
    }
    auto current = file.value()->meeting().load();
    if (!current) {
        return fail(current.error());
    }
    MeetingChange change;
    if (p.parser.isSet(QStringLiteral("title"))) {
        change.launchName = p.parser.value(QStringLiteral("title"));
    }
    if (p.parser.isSet(QStringLiteral("facilitator"))) {
        change.facilitator = p.parser.value(QStringLiteral("facilitator")).trimmed();
    }
    for (const auto &[option, target] : {std::pair{QStringLiteral("target-date"), &change.targetDate},
                                         std::pair{QStringLiteral("meeting-date"), &change.meetingDate}}) {
        if (p.parser.isSet(option)) {
            const auto d = parseDateOption(p.parser.value(option));
            if (!d) {
                return usage(QStringLiteral("meeting"), Text::tr("dates are written YYYY-MM-DD."));
            }
            *target = *d;
        }
    }
    if (p.parser.isSet(QStringLiteral("critical-percent")) || p.parser.isSet(QStringLiteral("go-percent")) ||
        p.parser.isSet(QStringLiteral("caution-percent"))) {
        Thresholds t = current->thresholds;
        for (const auto &[option, target] : {std::pair{QStringLiteral("critical-percent"), &t.criticalPercent},
                                             std::pair{QStringLiteral("go-percent"), &t.goPercent},
                                             std::pair{QStringLiteral("caution-percent"), &t.cautionPercent}}) {
            if (p.parser.isSet(option)) {
                bool ok = false;
                *target = p.parser.value(option).toInt(&ok);
                if (!ok) {
                    return fail(Error{ErrorKind::InvalidInput,
                                      Text::tr("--%1 must be a whole number from 0 to 100, not \"%2\".")
                                          .arg(option, p.parser.value(option))});
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

int Cli::cmdVerify(ParsedCommand &p)
{
    const QString path = QDir::toNativeSeparators(p.positional.first());
    auto file = openDecision(p.positional.first(), m_err, false);
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
    if (p.parser.isSet(QStringLiteral("pdf"))) {
        return checkPrinted(*file.value(), report.value(), p.parser.value(QStringLiteral("pdf")));
    }
    return ExitOk;
}

int Cli::checkPrinted(const DecisionFile &file, const VerifyReport &report, const QString &pdfPath)
{
    auto printed = PrintedRecord::read(pdfPath);
    if (!printed) {
        return fail(printed.error());
    }
    const QString pdf = QDir::toNativeSeparators(pdfPath);
    auto meeting = file.meeting().load();
    if (!meeting) {
        return fail(meeting.error());
    }
    if (!printed->shows(meeting->recordId)) {
        m_err << printable(Text::tr("gonogo: %1 is not a record of this decision file (its record ID %2 is not in "
                                    "it).")
                               .arg(pdf, meeting->recordId))
              << '\n';
        return ExitDamaged;
    }
    if (printed->shows(report.fingerprint) && printed->shows(report.auditHead)) {
        m_out << printable(Text::tr("%1 is the record of this file as it stands (fingerprint and audit chain head "
                                    "match).")
                               .arg(pdf))
              << '\n';
        return ExitOk;
    }
    // An earlier state: the audit chain head printed on the paper is a row of this file's log.
    auto entries = file.audit().entries();
    if (!entries) {
        return fail(entries.error());
    }
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        if (printed->shows(it->hash)) {
            const qint64 later = entries->last().seq - it->seq;
            m_err << printable(Text::tr("gonogo: %1 is the record of this file as it stood at audit entry %2 (%3); "
                                        "%4 change(s) were made after it was printed, so it is out of date.")
                                   .arg(pdf, QString::number(it->seq), it->at, QString::number(later)))
                  << '\n';
            return ExitDamaged;
        }
    }
    m_err << printable(Text::tr("gonogo: %1 names this decision file but matches no state in its audit log: it was "
                                "altered, or the file's history was rewritten.")
                           .arg(pdf))
          << '\n';
    return ExitDamaged;
}

int Cli::cmdDecide(ParsedCommand &p)
{
    const QString name = QStringLiteral("decide");
    for (const auto &required : {QStringLiteral("decision"), QStringLiteral("rationale")}) {
        if (!p.parser.isSet(required)) {
            return usage(name, Text::tr("--%1 is required.").arg(required));
        }
    }
    DecisionDraft draft;
    const auto decision = decisionFromCode(p.parser.value(QStringLiteral("decision")));
    if (!decision) {
        return fail(
            Error{ErrorKind::InvalidInput, Text::tr("unknown decision \"%1\"; use GO, GO WITH CAUTION or NO-GO.")
                                               .arg(p.parser.value(QStringLiteral("decision")))});
    }
    draft.decision = *decision;
    draft.rationale = p.parser.value(QStringLiteral("rationale"));
    draft.overrideRationale = p.parser.value(QStringLiteral("override-rationale"));
    for (const QString &text : p.parser.values(QStringLiteral("condition"))) {
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
    auto opened = openWithSnapshot(p.positional.first(), m_err, true);
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

int Cli::cmdSign(ParsedCommand &p)
{
    const QString name = QStringLiteral("sign");
    for (const auto &required : {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("vote")}) {
        if (!p.parser.isSet(required)) {
            return usage(name, Text::tr("--%1 is required.").arg(required));
        }
    }
    const auto vote = voteFromCode(p.parser.value(QStringLiteral("vote")));
    if (!vote) {
        return fail(Error{ErrorKind::InvalidInput,
                          Text::tr("unknown vote \"%1\"; use CONCUR, CONCUR WITH DISSENT or NON-CONCUR.")
                              .arg(p.parser.value(QStringLiteral("vote")))});
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, true);
    if (!opened) {
        return fail(opened.error());
    }
    auto &file = opened->file;
    auto &snapshot = opened->snapshot;
    auto person =
        stakeholderFor(snapshot.stakeholders, p.parser.value(QStringLiteral("role")),
                       p.parser.value(QStringLiteral("name")), QDir::toNativeSeparators(p.positional.first()));
    if (!person) {
        return fail(person.error());
    }
    SignoffDraft draft;
    draft.stakeholderId = person->id;
    draft.name = p.parser.value(QStringLiteral("name"));
    draft.vote = *vote;
    draft.comment = p.parser.value(QStringLiteral("comment"));
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

int Cli::cmdSignoffs(ParsedCommand &p)
{
    auto opened = openWithSnapshot(p.positional.first(), m_err);
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const Fingerprints current = Record::fingerprints(snapshot);
    QJsonArray list;
    for (const Signoff &s : snapshot.signoffs) {
        const SignoffState state = Record::state(s, current);
        if (p.parser.isSet(QStringLiteral("json"))) {
            list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("vote"), toCode(s.vote)},
                                    {QStringLiteral("comment"), s.comment},
                                    {QStringLiteral("time"), s.signedAt.toUTC().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("state"), toCode(state)},
                                    {QStringLiteral("fingerprint"), s.fingerprint},
                                    {QStringLiteral("canonical_form"), s.canonicalForm}});
            continue;
        }
        m_out << printable(QStringLiteral("%1  %2  %3 (%4)  %5  %6")
                               .arg(toCode(state).leftJustified(9), s.signedAt.toUTC().toString(Qt::ISODate), s.name,
                                    s.role, toCode(s.vote), s.fingerprint.left(16)))
              << '\n';
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
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

int Cli::cmdWithdraw(ParsedCommand &p)
{
    if (!p.parser.isSet(QStringLiteral("role"))) {
        return usage(QStringLiteral("withdraw"), Text::tr("--%1 is required.").arg(QStringLiteral("role")));
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, true);
    if (!opened) {
        return fail(opened.error());
    }
    auto &file = opened->file;
    auto &snapshot = opened->snapshot;
    auto person =
        stakeholderFor(snapshot.stakeholders, p.parser.value(QStringLiteral("role")),
                       p.parser.value(QStringLiteral("name")), QDir::toNativeSeparators(p.positional.first()));
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
    if (auto done = file->signoffs().withdraw(latest, p.parser.value(QStringLiteral("reason")), actorFrom(p.parser));
        !done) {
        return fail(done.error());
    }
    m_out << Text::tr("Withdrew the sign-off of %1.").arg(person->role) << '\n';
    return ExitOk;
}

int Cli::cmdStakeholders(ParsedCommand &p)
{
    auto file = openDecision(p.positional.first(), m_err, false);
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
        if (p.parser.isSet(QStringLiteral("json"))) {
            list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("position"), position},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role}});
        } else {
            m_out << printable(QStringLiteral("%1  %2  %3")
                                   .arg(QString::number(s.id).rightJustified(3), s.role.leftJustified(20), s.name))
                  << '\n';
        }
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

int Cli::cmdStakeholder(ParsedCommand &p)
{
    const QString sub = p.command.section(QLatin1Char(' '), 1);
    const QString name = p.command;
    auto file = openDecision(p.positional.first(), m_err);
    if (!file) {
        return fail(file.error());
    }
    const SignoffRepository repo = file.value()->signoffs();
    const QString actor = actorFrom(p.parser);
    if (sub == QLatin1String("add")) {
        auto id =
            repo.addStakeholder(p.parser.value(QStringLiteral("name")), p.parser.value(QStringLiteral("role")), actor);
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
        const int to = p.parser.value(QStringLiteral("to")).toInt(&ok);
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
        if (p.parser.isSet(QStringLiteral("role"))) {
            s.role = p.parser.value(QStringLiteral("role"));
        }
        if (p.parser.isSet(QStringLiteral("name"))) {
            s.name = p.parser.value(QStringLiteral("name"));
        }
        auto changed = repo.updateStakeholder(s, actor);
        if (!changed) {
            return fail(changed.error());
        }
        return ExitOk;
    }
    return fail(Error{ErrorKind::InvalidInput, Text::tr("there is no stakeholder %1.").arg(id)});
}

int Cli::cmdExportPdf(ParsedCommand &p)
{
    ReportOptions options;
    const QString size = p.parser.value(QStringLiteral("page-size")).trimmed().toLower();
    if (size == QLatin1String("letter")) {
        options.pageSize = QPageSize(QPageSize::Letter);
    } else if (!size.isEmpty() && size != QLatin1String("a4")) {
        return usage(
            QStringLiteral("export-pdf"),
            Text::tr("the page size is A4 or Letter, not \"%1\".").arg(p.parser.value(QStringLiteral("page-size"))));
    }
    const QString out = p.positional.at(1);
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(p.positional.first()).absoluteFilePath()) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("the PDF cannot replace the decision file itself.")});
    }
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    auto input = ReportInput::from(*file.value());
    if (!input) {
        return fail(input.error());
    }
    // Never a false FINAL: the same checks as verify, first. --force prints it marked on every page.
    if (!input->integrityProblems.isEmpty() && !p.parser.isSet(QStringLiteral("force"))) {
        m_err << printable(Text::tr("gonogo: %1 failed verification; no record was written (use --force to print it "
                                    "marked INTEGRITY CHECK FAILED):")
                               .arg(QDir::toNativeSeparators(p.positional.first())))
              << '\n';
        for (const QString &problem : input->integrityProblems) {
            m_err << "  - " << printable(problem) << '\n';
        }
        return ExitDamaged;
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

int Cli::cmdCopy(ParsedCommand &p)
{
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    const QString target = p.positional.at(1);
    if (auto copied = file.value()->copyTo(target, p.parser.isSet(QStringLiteral("replace"))); !copied) {
        return fail(copied.error());
    }
    // The copy must stand on its own: open and verify it like any file.
    auto copy = DecisionFile::open(target);
    if (!copy) {
        return fail(copy.error());
    }
    auto report = copy.value()->verify();
    if (!report) {
        return fail(report.error());
    }
    if (!report->ok()) {
        return fail(Error{ErrorKind::Damaged, Text::tr("the copy %1 does not verify: %2")
                                                  .arg(QDir::toNativeSeparators(target), report->problems.first())});
    }
    m_out << printable(Text::tr("Copied %1 to %2 (verified, fingerprint %3).")
                           .arg(QDir::toNativeSeparators(p.positional.first()), QDir::toNativeSeparators(target),
                                report->fingerprint.left(16)))
          << '\n';
    return ExitOk;
}

int Cli::cmdGate(ParsedCommand &p)
{
    auto opened = openWithSnapshot(p.positional.first(), m_err);
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const bool allowCaution = p.parser.isSet(QStringLiteral("allow-caution"));
    auto exitFor = [allowCaution](Decision d) {
        switch (d) {
        case Decision::Go:
            return int(ExitOk);
        case Decision::GoWithCaution:
            return allowCaution ? int(ExitOk) : int(ExitGateCaution);
        case Decision::NoGo:
            break;
        }
        return int(ExitGateNoGo);
    };
    if (p.parser.isSet(QStringLiteral("recommendation"))) {
        // Before the meeting: the engine's recommendation, as the gate always did.
        const Assessment a = DecisionEngine::assess(snapshot);
        m_out << toCode(a.decision) << '\n';
        if (a.decision == Decision::NoGo) {
            for (const Reason &r : a.reasons) {
                if (r.effect == Decision::NoGo && r.kind != Reason::Kind::CriticalItemNotPass) {
                    m_err << "  - " << printable(r.text) << '\n';
                }
            }
        }
        return exitFor(a.decision);
    }
    // A pipeline follows what the meeting decided and signed, and nothing less than a FINAL, verified record.
    auto standing = standingOf(opened.value());
    if (!standing) {
        return fail(standing.error());
    }
    const QString path = QDir::toNativeSeparators(p.positional.first());
    if (!standing->problems.isEmpty()) {
        m_out << "INTEGRITY_CHECK_FAILED" << '\n';
        m_err << printable(Text::tr("gonogo: %1 failed verification; no launch gate on it:").arg(path)) << '\n';
        for (const QString &problem : standing->problems) {
            m_err << "  - " << printable(problem) << '\n';
        }
        return ExitDamaged;
    }
    if (standing->progress.status != RecordStatus::Final) {
        m_out << "NOT_FINAL" << '\n';
        if (!standing->progress.decisionRecorded) {
            m_err << printable(Text::tr("gonogo: %1: no decision has been recorded.").arg(path)) << '\n';
        }
        for (const Stakeholder &person : standing->progress.missing) {
            m_err << printable(Text::tr("gonogo: %1: no current sign-off from %2.")
                                   .arg(path, person.name.isEmpty()
                                                  ? person.role
                                                  : QStringLiteral("%1 (%2)").arg(person.name, person.role)))
                  << '\n';
        }
        return ExitGateNotFinal;
    }
    m_out << toCode(snapshot.decision->decision) << '\n';
    return exitFor(snapshot.decision->decision);
}

} // namespace gonogo
