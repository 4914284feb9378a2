// AudienceWindow: the room's view on a screen of its own (the projector) while the laptop keeps the presenter
// console. It shows the same document as the console, so every change shows here as soon as it is written, and
// it follows the console: the view shown, the checklist's filters and current item, the person the poll calls.
// It takes no keys and no focus (the facilitator drives from the console) and never shows the console's private
// notes.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
#include <QScreen>
class QStackedWidget;

namespace gonogo {

class ChecklistPanel;
class ClockStrip;
class DecisionDocument;
class MeetingPanel;
class PollPanel;
class LaunchPanel;
class AfterLaunchPanel;
class ReasonList;
class RiskPanel;
class Scoreboard;
class SignoffPanel;

class AudienceWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceWindow)

public:
    explicit AudienceWindow(DecisionDocument *document, QWidget *parent = nullptr);

    // Full screen on SCREEN, its type made for that screen at ZOOM percent of the room's size; the views are
    // made again for it.
    void showOn(QScreen *screen, int zoom);
    QScreen *targetScreen() const { return m_screen; }

    // The console's view: 0 checklist, 1 risks, 2 sign-off, 3 agenda, 4 poll; TITLE is its name in the room.
    void showView(int index, const QString &title);
    int currentView() const;
    void followChecklist(bool criticalOnly, bool notPassOnly, const QString &search, const QString &itemId);
    void callPollRow(int row);

    ChecklistPanel *checklist() const { return m_checklist; }
    MeetingPanel *meeting() const { return m_meeting; }
    PollPanel *poll() const { return m_poll; }
    Scoreboard *scoreboard() const { return m_scoreboard; }
    QLabel *viewTitle() const { return m_title; }

signals:
    // The window system gave the room's window the keyboard after all (not every one honours "no focus").
    void activated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();

    DecisionDocument *m_document;
    QPointer<QScreen> m_screen;
    QWidget *m_page = nullptr;
    Scoreboard *m_scoreboard = nullptr;
    QLabel *m_title = nullptr;
    QStackedWidget *m_views = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    RiskPanel *m_risks = nullptr;
    SignoffPanel *m_signoff = nullptr;
    MeetingPanel *m_meeting = nullptr;
    PollPanel *m_poll = nullptr;
    LaunchPanel *m_launch = nullptr;
    AfterLaunchPanel *m_afterLaunch = nullptr;
    ReasonList *m_reasons = nullptr;
    ClockStrip *m_clock = nullptr;
    int m_view = 0;
    int m_zoom = 100;
    QString m_viewTitle;
};

} // namespace gonogo
