// The record tells the truth: the canonical form tells every two different records apart (property test over
// random Unicode), form-1 sign-offs from older files still verify and cannot be fooled through form 1's blind
// spot, the window's fingerprint is always the one a second connection computes from the file, and verify
// names each kind of direct tampering done with the sqlite3 shell behind the app's back.
#include "cli.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "record.h"
#include "storage/ledger.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <QUrl>
#include <array>

using namespace gonogo;
using namespace testsupport;

namespace {

// Code points chosen to break naive encoders: JSON syntax, escapes, controls, combining marks (NFC composes
// some of them), characters outside the BMP, bidi and joiners, the replacement character itself.
const QVector<char32_t> alphabet{
    U'a',      U'b',      U'"',          U'\\',         U',',          U':',          U'{',      U'}',      U'[',
    U']',      U'\n',     U'\t',         U'\x01',       U'e',          U'\u0301',     U'\u00e9', U'\u4e2d', U'\u05d0',
    U'\u200d', U'\ufffd', U'\U0001F600', U'\U0001F680', U'\U0001D49C', U'\U00020000', U'%',      U'1'};

QString randomText(QRandomGenerator &random)
{
    QString text;
    const int length = static_cast<int>(random.bounded(7)); // empty strings included
    for (int i = 0; i < length; ++i) {
        const char32_t c = alphabet.at(static_cast<int>(random.bounded(static_cast<int>(alphabet.size()))));
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

// Every free-text field of a record, so that a mutation can reach any of them.
QVector<QString *> textFields(Snapshot &s)
{
    QVector<QString *> fields{&s.meeting.launchName, &s.meeting.facilitator};
    for (Category &c : s.categories) {
        fields << &c.name;
    }
    for (Item &i : s.items) {
        fields << &i.title << &i.owner << &i.evidence;
    }
    for (Risk &r : s.risks) {
        fields << &r.title << &r.description << &r.owner << &r.mitigation << &r.acceptanceRationale;
    }
    if (s.decision) {
        fields << &s.decision->rationale << &s.decision->overrideRationale << &s.decision->decidedBy;
        for (Condition &c : s.decision->conditions) {
            fields << &c.text << &c.owner;
        }
    }
    for (Stakeholder &p : s.stakeholders) {
        fields << &p.name << &p.role;
    }
    return fields;
}

Snapshot randomRecord(QRandomGenerator &random)
{
    Snapshot s;
    s.meeting.recordId = QStringLiteral("r");
    s.categories = {{QStringLiteral("A"), QString(), 1}, {QStringLiteral("B"), QString(), 2}};
    const int items = 1 + static_cast<int>(random.bounded(3));
    for (int n = 0; n < items; ++n) {
        Item i;
        i.id = QStringLiteral("A-%1").arg(n);
        i.categoryCode = QStringLiteral("A");
        i.status = allStatuses.at(random.bounded(4));
        s.items << i;
    }
    Risk r;
    r.id = QStringLiteral("R-01");
    r.itemIds = {QStringLiteral("A-0")};
    s.risks << r;
    RecordedDecision d;
    d.conditions = {Condition{1, {}, {}, {}}};
    s.decision = d;
    s.stakeholders = {{1, 1, {}, {}}, {2, 2, {}, {}}};
    for (QString *field : textFields(s)) {
        *field = randomText(random);
    }
    return s;
}

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void canonicalFormTellsRecordsApart();
    void textOutsideTheBmpChangesTheFingerprint();
    void formOneSignoffsStillVerify();
    void windowFingerprintFollowsEveryEdit();
    void verifyNamesDirectTampering_data();
    void verifyNamesDirectTampering();
    void riskFieldsAndLinksAreOneAction();
    void writeCommandsRefuseAFileThatFailsVerification();
    void windowRefusesChangesToAFileThatFailsVerification();
    void messagesKeepHostileText();
    void gateFollowsTheSignedDecision();
    void exportRefusesAFileThatFailsVerification();
    void verifyTellsWhichStateAPrintedRecordShows();
    void everyCommandHasHelpInEnglishAndSpanish();
    void docsListTheCommandTable();
    void fingerprintFollowsRandomEdits();
    void legacyFingerprintFollowsEdits();
    void manPageComesFromTheTable_data();
    void manPageComesFromTheTable();

private:
    QString makeSignedFile(const QString &path);
    QString m_sqlite3;
};

void TestIntegrity::initTestCase()
{
    // scripts/setup.sh installs the sqlite3 shell: without it the tampering tests cannot run, so they fail.
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 shell is not installed (package sqlite3)");
}

void TestIntegrity::canonicalFormTellsRecordsApart()
{
    // Thousands of random records, each next to a copy with one text field changed (so that it differs after
    // NFC) and a copy written in decomposed form (the same text to a reader). The first must serialize
    // differently, the second alike; and no two different records of the whole run may share their bytes.
    QRandomGenerator random(20261128);
    QHash<QByteArray, QString> seen; // canonical bytes -> the record's content in NFC, joined unambiguously
    auto content = [](Snapshot s) {
        QStringList parts;
        for (QString *field : textFields(s)) {
            parts << QString::number(nfc(*field).size()) + QLatin1Char(':') + nfc(*field);
        }
        for (const Item &i : s.items) {
            parts << toCode(i.status);
        }
        return parts.join(QLatin1Char('|'));
    };
    int changed = 0;
    for (int n = 0; n < 3000; ++n) {
        const Snapshot a = randomRecord(random);
        Snapshot b = a;
        QVector<QString *> fields = textFields(b);
        QString *field = fields.at(static_cast<int>(random.bounded(static_cast<int>(fields.size()))));
        QString replacement = randomText(random);
        while (nfc(replacement) == nfc(*field)) {
            replacement = randomText(random);
        }
        *field = replacement;
        const QByteArray ca = Record::canonical(a);
        const QByteArray cb = Record::canonical(b);
        QVERIFY2(ca != cb, ca.constData());
        ++changed;

        Snapshot decomposed = a;
        for (QString *f : textFields(decomposed)) {
            *f = f->normalized(QString::NormalizationForm_D);
        }
        QCOMPARE(Record::canonical(decomposed), ca);

        for (const Snapshot &s : {a, b}) {
            const QByteArray bytes = Record::canonical(s);
            const QString c = content(s);
            const auto found = seen.constFind(bytes);
            if (found != seen.constEnd()) {
                QCOMPARE(found.value(), c);
            }
            seen.insert(bytes, c);
        }
    }
    QCOMPARE(changed, 3000);
    QVERIFY(seen.size() > 5000);
}

void TestIntegrity::textOutsideTheBmpChangesTheFingerprint()
{
    // Defect 1 of the integrity issue: under form 1 these two titles gave the same fingerprint, so a signed
    // record's text could change while every sign-off stayed CURRENT.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("emoji.gonogo"));
    QCOMPARE(
        gonogoRun({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Launch \U0001F600")}).code,
        0);
    QCOMPARE(
        gonogoRun({QStringLiteral("sign"), path, QStringLiteral("--name"), QStringLiteral("Dana"),
                   QStringLiteral("--role"), QStringLiteral("CTO"), QStringLiteral("--vote"), QStringLiteral("CONCUR")})
            .code,
        0);
    const Snapshot before = committedSnapshot(path);
    QCOMPARE(
        gonogoRun({QStringLiteral("meeting"), path, QStringLiteral("--title"), QStringLiteral("Launch \U0001F680")})
            .code,
        0);
    const Snapshot after = committedSnapshot(path);
    QCOMPARE(after.meeting.launchName, QStringLiteral("Launch \U0001F680"));
    QVERIFY(Record::fingerprint(before) != Record::fingerprint(after));
    QCOMPARE(Record::state(after.signoffs.first(), Record::fingerprints(after)), SignoffState::Stale);
    const Run r = gonogoRun({QStringLiteral("signoffs"), path});
    QVERIFY2(r.out.startsWith(QStringLiteral("STALE")), qPrintable(r.out));
}

void TestIntegrity::formOneSignoffsStillVerify()
{
    // tests/fixtures/v1-signed.gonogo was made by the previous release (file format 3, canonical form 1): a
    // title with an emoji, evidence with a mathematical letter, three sign-offs and one withdrawn.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.gonogo"));
    QVERIFY(QFile::copy(QStringLiteral(GONOGO_FIXTURES "/v1-signed.gonogo"), path));
    QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA user_version")}).value(0).toInt(), 3);
    {
        auto file = DecisionFile::open(path);
        QVERIFY2(file, qPrintable(file.error().message));
        QVERIFY(QFileInfo::exists(file.value()->migrationBackup()));
        auto report = file.value()->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }
    const Snapshot s = committedSnapshot(path);
    QCOMPARE(s.signoffs.size(), 4);
    const Fingerprints now = Record::fingerprints(s);
    int current = 0;
    for (const Signoff &signoff : s.signoffs) {
        QCOMPARE(signoff.canonicalForm, 1);
        if (Record::state(signoff, now) == SignoffState::Current) {
            ++current;
            // The stored form-1 fingerprint is what form 1 computes from the file as it stands today.
            QCOMPARE(signoff.fingerprint,
                     QString::fromLatin1(
                         QCryptographicHash::hash(Record::canonical(s, 1), QCryptographicHash::Sha256).toHex()));
        }
    }
    QCOMPARE(current, 3);
    QCOMPARE(Record::state(s.signoffs.last(), now), SignoffState::Withdrawn);

    // Form 1's blind spot: another emoji gives the same form-1 bytes. The upgrade bound each current form-1
    // sign-off to the form-2 fingerprint too, so the change still makes them STALE.
    QCOMPARE(
        gonogoRun({QStringLiteral("meeting"), path, QStringLiteral("--title"), QStringLiteral("Launch \U0001F600 v1")})
            .code,
        0);
    const Snapshot changed = committedSnapshot(path);
    QCOMPARE(Record::fingerprint(changed, 1), Record::fingerprint(s, 1));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(Record::state(changed.signoffs.at(i), Record::fingerprints(changed)), SignoffState::Stale);
    }
    const Run verify = gonogoRun({QStringLiteral("verify"), path});
    QCOMPARE(verify.code, 0);
}

void TestIntegrity::windowFingerprintFollowsEveryEdit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.gonogo"));
    QVERIFY(DecisionFile::create(path, TemplateImport::builtIn(QStringLiteral("p020")).value(), {}));
    auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
    QVERIFY(opened);
    DecisionDocument &doc = *opened.value();
    auto check = [&](const char *step) {
        const QString fresh = Record::fingerprint(committedSnapshot(path));
        QVERIFY2(doc.fingerprint() == fresh, step);
    };
    check("open");
    QVERIFY(doc.setStatus({QStringLiteral("SEC-01"), QStringLiteral("SEC-02")}, Status::Pass));
    check("item status");
    QVERIFY(doc.setItemText(QStringLiteral("SEC-01"), ItemField::Evidence, QStringLiteral("SSL Labs A+")));
    check("item evidence");
    RiskDraft draft;
    draft.title = QStringLiteral("Vendor limits");
    draft.likelihood = Likelihood::High;
    draft.impact = Impact::High;
    auto risk = doc.addRisk(draft);
    QVERIFY(risk);
    check("risk added");
    QVERIFY(doc.setRiskLinks(risk.value(), {QStringLiteral("SEC-01"), QStringLiteral("OPS-01")}));
    check("risk links");
    RiskChange change;
    change.id = risk.value();
    change.impact = Impact::Medium;
    change.itemIds = QStringList{QStringLiteral("OPS-01")};
    QVERIFY(doc.updateRisk(change));
    check("risk fields and links");
    RiskMatrix matrix = doc.snapshot().matrix;
    matrix.setLevel(Likelihood::Low, Impact::Low, RiskLevel::Yellow);
    QVERIFY(doc.setMatrix(matrix));
    check("matrix");
    DecisionDraft decision;
    decision.decision = Decision::GoWithCaution;
    decision.rationale = QStringLiteral("Go with the rollback drill done first.");
    decision.overrideRationale = QStringLiteral("The open items are being closed tonight.");
    decision.conditions = {{0, QStringLiteral("Rollback drill"), QStringLiteral("Marcus"), QDate(2026, 12, 2)}};
    QVERIFY(doc.recordDecision(decision));
    check("decision and conditions");
    QVERIFY(doc.addStakeholder(QStringLiteral("Lee"), QStringLiteral("QA Lead")));
    check("stakeholder added");
    QVERIFY(doc.moveStakeholder(doc.snapshot().stakeholders.last().id, 0));
    check("stakeholder moved");
    Stakeholder renamed = doc.snapshot().stakeholders.at(1);
    renamed.name = QStringLiteral("Dana Okafor");
    QVERIFY(doc.updateStakeholder(renamed));
    check("stakeholder renamed");
    QVERIFY(doc.addStakeholder(QString(), QStringLiteral("Legal")));
    QVERIFY(doc.removeStakeholder(doc.snapshot().stakeholders.last().id));
    check("stakeholder removed");
    SignoffDraft sign;
    sign.stakeholderId = doc.snapshot().stakeholders.first().id;
    sign.name = QStringLiteral("Lee");
    QVERIFY(doc.sign(sign));
    check("signed");
    QCOMPARE(doc.signoffState(doc.snapshot().signoffs.last()), SignoffState::Current);
    // The sign-off is bound to what a second connection computes from the file, not to the window's copy.
    QCOMPARE(committedSnapshot(path).signoffs.last().fingerprint, Record::fingerprint(committedSnapshot(path)));
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
        check("undo");
    }
    QCOMPARE(doc.signoffState(doc.snapshot().signoffs.last()), SignoffState::Stale);
    while (doc.undoStack()->canRedo()) {
        doc.undoStack()->redo();
        check("redo");
    }
    QCOMPARE(doc.signoffState(doc.snapshot().signoffs.last()), SignoffState::Current);
    auto report = doc.verify();
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
}

QString TestIntegrity::makeSignedFile(const QString &path)
{
    auto run = [](const QStringList &args) {
        const Run r = gonogoRun(args);
        return r.code == 0 ? QString() : args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
    };
    const QString f = path;
    for (const QStringList &args : QVector<QStringList>{
             {QStringLiteral("new"), f, QStringLiteral("--title"), QStringLiteral("Checkout v2")},
             {QStringLiteral("set"), f, QStringLiteral("--status"), QStringLiteral("FAIL"), QStringLiteral("SEC-08")},
             {QStringLiteral("risk"), QStringLiteral("add"), f, QStringLiteral("--title"), QStringLiteral("PMS limits"),
              QStringLiteral("--likelihood"), QStringLiteral("MEDIUM"), QStringLiteral("--impact"),
              QStringLiteral("HIGH"), QStringLiteral("--item"), QStringLiteral("PERF-08")},
             {QStringLiteral("decide"), f, QStringLiteral("--decision"), QStringLiteral("GO WITH CAUTION"),
              QStringLiteral("--rationale"), QStringLiteral("Ready but for SEC-08"),
              QStringLiteral("--override-rationale"), QStringLiteral("Patched image is built"),
              QStringLiteral("--condition"), QStringLiteral("Rescan the image;Lucia;2026-12-01")},
             {QStringLiteral("stakeholder"), QStringLiteral("set"), f, QStringLiteral("1"), QStringLiteral("--name"),
              QStringLiteral("Dana Okafor")},
             {QStringLiteral("sign"), f, QStringLiteral("--name"), QStringLiteral("Dana Okafor"),
              QStringLiteral("--role"), QStringLiteral("CTO"), QStringLiteral("--vote"), QStringLiteral("CONCUR")},
             {QStringLiteral("sign"), f, QStringLiteral("--name"), QStringLiteral("Sam Lee"), QStringLiteral("--role"),
              QStringLiteral("Security Lead"), QStringLiteral("--vote"), QStringLiteral("NON-CONCUR"),
              QStringLiteral("--comment"), QStringLiteral("SEC-08 is open")},
             {QStringLiteral("sign"), f, QStringLiteral("--name"), QStringLiteral("Ola Berg"), QStringLiteral("--role"),
              QStringLiteral("Ops Lead"), QStringLiteral("--vote"), QStringLiteral("CONCUR")},
             {QStringLiteral("withdraw"), f, QStringLiteral("--role"), QStringLiteral("Ops Lead"),
              QStringLiteral("--reason"), QStringLiteral("Signed the wrong file")},
             {QStringLiteral("set"), f, QStringLiteral("--notes"), QStringLiteral("rescan at 20:00"),
              QStringLiteral("SEC-08")},
         }) {
        if (const QString problem = run(args); !problem.isEmpty()) {
            return problem;
        }
    }
    const Run clean = gonogoRun({QStringLiteral("verify"), f});
    return clean.code == 0 ? QString() : QStringLiteral("the clean file fails verify: ") + clean.err;
}

void TestIntegrity::verifyNamesDirectTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("words");
    // The same list, with what each one is, is in docs/integrity.md.
    QTest::newRow("item status") << "UPDATE item SET status = 'PASS' WHERE id = 'SEC-08'"
                                 << "item SEC-08: status is \"PASS\" in the file but \"FAIL\" by the audit log";
    QTest::newRow("item notes") << "UPDATE item SET notes = 'all fine' WHERE id = 'SEC-08'"
                                << "item SEC-08: notes is \"all fine\" in the file but \"rescan at 20:00\"";
    QTest::newRow("item title") << "UPDATE item SET title = 'Nothing' WHERE id = 'SEC-01'"
                                << "item SEC-01: title is \"Nothing\" in the file";
    QTest::newRow("risk likelihood") << "UPDATE risk SET likelihood = 'LOW' WHERE id = 'R-01'"
                                     << "risk R-01: likelihood is \"LOW\" in the file but \"MEDIUM\"";
    QTest::newRow("risk link added") << "INSERT INTO risk_item (risk_id, item_id) VALUES ('R-01', 'OPS-01')"
                                     << "risk R-01 is linked to item OPS-01 in the file but not by the audit log";
    QTest::newRow("risk deleted") << "DELETE FROM risk WHERE id = 'R-01'"
                                  << "risk R-01 is in the audit log but missing from the file";
    QTest::newRow("risk inserted")
        << "INSERT INTO risk (id, position, title, likelihood, impact) VALUES ('R-09', 9, 'x', 'LOW', 'LOW')"
        << "risk R-09 is in the file but not in the audit log";
    QTest::newRow("matrix cell") << "UPDATE risk_matrix_cell SET level = 'GREEN' WHERE likelihood = 'MEDIUM' AND "
                                    "impact = 'HIGH'"
                                 << "matrix: MEDIUM/HIGH is \"GREEN\" in the file but \"YELLOW\"";
    QTest::newRow("meeting title") << "UPDATE meeting SET launch_name = 'Other launch'"
                                   << "meeting: launch_name is \"Other launch\" in the file but \"Checkout v2\"";
    QTest::newRow("decision") << "UPDATE decision SET decision = 'GO'"
                              << "decision: decision is \"GO\" in the file but \"GO WITH CAUTION\"";
    QTest::newRow("condition removed") << "DELETE FROM condition"
                                       << "decision: condition:1/text is empty in the file but \"Rescan the image\"";
    QTest::newRow("stakeholder renamed") << "UPDATE stakeholder SET name = 'Mallory' WHERE role = 'CTO'"
                                         << "name is \"Mallory\" in the file but \"Dana Okafor\"";
    QTest::newRow("withdrawal undone") << "UPDATE signoff SET withdrawn_at = NULL WHERE withdrawn_at IS NOT NULL"
                                       << "the withdrawal has been removed";
    QTest::newRow("withdrawal wiped")
        << "UPDATE signoff SET withdrawn_at = NULL, withdrawn_by = '', withdraw_reason = '', withdraw_seal = '' "
           "WHERE withdrawn_at IS NOT NULL"
        << "signoff 3: withdrawn_at is empty in the file but";
    QTest::newRow("vote changed") << "UPDATE signoff SET vote = 'CONCUR', comment = '' WHERE vote = 'NON-CONCUR'"
                                  << "sign-off 2 of Sam Lee (Security Lead) does not verify";
    QTest::newRow("vote changed, seal forged") << "FORGE"
                                               << "signoff 2: vote is \"CONCUR\" in the file but \"NON-CONCUR\"";
    QTest::newRow("sign-off deleted") << "DELETE FROM signoff WHERE id = 1"
                                      << "signoff 1 is in the audit log but missing from the file";
    QTest::newRow("form downgraded") << "UPDATE signoff SET canonical_form = 1 WHERE id = 1"
                                     << "sign-off 1 of Dana Okafor (CTO) does not verify";
    QTest::newRow("last audit row deleted")
        << "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"
        << "item SEC-08: notes is \"rescan at 20:00\" in the file but \"\" by the audit log";
    QTest::newRow("audit row edited") << "UPDATE audit_log SET new_value = 'PASS' WHERE seq = 3"
                                      << "entry 3 was changed";
}

