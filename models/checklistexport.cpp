#include "checklistexport.h"

#include "engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::ChecklistExport)
};

QString utcText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString categoryName(const Snapshot &s, const QString &code)
{
    for (const Category &c : s.categories) {
        if (c.code == code) {
            return c.name;
        }
    }
    return code;
}

// Items in checklist order: by category position, then item position.
QVector<const Item *> ordered(const Snapshot &s)
{
    QVector<const Item *> items;
    for (const Category &c : s.categories) {
        QVector<const Item *> in;
        for (const Item &i : s.items) {
            if (i.categoryCode == c.code) {
                in << &i;
            }
        }
        std::stable_sort(in.begin(), in.end(), [](const Item *a, const Item *b) { return a->position < b->position; });
        items += in;
    }
    return items;
}

QJsonObject scoreJson(const Score &s)
{
    return {{QStringLiteral("passed"), s.numerator},
            {QStringLiteral("of"), s.denominator},
            {QStringLiteral("percent"), s.percent()}};
}

} // namespace

std::optional<ExportFormat> ChecklistExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        return ExportFormat::Markdown;
    }
    if (suffix == QLatin1String("json")) {
        return ExportFormat::Json;
    }
    return std::nullopt;
}

QStringList ChecklistExport::fileFilters()
{
    return {Text::tr("CSV for spreadsheets (*.csv)"), Text::tr("Markdown for a wiki (*.md)"),
            Text::tr("GoNoGo checklist JSON (*.json)")};
}

QString ChecklistExport::csvField(const QString &text)
{
    QString t = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!t.isEmpty() && formulaStarts.contains(t.at(0))) {
        t.prepend(QLatin1Char('\''));
    }
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r')) || t.startsWith(QLatin1Char(' ')) || t.endsWith(QLatin1Char(' '))) {
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

