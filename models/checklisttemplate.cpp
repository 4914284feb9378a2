#include "checklisttemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace gonogo {

namespace {

// Translation context of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::TemplateImport)
};

Error at(const QString &source, int line, const QString &what)
{
    return {ErrorKind::InvalidInput, Text::tr("%1, line %2: %3").arg(source, QString::number(line), what)};
}

Error at(const QString &source, int line, int column, const QString &what)
{
    return {ErrorKind::InvalidInput,
            Text::tr("%1, line %2, column %3: %4").arg(source, QString::number(line), QString::number(column), what)};
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    return re;
}

// "Data & Database" -> "DAT"; unique within the checklist.
QString categoryCodeFor(const QString &name, const QSet<QString> &taken)
{
    QString letters;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            letters += c.toUpper();
        }
        if (letters.size() == 3) {
            break;
        }
    }
    if (letters.isEmpty()) {
        letters = QStringLiteral("CAT");
    }
    QString code = letters;
    for (int n = 2; taken.contains(code); ++n) {
        code = letters + QString::number(n);
    }
    return code;
}

// Gives every item without an ID one from its category code, and checks IDs and titles.
// Text files are UTF-8: anything else (and NUL, which no checklist contains) is refused with the place it is
// at, the way the JSON parser does, instead of being stored as U+FFFD. Lines and columns count from 1; a column
// counts characters, not bytes.
Result<QString> decodeUtf8(const QByteArray &data, const QString &source)
{
    const auto *b = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if (c == 0) {
            return at(source, line, column, Text::tr("the file contains a NUL byte; it is not a text checklist."));
        }
        if (c < 0x80) {
            length = 1;
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            valid = (b[i + k] & 0xC0) == 0x80;
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        if (valid && length > 1) {
            valid = cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (!valid) {
            return at(source, line, column,
                      Text::tr("the file is not valid UTF-8 here (byte 0x%1); save it as UTF-8.")
                          .arg(QString::number(c, 16).toUpper()));
        }
        if (cp == U'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

Outcome finish(ChecklistTemplate &t, const QString &source)
{
    QHash<QString, int> seen;
    for (const TemplateCategory &c : t.categories) {
        for (const TemplateItem &item : c.items) {
            if (!item.id.isEmpty()) {
                seen.insert(item.id.toUpper(), item.sourceLine);
            }
        }
    }
    QHash<QString, int> usedLines;
    for (TemplateCategory &c : t.categories) {
        int n = 0;
        for (TemplateItem &item : c.items) {
            if (item.title.trimmed().isEmpty()) {
                return at(source, item.sourceLine, Text::tr("the item has no title."));
            }
            for (const QString *text : {&item.title, &item.description, &item.evidenceRequired, &item.owner}) {
                if (text->contains(QChar(0))) {
                    return at(source, item.sourceLine, Text::tr("the item contains a NUL character."));
                }
            }
            if (item.id.isEmpty()) {
                QString id;
                do {
                    id = QStringLiteral("%1-%2").arg(c.code, QStringLiteral("%1").arg(++n, 2, 10, QLatin1Char('0')));
                } while (seen.contains(id.toUpper()));
                seen.insert(id.toUpper(), item.sourceLine);
                item.id = id;
            } else if (!idPattern().match(item.id).hasMatch()) {
                return at(source, item.sourceLine,
                          Text::tr("\"%1\" is not a valid item ID (letters, digits, '.', '_' and '-', at most 32).")
                              .arg(item.id));
            }
            const QString key = item.id.toUpper();
            if (usedLines.contains(key)) {
                return at(source, item.sourceLine,
                          Text::tr("the item ID %1 is used twice (first on line %2).")
                              .arg(item.id, QString::number(usedLines.value(key))));
            }
            usedLines.insert(key, item.sourceLine);
        }
    }
    if (t.itemCount() == 0) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 contains no checklist items.").arg(source)};
    }
    return Done{};
}

// ---------- CSV (RFC 4180) ----------

struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QList<int> columns; // the character column where each field starts
};

Result<QVector<CsvRecord>> parseCsv(const QString &text, const QString &source)
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

// ---------- Markdown ----------

struct MarkdownListItem
{
    int line = 0;
    int indent = 0;
    bool checkbox = false;
    QString text;
    int headingIndex = -1;
};

QString shortTitle(const QString &plain)
{
    constexpr int limit = 120;
    if (plain.size() <= limit) {
        return plain;
    }
    static const QRegularExpression boundary(QStringLiteral("(\\.\\s|\\s-\\s|:\\s|;\\s)"));
    auto m = boundary.match(plain);
    if (m.hasMatch() && m.capturedStart() >= 10 && m.capturedStart() <= limit) {
        return plain.left(m.capturedStart()).trimmed();
    }
    int cut = static_cast<int>(plain.lastIndexOf(QLatin1Char(' '), limit - 1));
    if (cut < 40) {
        cut = limit - 1;
    }
    return plain.left(cut).trimmed() + QChar(0x2026);
}

} // namespace

int ChecklistTemplate::itemCount() const
{
    int n = 0;
    for (const TemplateCategory &c : categories) {
        n += static_cast<int>(c.items.size());
    }
    return n;
}

int ChecklistTemplate::criticalCount() const
{
    int n = 0;
    for (const TemplateCategory &c : categories) {
        for (const TemplateItem &i : c.items) {
            n += i.critical ? 1 : 0;
        }
    }
    return n;
}

QStringList TemplateImport::builtInNames()
{
    return {QStringLiteral("p020")};
}

Result<ChecklistTemplate> TemplateImport::builtIn(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (!builtInNames().contains(key)) {
        return Error{ErrorKind::InvalidInput, Text::tr("There is no built-in template called \"%1\" (available: %2).")
                                                  .arg(name, builtInNames().join(QStringLiteral(", ")))};
    }
    QFile f(QStringLiteral(":/templates/%1.json").arg(key));
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Text::tr("The built-in template \"%1\" is missing from this build.").arg(name)};
    }
    return fromJson(f.readAll(), key);
}

