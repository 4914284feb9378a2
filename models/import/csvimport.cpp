// CSV checklists (RFC 4180): category,id,title,critical,owner,description,evidence, with a header row; a file
// written by `gonogo export` reads back too (its meeting columns are ignored).
#include "importsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace gonogo {

using namespace importing;

namespace {

// Translation context of the importers.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::TemplateImport)
};

} // namespace

Result<QVector<CsvRecord>> importing::parseCsv(const QString &text, const QString &source)
{
    QVector<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    int column = 1;
    int fieldColumn = 1;
    int quoteLine = 0;
    int quoteColumn = 0;
    bool quoted = false;
    bool afterQuote = false;
    bool recordStarted = false;
    record.line = 1;
    auto endField = [&] {
        record.fields << field;
        record.columns << fieldColumn;
        field.clear();
        afterQuote = false;
    };
    const int n = static_cast<int>(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                    column += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
            } else {
                field += c;
                if (c == QLatin1Char('\n')) {
                    ++line;
                    column = 0;
                }
            }
            ++column;
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            ++column;
            fieldColumn = column;
            recordStarted = true;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            if (recordStarted || !field.isEmpty()) {
                endField();
                records.append(record);
            }
            record = CsvRecord{};
            ++line;
            record.line = line;
            column = 1;
            fieldColumn = 1;
            recordStarted = false;
            continue;
        }
        if (afterQuote) {
            return at(source, line, column, Text::tr("unexpected text after a closing quote."));
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                return at(source, line, column, Text::tr("a quote inside an unquoted field; quote the whole field."));
            }
            quoted = true;
            quoteLine = line;
            quoteColumn = column;
            recordStarted = true;
            ++column;
            continue;
        }
        field += c;
        recordStarted = true;
        ++column;
    }
    if (quoted) {
        return at(source, quoteLine, quoteColumn, Text::tr("this quoted field is never closed."));
    }
    if (recordStarted || !field.isEmpty()) {
        endField();
        records.append(record);
    }
    return records;
}

namespace {

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("y")) {
        return true;
    }
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0") ||
        t == QLatin1String("n")) {
        return false;
    }
    return std::nullopt;
}

} // namespace

Result<ChecklistTemplate> TemplateImport::fromCsv(const QByteArray &data, const QString &source)
{
    auto decoded = decodeUtf8(data, source);
    if (!decoded) {
        return decoded.error();
    }
    const QString text = decoded.value();
    auto parsed = parseCsv(text, source);
    if (!parsed) {
        return parsed.error();
    }
    const QVector<CsvRecord> &records = parsed.value();
    if (records.isEmpty()) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 is empty; it needs a header row and items.").arg(source)};
    }
    const QStringList known{QStringLiteral("category"), QStringLiteral("id"),    QStringLiteral("title"),
                            QStringLiteral("critical"), QStringLiteral("owner"), QStringLiteral("description"),
                            QStringLiteral("evidence")};
    // The columns of `gonogo export` that are the meeting's, not the checklist's: read back, they are ignored.
    // In an export "evidence" is the evidence given and "evidence required" what the template asks for.
    const QStringList exported{QStringLiteral("status"), QStringLiteral("notes"), QStringLiteral("evidence required"),
                               QStringLiteral("changed by"), QStringLiteral("changed at")};
    QHash<QString, int> column;
    const CsvRecord &header = records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).simplified().toLower();
        if (!known.contains(name) && !exported.contains(name)) {
            return at(source, header.line, header.columns.at(i),
                      Text::tr("unknown column \"%1\"; the columns are %2.")
                          .arg(header.fields.at(i), known.join(QStringLiteral(", "))));
        }
        if (column.contains(name)) {
            return at(source, header.line, header.columns.at(i),
                      Text::tr("the column \"%1\" appears twice.").arg(name));
        }
        column.insert(name, i);
    }
    const bool fromExport = column.contains(QStringLiteral("evidence required"));
    for (const QString &required : {QStringLiteral("category"), QStringLiteral("title")}) {
        if (!column.contains(required)) {
            return at(source, header.line, Text::tr("the header row has no \"%1\" column.").arg(required));
        }
    }
    ChecklistTemplate t;
    t.name = QFileInfo(source).completeBaseName();
    QHash<QString, int> categoryIndex;
    QSet<QString> codes;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.fields.size() != header.fields.size()) {
            return at(source, rec.line,
                      Text::tr("this row has %1 fields, but the header has %2.")
                          .arg(rec.fields.size())
                          .arg(header.fields.size()));
        }
        auto field = [&](const QString &name) {
            return column.contains(name) ? rec.fields.at(column.value(name)).trimmed() : QString();
        };
        const QString categoryName = field(QStringLiteral("category"));
        if (categoryName.isEmpty()) {
            return at(source, rec.line, rec.columns.at(column.value(QStringLiteral("category"))),
                      Text::tr("the category is empty."));
        }
        TemplateItem item;
        item.sourceLine = rec.line;
        item.id = field(QStringLiteral("id"));
        item.title = field(QStringLiteral("title"));
        item.owner = field(QStringLiteral("owner"));
        item.description = field(QStringLiteral("description"));
        item.evidenceRequired = field(fromExport ? QStringLiteral("evidence required") : QStringLiteral("evidence"));
        if (item.title.isEmpty()) {
            return at(source, rec.line, rec.columns.at(column.value(QStringLiteral("title"))),
                      Text::tr("the title is empty."));
        }
        if (column.contains(QStringLiteral("critical"))) {
            const auto flag = parseFlag(field(QStringLiteral("critical")));
            if (!flag) {
                return at(source, rec.line, rec.columns.at(column.value(QStringLiteral("critical"))),
                          Text::tr("critical must be yes/no, true/false or 1/0, not \"%1\".")
                              .arg(field(QStringLiteral("critical"))));
            }
            item.critical = *flag;
        }
        if (!item.id.isEmpty() && !idPattern().match(item.id).hasMatch()) {
            return at(source, rec.line, rec.columns.at(column.value(QStringLiteral("id"))),
                      Text::tr("\"%1\" is not a valid item ID (letters, digits, '.', '_' and '-', at most 32).")
                          .arg(item.id));
        }
        const QString key = categoryName.toLower();
        if (!categoryIndex.contains(key)) {
            TemplateCategory c;
            c.name = categoryName;
            c.code = categoryCodeFor(categoryName, codes);
            codes.insert(c.code);
            categoryIndex.insert(key, static_cast<int>(t.categories.size()));
            t.categories.append(c);
        }
        t.categories[categoryIndex.value(key)].items.append(item);
    }
    if (auto done = finish(t, source); !done) {
        return done.error();
    }
    return t;
}

} // namespace gonogo
