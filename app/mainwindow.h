// MainWindow: composes the workspace (scoreboard, category progress, checklist, item details) around one open
// DecisionDocument and routes menu actions; holds no business logic. It owns the document, and so the file's
// lock, for as long as the file is shown.
#pragma once

#include "audiencewindow.h"
#include "changes.h"
#include "keyboardmap.h"
#include "meetingclock.h"
#include "preferencesdialog.h"
#include "result.h"

#include <QMainWindow>
#include <QPageSize>
#include <QPalette>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QStyle;
class QLabel;
class QMenu;
class QShortcut;
class QSplitter;
class QScreen;
class QScrollArea;
class QTabWidget;
class QUndoGroup;

namespace gonogo {

class CategoryProgress;
class ChecklistPanel;
class DecisionDocument;
class WorkspaceStyle;
struct ReportInput;
class ItemDetailPanel;
class AudienceWindow;
class ClockStrip;
class PresenterNotes;
class MeetingPanel;
class PollPanel;
class LaunchPanel;
class AfterLaunchPanel;
class ReasonList;
class RiskPanel;
class Scoreboard;
class SignoffPanel;
class UserGuide;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The window's first size on a screen whose free area is AVAILABLE.
    static QSize initialSize(const QSize &available);
    // Sizes and places the window for the screen it opens on (maximised on a small one), before it is shown.
    void placeOnScreen();
    // Zoom in percent of the normal size (Ctrl+plus, Ctrl+minus, Ctrl+0), remembered per screen; in presentation
    // mode, in percent of the presentation size, remembered apart.
    int zoom() const;
    void setZoom(int percent);
    void stepZoom(int direction);
    // Presentation mode (F5; Esc leaves): full screen without menus or status bar, the decision and the
    // recommendation across the top, the current view and every reason below, all in large type; same keys.
    // With a second screen the room's view is a window of its own there (audience()), and this window stays the
    // presenter console; with one screen this window is laid out for the room.
    bool isPresenting() const { return m_presenting || m_audience; }
    AudienceWindow *audience() const { return m_audience; }
    QAction *secondScreenAction() const { return m_useProjector; }
    // The high-contrast scheme (View > High Contrast), remembered.
    void setHighContrast(bool on);
    QAction *highContrastAction() const { return m_highContrast; }
    void setPresenting(bool on);
    // Body text's point size in presentation mode at 100 % on SCREEN: capital letters 1/36 of its height.
    static qreal presentationPointSize(const QScreen *screen, const QFont &base);

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path, or shows the reason it was refused and keeps the current file. Returns true on success.
    bool openFile(const QString &path);
    // Creates path from a built-in template name or a checklist file, then opens it.
    bool createFile(const QString &path, const QString &templateSource, const QString &launchName);