void TestIntegrity::verifyNamesDirectTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.gonogo"));
    const QString made = makeSignedFile(path);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    if (sql == QLatin1String("FORGE")) {
        // A script that knows the seal's recipe changes the vote and recomputes the seal: the seal holds, the
        // audit log does not.
        Snapshot s = committedSnapshot(path);
        Signoff forged = s.signoffs.at(1);
        forged.vote = Vote::Concur;
        forged.comment.clear();
        sql = QStringLiteral("UPDATE signoff SET vote = 'CONCUR', comment = '', seal = '%1' WHERE id = %2")
                  .arg(Record::seal(s.meeting.recordId, forged), QString::number(forged.id));
    }
    QProcess shell;
    shell.start(m_sqlite3, {path});
    QVERIFY(shell.waitForStarted());
    // The guards are dropped and put back, as someone covering their tracks would.
    shell.write(QStringLiteral("DROP TRIGGER audit_log_no_update;\nDROP TRIGGER audit_log_no_delete;\n%1;\n"
                               "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                               "SELECT RAISE(ABORT, 'audit_log is append-only'); END;\n"
                               "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                               "SELECT RAISE(ABORT, 'audit_log is append-only'); END;\n")
                    .arg(sql)
                    .toUtf8());
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished());
    QCOMPARE(shell.exitCode(), 0);
    const Run r = gonogoRun({QStringLiteral("verify"), path});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("append-only guard")), qPrintable(r.err));
}

