// The meeting on two screens: the room's view full screen on the projector while the laptop keeps the presenter
// console, a projector pulled out and plugged in mid-meeting, private notes that stay on the laptop, and a whole
// meeting driven by keys alone from the console, checked in the file and in the printed record. The screens are
// the offscreen platform's, changed at run time through its configuration.
#include "audiencewindow.h"
#include "checklistfilter.h"
#include "checklistmodel.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "mainwindow.h"
#include "meetingpanel.h"
#include "pollpanel.h"
#include "record.h"
#include "riskdialog.h"
#include "riskpanel.h"
#include "signoffdialogs.h"
#include "signoffpanel.h"
#include "testsupport.h"
#include "translations.h"
#include "widgetsupport.h"

#include <qpa/qplatformnativeinterface.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

using namespace gonogo;
using namespace testsupport;

namespace {

QJsonObject screenJson(const QString &name, int x, int width, int height)
{
    return QJsonObject{
        {QStringLiteral("name"), name},         {QStringLiteral("x"), x},           {QStringLiteral("y"), 0},
        {QStringLiteral("width"), width},       {QStringLiteral("height"), height}, {QStringLiteral("logicalDpi"), 96},
        {QStringLiteral("logicalBaseDpi"), 96}, {QStringLiteral("dpr"), 1}};
}

// The offscreen platform's screens, as if a cable were plugged in or pulled out.
void setScreens(const QJsonArray &screens)
{
    QPlatformNativeInterface *native = QGuiApplication::platformNativeInterface();
    using Get = QJsonObject (*)(QPlatformNativeInterface *);
    using Set = void (*)(const QJsonObject &, QPlatformNativeInterface *);
    auto get = reinterpret_cast<Get>(native->nativeResourceForIntegration("configuration"));
    auto set = reinterpret_cast<Set>(native->nativeResourceForIntegration("setConfiguration"));
    QVERIFY(get && set);
    QJsonObject config = get(native);
    config.insert(QStringLiteral("screens"), screens);
    set(config, native);
}

const QJsonObject laptop = screenJson(QStringLiteral("laptop"), 0, 1920, 1080);
const QJsonObject projector = screenJson(QStringLiteral("projector"), 1920, 1920, 1080);

QScreen *screenNamed(const QString &name)
{
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == name) {
            return s;
        }
    }
    return nullptr;
}

} // namespace

class TestAudience : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void audienceGoesToTheSecondScreen();
    void audienceMirrorsTheConsole();
    void screensComeAndGo();
    void privateNotesStayOnTheLaptop();
    void wholeMeetingByKeys();
    void noKeyDoesTwoThings();

private:
    // One command: a key (with its modifiers) to whatever has the keyboard, as a person would press it.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text); // typed text, not counted as commands
    QWidget *keyboard();            // the widget a key goes to
    void startPresenting();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_commands = 0;
};

void TestAudience::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestAudience::init()
{
    setScreens({laptop, projector});
    QCOMPARE(QGuiApplication::screens().size(), 2);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("launch.gonogo"));
    CreateOptions options;
    options.launchName = QStringLiteral("Checkout v2");
    options.timeZone = QStringLiteral("UTC");
    QVERIFY(DecisionFile::create(m_path, TemplateImport::builtIn(QStringLiteral("p020")).value(), options));
    {
        // The preparation days: everything passed but twelve critical items, and one risk on the register.
        auto doc = DecisionDocument::open(m_path, QStringLiteral("Ana"));
        QVERIFY(doc);
        QStringList passed;
        int heldBack = 0;
        for (const Item &item : doc.value()->snapshot().items) {
            if (item.critical && heldBack < 12) {
                ++heldBack;
                continue;
            }
            passed << item.id;
        }
        QVERIFY(doc.value()->setStatus(passed, Status::Pass));
        RiskDraft risk;
        risk.title = QStringLiteral("Payment provider limits at peak");
        risk.likelihood = Likelihood::Medium;
        risk.impact = Impact::High;
        risk.owner = QStringLiteral("Ops Lead");
        QVERIFY(doc.value()->addRisk(risk));
        const QStringList names{QStringLiteral("Dana Okafor"), QStringLiteral("Lee Chen"), QStringLiteral("Sam Ruiz"),
                                QStringLiteral("Ira Novak"), QStringLiteral("Kim Mbeki")};
        const QVector<Stakeholder> people = doc.value()->snapshot().stakeholders;
        for (int i = 0; i < people.size(); ++i) {
            Stakeholder named = people.at(i);
            named.name = names.value(i);
            QVERIFY(doc.value()->updateStakeholder(named));
        }
    }
    m_window = std::make_unique<MainWindow>();
    QScreen *desk = screenNamed(QStringLiteral("laptop"));
    QVERIFY(desk);
    m_window->setScreen(desk);
    m_window->move(desk->geometry().topLeft());
    m_window->resize(desk->availableGeometry().size());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    m_window->activateWindow();
    QCoreApplication::processEvents();
    m_commands = 0;
}

