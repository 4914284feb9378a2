// A printed decision record read back: the text of every page of a PDF, so that "gonogo verify FILE --pdf" can
// say whether that paper is the record of the file as it stands, of an earlier state, or of another file. Never
// writes anything.
#pragma once

#include "result.h"

#include <QString>

namespace gonogo {

class PrintedRecord
{
public:
    // The text of all pages; refused with a message naming the file when it is not a readable PDF.
    static Result<PrintedRecord> read(const QString &path);

    // Whether a value (a fingerprint, a hash, a record ID) is printed anywhere, even broken across lines.
    bool shows(const QString &value) const;
    int pages() const { return m_pages; }

private:
    QString m_compact; // all text without white space
    int m_pages = 0;
};

} // namespace gonogo
