// Markdown checklists, read by md4c (the CommonMark parser Qt itself uses, with GitHub's tables and task lists).
// Headings are the categories. The items are the task-list items when the file has any, else the body rows of its
// tables, else its plain list items; a nested list item names the item it belongs to. md4c reports blocks, spans
// and text with their place in the input, so titles come from the text it reports (no markup, no HTML, no emoji
// shortcodes) and descriptions from the source lines of a list item or the other cells of a row. Linear in the
// size of the input.
#include "importsupport.h"

#include <md4c.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace gonogo {

using namespace importing;

namespace {

// Translation context of the importers.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::TemplateImport)
};

// An entity as md4c reports it ("&amp;", "&#169;", "&#x263A;"): its character, or the text as it is when unknown.
QString entityText(const QString &entity)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("&amp;"), QStringLiteral("&")},        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},         {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},       {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&copy;"), QStringLiteral("\u00A9")},  {QStringLiteral("&mdash;"), QStringLiteral("\u2014")},
        {QStringLiteral("&ndash;"), QStringLiteral("\u2013")}, {QStringLiteral("&hellip;"), QStringLiteral("\u2026")}};
    if (entity.startsWith(QLatin1String("&#")) && entity.endsWith(QLatin1Char(';'))) {
        const bool hex = entity.size() > 3 && (entity.at(2) == QLatin1Char('x') || entity.at(2) == QLatin1Char('X'));
        bool ok = false;
        const uint cp = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && cp > 0x1f && cp < 0x110000 && (cp < 0xD800 || cp > 0xDFFF)) {
            const char32_t c = cp;
            return QString::fromUcs4(&c, 1);
        }
        return QString();
    }
    return named.value(entity, entity);
}

// One list item as the parser saw it.
struct ListItem
{
    int parent = -1;  // the list item this one is nested in
    int heading = -1; // the heading it stands under
    bool task = false;
    QString text;      // its own text (first paragraph, not nested blocks), markup removed
    qint64 first = -1; // byte offsets of its own text in the input
    qint64 last = -1;
};

// One table cell: its text without markup, and the same with link targets kept, for descriptions.
struct Cell
{
    QString plain;
    QString readable;
};

struct TableRow
{
    QVector<Cell> cells;
    qint64 first = -1; // byte offset of the row's first text
};

struct Table
{
    int heading = -1;
    QVector<Cell> header;
    QVector<TableRow> rows;
};

// Walks md4c's callbacks and keeps headings, list items and tables. Text belongs to the innermost open list item
// while that item's own paragraph is open, to the heading being read, or to the table cell being read.
class Reader
{
public:
    enum class Mode {
        Import,   // headings, list items and tables
        Plain,    // every text in one string, blocks separated by spaces (plainText())
        Readable, // every text, blocks on their own lines, link targets after their text (readableText())
    };

    Reader(const QByteArray &utf8, Mode mode) : m_input(utf8), m_mode(mode) {}

    bool parse(unsigned flags)
    {
        MD_PARSER parser{};
        parser.flags = flags;
        parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            return static_cast<Reader *>(self)->enterBlock(type, detail);
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
            return static_cast<Reader *>(self)->leaveBlock(type);
        };
        parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
            return static_cast<Reader *>(self)->enterSpan(type, detail);
        };
        parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
            return static_cast<Reader *>(self)->leaveSpan(type);
        };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            return static_cast<Reader *>(self)->text(type, text, size);
        };
        return md_parse(m_input.constData(), static_cast<MD_SIZE>(m_input.size()), &parser, this) == 0;
    }

    QStringList headings;
    QVector<ListItem> items;
    QVector<Table> tables;
    QString all; // every text, for plainText() and readableText()

