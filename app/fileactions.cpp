// MainWindow's files: the welcome page while none is open, opening, creating and closing decision files, and
// the recent-files list. The document is replaced only once the new one has opened, so a refused file leaves the
// current one in place.
#include "mainwindow.h"

#include "decisiondocument.h"
#include "decisionfile.h"
#include "itemdetailpanel.h"
#include "meetingpanel.h"
#include "preferences.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoGroup>
#include <QVBoxLayout>

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
    if (m_document && (pg::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath()) == m_document->path()) {
        return true;
    }
    // Release our own lock first when reopening, and refuse before closing the current file.
    auto opened = DecisionDocument::open(path, actorName(), DecisionDocument::Verify::WhenNeeded);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open decision file"), opened.error().message);
        return false;
    }
    closeDocument();
    m_document = std::move(opened).value();
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    showWorkspace();
    // At start-up (gonogo FILE), the recent files are written once the window has painted: writing them safely
    // waits for the disk twice, which the room need not wait for.
    whenShown([this, opened = m_document->path()] { remember(opened); });
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
    // The built-in template in the language the window speaks (the checklist's texts stay in it for good).
    auto checklist = TemplateImport::builtInNames().contains(templateSource)
                         ? TemplateImport::builtIn(templateSource, QLocale().name())
                         : TemplateImport::fromFile(templateSource);
    if (!checklist) {
        QMessageBox::warning(this, tr("Cannot read the checklist"), checklist.error().message);
        return false;
    }
    CreateOptions options;
    options.launchName = launchName;
    options.actor = actorName();
    if (auto created = DecisionDocument::create(path, checklist.value(), options); !created) {
        QMessageBox::warning(this, tr("Cannot create decision file"), created.error().message);
        return false;
    }
    return openFile(path);
}

void MainWindow::chooseFile()
{
    const QString start =
        m_document && !m_document->onServer() ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open decision file"), start,
                                                      tr("Decision files (*.gonogo);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::newDecision()
{
    // From the template chosen in Preferences, the P020 template unless another was chosen.
    const QString source = newDecisionTemplate();
    const QString from =
        source == QLatin1String("p020") ? tr("the P020 readiness template") : QDir::toNativeSeparators(source);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New decision"), tr("Launch name (from %1):").arg(from),
                                               QLineEdit::Normal, QString(), &ok)
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
    createFile(path, source, name);
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
        a->setEnabled(QFileInfo::exists(path) || pg::isServerAddress(path));
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

void MainWindow::showWelcome()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *title = new QLabel(tr("GoNoGo"), page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2.4);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    const QString source = newDecisionTemplate();
    auto *text =
        new QLabel(source == QLatin1String("p020")
                       ? tr("Open a decision file, or start a new one from the P020 readiness template.")
                       : tr("Open a decision file, or start a new one from %1.").arg(QDir::toNativeSeparators(source)),
                   page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *open = new QPushButton(tr("Open Decision File..."), page);
    auto *create = new QPushButton(tr("New Decision..."), page);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseFile);
    connect(create, &QPushButton::clicked, this, &MainWindow::newDecision);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setCentralWidget(page); // the workspace's views went with the central widget it replaces
    forgetViews();
    m_statusMenu->clear();
    m_statusMenu->setEnabled(false);
    for (QAction *a :
         {m_closeAction, m_criticalOnly, m_notPassOnly, m_clearFilters, m_find, m_addRisk, m_raiseRisk, m_matrixLevels,
          m_showChecklist, m_showRisks, m_showSignoff, m_export, m_exportChecklist, m_print, m_preview, m_saveAs}) {
        a->setEnabled(false);
    }
    m_meetingMenu->setEnabled(false);
    m_deskClock->setDocument(nullptr);
    statusBar()->showMessage(tr("No decision file is open."));
}

} // namespace gonogo
