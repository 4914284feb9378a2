// What the checklist importers (JSON, CSV, Markdown) share: errors that name the file, line and column, text
// decoding that refuses invalid UTF-8 and NUL, category codes made from names, and the final checks of a template
// (unique IDs, IDs made for items without one). Internal to models/import and checklisttemplate.cpp.
#pragma once

#include "../checklisttemplate.h"

#include <QRegularExpression>
#include <QSet>

namespace gonogo::importing {

// One CSV record (RFC 4180), with the line it starts on and the column where each field starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QList<int> columns;
};
Result<QVector<CsvRecord>> parseCsv(const QString &text, const QString &source);

Error at(const QString &source, int line, const QString &what);
Error at(const QString &source, int line, int column, const QString &what);
const QRegularExpression &idPattern();
QString categoryCodeFor(const QString &name, const QSet<QString> &taken);
Result<QString> decodeUtf8(const QByteArray &data, const QString &source);
Outcome finish(ChecklistTemplate &t, const QString &source);

// A title short enough for a row: the first sentence or clause of long text, or the text cut at a word with "…".
QString shortTitle(const QString &plain);

// GitHub emoji shortcodes (":white_check_mark:"): the emoji of a known one, an empty string for any other.
QString emojiFor(const QString &name);
// Known shortcodes replaced by their emoji; unknown ones kept as written (they may be text, "a:b:c").
QString withEmoji(const QString &text);
// For titles and category names: every shortcode dropped (known or not), then spaces simplified.
QString withoutShortcodes(const QString &text);
// The critical-column option's value and the cell it is compared with: emoji for shortcodes, case folded.
QString comparable(const QString &cell);

} // namespace gonogo::importing