private:
    struct Open
    {
        int item;
        int blocks = 0;  // blocks entered inside it so far
        bool own = true; // its own text is still being read
    };

    struct Link
    {
        QString target;
        qsizetype start; // where its text starts in the text being written
    };

    bool keepsAll() const { return m_mode != Mode::Import; }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (keepsAll() && !all.isEmpty()) {
            const bool inline_ = type == MD_BLOCK_TD || type == MD_BLOCK_TH;
            all += m_mode == Mode::Readable && !inline_ ? QLatin1Char('\n') : QLatin1Char(' ');
        }
        if (!m_open.isEmpty() && type != MD_BLOCK_LI) {
            Open &o = m_open.last();
            // The first paragraph of a loose item is its own text; any other block ends it.
            if (!(type == MD_BLOCK_P && o.blocks == 0)) {
                o.own = false;
            }
            ++o.blocks;
        }
        switch (type) {
        case MD_BLOCK_H:
            m_heading = true;
            headings << QString();
            break;
        case MD_BLOCK_LI: {
            if (!m_open.isEmpty()) {
                m_open.last().own = false;
            }
            const auto *li = static_cast<const MD_BLOCK_LI_DETAIL *>(detail);
            ListItem item;
            item.parent = m_open.isEmpty() ? -1 : m_open.last().item;
            item.heading = static_cast<int>(headings.size()) - 1;
            item.task = li && li->is_task;
            items.append(item);
            m_open.append(Open{static_cast<int>(items.size()) - 1});
            break;
        }
        case MD_BLOCK_TABLE:
            tables.append(Table{static_cast<int>(headings.size()) - 1, {}, {}});
            m_table = static_cast<int>(tables.size()) - 1;
            break;
        case MD_BLOCK_THEAD:
            m_tableHead = true;
            break;
        case MD_BLOCK_TBODY:
            m_tableHead = false;
            break;
        case MD_BLOCK_TR:
            if (m_table >= 0 && !m_tableHead) {
                tables[m_table].rows.append(TableRow{});
            }
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_table >= 0) {
                m_cell = true;
                Table &t = tables[m_table];
                if (m_tableHead) {
                    t.header.append(Cell{});
                } else if (!t.rows.isEmpty()) {
                    t.rows.last().cells.append(Cell{});
                }
            }
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_H:
            m_heading = false;
            headings.last() = headings.last().simplified();
            break;
        case MD_BLOCK_LI:
            m_open.removeLast();
            break;
        case MD_BLOCK_P:
            if (!m_open.isEmpty()) {
                m_open.last().own = false;
            }
            break;
        case MD_BLOCK_TABLE:
            m_table = -1;
            m_tableHead = false;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_cell = false;
            break;
        default:
            break;
        }
        return 0;
    }

    // The cell being read, or nullptr.
    Cell *cell()
    {
        if (!m_cell || m_table < 0) {
            return nullptr;
        }
        Table &t = tables[m_table];
        if (m_tableHead) {
            return t.header.isEmpty() ? nullptr : &t.header.last();
        }
        if (t.rows.isEmpty() || t.rows.last().cells.isEmpty()) {
            return nullptr;
        }
        return &t.rows.last().cells.last();
    }

    // The text that keeps link targets: the cell's, or everything in readable mode.
    QString *readableTarget()
    {
        if (m_mode == Mode::Readable) {
            return &all;
        }
        Cell *c = cell();
        return c ? &c->readable : nullptr;
    }

    void openLink(const QString &target)
    {
        if (QString *t = readableTarget()) {
            m_links.append(Link{target, t->size()});
        } else {
            m_links.append(Link{QString(), -1});
        }
    }

    void closeLink()
    {
        if (m_links.isEmpty()) {
            return;
        }
        const Link link = m_links.takeLast();
        QString *t = readableTarget();
        if (!t || link.start < 0 || link.start > t->size()) {
            return;
        }
        const QString text = t->mid(link.start).simplified();
        // In-page anchors ("#usage") and links that are their own text add nothing for a reader.
        if (!link.target.isEmpty() && !link.target.startsWith(QLatin1Char('#')) && text != link.target) {
            *t += QStringLiteral(" (%1)").arg(link.target);
        }
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (type == MD_SPAN_A) {
            const auto *a = static_cast<const MD_SPAN_A_DETAIL *>(detail);
            openLink(a ? QString::fromUtf8(a->href.text, static_cast<qsizetype>(a->href.size)) : QString());
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_A) {
            closeLink();
        }
        return 0;
    }

    // Inline HTML: <a href="..."> and </a> are links like Markdown's; <br> breaks the line; other tags are dropped.
    QString html(const QString &tag)
    {
        static const QRegularExpression open(QStringLiteral("^<a\\s[^>]*href\\s*=\\s*[\"']([^\"']*)[\"']"),
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression close(QStringLiteral("^</a\\s*>$"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression br(QStringLiteral("^<br\\s*/?>$"), QRegularExpression::CaseInsensitiveOption);
        if (const auto m = open.match(tag); m.hasMatch()) {
            openLink(entityDecoded(m.captured(1)));
        } else if (close.match(tag).hasMatch()) {
            closeLink();
        } else if (br.match(tag).hasMatch()) {
            return m_mode == Mode::Readable ? QStringLiteral("\n") : QStringLiteral(" ");
        }
        return QString();
    }

    static QString entityDecoded(const QString &text)
    {
        if (!text.contains(QLatin1Char('&'))) {
            return text;
        }
        static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
        QString out;
        qsizetype last = 0;
        auto it = entity.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += entityText(m.captured(0));
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        return out;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        const QString t = QString::fromUtf8(text, static_cast<qsizetype>(size));
        QString plain;
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH:
            plain = t;
            break;
        case MD_TEXT_ENTITY:
            plain = entityText(t);
            break;
        case MD_TEXT_BR:
            plain = m_mode == Mode::Readable ? QStringLiteral("\n") : QStringLiteral(" ");
            break;
        case MD_TEXT_SOFTBR:
            plain = QStringLiteral(" ");
            break;
        case MD_TEXT_HTML:
            plain = html(t);
            break;
        case MD_TEXT_NULLCHAR:
            break;
        }
        if (keepsAll()) {
            all += plain;
        }
        if (m_heading) {
            headings.last() += plain;
        } else if (Cell *c = cell()) {
            c->plain += plain;
            c->readable += plain;
            TableRow *row = m_tableHead ? nullptr : &tables[m_table].rows.last();
            if (row && row->first < 0 && type != MD_TEXT_BR && type != MD_TEXT_SOFTBR && type != MD_TEXT_HTML &&
                text >= m_input.constData() && text < m_input.constData() + m_input.size()) {
                row->first = text - m_input.constData();
            }
        } else if (!m_open.isEmpty() && m_open.last().own) {
            ListItem &item = items[m_open.last().item];
            item.text += plain;
            // Text that md4c points into the input with: its place in the source.
            if (type != MD_TEXT_BR && type != MD_TEXT_SOFTBR && text >= m_input.constData() &&
                text < m_input.constData() + m_input.size()) {
                const qint64 at = text - m_input.constData();
                if (item.first < 0) {
                    item.first = at;
                }
                item.last = at + static_cast<qint64>(size);
            }
        }
        return 0;
    }

    const QByteArray &m_input;
    Mode m_mode = Mode::Import;
    QVector<Open> m_open;
    QVector<Link> m_links;
    bool m_heading = false;
    int m_table = -1; // the table being read
    bool m_tableHead = false;
    bool m_cell = false;
};

// HTML blocks are read as text with inline tags, so that a tag at the start of a line drops only the tag.
constexpr unsigned markdownFlags = MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTMLBLOCKS | MD_FLAG_TABLES;

// "[ ] Do this" and "[x] Done" written in a table cell: the mark is not part of the title.
QString withoutCheckbox(const QString &text)
{
    static const QRegularExpression box(QStringLiteral("^\\[[ xX]\\]\\s*"));
    return QString(text).remove(box);
}

// A title as the room reads it: no shortcodes, no checkbox, one line, short.
QString titleFrom(const QString &plain)
{
    return shortTitle(withoutCheckbox(withoutShortcodes(plain.simplified())).simplified());
}

// The columns of a table, by what their header says.
struct Columns
{
    int title = 0;
    int id = -1;
    int description = -1;
    int critical = -1;
    int owner = -1;
};

Columns columnsOf(const Table &table, const QString &criticalColumn)
{
    QStringList names;
    for (const Cell &c : table.header) {
        names << withoutShortcodes(c.plain.simplified()).toCaseFolded();
    }
    Columns columns;
    static const QRegularExpression titleName(
        QStringLiteral("\\b(check|item|title|name|requirement|control|task|criterion|criteria|question)s?\\b"));
    static const QRegularExpression descriptionName(
        QStringLiteral("\\b(description|details?|summary|explanation|rationale|why|notes?)\\b"));
    columns.title = -1;
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i) == QLatin1String("id")) {
            columns.id = i;
        } else if (columns.title < 0 && titleName.match(names.at(i)).hasMatch()) {
            columns.title = i;
        }
    }
    if (columns.title < 0) {
        columns.title = columns.id == 0 && names.size() > 1 ? 1 : 0;
    }
    for (int i = 0; i < names.size(); ++i) {
        if (i != columns.title && i != columns.id && descriptionName.match(names.at(i)).hasMatch()) {
            columns.description = i;
            break;
        }
    }
    const QString ownerExported = QCoreApplication::translate("gonogo::ChecklistExport", "Owner").toCaseFolded();
    for (int i = 0; i < names.size(); ++i) {
        const QString &n = names.at(i);
        if (i != columns.title && i != columns.id &&
            (n == QLatin1String("owner") || n == QLatin1String("responsible") || n == QLatin1String("assignee") ||
             n == QLatin1String("responsable") || n == ownerExported)) {
            columns.owner = i;
            break;
        }
    }
    if (!criticalColumn.isEmpty()) {
        columns.critical = static_cast<int>(names.indexOf(comparable(withoutShortcodes(criticalColumn))));
    } else {
        // A column headed "Critical" (as `gonogo export` writes it, in English, Spanish or the language in use)
        // says which rows are critical without being asked.
        const QString exported = QCoreApplication::translate("gonogo::ChecklistExport", "Critical").toCaseFolded();
        for (int i = 0; i < names.size() && columns.critical < 0; ++i) {
            if (i != columns.title && (names.at(i) == QLatin1String("critical") ||
                                       names.at(i) == QStringLiteral("cr\u00EDtico") || names.at(i) == exported)) {
                columns.critical = i;
            }
        }
    }
    return columns;
}

