// Markdown checklists, read by md4c (the CommonMark parser Qt itself uses): list items are the items (only the
// task-list ones when the file has any), headings are the categories, a nested item names the item it belongs to.
// md4c reports blocks, spans and text with their place in the input, so titles come from the text it reports
// (no markup, no HTML) and descriptions from the source lines of the item. Linear in the size of the input.
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

// Walks md4c's callbacks and keeps headings and list items. Text belongs to the innermost open list item while
// that item's own paragraph is open, and to the heading being read.
class Reader
{
public:
    // ALLTEXT: also keep every text in one string (for plainText()); an import does not need it.
    Reader(const QByteArray &utf8, bool allText) : m_input(utf8), m_allText(allText) {}

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
        parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            return static_cast<Reader *>(self)->text(type, text, size);
        };
        return md_parse(m_input.constData(), static_cast<MD_SIZE>(m_input.size()), &parser, this) == 0;
    }

    QStringList headings;
    QVector<ListItem> items;
    QString all; // every text, for plainText()

private:
    struct Open
    {
        int item;
        int blocks = 0;  // blocks entered inside it so far
        bool own = true; // its own text is still being read
    };

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (m_allText && !all.isEmpty()) {
            all += QLatin1Char(' ');
        }
        if (!m_open.isEmpty() && type != MD_BLOCK_LI) {
            Open &o = m_open.last();
            // The first paragraph of a loose item is its own text; any other block ends it.
            if (!(type == MD_BLOCK_P && o.blocks == 0)) {
                o.own = false;
            }
            ++o.blocks;
        }
        if (type == MD_BLOCK_H) {
            m_heading = true;
            headings << QString();
        } else if (type == MD_BLOCK_LI) {
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
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_H) {
            m_heading = false;
            headings.last() = headings.last().simplified();
        } else if (type == MD_BLOCK_LI) {
            m_open.removeLast();
        } else if (type == MD_BLOCK_P && !m_open.isEmpty()) {
            m_open.last().own = false;
        }
        return 0;
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
        case MD_TEXT_SOFTBR:
            plain = QStringLiteral(" ");
            break;
        case MD_TEXT_NULLCHAR:
        case MD_TEXT_HTML:
            break;
        }
        if (m_allText) {
            all += plain;
        }
        if (m_heading) {
            headings.last() += plain;
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
    bool m_allText = false;
    QVector<Open> m_open;
    bool m_heading = false;
};

// HTML blocks are read as text with inline tags, so that a tag at the start of a line drops only the tag.
constexpr unsigned markdownFlags = MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTMLBLOCKS;

} // namespace

QString TemplateImport::plainText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    Reader reader(utf8, true);
    if (!reader.parse(markdownFlags)) {
        return markdown.simplified();
    }
    return reader.all.simplified();
}

Result<ChecklistTemplate> TemplateImport::fromMarkdown(const QByteArray &data, const QString &source)
{
    auto decoded = decodeUtf8(data, source);
    if (!decoded) {
        return decoded.error();
    }
    const QByteArray utf8 = decoded->toUtf8(); // valid, without a byte-order mark
    Reader reader(utf8, false);
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

    ChecklistTemplate t;
    t.name = reader.headings.isEmpty() || reader.headings.first().isEmpty() ? QFileInfo(source).completeBaseName()
                                                                            : reader.headings.first();
    QHash<int, int> categoryForHeading;
    QSet<QString> codes;
    QHash<int, QString> keptTitles; // list item -> its title, for the items nested in it
    for (int n = 0; n < reader.items.size(); ++n) {
        const ListItem &li = reader.items.at(n);
        if ((anyTask && !li.task) || li.first < 0) {
            continue;
        }
        const QString plain = li.text.simplified();
        if (plain.isEmpty()) {
            continue;
        }
        if (!categoryForHeading.contains(li.heading)) {
            TemplateCategory c;
            c.name = li.heading >= 0 ? reader.headings.at(li.heading) : QString();
            if (c.name.isEmpty()) {
                c.name = Text::tr("General");
            }
            c.code = categoryCodeFor(c.name, codes);
            codes.insert(c.code);
            categoryForHeading.insert(li.heading, static_cast<int>(t.categories.size()));
            t.categories.append(c);
        }
        TemplateItem item;
        item.sourceLine = lineOf(li.first);
        item.critical = criticalTag.match(plain).hasMatch();
        item.title = shortTitle(QString(plain).remove(criticalTag).simplified());
        // The item as written: its source lines, without the list marker, joined.
        QStringList raw;
        for (int line = item.sourceLine; line <= lineOf(std::max(li.first, li.last - 1)); ++line) {
            QString text = sourceLine(line);
            if (line == item.sourceLine) {
                text.remove(marker);
            }
            raw << text.trimmed();
        }
        item.description = raw.join(QLatin1Char(' '));
        int parent = li.parent;
        while (parent >= 0 && !keptTitles.contains(parent)) {
            parent = reader.items.at(parent).parent;
        }
        if (parent >= 0) {
            item.description =
                Text::tr("Part of: %1").arg(keptTitles.value(parent)) + QStringLiteral("\n") + item.description;
        }
        keptTitles.insert(n, item.title);
        t.categories[categoryForHeading.value(li.heading)].items.append(item);
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
