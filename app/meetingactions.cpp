// MainWindow's meeting: the Meeting menu (the clock's keys, the agenda and the poll), the two tabs, and the
// agenda taking the workspace to what each step shows when it starts.
#include "mainwindow.h"

#include "afterlaunchpanel.h"
#include "launchpanel.h"

#include "checklistpanel.h"
#include "decisiondocument.h"
#include "itemdetailpanel.h"
#include "meetingpanel.h"
#include "pollpanel.h"
#include "preferences.h"
#include "riskpanel.h"
#include "signoffpanel.h"
#include "workspacestyle.h"

#include <QAbstractItemView>
#include <QAction>
#include <QInputDialog>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

namespace gonogo {

namespace {

constexpr int agendaTab = 3;
constexpr int pollTab = 4;
constexpr int launchTab = 5;
constexpr int afterLaunchTab = 6;

// The facilitator's notes in the preferences of this computer, by record and step: never in the decision file.
class LocalNotes final : public PresenterNotes
{
public:
    LocalNotes(QString recordId, std::function<void(const Outcome &)> report)
        : m_recordId(std::move(recordId)), m_report(std::move(report))
    {
    }
    QString notes(int stepId) const override { return preferences::value(key(stepId)).toString(); }
    void setNotes(int stepId, const QString &text) override
    {
        m_report(preferences::store({{key(stepId), text.isEmpty() ? QVariant() : QVariant(text)}}));
    }

private:
    QString key(int stepId) const { return QStringLiteral("meetingNotes/%1/%2").arg(m_recordId).arg(stepId); }
    QString m_recordId;
    std::function<void(const Outcome &)> m_report;
};

} // namespace

void MainWindow::buildMeetingMenu()
{
    m_meetingMenu = menuBar()->addMenu(tr("Meetin&g"));
    m_clockStartPause = m_meetingMenu->addAction(tr("&Start or Pause the Clock"), this,
                                                 [this] { moveClock(ClockAction::StartOrPause); });
    m_clockStartPause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_clockNext = m_meetingMenu->addAction(tr("&Next Step"), this, [this] { moveClock(ClockAction::Next); });
    m_clockNext->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_clockPrevious =
        m_meetingMenu->addAction(tr("&Previous Step"), this, [this] { moveClock(ClockAction::Previous); });
    m_clockPrevious->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_clockFinish = m_meetingMenu->addAction(tr("&End the Meeting"), this, [this] { moveClock(ClockAction::Finish); });
    m_clockFinish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    m_meetingMenu->addSeparator();
    m_showMeeting = m_meetingMenu->addAction(tr("&Agenda"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(agendaTab);
            meeting()->table()->setFocus();
        }
    });
    m_showMeeting->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_showPoll = m_meetingMenu->addAction(tr("Roll-Call P&oll"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(pollTab);
            poll()->table()->setFocus();
        }
    });
    m_showPoll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    // After the meeting, the launch: its runbook on the clock.
    m_showLaunch = m_meetingMenu->addAction(tr("&Launch Runbook"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(launchTab);
            launch()->table()->setFocus();
        }
    });
    m_showLaunch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    // After go-live: monitoring, the reviews and STABLE.
    m_showAfterLaunch = m_meetingMenu->addAction(tr("&Monitoring and Reviews"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(afterLaunchTab);
            afterLaunch()->metrics()->setFocus();
        }
    });
    m_showAfterLaunch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_meetingMenu->setEnabled(false);
    m_deskClock = new ClockStrip(this);
    statusBar()->addPermanentWidget(m_deskClock);
}

void MainWindow::addPageHosts(QWidget *page)
{
    // The pages wait in empty hosts until one of their tabs is first chosen.
    m_pageHosts.clear();
    for (int i = 0; i < 5; ++i) {
        auto *host = new QWidget(page);
        auto *hostLayout = new QVBoxLayout(host);
        hostLayout->setContentsMargins(0, 0, 0, 0);
        m_pageHosts << host;
        m_tabs->addTab(host, QString());
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 2) {
            buildPages();
        }
    });
    const ClockReading r = m_document->clockReading();
    m_followedStep = r.current >= 0 ? m_document->snapshot().agenda.at(r.current).id : 0;
}

void MainWindow::buildPages()
{
    if (!m_tabs || m_signoff || m_pageHosts.size() != 5) {
        return; // no workspace, or built already
    }
    m_signoff = new SignoffPanel(m_document.get(), m_pageHosts.at(0));
    m_signoff->setRoom(m_presenting);
    makeMeetingViews(m_pageHosts.at(1));
    const std::array<QWidget *, 5> pages{m_signoff, m_meeting, m_poll, m_launch, m_afterLaunch};
    for (int i = 0; i < 5; ++i) {
        QWidget *scroll = scrolledPage(pages.at(i));
        m_pageHosts.at(i)->layout()->addWidget(scroll);
        scroll->show(); // now, not at the next turn of the event loop: the tab may be showing already
        m_workspaceStyle->applyTo(scroll); // as the workspace's other lists, scroll bars and buttons
    }
}

