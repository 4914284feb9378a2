// Team mode in the window: File > Open from Server, the password a server asks for, what others change, and a
// lost connection.
#include "mainwindow.h"

#include "decisiondocument.h"
#include "decisionfile.h"
#include "serverdialog.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>

namespace gonogo {

void MainWindow::chooseFromServer()
{
    OpenFromServerDialog dialog(this);
    if (const QStringList known = OpenFromServerDialog::profiles(); !known.isEmpty()) {
        dialog.listDecisions(); // the last server used, at once
    }
    if (dialog.exec() != QDialog::Accepted || dialog.chosenAddress().isEmpty()) {
        return;
    }
    openFile(dialog.chosenAddress());
}

void MainWindow::installPasswordPrompt()
{
    // Team mode: a server that asks for a password libpq did not find (PGPASSWORD, ~/.pgpass) asks the person.
    pg::setPasswordPrompt([this](const QString &server) -> std::optional<QString> {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("Password for the server"), tr("The password for %1 (kept only while GoNoGo runs):").arg(server),
            QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(typed) : std::nullopt;
    });
}

void MainWindow::followTeam(DecisionDocument *doc)
{
    connect(doc, &DecisionDocument::connectionChanged, this, &MainWindow::showConnection);
    connect(doc, &DecisionDocument::changedElsewhere, this, [this](const QStringList &entities) {
        QStringList shown;
        for (const QString &e : entities) {
            shown << (e.startsWith(QLatin1String("item:")) ? e.mid(5) : e);
        }
        const int more = static_cast<int>(shown.size()) - 6;
        const QString list = shown.mid(0, 6).join(QStringLiteral(", "));
        statusBar()->showMessage(more > 0 ? tr("Changed by someone else: %1 and %n more.", nullptr, more).arg(list)
                                          : tr("Changed by someone else: %1.").arg(list),
                                 10000);
        checkIntegrity();
        updateTitle();
    });
}

void MainWindow::showConnection(bool online)
{
    if (!m_document || !m_connectionBanner) {
        return;
    }
    m_connectionBanner->setVisible(!online);
    if (online) {
        m_connectionBanner->clear();
        statusBar()->showMessage(tr("Back online: the decision was read again from the server."), 10000);
        checkIntegrity();
        updateTitle();
        return;
    }
    m_connectionBanner->setText(tr("OFFLINE: the connection to the server was lost (%1). What is shown may be out of "
                                   "date, and changes are refused until the connection is back; GoNoGo reconnects by "
                                   "itself.")
                                    .arg(m_document->offlineReason()));
}

} // namespace gonogo