void TestIntegrity::riskFieldsAndLinksAreOneAction()
{
    // Defect 5: fields and links were two transactions (and two undo steps under a macro in the window).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("risk.gonogo"));
    QVERIFY(DecisionFile::create(path, TemplateImport::builtIn(QStringLiteral("p020")).value(), {}));
    auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
    QVERIFY(opened);
    DecisionDocument &doc = *opened.value();
    RiskDraft draft;
    draft.title = QStringLiteral("Vendor limits");
    auto id = doc.addRisk(draft);
    QVERIFY(id);
    const int steps = doc.undoStack()->count();
    const qint64 rowsBefore =
        readCommitted(path, QStringLiteral("SELECT count(*) FROM audit_log")).value(0).toLongLong();
    // A valid title with an unknown item: refused whole, nothing written.
    RiskChange bad;
    bad.id = id.value();
    bad.title = QStringLiteral("Renamed");
    bad.itemIds = QStringList{QStringLiteral("SEC-01"), QStringLiteral("NOPE-99")};
    QVERIFY(!doc.updateRisk(bad));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT title FROM risk")).value(0).toString(),
             QStringLiteral("Vendor limits"));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT count(*) FROM risk_item")).value(0).toInt(), 0);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT count(*) FROM audit_log")).value(0).toLongLong(), rowsBefore);
    QCOMPARE(doc.undoStack()->count(), steps);
    // A valid one: fields and links together, one undo step that takes both back.
    RiskChange good = bad;
    good.itemIds = QStringList{QStringLiteral("SEC-01")};
    QVERIFY(doc.updateRisk(good));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT title FROM risk")).value(0).toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT item_id FROM risk_item")).value(0).toString(),
             QStringLiteral("SEC-01"));
    doc.undoStack()->undo();
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT title FROM risk")).value(0).toString(),
             QStringLiteral("Vendor limits"));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT count(*) FROM risk_item")).value(0).toInt(), 0);
}

