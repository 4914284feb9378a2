// The tamper-evident record: a fingerprint that is stable across runs and machines (golden file), changes with
// any decided content and not with viewing; sign-offs that go STALE, that cannot be copied into another file,
// and an audit chain that names the first row someone edited, deleted or inserted behind the app's back. Run twice
// by CTest (backend.h): on files, and as tst_record_pg on decisions of the test PostgreSQL server.
#include "backend.h"
#include "decisionfile.h"
#include "engine.h"
#include "record.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;
using namespace testsupport;

namespace {

// A record with every kind of content, built without a file so that nothing random or dated creeps in.
Snapshot goldenSnapshot()
{
    Snapshot s;
    s.meeting.recordId = QStringLiteral("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    s.meeting.launchName = QStringLiteral("Agente Hotelero IA \u2013 lanzamiento");
    s.meeting.targetDate = QDate(2026, 12, 1);
    s.meeting.meetingDate = QDate(2026, 11, 30);
    s.meeting.facilitator = QStringLiteral("Sof\u0069\u0301a Mar\u00edn"); // decomposed accent: NFC makes it one
    s.categories = {{QStringLiteral("SEC"), QStringLiteral("Security"), 1},
                    {QStringLiteral("OPS"), QStringLiteral("Operations"), 2}};
    Item a;
    a.id = QStringLiteral("SEC-01");
    a.categoryCode = QStringLiteral("SEC");
    a.title = QStringLiteral("TLS \"everywhere\" \\ no exceptions");
    a.critical = true;
    a.status = Status::Pass;
    a.owner = QStringLiteral("Luc\u00eda");
    a.evidence = QStringLiteral("SSL Labs A+\nline two\ttab");
    Item b;
    b.id = QStringLiteral("OPS-01");
    b.categoryCode = QStringLiteral("OPS");
    b.title = QStringLiteral("Rollback rehearsed");
    b.status = Status::Partial;
    s.items = {a, b};
    Risk r;
    r.id = QStringLiteral("R-01");
    r.title = QStringLiteral("PMS rate limits");
    r.likelihood = Likelihood::Medium;
    r.impact = Impact::High;
    r.state = RiskState::Accepted;
    r.acceptanceRationale = QStringLiteral("Queue with backoff");
    r.acceptedBy = QStringLiteral("CTO");
    r.acceptedUntil = QDate(2026, 12, 15);
    r.itemIds = {QStringLiteral("OPS-01")};
    s.risks = {r};
    s.matrix.setLevel(Likelihood::Low, Impact::Low, RiskLevel::Yellow);
    RecordedDecision d;
    d.decision = Decision::GoWithCaution;
    d.rationale = QStringLiteral("Rollback is partial but rehearsed.");
    d.recommendation = Decision::GoWithCaution;
    d.decidedAt = QDateTime(QDate(2026, 11, 30), QTime(15, 4, 5, 6), Qt::UTC);
    d.decidedBy = QStringLiteral("Sof\u00eda");
    d.conditions = {{1, QStringLiteral("Finish rollback drill"), QStringLiteral("Marcus"), QDate(2026, 12, 2)}};
    s.decision = d;
    s.stakeholders = {{1, 1, QStringLiteral("Dana"), QStringLiteral("CTO")},
                      {2, 2, QString(), QStringLiteral("Ops Lead")}};
    return s;
}

QString createFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = placeFor(dir.path(), name);
    auto created = DecisionFile::create(path, TemplateImport::builtIn(QStringLiteral("p020")).value(), {});
    return created ? path : QString();
}

} // namespace

class TestRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString why = prepareBackend(QStringLiteral("suite_record"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    void fingerprintMatchesGoldenFile_data();
    void fingerprintMatchesGoldenFile();
    void fingerprintFollowsDecidedContent_data();
    void fingerprintFollowsDecidedContent();
    void signoffGoesStaleAndSignsAgain();
    void copiedSignoffDoesNotVerify();
    void decisionRules();
    void recommendationIsTheEnginesForTheFile();
    void cleanTextRemovesControlAndBidi_data();
    void cleanTextRemovesControlAndBidi();
    void auditChainTampering_data();
    void auditChainTampering();
};

void TestRecord::fingerprintMatchesGoldenFile_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("name");
    // Form 1 is frozen: sign-offs made under it must verify forever. Form 2 is what new sign-offs use; its
    // snapshot adds text outside the BMP, which form 1 could not tell apart.
    QTest::newRow("form 1") << 1 << QStringLiteral("record-golden");
    QTest::newRow("form 2") << 2 << QStringLiteral("record-golden-2");
}

void TestRecord::fingerprintMatchesGoldenFile()
{
    // To change the record format on purpose: GONOGO_WRITE_GOLDEN=1 tests/tst_record fingerprintMatchesGoldenFile,
    // then in tests/fixtures `printf %s "$(cat NAME.json)" | sha256sum > NAME.sha256` (the hash of the file without
    // its final newline), and add a new form: never rewrite the golden file of a form already in use.
    QFETCH(int, form);
    QFETCH(QString, name);
    Snapshot s = goldenSnapshot();
    if (form == 2) {
        s.meeting.launchName += QStringLiteral(" \U0001F680");         // rocket, outside the BMP
        s.items[1].evidence = QStringLiteral("\U0001D49C \U00020000"); // mathematical A, CJK extension B
    }
    const QString base = QStringLiteral(GONOGO_FIXTURES "/") + name;
    if (qEnvironmentVariableIsSet("GONOGO_WRITE_GOLDEN")) {
        QVERIFY(writeFile(base + QStringLiteral(".json"), Record::canonical(s, form) + '\n'));
    }
    const QByteArray golden = readFile(base + QStringLiteral(".json")).trimmed();
    const QByteArray expectedHash = readFile(base + QStringLiteral(".sha256")).left(64);
    QVERIFY(!golden.isEmpty());
    QCOMPARE(Record::canonical(s, form), golden);
    QCOMPARE(Record::fingerprint(s, form).toLatin1(), expectedHash);
    // Viewing changes nothing: the same snapshot, assessed and serialized again, gives the same bytes.
    DecisionEngine::assess(s);
    QCOMPARE(Record::fingerprint(s, form).toLatin1(), expectedHash);
}

void TestRecord::fingerprintFollowsDecidedContent_data()
{
    QTest::addColumn<int>("change");
    const char *names[] = {"status",           "owner",     "evidence",           "risk state",
                           "matrix",           "threshold", "decision rationale", "condition",
                           "stakeholder name", "record id", "launch name"};
    for (int i = 0; i < int(std::size(names)); ++i) {
        QTest::newRow(names[i]) << i;
    }
}

void TestRecord::fingerprintFollowsDecidedContent()
{
    QFETCH(int, change);
    Snapshot s = goldenSnapshot();
    const QString before = Record::fingerprint(s);
    switch (change) {
    case 0:
        s.items[1].status = Status::Pass;
        break;
    case 1:
        s.items[0].owner += QLatin1Char('x');
        break;
    case 2:
        s.items[0].evidence.clear();
        break;
    case 3:
        s.risks[0].state = RiskState::Mitigated;
        break;
    case 4:
        s.matrix.setLevel(Likelihood::High, Impact::High, RiskLevel::Yellow);
        break;
    case 5:
        s.meeting.thresholds.goPercent = 96;
        break;
    case 6:
        s.decision->rationale += QLatin1Char('.');
        break;
    case 7:
        s.decision->conditions[0].due = QDate(2026, 12, 3);
        break;
    case 8:
        s.stakeholders[1].name = QStringLiteral("Marcus");
        break;
    case 9:
        s.meeting.recordId = QStringLiteral("another");
        break;
    case 10:
        s.meeting.launchName += QLatin1Char(' ');
        break;
    }
    QVERIFY(Record::fingerprint(s) != before);
}

