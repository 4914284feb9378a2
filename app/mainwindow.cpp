#include "mainwindow.h"
#include "focusringstyle.h"
#include "theme.h"

#include "quietupdates.h"

#include "categoryprogress.h"
#include "checklistfilter.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "itemdetailpanel.h"
#include "preferences.h"
#include "report/recordreport.h"
#include "riskpanel.h"
#include "scoreboard.h"
#include "signoffpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace gonogo {

namespace {
constexpr int maxRecentFiles = 8;

const QString recentKey = QStringLiteral("files/recent");
} // namespace

QSize MainWindow::initialSize(const QSize &available)
{
    // 1280x800 where the screen has room around it; the whole available area on a smaller screen (1280x720,
    // 1024x768), never off its edge.
    const QSize preferred(1280, 800);
    if (preferred.width() > available.width() * 0.95 || preferred.height() > available.height() * 0.95) {
        return available;
    }
    return preferred;
}

void MainWindow::placeOnScreen()
{
    loadZoom();
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = initialSize(available.size());
    resize(size);
    if (size == available.size()) {
        move(available.topLeft());
        setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        move(available.center() - rect().center());
    }
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undoGroup(new QUndoGroup(this))
{
    resize(1280, 800);
    // Secondary text readable from the back of the room: the style's grey is too faint.
    QPalette readable = palette();
    readable.setColor(QPalette::PlaceholderText, theme::secondaryText());
    // The selected row keeps its full colour when the list loses focus to the detail panel: the row that keys
    // 1-4 change must be unmistakable, not a pale tint.
    for (QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText}) {
        readable.setColor(QPalette::Inactive, role, readable.color(QPalette::Active, role));
    }
    setPalette(readable);
    m_ringStyle = new FocusRingStyle(QStyleFactory::create(QApplication::style()->name()));
    m_ringStyle->setParent(this);
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
}

