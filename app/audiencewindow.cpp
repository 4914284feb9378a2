#include "audiencewindow.h"

#include "afterlaunchpanel.h"
#include "launchpanel.h"

#include "checklistfilter.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "mainwindow.h"
#include "meetingpanel.h"
#include "pollpanel.h"
#include "quietupdates.h"
#include "reasonlist.h"
#include "riskpanel.h"
#include "scoreboard.h"
#include "signoffpanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWindow>

namespace gonogo {

AudienceWindow::AudienceWindow(DecisionDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus), m_document(document)
{
    setObjectName(QStringLiteral("audienceWindow"));
    setWindowTitle(tr("GoNoGo: the room's view"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void AudienceWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        emit activated();
    }
}

void AudienceWindow::showOn(QScreen *screen, int zoom)
{
    if (m_screen != screen) {
        if (m_screen) {
            disconnect(m_screen, nullptr, this, nullptr);
        }
        // A projector that changes its resolution mid-meeting: the room's view is made again for it.
        connect(screen, &QScreen::geometryChanged, this, [this] { showOn(m_screen, m_zoom); });
    }
    m_screen = screen;
    m_zoom = zoom;
    QFont f = QApplication::font();
    f.setPointSizeF(MainWindow::presentationPointSize(screen, f) * zoom / 100.0);
    setFont(f);
    build();
    if (!windowHandle()) {
        create();
    }
    windowHandle()->setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
}

void AudienceWindow::build()
{
    // Widgets size their fonts when they are made: the views are made again for each screen.
    const QString item = m_checklist ? m_checklist->currentItemId() : QString();
    const bool criticalOnly = m_checklist && m_checklist->filter()->criticalOnly();
    const bool notPassOnly = m_checklist && m_checklist->filter()->notPassOnly();
    const QString search = m_checklist ? m_checklist->searchField()->text() : QString();
    const int called = m_poll ? m_poll->calledRow() : 0;
    delete m_page;
    m_page = new QWidget(this);
    layout()->addWidget(m_page);
    DecisionDocument *doc = m_document;
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));

    m_scoreboard = new Scoreboard(doc, Scoreboard::Layout::Room, m_page);
    m_title = new QLabel(m_page);
    m_title->setObjectName(QStringLiteral("roomViewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_views = new QStackedWidget(m_page);
    m_checklist = new ChecklistPanel(doc, m_views);
    m_risks = new RiskPanel(doc, m_views);
    m_signoff = new SignoffPanel(doc, m_views);
    m_meeting = new MeetingPanel(doc, m_views);
    m_poll = new PollPanel(doc, m_views);
    m_launch = new LaunchPanel(doc, m_views);
    m_afterLaunch = new AfterLaunchPanel(doc, m_views);
    m_checklist->setRoom(true);
    m_risks->setRoom(true);
    m_signoff->setRoom(true);
    m_meeting->setRoom(true);
    m_poll->setRoom(true);
    m_launch->setRoom(true);
    m_afterLaunch->setRoom(true);
    for (QWidget *view :
         {static_cast<QWidget *>(m_checklist), static_cast<QWidget *>(m_risks), static_cast<QWidget *>(m_signoff),
          static_cast<QWidget *>(m_meeting), static_cast<QWidget *>(m_poll), static_cast<QWidget *>(m_launch),
          static_cast<QWidget *>(m_afterLaunch)}) {
        m_views->addWidget(view);
    }
    // Nothing here takes the focus from the console.
    for (QWidget *w : m_page->findChildren<QWidget *>()) {
        w->setFocusPolicy(Qt::NoFocus);
    }

    // Two thirds for the view, one for the other answer, the scores and the reasons, as in one-screen
    // presentation mode; nobody drags anything here, so the shares are fixed.
    auto *left = new QWidget(m_page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(unit / 2);
    leftLayout->addWidget(m_scoreboard);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_views, 1);
    auto *right = new QWidget(m_page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_clock = new ClockStrip(right);
    m_clock->setWordWrap(true);
    m_clock->setDocument(doc);
    m_clock->setCompact(true);
    auto *heading = new QLabel(right);
    heading->setFont(bold);
    m_reasons = new ReasonList(doc, right);
    rightLayout->addWidget(m_clock);
    rightLayout->addWidget(m_scoreboard->side());
    rightLayout->addSpacing(unit);
    rightLayout->addWidget(heading);
    rightLayout->addWidget(m_reasons, 1);
    auto showHeading = [this, heading] {
        showText(heading, tr("Why %1").arg(displayName(m_document->assessment().decision)));
    };
    showHeading();
    connect(doc, &DecisionDocument::assessmentChanged, heading, showHeading);
    left->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    right->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *pageLayout = new QHBoxLayout(m_page);
    pageLayout->setContentsMargins(unit / 2, unit / 2, unit / 2, unit / 2);
    pageLayout->setSpacing(unit);
    pageLayout->addWidget(left, 2);
    pageLayout->addWidget(right, 1);

    followChecklist(criticalOnly, notPassOnly, search, item);
    callPollRow(called);
    showView(m_view, m_viewTitle);
}

void AudienceWindow::showView(int index, const QString &title)
{
    m_view = index;
    m_viewTitle = title;
    if (m_views) {
        m_views->setCurrentIndex(index);
        showText(m_title, title);
    }
}

int AudienceWindow::currentView() const
{
    return m_views ? m_views->currentIndex() : m_view;
}

void AudienceWindow::followChecklist(bool criticalOnly, bool notPassOnly, const QString &search, const QString &itemId)
{
    if (!m_checklist) {
        return;
    }
    m_checklist->searchField()->setText(search);
    m_checklist->setCriticalOnly(criticalOnly);
    m_checklist->setNotPassOnly(notPassOnly);
    if (!itemId.isEmpty()) {
        m_checklist->selectItem(itemId);
    }
}

void AudienceWindow::callPollRow(int row)
{
    if (m_poll) {
        m_poll->callRow(row);
    }
}

} // namespace gonogo
