// After go-live: the runbook and the thresholds changed (and the refusals that change nothing), the STABLE
// declaration signed by the stakeholders against a fingerprint computed here from the rows on disk, and the window's
// Monitoring and Reviews page driven by its keys, with the record's third edition printed.
#include "afterlaunchpanel.h"
#include "decisiondocument.h"
#include "launchpanel.h"
#include "launchsupport.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "translations.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;
using namespace testsupport;

namespace {

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC);
}

QString at(int day, int hour, int minute)
{
    return utc(day, hour, minute).toString(Qt::ISODate);
}

QString decisionFingerprint(const QString &path)
{
    const Run verified = gonogoRun({QStringLiteral("verify"), path});
    return QRegularExpression(QStringLiteral("Fingerprint: ([0-9a-f]{64})")).match(verified.out).captured(1);
}

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

class TestPostLaunch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runbookIsChangedBeforeTheStartOnly();
    void thresholdsAreChangedByTheirRule();
    void stableIsSignedAgainstItsFingerprint();
    void afterLaunchByKeysInTheWindow();

private:
    QString signedDemo(const QString &name); // a copy of the demo: GO WITH CAUTION, FINAL
    Run run(const QString &command, const QString &file, const QStringList &args);
    void liveAtNine(const QString &file); // 1 December: started 08:00, live at 09:00

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestPostLaunch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.gonogo"));
    const QString made = makeDemo(m_demo);
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

QString TestPostLaunch::signedDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

Run TestPostLaunch::run(const QString &command, const QString &file, const QStringList &args)
{
    return gonogoRun(QStringList{command, file} + args + QStringList{QStringLiteral("--by"), QStringLiteral("Ana")});
}

void TestPostLaunch::liveAtNine(const QString &file)
{
    goLiveAtNine(file, QStringLiteral("Ana"));
}

void TestPostLaunch::runbookIsChangedBeforeTheStartOnly()
{
    const QString path = signedDemo(QStringLiteral("runbook.gonogo"));
    const auto edit = [this, &path](const QStringList &args) {
        return run(QStringLiteral("runbook"), path, QStringList{QStringLiteral("--edit")} + args);
    };
    // A longer pre-deployment validation, an hour and a half before go-live.
    Run r = edit({QStringLiteral("t-60"), QStringLiteral("--offset"), QStringLiteral("-90"),
                  QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--title"),
                  QStringLiteral("Pre-deployment validation and "
                                 "restore drill")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT offset_min || '|' || duration_min || '|' || title FROM "
                                            "runbook_step WHERE id = 'T-60'")})
                 .value(0)
                 .toString(),
             QStringLiteral("-90|30|Pre-deployment validation and restore drill"));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'runbook:T-60' AND "
                                            "action = 'edit step'")})
                 .value(0)
                 .toInt(),
             1);
    // Refused, naming why, and nothing on disk changes.
    const QByteArray before = sha256(path);
    const QList<QPair<QStringList, QString>> refusals{
        {{QStringLiteral("T-45"), QStringLiteral("--offset"), QStringLiteral("-95")}, QStringLiteral("after T-60")},
        {{QStringLiteral("T+0"), QStringLiteral("--offset"), QStringLiteral("5")}, QStringLiteral("stays 0")},
        {{QStringLiteral("T-5"), QStringLiteral("--offset"), QStringLiteral("0")},
         QStringLiteral("only the go-live step")},
        {{QStringLiteral("T-45"), QStringLiteral("--trigger"), QStringLiteral("RB-9")},
         QStringLiteral("no rollback trigger \"RB-9\"")},
        {{QStringLiteral("T-45"), QStringLiteral("--minutes"), QStringLiteral("0")}, QStringLiteral("1 to 600")},
        {{QStringLiteral("T-45"), QStringLiteral("--title"), QStringLiteral("  ")}, QStringLiteral("needs a title")},
        {{QStringLiteral("T-99"), QStringLiteral("--title"), QStringLiteral("x")}, QStringLiteral("no step \"T-99\"")}};
    for (const auto &[args, words] : refusals) {
        r = edit(args);
        QVERIFY2(r.code == 7 && r.err.contains(words),
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
    }
    r = edit({QStringLiteral("T-45"), QStringLiteral("--offset"), QStringLiteral("soon")});
    QCOMPARE(r.code, 2);
    r = run(QStringLiteral("runbook"), path, {QStringLiteral("--title"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QCOMPARE(sha256(path), before);
    // The launch follows the changed plan: T-60 is due 90 minutes before go-live; once started, no more changes.
    QCOMPARE(
        run(QStringLiteral("launch"), path, {QStringLiteral("--start"), QStringLiteral("--at"), at(1, 7, 30)}).code, 0);
    const QJsonObject plan =
        QJsonDocument::fromJson(
            gonogoRun({QStringLiteral("runbook"), path, QStringLiteral("--json"), QStringLiteral("--at"), at(1, 7, 45)})
                .out.toUtf8())
            .object();
    QCOMPARE(plan.value(QStringLiteral("planned_go_live")).toString(), at(1, 9, 0));
    const QByteArray started = sha256(path);
    r = edit({QStringLiteral("T-45"), QStringLiteral("--title"), QStringLiteral("Window opens")});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("no longer changed")), qPrintable(r.err));
    QCOMPARE(sha256(path), started);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);
    // A plan changed behind the app's back is named by verify.
    QVERIFY(rawQuery(path, {QStringLiteral("UPDATE runbook_step SET duration_min = 5 WHERE id = 'T-60'")}).isEmpty());
    r = gonogoRun({QStringLiteral("verify"), path});
    QVERIFY(r.code != 0);
    QVERIFY2(r.out.contains(QStringLiteral("runbook T-60")) || r.err.contains(QStringLiteral("runbook T-60")),
             qPrintable(r.out + r.err));
}

