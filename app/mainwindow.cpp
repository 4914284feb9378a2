#include "mainwindow.h"
#include "theme.h"
#include "workspacestyle.h"

#include "quietupdates.h"

#include "afterlaunchpanel.h"
#include "categoryprogress.h"
#include "checklistfilter.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "itemdetailpanel.h"
#include "launchpanel.h"
#include "meetingpanel.h"
#include "pollpanel.h"
#include "preferences.h"
#include "reasonlist.h"
#include "report/recordreport.h"
#include "riskpanel.h"
#include "scoreboard.h"
#include "signoffpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace gonogo {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undoGroup(new QUndoGroup(this))
{
    resize(1280, 800);
    // Secondary text readable from the back of the room, a selection that keeps its colour; the scheme chosen.
    m_desktopPalette = QApplication::palette();
    theme::currentScheme() = preferences::value(QStringLiteral("ui/theme")).toString() == QLatin1String("highContrast")
                                 ? theme::Scheme::HighContrast
                                 : theme::Scheme::Standard;
    setPalette(theme::palette(m_desktopPalette));
    m_workspaceStyle = new WorkspaceStyle(QStyleFactory::create(QApplication::style()->name()));
    m_workspaceStyle->setParent(this);
    // A list's frame is painted by the list itself, not its viewport: repaint it when the keyboard comes or goes.
    connect(qApp, &QApplication::focusChanged, this, [](QWidget *old, QWidget *now) {
        for (QWidget *w : {old, now}) {
            if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                view->update();
            }
        }
    });
    buildMenus();
    showWelcome();
    updateTitle();
    installPasswordPrompt();
    // A projector plugged in or pulled out mid-meeting: the room's view moves, or comes back to this screen.
    // Queued, so that Qt has moved its windows off a screen that went before we look.
    connect(qApp, &QGuiApplication::screenAdded, this, &MainWindow::screensChanged, Qt::QueuedConnection);
    connect(qApp, &QGuiApplication::screenRemoved, this, &MainWindow::screensChanged, Qt::QueuedConnection);
}

MainWindow::~MainWindow()
{
    pg::setPasswordPrompt({});
    closeDocument();
}