void TestRecord::signoffGoesStaleAndSignsAgain()
{
    QTemporaryDir dir;
    const QString path = createFile(dir, QStringLiteral("s.gonogo"));
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    DecisionFile &f = *file.value();
    auto snap = f.snapshot();
    DecisionDraft d;
    d.decision = Decision::NoGo;
    d.rationale = QStringLiteral("Nothing is checked yet.");
    QVERIFY(f.decisions().record(d, QStringLiteral("facilitator")));
    snap = f.snapshot();
    const QString fp = Record::fingerprint(snap.value());
    SignoffDraft sd;
    sd.stakeholderId = snap->stakeholders.first().id;
    sd.name = QStringLiteral("Dana");
    sd.vote = Vote::Concur;
    auto id = f.signoffs().sign(sd, QStringLiteral("Dana"));
    QVERIFY2(id, qPrintable(id.error().message));
    snap = f.snapshot();
    QCOMPARE(Record::state(snap->signoffs.first(), Record::fingerprints(snap.value())), SignoffState::Current);
    QCOMPARE(recordProgress(snap.value(), Record::fingerprints(snap.value())).missing.size(), 4);
    // Any change to decided content makes it stale; a non-content change (notes) does not.
    ItemChange notes;
    notes.id = QStringLiteral("SEC-01");
    notes.notes = QStringLiteral("ask about the CDN");
    QVERIFY(f.items().apply({notes}, QStringLiteral("x")));
    snap = f.snapshot();
    QCOMPARE(Record::state(snap->signoffs.first(), Record::fingerprints(snap.value())), SignoffState::Current);
    ItemChange status;
    status.id = QStringLiteral("SEC-01");
    status.status = Status::Pass;
    QVERIFY(f.items().apply({status}, QStringLiteral("x")));
    snap = f.snapshot();
    QCOMPARE(Record::state(snap->signoffs.first(), Record::fingerprints(snap.value())), SignoffState::Stale);
    auto report = f.verify();
    QVERIFY(report && report->ok());
    QVERIFY(report->notes.join(QLatin1Char('\n')).contains(QStringLiteral("STALE")));
    // Signing again makes the new sign-off current; the stale one stays in the history.
    QVERIFY(f.signoffs().sign(sd, QStringLiteral("Dana")));
    snap = f.snapshot();
    QCOMPARE(snap->signoffs.size(), 2);
    QCOMPARE(Record::state(snap->signoffs.last(), Record::fingerprints(snap.value())), SignoffState::Current);
    // Withdrawal is audited and kept.
    QVERIFY(!f.signoffs().withdraw(snap->signoffs.last().id, QStringLiteral(" "), QStringLiteral("Dana")));
    QVERIFY(f.signoffs().withdraw(snap->signoffs.last().id, QStringLiteral("Changed my mind"), QStringLiteral("Dana")));
    snap = f.snapshot();
    QCOMPARE(Record::state(snap->signoffs.last(), Record::fingerprints(snap.value())), SignoffState::Withdrawn);
    QCOMPARE(snap->signoffs.last().withdrawReason, QStringLiteral("Changed my mind"));
    // Dissent needs a comment.
    sd.vote = Vote::NonConcur;
    auto refused = f.signoffs().sign(sd, QStringLiteral("Dana"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("comment")));
}