void TestIntegrity::writeCommandsRefuseAFileThatFailsVerification()
{
    // A change added to a tampered file would extend the broken chain and look legitimate; it used to be accepted.
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("w.gonogo"));
    const QString made = makeSignedFile(f);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    rawQuery(f, {QStringLiteral("UPDATE item SET status = 'PASS' WHERE id = 'SEC-08'")});
    const QByteArray before = sha256(f);
    const QVector<QStringList> writes{
        {QStringLiteral("set"), f, QStringLiteral("--status"), QStringLiteral("PASS"), QStringLiteral("SEC-01")},
        {QStringLiteral("meeting"), f, QStringLiteral("--title"), QStringLiteral("X")},
        {QStringLiteral("risk"), QStringLiteral("add"), f, QStringLiteral("--title"), QStringLiteral("Y"),
         QStringLiteral("--likelihood"), QStringLiteral("LOW"), QStringLiteral("--impact"), QStringLiteral("LOW")},
        {QStringLiteral("risk"), QStringLiteral("set"), f, QStringLiteral("R-01"), QStringLiteral("--title"),
         QStringLiteral("Z")},
        {QStringLiteral("risk"), QStringLiteral("delete"), f, QStringLiteral("R-01")},
        {QStringLiteral("matrix"), f, QStringLiteral("--set"), QStringLiteral("LOW:LOW=RED")},
        {QStringLiteral("decide"), f, QStringLiteral("--decision"), QStringLiteral("NO-GO"),
         QStringLiteral("--rationale"), QStringLiteral("r")},
        {QStringLiteral("sign"), f, QStringLiteral("--name"), QStringLiteral("Eve"), QStringLiteral("--role"),
         QStringLiteral("Product Lead"), QStringLiteral("--vote"), QStringLiteral("CONCUR")},
        {QStringLiteral("withdraw"), f, QStringLiteral("--role"), QStringLiteral("CTO"), QStringLiteral("--reason"),
         QStringLiteral("x")},
        {QStringLiteral("stakeholder"), QStringLiteral("add"), f, QStringLiteral("--role"), QStringLiteral("QA")},
    };
    for (const QStringList &args : writes) {
        const Run r = gonogoRun(args);
        QVERIFY2(r.code == 5, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("fails verification, so no change was made: audit log: item SEC-08")),
                 qPrintable(r.err));
    }
    QCOMPARE(sha256(f), before);
    // Looking is still allowed.
    QCOMPARE(gonogoRun({QStringLiteral("summary"), f}).code, 0);
    QCOMPARE(gonogoRun({QStringLiteral("meeting"), f}).code, 0);
    QCOMPARE(gonogoRun({QStringLiteral("items"), f}).code, 0);
}

