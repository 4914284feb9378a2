// MainWindow's files: opening, creating and closing decision files, and the recent-files list. The document is
// replaced only once the new one has opened, so a refused file leaves the current one in place.
#include "mainwindow.h"

#include "decisiondocument.h"
#include "itemdetailpanel.h"
#include "preferences.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoGroup>

namespace gonogo {

namespace {
constexpr int maxRecentFiles = 8;

const QString recentKey = QStringLiteral("files/recent");
} // namespace

void MainWindow::closeDocument()
{
    if (!m_document) {
        return;
    }
    if (m_details) {
        m_details->commitPending();
    }
    closeAudience(); // it shows the document
    m_undoGroup->removeStack(m_document->undoStack());
    // The widgets refer to the document: remove them before it goes.
    delete takeCentralWidget();
    forgetViews();
    m_document.reset();
}

bool MainWindow::openFile(const QString &path)
{
    if (m_document && QFileInfo(path).absoluteFilePath() == m_document->path()) {
        return true;
    }
    // Release our own lock first when reopening, and refuse before closing the current file.
    auto opened = DecisionDocument::open(path, QString());
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open decision file"), opened.error().message);
        return false;
    }
    closeDocument();
    m_document = std::move(opened).value();
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    showWorkspace();
    remember(m_document->path());
    updateTitle();
    if (!m_document->migrationBackup().isEmpty()) {
        statusBar()->showMessage(tr("The file was upgraded to the current format; the original is kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_document->migrationBackup())));
    }
    if (!m_document->openingNotices().isEmpty()) {
        // A recovered crash or a journal set aside: worth a dialog, not a status line that scrolls away.
        QMessageBox::information(this, tr("Opened after a problem"),
                                 m_document->openingNotices().join(QStringLiteral("\n\n")));
    }
    return true;
}

bool MainWindow::createFile(const QString &path, const QString &templateSource, const QString &launchName)
{
    auto checklist = TemplateImport::builtInNames().contains(templateSource) ? TemplateImport::builtIn(templateSource)
                                                                             : TemplateImport::fromFile(templateSource);
    if (!checklist) {
        QMessageBox::warning(this, tr("Cannot read the checklist"), checklist.error().message);
        return false;
    }
    CreateOptions options;
    options.launchName = launchName;
    if (auto created = DecisionDocument::create(path, checklist.value(), options); !created) {
        QMessageBox::warning(this, tr("Cannot create decision file"), created.error().message);
        return false;
    }
    return openFile(path);
}

void MainWindow::chooseFile()
{
    const QString start = m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open decision file"), start,
                                                      tr("Decision files (*.gonogo);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::newFromP020()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New decision"), tr("Launch name:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save the new decision file as"), QDir::homePath(),
                                                tr("Decision files (*.gonogo)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".gonogo");
    }
    createFile(path, QStringLiteral("p020"), name);
}

void MainWindow::newFromChecklist()
{
    const QString source = QFileDialog::getOpenFileName(this, tr("Choose a checklist"), QDir::homePath(),
                                                        tr("Checklists (%1)").arg(TemplateImport::filePatterns()));
    if (source.isEmpty()) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save the new decision file as"),
                                                QFileInfo(source).absolutePath(), tr("Decision files (*.gonogo)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".gonogo");
    }
    createFile(path, source, QString());
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = preferences::value(recentKey).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent Files"), this, [this] {
            reportUnsaved(preferences::store({{recentKey, QVariant()}}));
        });
    }
}

void MainWindow::remember(const QString &path)
{
    QStringList files = preferences::value(recentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles) {
        files.removeLast();
    }
    reportUnsaved(preferences::store({{recentKey, files}, {QStringLiteral("files/last"), path}}));
}

} // namespace gonogo
