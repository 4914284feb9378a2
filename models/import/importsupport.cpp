#include "importsupport.h"

#include <QCoreApplication>
#include <QHash>

namespace gonogo::importing {

namespace {

// Translation context of the importers.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::TemplateImport)
};

} // namespace

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

} // namespace gonogo::importing
