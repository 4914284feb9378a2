// After the decision: the launch runbook on its clock. The schedule and its rules at fixed times, a scripted launch
// from T-60 to T+60 with a failed validation and a rollback, the refusals (nothing changes on disk), tampering that
// verify names, and older files that gain the default runbook.
#include "decisiondocument.h"
#include "decisionfile.h"
#include "launchpanel.h"
#include "launchrun.h"
#include "launchsupport.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "translations.h"
#include "widgetsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gonogo;
using namespace testsupport;

namespace {

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 1), QTime(hour, minute), Qt::UTC);
}

QString at(int hour, int minute)
{
    return utc(hour, minute).toString(Qt::ISODate);
}

} // namespace

class TestLaunch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultRunbookIsTheSeeds();
    void scheduleAtFixedTimes();
    void launchNeedsASignedGo();
    void scriptedLaunchWithFailureAndRollback();
    void abortBeforeGoLive();
    void refusalsChangeNothing();
    void tamperingIsNamedByVerify();
    void olderFilesGainTheRunbook();
    void launchByKeysInTheWindow();
    void monitoringReadingsAndBreaches();
    void reviewsStableAndConditions();

private:
    QString signedDemo(const QString &name); // a copy of the demo: GO WITH CAUTION, FINAL
    Run launch(const QString &file, const QStringList &args);
    void liveAtNine(const QString &file); // started at 08:00, every step before T+0 done, live at 09:00
    QJsonObject runbook(const QString &file, const QString &when);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestLaunch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.gonogo"));
    const QString made = makeDemo(m_demo);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QCOMPARE(gonogoRun({QStringLiteral("gate"), m_demo}).code, int(10)); // GO WITH CAUTION, FINAL
}

QString TestLaunch::signedDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demo, path)) {
        return {};
    }
    return path;
}

Run TestLaunch::launch(const QString &file, const QStringList &args)
{
    return gonogoRun(QStringList{QStringLiteral("launch"), file} + args +
                     QStringList{QStringLiteral("--by"), QStringLiteral("Marcus Chen")});
}

void TestLaunch::liveAtNine(const QString &file)
{
    goLiveAtNine(file, QStringLiteral("Marcus Chen"));
}

QJsonObject TestLaunch::runbook(const QString &file, const QString &when)
{
    const Run r = gonogoRun({QStringLiteral("runbook"), file, QStringLiteral("--json"), QStringLiteral("--at"), when});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestLaunch::defaultRunbookIsTheSeeds()
{
    // The P020 runbook: ten steps from T-60 to T+60, each with an owner, a validation and (most) a trigger.
    const QString path = m_dir.filePath(QStringLiteral("fresh.gonogo"));
    QCOMPARE(gonogoRun({QStringLiteral("new"), path}).code, 0);
    const QJsonObject json = runbook(path, at(8, 0));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("NOT STARTED"));
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QStringList ids;
    QList<int> offsets;
    for (const QJsonValue &s : steps) {
        ids << s.toObject().value(QStringLiteral("id")).toString();
        offsets << s.toObject().value(QStringLiteral("offset_minutes")).toInt();
        QVERIFY(!s.toObject().value(QStringLiteral("validation")).toString().isEmpty());
        QVERIFY(!s.toObject().value(QStringLiteral("owner_role")).toString().isEmpty());
        QVERIFY(s.toObject().value(QStringLiteral("due_at")).isNull()); // nothing is due before the start
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("T-60"), QStringLiteral("T-45"), QStringLiteral("T-30"),
                          QStringLiteral("T-15"), QStringLiteral("T-10"), QStringLiteral("T-5"), QStringLiteral("T+0"),
                          QStringLiteral("T+15"), QStringLiteral("T+30"), QStringLiteral("T+60")}));
    QCOMPARE(offsets, (QList<int>{-60, -45, -30, -15, -10, -5, 0, 15, 30, 60}));
    QCOMPARE(json.value(QStringLiteral("triggers")).toArray().size(), 7);
    // In the file itself, and replayed by verify.
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT count(*) FROM runbook_step")}).value(0).toInt(), 10);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);
}