void TestPostLaunch::thresholdsAreChangedByTheirRule()
{
    const QString path = signedDemo(QStringLiteral("thresholds.gonogo"));
    liveAtNine(path);
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto metrics = [this, &path](const QStringList &args) { return run(QStringLiteral("metrics"), path, args); };
    // The request rate has no baseline until one is known: no reading breaches it.
    QCOMPARE(
        metrics({QStringLiteral("--reading"), QStringLiteral("request_rate=900"), QStringLiteral("--at"), at(1, 9, 20)})
            .code,
        0);
    const auto breaches = [&path] {
        return QJsonDocument::fromJson(gonogoRun({QStringLiteral("metrics"), path, QStringLiteral("--json"),
                                                  QStringLiteral("--at"), at(1, 12, 0)})
                                           .out.toUtf8())
            .object()
            .value(QStringLiteral("breaches"))
            .toArray()
            .size();
    };
    QCOMPARE(breaches(), 0);
    // Baseline 450 req/s within 20 %: 900 is 100 % above it, a breach; 500 is 11 % above, normal.
    Run r = metrics(
        {QStringLiteral("--set"), QStringLiteral("request_rate"), QStringLiteral("--baseline"), QStringLiteral("450")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT limit_value || '|' || band_percent FROM metric WHERE id = "
                                            "'request_rate'")})
                 .value(0)
                 .toString(),
             QStringLiteral("450.0|20.0"));
    QCOMPARE(breaches(), 1);
    QCOMPARE(
        metrics({QStringLiteral("--reading"), QStringLiteral("request_rate=500"), QStringLiteral("--at"), at(1, 9, 40)})
            .code,
        0);
    QCOMPARE(breaches(), 1);
    // CPU allowed to 75 %, fed to RB-3.
    QCOMPARE(metrics({QStringLiteral("--set"), QStringLiteral("cpu"), QStringLiteral("--limit"), QStringLiteral("75"),
                      QStringLiteral("--trigger"), QStringLiteral("rb-3")})
                 .code,
             0);
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT limit_value || '|' || trigger_id FROM metric WHERE id = 'cpu'")})
                 .value(0)
                 .toString(),
             QStringLiteral("75.0|RB-3"));
    // Another rule's kind of threshold is refused, naming the metric; nothing changes.
    const QByteArray before = sha256(path);
    const QList<QPair<QStringList, QString>> refusals{
        {{QStringLiteral("--set"), QStringLiteral("circuit_breaker"), QStringLiteral("--limit"), QStringLiteral("3")},
         QStringLiteral("circuit_breaker reads a word")},
        {{QStringLiteral("--set"), QStringLiteral("cpu"), QStringLiteral("--band"), QStringLiteral("10")},
         QStringLiteral("cpu is measured against a limit")},
        {{QStringLiteral("--set"), QStringLiteral("request_rate"), QStringLiteral("--band"), QStringLiteral("0")},
         QStringLiteral("band above 0")},
        {{QStringLiteral("--set"), QStringLiteral("error_rate"), QStringLiteral("--trigger"), QStringLiteral("RB-99")},
         QStringLiteral("no rollback trigger \"RB-99\"")},
        {{QStringLiteral("--set"), QStringLiteral("latency"), QStringLiteral("--limit"), QStringLiteral("2")},
         QStringLiteral("no metric \"latency\"")}};
    for (const auto &[args, words] : refusals) {
        r = metrics(args);
        QVERIFY2(r.code == 7 && r.err.contains(words),
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
    }
    for (const QStringList &args :
         {QStringList{QStringLiteral("--set"), QStringLiteral("cpu"), QStringLiteral("--baseline"),
                      QStringLiteral("3")},
          QStringList{QStringLiteral("--set"), QStringLiteral("cpu"), QStringLiteral("--limit"), QStringLiteral("nan")},
          QStringList{QStringLiteral("--set"), QStringLiteral("cpu")},
          QStringList{QStringLiteral("--limit"), QStringLiteral("3")}}) {
        QCOMPARE(metrics(args).code, 2);
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);
    // A threshold loosened behind the app's back is named by verify.
    QVERIFY(rawQuery(path, {QStringLiteral("UPDATE metric SET limit_value = 5 WHERE id = 'error_rate'")}).isEmpty());
    r = gonogoRun({QStringLiteral("verify"), path});
    QVERIFY(r.code != 0);
    QVERIFY2((r.out + r.err).contains(QStringLiteral("metric error_rate")), qPrintable(r.out + r.err));
}