void TestAudience::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

QWidget *TestAudience::keyboard()
{
    // What a desktop's window manager does and the offscreen platform does not: the open dialog has the
    // keyboard, and when it closes the console has it again. Never the room's window.
    QWidget *modal = QApplication::activeModalWidget();
    QWidget *window = modal ? modal : m_window.get();
    if (QApplication::activeWindow() != window) {
        QApplication::setActiveWindow(window);
    }
    QWidget *focus = window->focusWidget();
    return focus ? focus : window;
}

void TestAudience::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(keyboard(), key, modifiers);
    ++m_commands;
    QCoreApplication::processEvents();
}

void TestAudience::type(const QString &text)
{
    QTest::keyClicks(keyboard(), text);
}

void TestAudience::startPresenting()
{
    press(Qt::Key_F5);
    QVERIFY(m_window->audience());
    QVERIFY(QTest::qWaitForWindowExposed(m_window->audience()));
}

void TestAudience::audienceGoesToTheSecondScreen()
{
    startPresenting();
    AudienceWindow *room = m_window->audience();
    QVERIFY(room->isVisible());
    QVERIFY(room->windowState() & Qt::WindowFullScreen);
    QCOMPARE(room->windowHandle()->screen()->name(), QStringLiteral("projector"));
    QCOMPARE(room->geometry(), screenNamed(QStringLiteral("projector"))->geometry());
    // The laptop keeps the console: menus, the status bar, its own screen, the keyboard.
    QCOMPARE(m_window->screen()->name(), QStringLiteral("laptop"));
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->isPresenting());
    QVERIFY(!room->isAncestorOf(QApplication::focusWidget()));
    // Type sized for the projector: capitals 1/36 of its 1080 lines, as in one-screen presentation mode.
    QFont probe = room->checklist()->tree()->font();
    QVERIFY2(QFontMetrics(probe).capHeight() >= 29, qPrintable(QString::number(QFontMetrics(probe).capHeight())));
    QVERIFY(room->grab().save(QStringLiteral("audience-1920x1080.png")));
    QVERIFY(m_window->grab().save(QStringLiteral("presenter-console-1920x1080.png")));
    // F5 again ends it; the console stays as it was.
    press(Qt::Key_F5);
    QVERIFY(!m_window->audience());
    QVERIFY(!m_window->isPresenting());
    QVERIFY(m_window->menuBar()->isVisible());
}

