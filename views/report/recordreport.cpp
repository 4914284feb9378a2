#include "recordreport.h"

#include "theme.h"

#include "pagecomposer.h"
#include "reportcontent.h"
#include "wholefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::RecordReport)
};

} // namespace

struct RecordReport::Content
{
    report::Content content;
};

RecordReport::RecordReport(ReportInput input, ReportOptions options)
    : m_content(std::make_unique<Content>()), m_input(std::move(input)), m_options(std::move(options))
{
    if (!m_options.generatedAt.isValid()) {
        m_options.generatedAt = QDateTime::currentDateTimeUtc();
    }
    const theme::StandardScheme printed;
    m_content->content = report::buildContent(m_input, m_options.generatedAt);
}

RecordReport::~RecordReport() = default;

QString RecordReport::title() const
{
    return Text::tr("Decision record: %1").arg(m_input.snapshot.meeting.launchName);
}

int RecordReport::render(QPagedPaintDevice *device) const
{
    const theme::StandardScheme printed;
    const bool failed = !m_input.integrityProblems.isEmpty();
    report::PageChrome chrome;
    chrome.final = m_input.progress.status == RecordStatus::Final && !failed;
    chrome.launch = m_input.snapshot.meeting.launchName;
    chrome.fingerprint = m_input.fingerprints.current;
    chrome.decided =
        m_input.snapshot.decision ? displayName(m_input.snapshot.decision->decision) : Text::tr("no decision recorded");
    chrome.status = failed         ? Text::tr("INTEGRITY CHECK FAILED: %1").arg(m_input.integrityProblems.first())
                    : chrome.final ? Text::tr("FINAL RECORD")
                                   : Text::tr("DRAFT - not a final decision record");
    if (!chrome.final) {
        chrome.mark = failed ? Text::tr("NOT VERIFIED") : Text::tr("DRAFT");
    }
    return report::paint(device, m_content->content, chrome);
}

Result<int> RecordReport::exportPdf(const QString &path) const
{
    // Refuse a link or a device before spending time on the pages.
    if (auto ok = WholeFile::checkTarget(path); !ok) {
        return ok.error();
    }
    // The PDF is made in memory, then written as a whole file whose every write is checked: a full disk or a
    // failing device is an error, never a truncated record that replaces a good one.
    QByteArray bytes;
    int pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(600);
        writer.setPageSize(m_options.pageSize);
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setTitle(title());
        writer.setCreator(Text::tr("GoNoGo %1 (facilitator: %2)")
                              .arg(QCoreApplication::applicationVersion(), m_input.snapshot.meeting.facilitator));
        pages = render(&writer);
    }
    if (auto written = WholeFile::write(path, bytes); !written) {
        return written.error();
    }
    return pages;
}

} // namespace gonogo