    DecisionDocument *document() const { return m_document.get(); }
    ChecklistPanel *checklist() const { return m_checklist; }
    ItemDetailPanel *details() const { return m_details; }
    Scoreboard *scoreboard() const { return m_scoreboard; }
    ReasonList *reasons() const { return m_reasons; } // at the desk inside the scoreboard, in the room beside the tabs
    CategoryProgress *categories() const { return m_categories; }
    RiskPanel *risks() const { return m_risks; }
    // The pages behind the sign-off, agenda, poll, launch and after-launch tabs are built when first needed (their
    // tab chosen, or asked for here), not when a decision opens: nobody sees them at start-up.
    SignoffPanel *signoff() const { return built(m_signoff); }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *integrityBanner() const { return m_integrityBanner; }
    QAction *raiseRiskAction() const { return m_raiseRisk; }
    QAction *exportAction() const { return m_export; }
    QAction *exportChecklistAction() const { return m_exportChecklist; }
    QAction *fullScreenAction() const { return m_fullScreen; }
    QAction *presentAction() const { return m_present; }
    // Help > Keyboard Shortcuts (? or F1): every key of the window, made from its menus, in the window's type.
    void showKeyboardMap();
    KeyboardMap *keyboardMap() const { return m_keyboardMap; }
    QVector<KeyboardMap::Group> keyboardMapGroups() const;
    QAction *printPreviewAction() const { return m_preview; }
    // The meeting (meetingactions.cpp): the agenda and its clock, and the roll-call poll.
    MeetingPanel *meeting() const { return built(m_meeting); }
    PollPanel *poll() const { return built(m_poll); }
    LaunchPanel *launch() const { return built(m_launch); }
    AfterLaunchPanel *afterLaunch() const { return built(m_afterLaunch); }
    QAction *clockStartPauseAction() const { return m_clockStartPause; }
    QAction *clockNextAction() const { return m_clockNext; }
    QAction *clockPreviousAction() const { return m_clockPrevious; }
    QAction *clockFinishAction() const { return m_clockFinish; }
    ClockStrip *roomClock() const { return m_roomClock; }
    ClockStrip *deskClock() const { return m_deskClock; }
    QLabel *roomViewTitle() const { return m_roomTitle; }
    QLabel *presenterLine() const { return m_presenterLine; }
    // Edit > Preferences (preferenceactions.cpp): the dialog, and what the window does with the choices made.
    void showPreferences();
    static QVector<int> deskZoomLevels();
    QString deskZoomKey() const; // the desk's zoom on the window's screen, in the preferences
    PreferenceChoices preferenceChoices() const;
    // Stores CHOICES (every key or none, checked) and applies them at once: the language (the window is laid
    // out again in it), the name in the audit log, the record's paper, the template, the zoom and the colours.
    Outcome applyPreferences(const PreferenceChoices &choices);
    QString actorName() const; // for the audit log: the name in Preferences, else the login name
    QAction *preferencesAction() const { return m_preferences; }
    QAction *userGuideAction() const { return m_userGuide; }
    QAction *aboutAction() const { return m_about; }
    // Help > User Guide and Help > About (helpactions.cpp).
    void showUserGuide();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void retranslate(); // menus and views made again in the language just installed
    void showWelcome();
    void showWorkspace();
    void closeDocument();
    void forgetViews(); // the pointers to the workspace's views, once its central widget is gone
    void chooseFile();
    void chooseFromServer();          // team mode: File > Open from Server
    void showConnection(bool online); // teamactions.cpp, with the two below
    void installPasswordPrompt();
    void followTeam(DecisionDocument *doc);
    // The integrity and connection banners (mainwindowview.cpp).
    QLabel *makeBanner(QWidget *page, const QString &name, const QString &background);
    void newDecision();
    QString newDecisionTemplate() const; // "p020" or a checklist file's path, from Preferences
    void newFromChecklist();
    void fillRecentMenu();
    void remember(const QString &path);
    void reportUnsaved(const Outcome &stored);
    void updateTitle();
    void updateRiskActions();
    void updateTabTitles();
    void exportRecord();
    void exportChecklist();
    void loadZoom();
    void applyFont();
    void setFullScreen(bool on);
    void keepOnScreen();  // never larger than the screen after the views are made again
    void fitPanes();      // the category pane only where there is room for three panes
    void fitScoreboard(); // at the desk: tall enough for every reason, up to a third of the window
    void rebuildViews();
    void buildMeetingMenu();
    void addPageHosts(QWidget *page); // the tabs the pages below go in, empty until one of them is chosen
    void buildPages(); // the sign-off, agenda, poll, launch and after-launch pages, into their tabs, once
    // PAGE, once the pages are built (asking for one builds them all).
    template <typename Page> Page *built(Page *const &page) const
    {
        const_cast<MainWindow *>(this)->buildPages();
        return page;
    }
    // PAGE in a scroll area: at a large zoom, in the room, or on a small screen, a page whose least size is larger
    // than the window scrolls rather than making the window larger than the screen.
    static QScrollArea *scrolledPage(QWidget *page);
    void makeMeetingViews(QWidget *page); // the agenda and poll panels, for the tabs
    QScreen *projectorScreen() const;     // a screen other than this window's, or null
    void openAudience(QScreen *projector);
    void closeAudience();
    void keepKeyboard();    // the console keeps the keyboard when the room's window opens or moves
    void connectAudience(); // the room's view follows the console's
    void screensChanged();
    int roomZoomOn(const QScreen *screen) const;
    void followAgenda(); // a step that starts takes the workspace to what it shows
    void showAgendaView(const AgendaStep &step);
    void editItemText(const QString &id, ItemField field);
    void moveClock(ClockAction action);
    void updatePresenterLine();
    void saveAs();         // a consistent copy under a new name, then opened in its place
    void checkIntegrity(); // shows or hides the red banner: the open file fails or passes verification
    // checkIntegrity now if the window shows; else after its first paint (at start-up: the window paints first,
    // nothing can be changed before the check, which DecisionDocument makes sure of).
    void checkIntegritySoon();
    // RUN now if the window shows; else once it has painted for the first time (recordactions.cpp): work the room
    // need not wait for at start-up.
    void whenShown(std::function<void()> run);
    bool confirmUnverified(const ReportInput &input); // false: the user chose not to print an unverified record
    void printRecord(bool preview);
    QPageSize reportPageSize() const;