void TestAudience::audienceMirrorsTheConsole()
{
    startPresenting();
    AudienceWindow *room = m_window->audience();
    // A status set at the console: on disk, then on the projector, in the same item the console shows.
    m_window->checklist()->tree()->setFocus();
    m_window->checklist()->setNotPassOnly(true);
    const QString id = m_window->checklist()->currentItemId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(room->checklist()->currentItemId(), id);
    QVERIFY(room->checklist()->filter()->notPassOnly());
    press(Qt::Key_3);
    QCOMPARE(readCommitted(m_path, QStringLiteral("SELECT status FROM item WHERE id = '%1'").arg(id)).value(0),
             QVariant(QStringLiteral("FAIL")));
    const QModelIndex shown = room->checklist()->filter()->mapToSource(room->checklist()->tree()->currentIndex());
    QCOMPARE(shown.siblingAtColumn(ChecklistModel::StatusColumn).data().toString(), displayName(Status::Fail));
    // The view follows the console's, with the room's short title.
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(room->currentView(), 1);
    QCOMPARE(room->viewTitle()->text(), QStringLiteral("Risks (1)"));
    // The poll: the person called and the answers.
    press(Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(room->currentView(), 4);
    press(Qt::Key_G);
    QCOMPARE(room->poll()->table()->item(0, PollPanel::AnswerColumn)->text(), QStringLiteral("GO"));
    QCOMPARE(room->poll()->calledRow(), 1);
    QVERIFY(room->poll()->promptLabel()->text().startsWith(QStringLiteral("Engineering Lead")));
}

void TestAudience::screensComeAndGo()
{
    startPresenting();
    m_window->checklist()->selectItem(QStringLiteral("SEC-03"));
    // The projector's cable is pulled: the room's view comes back to the laptop, as one-screen presentation.
    setScreens({laptop});
    QTRY_VERIFY(!m_window->audience());
    QVERIFY(m_window->isPresenting());
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QCOMPARE(m_window->checklist()->currentItemId(), QStringLiteral("SEC-03"));
    // Plugged in again, at another resolution: the room's view goes there, the laptop is the console again.
    setScreens({laptop, screenJson(QStringLiteral("projector"), 1920, 1280, 720)});
    QTRY_VERIFY(m_window->audience());
    AudienceWindow *room = m_window->audience();
    QVERIFY(QTest::qWaitForWindowExposed(room));
    QCOMPARE(room->windowHandle()->screen()->name(), QStringLiteral("projector"));
    QCOMPARE(room->size(), QSize(1280, 720));
    QVERIFY(m_window->menuBar()->isVisible());
    QCOMPARE(room->checklist()->currentItemId(), QStringLiteral("SEC-03"));
    QVERIFY(room->grab().save(QStringLiteral("audience-1280x720.png")));
    // A change of the projector's resolution mid-meeting: the view is made again for it.
    setScreens({laptop, projector});
    QTRY_COMPARE(room->size(), QSize(1920, 1080));
    // Nothing was lost on the way: the file still verifies.
    auto report = m_window->document()->verify();
    QVERIFY(report && report->ok());
}

void TestAudience::privateNotesStayOnTheLaptop()
{
    startPresenting();
    press(Qt::Key_Space, Qt::ControlModifier); // the first step starts
    press(Qt::Key_4, Qt::ControlModifier);
    QPlainTextEdit *notes = m_window->meeting()->notesField();
    QVERIFY(notes->isVisible());
    QVERIFY(notes->isEnabled());
    notes->setFocus();
    const QString secret = QStringLiteral("Ask Lee about the vendor contract before the poll");
    type(secret);
    // Kept on this computer, never in the decision file.
    QCOMPARE(notes->toPlainText(), secret);
    bool inPreferences = false;
    for (const QString &key : QSettings().allKeys()) {
        inPreferences = inPreferences || QSettings().value(key).toString() == secret;
    }
    QVERIFY(inPreferences);
    QVERIFY(!readFile(m_path).contains(secret.toUtf8()));
    // Never on the projector.
    AudienceWindow *room = m_window->audience();
    QVERIFY(!room->meeting()->notesField()->isVisible());
    for (QWidget *w : room->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(w)) {
            QVERIFY(!label->text().contains(QStringLiteral("vendor contract")));
        }
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
            QVERIFY(!edit->toPlainText().contains(QStringLiteral("vendor contract")));
        }
    }
    // Back at the same step later, the notes are there again.
    m_window->meeting()->table()->clearSelection();
    QCOMPARE(m_window->meeting()->notesField()->toPlainText(), secret);
}