void TestIntegrity::windowRefusesChangesToAFileThatFailsVerification()
{
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("w.gonogo"));
    const QString made = makeSignedFile(f);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    rawQuery(f, {QStringLiteral("UPDATE item SET status = 'PASS' WHERE id = 'SEC-08'")});
    const QByteArray before = sha256(f);
    {
        auto opened = DecisionDocument::open(f, QStringLiteral("Ana"));
        QVERIFY(opened); // it can be looked at
        DecisionDocument &doc = *opened.value();
        QSignalSpy failed(&doc, &DecisionDocument::editFailed);
        QVERIFY(!doc.setStatus({QStringLiteral("SEC-01")}, Status::Pass));
        QVERIFY(!doc.setItemText(QStringLiteral("SEC-01"), ItemField::Notes, QStringLiteral("x")));
        RiskDraft draft;
        draft.title = QStringLiteral("r");
        QVERIFY(!doc.addRisk(draft));
        SignoffDraft sign;
        sign.stakeholderId = doc.snapshot().stakeholders.last().id;
        sign.name = QStringLiteral("Eve");
        QVERIFY(!doc.sign(sign));
        QVERIFY(!doc.addStakeholder(QStringLiteral("Lee"), QStringLiteral("QA")));
        QVERIFY(failed.count() >= 5);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("fails verification, so nothing can be "
                                                                           "changed in it: audit log: item SEC-08")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(doc.undoStack()->count(), 0);
    }
    QCOMPARE(sha256(f), before);
}

void TestIntegrity::messagesKeepHostileText()
{
    // Defect 6: chained .arg() re-expanded %N inside user text ("Created x145.gonogo: 12 items in 87 categories,
    // %4 critical.").
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x%1.gonogo"));
    Run r = gonogoRun({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Launch %1 %2 %n %%")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Created %1: 145 items in 12 categories, 87 critical.").arg(path));
    r = gonogoRun({QStringLiteral("summary"), path});
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Launch %1 %2 %n %%"));
    QCOMPARE(gonogoRun({QStringLiteral("set"), path, QStringLiteral("--owner"), QStringLiteral("%2 Ops"),
                        QStringLiteral("SEC-01")})
                 .code,
             0);
    r = gonogoRun({QStringLiteral("items"), path, QStringLiteral("--category"), QStringLiteral("SEC")});
    QVERIFY2(r.out.contains(QStringLiteral("[%2 Ops]")), qPrintable(r.out));
    QCOMPARE(gonogoRun({QStringLiteral("risk"), QStringLiteral("add"), path, QStringLiteral("--title"),
                        QStringLiteral("Rate %1 limit"), QStringLiteral("--likelihood"), QStringLiteral("LOW"),
                        QStringLiteral("--impact"), QStringLiteral("LOW")})
                 .code,
             0);
    r = gonogoRun({QStringLiteral("risks"), path});
    QVERIFY2(r.out.contains(QStringLiteral("Rate %1 limit")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("LOW/LOW")));
    r = gonogoRun({QStringLiteral("sign"), path, QStringLiteral("--name"), QStringLiteral("Ana %1%2"),
                   QStringLiteral("--role"), QStringLiteral("CTO"), QStringLiteral("--vote"),
                   QStringLiteral("CONCUR")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Signed by Ana %1%2 (CTO): CONCUR, on fingerprint ")), qPrintable(r.out));
    // Messages about a broken checklist name the file as it is called.
    const QString csv = dir.filePath(QStringLiteral("list %1.csv"));
    QVERIFY(writeFile(csv, "category,id,title\nSEC,A-1,One,extra\n"));
    r = gonogoRun({QStringLiteral("new"), dir.filePath(QStringLiteral("y.gonogo")), QStringLiteral("--template"), csv});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("list %1.csv, line 2:")), qPrintable(r.err));
}