void MainWindow::makeMeetingViews(QWidget *page)
{
    DecisionDocument *doc = m_document.get();
    m_meeting = new MeetingPanel(doc, page);
    m_meeting->setRoom(m_presenting);
    m_notes = std::make_unique<LocalNotes>(doc->snapshot().meeting.recordId,
                                           [this](const Outcome &stored) { reportUnsaved(stored); });
    m_meeting->setNotesStore(m_notes.get());
    m_poll = new PollPanel(doc, page);
    m_poll->setRoom(m_presenting);
    m_launch = new LaunchPanel(doc, page);
    m_launch->setRoom(m_presenting);
    m_afterLaunch = new AfterLaunchPanel(doc, page);
    m_afterLaunch->setRoom(m_presenting);
}

void MainWindow::moveClock(ClockAction action)
{
    if (!m_document || !m_document->clock(action)) {
        return; // nothing open, or refused and shown through DecisionDocument::editFailed
    }
}

void MainWindow::updatePresenterLine()
{
    if (!m_presenterLine || !m_document) {
        return;
    }
    const ClockReading r = m_document->clockReading();
    const QVector<AgendaStep> &agenda = m_document->snapshot().agenda;
    const int next = r.current >= 0 ? r.current + 1 : (r.started ? -1 : 0);
    QString text;
    if (next >= 0 && next < agenda.size()) {
        text = tr("Next: %1 (%2) · %3")
                   .arg(agenda.at(next).title, tr("%n min", nullptr, agenda.at(next).minutes),
                        r.started ? tr("Ctrl+Right") : tr("Ctrl+Space starts"));
    } else if (r.current >= 0) {
        text = tr("Last step · Ctrl+Shift+Space ends the meeting");
    }
    m_presenterLine->setText(text);
    m_presenterLine->setVisible(!text.isEmpty());
}

void MainWindow::followAgenda()
{
    if (!m_document || !m_tabs) {
        return;
    }
    const ClockReading r = m_document->clockReading();
    const AgendaStep *step = r.current >= 0 ? &m_document->snapshot().agenda.at(r.current) : nullptr;
    const int id = step ? step->id : 0;
    if (id == m_followedStep) {
        return; // the same step paused, resumed or edited: the workspace stays where the facilitator took it
    }
    m_followedStep = id;
    if (step && step->state == StepState::Running) {
        showAgendaView(*step);
    }
}

void MainWindow::showAgendaView(const AgendaStep &step)
{
    switch (step.view) {
    case AgendaView::Overview:
    case AgendaView::Category:
    case AgendaView::Critical:
    case AgendaView::Gaps:
        m_tabs->setCurrentIndex(0);
        m_checklist->clearFilters();
        if (step.view == AgendaView::Category) {
            m_checklist->showCategory(step.categoryCode);
        } else if (step.view == AgendaView::Critical) {
            // The critical items still to discuss: the ones that passed need no time in the meeting.
            m_checklist->setCriticalOnly(true);
            m_checklist->setNotPassOnly(true);
        } else if (step.view == AgendaView::Gaps) {
            m_checklist->setNotPassOnly(true);
        }
        m_checklist->tree()->setFocus();
        break;
    case AgendaView::Matrix:
        m_tabs->setCurrentIndex(1);
        m_risks->focusRegister();
        break;
    case AgendaView::Poll:
        m_tabs->setCurrentIndex(pollTab);
        poll()->table()->setFocus();
        break;
    case AgendaView::Signoff:
        m_tabs->setCurrentIndex(2);
        signoff()->table()->setFocus();
        break;
    }
}

void MainWindow::editItemText(const QString &id, ItemField field)
{
    const Item *item = m_document ? m_document->item(id) : nullptr;
    if (!item) {
        return;
    }
    if (!m_presenting) {
        // At the desk the detail panel is where an item's texts are typed.
        if (field == ItemField::Owner) {
            m_details->ownerField()->setFocus();
            m_details->ownerField()->selectAll();
        } else {
            m_details->evidenceField()->setFocus();
            m_details->evidenceField()->selectAll();
        }
        return;
    }
    // In the room: a dialog in the room's type, over the list, back to the list when it closes.
    QInputDialog dialog(this);
    dialog.setAttribute(Qt::WA_WindowPropagation);
    dialog.setFont(font());
    dialog.setWindowTitle(field == ItemField::Owner ? tr("Owner of %1").arg(id) : tr("Evidence for %1").arg(id));
    dialog.setLabelText(QStringLiteral("%1 %2").arg(id, item->title));
    if (field == ItemField::Owner) {
        dialog.setTextValue(item->owner);
    } else {
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
        dialog.setTextValue(item->evidence);
    }
    dialog.resize(width() / 2, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted && !m_document->setItemText(id, field, dialog.textValue())) {
        return; // shown through DecisionDocument::editFailed
    }
    m_checklist->tree()->setFocus();
}

} // namespace gonogo
