// The page composer of the decision record: lays content blocks out on the pages of one paged device (keeping
// table rows whole, repeating table headers, wrapping with QTextLayout) as drawing operations, then paints each
// page with its chrome (the status band, the DRAFT or NOT VERIFIED mark, the footer) once the page count is known.
#pragma once

#include "reportcontent.h"

#include <QFont>

class QPagedPaintDevice;

namespace gonogo::report {

QVector<QFont> reportFonts();

// What every page carries besides its content.
struct PageChrome
{
    QString launch;
    QString fingerprint; // the first 16 hex digits are printed
    QString decided;     // the recorded decision, or "no decision recorded"
    QString status;      // FINAL RECORD, DRAFT ..., or INTEGRITY CHECK FAILED: ...
    QString mark;        // drawn across every page of a record that is not final; empty on a final one
    bool final = false;
};

// Lays CONTENT out on DEVICE and paints every page with CHROME; returns the number of pages.
int paint(QPagedPaintDevice *device, const Content &content, const PageChrome &chrome);

} // namespace gonogo::report