void TestIntegrity::gateFollowsTheSignedDecision()
{
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("gate.gonogo"));
    QCOMPARE(gonogoRun({QStringLiteral("new"), f}).code, 0);
    // Nothing decided: the record is not final, whatever the engine says.
    Run r = gonogoRun({QStringLiteral("gate"), f});
    QCOMPARE(r.code, 12);
    QCOMPARE(r.out.trimmed(), QStringLiteral("NOT_FINAL"));
    QVERIFY(r.err.contains(QStringLiteral("no decision has been recorded")));
    QCOMPARE(gonogoRun({QStringLiteral("gate"), f, QStringLiteral("--recommendation")}).code, 11);

    QStringList all{QStringLiteral("set"), f, QStringLiteral("--status"), QStringLiteral("PASS")};
    for (const Item &i : committedSnapshot(f).items) {
        all << i.id;
    }
    QCOMPARE(gonogoRun(all).code, 0);
    QCOMPARE(gonogoRun({QStringLiteral("gate"), f, QStringLiteral("--recommendation")}).code, 0);
    // The meeting says NO-GO against a GO recommendation, and everyone signs: the gate follows the meeting.
    QCOMPARE(gonogoRun({QStringLiteral("decide"), f, QStringLiteral("--decision"), QStringLiteral("NO-GO"),
                        QStringLiteral("--rationale"), QStringLiteral("Marketing freeze"),
                        QStringLiteral("--override-rationale"), QStringLiteral("Black Friday traffic")})
                 .code,
             0);
    r = gonogoRun({QStringLiteral("gate"), f});
    QCOMPARE(r.code, 12);
    QVERIFY(r.err.contains(QStringLiteral("no current sign-off from CTO")));
    auto signAll = [&f] {
        for (const Stakeholder &p : committedSnapshot(f).stakeholders) {
            if (gonogoRun({QStringLiteral("sign"), f, QStringLiteral("--name"), QStringLiteral("Signer"),
                           QStringLiteral("--role"), p.role, QStringLiteral("--vote"), QStringLiteral("CONCUR")})
                    .code != 0) {
                return false;
            }
        }
        return true;
    };
    QVERIFY(signAll());
    r = gonogoRun({QStringLiteral("gate"), f});
    QCOMPARE(r.out.trimmed(), QStringLiteral("NO-GO"));
    QCOMPARE(r.code, 11);
    r = gonogoRun({QStringLiteral("summary"), f, QStringLiteral("--json")});
    QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("decision")).toString(), QStringLiteral("GO")); // kept: the recommendation
    QCOMPARE(json.value(QStringLiteral("recommendation")).toString(), QStringLiteral("GO"));
    QCOMPARE(json.value(QStringLiteral("recorded_decision")).toString(), QStringLiteral("NO-GO"));
    QCOMPARE(json.value(QStringLiteral("record_status")).toString(), QStringLiteral("FINAL"));

    // A change after signing makes the sign-offs stale: not final any more.
    QCOMPARE(gonogoRun({QStringLiteral("set"), f, QStringLiteral("--status"), QStringLiteral("FAIL"),
                        QStringLiteral("SEC-08")})
                 .code,
             0);
    QCOMPARE(gonogoRun({QStringLiteral("gate"), f}).code, 12);
    r = gonogoRun({QStringLiteral("summary"), f, QStringLiteral("--json")});
    json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("record_status")).toString(), QStringLiteral("DRAFT"));
    const QJsonArray codes = json.value(QStringLiteral("reason_codes")).toArray();
    QVERIFY(std::any_of(codes.begin(), codes.end(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("CRITICAL_NOT_PASS") &&
               v.toObject().value(QStringLiteral("subject")).toString() == QLatin1String("SEC-08");
    }));

    // GO WITH CAUTION, signed by all: 10, or 0 when caution is allowed.
    QCOMPARE(gonogoRun({QStringLiteral("set"), f, QStringLiteral("--status"), QStringLiteral("PASS"),
                        QStringLiteral("SEC-08")})
                 .code,
             0);
    QCOMPARE(gonogoRun({QStringLiteral("decide"), f, QStringLiteral("--decision"), QStringLiteral("GO WITH CAUTION"),
                        QStringLiteral("--rationale"), QStringLiteral("Go, watch the queue"),
                        QStringLiteral("--override-rationale"), QStringLiteral("New vendor"),
                        QStringLiteral("--condition"), QStringLiteral("Queue alert;Marcus;2026-12-02")})
                 .code,
             0);
    QVERIFY(signAll());
    QCOMPARE(gonogoRun({QStringLiteral("gate"), f}).code, 10);
    QCOMPARE(gonogoRun({QStringLiteral("gate"), f, QStringLiteral("--allow-caution")}).code, 0);
    // Tampered after signing: never a gate on it.
    rawQuery(f, {QStringLiteral("UPDATE decision SET decision = 'GO', override_rationale = 'x'")});
    r = gonogoRun({QStringLiteral("gate"), f});
    QCOMPARE(r.code, 5);
    QCOMPARE(r.out.trimmed(), QStringLiteral("INTEGRITY_CHECK_FAILED"));
}