void TestLaunch::scheduleAtFixedTimes()
{
    LaunchRun run;
    for (const auto &[id, offset, minutes] :
         {std::tuple{"T-60", -60, 15}, std::tuple{"T-5", -5, 5}, std::tuple{"T+0", 0, 5}, std::tuple{"T+15", 15, 10}}) {
        RunbookStep s;
        s.id = QString::fromLatin1(id);
        s.offsetMinutes = offset;
        s.durationMinutes = minutes;
        run.steps << s;
    }
    QCOMPARE(run.state(), LaunchState::NotStarted);
    QVERIFY(!run.plannedGoLive().isValid());
    QCOMPARE(run.timing(run.steps.at(0), utc(9, 0)), StepTiming::NotDue);

    run.launch.startedAt = utc(8, 0);
    QCOMPARE(run.state(), LaunchState::Running);
    QCOMPARE(run.plannedGoLive(), utc(9, 0)); // the first step is T-60
    QCOMPARE(run.dueAt(run.steps.at(1)), utc(8, 55));
    QCOMPARE(run.timing(run.steps.at(0), utc(8, 0)), StepTiming::Due);
    QCOMPARE(run.timing(run.steps.at(0), utc(8, 14)), StepTiming::Due);
    QCOMPARE(run.timing(run.steps.at(0), utc(8, 15)), StepTiming::Late);
    QCOMPARE(run.timing(run.steps.at(1), utc(8, 54)), StepTiming::NotDue);
    // A step after go-live waits for the cutover, however late it is.
    QCOMPARE(run.timing(run.steps.at(3), utc(9, 40)), StepTiming::NotDue);
    QCOMPARE(run.notDoneBeforeGoLive(), (QStringList{QStringLiteral("T-60"), QStringLiteral("T-5")}));

    run.steps[0].outcome = StepOutcome::Failed;
    QCOMPARE(run.timing(run.steps.at(0), utc(8, 30)), StepTiming::Failed);
    QCOMPARE(run.current()->id, QStringLiteral("T-60")); // a failed step holds the launch until it is done
    run.steps[0].outcome = StepOutcome::Done;
    run.steps[1].outcome = StepOutcome::Done;
    QVERIFY(run.notDoneBeforeGoLive().isEmpty());
    QCOMPARE(run.current()->id, QStringLiteral("T+0"));

    // Live 20 minutes late: the validations after it move with the actual cutover.
    run.launch.liveAt = utc(9, 20);
    QCOMPARE(run.state(), LaunchState::Live);
    QCOMPARE(run.dueAt(run.steps.at(3)), utc(9, 35));
    QCOMPARE(run.timing(run.steps.at(3), utc(9, 34)), StepTiming::NotDue);
    QCOMPARE(run.timing(run.steps.at(3), utc(9, 35)), StepTiming::Due);
    QCOMPARE(run.timing(run.steps.at(3), utc(9, 45)), StepTiming::Late);
    run.launch.end = LaunchEnd::RolledBack;
    QCOMPARE(run.state(), LaunchState::RolledBack);
}

void TestLaunch::launchNeedsASignedGo()
{
    // No decision yet.
    const QString fresh = m_dir.filePath(QStringLiteral("undecided.gonogo"));
    QCOMPARE(gonogoRun({QStringLiteral("new"), fresh}).code, 0);
    QByteArray before = sha256(fresh);
    Run r = launch(fresh, {QStringLiteral("--start"), QStringLiteral("--at"), at(8, 0)});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("no decision has been recorded")), qPrintable(r.err));
    QVERIFY2(r.err.contains(fresh), qPrintable(r.err));
    QCOMPARE(sha256(fresh), before);

    // A decision recorded but a sign-off stale: the demo after a change to the record.
    const QString stale = signedDemo(QStringLiteral("stale.gonogo"));
    QCOMPARE(gonogoRun({QStringLiteral("set"), stale, QStringLiteral("--status"), QStringLiteral("PARTIAL"),
                        QStringLiteral("DOC-01")})
                 .code,
             0);
    before = sha256(stale);
    r = launch(stale, {QStringLiteral("--start"), QStringLiteral("--at"), at(8, 0)});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("not FINAL")), qPrintable(r.err));
    QCOMPARE(sha256(stale), before);

    // NO-GO: nothing to launch.
    const QString nogo = m_dir.filePath(QStringLiteral("nogo.gonogo"));
    QCOMPARE(gonogoRun({QStringLiteral("new"), nogo}).code, 0);
    QCOMPARE(gonogoRun({QStringLiteral("decide"), nogo, QStringLiteral("--decision"), QStringLiteral("NO-GO"),
                        QStringLiteral("--rationale"), QStringLiteral("Critical items open")})
                 .code,
             0);
    before = sha256(nogo);
    r = launch(nogo, {QStringLiteral("--start"), QStringLiteral("--at"), at(8, 0)});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("NO-GO")), qPrintable(r.err));
    QCOMPARE(sha256(nogo), before);
}