void MainWindow::buildMenus()
{
    m_menuScope = new QObject(this);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Decision..."), QKeySequence::New, this, &MainWindow::newDecision);
    file->addAction(tr("New from C&hecklist File..."), this, &MainWindow::newFromChecklist);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addAction(tr("Open &from Server..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::chooseFromServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_closeAction = file->addAction(tr("&Close"), QKeySequence::Close, this, [this] {
        setPresenting(false); // the welcome page is the desk's
        closeDocument();
        showWelcome();
        updateTitle();
    });
    file->addSeparator();
    m_saveAs = file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    m_export = file->addAction(tr("&Export Decision Record..."), this, &MainWindow::exportRecord);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportChecklist = file->addAction(tr("Export Chec&klist..."), this, &MainWindow::exportChecklist);
    m_exportChecklist->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_preview = file->addAction(tr("Print Pre&view..."), this, [this] { printRecord(true); });
    m_print = file->addAction(tr("&Print..."), QKeySequence::Print, this, [this] { printRecord(false); });
    QMenu *pageSize = file->addMenu(tr("Page &Size"));
    auto *sizes = new QActionGroup(m_menuScope);
    const QString current = preferences::value(QStringLiteral("report/pageSize"), QStringLiteral("A4")).toString();
    for (const auto &[key, label] :
         {std::pair{QStringLiteral("A4"), tr("A4")}, std::pair{QStringLiteral("Letter"), tr("US Letter")}}) {
        QAction *a = pageSize->addAction(label);
        a->setData(key);
        m_pageSizes << a;
        a->setCheckable(true);
        a->setChecked(current == key);
        sizes->addAction(a);
        const QString k = key;
        connect(a, &QAction::triggered, this, [this, k] {
            reportUnsaved(preferences::store({{QStringLiteral("report/pageSize"), k}}));
        });
    }
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(m_menuScope, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(m_menuScope, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y first (the keyboard map shows the first two), then the platform's own.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key)) {
            redoKeys << key;
        }
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_find = edit->addAction(tr("&Find in Checklist"), QKeySequence::Find, this, [this] {
        if (m_checklist) {
            m_checklist->searchField()->setFocus();
            m_checklist->searchField()->selectAll();
        }
    });
    edit->addSeparator();
    m_preferences = edit->addAction(tr("Prefere&nces..."), this, &MainWindow::showPreferences);
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_criticalOnly = view->addAction(tr("&Critical Items Only"));
    m_criticalOnly->setCheckable(true);
    m_criticalOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_criticalOnly, &QAction::toggled, this, [this](bool on) {
        if (m_checklist) {
            m_checklist->setCriticalOnly(on);
        }
    });
    m_notPassOnly = view->addAction(tr("Items &Not PASS Only"));
    m_notPassOnly->setCheckable(true);
    m_notPassOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_notPassOnly, &QAction::toggled, this, [this](bool on) {
        if (m_checklist) {
            m_checklist->setNotPassOnly(on);
        }
    });
    m_clearFilters = view->addAction(tr("Show &All Items"), this, [this] {
        if (m_checklist) {
            m_checklist->clearFilters();
        }
    });
    m_clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addSeparator();
    m_showChecklist = view->addAction(tr("C&hecklist"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(0);
            m_checklist->tree()->setFocus();
        }
    });
    m_showChecklist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showRisks = view->addAction(tr("&Risks"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(1);
            m_risks->focusRegister();
        }
    });
    m_showRisks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showSignoff = view->addAction(tr("&Sign-off"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(2);
            signoff()->table()->setFocus();
        }
    });
    m_showSignoff->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { stepZoom(+1); });
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { stepZoom(-1); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *actualSize = view->addAction(tr("Actual Si&ze"), this, [this] { setZoom(100); });
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_highContrast = view->addAction(tr("Hi&gh Contrast"));
    m_highContrast->setCheckable(true);
    m_highContrast->setChecked(theme::highContrast());
    m_highContrast->setToolTip(tr("Black on white, with the darkest status colours"));
    connect(m_highContrast, &QAction::toggled, this, &MainWindow::setHighContrast);
    view->addSeparator();
    m_fullScreen = view->addAction(tr("&Full Screen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_present = view->addAction(tr("&Presentation Mode"));
    m_present->setCheckable(true);
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setToolTip(tr("Full screen in large type for the room; Esc leaves"));
    connect(m_present, &QAction::toggled, this, &MainWindow::setPresenting);
    m_useProjector = view->addAction(tr("Room's View on a Secon&d Screen"));
    m_useProjector->setCheckable(true);
    m_useProjector->setChecked(preferences::value(QStringLiteral("ui/roomOnSecondScreen"), true).toBool());
    m_useProjector->setToolTip(tr("With two screens, presentation mode shows the room's view on the other one and "
                                  "keeps this one as the presenter console"));
    connect(m_useProjector, &QAction::toggled, this, [this](bool on) {
        reportUnsaved(preferences::store({{QStringLiteral("ui/roomOnSecondScreen"), on}}));
    });
    // Esc leaves presentation mode and full screen, as everywhere else; the key is taken only then, so Esc keeps
    // its other uses (clearing the matrix filter) the rest of the time.
    m_leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leave->setEnabled(false);
    connect(m_leave, &QShortcut::activated, this, [this] {
        if (isPresenting()) {
            setPresenting(false);
        } else {
            m_fullScreen->setChecked(false);
        }
    });
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        m_leave->setEnabled(on || m_presenting);
        setFullScreen(on);
    });

    m_statusMenu = menuBar()->addMenu(tr("&Status"));

    m_riskMenu = menuBar()->addMenu(tr("&Risks"));
    m_addRisk = m_riskMenu->addAction(tr("&Add Risk..."), this, [this] {
        if (m_risks) {
            m_tabs->setCurrentIndex(1);
            m_risks->addRisk();
        }
    });
    m_addRisk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_raiseRisk = m_riskMenu->addAction(tr("&Raise Risk from Item..."), this, [this] {
        if (m_risks && m_checklist) {
            const QString id = m_checklist->currentItemId();
            m_tabs->setCurrentIndex(1);
            m_risks->raiseFromItem(id);
        }
    });
    m_raiseRisk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_raiseRisk->setToolTip(tr("Raise a risk from the selected FAIL or PARTIAL item, linked to it"));
    m_matrixLevels = m_riskMenu->addAction(tr("Matrix &Levels..."), this, [this] {
        if (m_risks) {
            m_risks->editMatrix();
        }
    });

    buildMeetingMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardMap);
    // ? as on the web's meeting tools, F1 as on the desktop; a text field keeps its ? (it takes the key first).
    keys->setShortcuts({QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)});
    m_userGuide = help->addAction(tr("User &Guide"), this, &MainWindow::showUserGuide);
    m_userGuide->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    help->addSeparator();
    m_about = help->addAction(tr("&About GoNoGo"), this, &MainWindow::showAbout);

    // The actions are the window's as well as their menus': their keys work while the menu bar is hidden in
    // presentation mode.
    for (QMenu *menu : {file, edit, view, m_riskMenu, m_meetingMenu, help}) {
        addActions(menu->actions());
    }
}