void TestRecord::copiedSignoffDoesNotVerify()
{
    QTemporaryDir dir;
    const QString first = createFile(dir, QStringLiteral("a.gonogo"));
    const QString second = createFile(dir, QStringLiteral("b.gonogo"));
    {
        auto f = DecisionFile::open(first);
        QVERIFY(f);
        auto snap = f.value()->snapshot();
        SignoffDraft sd;
        sd.stakeholderId = snap->stakeholders.first().id;
        sd.name = QStringLiteral("Dana");
        QVERIFY(f.value()->signoffs().sign(sd, QStringLiteral("Dana")));
    }
    // Copy the row, every column, into the other decision.
    const QString columns = QStringLiteral("stakeholder_id, name, role, vote, comment, signed_at, fingerprint, "
                                           "signature_png, audit_seq, audit_hash, seal");
    const QList<QVariantList> row = rawRows(first, QStringLiteral("SELECT %1 FROM signoff").arg(columns));
    QCOMPARE(row.size(), 1);
    QCOMPARE(row.first().size(), 11);
    rawRows(second, QStringLiteral("INSERT INTO signoff (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns),
            row.first());
    QCOMPARE(rawQuery(second, {QStringLiteral("SELECT count(*) FROM signoff")}).value(0).toInt(), 1);
    auto f = DecisionFile::open(second);
    QVERIFY(f);
    auto report = f.value()->verify();
    QVERIFY(report);
    QVERIFY(!report->ok());
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("copied from another decision")),
             qPrintable(report->problems.join(QLatin1Char('\n'))));
    // Even with the same fingerprint forced in, the seal is bound to the first file's record ID.
    auto snap = f.value()->snapshot();
    QVERIFY(Record::state(snap->signoffs.first(), Record::fingerprints(snap.value())) != SignoffState::Current);
}

void TestRecord::decisionRules()
{
    QTemporaryDir dir;
    const QString path = createFile(dir, QStringLiteral("d.gonogo"));
    auto f = DecisionFile::open(path);
    QVERIFY(f);
    DecisionDraft d;
    d.decision = Decision::Go; // the recommendation for a file with nothing checked is NO-GO
    d.rationale = QStringLiteral("We trust the team.");
    auto refused = f.value()->decisions().record(d, QStringLiteral("x"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("override")));
    d.overrideRationale = QStringLiteral("Board decision: the contract date is fixed; risks accepted in writing.");
    d.decision = Decision::GoWithCaution;
    d.conditions = {{0, QStringLiteral("Soak test rerun tonight"), QStringLiteral("Priya"), QDate(2026, 11, 30)}};
    QVERIFY(f.value()->decisions().record(d, QStringLiteral("x")));
    auto loaded = f.value()->decisions().load();
    QVERIFY(loaded && loaded.value());
    QCOMPARE(loaded.value()->decision, Decision::GoWithCaution);
    QCOMPARE(loaded.value()->recommendation, Decision::NoGo);
    QCOMPARE(loaded.value()->overrideRationale, d.overrideRationale);
    QCOMPARE(loaded.value()->conditions.size(), 1);
    QCOMPARE(loaded.value()->conditions.first().due, QDate(2026, 11, 30));
}

void TestRecord::cleanTextRemovesControlAndBidi_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("multiline");
    QTest::addColumn<QString>("output");
    QTest::newRow("bidi override") << QStringLiteral("Dana\u202Egnp.exe") << false << QStringLiteral("Danagnp.exe");
    QTest::newRow("isolates") << QStringLiteral("\u2066CTO\u2069 \u2067x\u2068") << false << QStringLiteral("CTO x");
    QTest::newRow("escape") << QStringLiteral("\x1b[31mred") << false << QStringLiteral("[31mred");
    QTest::newRow("newline in name") << QStringLiteral("Dana\nSmith") << false << QStringLiteral("Dana Smith");
    QTest::newRow("newline in comment") << QStringLiteral(" line one\nline two ") << true
                                        << QStringLiteral("line one\nline two");
    QTest::newRow("nul and bell") << QStringLiteral("a") + QChar(0) + QStringLiteral("b\x07") << false
                                  << QStringLiteral("ab");
    QTest::newRow("nfc") << QStringLiteral("Mari\u0301a") << false << QStringLiteral("Mar\u00eda");
}

void TestRecord::cleanTextRemovesControlAndBidi()
{
    QFETCH(QString, input);
    QFETCH(bool, multiline);
    QFETCH(QString, output);
    QCOMPARE(cleanText(input, multiline), output);
}