void TestLaunch::scriptedLaunchWithFailureAndRollback()
{
    const QString path = signedDemo(QStringLiteral("launch.gonogo"));
    QCOMPARE(launch(path, {QStringLiteral("--start"), QStringLiteral("--at"), at(8, 0)}).code, 0);
    // T-60 .. T-30 on time.
    for (const auto &[step, h, m] : {std::tuple{"T-60", 8, 14}, std::tuple{"T-45", 8, 19}, std::tuple{"T-30", 8, 39}}) {
        const Run r = launch(path, {QStringLiteral("--step"), QString::fromLatin1(step), QStringLiteral("--done"),
                                    QStringLiteral("--at"), at(h, m)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    // What the room sees at 08:58: the migration failed, the deploy is due, the health checks are not yet.
    QCOMPARE(launch(path, {QStringLiteral("--step"), QStringLiteral("T-15"), QStringLiteral("--failed"),
                           QStringLiteral("--note"), QStringLiteral("Lock timeout on reservations"),
                           QStringLiteral("--at"), at(8, 52)})
                 .code,
             0);
    QJsonObject json = runbook(path, at(8, 52));
    auto timingOf = [](const QJsonObject &j, const QString &id) {
        for (const QJsonValue &s : j.value(QStringLiteral("steps")).toArray()) {
            if (s.toObject().value(QStringLiteral("id")).toString() == id) {
                return s.toObject().value(QStringLiteral("timing")).toString();
            }
        }
        return QString();
    };
    QCOMPARE(timingOf(json, QStringLiteral("T-15")), QStringLiteral("FAILED"));
    QCOMPARE(timingOf(json, QStringLiteral("T-10")), QStringLiteral("DUE"));
    QCOMPARE(timingOf(json, QStringLiteral("T-5")), QStringLiteral("NOT DUE"));
    QCOMPARE(json.value(QStringLiteral("planned_go_live")).toString(), at(9, 0));
    // Go-live waits for the failed step.
    Run r = launch(path, {QStringLiteral("--go-live"), QStringLiteral("--at"), at(8, 59)});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("T-15")), qPrintable(r.err));
    // Fixed and done again, then the rest before go-live.
    for (const auto &[step, h, m] : {std::tuple{"T-15", 9, 1}, std::tuple{"T-10", 9, 6}, std::tuple{"T-5", 9, 11}}) {
        r = launch(path, {QStringLiteral("--step"), QString::fromLatin1(step), QStringLiteral("--done"),
                          QStringLiteral("--at"), at(h, m)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    QCOMPARE(launch(path, {QStringLiteral("--go-live"), QStringLiteral("--at"), at(9, 12)}).code, 0);
    QCOMPARE(launch(path, {QStringLiteral("--step"), QStringLiteral("T+15"), QStringLiteral("--done"),
                           QStringLiteral("--at"), at(9, 27)})
                 .code,
             0);
    // Full validation finds P95 at 2.6 s: rolled back on RB-6.
    QCOMPARE(launch(path, {QStringLiteral("--step"), QStringLiteral("T+30"), QStringLiteral("--failed"),
                           QStringLiteral("--note"), QStringLiteral("P95 2.6 s on search for 12 minutes"),
                           QStringLiteral("--at"), at(9, 55)})
                 .code,
             0);
    json = runbook(path, at(9, 56));
    QCOMPARE(json.value(QStringLiteral("live_at")).toString(), at(9, 12));
    QCOMPARE(timingOf(json, QStringLiteral("T+60")), QStringLiteral("NOT DUE")); // due 10:12, from the actual T+0
    r = launch(path, {QStringLiteral("--rollback"), QStringLiteral("--trigger"), QStringLiteral("rb-6"),
                      QStringLiteral("--rationale"), QStringLiteral("Search P95 over 2 s for 12 minutes after cutover"),
                      QStringLiteral("--at"), at(9, 58)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Rolled back")), qPrintable(r.out));

    // On disk: who, when, which trigger, why; the failed migration and its retry both in the audit log.
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT ended || '|' || ended_by || '|' || trigger_id || '|' || "
                                            "ended_at FROM launch")})
                 .value(0)
                 .toString(),
             QStringLiteral("ROLLED BACK|Marcus Chen|RB-6|2026-12-01T09:58:00.000Z"));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log "
                                            "WHERE entity = 'runbook:T-15' ORDER BY seq)")})
                 .value(0)
                 .toString(),
             QStringLiteral("step failed,step done"));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT outcome || '|' || note FROM runbook_step WHERE id = 'T+30'")})
                 .value(0)
                 .toString(),
             QStringLiteral("FAILED|P95 2.6 s on search for 12 minutes"));
    // The launch is over: nothing more is recorded on it.
    const QByteArray ended = sha256(path);
    r = launch(path, {QStringLiteral("--step"), QStringLiteral("T+60"), QStringLiteral("--done"),
                      QStringLiteral("--at"), at(10, 15)});
    QCOMPARE(r.code, 7);
    QCOMPARE(sha256(path), ended);
    // The signed decision is untouched, and the file verifies.
    QCOMPARE(gonogoRun({QStringLiteral("gate"), path}).code, 10);
    const Run verified = gonogoRun({QStringLiteral("verify"), path});
    QCOMPARE(verified.code, 0);

    // The record's second edition: the launch after the decision, with its own fingerprint bound to the
    // decision's. The expectation is computed here from the rows on disk, by the canonical form's definition.
    const QString decisionFingerprint =
        QRegularExpression(QStringLiteral("Fingerprint: ([0-9a-f]{64})")).match(verified.out).captured(1);
    QVERIFY(!decisionFingerprint.isEmpty());
    const QString expected = launchFingerprintOnDisk(path, decisionFingerprint);
    const QString pdf = m_dir.filePath(QStringLiteral("launch.pdf"));
    QCOMPARE(gonogoRun({QStringLiteral("export-pdf"), path, pdf}).code, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0, "pdftotext (poppler-utils) is needed");
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(printed.contains(QStringLiteral("Edition 2: the launch")));
    QVERIFY(printed.contains(QStringLiteral("ROLLED BACK at")));
    QVERIFY(printed.contains(QStringLiteral("on trigger RB-6")));
    QVERIFY(printed.contains(QStringLiteral("Search P95 over 2 s for 12 minutes after cutover")));
    QVERIFY2(printed.contains(expected), qPrintable(expected));
    QVERIFY(printed.contains(decisionFingerprint.left(16)));
}

