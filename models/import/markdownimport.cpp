// Markdown checklists: items are list items (task-list checkboxes when there are any), categories are headings.
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