    std::unique_ptr<DecisionDocument> m_document;
    QLabel *m_integrityBanner = nullptr;
    QLabel *m_connectionBanner = nullptr; // a decision on a server whose connection was lost
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_statusMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_criticalOnly = nullptr;
    QAction *m_notPassOnly = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_find = nullptr;
    QAction *m_raiseRisk = nullptr;
    QAction *m_addRisk = nullptr;
    QAction *m_matrixLevels = nullptr;
    QAction *m_showChecklist = nullptr;
    QAction *m_showRisks = nullptr;
    QMenu *m_riskMenu = nullptr;
    QTabWidget *m_tabs = nullptr;
    RiskPanel *m_risks = nullptr;
    SignoffPanel *m_signoff = nullptr;
    QAction *m_showSignoff = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportChecklist = nullptr;
    int m_zoom = 100;
    int m_presentationZoom = 100;
    bool m_presenting = false;
    bool m_wasFullScreen = false;     // full screen before presentation mode, and so after it
    bool m_scoreboardDragged = false; // the facilitator sized the reasons by hand: keep their size
    QAction *m_present = nullptr;
    QAction *m_highContrast = nullptr;
    QPointer<KeyboardMap> m_keyboardMap;
    QPalette m_desktopPalette;    // the desktop's, which the schemes are made from
    QShortcut *m_leave = nullptr; // Esc, while presenting or full screen
    QSplitter *m_deskSplitter = nullptr;
    ReasonList *m_reasons = nullptr;
    QWidget *m_categoryPane = nullptr;
    WorkspaceStyle *m_workspaceStyle =
        nullptr; // the workspace's lists, scroll bars, tabs and buttons (workspacestyle.h)
    QAction *m_fullScreen = nullptr;
    Qt::WindowStates m_normalState = Qt::WindowNoState; // to go back to from full screen (maximised or not)
    QAction *m_saveAs = nullptr;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    Scoreboard *m_scoreboard = nullptr;
    CategoryProgress *m_categories = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    ItemDetailPanel *m_details = nullptr;
    MeetingPanel *m_meeting = nullptr;
    PollPanel *m_poll = nullptr;
    LaunchPanel *m_launch = nullptr;
    QAction *m_showLaunch = nullptr;
    AfterLaunchPanel *m_afterLaunch = nullptr;
    QVector<QWidget *> m_pageHosts; // the tabs' pages that buildPages fills: sign-off, agenda, poll, launch, after
    QAction *m_showAfterLaunch = nullptr;
    ClockStrip *m_roomClock = nullptr;
    QLabel *m_roomTitle = nullptr;     // in the room, the name of the view shown, in place of the tab bar
    QLabel *m_presenterLine = nullptr; // one screen: what comes next, small, for the facilitator
    ClockStrip *m_deskClock = nullptr; // in the status bar, for as long as the window lives
    QMenu *m_meetingMenu = nullptr;
    QAction *m_clockStartPause = nullptr;
    QAction *m_clockNext = nullptr;
    QAction *m_clockPrevious = nullptr;
    QAction *m_clockFinish = nullptr;
    QAction *m_showMeeting = nullptr;
    QAction *m_showPoll = nullptr;
    int m_followedStep = 0;
    QPointer<AudienceWindow> m_audience;
    std::unique_ptr<PresenterNotes> m_notes; // the facilitator's, on this computer
    QVector<QAction *> m_pageSizes;          // File > Page Size
    QAction *m_preferences = nullptr;
    QAction *m_userGuide = nullptr;
    QAction *m_about = nullptr;
    QPointer<UserGuide> m_userGuideWindow;
    QObject *m_menuScope = nullptr; // owns what the menus made outside them (undo actions, groups), to remake them
    bool m_retranslatePending = false;
    QAction *m_useProjector = nullptr; // presentation mode uses a second screen when there is one // the agenda step
                                       // whose view the workspace was last taken to
};

} // namespace gonogo