void TestLaunch::abortBeforeGoLive()
{
    const QString path = signedDemo(QStringLiteral("abort.gonogo"));
    QCOMPARE(launch(path, {QStringLiteral("--start"), QStringLiteral("--at"), at(8, 0)}).code, 0);
    QCOMPARE(launch(path, {QStringLiteral("--step"), QStringLiteral("T-60"), QStringLiteral("--failed"),
                           QStringLiteral("--note"), QStringLiteral("Backup restore check failed"),
                           QStringLiteral("--at"), at(8, 12)})
                 .code,
             0);
    const Run r = launch(path, {QStringLiteral("--rollback"), QStringLiteral("--trigger"), QStringLiteral("RB-1"),
                                QStringLiteral("--rationale"), QStringLiteral("No verified backup"),
                                QStringLiteral("--at"), at(8, 15)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(runbook(path, at(8, 16)).value(QStringLiteral("state")).toString(), QStringLiteral("ABORTED"));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT ended FROM launch")}).value(0).toString(),
             QStringLiteral("ABORTED"));
}

void TestLaunch::refusalsChangeNothing()
{
    const QString path = signedDemo(QStringLiteral("refusals.gonogo"));
    QCOMPARE(launch(path, {QStringLiteral("--start"), QStringLiteral("--at"), at(8, 0)}).code, 0);
    const QByteArray before = sha256(path);
    struct Case
    {
        QStringList args;
        int code;
        QString says;
    };
    const QVector<Case> cases{
        {{QStringLiteral("--go-live"), QStringLiteral("--at"), at(8, 30)}, 7, QStringLiteral("T-60")},
        {{QStringLiteral("--step"), QStringLiteral("T-99"), QStringLiteral("--done"), QStringLiteral("--at"),
          at(8, 30)},
         7,
         QStringLiteral("T-45")},
        {{QStringLiteral("--step"), QStringLiteral("T+15"), QStringLiteral("--done"), QStringLiteral("--at"),
          at(8, 30)},
         7,
         QStringLiteral("not live")},
        {{QStringLiteral("--step"), QStringLiteral("T+0"), QStringLiteral("--done"), QStringLiteral("--at"), at(8, 30)},
         7,
         QStringLiteral("going live")},
        {{QStringLiteral("--step"), QStringLiteral("T-60"), QStringLiteral("--done"), QStringLiteral("--at"),
          QStringLiteral("2026-12-01T07:00:00Z")},
         7,
         QStringLiteral("before the launch started")},
        {{QStringLiteral("--rollback"), QStringLiteral("--trigger"), QStringLiteral("RB-99"),
          QStringLiteral("--rationale"), QStringLiteral("x"), QStringLiteral("--at"), at(8, 30)},
         7,
         QStringLiteral("RB-7")},
        {{QStringLiteral("--rollback"), QStringLiteral("--trigger"), QStringLiteral("RB-1"),
          QStringLiteral("--rationale"), QStringLiteral("   "), QStringLiteral("--at"), at(8, 30)},
         7,
         QStringLiteral("rationale")},
        {{QStringLiteral("--rollback"), QStringLiteral("--trigger"), QStringLiteral("RB-1")},
         2,
         QStringLiteral("--rationale")},
        {{QStringLiteral("--step"), QStringLiteral("T-60")}, 2, QStringLiteral("--done or --failed")},
        {{QStringLiteral("--start"), QStringLiteral("--go-live")}, 2, QStringLiteral("one of")},
        {{QStringLiteral("--step"), QStringLiteral("T-60"), QStringLiteral("--done"), QStringLiteral("--at"),
          QStringLiteral("2026-12-01 08:10")},
         2,
         QStringLiteral("zone")},
        {{QStringLiteral("--start"), QStringLiteral("--at"), at(8, 5)}, 7, QStringLiteral("already started")},
    };
    for (const Case &c : cases) {
        const Run r = launch(path, c.args);
        QVERIFY2(r.code == c.code, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(c.says), qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QCOMPARE(sha256(path), before);
    }
}

void TestLaunch::tamperingIsNamedByVerify()
{
    const QString path = signedDemo(QStringLiteral("tampered.gonogo"));
    QCOMPARE(launch(path, {QStringLiteral("--start"), QStringLiteral("--at"), at(8, 0)}).code, 0);
    QCOMPARE(launch(path, {QStringLiteral("--step"), QStringLiteral("T-60"), QStringLiteral("--failed"),
                           QStringLiteral("--at"), at(8, 10)})
                 .code,
             0);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);
    // Someone makes the failed check look passed, behind GoNoGo's back.
    rawQuery(path, {QStringLiteral("UPDATE runbook_step SET outcome = 'DONE' WHERE id = 'T-60'")});
    const Run r = gonogoRun({QStringLiteral("verify"), path});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("runbook T-60: outcome is \"DONE\" in the file but \"FAILED\"")),
             qPrintable(r.err));
}

