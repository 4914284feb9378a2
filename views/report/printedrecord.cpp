#include "printedrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::RecordReport)
};

} // namespace

Result<PrintedRecord> PrintedRecord::read(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile()) {
        return Error{ErrorKind::Io, Text::tr("%1 does not exist or is not a file.").arg(name)};
    }
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || document.pageCount() < 1) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 is not a readable PDF document.").arg(name)};
    }
    PrintedRecord printed;
    printed.m_pages = document.pageCount();
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString text = document.getAllText(page).text();
        for (const QChar c : text) {
            if (!c.isSpace()) {
                printed.m_compact += c;
            }
        }
    }
    return printed;
}

bool PrintedRecord::shows(const QString &value) const
{
    return !value.isEmpty() && m_compact.contains(value);
}

} // namespace gonogo
