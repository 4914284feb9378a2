// MainWindow and the room: the views' titles, and the room's view on a second screen (the projector) while this
// window stays the presenter console. Presentation mode (F5) opens the audience's window on another screen when
// there is one, and lays this window out for the room when there is not; a screen that comes or goes mid-meeting
// moves the room's view, or brings it back to this screen.
#include "mainwindow.h"

#include "audiencewindow.h"
#include "checklistfilter.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "pollpanel.h"
#include "quietupdates.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace gonogo {

void MainWindow::updateTabTitles()
{
    if (!m_tabs) {
        return;
    }
    const Assessment &a = m_document->assessment();
    const RecordProgress progress = m_document->progress();
    const int people = static_cast<int>(m_document->snapshot().stakeholders.size());
    const int signedUp = people - static_cast<int>(progress.missing.size());
    const int open = a.openRed + a.openYellow + a.openGreen;
    const ClockReading clock = m_document->clockReading();
    const QVector<AgendaStep> &agenda = m_document->snapshot().agenda;
    const QString step = clock.current >= 0 ? tr("step %1 of %2").arg(clock.current + 1).arg(agenda.size())
                         : clock.finished   ? tr("ended")
                                            : tr("not started");
    const int answered = m_document->pollTally().answered();
    const bool final = progress.status == RecordStatus::Final;
    const int breaches = int(m_document->monitoring().breachesOf().size());
    const QString afterLaunch = m_document->reviews().stableAt() ? tr("After go-live (STABLE)")
                                : !m_document->launchRun().launch.liveAt.isValid()
                                    ? tr("After go-live (not live)")
                                    : tr("After go-live (%n breach(es))", nullptr, breaches);
    // In the room the titles are short: the scores beside the view carry the counts.
    const QStringList room{tr("Checklist"),
                           tr("Risks (%1)").arg(open),
                           final ? tr("Sign-off (FINAL)") : tr("Sign-off (%1/%2)").arg(signedUp).arg(people),
                           tr("Agenda"),
                           tr("Poll (%1/%2)").arg(answered).arg(people),
                           tr("Launch"),
                           tr("After go-live")};
    const QStringList desk{tr("Checklist (%1 of %2 PASS)").arg(a.items.pass).arg(a.items.total),
                           tr("Risks (%1)").arg(tr("%n open", nullptr, open)),
                           final ? tr("Sign-off (FINAL)")
                                 : tr("Sign-off (DRAFT, %1 of %2 signed)").arg(signedUp).arg(people),
                           tr("Agenda (%1)").arg(step),
                           tr("Poll (%1 of %2 answered)").arg(answered).arg(people),
                           tr("Launch (%1)").arg(displayName(m_document->launchRun().state()).toLower()),
                           afterLaunch};
    const QStringList &titles = m_presenting ? room : desk;
    if (m_roomTitle) {
        showText(m_roomTitle, titles.value(m_tabs->currentIndex()));
    }
    if (m_audience) {
        m_audience->showView(m_tabs->currentIndex(), room.value(m_tabs->currentIndex()));
    }
    for (int i = 0; i < titles.size(); ++i) {
        // Through the tab bar, and only when the words change: QTabWidget::setTabText lays out and repaints the
        // whole tab widget, every row of the checklist included, and the counts change with every key.
        if (m_tabs->tabText(i) != titles.at(i)) {
            m_tabs->tabBar()->setTabText(i, titles.at(i));
        }
    }
}

QScreen *MainWindow::projectorScreen() const
{
    if (!m_useProjector->isChecked()) {
        return nullptr; // the facilitator keeps the room's view in this window
    }
    // Any screen but the one this window is on; the first, as the system lists them.
    for (QScreen *s : QGuiApplication::screens()) {
        if (s != screen()) {
            return s;
        }
    }
    return nullptr;
}

void MainWindow::openAudience(QScreen *projector)
{
    // A window of its own, not a child of the console: its buttons' mnemonics must never answer the console's
    // keys. The console deletes it (closeAudience) before the document it shows.
    m_audience = new AudienceWindow(m_document.get());
    connect(m_audience, &AudienceWindow::activated, this, &MainWindow::keepKeyboard, Qt::QueuedConnection);
    m_audience->showOn(projector, roomZoomOn(projector));
    keepKeyboard();
    const QSignalBlocker block(m_present);
    m_present->setChecked(true);
    m_leave->setEnabled(true);
    connectAudience();
    statusBar()->showMessage(tr("The room's view is on %1; this screen is the presenter console. F5 or Esc ends "
                                "it.")
                                 .arg(projector->name()),
                             10000);
}

void MainWindow::keepKeyboard()
{
    // The room's window asks for no focus, but some window systems give a new window the keyboard anyway: the
    // console takes it back, so the facilitator's next key lands where they are looking.
    activateWindow();
    raise();
    if (QWidget *focus = focusWidget()) {
        focus->setFocus();
    }
}

void MainWindow::closeAudience()
{
    if (!m_audience) {
        return;
    }
    m_audience->close();
    delete m_audience.data();
    const QSignalBlocker block(m_present);
    m_present->setChecked(m_presenting);
    m_leave->setEnabled(m_presenting || m_fullScreen->isChecked());
}

void MainWindow::connectAudience()
{
    if (!m_audience || !m_tabs) {
        return;
    }
    // The console's views are made again on every zoom; the links are made again with them.
    auto followChecklist = [this] {
        if (m_audience && m_checklist) {
            m_audience->followChecklist(m_checklist->filter()->criticalOnly(), m_checklist->filter()->notPassOnly(),
                                        m_checklist->searchField()->text(), m_checklist->currentItemId());
        }
    };
    connect(m_tabs, &QTabWidget::currentChanged, m_audience, [this] { updateTabTitles(); });
    connect(m_checklist->filter(), &ChecklistFilter::filtersChanged, m_audience, followChecklist);
    connect(m_checklist, &ChecklistPanel::currentItemChanged, m_audience, followChecklist);
    connect(m_checklist->searchField(), &QLineEdit::textChanged, m_audience, followChecklist);
    connect(poll(), &PollPanel::calledChanged, m_audience, &AudienceWindow::callPollRow);
    followChecklist();
    m_audience->callPollRow(poll()->calledRow());
    updateTabTitles();
}

void MainWindow::screensChanged()
{
    if (!m_document) {
        return;
    }
    QScreen *projector = projectorScreen();
    if (m_audience) {
        const QScreen *on = m_audience->targetScreen();
        if (on && on != screen()) {
            return; // still on a screen of its own
        }
        if (projector) {
            m_audience->showOn(projector, roomZoomOn(projector)); // moves to the screen there is
            keepKeyboard();
            return;
        }
        // Back to one screen: the room's view comes here, in this window.
        closeAudience();
        setPresenting(true);
        return;
    }
    if (m_presenting && projector) {
        // A projector came: the room's view goes there, and this screen becomes the console again.
        setPresenting(false);
        openAudience(projector);
    }
}

} // namespace gonogo