void TestLaunch::olderFilesGainTheRunbook()
{
    // Made by the first release (file format 3): read as upgraded, with the default runbook and nothing started.
    const QString path = m_dir.filePath(QStringLiteral("v1.gonogo"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(GONOGO_FIXTURES "/v1-signed.gonogo"), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QJsonObject json = runbook(path, at(8, 0));
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 10);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("NOT STARTED"));
    // A change upgrades it for good; verify replays the new tables from the upgrade's baseline.
    QCOMPARE(gonogoRun({QStringLiteral("set"), path, QStringLiteral("--notes"), QStringLiteral("upgraded"),
                        QStringLiteral("SEC-01")})
                 .code,
             0);
    QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA user_version")}).value(0).toInt(), DecisionFile::schemaVersion());
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT count(*) FROM rollback_trigger")}).value(0).toInt(), 7);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);
}

void TestLaunch::launchByKeysInTheWindow()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString path = signedDemo(QStringLiteral("window.gonogo"));
    QDateTime now = utc(8, 0);
    MainWindow w;
    w.secondScreenAction()->setChecked(false);
    QVERIFY(w.openFile(path));
    w.document()->setTimeSource([&now] { return now; });
    w.resize(1600, 900);
    w.show();
    QApplication::setActiveWindow(&w);
    QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(w.tabs()->currentIndex(), 5);
    LaunchPanel *panel = w.launch();
    QTableWidget *table = panel->table();
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->rowCount(), 10);
    QCOMPARE(panel->clockLabel()->text(), QStringLiteral("The launch has not started"));

    // S, confirmed: the launch starts at "now".
    onDialog<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(table, Qt::Key_S);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT started_at FROM launch")).value(0).toString(),
             QStringLiteral("2026-12-01T08:00:00.000Z"));
    QCOMPARE(panel->clockLabel()->text(),
             QStringLiteral("T-60 min to go-live (planned %1)")
                 .arg(utc(9, 0)
                          .toTimeZone(QTimeZone(w.document()->snapshot().meeting.timeZone.toUtf8()))
                          .toString(QStringLiteral("HH:mm"))));
    // The selection is on the step the launch is on; D marks it done, on disk before it shows.
    QCOMPARE(panel->selectedStep(), QStringLiteral("T-60"));
    // (The offscreen platform has no window manager to give the keyboard back after a dialog.)
    const auto backToTheTable = [&w, table] {
        QApplication::setActiveWindow(&w);
        table->setFocus();
    };
    backToTheTable();
    now = utc(8, 13);
    QTest::keyClick(table, Qt::Key_D);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT outcome || '|' || outcome_at || '|' || outcome_by FROM "
                                                "runbook_step WHERE id = 'T-60'"))
                 .value(0)
                 .toString(),
             QStringLiteral("DONE|2026-12-01T08:13:00.000Z|%1").arg(w.document()->actor()));
    QCOMPARE(panel->selectedStep(), QStringLiteral("T-45")); // it follows the launch on
    // Late with time alone.
    now = utc(8, 25);
    panel->refresh();
    QVERIFY2(panel->nowLabel()->text().contains(QStringLiteral("late 5 min")), qPrintable(panel->nowLabel()->text()));
    // F asks what was seen; the note is kept.
    onDialog<QInputDialog>(this, [](QInputDialog *d) {
        d->setTextValue(QStringLiteral("Status page vendor down"));
        d->accept();
    });
    QTest::keyClick(table, Qt::Key_F);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT outcome || '|' || note FROM runbook_step WHERE id = 'T-45'"))
                 .value(0)
                 .toString(),
             QStringLiteral("FAILED|Status page vendor down"));
    backToTheTable();
    // G before every step is done: refused, said, nothing written.
    const QByteArray before = sha256(path);
    onDialog<QMessageBox>(this, [this](QMessageBox *box) {
        // The refusal comes as a warning once the question is answered.
        onDialog<QMessageBox>(this, [](QMessageBox *warning) { warning->accept(); });
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(table, Qt::Key_G);
    QCOMPARE(sha256(path), before);
    // R: abort on RB-1, with the reason.
    now = utc(8, 30);
    QVERIFY(panel->rollBack(QStringLiteral("RB-1"), QStringLiteral("No status page: customers cannot be told")));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT ended FROM launch")).value(0).toString(),
             QStringLiteral("ABORTED"));
    QVERIFY(panel->clockLabel()->text().startsWith(QStringLiteral("ABORTED at")));
    QVERIFY(w.tabs()->tabText(5).contains(QStringLiteral("aborted")));
    // Nothing is due on an ended launch, and every state's chip is whole.
    QCOMPARE(table->item(2, LaunchPanel::StateColumn)->text(), QStringLiteral("NOT DUE"));
    QFont bold = table->font();
    bold.setBold(true);
    QVERIFY(table->columnWidth(LaunchPanel::StateColumn) >=
            QFontMetrics(bold).horizontalAdvance(QStringLiteral("NOT DUE")) + 28);
    QVERIFY(w.grab().save(QStringLiteral("launch-desk-1600x900.png")));
    w.setPresenting(true);
    QCoreApplication::processEvents();
    QCOMPARE(w.tabs()->currentIndex(), 5);
    // The views are made again for the room: the launch's among them, in the room's type.
    QVERIFY(w.launch()->clockLabel()->isVisible());
    QVERIFY(w.launch()->clockLabel()->text().startsWith(QStringLiteral("ABORTED at")));
    QVERIFY(w.grab().save(QStringLiteral("launch-room.png")));
    w.setPresenting(false);
    w.close(); // the window lets go of the file
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);
}

