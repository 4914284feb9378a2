// MainWindow's view of the workspace, apart from what it shows: the first size on a screen, zoom, full screen and
// presentation mode. None of it touches the decision file.
#include "mainwindow.h"

#include "checklistfilter.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "itemdetailpanel.h"
#include "preferences.h"
#include "reasonlist.h"
#include "scoreboard.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <array>
#include <cmath>

namespace gonogo {

namespace {

// The zoom levels Ctrl+plus and Ctrl+minus step through, in percent.
constexpr std::array<int, 12> zoomLevels{50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};

// In the room the normal size is already capitals 1/36 of the screen's height; past one and a half times that a
// 1024x768 projector can no longer hold the banner beside the reasons.
constexpr int maxPresentationZoom = 150;

// Per screen: the laptop's own panel and the room's projector want different sizes; and the desk and the room
// are zoomed apart, so that making the room larger leaves the desk as it was.
QString zoomKey(const QScreen *screen, bool presenting)
{
    return QStringLiteral("ui/%1/%2")
        .arg(presenting ? QStringLiteral("presentationZoom") : QStringLiteral("zoom"),
             screen ? screen->name() : QStringLiteral("default"));
}

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

qreal MainWindow::presentationPointSize(const QScreen *screen, const QFont &base)
{
    // Body text whose capital letters are 1/36 of the screen's height: 30 px at 1080 lines, read from about 8 m on
    // a 2.4 m wide projection. Measured on the font itself, at 100 px, and scaled: cap height is linear in size.
    const int lines = screen ? screen->geometry().height() : 1080;
    const qreal dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    QFont probe = base;
    probe.setPixelSize(100);
    const qreal capPerPixel = QFontMetricsF(probe).capHeight() / 100.0;
    const qreal pixels = std::ceil(lines / 36.0 / capPerPixel);
    return pixels * 72.0 / dpi;
}

QVector<int> MainWindow::deskZoomLevels()
{
    return QVector<int>(zoomLevels.cbegin(), zoomLevels.cend());
}

QString MainWindow::deskZoomKey() const
{
    return zoomKey(screen(), false);
}

int MainWindow::zoom() const
{
    return m_presenting ? m_presentationZoom : m_zoom;
}

void MainWindow::stepZoom(int direction)
{
    const int now = zoom();
    int next = now;
    if (direction > 0) {
        const auto it = std::upper_bound(zoomLevels.cbegin(), zoomLevels.cend(), now);
        next = it == zoomLevels.cend() ? zoomLevels.back() : *it;
        if (m_presenting) {
            next = std::min(next, maxPresentationZoom);
        }
    } else {
        const auto it = std::lower_bound(zoomLevels.cbegin(), zoomLevels.cend(), now);
        next = it == zoomLevels.cbegin() ? zoomLevels.front() : *(it - 1);
    }
    setZoom(next);
}

void MainWindow::setZoom(int percent)
{
    percent = std::clamp(percent, zoomLevels.front(), m_presenting ? maxPresentationZoom : zoomLevels.back());
    int &current = m_presenting ? m_presentationZoom : m_zoom;
    const bool changed = percent != current;
    current = percent;
    if (changed) {
        rebuildViews();
        reportUnsaved(preferences::store({{zoomKey(screen(), m_presenting), percent}}));
        statusBar()->showMessage(tr("Zoom %1%").arg(percent), 3000);
    }
}

void MainWindow::applyFont()
{
    // Everything in the window takes its size from this font: text, rows, chips, the matrix and the banner are
    // laid out again from it, so they reflow rather than being cut.
    QFont f = QApplication::font();
    const qreal normal = m_presenting ? presentationPointSize(screen(), f) : f.pointSizeF();
    f.setPointSizeF(normal * zoom() / 100.0);
    setFont(f);
}

void MainWindow::loadZoom()
{
    const int desk = preferences::value(zoomKey(screen(), false), 100).toInt();
    const int room = preferences::value(zoomKey(screen(), true), 100).toInt();
    m_zoom = std::clamp(desk > 0 ? desk : 100, zoomLevels.front(), zoomLevels.back());
    m_presentationZoom = std::clamp(room > 0 ? room : 100, zoomLevels.front(), maxPresentationZoom);
    applyFont();
}

void MainWindow::rebuildViews()
{
    if (!m_document) {
        delete takeCentralWidget();
        applyFont();
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
    // The old views go before the new size is set: laid out once more at the new size, they could ask for a
    // window larger than the screen.
    delete takeCentralWidget();
    forgetViews();
    applyFont();
    showWorkspace();
    m_checklist->searchField()->setText(search);
    m_checklist->setCriticalOnly(criticalOnly);
    m_checklist->setNotPassOnly(notPassOnly);
    if (!item.isEmpty()) {
        m_checklist->selectItem(item);
    }
    m_tabs->setCurrentIndex(tab);
    updateTitle();
    keepOnScreen();
    // Some views settle their least size on their first resize (the scoreboard puts its scores under the banner
    // on a narrow window): look again once they have.
    QTimer::singleShot(0, this, &MainWindow::keepOnScreen);
}

void MainWindow::keepOnScreen()
{
    // While the old views gave way to the new ones the window may have been asked to grow; once the new ones
    // are in, it goes back within its screen.
    const QScreen *screen = this->screen();
    if (!screen) {
        return;
    }
    centralWidget()->updateGeometry();
    layout()->invalidate();
    layout()->activate();
    const QSize room =
        windowState() & Qt::WindowFullScreen ? screen->geometry().size() : screen->availableGeometry().size();
    if (width() > room.width() || height() > room.height()) {
        resize(size().boundedTo(room));
    }
}

void MainWindow::setFullScreen(bool on)
{
    if (on == bool(windowState() & Qt::WindowFullScreen)) {
        return;
    }
    if (on) {
        m_normalState = windowState() & ~Qt::WindowFullScreen;
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else {
        setWindowState(m_normalState);
    }
}

void MainWindow::setHighContrast(bool on)
{
    const QSignalBlocker block(m_highContrast);
    m_highContrast->setChecked(on);
    if (on == theme::highContrast()) {
        return;
    }
    theme::currentScheme() = on ? theme::Scheme::HighContrast : theme::Scheme::Standard;
    setPalette(theme::palette(m_desktopPalette));
    // The views read the scheme's colours as they are made and painted.
    rebuildViews();
    reportUnsaved(preferences::store(
        {{QStringLiteral("ui/theme"), on ? QStringLiteral("highContrast") : QStringLiteral("standard")}}));
}

int MainWindow::roomZoomOn(const QScreen *screen) const
{
    const int room = preferences::value(zoomKey(screen, true), 100).toInt();
    return std::clamp(room > 0 ? room : 100, zoomLevels.front(), maxPresentationZoom);
}

void MainWindow::setPresenting(bool on)
{
    if (!on && m_audience) {
        closeAudience();
        return;
    }
    if (on && m_document && !m_presenting && !m_audience) {
        if (QScreen *projector = projectorScreen()) {
            openAudience(projector);
            return;
        }
    }
    if (on == m_presenting || (on && !m_document)) {
        m_present->setChecked(m_presenting);
        return;
    }
    const QSignalBlocker block(m_present);
    m_present->setChecked(on);
    if (on) {
        m_wasFullScreen = windowState() & Qt::WindowFullScreen;
        setFullScreen(true);
    } else if (!m_wasFullScreen) {
        setFullScreen(false);
    }
    m_presenting = on;
    // No chrome in the room: the menus' keys stay, as the actions are the window's too (buildMenus).
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_fullScreen->setEnabled(!on);
    m_leave->setEnabled(on || m_fullScreen->isChecked());
    rebuildViews();
}

void MainWindow::fitScoreboard()
{
    if (!m_deskSplitter || m_scoreboardDragged) {
        return;
    }
    // Every reason where there is room for it: up to a third of the window; past that the list scrolls, and the
    // facilitator can drag the splitter.
    const int total = m_deskSplitter->height();
    const int limit = std::max(m_scoreboard->minimumSizeHint().height(), total / 3);
    const int wanted = std::max(m_scoreboard->minimumSizeHint().height(), m_reasons->contentHeight(limit));
    if (m_deskSplitter->sizes().value(0) != wanted) {
        const QSignalBlocker quiet(m_deskSplitter);
        m_deskSplitter->setSizes({wanted, std::max(0, total - wanted)});
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_deskSplitter && event->type() == QEvent::Resize) {
        fitScoreboard();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitPanes();
}

void MainWindow::fitPanes()
{
    // The categories are a way to jump, and the tree groups by category anyway: on a window too narrow for
    // three panes at this zoom (1024 pixels at 200 %) they give way to the checklist and the details.
    if (m_categoryPane) {
        const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
        m_categoryPane->setVisible(!m_presenting && width() >= unit * 110);
    }
}

QVector<KeyboardMap::Group> MainWindow::keyboardMapGroups() const
{
    QVector<KeyboardMap::Group> groups;
    auto plain = [](QString text) {
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QLatin1String("..."))) {
            text.chop(3);
        }
        return text;
    };
    // Every action with a key, from the menus as they are now (the Status menu's 1-4 come with the checklist).
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu) {
            continue;
        }
        KeyboardMap::Group group{plain(menu->title()), {}};
        for (QAction *a : menu->actions()) {
            QStringList keys;
            // The first two keys: a third is a platform's alternative nobody looks up (Alt+Shift+Backspace).
            for (const QKeySequence &k : a->shortcuts().mid(0, 2)) {
                keys << k.toString(QKeySequence::NativeText);
            }
            if (!keys.isEmpty()) {
                group.entries.append({keys.join(QLatin1Char('\n')), plain(a->text())}); // one key a line
            }
        }
        if (!group.entries.isEmpty()) {
            groups.append(group);
        }
    }
    // The keys that act inside the views themselves.
    groups.append({tr("In lists and tables"),
                   {{tr("Up, Down"), tr("Move through the list, the register or the sign-off table")},
                    {tr("Shift+Up, Shift+Down"), tr("Select several items, then 1-4 sets them all")},
                    {tr("Tab"), tr("Leave the list or table for the next field")},
                    {tr("Down, Enter"), tr("From the search box to the first item found")},
                    {tr("Enter"), tr("Sign for the selected person; filter the register by the matrix cell; go to "
                                     "the category")},
                    {tr("O, E"), tr("Type the owner or the evidence of the current item")},
                    {tr("Arrows"), tr("Move between the matrix cells")},
                    {tr("Esc"), tr("Leave presentation mode or full screen; show every risk again")}}});
    groups.append({tr("In the roll-call poll"),
                   {{tr("G"), tr("The person called answers GO")},
                    {tr("D"), tr("The person called answers GO WITH DISSENT")},
                    {tr("N"), tr("The person called answers NO-GO")},
                    {tr("C, then Enter"), tr("Type the comment that goes with the next answer")},
                    {tr("Up, Down"), tr("Call someone else")},
                    {tr("Ctrl+Enter"), tr("Save the rationale")}}});
    groups.append({tr("In the launch runbook"),
                   {{tr("S"), tr("Start the launch (from a signed GO or GO WITH CAUTION)")},
                    {tr("D"), tr("The selected step is done")},
                    {tr("F"), tr("The selected step failed: say what was seen")},
                    {tr("G"), tr("Go live: record the traffic cutover")},
                    {tr("R"), tr("Abort or roll back on a trigger, with the reason")},
                    {tr("E"), tr("Change the selected step's plan, before the launch starts")}}});
    groups.append({tr("In monitoring and reviews"),
                   {{tr("A"), tr("Add a reading by hand")},
                    {tr("I"), tr("Import readings from a monitoring export (CSV or JSON)")},
                    {tr("T"), tr("Change the selected metric's threshold")},
                    {tr("W"), tr("Record the review that is due (and declare STABLE from T+48h)")},
                    {tr("C, Y"), tr("Close or carry the selected condition")},
                    {tr("N"), tr("Sign the STABLE declaration")}}});
    return groups;
}

void MainWindow::showKeyboardMap()
{
    if (m_keyboardMap) {
        m_keyboardMap->raise();
        return;
    }
    m_keyboardMap = new KeyboardMap(keyboardMapGroups(), this);
    m_keyboardMap->setAttribute(Qt::WA_DeleteOnClose);
    m_keyboardMap->open();
}

QLabel *MainWindow::makeBanner(QWidget *page, const QString &name, const QString &background)
{
    // A strip of bold white words across the workspace, hidden until there is something to say.
    auto *banner = new QLabel(page);
    banner->setObjectName(name);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setStyleSheet(QStringLiteral("QLabel#%1 { background: %2; color: white; font-weight: bold; padding: 8px "
                                         "12px; border-radius: 3px; }")
                              .arg(name, background));
    banner->hide();
    return banner;
}

} // namespace gonogo
