// The checklist of a decision file, written back out for a wiki, a spreadsheet or another tool: CSV (RFC 4180, safe
// against formula injection), Markdown (a table per category) and JSON (GoNoGo's checklist format plus the
// meeting state). Each item carries its status, owner, evidence and who changed it last, and when (UTC). All three
// read back with TemplateImport to the same items.
#pragma once

#include "domain.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace gonogo {

enum class ExportFormat { Csv, Markdown, Json };

class ChecklistExport
{
public:
    // By the extension of PATH: .csv, .md/.markdown, .json; nullopt for anything else.
    static std::optional<ExportFormat> formatFor(const QString &path);
    // "*.csv *.md *.json" style patterns per format, for a save dialog, in the order above.
    static QStringList fileFilters();

    static QByteArray csv(const Snapshot &snapshot);
    static QByteArray markdown(const Snapshot &snapshot, const QDateTime &exportedAt);
    static QByteArray json(const Snapshot &snapshot, const QDateTime &exportedAt);

    // Writes the export for PATH's extension through a QSaveFile: the whole file or, on any error, nothing (an
    // existing file at PATH is left as it was).
    static Outcome write(const Snapshot &snapshot, const QString &path,
                         const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

    // One CSV field: a text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets
    // a leading ', and the field is quoted when it holds a comma, a quote or a line break.
    static QString csvField(const QString &text);
    // One Markdown table cell: punctuation that Markdown would read as markup is escaped, line breaks become
    // <br>, so the text stays in its cell and shows as typed.
    static QString markdownCell(const QString &text);
};

} // namespace gonogo