void TestLaunch::monitoringReadingsAndBreaches()
{
    const QString path = signedDemo(QStringLiteral("monitoring.gonogo"));
    const QString csv = m_dir.filePath(QStringLiteral("readings.csv"));
    QVERIFY(writeFile(csv, "metric,time,value,host\n"
                           "error_rate,2026-12-01T09:10:00Z,0.04,web-1\n"
                           "latency_p95,2026-12-01T09:10:00Z,0.72,web-1\n"
                           "error_rate,2026-12-01T09:25:00Z,0.4,web-1\n"
                           "circuit_breaker,2026-12-01T09:25:00Z,open,web-1\n"
                           "cache_hit_rate,2026-12-01T09:25:00Z,64 %,redis\n"));
    // Before go-live there is nothing to monitor: refused, nothing written.
    QByteArray before = sha256(path);
    Run r = gonogoRun({QStringLiteral("metrics"), path, QStringLiteral("--import"), csv});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("go-live")), qPrintable(r.err));
    QCOMPARE(sha256(path), before);

    liveAtNine(path);
    if (QTest::currentTestFailed()) {
        return;
    }

    // A bad row anywhere refuses the whole file, naming the line; nothing is written.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad,
                      "metric,time,value\nerror_rate,2026-12-01T09:10:00Z,0.04\nerror_rte,2026-12-01T09:11:00Z,0.1\n"));
    before = sha256(path);
    r = gonogoRun({QStringLiteral("metrics"), path, QStringLiteral("--import"), bad});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv, line 3")) && r.err.contains(QStringLiteral("error_rte")),
             qPrintable(r.err));
    QCOMPARE(sha256(path), before);
    QVERIFY(writeFile(bad, "metric,time,value\nlatency_p95,09:10,0.5\n"));
    r = gonogoRun({QStringLiteral("metrics"), path, QStringLiteral("--import"), bad});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("line 2")) && r.err.contains(QStringLiteral("zone")), qPrintable(r.err));
    QCOMPARE(sha256(path), before);

    // The export: three breaches, the error rate's linked to the rollback trigger it feeds.
    r = gonogoRun({QStringLiteral("metrics"), path, QStringLiteral("--import"), csv, QStringLiteral("--json"),
                   QStringLiteral("--by"), QStringLiteral("Marcus Chen")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QStringList breached;
    for (const QJsonValue &b : json.value(QStringLiteral("breaches")).toArray()) {
        breached << b.toObject().value(QStringLiteral("metric")).toString() + QLatin1Char('/') +
                        b.toObject().value(QStringLiteral("trigger")).toString();
    }
    QCOMPARE(breached, (QStringList{QStringLiteral("error_rate/RB-4"), QStringLiteral("circuit_breaker/"),
                                    QStringLiteral("cache_hit_rate/")}));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT count(*) FROM metric_reading")}).value(0).toInt(), 5);
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT value FROM metric_reading WHERE metric_id = 'cache_hit_rate'")})
                 .value(0)
                 .toDouble(),
             64.0);
    // One by hand, inside the threshold; the phase is the first two hours' at 09:30.
    r = gonogoRun({QStringLiteral("metrics"), path, QStringLiteral("--reading"), QStringLiteral("latency_p95=0.81"),
                   QStringLiteral("--at"), at(9, 30)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Breaches: 3")), qPrintable(r.out));
    const auto phaseAt = [&path](const QString &when) {
        return QJsonDocument::fromJson(
                   gonogoRun({QStringLiteral("metrics"), path, QStringLiteral("--json"), QStringLiteral("--at"), when})
                       .out.toUtf8())
            .object()
            .value(QStringLiteral("phase"));
    };
    QVERIFY(phaseAt(at(8, 59)).isNull()); // before go-live
    QCOMPARE(phaseAt(at(9, 30)).toString(), QStringLiteral("CRITICAL"));
    QCOMPARE(phaseAt(QStringLiteral("2026-12-02T10:00:00Z")).toString(), QStringLiteral("MEDIUM")); // T+25h
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);
    // A reading changed behind GoNoGo's back is named.
    rawQuery(path,
             {QStringLiteral("UPDATE metric_reading SET value = 0.01 WHERE metric_id = 'error_rate' AND value > 0.1")});
    r = gonogoRun({QStringLiteral("verify"), path});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("reading")) && r.err.contains(QStringLiteral("value")), qPrintable(r.err));
}