// Whether a cell of the critical column marks its row critical.
bool marksCritical(const QString &cell, const QString &value)
{
    const QString c = comparable(cell);
    if (!value.isEmpty()) {
        return c == comparable(value);
    }
    static const QStringList no{QStringLiteral("no"),     QStringLiteral("n"),      QStringLiteral("false"),
                                QStringLiteral("0"),      QStringLiteral("-"),      QStringLiteral("\u2013"),
                                QStringLiteral("\u274C"), QStringLiteral("\u2716"), QStringLiteral("\u274E"),
                                QStringLiteral("n/a"),    QStringLiteral("none"),   QStringLiteral("[ ]")};
    return !c.isEmpty() && !no.contains(c);
}

} // namespace

ImportOptions ImportOptions::criticalColumnFrom(const QString &argument)
{
    ImportOptions o;
    const qsizetype eq = argument.indexOf(QLatin1Char('='));
    o.criticalColumn = (eq < 0 ? argument : argument.left(eq)).trimmed();
    o.criticalValue = eq < 0 ? QString() : argument.mid(eq + 1).trimmed();
    return o;
}

QString TemplateImport::plainText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    Reader reader(utf8, Reader::Mode::Plain);
    if (!reader.parse(markdownFlags)) {
        return markdown.simplified();
    }
    return reader.all.simplified();
}