QScrollArea *MainWindow::scrolledPage(QWidget *page)
{
    auto *scroll = new QScrollArea(page->parentWidget());
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void MainWindow::showWorkspace()
{
    DecisionDocument *doc = m_document.get();
    auto *page = new QWidget(this);
    m_scoreboard = new Scoreboard(doc, m_presenting ? Scoreboard::Layout::Room : Scoreboard::Layout::Desk, page);
    m_categories = new CategoryProgress(doc, page);
    m_checklist = new ChecklistPanel(doc, page);
    m_details = new ItemDetailPanel(doc, page);

    auto *categoryScroll = new QScrollArea(page);
    categoryScroll->setWidget(m_categories);
    categoryScroll->setWidgetResizable(true);
    categoryScroll->setFrameShape(QFrame::NoFrame);
    categoryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *checklistPage = new QWidget(page);
    auto *splitter = new QSplitter(Qt::Horizontal, checklistPage);
    // The detail panel scrolls rather than make the window taller than the screen at a large zoom.
    auto *detailScroll = new QScrollArea(page);
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // at 200 % on 1024 pixels: scrolled, not cut
    splitter->addWidget(categoryScroll);
    splitter->addWidget(m_checklist);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setChildrenCollapsible(false);
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // The categories stay readable on a small screen ("Infrastructure 12/12"): the checklist gives way first.
    categoryScroll->setMinimumWidth(unit * 19);
    // Wide enough for the longest category name and its count where the window has room ("Disaster Recovery
    // 8/8"), never more than 30 digits.
    QFont bold = font();
    bold.setBold(true);
    int categoryWidth = unit * 22;
    for (const Category &c : doc->snapshot().categories) {
        categoryWidth = std::max(categoryWidth, QFontMetrics(bold).horizontalAdvance(c.name) + unit * 10);
    }
    categoryWidth = std::min(categoryWidth, unit * 30);
    splitter->setSizes({categoryWidth, width() - categoryWidth - unit * 34, unit * 34});
    // In the room the checklist is the list alone, as wide as the screen allows; the categories and the details
    // are the facilitator's, at the desk.
    m_categoryPane = categoryScroll;
    categoryScroll->setVisible(!m_presenting);
    detailScroll->setVisible(!m_presenting);
    m_checklist->setRoom(m_presenting);
    auto *checklistLayout = new QVBoxLayout(checklistPage);
    checklistLayout->setContentsMargins(0, 8, 0, 0);
    checklistLayout->addWidget(splitter);

    m_risks = new RiskPanel(doc, page);
    m_risks->setRoom(m_presenting);
    m_tabs = new QTabWidget(page);
    new TabLayoutGuard(m_tabs); // a key press repaints what it changed, not every tab page
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(checklistPage, QString());
    m_tabs->addTab(scrolledPage(m_risks), QString());
    addPageHosts(page); // the other pages, built when one of their tabs is first chosen
    updateTabTitles();

    // A file that fails verification says so above everything else, in words, until it is fixed.
    m_integrityBanner = makeBanner(page, QStringLiteral("integrityBanner"), QStringLiteral("#b71c1c"));
    // A decision on a server whose connection is lost says so, until it is back.
    m_connectionBanner = makeBanner(page, QStringLiteral("connectionBanner"), QStringLiteral("#e65100"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_integrityBanner);
    if (m_presenting) {
        // The room, in two columns: the banner over the current view; the other one (the recommendation beside a
        // decision, or "no decision yet"), the scores and every reason, under a heading that says what they are
        // reasons for.
        layout->setContentsMargins(unit / 2, unit / 2, unit / 2, unit / 2);
        auto *columns = new QSplitter(Qt::Horizontal, page);
        columns->setChildrenCollapsible(false);
        auto *left = new QWidget(columns);
        auto *leftLayout = new QVBoxLayout(left);
        leftLayout->setContentsMargins(0, 0, 0, 0);
        leftLayout->setSpacing(unit / 2);
        leftLayout->addWidget(m_scoreboard);
        // Five views' names do not fit across the room's screen in its type: the room reads the name of the one
        // it is looking at, and the facilitator moves between them by key (Ctrl+1 to Ctrl+5) or by the agenda.
        m_tabs->tabBar()->hide();
        m_roomTitle = new QLabel(left);
        m_roomTitle->setObjectName(QStringLiteral("roomViewTitle"));
        m_roomTitle->setTextFormat(Qt::PlainText);
        QFont titleFont = m_roomTitle->font();
        titleFont.setBold(true);
        m_roomTitle->setFont(titleFont);
        leftLayout->addWidget(m_roomTitle);
        leftLayout->addWidget(m_tabs, 1);
        connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTabTitles);
        auto *right = new QWidget(columns);
        auto *rightLayout = new QVBoxLayout(right);
        rightLayout->setContentsMargins(0, 0, 0, 0);
        auto *heading = new QLabel(right);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        m_reasons = new ReasonList(doc, right);
        m_roomClock = new ClockStrip(right);
        m_roomClock->setWordWrap(true);
        m_roomClock->setDocument(doc);
        m_roomClock->setCompact(true);
        rightLayout->addWidget(m_roomClock);
        rightLayout->addWidget(m_scoreboard->side());
        rightLayout->addSpacing(unit);
        rightLayout->addWidget(heading);
        rightLayout->addWidget(m_reasons, 1);
        // One screen: a small line for the facilitator under the reasons (what comes next on the agenda), in
        // the desk's type so the room does not read it.
        m_presenterLine = new QLabel(right);
        m_presenterLine->setObjectName(QStringLiteral("presenterLine"));
        m_presenterLine->setTextFormat(Qt::PlainText);
        m_presenterLine->setWordWrap(true);
        m_presenterLine->setFont(QApplication::font());
        QPalette quiet = m_presenterLine->palette();
        quiet.setColor(QPalette::WindowText, theme::secondaryText());
        m_presenterLine->setPalette(quiet);
        rightLayout->addWidget(m_presenterLine);
        connect(doc, &DecisionDocument::agendaChanged, this, &MainWindow::updatePresenterLine);
        updatePresenterLine();
        auto showHeading = [this, heading] {
            showText(heading, tr("Why %1").arg(displayName(m_document->assessment().decision)));
        };
        showHeading();
        connect(doc, &DecisionDocument::assessmentChanged, heading, showHeading);
        columns->addWidget(left);
        columns->addWidget(right);
        columns->setStretchFactor(0, 2);
        columns->setStretchFactor(1, 1);
        columns->setSizes({width() * 2 / 3, width() / 3});
        layout->addWidget(columns, 1);
        m_deskSplitter = nullptr;
    } else {
        // The desk: the scoreboard over the tabs, tall enough for every reason (fitScoreboard); the facilitator
        // can drag the line between them.
        m_reasons = m_scoreboard->reasons();
        m_deskSplitter = new QSplitter(Qt::Vertical, page);
        m_deskSplitter->setChildrenCollapsible(false);
        m_deskSplitter->addWidget(m_scoreboard);
        m_deskSplitter->addWidget(m_tabs);
        m_deskSplitter->setStretchFactor(1, 1);
        layout->addWidget(m_deskSplitter, 1);
        m_scoreboardDragged = false;
        connect(m_deskSplitter, &QSplitter::splitterMoved, this, [this] { m_scoreboardDragged = true; });
        m_deskSplitter->installEventFilter(this); // sized for its reasons whenever its own size changes
        connect(m_reasons, &ReasonList::rowCountChanged, this, &MainWindow::fitScoreboard);
    }
    fitPanes();
    setCentralWidget(page);
    // Lay the new page out now, so the scoreboard is sized for the window it is in, not for a page not yet placed.
    layout->activate();
    fitScoreboard();
    m_workspaceStyle->applyTo(page); // lists, scroll bars, tabs and buttons (workspacestyle.h)

    m_raiseRisk->setEnabled(false);
    m_checklist->addContextAction(m_raiseRisk);
    connect(m_checklist, &ChecklistPanel::currentItemChanged, this, &MainWindow::updateRiskActions);
    connect(doc, &DecisionDocument::itemsChanged, this, &MainWindow::updateRiskActions);
    connect(doc, &DecisionDocument::assessmentChanged, this, &MainWindow::updateTabTitles);
    connect(doc, &DecisionDocument::riskInserted, this, &MainWindow::updateTabTitles);
    connect(doc, &DecisionDocument::riskRemoved, this, &MainWindow::updateTabTitles);
    connect(doc, &DecisionDocument::riskChanged, this, &MainWindow::updateTabTitles);
    connect(doc, &DecisionDocument::recordChanged, this, &MainWindow::updateTabTitles);
    connect(doc, &DecisionDocument::recordChanged, this, &MainWindow::checkIntegrity);
    connect(m_risks, &RiskPanel::itemActivated, this, [this](const QString &itemId) {
        m_tabs->setCurrentIndex(0);
        m_checklist->selectItem(itemId);
    });
    connect(m_checklist, &ChecklistPanel::currentItemChanged, m_details, &ItemDetailPanel::showItem);
    connect(m_checklist, &ChecklistPanel::editRequested, this, &MainWindow::editItemText);
    connect(doc, &DecisionDocument::agendaChanged, this, &MainWindow::followAgenda);
    connect(doc, &DecisionDocument::agendaChanged, this, &MainWindow::updateTabTitles);
    connect(doc, &DecisionDocument::pollChanged, this, &MainWindow::updateTabTitles);
    connect(doc, &DecisionDocument::launchChanged, this, &MainWindow::updateTabTitles);
    connect(m_categories, &CategoryProgress::categoryActivated, m_checklist, &ChecklistPanel::showCategory);
    connect(m_reasons, &ReasonList::reasonActivated, this, [this](const QString &subject) {
        if (m_document->item(subject)) {
            m_tabs->setCurrentIndex(0);
            m_checklist->selectItem(subject);
            return;
        }
        if (m_document->risk(subject)) {
            m_tabs->setCurrentIndex(1);
            m_risks->selectRisk(subject);
        }
    });
    connect(m_checklist->filter(), &ChecklistFilter::filtersChanged, this, [this] {
        const QSignalBlocker a(m_criticalOnly);
        const QSignalBlocker b(m_notPassOnly);
        m_criticalOnly->setChecked(m_checklist->filter()->criticalOnly());
        m_notPassOnly->setChecked(m_checklist->filter()->notPassOnly());
    });
    connect(doc, &DecisionDocument::editFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("The change was not saved"), message); });
    followTeam(doc);

    m_statusMenu->clear();
    m_statusMenu->addActions(m_checklist->statusActions());
    m_statusMenu->setEnabled(true);
    for (QAction *a :
         {m_closeAction, m_criticalOnly, m_notPassOnly, m_clearFilters, m_find, m_addRisk, m_matrixLevels,
          m_showChecklist, m_showRisks, m_showSignoff, m_export, m_exportChecklist, m_print, m_preview, m_saveAs}) {
        a->setEnabled(true);
    }
    m_meetingMenu->setEnabled(true);
    m_deskClock->setDocument(doc);
    const QSignalBlocker a(m_criticalOnly);
    const QSignalBlocker b(m_notPassOnly);
    m_criticalOnly->setChecked(false);
    m_notPassOnly->setChecked(false);
    statusBar()->showMessage(QDir::toNativeSeparators(doc->path()));
    checkIntegritySoon();
    if (!doc->snapshot().items.isEmpty()) {
        m_checklist->selectItem(doc->snapshot().items.first().id);
    }
    m_checklist->tree()->setFocus();
    connectAudience();
}