QByteArray ChecklistExport::csv(const Snapshot &snapshot)
{
    // Column names are fixed English, like the status codes: a spreadsheet formula or a script relies on them,
    // and `gonogo new --template` reads them back.
    const QStringList header{
        QStringLiteral("category"),    QStringLiteral("id"),         QStringLiteral("title"),
        QStringLiteral("critical"),    QStringLiteral("status"),     QStringLiteral("owner"),
        QStringLiteral("evidence"),    QStringLiteral("notes"),      QStringLiteral("evidence required"),
        QStringLiteral("description"), QStringLiteral("changed by"), QStringLiteral("changed at")};
    QString out = QChar(0xFEFF) + header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Item *i : ordered(snapshot)) {
        const QStringList row{categoryName(snapshot, i->categoryCode),
                              i->id,
                              i->title,
                              i->critical ? QStringLiteral("yes") : QStringLiteral("no"),
                              toCode(i->status),
                              i->owner,
                              i->evidence,
                              i->notes,
                              i->evidenceRequired,
                              i->description,
                              i->changedBy,
                              utcText(i->changedAt)};
        QStringList fields;
        for (const QString &f : row) {
            fields << csvField(f);
        }
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString ChecklistExport::markdownCell(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    // What inline Markdown reads as markup inside a table cell; other punctuation is left readable.
    static const QString markup = QStringLiteral("\\`*_[]<>|~&");
    const QString trimmed = text.trimmed();
    for (int i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('\r')) {
            continue;
        }
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("<br>");
        } else if (markup.contains(c)) {
            out += QLatin1Char('\\');
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ChecklistExport::markdown(const Snapshot &snapshot, const QDateTime &exportedAt)
{
    const Assessment a = DecisionEngine::assess(snapshot);
    const Meeting &m = snapshot.meeting;
    QString out;
    const QString launch = m.launchName.isEmpty() ? Text::tr("Launch") : m.launchName;
    out += QStringLiteral("# %1\n\n").arg(markdownCell(launch));
    // The meeting in a paragraph (not a list: a list would be read back as items).
    QStringList facts;
    if (!m.facilitator.isEmpty()) {
        facts << Text::tr("Facilitator: %1").arg(markdownCell(m.facilitator));
    }
    if (m.targetDate.isValid()) {
        facts << Text::tr("Target launch: %1").arg(m.targetDate.toString(Qt::ISODate));
    }
    if (m.meetingDate.isValid()) {
        facts << Text::tr("Meeting: %1").arg(m.meetingDate.toString(Qt::ISODate));
    }
    facts << Text::tr("Critical items passed: %1 of %2 (%3 %)")
                 .arg(a.criticalScore.numerator)
                 .arg(a.criticalScore.denominator)
                 .arg(a.criticalScore.text());
    facts << Text::tr("All items passed: %1 of %2 (%3 %)")
                 .arg(a.totalScore.numerator)
                 .arg(a.totalScore.denominator)
                 .arg(a.totalScore.text());
    facts << Text::tr("Recommendation: %1").arg(displayName(a.decision));
    if (snapshot.decision) {
        facts << Text::tr("Decision: %1, recorded by %2 at %3")
                     .arg(displayName(snapshot.decision->decision), markdownCell(snapshot.decision->decidedBy),
                          utcText(snapshot.decision->decidedAt));
    } else {
        facts << Text::tr("Decision: not recorded yet");
    }
    facts << Text::tr("Exported: %1").arg(utcText(exportedAt));
    out += facts.join(QStringLiteral("<br>\n")) + QStringLiteral("\n");

    const QVector<const Item *> items = ordered(snapshot);
    for (const Category &c : snapshot.categories) {
        out += QStringLiteral("\n## %1\n\n").arg(markdownCell(c.name));
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(Text::tr("ID"), Text::tr("Item"), Text::tr("Critical"), Text::tr("Status"), Text::tr("Owner"),
                        Text::tr("Evidence"), Text::tr("Changed"));
        out += QStringLiteral("|---|---|---|---|---|---|---|\n");
        for (const Item *i : items) {
            if (i->categoryCode != c.code) {
                continue;
            }
            const QString changed =
                i->changedAt.isValid() ? Text::tr("%1, %2").arg(i->changedBy, utcText(i->changedAt)) : i->changedBy;
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                       .arg(markdownCell(i->id), markdownCell(i->title), i->critical ? Text::tr("yes") : Text::tr("no"),
                            markdownCell(displayName(i->status)), markdownCell(i->owner), markdownCell(i->evidence),
                            markdownCell(changed));
        }
    }
    return out.toUtf8();
}

QByteArray ChecklistExport::json(const Snapshot &snapshot, const QDateTime &exportedAt)
{
    const Assessment a = DecisionEngine::assess(snapshot);
    const Meeting &m = snapshot.meeting;
    QJsonObject meeting{
        {QStringLiteral("launch"), m.launchName},
        {QStringLiteral("facilitator"), m.facilitator},
        {QStringLiteral("targetDate"), m.targetDate.toString(Qt::ISODate)},
        {QStringLiteral("meetingDate"), m.meetingDate.toString(Qt::ISODate)},
        {QStringLiteral("template"), m.templateName},
        {QStringLiteral("recordId"), m.recordId},
        {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("criticalPercent"), m.thresholds.criticalPercent},
                                                   {QStringLiteral("goPercent"), m.thresholds.goPercent},
                                                   {QStringLiteral("cautionPercent"), m.thresholds.cautionPercent}}},
        {QStringLiteral("criticalScore"), scoreJson(a.criticalScore)},
        {QStringLiteral("totalScore"), scoreJson(a.totalScore)},
        {QStringLiteral("recommendation"), toCode(a.decision)}};
    if (snapshot.decision) {
        const RecordedDecision &d = *snapshot.decision;
        QJsonArray conditions;
        for (const Condition &c : d.conditions) {
            conditions.append(QJsonObject{{QStringLiteral("text"), c.text},
                                          {QStringLiteral("owner"), c.owner},
                                          {QStringLiteral("due"), c.due.toString(Qt::ISODate)}});
        }
        meeting.insert(QStringLiteral("decision"),
                       QJsonObject{{QStringLiteral("decision"), toCode(d.decision)},
                                   {QStringLiteral("rationale"), d.rationale},
                                   {QStringLiteral("recommendationThen"), toCode(d.recommendation)},
                                   {QStringLiteral("overrideRationale"), d.overrideRationale},
                                   {QStringLiteral("decidedBy"), d.decidedBy},
                                   {QStringLiteral("decidedAt"), utcText(d.decidedAt)},
                                   {QStringLiteral("conditions"), conditions}});
    } else {
        meeting.insert(QStringLiteral("decision"), QJsonValue::Null);
    }
    const QVector<const Item *> items = ordered(snapshot);
    QJsonArray categories;
    for (const Category &c : snapshot.categories) {
        QJsonArray list;
        for (const Item *i : items) {
            if (i->categoryCode != c.code) {
                continue;
            }
            list.append(QJsonObject{
                {QStringLiteral("id"), i->id},
                {QStringLiteral("title"), i->title},
                {QStringLiteral("critical"), i->critical},
                {QStringLiteral("owner"), i->owner},
                {QStringLiteral("evidence"), i->evidenceRequired},
                {QStringLiteral("description"), i->description},
                {QStringLiteral("state"), QJsonObject{{QStringLiteral("status"), toCode(i->status)},
                                                      {QStringLiteral("evidence"), i->evidence},
                                                      {QStringLiteral("notes"), i->notes},
                                                      {QStringLiteral("changedBy"), i->changedBy},
                                                      {QStringLiteral("changedAt"), utcText(i->changedAt)}}}});
        }
        categories.append(QJsonObject{
            {QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name}, {QStringLiteral("items"), list}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("gonogo-checklist")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), m.launchName},
                           {QStringLiteral("exportedAt"), utcText(exportedAt)},
                           {QStringLiteral("meeting"), meeting},
                           {QStringLiteral("categories"), categories}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Outcome ChecklistExport::write(const Snapshot &snapshot, const QString &path, const QDateTime &exportedAt)
{
    const QString where = QDir::toNativeSeparators(path);
    const auto format = formatFor(path);
    if (!format) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1: unknown export format \".%2\"; use .csv, .md or .json.")
                                                  .arg(where, QFileInfo(path).suffix())};
    }
    const QByteArray data = *format == ExportFormat::Csv        ? csv(snapshot)
                            : *format == ExportFormat::Markdown ? markdown(snapshot, exportedAt)
                                                                : json(snapshot, exportedAt);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return Error{ErrorKind::Io, Text::tr("%1 cannot be written: %2").arg(where, out.errorString())};
    }
    if (out.write(data) != data.size() || !out.commit()) {
        const QString why = out.errorString();
        out.cancelWriting();
        return Error{ErrorKind::Io, Text::tr("%1 could not be written completely: %2").arg(where, why)};
    }
    return Done{};
}

} // namespace gonogo
