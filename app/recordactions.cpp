// MainWindow's actions on the record as a whole: Save As, Check Integrity, Export, Print and Print Preview of the
// decision record (the window's menus and workspace are in mainwindow.cpp).
#include "mainwindow.h"

#include "checklistexport.h"

#include "decisiondocument.h"
#include "itemdetailpanel.h"
#include "preferences.h"
#include "report/recordreport.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <functional>

namespace gonogo {

QPageSize MainWindow::reportPageSize() const
{
    return preferences::value(QStringLiteral("report/pageSize")).toString() == QLatin1String("Letter")
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
}

void MainWindow::saveAs()
{
    if (!m_document) {
        return;
    }
    if (m_details) {
        m_details->commitPending();
    }
    const QFileInfo source(m_document->path());
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save decision file as"),
                                     source.absoluteDir().filePath(tr("%1 copy.gonogo").arg(source.completeBaseName())),
                                     tr("Decision files (*.gonogo)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".gonogo");
    }
    // The dialog has asked before replacing a file; the copy is made by SQLite, synced, then opened in its place.
    if (auto copied = m_document->copyTo(path, true); !copied) {
        QMessageBox::warning(this, tr("Cannot save"), copied.error().message);
        return;
    }
    if (openFile(path)) {
        statusBar()->showMessage(tr("Saved as %1; this window now shows the copy.").arg(QDir::toNativeSeparators(path)),
                                 8000);
    }
}

namespace {

// Runs a function once, on the turn of the event loop after WINDOW's next paint.
class AfterPaint final : public QObject
{
public:
    AfterPaint(QWidget *window, std::function<void()> run) : QObject(window), m_run(std::move(run))
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == parent()) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, parent(), std::move(m_run));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_run;
};

} // namespace

void MainWindow::whenShown(std::function<void()> run)
{
    if (isVisible()) {
        run();
        return;
    }
    new AfterPaint(this, std::move(run));
}

void MainWindow::checkIntegritySoon()
{
    whenShown([this] { checkIntegrity(); });
}

void MainWindow::checkIntegrity()
{
    if (!m_document || !m_integrityBanner) {
        return;
    }
    const QStringList &problems = m_document->integrityProblems();
    m_integrityBanner->setVisible(!problems.isEmpty());
    if (problems.isEmpty()) {
        m_integrityBanner->clear();
        if (m_document->readOnly()) {
            // Not an alarm: a plain note that changes cannot be saved here.
            m_integrityBanner->setStyleSheet(
                QStringLiteral("QLabel#integrityBanner { background: #37474f; color: white; "
                               "font-weight: bold; padding: 8px 12px; border-radius: 3px; }"));
            m_integrityBanner->setText(tr("READ-ONLY: there is no permission to change this file here (or it is on "
                                          "read-only media). You can view, print, export and verify it; changes are "
                                          "refused."));
            m_integrityBanner->show();
        }
        return;
    }
    m_integrityBanner->setStyleSheet(QStringLiteral("QLabel#integrityBanner { background: #b71c1c; color: white; "
                                                    "font-weight: bold; padding: 8px 12px; border-radius: 3px; }"));
    m_integrityBanner->setText(
        problems.size() == 1
            ? tr("INTEGRITY CHECK FAILED: %1. This file was changed outside GoNoGo; it is not a valid decision "
                 "record, and anything printed from it is marked so.")
                  .arg(problems.first())
            : tr("INTEGRITY CHECK FAILED: %1 (and %n more problem(s); gonogo verify lists them all). This file was "
                 "changed outside GoNoGo; it is not a valid decision record, and anything printed from it is marked "
                 "so.",
                 nullptr, static_cast<int>(problems.size()) - 1)
                  .arg(problems.first()));
}

bool MainWindow::confirmUnverified(const ReportInput &input)
{
    if (input.integrityProblems.isEmpty()) {
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Integrity check failed"),
                    tr("This decision file fails verification:\n\n%1\n\nIt will not be printed as a final record. "
                       "Go on anyway, with INTEGRITY CHECK FAILED marked on every page?")
                        .arg(input.integrityProblems.join(QLatin1Char('\n'))),
                    QMessageBox::Cancel, this);
    QAbstractButton *marked = box.addButton(tr("Go On, Marked"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == marked;
}

void MainWindow::exportRecord()
{
    if (!m_document) {
        return;
    }
    if (m_details) {
        m_details->commitPending();
    }
    const QFileInfo source(m_document->path());
    const QString suggested =
        source.absoluteDir().filePath(tr("%1 - decision record.pdf").arg(source.completeBaseName()));
    QString path = QFileDialog::getSaveFileName(this, tr("Export decision record"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    auto input = ReportInput::from(*m_document);
    if (!input) {
        QMessageBox::warning(this, tr("Cannot export"), input.error().message);
        return;
    }
    if (!confirmUnverified(input.value())) {
        return;
    }
    ReportOptions options;
    options.pageSize = reportPageSize();
    QElapsedTimer timer;
    timer.start();
    auto pages = RecordReport(input.value(), options).exportPdf(path);
    if (!pages) {
        QMessageBox::warning(this, tr("Cannot export"), pages.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported %1 (%n page(s), %2 ms).", nullptr, pages.value())
                                 .arg(QDir::toNativeSeparators(path), QString::number(timer.elapsed())),
                             8000);
}

void MainWindow::exportChecklist()
{
    if (!m_document) {
        return;
    }
    if (m_details) {
        m_details->commitPending();
    }
    const QFileInfo source(m_document->path());
    const QString lastFilter = preferences::value(QStringLiteral("export/checklistFilter")).toString();
    const QStringList filters = ChecklistExport::fileFilters();
    QString filter = filters.contains(lastFilter) ? lastFilter : filters.first();
    const QString suffix = filter.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0);
    const QString suggested =
        source.absoluteDir().filePath(tr("%1 - checklist.%2").arg(source.completeBaseName(), suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Export checklist"), suggested,
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (!ChecklistExport::formatFor(path)) {
        // No or another extension: the one of the chosen type.
        path += QStringLiteral(".") + filter.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0);
    }
    if (!m_document->integrityProblems().isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Integrity check failed"),
                        tr("This decision file fails verification:\n\n%1\n\nWhat is exported may not be what was "
                           "decided. Export it anyway?")
                            .arg(m_document->integrityProblems().join(QLatin1Char('\n'))),
                        QMessageBox::Cancel, this);
        QAbstractButton *anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway) {
            return;
        }
    }
    if (auto written = ChecklistExport::write(m_document->snapshot(), path); !written) {
        QMessageBox::warning(this, tr("Cannot export the checklist"), written.error().message);
        return;
    }
    reportUnsaved(preferences::store({{QStringLiteral("export/checklistFilter"), filter}}));
    statusBar()->showMessage(
        tr("Exported the checklist to %1 (%n item(s)).", nullptr, static_cast<int>(m_document->snapshot().items.size()))
            .arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::printRecord(bool preview)
{
    if (!m_document) {
        return;
    }
    if (m_details) {
        m_details->commitPending();
    }
    auto input = ReportInput::from(*m_document);
    if (!input) {
        QMessageBox::warning(this, tr("Cannot print"), input.error().message);
        return;
    }
    if (!confirmUnverified(input.value())) {
        return;
    }
    ReportOptions options;
    options.pageSize = reportPageSize();
    const RecordReport report(input.value(), options);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(options.pageSize);
    printer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    printer.setDocName(report.title());
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print preview: %1").arg(report.title()));
        dialog.resize(size() * 0.9);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *p) { report.render(p); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        report.render(&printer);
    }
}

} // namespace gonogo
