// RecordReport: the printed decision record, in three parts: its content (reportcontent: what it says, as plain
// blocks), its layout (pagecomposer: pages, page chrome) and here its output onto any paged device (QPdfWriter for
// the archived PDF, QPrinter for paper and the print preview). User text is only ever drawn as plain text, so
// nothing a person typed can pull in markup, links or images. Reads nothing from storage; writes only the PDF.
#pragma once

#include "reportinput.h"
#include "result.h"

#include <QDateTime>
#include <QPageSize>

class QPagedPaintDevice;
class QPainter;

namespace gonogo {

struct ReportOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QDateTime generatedAt; // UTC; defaults to now
};

class RecordReport
{
public:
    RecordReport(ReportInput input, ReportOptions options);
    ~RecordReport();
    RecordReport(const RecordReport &) = delete;
    RecordReport &operator=(const RecordReport &) = delete;

    // Lays out for this device and paints every page; returns the number of pages.
    int render(QPagedPaintDevice *device) const;
    // PDF/A-1b, fonts embedded, written through a QSaveFile: all or nothing.
    Result<int> exportPdf(const QString &path) const;

    QString title() const; // "Decision record: <launch>"

private:
    struct Content;
    std::unique_ptr<Content> m_content;
    ReportInput m_input;
    ReportOptions m_options;
};

} // namespace gonogo
