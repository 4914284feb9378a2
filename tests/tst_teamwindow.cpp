// The window on a decision on a PostgreSQL server (team mode): File > Open from Server lists the server's decisions
// and opens one; the title names it; a change made elsewhere appears and is announced; a lost connection puts up
// the OFFLINE banner and refuses edits until the window has reconnected by itself.
#include "application.h"
#include "mainwindow.h"
#include "serverdialog.h"
#include "serversupport.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include "checklistpanel.h"
#include "decisiondocument.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;
using namespace testsupport;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private:
    QString m_server;
    QString m_address;
    static QString db() { return QStringLiteral("teamwindow"); }

private slots:
    void initTestCase()
    {
        m_server = pgFreshDatabase(QStringLiteral("teamwindow"));
        QVERIFY2(!m_server.isEmpty(), "no test server: GONOGO_TEST_PG must name the folder pg-test-server.sh wrote");
        qputenv("PGPASSWORD", pgState(QStringLiteral("password")).toUtf8());
        QCOMPARE(gonogoRun({QStringLiteral("server"), QStringLiteral("init"), m_server}).code, 0);
        QCOMPARE(
            pgQuery({QStringLiteral("DROP ROLE IF EXISTS tomas"),
                     QStringLiteral("CREATE ROLE tomas LOGIN PASSWORD '%1'").arg(pgState(QStringLiteral("password"))),
                     QStringLiteral("SELECT 1")}),
            QStringList{QStringLiteral("1")});
        QCOMPARE(gonogoRun({QStringLiteral("server"), QStringLiteral("grant"), m_server, QStringLiteral("tomas"),
                            QStringLiteral("--role"), QStringLiteral("facilitator")})
                     .code,
                 0);
        m_address = m_server + QStringLiteral("?decision=window-demo");
        const Run made =
            gonogoRun({QStringLiteral("new"), m_address, QStringLiteral("--title"), QStringLiteral("Checkout v3"),
                       QStringLiteral("--target-date"), QStringLiteral("2027-02-01")});
        QVERIFY2(made.code == 0, qPrintable(made.err));
    }

    void openFromServerListsAndOpens()
    {
        MainWindow window;
        window.resize(1600, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        OpenFromServerDialog::rememberProfile(
            QString(m_server).replace(QStringLiteral("//gonogo@"), QStringLiteral("//tomas@")));
        QString listed;
        onDialog<OpenFromServerDialog>(&window, [&listed](OpenFromServerDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>();
            for (int r = 0; table && r < table->rowCount(); ++r) {
                listed += table->item(r, 0)->text() + QLatin1Char('|') + table->item(r, 1)->text() + QLatin1Char('|') +
                          table->item(r, 2)->text() + QLatin1Char('|') + table->item(r, 3)->text() + QLatin1Char('|') +
                          table->item(r, 4)->text() + QLatin1Char('\n');
                if (table->item(r, 0)->text() == QLatin1String("window-demo")) {
                    table->selectRow(r);
                }
            }
            QVERIFY(dialog->grab().save(QStringLiteral("open-from-server.png")));
            dialog->accept();
        });
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window.document(), 5000);
        QVERIFY2(listed.contains(QStringLiteral("window-demo|Checkout v3|2027-02-01|none recorded|DRAFT")),
                 qPrintable(listed));
        DecisionDocument *doc = window.document();
        QVERIFY(doc->onServer());
        QCOMPARE(window.windowTitle(), QStringLiteral("Checkout v3 - window-demo on 127.0.0.1 - GoNoGo"));

        // A change made elsewhere (the command line) shows in the tree and is announced in the status bar.
        QCOMPARE(gonogoRun({QStringLiteral("set"), m_address, QStringLiteral("SEC-12"), QStringLiteral("--status"),
                            QStringLiteral("FAIL"), QStringLiteral("--by"), QStringLiteral("Lucía")})
                     .code,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(doc->item(QStringLiteral("SEC-12"))->status, Status::Fail, 5000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Changed by someone else: SEC-12")),
                 qPrintable(window.statusBar()->currentMessage()));

        // The connection is lost: the banner says so and edits are refused (the refusal's dialog is closed).
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner && banner->isHidden());
        pgQuery({QStringLiteral("ALTER ROLE tomas NOLOGIN"),
                 QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'tomas'")});
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().startsWith(QStringLiteral("OFFLINE")), qPrintable(banner->text()));
        QVERIFY(window.grab().save(QStringLiteral("team-offline.png")));
        QString refusal;
        onDialog<QMessageBox>(&window, [&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        QVERIFY(!doc->setStatus({QStringLiteral("SEC-13")}, Status::Pass));
        QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 5000);
        QVERIFY2(refusal.contains(QStringLiteral("offline")), qPrintable(refusal));
        QCOMPARE(pgQuery({QStringLiteral("SELECT status FROM d_window_demo.item WHERE id = 'SEC-13'")}, db()),
                 QStringList{QStringLiteral("PENDING")});

        // Back: the banner goes, and the window took in what changed meanwhile.
        QCOMPARE(gonogoRun({QStringLiteral("set"), m_address, QStringLiteral("SEC-14"), QStringLiteral("--status"),
                            QStringLiteral("PARTIAL")})
                     .code,
                 0);
        pgQuery({QStringLiteral("ALTER ROLE tomas LOGIN")});
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 10000);
        QCOMPARE(doc->item(QStringLiteral("SEC-14"))->status, Status::Partial);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Back online")));
        QVERIFY(doc->setStatus({QStringLiteral("SEC-13")}, Status::Pass));
        QCOMPARE(pgQuery({QStringLiteral("SELECT status FROM d_window_demo.item WHERE id = 'SEC-13'")}, db()),
                 QStringList{QStringLiteral("PASS")});
    }

    void aStaleEditIsRefusedAndTheWindowShowsWhatIsThere()
    {
        // Bo renames the first stakeholder from his own machine; the window, before it has heard of it, renames them
        // too. The window says who changed what, keeps Bo's name on the server and shows it.
        MainWindow window;
        window.resize(1600, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(m_address));
        DecisionDocument *doc = window.document();
        auto bo = DecisionDocument::open(m_address, QStringLiteral("Bo"));
        QVERIFY2(bo, qPrintable(bo.error().message));
        Stakeholder theirs = bo.value()->snapshot().stakeholders.first();
        theirs.name = QStringLiteral("Bo's Lead");
        QVERIFY(bo.value()->updateStakeholder(theirs));

        QString refusal;
        onDialog<QMessageBox>(&window, [&refusal](QMessageBox *box) {
            refusal = box->text();
            QVERIFY(box->grab().save(QStringLiteral("team-stale-refusal.png")));
            box->accept();
        });
        Stakeholder mine = doc->snapshot().stakeholders.first();
        QVERIFY(mine.name != theirs.name); // the window has not heard of Bo's change
        mine.name = QStringLiteral("Window's Lead");
        QVERIFY(!doc->updateStakeholder(mine));
        QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 5000);
        QVERIFY2(refusal.startsWith(QStringLiteral("Bo changed the stakeholders at ")), qPrintable(refusal));
        QCOMPARE(
            pgQuery({QStringLiteral("SELECT name FROM d_window_demo.stakeholder WHERE id = %1").arg(mine.id)}, db()),
            QStringList{theirs.name});
        QCOMPARE(doc->stakeholder(mine.id)->name, theirs.name);
        // Now based on what it shows, the window's rename is made.
        QVERIFY(doc->updateStakeholder(mine));
        QCOMPARE(
            pgQuery({QStringLiteral("SELECT name FROM d_window_demo.stakeholder WHERE id = %1").arg(mine.id)}, db()),
            QStringList{mine.name});
    }

    void theLastDecisionOnAServerOpensAtStartUp()
    {
        // The app itself (build/gonogo, no argument), with preferences whose last decision is on the server: once
        // its window shows, it opens that decision: its own connection and its heartbeat's reach the server as
        // tomas, and go when it closes.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString asTomas = QString(m_address).replace(QStringLiteral("//gonogo@"), QStringLiteral("//tomas@"));
        {
            QSettings settings(config.filePath(applicationId() + QStringLiteral("/GoNoGo.conf")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("files/last"), asTomas);
        }
        const QString listening = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'tomas' AND "
                                                 "application_name = 'gonogo'");
        QCOMPARE(pgQuery({listening}, db()), QStringList{QStringLiteral("0")});
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(GONOGO_BINARY), {});
        QVERIFY(app.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(pgQuery({listening}, db()), QStringList{QStringLiteral("2")}, 15000);
        QCOMPARE(app.state(), QProcess::Running);
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(pgQuery({listening}, db()), QStringList{QStringLiteral("0")}, 10000);
    }

    void aPasswordNobodyKeptIsAskedFor()
    {
        // No PGPASSWORD and no ~/.pgpass: the server asks, and the window asks the person, once.
        const QByteArray password = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        int asked = 0;
        QString label;
        onDialog<QInputDialog>(&window, [&](QInputDialog *dialog) {
            ++asked;
            label = dialog->labelText();
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            dialog->setTextValue(QString::fromUtf8(password));
            dialog->accept();
        });
        const QString asTomas = QString(m_address).replace(QStringLiteral("//gonogo@"), QStringLiteral("//tomas@"));
        const bool opened = window.openFile(asTomas);
        qputenv("PGPASSWORD", password);
        qunsetenv("PGPASSFILE");
        QVERIFY(opened);
        QCOMPARE(asked, 1);
        QVERIFY2(label.contains(QStringLiteral("postgresql://tomas@127.0.0.1")), qPrintable(label));
        QVERIFY(!label.contains(QString::fromUtf8(password)));
        QVERIFY(window.document() && window.document()->onServer());
    }
};

int main(int argc, char *argv[])
{
    return runWindowTest<TestTeamWindow>(argc, argv, "tst_teamwindow", {{"laptop", 0, 1920, 1080}});
}

#include "tst_teamwindow.moc"