QString TemplateImport::readableText(const QString &markup)
{
    const QByteArray utf8 = markup.toUtf8();
    Reader reader(utf8, Reader::Mode::Readable);
    QString text = reader.parse(markdownFlags) ? reader.all : markup;
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString l = line.simplified();
        if (!l.isEmpty()) {
            lines << l;
        }
    }
    return withEmoji(lines.join(QLatin1Char('\n')));
}

Result<ChecklistTemplate> TemplateImport::fromMarkdown(const QByteArray &data, const QString &source,
                                                       const ImportOptions &options)
{
    auto decoded = decodeUtf8(data, source);
    if (!decoded) {
        return decoded.error();
    }
    const QByteArray utf8 = decoded->toUtf8(); // valid, without a byte-order mark
    Reader reader(utf8, Reader::Mode::Import);
    if (!reader.parse(markdownFlags)) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 could not be read as Markdown.").arg(source)};
    }
    // Where each line starts, to name an item's line and take its source lines for the description.
    QVector<qint64> lineStarts{0};
    for (qint64 i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n') {
            lineStarts.append(i + 1);
        }
    }
    auto lineOf = [&lineStarts](qint64 offset) {
        return static_cast<int>(std::upper_bound(lineStarts.begin(), lineStarts.end(), offset) - lineStarts.begin());
    };
    auto sourceLine = [&](int line) {
        const qint64 from = lineStarts.at(line - 1);
        const qint64 to = line < lineStarts.size() ? lineStarts.at(line) : utf8.size();
        return QString::fromUtf8(utf8.constData() + from, static_cast<qsizetype>(to - from));
    };
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?"));
    static const QRegularExpression criticalTag(QStringLiteral("[\\[(]critical[\\])]"),
                                                QRegularExpression::CaseInsensitiveOption);
    const bool anyTask =
        std::any_of(reader.items.cbegin(), reader.items.cend(), [](const ListItem &i) { return i.task; });
    const bool anyRow = std::any_of(reader.tables.cbegin(), reader.tables.cend(), [](const Table &t) {
        return std::any_of(t.rows.cbegin(), t.rows.cend(), [](const TableRow &r) { return r.first >= 0; });
    });
    const bool fromTables = !anyTask && anyRow;
    if (!options.criticalColumn.isEmpty() && !fromTables) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1: --critical-column reads the columns of Markdown tables, and this file's items "
                              "are list items, not table rows.")
                         .arg(source)};
    }

    ChecklistTemplate t;
    t.name = reader.headings.isEmpty() || reader.headings.first().isEmpty()
                 ? QFileInfo(source).completeBaseName()
                 : withoutShortcodes(reader.headings.first());
    QHash<int, int> categoryForHeading;
    QSet<QString> codes;
    auto categoryFor = [&](int heading) -> TemplateCategory & {
        if (!categoryForHeading.contains(heading)) {
            TemplateCategory c;
            c.name = heading >= 0 ? withoutShortcodes(reader.headings.at(heading)) : QString();
            if (c.name.isEmpty()) {
                c.name = Text::tr("General");
            }
            c.code = categoryCodeFor(c.name, codes);
            codes.insert(c.code);
            categoryForHeading.insert(heading, static_cast<int>(t.categories.size()));
            t.categories.append(c);
        }
        return t.categories[categoryForHeading.value(heading)];
    };

    if (fromTables) {
        bool criticalFound = false;
        QStringList columnsSeen;
        for (const Table &table : reader.tables) {
            const Columns columns = columnsOf(table, options.criticalColumn);
            criticalFound = criticalFound || (columns.critical >= 0 && !options.criticalColumn.isEmpty());
            for (const Cell &h : table.header) {
                const QString name = withoutShortcodes(h.plain.simplified());
                if (!name.isEmpty() && !columnsSeen.contains(name)) {
                    columnsSeen << name;
                }
            }
            for (const TableRow &row : table.rows) {
                if (row.first < 0) {
                    continue; // an empty row
                }
                auto cellText = [&row](int column) {
                    return column >= 0 && column < row.cells.size() ? row.cells.at(column) : Cell{};
                };
                TemplateItem item;
                item.sourceLine = lineOf(row.first);
                item.title = titleFrom(cellText(columns.title).plain);
                if (item.title.isEmpty()) {
                    const QString column = columns.title < table.header.size()
                                               ? table.header.at(columns.title).plain.simplified()
                                               : QString::number(columns.title + 1);
                    return at(source, item.sourceLine,
                              Text::tr("the row has no title in the column \"%1\".").arg(withoutShortcodes(column)));
                }
                if (columns.id >= 0) {
                    item.id = cellText(columns.id).plain.simplified();
                }
                if (columns.owner >= 0) {
                    item.owner = withEmoji(cellText(columns.owner).plain.simplified());
                }
                QStringList description;
                const QString titleFull = withEmoji(withoutCheckbox(cellText(columns.title).readable.simplified()));
                if (titleFull != item.title) {
                    description << titleFull; // a long title, or one with a link: all of it
                }
                if (columns.description >= 0) {
                    const QString d = withEmoji(cellText(columns.description).readable.simplified());
                    if (!d.isEmpty()) {
                        description << d;
                    }
                }
                for (int i = 0; i < row.cells.size() && i < table.header.size(); ++i) {
                    if (i == columns.title || i == columns.id || i == columns.description || i == columns.owner ||
                        (i == columns.critical && options.criticalColumn.isEmpty())) {
                        continue; // read into their own fields (a --critical-column stays visible as a column)
                    }
                    const QString value = withEmoji(row.cells.at(i).readable.simplified());
                    const QString name = withoutShortcodes(table.header.at(i).plain.simplified());
                    if (!value.isEmpty()) {
                        description << (name.isEmpty() ? value : QStringLiteral("%1: %2").arg(name, value));
                    }
                }
                item.description = description.join(QLatin1Char('\n'));
                // With --critical-column the column decides, in every table (one without it has no critical
                // rows), as a column headed "Critical" does in its table; else "(critical)" in the title marks
                // the row as it marks a list item.
                const bool byColumn = !options.criticalColumn.isEmpty() || columns.critical >= 0;
                item.critical = byColumn ? columns.critical >= 0 &&
                                               marksCritical(cellText(columns.critical).plain, options.criticalValue)
                                         : criticalTag.match(cellText(columns.title).plain).hasMatch();
                if (!byColumn && item.critical) {
                    item.title = titleFrom(QString(cellText(columns.title).plain).remove(criticalTag));
                }
                categoryFor(table.heading).items.append(item);
            }
        }
        if (!options.criticalColumn.isEmpty() && !criticalFound) {
            return Error{ErrorKind::InvalidInput,
                         Text::tr("%1: no table has a column \"%2\"; its columns are %3.")
                             .arg(source, options.criticalColumn, columnsSeen.join(QStringLiteral(", ")))};
        }
    } else {
        QHash<int, QString> keptTitles; // list item -> its title, for the items nested in it
        for (int n = 0; n < reader.items.size(); ++n) {
            const ListItem &li = reader.items.at(n);
            if ((anyTask && !li.task) || li.first < 0) {
                continue;
            }
            const QString plain = li.text.simplified();
            if (withoutShortcodes(plain).isEmpty()) {
                continue;
            }
            TemplateItem item;
            item.sourceLine = lineOf(li.first);
            item.critical = criticalTag.match(plain).hasMatch();
            item.title = titleFrom(QString(plain).remove(criticalTag));
            // The item as written: its source lines, without the list marker, joined.
            QStringList raw;
            for (int line = item.sourceLine; line <= lineOf(std::max(li.first, li.last - 1)); ++line) {
                QString text = sourceLine(line);
                if (line == item.sourceLine) {
                    text.remove(marker);
                }
                raw << text.trimmed();
            }
            item.description = withEmoji(raw.join(QLatin1Char(' ')));
            int parent = li.parent;
            while (parent >= 0 && !keptTitles.contains(parent)) {
                parent = reader.items.at(parent).parent;
            }
            if (parent >= 0) {
                item.description =
                    Text::tr("Part of: %1").arg(keptTitles.value(parent)) + QStringLiteral("\n") + item.description;
            }
            keptTitles.insert(n, item.title);
            categoryFor(li.heading).items.append(item);
        }
    }
    if (t.itemCount() == 0) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1 contains no checklist items (no \"- [ ]\" checkboxes, table rows or list items "
                              "were found).")
                         .arg(source)};
    }
    if (auto done = finish(t, source); !done) {
        return done.error();
    }
    return t;
}

} // namespace gonogo