void TestRecord::auditChainTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("words");
    QTest::newRow("edit") << "UPDATE audit_log SET new_value = 'FAIL' WHERE seq = 3"
                          << "entry 3 was changed";
    QTest::newRow("delete") << "DELETE FROM audit_log WHERE seq = 3"
                            << "entries 3 to 3 are missing";
    QTest::newRow("delete last") << "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"
                                 << "entry in the audit log is missing";
    QTest::newRow("insert") << "INSERT INTO audit_log (seq, at, actor, action, entity) SELECT max(seq) + 1, "
                               "'2026-11-27T10:00:00.000Z', 'mallory', 'set', 'item:SEC-01' FROM audit_log"
                            << "not sealed";
    QTest::newRow("forged chain") << "UPDATE audit_log SET actor = 'mallory', hash = 'x' WHERE seq = 2"
                                  << "entry 2 was changed";
}

void TestRecord::auditChainTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString path = createFile(dir, QStringLiteral("t.gonogo"));
    {
        auto f = DecisionFile::open(path);
        QVERIFY(f);
        for (const char *id : {"SEC-01", "SEC-02", "SEC-03"}) {
            ItemChange c;
            c.id = QString::fromLatin1(id);
            c.status = Status::Pass;
            QVERIFY(f.value()->items().apply({c}, QStringLiteral("alice")));
        }
        auto snap = f.value()->snapshot();
        SignoffDraft sd;
        sd.stakeholderId = snap->stakeholders.first().id;
        sd.name = QStringLiteral("Dana");
        QVERIFY(f.value()->signoffs().sign(sd, QStringLiteral("Dana")));
        auto clean = f.value()->verify();
        QVERIFY(clean && clean->ok());
    }
    if (onServer()) {
        // As the decision's owner, who may drop the guards; the triggers are named as in a file.
        const QVariantList done = rawQuery(path, {QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log"),
                                                  QStringLiteral("DROP TRIGGER audit_log_no_delete ON audit_log"), sql,
                                                  QStringLiteral("SELECT 'done'")});
        QCOMPARE(done, QVariantList{QStringLiteral("done")});
    } else {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is not installed (package sqlite3, installed by setup.sh)");
        QProcess shell;
        shell.start(sqlite3, {path});
        QVERIFY(shell.waitForStarted());
        shell.write(QStringLiteral("DROP TRIGGER audit_log_no_update;\nDROP TRIGGER audit_log_no_delete;\n%1;\n")
                        .arg(sql)
                        .toUtf8());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished());
        QCOMPARE(shell.exitCode(), 0);
    }
    auto f = DecisionFile::open(path);
    QVERIFY(f);
    auto report = f.value()->verify();
    QVERIFY(report);
    QVERIFY(!report->ok());
    const QString all = report->problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(words), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("append-only guard")), qPrintable(all));
}

void TestRecord::recommendationIsTheEnginesForTheFile()
{
    // The recommendation recorded with a decision is worked out by the storage layer from the file itself: every
    // P020 item PASS and no risk is GO by the seed's matrix; one critical item FAIL makes it NO-GO.
    QTemporaryDir dir;
    const QString path = createFile(dir, QStringLiteral("r.gonogo"));
    {
        auto f = DecisionFile::open(path);
        QVERIFY(f);
        QVector<ItemChange> all;
        const Snapshot before = f.value()->snapshot().value();
        for (const Item &item : before.items) {
            ItemChange c;
            c.id = item.id;
            c.status = Status::Pass;
            all << c;
        }
        QVERIFY(f.value()->items().apply(all, QStringLiteral("x")));
        DecisionDraft d;
        d.decision = Decision::Go;
        d.rationale = QStringLiteral("Everything passed.");
        auto recorded = f.value()->decisions().record(d, QStringLiteral("x"));
        QVERIFY(recorded);
        QCOMPARE(recorded.value(), Decision::Go);
        ItemChange failed;
        failed.id = QStringLiteral("SEC-01");
        failed.status = Status::Fail;
        QVERIFY(f.value()->items().apply({failed}, QStringLiteral("x")));
        auto refused = f.value()->decisions().record(d, QStringLiteral("x"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("recommendation NO-GO")),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(
        rawQuery(path, {QStringLiteral("SELECT decision || '/' || recommendation FROM decision")}).value(0).toString(),
        QStringLiteral("GO/GO"));
}

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
