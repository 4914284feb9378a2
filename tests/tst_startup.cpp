// The window opening a decision at start-up (gonogo FILE: openFile before the window shows) paints first and
// verifies the decision right after its first paint, so that the room sees the decision sooner; nothing is ever
// written before the check. A damaged file still gets its red banner, and any change made before the check ran is
// refused with the file left byte for byte as it was.
#include "testsupport.h"
#include "widgetsupport.h"

#include "checklistpanel.h"
#include "decisiondocument.h"
#include "mainwindow.h"
#include "meetingpanel.h"
#include "pollpanel.h"
#include "signoffpanel.h"
#include "workspacestyle.h"

#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;
using namespace testsupport;

class TestStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A new P020 decision at NAME in the test's folder; its path.
    QString newDecision(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Run made =
            gonogoRun({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Payments")});
        return made.code == 0 ? path : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The recent files are the user's preferences, not the decision: at start-up they are written once the window
    // has painted, and at once when a file is opened in a window that shows.
    void theRecentFilesAreWrittenOnceTheWindowHasPainted()
    {
        const QString settingsFile = QSettings().fileName();
        QFile::remove(settingsFile);
        const auto onDisk = [&settingsFile](const QString &key) {
            return QSettings(settingsFile, QSettings::IniFormat).value(key);
        };
        const QString first = newDecision(QStringLiteral("recent-1.gonogo"));
        const QString second = newDecision(QStringLiteral("recent-2.gonogo"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        MainWindow window;
        window.resize(1600, 1000);
        QVERIFY(window.openFile(first));
        QVERIFY2(!QFileInfo::exists(settingsFile), "written before the window painted");
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(onDisk(QStringLiteral("files/last")).toString(), QFileInfo(first).absoluteFilePath());

        QVERIFY(window.openFile(second));
        QCOMPARE(onDisk(QStringLiteral("files/last")).toString(), QFileInfo(second).absoluteFilePath());
        QCOMPARE(onDisk(QStringLiteral("files/recent")).toStringList(),
                 QStringList({QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()}));
    }

    void aDamagedFileIsFlaggedAfterTheFirstPaintAndNeverChanged()
    {
        const QString path = newDecision(QStringLiteral("damaged.gonogo"));
        QVERIFY(!path.isEmpty());
        // Edited behind GoNoGo's back: the audit log says SEC-08 is PENDING.
        rawQuery(path, {QStringLiteral("UPDATE item SET status = 'PASS' WHERE id = 'SEC-08'")});
        const QByteArray before = sha256(path);

        MainWindow window;
        window.resize(1600, 1000);
        QVERIFY(window.openFile(path)); // as main.cpp does, before the window shows
        QVERIFY(window.integrityBanner()->isHidden());
        // A change before the check has run (here, before the window has even painted) is refused all the same.
        QString refusal;
        onDialog<QMessageBox>(&window, [&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        QVERIFY(!window.document()->setStatus({QStringLiteral("SEC-01")}, Status::Pass));
        QVERIFY2(refusal.contains(QStringLiteral("fails verification")), qPrintable(refusal));
        QCOMPARE(sha256(path), before);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.integrityBanner()->isVisible());
        QVERIFY2(window.integrityBanner()->text().contains(
                     QStringLiteral("item SEC-08: status is \"PASS\" in the file but \"PENDING\"")),
                 qPrintable(window.integrityBanner()->text()));
        QCOMPARE(sha256(path), before);
    }

    void aSoundFileOpensAndTakesChanges()
    {
        const QString path = newDecision(QStringLiteral("sound.gonogo"));
        QVERIFY(!path.isEmpty());
        {
            MainWindow window;
            window.resize(1600, 1000);
            QVERIFY(window.openFile(path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.document()->integrityProblems().isEmpty());
            QVERIFY(window.integrityBanner()->isHidden());
            QVERIFY(window.document()->setStatus({QStringLiteral("SEC-01")}, Status::Pass));
        } // the window closes the file, and its lock
        QCOMPARE(rawQuery(path, {QStringLiteral("SELECT status FROM item WHERE id = 'SEC-01'")}).value(0),
                 QVariant(QStringLiteral("PASS")));
        const Run verify = gonogoRun({QStringLiteral("verify"), path});
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
    }

    // Nobody sees the sign-off, agenda, poll, launch and after-launch pages at start-up, so the window opens
    // without them; the first of their tabs to be chosen builds them, and it shows at once, current, with the
    // keyboard where its key puts it.
    void theOtherPagesAreBuiltWhenFirstChosen()
    {
        const QString path = newDecision(QStringLiteral("pages.gonogo"));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1600, 1000);
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.findChild<SignoffPanel *>());
        QVERIFY(!window.findChild<PollPanel *>());
        QVERIFY(!window.findChild<MeetingPanel *>());

        // A change made meanwhile is there when the page is built.
        QVERIFY(window.document()->setStatus({QStringLiteral("SEC-01")}, Status::Fail));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier); // View > Sign-off
        auto *signoff = window.findChild<SignoffPanel *>();
        QVERIFY(signoff);
        QVERIFY(signoff->isVisible());
        QVERIFY(signoff->table()->hasFocus());
        QVERIFY(signoff->statusLabel()->text().startsWith(QStringLiteral("DRAFT")));
        QCOMPARE(signoff->table()->model()->rowCount(), window.document()->snapshot().stakeholders.size());
        // Built once: the other pages came with it, and choosing them builds nothing more.
        QCOMPARE(window.findChildren<SignoffPanel *>().size(), 1);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier); // Meeting > Roll-Call Poll
        auto *poll = window.findChild<PollPanel *>();
        QVERIFY(poll && poll->isVisible() && poll->table()->hasFocus());
        QVERIFY(poll->tallyLabel()->text().contains(QStringLiteral("Recommendation: NO-GO.")));
        QCOMPARE(window.findChildren<SignoffPanel *>().size(), 1);
        QCOMPARE(window.findChildren<PollPanel *>().size(), 1);
        // Built late, drawn alike: their tables wear the workspace's focus ring, as the checklist does.
        QCOMPARE(poll->table()->style(), window.checklist()->tree()->style());
        QCOMPARE(signoff->table()->style(), window.checklist()->tree()->style());
        // And every scroll bar of the workspace, built first or late, is drawn in bands (tst_workspacestyle).
        for (QScrollBar *bar : window.findChildren<QScrollBar *>()) {
            QVERIFY2(dynamic_cast<WorkspaceStyle *>(bar->style()), qPrintable(bar->parentWidget()->objectName()));
        }
        QCOMPARE(window.poll(), poll);
        QCOMPARE(window.signoff(), signoff);
        window.grab().save(QStringLiteral("startup-poll-page.png"));
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestStartup>(argc, argv, "tst_startup", {{"laptop", 0, 1920, 1080}});
}

#include "tst_startup.moc"