MainWindow::~MainWindow()
{
    closeDocument();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New from P020 Template..."), QKeySequence::New, this, &MainWindow::newFromP020);
    file->addAction(tr("New from C&hecklist File..."), this, &MainWindow::newFromChecklist);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseFile);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_closeAction = file->addAction(tr("&Close"), QKeySequence::Close, this, [this] {
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
    auto *sizes = new QActionGroup(this);
    const QString current = preferences::value(QStringLiteral("report/pageSize"), QStringLiteral("A4")).toString();
    for (const auto &[key, label] :
         {std::pair{QStringLiteral("A4"), tr("A4")}, std::pair{QStringLiteral("Letter"), tr("US Letter")}}) {
        QAction *a = pageSize->addAction(label);
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
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
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
        }
    });
    m_showChecklist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showRisks = view->addAction(tr("&Risks"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(1);
        }
    });
    m_showRisks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showSignoff = view->addAction(tr("&Sign-off"), this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentIndex(2);
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
    view->addSeparator();
    m_fullScreen = view->addAction(tr("&Full Screen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    // Esc leaves full screen too, as everywhere else; the key is taken only while the window is full screen, so
    // Esc keeps its other uses (clearing the matrix filter) the rest of the time.
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    leave->setEnabled(false);
    connect(leave, &QShortcut::activated, m_fullScreen, [this] { m_fullScreen->setChecked(false); });
    connect(m_fullScreen, &QAction::toggled, this, [this, leave](bool on) {
        leave->setEnabled(on);
        if (on) {
            m_normalState = windowState() & ~Qt::WindowFullScreen;
            setWindowState(windowState() | Qt::WindowFullScreen);
        } else {
            setWindowState(m_normalState);
        }
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
}

namespace {

// The zoom levels Ctrl+plus and Ctrl+minus step through, in percent.
constexpr std::array<int, 12> zoomLevels{50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};

QString zoomKey(const QScreen *screen)
{
    // Per screen: the laptop's own panel and the room's projector want different sizes.
    return QStringLiteral("ui/zoom/%1").arg(screen ? screen->name() : QStringLiteral("default"));
}

} // namespace

int MainWindow::zoom() const
{
    return m_zoom;
}

void MainWindow::stepZoom(int direction)
{
    int next = m_zoom;
    if (direction > 0) {
        const auto it = std::upper_bound(zoomLevels.cbegin(), zoomLevels.cend(), m_zoom);
        next = it == zoomLevels.cend() ? zoomLevels.back() : *it;
    } else {
        const auto it = std::lower_bound(zoomLevels.cbegin(), zoomLevels.cend(), m_zoom);
        next = it == zoomLevels.cbegin() ? zoomLevels.front() : *(it - 1);
    }
    setZoom(next);
}

void MainWindow::setZoom(int percent)
{
    percent = std::clamp(percent, zoomLevels.front(), zoomLevels.back());
    const bool changed = percent != m_zoom;
    m_zoom = percent;
    // Everything in the window takes its size from this font: text, rows, chips, the matrix and the banner are
    // laid out again from it, so they reflow rather than being cut.
    QFont f = QApplication::font();
    f.setPointSizeF(QApplication::font().pointSizeF() * percent / 100.0);
    setFont(f);
    if (changed) {
        rebuildViews();
        reportUnsaved(preferences::store({{zoomKey(screen()), percent}}));
        statusBar()->showMessage(tr("Zoom %1%").arg(percent), 3000);
    }
}

void MainWindow::loadZoom()
{
    const int stored = preferences::value(zoomKey(screen()), 100).toInt();
    m_zoom = -1; // apply even when it is 100
    setZoom(stored > 0 ? stored : 100);
}

void MainWindow::rebuildViews()
{
    if (!m_document) {
        delete takeCentralWidget();
        showWelcome();
        return;
    }
    // Widgets size their fonts when they are made: make them again, keeping what the facilitator was looking at.
    if (m_details) {
        m_details->commitPending();
    }
    const int tab = m_tabs ? m_tabs->currentIndex() : 0;
    const QString item = m_checklist ? m_checklist->currentItemId() : QString();
    const QString search = m_checklist ? m_checklist->searchField()->text() : QString();
    const bool criticalOnly = m_checklist && m_checklist->filter()->criticalOnly();
    const bool notPassOnly = m_checklist && m_checklist->filter()->notPassOnly();
    disconnect(m_document.get(), nullptr, this, nullptr);
    delete takeCentralWidget();
    showWorkspace();
    m_checklist->searchField()->setText(search);
    m_checklist->setCriticalOnly(criticalOnly);
    m_checklist->setNotPassOnly(notPassOnly);
    if (!item.isEmpty()) {
        m_checklist->selectItem(item);
    }
    m_tabs->setCurrentIndex(tab);
    updateTitle();
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
    auto *text = new QLabel(tr("Open a decision file, or start a new one from the P020 readiness template."), page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *open = new QPushButton(tr("Open Decision File..."), page);
    auto *create = new QPushButton(tr("New from P020 Template..."), page);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseFile);
    connect(create, &QPushButton::clicked, this, &MainWindow::newFromP020);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setCentralWidget(page);
    m_scoreboard = nullptr;
    m_categories = nullptr;
    m_checklist = nullptr;
    m_details = nullptr;
    m_statusMenu->clear();
    m_statusMenu->setEnabled(false);
    for (QAction *a :
         {m_closeAction, m_criticalOnly, m_notPassOnly, m_clearFilters, m_find, m_addRisk, m_raiseRisk, m_matrixLevels,
          m_showChecklist, m_showRisks, m_showSignoff, m_export, m_exportChecklist, m_print, m_preview, m_saveAs}) {
        a->setEnabled(false);
    }
    m_tabs = nullptr;
    m_integrityBanner = nullptr;
    m_risks = nullptr;
    m_signoff = nullptr;
    statusBar()->showMessage(tr("No decision file is open."));
}

void MainWindow::showWorkspace()
{
    DecisionDocument *doc = m_document.get();
    auto *page = new QWidget(this);
    m_scoreboard = new Scoreboard(doc, page);
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
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    splitter->setSizes({unit * 22, width() - unit * 56, unit * 34});
    auto *checklistLayout = new QVBoxLayout(checklistPage);
    checklistLayout->setContentsMargins(0, 8, 0, 0);
    checklistLayout->addWidget(splitter);

    m_risks = new RiskPanel(doc, page);
    m_tabs = new QTabWidget(page);
    new TabLayoutGuard(m_tabs); // a key press repaints what it changed, not every tab page
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(checklistPage, QString());
    m_tabs->addTab(m_risks, QString());
    m_signoff = new SignoffPanel(doc, page);
    m_tabs->addTab(m_signoff, QString());
    updateTabTitles();

    // A file that fails verification says so above everything else, in words, until it is fixed.
    m_integrityBanner = new QLabel(page);
    m_integrityBanner->setObjectName(QStringLiteral("integrityBanner"));
    m_integrityBanner->setWordWrap(true);
    m_integrityBanner->setTextFormat(Qt::PlainText);
    m_integrityBanner->setStyleSheet(QStringLiteral("QLabel#integrityBanner { background: #b71c1c; color: white; "
                                                    "font-weight: bold; padding: 8px 12px; border-radius: 3px; }"));
    m_integrityBanner->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(m_integrityBanner);
    layout->addWidget(m_scoreboard);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(page);
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        view->setStyle(m_ringStyle);
    }

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
    connect(m_categories, &CategoryProgress::categoryActivated, m_checklist, &ChecklistPanel::showCategory);
    connect(m_scoreboard, &Scoreboard::reasonActivated, this, [this](const QString &subject) {
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

    m_statusMenu->clear();
    m_statusMenu->addActions(m_checklist->statusActions());
    m_statusMenu->setEnabled(true);
    for (QAction *a :
         {m_closeAction, m_criticalOnly, m_notPassOnly, m_clearFilters, m_find, m_addRisk, m_matrixLevels,
          m_showChecklist, m_showRisks, m_showSignoff, m_export, m_exportChecklist, m_print, m_preview, m_saveAs}) {
        a->setEnabled(true);
    }
    const QSignalBlocker a(m_criticalOnly);
    const QSignalBlocker b(m_notPassOnly);
    m_criticalOnly->setChecked(false);
    m_notPassOnly->setChecked(false);
    statusBar()->showMessage(QDir::toNativeSeparators(doc->path()));
    checkIntegrity();
    if (!doc->snapshot().items.isEmpty()) {
        m_checklist->selectItem(doc->snapshot().items.first().id);
    }
    m_checklist->tree()->setFocus();
}

void MainWindow::closeDocument()
{
    if (!m_document) {
        return;
    }
    if (m_details) {
        m_details->commitPending();
    }
    m_undoGroup->removeStack(m_document->undoStack());
    // The widgets refer to the document: remove them before it goes.
    delete takeCentralWidget();
    m_scoreboard = nullptr;
    m_categories = nullptr;
    m_checklist = nullptr;
    m_details = nullptr;
    m_tabs = nullptr;
    m_integrityBanner = nullptr;
    m_risks = nullptr;
    m_signoff = nullptr;
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
    setWindowTitle(tr("%1 - %2 - GoNoGo")
                       .arg(m_document->snapshot().meeting.launchName,
                            QDir::toNativeSeparators(QFileInfo(m_document->path()).fileName())));
}

void MainWindow::updateRiskActions()
{
    const Item *item = m_document && m_checklist ? m_document->item(m_checklist->currentItemId()) : nullptr;
    m_raiseRisk->setEnabled(item && (item->status == Status::Fail || item->status == Status::Partial));
}

void MainWindow::updateTabTitles()
{
    if (!m_tabs) {
        return;
    }
    const Assessment &a = m_document->assessment();
    const RecordProgress progress = m_document->progress();
    const int people = static_cast<int>(m_document->snapshot().stakeholders.size());
    const QStringList titles{
        tr("Checklist (%1 of %2 PASS)").arg(a.items.pass).arg(a.items.total),
        tr("Risks (%1 open)").arg(a.openRed + a.openYellow + a.openGreen),
        progress.status == RecordStatus::Final
            ? tr("Sign-off (FINAL)")
            : tr("Sign-off (DRAFT, %1 of %2 signed)").arg(people - progress.missing.size()).arg(people)};
    for (int i = 0; i < titles.size(); ++i) {
        // Through the tab bar, and only when the words change: QTabWidget::setTabText lays out and repaints the
        // whole tab widget, every row of the checklist included, and the counts change with every key.
        if (m_tabs->tabText(i) != titles.at(i)) {
            m_tabs->tabBar()->setTabText(i, titles.at(i));
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    closeDocument();
    event->accept();
}

} // namespace gonogo
