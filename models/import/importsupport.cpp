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

namespace gonogo::importing {

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

namespace {

// ":name:" not glued to a word or another colon, so "10:30:00", "std::map" and URLs are left alone.
const QRegularExpression &shortcodePattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9_:/]):([a-z0-9_+-]{1,40}):(?![A-Za-z0-9_:/])"));
    return re;
}

} // namespace

QString emojiFor(const QString &name)
{
    // The shortcodes readiness checklists use (GitHub's names): marks, levels, section icons.
    static const QHash<QString, QString> emoji{
        {QStringLiteral("white_check_mark"), QStringLiteral("\u2705")},
        {QStringLiteral("heavy_check_mark"), QStringLiteral("\u2714\uFE0F")},
        {QStringLiteral("ballot_box_with_check"), QStringLiteral("\u2611\uFE0F")},
        {QStringLiteral("x"), QStringLiteral("\u274C")},
        {QStringLiteral("heavy_multiplication_x"), QStringLiteral("\u2716\uFE0F")},
        {QStringLiteral("negative_squared_cross_mark"), QStringLiteral("\u274E")},
        {QStringLiteral("warning"), QStringLiteral("\u26A0\uFE0F")},
        {QStringLiteral("no_entry"), QStringLiteral("\u26D4")},
        {QStringLiteral("question"), QStringLiteral("\u2753")},
        {QStringLiteral("exclamation"), QStringLiteral("\u2757")},
        {QStringLiteral("heavy_exclamation_mark"), QStringLiteral("\u2757")},
        {QStringLiteral("soon"), QStringLiteral("\U0001F51C")},
        {QStringLiteral("star"), QStringLiteral("\u2B50")},
        {QStringLiteral("star2"), QStringLiteral("\U0001F31F")},
        {QStringLiteral("boom"), QStringLiteral("\U0001F4A5")},
        {QStringLiteral("fire"), QStringLiteral("\U0001F525")},
        {QStringLiteral("rocket"), QStringLiteral("\U0001F680")},
        {QStringLiteral("lock"), QStringLiteral("\U0001F512")},
        {QStringLiteral("unlock"), QStringLiteral("\U0001F513")},
        {QStringLiteral("key"), QStringLiteral("\U0001F511")},
        {QStringLiteral("shield"), QStringLiteral("\U0001F6E1\uFE0F")},
        {QStringLiteral("wrench"), QStringLiteral("\U0001F527")},
        {QStringLiteral("hammer"), QStringLiteral("\U0001F528")},
        {QStringLiteral("gear"), QStringLiteral("\u2699\uFE0F")},
        {QStringLiteral("airplane"), QStringLiteral("\u2708\uFE0F")},
        {QStringLiteral("clipboard"), QStringLiteral("\U0001F4CB")},
        {QStringLiteral("memo"), QStringLiteral("\U0001F4DD")},
        {QStringLiteral("pencil"), QStringLiteral("\U0001F4DD")},
        {QStringLiteral("pencil2"), QStringLiteral("\u270F\uFE0F")},
        {QStringLiteral("book"), QStringLiteral("\U0001F4D6")},
        {QStringLiteral("books"), QStringLiteral("\U0001F4DA")},
        {QStringLiteral("file_folder"), QStringLiteral("\U0001F4C1")},
        {QStringLiteral("open_file_folder"), QStringLiteral("\U0001F4C2")},
        {QStringLiteral("floppy_disk"), QStringLiteral("\U0001F4BE")},
        {QStringLiteral("cd"), QStringLiteral("\U0001F4BF")},
        {QStringLiteral("chart_with_upwards_trend"), QStringLiteral("\U0001F4C8")},
        {QStringLiteral("chart_with_downwards_trend"), QStringLiteral("\U0001F4C9")},
        {QStringLiteral("bar_chart"), QStringLiteral("\U0001F4CA")},
        {QStringLiteral("mag"), QStringLiteral("\U0001F50D")},
        {QStringLiteral("bell"), QStringLiteral("\U0001F514")},
        {QStringLiteral("rotating_light"), QStringLiteral("\U0001F6A8")},
        {QStringLiteral("sunny"), QStringLiteral("\u2600\uFE0F")},
        {QStringLiteral("cloud"), QStringLiteral("\u2601\uFE0F")},
        {QStringLiteral("zap"), QStringLiteral("\u26A1")},
        {QStringLiteral("four_leaf_clover"), QStringLiteral("\U0001F340")},
        {QStringLiteral("seedling"), QStringLiteral("\U0001F331")},
        {QStringLiteral("package"), QStringLiteral("\U0001F4E6")},
        {QStringLiteral("truck"), QStringLiteral("\U0001F69A")},
        {QStringLiteral("construction"), QStringLiteral("\U0001F6A7")},
        {QStringLiteral("bug"), QStringLiteral("\U0001F41B")},
        {QStringLiteral("test_tube"), QStringLiteral("\U0001F9EA")},
        {QStringLiteral("hourglass"), QStringLiteral("\u231B")},
        {QStringLiteral("stopwatch"), QStringLiteral("\u23F1\uFE0F")},
        {QStringLiteral("calendar"), QStringLiteral("\U0001F4C6")},
        {QStringLiteral("busts_in_silhouette"), QStringLiteral("\U0001F465")},
        {QStringLiteral("bust_in_silhouette"), QStringLiteral("\U0001F464")},
        {QStringLiteral("money_with_wings"), QStringLiteral("\U0001F4B8")},
        {QStringLiteral("moneybag"), QStringLiteral("\U0001F4B0")},
        {QStringLiteral("dollar"), QStringLiteral("\U0001F4B5")},
        {QStringLiteral("globe_with_meridians"), QStringLiteral("\U0001F310")},
        {QStringLiteral("link"), QStringLiteral("\U0001F517")},
        {QStringLiteral("electric_plug"), QStringLiteral("\U0001F50C")},
        {QStringLiteral("computer"), QStringLiteral("\U0001F4BB")},
        {QStringLiteral("iphone"), QStringLiteral("\U0001F4F1")},
        {QStringLiteral("wheelchair"), QStringLiteral("\u267F")},
        {QStringLiteral("eyes"), QStringLiteral("\U0001F440")},
        {QStringLiteral("bulb"), QStringLiteral("\U0001F4A1")},
        {QStringLiteral("tada"), QStringLiteral("\U0001F389")},
        {QStringLiteral("+1"), QStringLiteral("\U0001F44D")},
        {QStringLiteral("thumbsup"), QStringLiteral("\U0001F44D")},
        {QStringLiteral("-1"), QStringLiteral("\U0001F44E")},
        {QStringLiteral("thumbsdown"), QStringLiteral("\U0001F44E")},
        {QStringLiteral("heavy_plus_sign"), QStringLiteral("\u2795")},
        {QStringLiteral("heavy_minus_sign"), QStringLiteral("\u2796")},
        {QStringLiteral("red_circle"), QStringLiteral("\U0001F534")},
        {QStringLiteral("large_orange_diamond"), QStringLiteral("\U0001F536")},
        {QStringLiteral("yellow_circle"), QStringLiteral("\U0001F7E1")},
        {QStringLiteral("green_circle"), QStringLiteral("\U0001F7E2")},
        {QStringLiteral("large_blue_circle"), QStringLiteral("\U0001F535")},
        {QStringLiteral("white_circle"), QStringLiteral("\u26AA")},
        {QStringLiteral("black_circle"), QStringLiteral("\u26AB")},
        {QStringLiteral("heart"), QStringLiteral("\u2764\uFE0F")},
    };
    return emoji.value(name);
}

QString withEmoji(const QString &text)
{
    if (!text.contains(QLatin1Char(':'))) {
        return text;
    }
    QString out;
    qsizetype last = 0;
    auto it = shortcodePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString e = emojiFor(m.captured(1));
        if (e.isEmpty()) {
            continue;
        }
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += e;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString withoutShortcodes(const QString &text)
{
    if (!text.contains(QLatin1Char(':'))) {
        return text;
    }
    return QString(text).remove(shortcodePattern()).simplified();
}

QString comparable(const QString &cell)
{
    // Variation selectors differ between ✔ and ✔️ as people type them; they do not change the mark.
    return withEmoji(cell.simplified()).remove(QChar(0xFE0F)).toCaseFolded();
}

} // namespace gonogo::importing