void MainWindow::reportUnsaved(const Outcome &stored)
{
    // Preferences are not part of any record: the work goes on, and the status bar says what will be forgotten.
    if (!stored) {
        statusBar()->showMessage(stored.error().message, 15000);
    }
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("GoNoGo"));
        return;
    }
    // A decision on a server is named by its ID and host, a file by its name.
    const auto server =
        m_document->onServer() ? pg::parseAddress(m_document->path(), true) : Result<pg::ServerAddress>(Error{});
    setWindowTitle(tr("%1 - %2 - GoNoGo")
                       .arg(m_document->snapshot().meeting.launchName,
                            server ? tr("%1 on %2").arg(server->decision, server->host)
                                   : QDir::toNativeSeparators(QFileInfo(m_document->path()).fileName())));
}

void MainWindow::updateRiskActions()
{
    const Item *item = m_document && m_checklist ? m_document->item(m_checklist->currentItemId()) : nullptr;
    m_raiseRisk->setEnabled(item && (item->status == Status::Fail || item->status == Status::Partial));
}

void MainWindow::forgetViews()
{
    m_scoreboard = nullptr;
    m_reasons = nullptr;
    m_deskSplitter = nullptr;
    m_categoryPane = nullptr;
    m_categories = nullptr;
    m_checklist = nullptr;
    m_details = nullptr;
    m_tabs = nullptr;
    m_integrityBanner = nullptr;
    m_connectionBanner = nullptr;
    m_risks = nullptr;
    m_signoff = nullptr;
    m_meeting = nullptr;
    m_poll = nullptr;
    m_launch = nullptr;
    m_afterLaunch = nullptr;
    m_pageHosts.clear();
    m_roomClock = nullptr;
    m_roomTitle = nullptr;
    m_presenterLine = nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    closeDocument();
    event->accept();
}

} // namespace gonogo