Result<ChecklistTemplate> TemplateImport::fromFile(const QString &path)
{
    const QString source = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!QFileInfo(path).isFile()) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 does not exist or is not a file.").arg(source)};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Text::tr("%1 cannot be read: %2").arg(source, f.errorString())};
    }
    if (f.size() > 16 * 1024 * 1024) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 is larger than 16 MiB; it is not a checklist.").arg(source)};
    }
    const QByteArray data = f.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        return fromJson(data, source);
    }
    if (suffix == QLatin1String("csv")) {
        return fromCsv(data, source);
    }
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        return fromMarkdown(data, source);
    }
    return Error{ErrorKind::InvalidInput,
                 Text::tr("%1: unknown checklist format \".%2\"; use .json, .csv or .md.").arg(source, suffix)};
}

Result<ChecklistTemplate> TemplateImport::fromJson(const QByteArray &data, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return at(source, line, column, Text::tr("invalid JSON: %1.").arg(parseError.errorString()));
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("categories")).isArray()) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1: a checklist template is a JSON object with a \"categories\" list.").arg(source)};
    }
    const QJsonObject root = doc.object();
    ChecklistTemplate t;
    t.name = root.value(QStringLiteral("name")).toString(QFileInfo(source).completeBaseName());
    QSet<QString> codes;
    const QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    for (int ci = 0; ci < categories.size(); ++ci) {
        const QJsonObject c = categories.at(ci).toObject();
        const QString where = QStringLiteral("categories[%1]").arg(ci);
        TemplateCategory category;
        category.name = c.value(QStringLiteral("name")).toString().trimmed();
        if (category.name.isEmpty()) {
            return Error{ErrorKind::InvalidInput, Text::tr("%1, %2: the category has no name.").arg(source, where)};
        }
        category.code = c.value(QStringLiteral("code")).toString().trimmed().toUpper();
        if (category.code.isEmpty()) {
            category.code = categoryCodeFor(category.name, codes);
        } else if (!idPattern().match(category.code).hasMatch() || codes.contains(category.code)) {
            return Error{ErrorKind::InvalidInput, Text::tr("%1, %2: the category code \"%3\" is invalid or used twice.")
                                                      .arg(source, where, category.code)};
        }
        codes.insert(category.code);
        const QJsonArray items = c.value(QStringLiteral("items")).toArray();
        for (int ii = 0; ii < items.size(); ++ii) {
            const QJsonObject o = items.at(ii).toObject();
            const QString itemWhere = QStringLiteral("%1.items[%2]").arg(where, QString::number(ii));
            TemplateItem item;
            item.id = o.value(QStringLiteral("id")).toString().trimmed();
            item.title = o.value(QStringLiteral("title")).toString().trimmed();
            item.description = o.value(QStringLiteral("description")).toString().trimmed();
            item.evidenceRequired = o.value(QStringLiteral("evidence")).toString().trimmed();
            item.owner = o.value(QStringLiteral("owner")).toString().trimmed();
            const QJsonValue critical = o.value(QStringLiteral("critical"));
            if (!critical.isUndefined() && !critical.isBool()) {
                return Error{ErrorKind::InvalidInput,
                             Text::tr("%1, %2: \"critical\" must be true or false.").arg(source, itemWhere)};
            }
            item.critical = critical.toBool(false);
            if (item.title.isEmpty()) {
                return Error{ErrorKind::InvalidInput,
                             Text::tr("%1, %2: the item has no title.").arg(source, itemWhere)};
            }
            if (!item.id.isEmpty() && !idPattern().match(item.id).hasMatch()) {
                return Error{ErrorKind::InvalidInput,
                             Text::tr("%1, %2: \"%3\" is not a valid item ID.").arg(source, itemWhere, item.id)};
            }
            category.items.append(item);
        }
        t.categories.append(category);
    }
    // JSON has no useful line per item: report duplicates by ID.
    QSet<QString> ids;
    for (const TemplateCategory &c : t.categories) {
        for (const TemplateItem &i : c.items) {
            if (!i.id.isEmpty() && ids.contains(i.id.toUpper())) {
                return Error{ErrorKind::InvalidInput, Text::tr("%1: the item ID %2 is used twice.").arg(source, i.id)};
            }
            ids.insert(i.id.toUpper());
        }
    }
    if (auto done = finish(t, source); !done) {
        return done.error();
    }
    return t;
}

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
    QHash<QString, int> column;
    const CsvRecord &header = records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!known.contains(name)) {
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
        item.evidenceRequired = field(QStringLiteral("evidence"));
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

QString TemplateImport::plainText(const QString &markdown)
{
    QString s = markdown;
    static const QRegularExpression tags(QStringLiteral("<[^<>]*>"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\((?:[^()]|\\([^()]*\\))*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\((?:[^()]|\\([^()]*\\))*\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]+)\\]\\[[^\\]]*\\]"));
    // Each span stops at the next marker of its own kind ([^*]+? rather than .+?): an opener without a closer
    // then costs one short look, not a scan to the end of the line, so a long line takes linear time.
    static const QRegularExpression strong(QStringLiteral("\\*\\*([^*]+?)\\*\\*|__([^_]+?)__"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])\\*(?![\\s*])([^*]+?)(?<!\\s)\\*(?![\\w*])"));
    static const QRegularExpression underscore(QStringLiteral("(?<!\\w)_(?![\\s_])([^_]+?)(?<!\\s)_(?!\\w)"));
    static const QRegularExpression strike(QStringLiteral("~~([^~]+?)~~"));
    static const QRegularExpression code(QStringLiteral("`+([^`]*)`+"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    s.replace(code, QStringLiteral("\\1"));
    s.replace(tags, QString());
    s.replace(image, QStringLiteral("\\1"));
    s.replace(link, QStringLiteral("\\1"));
    s.replace(refLink, QStringLiteral("\\1"));
    s.replace(strong, QStringLiteral("\\1\\2"));
    s.replace(emphasis, QStringLiteral("\\1"));
    s.replace(underscore, QStringLiteral("\\1"));
    s.replace(strike, QStringLiteral("\\1"));
    QRegularExpressionMatch m;
    int from = 0;
    while ((m = numeric.match(s, from)).hasMatch()) {
        bool ok = false;
        const uint cp = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        const QString replacement = ok && cp > 0x1f && cp < 0x110000
                                        ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1)
                                        : QString();
        s.replace(m.capturedStart(), m.capturedLength(), replacement);
        from = static_cast<int>(m.capturedStart() + replacement.size());
    }
    s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s.simplified();
}

Result<ChecklistTemplate> TemplateImport::fromMarkdown(const QByteArray &data, const QString &source)
{
    auto decoded = decodeUtf8(data, source);
    if (!decoded) {
        return decoded.error();
    }
    const QString text = decoded.value();
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression listItem(
        QStringLiteral("^(\\s*)(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[([ xX])\\]\\s+)?(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^\\s*(```|~~~)"));
    static const QRegularExpression criticalTag(QStringLiteral("[\\[(]critical[\\])]"),
                                                QRegularExpression::CaseInsensitiveOption);

    QStringList headings;
    QVector<MarkdownListItem> items;
    bool inFence = false;
    bool anyCheckbox = false;
    MarkdownListItem *open = nullptr; // the item a lazy continuation line belongs to
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            open = nullptr;
            continue;
        }
        if (inFence) {
            continue;
        }
        if (const auto h = heading.match(line); h.hasMatch()) {
            headings << plainText(h.captured(2));
            open = nullptr;
            continue;
        }
        if (const auto li = listItem.match(line); li.hasMatch()) {
            MarkdownListItem item;
            item.line = i + 1;
            item.indent = static_cast<int>(li.captured(1).replace(QLatin1Char('\t'), QStringLiteral("    ")).size());
            item.checkbox = !li.captured(2).isEmpty();
            item.text = li.captured(3).trimmed();
            item.headingIndex = static_cast<int>(headings.size()) - 1;
            anyCheckbox = anyCheckbox || item.checkbox;
            items.append(item);
            open = &items.last();
            continue;
        }
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('>'))) {
            open = nullptr;
            continue;
        }
        if (open) {
            open->text += QLatin1Char(' ') + line.trimmed();
        }
    }

    ChecklistTemplate t;
    t.name = headings.isEmpty() ? QFileInfo(source).completeBaseName() : headings.first();
    QHash<int, int> categoryForHeading;
    QSet<QString> codes;
    // Parents of nested items, by indentation, so a sub-item can name the item it belongs to.
    QVector<QPair<int, QString>> parents;
    int lastHeading = -2;
    for (const MarkdownListItem &li : items) {
        if (anyCheckbox && !li.checkbox) {
            continue;
        }
        const QString plain = plainText(li.text);
        if (plain.isEmpty()) {
            continue;
        }
        if (li.headingIndex != lastHeading) {
            parents.clear();
            lastHeading = li.headingIndex;
        }
        if (!categoryForHeading.contains(li.headingIndex)) {
            TemplateCategory c;
            c.name = li.headingIndex >= 0 ? headings.at(li.headingIndex) : Text::tr("General");
            if (c.name.isEmpty()) {
                c.name = Text::tr("General");
            }
            c.code = categoryCodeFor(c.name, codes);
            codes.insert(c.code);
            categoryForHeading.insert(li.headingIndex, static_cast<int>(t.categories.size()));
            t.categories.append(c);
        }
        TemplateCategory &category = t.categories[categoryForHeading.value(li.headingIndex)];
        TemplateItem item;
        item.sourceLine = li.line;
        item.critical = criticalTag.match(plain).hasMatch();
        item.title = shortTitle(QString(plain).remove(criticalTag).simplified());
        item.description = li.text;
        while (!parents.isEmpty() && parents.last().first >= li.indent) {
            parents.removeLast();
        }
        if (!parents.isEmpty()) {
            item.description = Text::tr("Part of: %1").arg(parents.last().second) + QStringLiteral("\n") + li.text;
        }
        parents.append({li.indent, item.title});
        category.items.append(item);
    }
    if (t.itemCount() == 0) {
        return Error{
            ErrorKind::InvalidInput,
            Text::tr("%1 contains no checklist items (no \"- [ ]\" checkboxes or list items were found).").arg(source)};
    }
    if (auto done = finish(t, source); !done) {
        return done.error();
    }
    return t;
}

} // namespace gonogo
