// MainWindow's Help menu beyond the keyboard map: the user guide and About.
#include "application.h"
#include "decisionfile.h"
#include "mainwindow.h"
#include "userguide.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>

namespace gonogo {

void MainWindow::showUserGuide()
{
    // One guide window, brought forward if open; in the language of the window.
    if (!m_userGuideWindow) {
        m_userGuideWindow = new UserGuide(this);
        m_userGuideWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuideWindow->show();
    m_userGuideWindow->raise();
    m_userGuideWindow->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About GoNoGo"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(96, 96));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h2>GoNoGo %1</h2><p>Runs the Go/No-Go meeting for a production launch and records its "
                   "signed decision.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped()));
    box.setInformativeText(
        tr("<p>Licence: none granted yet. Copyright 2026 the GoNoGo team; all rights reserved.</p>"
           "<p>Built with Qt %1, running on Qt %2.<br>Application ID: %3<br>Decision file format: %4</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), applicationId())
            .arg(DecisionFile::schemaVersion()));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace gonogo