void TestPostLaunch::stableIsSignedAgainstItsFingerprint()
{
    const QString path = signedDemo(QStringLiteral("stable.gonogo"));
    const auto review = [this, &path](const QStringList &args) { return run(QStringLiteral("review"), path, args); };
    const auto sign = [&review](const QString &name, const QString &role, const QString &when) {
        return review({QStringLiteral("--sign-stable"), QStringLiteral("--name"), name, QStringLiteral("--role"), role,
                       QStringLiteral("--at"), when});
    };
    liveAtNine(path);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Nothing to sign before STABLE is declared.
    QByteArray before = sha256(path);
    Run r = sign(QStringLiteral("Daniel Okafor"), QStringLiteral("CTO"), at(2, 10, 0));
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("STABLE has not been declared")), qPrintable(r.err));
    QCOMPARE(sha256(path), before);
    // Readings, the conditions closed and carried, T+24h and T+48h with STABLE.
    QCOMPARE(run(QStringLiteral("metrics"), path,
                 {QStringLiteral("--reading"), QStringLiteral("error_rate=0.03"), QStringLiteral("--at"), at(2, 9, 0)})
                 .code,
             0);
    QCOMPARE(
        review({QStringLiteral("--close-condition"), QStringLiteral("1"), QStringLiteral("--at"), at(2, 9, 10)}).code,
        0);
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT changed_at FROM condition_follow_up WHERE condition_id = 1")})
                 .value(0)
                 .toString(),
             QStringLiteral("2026-12-02T09:10:00.000Z"));
    QCOMPARE(review({QStringLiteral("--close-condition"), QStringLiteral("2")}).code, 0);
    QCOMPARE(review({QStringLiteral("--carry-condition"), QStringLiteral("3"), QStringLiteral("--owner"),
                     QStringLiteral("Tomás Ortega"), QStringLiteral("--due"), QStringLiteral("2026-12-20")})
                 .code,
             0);
    QCOMPARE(review({QStringLiteral("--record"), QStringLiteral("T+24h"), QStringLiteral("--outcome"),
                     QStringLiteral("Calm"), QStringLiteral("--at"), at(2, 9, 30)})
                 .code,
             0);
    QCOMPARE(
        review({QStringLiteral("--record"), QStringLiteral("T+48h"), QStringLiteral("--outcome"),
                QStringLiteral("Stable two days"), QStringLiteral("--stable"), QStringLiteral("--at"), at(3, 9, 30)})
            .code,
        0);
    // Two stakeholders sign; the stored fingerprint is the one computed here from the rows on disk.
    QVERIFY2((r = sign(QStringLiteral("Daniel Okafor"), QStringLiteral("CTO"), at(3, 9, 40))).code == 0,
             qPrintable(r.err));
    QCOMPARE(sign(QStringLiteral("Marcus Chen"), QStringLiteral("Ops Lead"), at(3, 9, 41)).code, 0);
    const QString decision = decisionFingerprint(path);
    QVERIFY(!decision.isEmpty());
    const QString expected = stableFingerprintOnDisk(path, decision);
    QCOMPARE(expected.size(), 64);
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT group_concat(name || '|' || fingerprint, ';') FROM "
                                            "stable_signoff")})
                 .value(0)
                 .toString(),
             QStringLiteral("Daniel Okafor|%1;Marcus Chen|%1").arg(expected));
    QJsonObject shown =
        QJsonDocument::fromJson(gonogoRun({QStringLiteral("review"), path, QStringLiteral("--json")}).out.toUtf8())
            .object();
    QCOMPARE(shown.value(QStringLiteral("stable_fingerprint")).toString(), expected);
    QCOMPARE(shown.value(QStringLiteral("stable_signoffs")).toArray().size(), 2);
    // Signing the same declaration twice, or as someone not on the roster, is refused.
    before = sha256(path);
    r = sign(QStringLiteral("Daniel Okafor"), QStringLiteral("CTO"), at(3, 9, 50));
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("already signed")), qPrintable(r.err));
    QVERIFY(sign(QStringLiteral("Eve Mallory"), QStringLiteral("Auditor"), at(3, 9, 50)).code != 0);
    QCOMPARE(sha256(path), before);
    // A reading after the declaration leaves it alone; one dated before it, added late, changes it: STALE.
    QCOMPARE(run(QStringLiteral("metrics"), path,
                 {QStringLiteral("--reading"), QStringLiteral("error_rate=0.02"), QStringLiteral("--at"), at(4, 9, 0)})
                 .code,
             0);
    QCOMPARE(stableFingerprintOnDisk(path, decision), expected);
    QCOMPARE(run(QStringLiteral("metrics"), path,
                 {QStringLiteral("--reading"), QStringLiteral("latency_p95=3.2"), QStringLiteral("--at"), at(2, 20, 0)})
                 .code,
             0);
    const QString changed = stableFingerprintOnDisk(path, decision);
    QVERIFY(changed != expected);
    shown = QJsonDocument::fromJson(gonogoRun({QStringLiteral("review"), path, QStringLiteral("--json")}).out.toUtf8())
                .object();
    QCOMPARE(shown.value(QStringLiteral("stable_fingerprint")).toString(), changed);
    for (const QJsonValue &s : shown.value(QStringLiteral("stable_signoffs")).toArray()) {
        QCOMPARE(s.toObject().value(QStringLiteral("current")).toBool(), false);
    }
    QVERIFY(gonogoRun({QStringLiteral("review"), path}).out.contains(QStringLiteral("Daniel Okafor (CTO): STALE")));
    // The CTO signs again, on what the declaration now rests on.
    QCOMPARE(sign(QStringLiteral("Daniel Okafor"), QStringLiteral("CTO"), at(4, 10, 0)).code, 0);
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT fingerprint FROM stable_signoff ORDER BY id DESC LIMIT 1")})
                 .value(0)
                 .toString(),
             changed);
    // The decision is untouched by all of it, and the file verifies; a signature moved by hand is named.
    QCOMPARE(decisionFingerprint(path), decision);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);

    // The record's third edition: the monitoring, the reviews, the conditions and the STABLE sign-off.
    const QString pdf = m_dir.filePath(QStringLiteral("stable.pdf"));
    QCOMPARE(gonogoRun({QStringLiteral("export-pdf"), path, pdf}).code, 0);
    const QString printed = pdfText(pdf);
    QVERIFY2(!printed.isEmpty(), "pdftotext (poppler-utils) is needed");
    QVERIFY(printed.contains(QStringLiteral("Edition 3: after go-live")));
    QVERIFY(printed.contains(QStringLiteral("STABLE declared at T+48h")));
    QVERIFY(QRegularExpression(QStringLiteral("CARRIED to Tomás\\s+Ortega")).match(printed).hasMatch());
    QVERIFY2(printed.contains(changed), qPrintable(changed));
    QVERIFY(printed.contains(decision.left(16)));
    QVERIFY(QRegularExpression(QStringLiteral("Marcus Chen\\s+Ops Lead\\s+STALE")).match(printed).hasMatch());

    QVERIFY(rawQuery(path, {QStringLiteral("UPDATE stable_signoff SET name = 'Someone Else' WHERE id = 1")}).isEmpty());
    r = gonogoRun({QStringLiteral("verify"), path});
    QVERIFY(r.code != 0);
    QVERIFY2((r.out + r.err).contains(QStringLiteral("stable 1")), qPrintable(r.out + r.err));
}

