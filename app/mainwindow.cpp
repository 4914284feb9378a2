#include "mainwindow.h"

#include "decisionoverview.h"
#include "engine.h"
#include "storage/decisionfile.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace gonogo {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_overview(new DecisionOverview(this))
{
    setCentralWidget(m_overview);
    setWindowTitle(tr("GoNoGo"));
    resize(1280, 800);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open..."), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    statusBar()->showMessage(tr("Open a decision file to begin."));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    auto opened = DecisionFile::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open decision file"), opened.error().message);
        return false;
    }
    m_file = std::move(opened).value();
    QSettings().setValue(QStringLiteral("files/last"), m_file->path());
    refresh();
    if (!m_file->migrationBackup().isEmpty()) {
        statusBar()->showMessage(tr("The file was upgraded to the current format; the original is kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_file->migrationBackup())));
    }
    return true;
}

void MainWindow::chooseFile()
{
    const QString start = m_file ? QFileInfo(m_file->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open decision file"), start,
                                                      tr("Decision files (*.gonogo);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::refresh()
{
    auto snapshot = m_file->snapshot();
    if (!snapshot) {
        QMessageBox::warning(this, tr("Cannot read decision file"), snapshot.error().message);
        return;
    }
    m_overview->setAssessment(snapshot->meeting, DecisionEngine::assess(snapshot.value()));
    setWindowTitle(tr("%1 - %2 - GoNoGo")
                       .arg(snapshot->meeting.launchName, QDir::toNativeSeparators(QFileInfo(m_file->path()).fileName())));
    statusBar()->showMessage(QDir::toNativeSeparators(m_file->path()));
}

} // namespace gonogo