void TestAudience::wholeMeetingByKeys()
{
    // The meeting as the facilitator runs it from the laptop, one key per command (typed text apart).
    auto now = std::make_shared<QDateTime>(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC);
    m_window->document()->setTimeSource([now] { return *now; });
    auto later = [now](int minutes) { *now = now->addSecs(minutes * 60); };
    startPresenting();
    AudienceWindow *room = m_window->audience();

    press(Qt::Key_Space, Qt::ControlModifier); // 1. Opening and context
    later(4);
    press(Qt::Key_Right, Qt::ControlModifier); // 2. Critical items: the ones not passed, on the list
    QVERIFY(m_window->checklist()->tree()->hasFocus());
    QVERIFY(m_window->checklist()->filter()->criticalOnly());
    QVERIFY(m_window->checklist()->filter()->notPassOnly());
    QVERIFY(room->checklist()->filter()->notPassOnly());
    // Ten statuses: nine PASS and one FAIL; each passed item leaves the list and the next one is current.
    QStringList walked;
    for (int i = 0; i < 10; ++i) {
        walked << m_window->checklist()->currentItemId();
        press(i == 4 ? Qt::Key_3 : Qt::Key_1);
        if (i == 4) {
            press(Qt::Key_Down); // a FAIL stays on the list: on to the next
        }
    }
    QCOMPARE(walked.size(), 10);
    QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), 10);
    later(25);
    press(Qt::Key_Right, Qt::ControlModifier); // 3. Remaining gaps
    later(10);
    press(Qt::Key_Right, Qt::ControlModifier); // 4. The risks: the register has the keyboard
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    QCOMPARE(room->currentView(), 1);
    QVERIFY(m_window->risks()->register_()->hasFocus());
    QCOMPARE(m_window->risks()->currentRiskId(), QStringLiteral("R-01")); // the first risk, ready for a key
    onDialog<RiskDialog>(this, [this](RiskDialog *) {
        type(QStringLiteral("Provider raised our limit for launch week"));
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    press(Qt::Key_C, Qt::AltModifier); // Accept...
    QTRY_COMPARE(m_window->document()->snapshot().risks.first().state, RiskState::Accepted);
    later(12);
    press(Qt::Key_Right, Qt::ControlModifier); // 5. The roll call
    QCOMPARE(m_window->tabs()->currentIndex(), 4);
    QVERIFY(m_window->poll()->table()->hasFocus());
    press(Qt::Key_G); // CTO
    press(Qt::Key_C); // Engineering Lead, with a comment
    type(QStringLiteral("Load test at 80 % only"));
    press(Qt::Key_Return);
    press(Qt::Key_D); // GO WITH DISSENT
    press(Qt::Key_G); // Ops Lead
    press(Qt::Key_C); // Security Lead says no
    type(QStringLiteral("SEC-01 failed today"));
    press(Qt::Key_Return);
    press(Qt::Key_N);
    press(Qt::Key_G); // Product Lead
    QVERIFY(m_window->document()->pollTally().disagrees);
    QVERIFY(room->poll()->flagLabel()->isVisible());
    // The disagreement is resolved in words before anything is recorded.
    press(Qt::Key_T, Qt::AltModifier); // Rationale
    type(QStringLiteral("The leads would go; a critical item failed today, so the checklist decides."));
    press(Qt::Key_Return, Qt::ControlModifier);
    later(8);
    press(Qt::Key_Right, Qt::ControlModifier); // 6. Decision and sign-off
    QCOMPARE(m_window->tabs()->currentIndex(), 2);
    QVERIFY(m_window->signoff()->table()->hasFocus());
    onDialog<DecisionDialog>(this, [this](DecisionDialog *) {
        // The decision is preset to the recommendation; the rationale has the keyboard.
        type(QStringLiteral("SEC-01 failed; two critical items pending."));
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    press(Qt::Key_D, Qt::AltModifier); // Record Decision...
    QTRY_VERIFY(m_window->document()->snapshot().decision);
    // Five sign-offs, down the table: Enter opens the form with the vote the poll suggests, Alt+M confirms the
    // vote is theirs ("... is mine"), Ctrl+Enter signs.
    QCOMPARE(m_window->focusWidget(), m_window->signoff()->table()); // on the first person to sign
    QCOMPARE(m_window->signoff()->table()->currentIndex().row(), 0);
    for (int row = 0; row < 5; ++row) {
        onDialog<SignDialog>(this, [this](SignDialog *dialog) {
            // Whoever does not concur says why, in their own words (the poll's comment is there when they gave
            // one).
            if (static_cast<Vote>(dialog->voteField()->currentData().toInt()) != Vote::Concur &&
                dialog->commentField()->toPlainText().isEmpty()) {
                press(Qt::Key_C, Qt::AltModifier);
                type(QStringLiteral("I would have gone: the failed item has a workaround."));
            }
            press(Qt::Key_M, Qt::AltModifier);
            QTRY_VERIFY(dialog->meaningBox()->isChecked());
            press(Qt::Key_Return, Qt::ControlModifier);
        });
        press(Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->snapshot().signoffs.size(), row + 1);
        QCOMPARE(m_window->focusWidget(), m_window->signoff()->table());
        // Signed: the next person without a sign-off is selected.
        QCOMPARE(m_window->signoff()->table()->currentIndex().row(), std::min(row + 1, 4));
    }
    later(6);
    press(Qt::Key_Right, Qt::ControlModifier); // 7. Next steps
    later(5);
    press(Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier); // the end of the meeting
    // The record, exported.
    const QString pdf = m_dir->filePath(QStringLiteral("record.pdf"));
    onDialog<QFileDialog>(this, [this, pdf](QFileDialog *dialog) {
        dialog->selectFile(pdf); // the name, typed
        ++m_commands;            // Enter saves
        QMetaObject::invokeMethod(dialog, "accept");
    });
    press(Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(QFileInfo::exists(pdf));
    press(Qt::Key_F5); // the projector goes dark

    qInfo("The whole meeting took %d commands besides typed text.", m_commands);
    QVERIFY2(m_commands < 60, qPrintable(QString::number(m_commands)));

    // The file: statuses, the accepted risk, the poll, the decision, five current sign-offs, the agenda's times.
    const Snapshot s = committedSnapshot(m_path);
    int fail = 0;
    for (const QString &id : walked) {
        const QString status = readCommitted(m_path, QStringLiteral("SELECT status FROM item WHERE id = '%1'").arg(id))
                                   .value(0)
                                   .toString();
        fail += status == QLatin1String("FAIL") ? 1 : 0;
        QVERIFY2(status == QLatin1String("PASS") || status == QLatin1String("FAIL"), qPrintable(id));
    }
    QCOMPARE(fail, 1);
    QCOMPARE(s.risks.first().state, RiskState::Accepted);
    QCOMPARE(s.risks.first().acceptanceRationale, QStringLiteral("Provider raised our limit for launch week"));
    QCOMPARE(s.poll.answers.size(), 5);
    const PollTally tally = tallyPoll(s.poll, 5, Decision::NoGo);
    QCOMPARE(tally.go, 3);
    QCOMPARE(tally.dissent, 1);
    QCOMPARE(tally.noGo, 1);
    QVERIFY(tally.disagrees);
    QVERIFY(!s.poll.rationale.isEmpty());
    QVERIFY(s.decision);
    QCOMPARE(s.decision->decision, Decision::NoGo);
    const Fingerprints fingerprints = Record::fingerprints(s);
    int current = 0;
    for (const Stakeholder &p : s.stakeholders) {
        const Signoff *signoff = latestSignoff(s, p.id);
        QVERIFY2(signoff, qPrintable(p.role));
        current += Record::state(*signoff, fingerprints) == SignoffState::Current ? 1 : 0;
        // The vote the poll suggested: NO-GO was decided, so only Security (who said NO-GO) concurs.
        QCOMPARE(signoff->vote, p.role == QLatin1String("Security Lead") ? Vote::Concur : Vote::NonConcur);
    }
    QCOMPARE(current, 5);
    QCOMPARE(recordProgress(s, fingerprints).status, RecordStatus::Final);
    for (const AgendaStep &step : s.agenda) {
        QCOMPARE(step.state, StepState::Done);
    }
    // 4 + 25 + 10 + 12 + 8 + 6 + 5 minutes, as the test clock moved.
    QCOMPARE(s.agenda.at(1).spentMs, 25 * 60000);
    QCOMPARE(MeetingClock::read(s.agenda, *now).meetingActualMs, qint64(4 + 25 + 10 + 12 + 8 + 6 + 5) * 60000);

    // The printed record's Meeting section: the agenda as it ran and the poll.
    QVERIFY(QFileInfo::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    const qsizetype meeting = printed.indexOf(QStringLiteral("\nMeeting\n"));
    QVERIFY2(meeting > 0, "no Meeting section");
    const QString section = printed.mid(meeting, printed.indexOf(QStringLiteral("\nSignatures\n"), meeting) - meeting);
    QVERIFY(section.contains(QStringLiteral("Held from 2026-11-27 14:00")));
    QVERIFY(section.contains(QStringLiteral("70 min against 90 min planned")));
    QVERIFY(section.contains(QStringLiteral("GO WITH DISSENT")));
    QVERIFY(section.contains(QStringLiteral("Load test at 80 % only")));
    QVERIFY(section.contains(QStringLiteral("SEC-01 failed today")));
    QVERIFY(section.contains(QStringLiteral("The poll disagrees with the recommendation.")));
    QVERIFY(section.contains(QStringLiteral("a critical item failed today")));
    QVERIFY(section.contains(QStringLiteral("Critical items by category")));
    QVERIFY(section.contains(QStringLiteral("25 min")));
}

void TestAudience::noKeyDoesTwoThings()
{
    // A key bound twice does nothing at all (Qt calls it ambiguous): every key of the window's actions is unique.
    QHash<QString, QString> owner;
    for (QAction *a : m_window->actions()) {
        for (const QKeySequence &k : a->shortcuts()) {
            const QString key = k.toString();
            QVERIFY2(!owner.contains(key),
                     qPrintable(QStringLiteral("%1: %2 and %3").arg(key, owner.value(key), a->text())));
            owner.insert(key, a->text());
        }
    }
    QVERIFY(owner.contains(QStringLiteral("Ctrl+Shift+Space")));
}

int main(int argc, char *argv[])
{
    // Two screens to start with: the laptop, and a 1080p projector to its right.
    return runWindowTest<TestAudience>(argc, argv, "tst_audience",
                                       {{"laptop", 0, 1920, 1080}, {"projector", 1920, 1920, 1080}});
}
#include "tst_audience.moc"