void TestPostLaunch::afterLaunchByKeysInTheWindow()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString path = signedDemo(QStringLiteral("window.gonogo"));
    // Before the start, E changes the selected step's plan in the runbook.
    QDateTime now = utc(1, 7, 0);
    // The window on the file, at the test's clock, one screen, at the desk.
    std::unique_ptr<MainWindow> w;
    const auto openWindow = [&w, &path, &now] {
        w = std::make_unique<MainWindow>();
        w->secondScreenAction()->setChecked(false);
        QVERIFY(w->openFile(path));
        w->document()->setTimeSource([&now] { return now; });
        w->resize(1600, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    };
    openWindow();
    QVERIFY(w);
    QApplication::setActiveWindow(w.get());
    QTest::keyClick(w.get(), Qt::Key_6, Qt::ControlModifier);
    LaunchPanel *runbook = w->launch();
    runbook->selectStep(QStringLiteral("T-30"));
    onDialog<QDialog>(this, [](QDialog *d) {
        d->findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("Begin the blue-green deployment"));
        d->findChildren<QSpinBox *>().at(1)->setValue(12);
        d->accept();
    });
    QTest::keyClick(runbook->table(), Qt::Key_E);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT title || '|' || duration_min FROM runbook_step WHERE id = "
                                                "'T-30'"))
                 .value(0)
                 .toString(),
             QStringLiteral("Begin the blue-green deployment|12"));
    QCOMPARE(runbook->table()->item(2, LaunchPanel::TitleColumn)->text(),
             QStringLiteral("Begin the blue-green deployment"));
    w.reset(); // the window lets go of the file; the launch runs from the command line

    liveAtNine(path);
    if (QTest::currentTestFailed()) {
        return;
    }
    now = utc(1, 9, 20);
    openWindow();
    QApplication::setActiveWindow(w.get());
    QTest::keyClick(w.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(w->tabs()->currentIndex(), 6);
    AfterLaunchPanel *panel = w->afterLaunch();
    QTableWidget *metrics = panel->metrics();
    QCOMPARE(QApplication::focusWidget(), metrics);
    QCOMPARE(metrics->rowCount(), 18);
    panel->refresh(); // the phase moves with the (injected) clock alone
    QVERIFY2(panel->phaseLabel()->text().startsWith(QStringLiteral("Critical phase")),
             qPrintable(panel->phaseLabel()->text()));
    const auto backToTheTable = [&w, metrics] {
        QApplication::setActiveWindow(w.get());
        metrics->setFocus();
    };
    // A: a reading by hand for the selected metric (error rate), taken "now".
    metrics->setCurrentCell(1, AfterLaunchPanel::MetricNameColumn);
    onDialog<QDialog>(this, [](QDialog *d) {
        d->findChild<QLineEdit *>()->setText(QStringLiteral("0.4"));
        d->accept();
    });
    QTest::keyClick(metrics, Qt::Key_A);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT metric_id || '|' || value || '|' || at || '|' || source FROM "
                                                "metric_reading"))
                 .value(0)
                 .toString(),
             QStringLiteral("error_rate|0.4|2026-12-01T09:20:00.000Z|by hand"));
    QCOMPARE(metrics->item(1, AfterLaunchPanel::MetricStateColumn)->text(), QStringLiteral("BREACH"));
    QCOMPARE(panel->headline()->text(), QStringLiteral("Monitoring: 1 reading outside its threshold"));
    QVERIFY(w->tabs()->tabText(6).contains(QStringLiteral("1 breach")));
    backToTheTable();
    // I: a monitoring export, all or none; a bad line is named and nothing is added.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad, "metric,time,value\ncpu,2026-12-01T09:30:00Z,41\ncpu,yesterday,40\n"));
    const QByteArray before = sha256(path);
    QVERIFY(!panel->importReadings(bad, false));
    QCOMPARE(sha256(path), before);
    const QString good = m_dir.filePath(QStringLiteral("good.csv"));
    QVERIFY(writeFile(good, "metric,time,value\ncpu,2026-12-01T09:30:00Z,41\nerror_rate,2026-12-01T09:30:00Z,0.05\n"));
    QVERIFY(panel->importReadings(good, false));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT count(*) FROM metric_reading")).value(0).toInt(), 3);
    QCOMPARE(metrics->item(1, AfterLaunchPanel::MetricStateColumn)->text(), QStringLiteral("OK")); // latest 0.05
    // T: the selected metric's threshold (CPU to 65 %).
    metrics->setCurrentCell(3, AfterLaunchPanel::MetricNameColumn);
    onDialog<QDialog>(this, [](QDialog *d) {
        d->findChild<QLineEdit *>()->setText(QStringLiteral("65"));
        d->accept();
    });
    QTest::keyClick(metrics, Qt::Key_T);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT limit_value FROM metric WHERE id = 'cpu'")).value(0).toDouble(),
             65.0);
    QCOMPARE(metrics->item(3, AfterLaunchPanel::ThresholdColumn)->text(), QStringLiteral("< 65 %"));
    backToTheTable();
    // W: T+24h, the next review, once it is due.
    now = utc(2, 9, 15);
    QCOMPARE(panel->nextReview(), QStringLiteral("T+24h"));
    onDialog<QDialog>(this, [](QDialog *d) {
        d->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Quiet night"));
        QVERIFY(!d->findChild<QCheckBox *>()->isEnabled()); // STABLE waits for T+48h
        d->accept();
    });
    QTest::keyClick(metrics, Qt::Key_W);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT held_at || '|' || outcome FROM review WHERE id = 'T+24h'"))
                 .value(0)
                 .toString(),
             QStringLiteral("2026-12-02T09:15:00.000Z|Quiet night"));
    backToTheTable();
    // C closes the selected condition (with how it was met); Y carries another to a new owner and date.
    QTableWidget *conditions = panel->conditions();
    conditions->setFocus();
    conditions->setCurrentCell(0, 0);
    onDialog<QInputDialog>(this, [](QInputDialog *d) {
        d->setTextValue(QStringLiteral("Banner live since T+2h"));
        d->accept();
    });
    QTest::keyClick(conditions, Qt::Key_C);
    QApplication::setActiveWindow(w.get());
    conditions->setFocus();
    conditions->setCurrentCell(1, 0);
    onDialog<QInputDialog>(this, [](QInputDialog *d) { d->accept(); }); // closed without a note
    QTest::keyClick(conditions, Qt::Key_C);
    QApplication::setActiveWindow(w.get());
    conditions->setFocus();
    conditions->setCurrentCell(2, 0);
    onDialog<QDialog>(this, [](QDialog *d) {
        d->findChild<QLineEdit *>()->setText(QStringLiteral("Tomás Ortega"));
        d->findChild<QDateEdit *>()->setDate(QDate(2026, 12, 20));
        d->accept();
    });
    QTest::keyClick(conditions, Qt::Key_Y);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT group_concat(condition_id || ':' || state || ':' || new_owner, "
                                                "';') FROM condition_follow_up"))
                 .value(0)
                 .toString(),
             QStringLiteral("1:CLOSED:;2:CLOSED:;3:CARRIED:Tomás Ortega"));
    QCOMPARE(conditions->item(2, AfterLaunchPanel::ConditionStateColumn)->text(), QStringLiteral("CARRIED"));
    backToTheTable();
    // W at T+48h, declaring STABLE; N signs it.
    now = utc(3, 9, 30);
    onDialog<QDialog>(this, [](QDialog *d) {
        d->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Two calm days"));
        d->findChild<QCheckBox *>()->setChecked(true);
        d->accept();
    });
    QTest::keyClick(metrics, Qt::Key_W);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT stable FROM review WHERE id = 'T+48h'")).value(0).toInt(), 1);
    backToTheTable();
    now = utc(3, 9, 35);
    onDialog<QDialog>(this, [](QDialog *d) {
        d->findChild<QComboBox *>()->setCurrentIndex(0); // the CTO
        d->accept();
    });
    QTest::keyClick(metrics, Qt::Key_N);
    w->close(); // the window lets go of the file
    const QString expected = stableFingerprintOnDisk(path, decisionFingerprint(path));
    QCOMPARE(rawQuery(path, {QStringLiteral("SELECT name || '|' || signed_at || '|' || fingerprint FROM "
                                            "stable_signoff")})
                 .value(0)
                 .toString(),
             QStringLiteral("Daniel Okafor|2026-12-03T09:35:00.000Z|%1").arg(expected));
    openWindow();
    w->tabs()->setCurrentIndex(6);
    panel = w->afterLaunch();
    QCOMPARE(panel->headline()->text(), QStringLiteral("STABLE declared at T+48h · signed by 1 of 5"));
    QCOMPARE(panel->signoffs()->item(0, AfterLaunchPanel::SignoffStateColumn)->text(), QStringLiteral("CURRENT"));
    // Every chip whole, whichever word it shows.
    QFont bold = panel->signoffs()->font();
    bold.setBold(true);
    QVERIFY(panel->signoffs()->columnWidth(AfterLaunchPanel::SignoffStateColumn) >=
            QFontMetrics(bold).horizontalAdvance(QStringLiteral("NOT SIGNED")) + 28);
    QVERIFY(w->grab().save(QStringLiteral("afterlaunch-desk-1600x900.png")));
    w->resize(1280, 720);
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(QStringLiteral("afterlaunch-desk-1280x720.png")));
    w->resize(1600, 900);
    w->setPresenting(true);
    QCoreApplication::processEvents();
    QCOMPARE(w->tabs()->currentIndex(), 6);
    QVERIFY(w->afterLaunch()->headline()->isVisible());
    QVERIFY(w->grab().save(QStringLiteral("afterlaunch-room.png")));
    w->setPresenting(false);
    w->close();
    QCOMPARE(gonogoRun({QStringLiteral("verify"), path}).code, 0);
}

int main(int argc, char *argv[])
{
    // One 1920x1080 screen, as a laptop on the projector.
    return runWindowTest<TestPostLaunch>(argc, argv, "tst_postlaunch", {{"laptop", 0, 1920, 1080}});
}
#include "tst_postlaunch.moc"