void TestIntegrity::exportRefusesAFileThatFailsVerification()
{
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("signed.gonogo"));
    const QString made = makeSignedFile(f);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
    QCOMPARE(gonogoRun({QStringLiteral("export-pdf"), f, pdf}).code, 0);
    const QByteArray before = sha256(pdf);
    // Defect 4: a NON-CONCUR turned into CONCUR behind the app's back was printed as a valid record.
    rawQuery(f, {QStringLiteral("UPDATE signoff SET vote = 'CONCUR', comment = '' WHERE vote = 'NON-CONCUR'")});
    Run r = gonogoRun({QStringLiteral("export-pdf"), f, pdf});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("does not verify")), qPrintable(r.err));
    QCOMPARE(sha256(pdf), before); // the old record is left as it was
    r = gonogoRun({QStringLiteral("export-pdf"), f, pdf, QStringLiteral("--force")});
    QCOMPARE(r.code, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(), "pdftotext (poppler-utils) is needed");
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    const QStringList pages = all.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() > 3);
    for (const QString &page : pages) {
        QVERIFY2(page.contains(QStringLiteral("INTEGRITY CHECK FAILED")), qPrintable(page.left(300)));
    }
    QVERIFY(!all.contains(QStringLiteral("FINAL RECORD")));
}

void TestIntegrity::verifyTellsWhichStateAPrintedRecordShows()
{
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("a.gonogo"));
    const QString made = makeSignedFile(f);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    QCOMPARE(gonogoRun({QStringLiteral("export-pdf"), f, pdf}).code, 0);
    Run r = gonogoRun({QStringLiteral("verify"), f, QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("is the record of this file as it stands")), qPrintable(r.out));
    const qint64 head = readCommitted(f, QStringLiteral("SELECT max(seq) FROM audit_log")).value(0).toLongLong();
    QCOMPARE(gonogoRun({QStringLiteral("set"), f, QStringLiteral("--notes"), QStringLiteral("later"),
                        QStringLiteral("SEC-01")})
                 .code,
             0);
    r = gonogoRun({QStringLiteral("verify"), f, QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("as it stood at audit entry %1").arg(head)), qPrintable(r.err));
    const QString other = dir.filePath(QStringLiteral("b.gonogo"));
    QCOMPARE(gonogoRun({QStringLiteral("new"), other}).code, 0);
    r = gonogoRun({QStringLiteral("verify"), other, QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("is not a record of this decision file")), qPrintable(r.err));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("fake.pdf")), "not a pdf"));
    r = gonogoRun({QStringLiteral("verify"), f, QStringLiteral("--pdf"), dir.filePath(QStringLiteral("fake.pdf"))});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("fake.pdf is not a readable PDF")), qPrintable(r.err));
}

void TestIntegrity::everyCommandHasHelpInEnglishAndSpanish()
{
    // Defect 8: "gonogo help sign" (and six more) answered "unknown command" while error messages pointed there.
    QVERIFY(Cli::commands().size() >= 20);
    for (const CliCommand &c : Cli::commands()) {
        const QString name = QString::fromLatin1(c.name);
        const QStringList words = name.split(QLatin1Char(' '));
        const Run en = gonogoRun(QStringList{QStringLiteral("help")} + words);
        const Run es = gonogoRun(QStringList{QStringLiteral("help")} + words, false, QStringLiteral("es"));
        QVERIFY2(en.code == 0 && es.code == 0, qPrintable(name + en.err + es.err));
        QVERIFY2(en.out.contains(QStringLiteral("gonogo ") + name), qPrintable(en.out));
        QVERIFY2(en.out.contains(QString::fromLatin1(c.summary)), qPrintable(en.out));
        // Spanish: the summary and every option description translated, none left in English.
        QVERIFY2(!es.out.contains(QString::fromLatin1(c.summary)), qPrintable(name + QLatin1Char('\n') + es.out));
        for (const QCommandLineOption &o : c.options()) {
            QVERIFY2(en.out.contains(QStringLiteral("--") + o.names().first()), qPrintable(en.out));
            QVERIFY2(es.out.contains(QStringLiteral("--") + o.names().first()), qPrintable(es.out));
            QVERIFY2(en.out.contains(o.description()), qPrintable(name + QStringLiteral(": ") + o.description()));
            QVERIFY2(!es.out.contains(o.description()), qPrintable(name + QStringLiteral(": ") + o.description()));
        }
        // "COMMAND --help" says the same.
        const Run dashed = gonogoRun(words + QStringList{QStringLiteral("--help")});
        QCOMPARE(dashed.out, en.out);
    }
}