void TestLaunch::reviewsStableAndConditions()
{
    const QString path = signedDemo(QStringLiteral("reviews.gonogo"));
    auto review = [&path](const QStringList &args) {
        return gonogoRun(QStringList{QStringLiteral("review"), path} + args +
                         QStringList{QStringLiteral("--by"), QStringLiteral("Sofía Marín")});
    };
    Run r = review({QStringLiteral("--record"), QStringLiteral("T+24h"), QStringLiteral("--outcome"),
                    QStringLiteral("Calm"), QStringLiteral("--at"), QStringLiteral("2026-12-02T10:00:00Z")});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("go-live")), qPrintable(r.err));

    liveAtNine(path);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Not before it is due: T+24h is 2026-12-02 09:00 UTC, from the actual go-live.
    QByteArray before = sha256(path);
    r = review({QStringLiteral("--record"), QStringLiteral("T+24h"), QStringLiteral("--outcome"),
                QStringLiteral("Calm"), QStringLiteral("--at"), QStringLiteral("2026-12-02T08:59:00Z")});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("2026-12-02 09:00 UTC")), qPrintable(r.err));
    QCOMPARE(sha256(path), before);
    // STABLE at T+24h is too early.
    r = review({QStringLiteral("--record"), QStringLiteral("T+24h"), QStringLiteral("--outcome"),
                QStringLiteral("Calm"), QStringLiteral("--stable"), QStringLiteral("--at"),
                QStringLiteral("2026-12-02T09:30:00Z")});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("T+48h or later")), qPrintable(r.err));
    QCOMPARE(sha256(path), before);
    QCOMPARE(review({QStringLiteral("--record"), QStringLiteral("T+24h"), QStringLiteral("--outcome"),
                     QStringLiteral("Calm night; one cache alert"), QStringLiteral("--attendees"),
                     QStringLiteral("Marcus Chen, Priya Raman"), QStringLiteral("--at"),
                     QStringLiteral("2026-12-02T09:30:00Z")})
                 .code,
             0);
    // STABLE at T+48h waits for every condition of the GO WITH CAUTION to be closed or carried.
    r = review({QStringLiteral("--record"), QStringLiteral("T+48h"), QStringLiteral("--outcome"), QStringLiteral("x"),
                QStringLiteral("--stable"), QStringLiteral("--at"), QStringLiteral("2026-12-03T09:30:00Z")});
    QCOMPARE(r.code, 7); // the demo's decision has three open conditions
    QVERIFY2(r.err.contains(QStringLiteral("open:")) && r.err.contains(QStringLiteral("Cookie consent")),
             qPrintable(r.err));
    // Carry needs its new owner and date; close and carry the three.
    const QJsonArray conditions = QJsonDocument::fromJson(review({QStringLiteral("--json")}).out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("conditions"))
                                      .toArray();
    QCOMPARE(conditions.size(), 3);
    const QString first = QString::number(conditions.at(0).toObject().value(QStringLiteral("id")).toInt());
    const QString second = QString::number(conditions.at(1).toObject().value(QStringLiteral("id")).toInt());
    const QString third = QString::number(conditions.at(2).toObject().value(QStringLiteral("id")).toInt());
    QCOMPARE(
        review({QStringLiteral("--carry-condition"), first, QStringLiteral("--owner"), QStringLiteral("Ana")}).code, 2);
    QCOMPARE(review({QStringLiteral("--close-condition"), QStringLiteral("999")}).code, 7);
    QCOMPARE(
        review({QStringLiteral("--close-condition"), first, QStringLiteral("--note"), QStringLiteral("Live")}).code, 0);
    QCOMPARE(review({QStringLiteral("--close-condition"), second}).code, 0);
    QCOMPARE(review({QStringLiteral("--carry-condition"), third, QStringLiteral("--owner"),
                     QStringLiteral("Tomás Ortega"), QStringLiteral("--due"), QStringLiteral("2026-12-15")})
                 .code,
             0);
    // Now STABLE at T+48h, once.
    r = review({QStringLiteral("--record"), QStringLiteral("T+48h"), QStringLiteral("--outcome"),
                QStringLiteral("Two days within thresholds"), QStringLiteral("--stable"), QStringLiteral("--at"),
                QStringLiteral("2026-12-03T09:30:00Z")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(review({QStringLiteral("--json")}).out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("stable")).toString(), QStringLiteral("T+48h"));
    QStringList states;
    for (const QJsonValue &c : json.value(QStringLiteral("conditions")).toArray()) {
        states << c.toObject().value(QStringLiteral("state")).toString();
    }
    QCOMPARE(states, (QStringList{QStringLiteral("CLOSED"), QStringLiteral("CLOSED"), QStringLiteral("CARRIED")}));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT stable || '|' || recorded_by || '|' || held_at FROM review "
                                            "WHERE id = 'T+48h'")})
                 .value(0)
                 .toString(),
             QStringLiteral("1|Sofía Marín|2026-12-03T09:30:00.000Z"));
    QVERIFY(rawQuery(path, {QStringLiteral("SELECT metric_status FROM review WHERE id = 'T+24h'")})
                .value(0)
                .toString()
                .contains(QStringLiteral("none outside")));
    r = review({QStringLiteral("--record"), QStringLiteral("T+1w"), QStringLiteral("--outcome"), QStringLiteral("x"),
                QStringLiteral("--stable"), QStringLiteral("--at"), QStringLiteral("2026-12-08T10:00:00Z")});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("already declared")), qPrintable(r.err));
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);

    // A launch that was rolled back is never STABLE.
    const QString rolled = signedDemo(QStringLiteral("rolled.gonogo"));
    liveAtNine(rolled);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(launch(rolled,
                    {QStringLiteral("--rollback"), QStringLiteral("--trigger"), QStringLiteral("RB-4"),
                     QStringLiteral("--rationale"), QStringLiteral("Errors at 2 %"), QStringLiteral("--at"), at(9, 20)})
                 .code,
             0);
    r = gonogoRun({QStringLiteral("review"), rolled, QStringLiteral("--record"), QStringLiteral("T+48h"),
                   QStringLiteral("--outcome"), QStringLiteral("x"), QStringLiteral("--stable"), QStringLiteral("--at"),
                   QStringLiteral("2026-12-03T10:00:00Z")});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("ROLLED BACK")), qPrintable(r.err));
}

int main(int argc, char *argv[])
{
    // One 1920x1080 screen, as a laptop on the projector.
    return runWindowTest<TestLaunch>(argc, argv, "tst_launch", {{"laptop", 0, 1920, 1080}});
}
#include "tst_launch.moc"