void TestIntegrity::docsListTheCommandTable()
{
    // docs/cli.md is written by hand for people; the table is the truth. Every command and every option of the
    // table is in the page, and the page names no command the table lacks.
    QFile page(QStringLiteral(GONOGO_SOURCE_DIR "/docs/cli.md"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'));
    QSet<QString> firstWords;
    for (const CliCommand &c : Cli::commands()) {
        const QStringList words = QString::fromLatin1(c.name).split(QLatin1Char(' '));
        firstWords << words.first();
        if (words.first() == QLatin1String("help")) {
            continue;
        }
        bool documented = false;
        for (const QString &line : lines) {
            documented = documented || (line.contains(QStringLiteral("gonogo ") + words.first() + QLatin1Char(' ')) &&
                                        (words.size() == 1 || line.contains(words.at(1))));
        }
        QVERIFY2(documented, c.name);
        for (const QCommandLineOption &o : c.options()) {
            QVERIFY2(text.contains(QStringLiteral("--") + o.names().first()),
                     qPrintable(QString::fromLatin1(c.name) + QStringLiteral(" --") + o.names().first()));
        }
    }
    const QRegularExpression mention(QStringLiteral("`gonogo ([a-z][a-z-]*)"));
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured(1);
        QVERIFY2(firstWords.contains(word), qPrintable(QStringLiteral("docs/cli.md names \"gonogo %1\"").arg(word)));
    }
}

void TestIntegrity::fingerprintFollowsRandomEdits()
{
    // The open document keeps its fingerprint up to date edit by edit (FingerprintCache). After every step of a
    // random sequence of edits, undos and redos it must equal a fresh computation from the document's snapshot,
    // and, every few steps, a fresh computation from what a second connection reads on disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.gonogo"));
    QVERIFY(DecisionFile::create(path, TemplateImport::builtIn(QStringLiteral("p020")).value(), {}));
    auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
    QVERIFY(opened);
    DecisionDocument &doc = *opened.value();
    QRandomGenerator random(20261128);
    const QVector<Item> items = doc.snapshot().items;
    auto anyItem = [&] { return items.at(static_cast<int>(random.bounded(static_cast<int>(items.size())))).id; };
    int changed = 0;
    for (int step = 0; step < 400; ++step) {
        const QString before = doc.fingerprint();
        const int kind = static_cast<int>(random.bounded(12));
        if (kind <= 3) {
            QStringList ids{anyItem()};
            if (random.bounded(3) == 0) {
                ids << anyItem() << anyItem();
            }
            ids.removeDuplicates();
            doc.setStatus(ids, allStatuses.at(random.bounded(4)));
        } else if (kind <= 5) {
            const ItemField field =
                std::array{ItemField::Owner, ItemField::Evidence, ItemField::Notes}[random.bounded(3)];
            doc.setItemText(anyItem(), field, randomText(random));
        } else if (kind == 6) {
            RiskDraft draft;
            draft.title = QStringLiteral("Risk ") + randomText(random);
            draft.likelihood = allLikelihoods[random.bounded(3)];
            draft.impact = allImpacts[random.bounded(3)];
            draft.itemIds = {anyItem()};
            QVERIFY(doc.addRisk(draft));
        } else if (kind == 7 && !doc.snapshot().risks.isEmpty()) {
            RiskChange change;
            change.id = doc.snapshot().risks.first().id;
            change.owner = randomText(random);
            change.itemIds = QStringList{anyItem()};
            QVERIFY(doc.updateRisk(change));
        } else if (kind == 8) {
            DecisionDraft decision;
            decision.decision = doc.assessment().decision;
            decision.rationale = QStringLiteral("Rationale ") + randomText(random);
            QVERIFY(doc.recordDecision(decision));
        } else if (kind == 9) {
            QVERIFY(doc.addStakeholder(randomText(random), QStringLiteral("Role ") + randomText(random)));
        } else if (kind == 10 && doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
        } else if (doc.undoStack()->canRedo()) {
            doc.undoStack()->redo();
        }
        changed += doc.fingerprint() != before ? 1 : 0;
        QVERIFY2(doc.fingerprint() == Record::fingerprint(doc.snapshot()), qPrintable(QString::number(step)));
        if (step % 25 == 0) {
            QVERIFY2(doc.fingerprint() == Record::fingerprint(committedSnapshot(path)),
                     qPrintable(QString::number(step)));
        }
    }
    QVERIFY2(changed > 200, qPrintable(QString::number(changed))); // the sequence really changed the record
}

void TestIntegrity::legacyFingerprintFollowsEdits()
{
    // A file signed under canonical form 1 keeps a form-1 fingerprint too; it follows edits the same way.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.gonogo"));
    QVERIFY(QFile::copy(QStringLiteral(GONOGO_FIXTURES "/v1-signed.gonogo"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    DecisionDocument &doc = *opened.value();
    QVERIFY(!doc.fingerprints().legacy.isEmpty());
    const QString id = doc.snapshot().items.first().id;
    for (const Status status : {Status::Fail, Status::Partial, Status::Pass}) {
        QVERIFY(doc.setStatus({id}, status));
        QCOMPARE(doc.fingerprints().legacy, Record::fingerprint(committedSnapshot(path), 1));
        QCOMPARE(doc.fingerprints().current, Record::fingerprint(committedSnapshot(path), 2));
    }
    doc.undoStack()->undo();
    QCOMPARE(doc.fingerprints().legacy, Record::fingerprint(doc.snapshot(), 1));
}

void TestIntegrity::manPageComesFromTheTable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("built"); // where the build wrote it, under the build folder
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("man/man1/gonogo.1");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("man/es/man1/gonogo.1");
}

void TestIntegrity::manPageComesFromTheTable()
{
    // gonogo(1) is printed by the program from its command table: one section per command of the table and no
    // other, every option, every exit status; groff reads it without a single warning; and the build's copy is
    // exactly what the program prints.
    QFETCH(QString, language);
    QFETCH(QString, built);
    const Run man = gonogoRun({QStringLiteral("help"), QStringLiteral("--man")}, false, language);
    QCOMPARE(man.code, 0);
    QVERIFY(man.err.isEmpty());
    auto troff = [](QString text) { return text.replace(QLatin1Char('-'), QStringLiteral("\\-")); };
    const QStringList lines = man.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^\\.SS "))).size(), Cli::commands().size());
    for (const CliCommand &c : Cli::commands()) {
        const QString heading = QStringLiteral(".SS \"%1 %2\"")
                                    .arg(troff(QString::fromLatin1(c.name)), troff(QString::fromLatin1(c.arguments)));
        QVERIFY2(lines.contains(heading), qPrintable(heading));
        for (const QCommandLineOption &o : c.options()) {
            const QString option = QStringLiteral("\\fB\\-\\-%1\\fR").arg(troff(o.names().first()));
            QVERIFY2(man.out.contains(option), qPrintable(QString::fromLatin1(c.name) + QLatin1Char(' ') + option));
        }
    }
    for (int code : {0, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12}) {
        QVERIFY2(lines.contains(QStringLiteral(".B %1").arg(code)), qPrintable(QString::number(code)));
    }

    // scripts/setup.sh installs groff-base; without it this fails rather than skips.
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    QVERIFY2(!groff.isEmpty(), "groff is not installed (package groff-base)");
    QProcess render;
    render.start(groff,
                 {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z")});
    QVERIFY(render.waitForStarted());
    render.write(man.out.toUtf8());
    render.closeWriteChannel();
    QVERIFY(render.waitForFinished());
    QCOMPARE(render.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(render.readAllStandardError()), QString());

    QFile copy(QFileInfo(QStringLiteral(GONOGO_BINARY)).dir().filePath(built));
    QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(copy.fileName()));
    QCOMPARE(QString::fromUtf8(copy.readAll()), man.out);

    const Run refused = gonogoRun({QStringLiteral("help"), QStringLiteral("--man"), QStringLiteral("risk")});
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.err.contains(QStringLiteral("--man")));
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
