// The decision file as a document: identification, pragmas, refusal of every kind of bad file without touching
// it, the single-writer lock, migrations with a backup, and one transaction per action with its audit rows. Run
// twice by CTest (backend.h): on files, and as tst_storage_pg on decisions of the test PostgreSQL server.
#include "backend.h"
#include "decisionfile.h"
#include "record.h"
#include "storage/migrations.h"
#include "storage/sqlitefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QtEndian>
#include <ctime>

using namespace gonogo;
using namespace testsupport;

Q_DECLARE_METATYPE(gonogo::ErrorKind)

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createsIdentifiedFile();
    void meetingTimeZone();
    void connectionSettings();
    void openingDoesNotModify();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void secondOpenIsInUse();
    void otherProcessHoldsFile();
    void migratesOlderFileWithBackup();
    void failedMigrationRollsBack();
    void headerClaimingAnOlderFormatIsDamage();
    void copiesMadeBetweenChangesAllVerify();
    void statementSplitterKeepsTriggers();
    void itemChangeIsAuditedAndOnDisk();
    void batchWithUnknownIdChangesNothing();
    void editsReuseTheirPreparedStatements();
    void auditLogIsAppendOnly();
    void verifyFindsRemovedGuard();
    void verifyNamesAHandEdit();
    void riskRules();
    void meetingThresholds();
    void createRefusesExistingFile();
    void createInMissingFolderLeavesNothing();
    void awkwardFileNames();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return placeFor(m_dir->path(), name); }
    QString createP020(const QString &name);
};

void TestStorage::initTestCase()
{
    const QString why = prepareBackend(QStringLiteral("suite_storage"));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestStorage::createP020(const QString &name)
{
    const QString p = path(name);
    auto tpl = TemplateImport::builtIn(QStringLiteral("p020"));
    if (!tpl) {
        qWarning("%s", qPrintable(tpl.error().message));
        return {};
    }
    CreateOptions options;
    options.launchName = QStringLiteral("Test launch");
    options.actor = QStringLiteral("tester");
    auto file = DecisionFile::create(p, tpl.value(), options);
    if (!file) {
        qWarning("%s", qPrintable(file.error().message));
        return {};
    }
    return p;
}

void TestStorage::createsIdentifiedFile()
{
    const QString p = createP020(QStringLiteral("a.gonogo"));
    QVERIFY(!p.isEmpty());
    if (onServer()) {
        // The catalog names the decision's schema and format.
        QCOMPARE(rawQuery(p, {QStringLiteral("SELECT schema_name || '/' || format FROM gonogo.decision")})
                     .value(0)
                     .toString(),
                 QStringLiteral("%1/%2").arg(pg::parseAddress(p, true)->schema()).arg(DecisionFile::schemaVersion()));
    } else {
        const QByteArray bytes = readFile(p);
        QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
        QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 68), sqlite::applicationId);
        QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 60), DecisionFile::schemaVersion());
        // Only the document itself: no journal, WAL or temporary file is left beside it.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("a.gonogo")});
    }
    // Read back with a connection of our own.
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT count(*) FROM item")}).value(0).toInt(), 145);
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT count(*) FROM item WHERE critical = 1")}).value(0).toInt(), 87);
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT count(*) FROM category")}).value(0).toInt(), 12);
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT launch_name FROM meeting")}).value(0).toString(),
             QStringLiteral("Test launch"));
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT actor || '/' || action FROM audit_log")}).value(0).toString(),
             QStringLiteral("tester/create"));
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT count(*) FROM stakeholder")}).value(0).toInt(), 5);
}

void TestStorage::meetingTimeZone()
{
    // By default the zone of the machine the meeting is prepared on; one asked for; never one the system lacks.
    const QByteArray tz = qgetenv("TZ");
    qputenv("TZ", "Asia/Tokyo");
    tzset();
    const QString tokyo = createP020(QStringLiteral("tokyo.gonogo"));
    qputenv("TZ", tz);
    tzset();
    QCOMPARE(rawQuery(tokyo, {QStringLiteral("SELECT time_zone FROM meeting")}).value(0).toString(),
             QStringLiteral("Asia/Tokyo"));
    CreateOptions options;
    options.timeZone = QStringLiteral("Europe/Madrid");
    const QString madrid = path(QStringLiteral("madrid.gonogo"));
    QVERIFY(DecisionFile::create(madrid, TemplateImport::builtIn(QStringLiteral("p020")).value(), options));
    QCOMPARE(rawQuery(madrid, {QStringLiteral("SELECT time_zone FROM meeting")}).value(0).toString(),
             QStringLiteral("Europe/Madrid"));
    options.timeZone = QStringLiteral("Mars/Olympus_Mons");
    const QString mars = path(QStringLiteral("mars.gonogo"));
    auto refused = DecisionFile::create(mars, TemplateImport::builtIn(QStringLiteral("p020")).value(), options);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("Mars/Olympus_Mons")));
    QVERIFY(!stored(mars));
    // A change to an unknown zone changes nothing; a change to a real one is audited and verifies.
    const QByteArray before = storedState(madrid);
    {
        auto file = DecisionFile::open(madrid);
        QVERIFY(file);
        MeetingChange bad;
        bad.timeZone = QStringLiteral("Nowhere/Land");
        QVERIFY(!file.value()->meeting().apply(bad, QStringLiteral("t")));
    }
    QCOMPARE(storedState(madrid), before);
    {
        auto file = DecisionFile::open(madrid);
        QVERIFY(file);
        MeetingChange good;
        good.timeZone = QStringLiteral("America/Bogota");
        QVERIFY(file.value()->meeting().apply(good, QStringLiteral("t")));
        QVERIFY(file.value()->verify()->ok());
    }
    QCOMPARE(rawQuery(madrid, {QStringLiteral("SELECT new_value FROM audit_log WHERE field = 'time_zone'")})
                 .value(0)
                 .toString(),
             QStringLiteral("America/Bogota"));
}

void TestStorage::connectionSettings()
{
    GONOGO_FILE_ONLY("SQLite's pragmas");
    const QString p = createP020(QStringLiteral("b.gonogo"));
    auto file = DecisionFile::open(p);
    QVERIFY2(file, qPrintable(file.error().message));
    auto s = sqlite::readSettings(file.value()->session());
    QVERIFY(s);
    QVERIFY(s->foreignKeys);
    QCOMPARE(s->journalMode, QStringLiteral("delete"));
    QCOMPARE(s->synchronous, 2); // FULL
    QCOMPARE(s->busyTimeout, sqlite::busyTimeoutMs);
    QCOMPARE(s->lockingMode, QStringLiteral("exclusive"));
}

void TestStorage::openingDoesNotModify()
{
    const QString p = createP020(QStringLiteral("c.gonogo"));
    const QByteArray before = storedState(p);
    {
        auto file = DecisionFile::open(p);
        QVERIFY(file);
        QVERIFY(file.value()->snapshot());
        QVERIFY(file.value()->verify());
    }
    QCOMPARE(storedState(p), before);
}

void TestStorage::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorKind>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing") << "missing" << ErrorKind::NotADecisionFile << "does not exist";
    QTest::newRow("empty") << "empty" << ErrorKind::NotADecisionFile << "empty";
    QTest::newRow("text") << "text" << ErrorKind::NotADecisionFile << "not an SQLite database";
    QTest::newRow("folder") << "folder" << ErrorKind::NotADecisionFile << "folder";
    QTest::newRow("foreign sqlite") << "foreign" << ErrorKind::NotADecisionFile << "not a GoNoGo decision file";
    QTest::newRow("newer version") << "newer" << ErrorKind::NewerVersion << "newer GoNoGo";
    QTest::newRow("truncated") << "truncated" << ErrorKind::Damaged << "truncated";
    QTest::newRow("header only") << "header" << ErrorKind::Damaged << "truncated";
    // Bytes appended after the last page are not a truncation (it used to say so).
    QTest::newRow("garbage appended") << "appended" << ErrorKind::Damaged << "100 bytes after its last page";
    QTest::newRow("damaged pages") << "damaged" << ErrorKind::Damaged << "damaged";
}

void TestStorage::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(ErrorKind, error);
    QFETCH(QString, words);
    GONOGO_FILE_ONLY("its bytes (an address the server refuses is tst_server's badAddressesAreRefusedByName)");
    QString p = path(kind + QStringLiteral(".gonogo"));
    if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(p, {}));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(p, "# Launch notes\nnot a database at all\n"));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(kind + QStringLiteral(".gonogo")));
    } else if (kind == QLatin1String("foreign")) {
        rawQuery(p,
                 {QStringLiteral("CREATE TABLE songs (title TEXT)"), QStringLiteral("INSERT INTO songs VALUES ('x')")});
    } else if (kind != QLatin1String("missing")) {
        const QString made = createP020(kind + QStringLiteral(".gonogo"));
        QCOMPARE(made, p);
        QByteArray bytes = readFile(p);
        if (kind == QLatin1String("newer")) {
            rawQuery(p, {QStringLiteral("PRAGMA user_version = 99")});
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(writeFile(p, bytes.left(bytes.size() / 2 + 100)));
        } else if (kind == QLatin1String("header")) {
            QVERIFY(writeFile(p, bytes.left(60)));
        } else if (kind == QLatin1String("appended")) {
            QVERIFY(writeFile(p, bytes + QByteArray(100, 'x')));
        } else if (kind == QLatin1String("damaged")) {
            // Overwrite every page after the first with noise, keeping the size and the header.
            for (int i = 4096; i < bytes.size(); ++i) {
                bytes[i] = static_cast<char>((i * 7919) & 0xff);
            }
            QVERIFY(writeFile(p, bytes));
        }
    }
    const bool existed = QFileInfo::exists(p);
    const QByteArray before = QFileInfo(p).isFile() ? storedState(p) : QByteArray();
    auto file = DecisionFile::open(p);
    QVERIFY(!file);
    QCOMPARE(file.error().kind, error);
    QVERIFY2(file.error().message.contains(words), qPrintable(file.error().message));
    QVERIFY2(file.error().message.contains(QDir::toNativeSeparators(p)), qPrintable(file.error().message));
    QCOMPARE(QFileInfo::exists(p), existed);
    if (!before.isEmpty()) {
        QCOMPARE(storedState(p), before);
    }
    QVERIFY(!QFileInfo::exists(p + QStringLiteral("-journal")));
}

void TestStorage::secondOpenIsInUse()
{
    GONOGO_FILE_ONLY("one writer at a time (a server decision is open in many windows: tst_server)");
    const QString p = createP020(QStringLiteral("d.gonogo"));
    auto first = DecisionFile::open(p);
    QVERIFY(first);
    QElapsedTimer timer;
    timer.start();
    auto second = DecisionFile::open(p);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::InUse);
    QVERIFY(second.error().message.contains(QStringLiteral("in use")));
    qInfo("second open refused after %lld ms", timer.elapsed());
    first.value().reset();
    auto third = DecisionFile::open(p);
    QVERIFY2(third, qPrintable(third.error().message));
}

void TestStorage::otherProcessHoldsFile()
{
    GONOGO_FILE_ONLY("a lock another process holds on it");
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is not installed (package sqlite3, installed by setup.sh)");
    const QString p = createP020(QStringLiteral("e.gonogo"));
    const QByteArray before = storedState(p);
    QProcess holder;
    holder.start(sqlite3, {p});
    QVERIFY(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE;\nSELECT 'locked';\n");
    while (!holder.readAllStandardOutput().contains("locked")) {
        QVERIFY(holder.waitForReadyRead(5000));
    }
    auto file = DecisionFile::open(p);
    QVERIFY(!file);
    QCOMPARE(file.error().kind, ErrorKind::InUse);
    holder.kill(); // dies holding the lock: the OS releases it, nothing stale remains
    QVERIFY(holder.waitForFinished());
    auto again = DecisionFile::open(p);
    QVERIFY2(again, qPrintable(again.error().message));
    again.value().reset();
    QCOMPARE(storedState(p), before);
}

void TestStorage::migratesOlderFileWithBackup()
{
    GONOGO_FILE_ONLY("files written by older versions, before team mode");
    // A file as the first file format wrote it: schema step 1 only.
    const QString p = path(QStringLiteral("old.gonogo"));
    {
        const QString name = QStringLiteral("old-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(p);
            QVERIFY(db.open());
            SqlSession session(db, p);
            QVERIFY(sqlite::stamp(session, 0));
            QVERIFY(Migrations::apply(session, Migrations::builtIn(), 0, 1));
            QVERIFY(session.run(QStringLiteral("INSERT INTO meeting (id, launch_name, created_at) VALUES (1, 'Old', "
                                               "'2025-01-01T00:00:00.000Z')")));
            QVERIFY(session.run(QStringLiteral("INSERT INTO category VALUES ('SEC', 'Security', 1)")));
            QVERIFY(
                session.run(QStringLiteral("INSERT INTO item (id, category_code, position, title, critical, status) "
                                           "VALUES ('SEC-01', 'SEC', 1, 'TLS', 1, 'PASS')")));
            QVERIFY(session.run(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) VALUES "
                                               "('2025-01-01T00:00:00.000Z', 'old', 'create', 'meeting')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray original = storedState(p);
    auto file = DecisionFile::open(p);
    QVERIFY2(file, qPrintable(file.error().message));
    const QString backup = file.value()->migrationBackup();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(storedState(backup), original);
    auto snapshot = file.value()->snapshot();
    QVERIFY(snapshot);
    QCOMPARE(snapshot->items.size(), 1);
    QCOMPARE(snapshot->items.first().status, Status::Pass);
    QCOMPARE(snapshot->stakeholders.size(), 5);
    QVERIFY(snapshot->matrix == RiskMatrix());
    file.value().reset();
    QCOMPARE(qFromBigEndian<qint32>(readFile(p).constData() + 60), DecisionFile::schemaVersion());
    // Opening again migrates nothing and keeps no second backup; the old audit row is sealed into the chain and
    // the record has an identity.
    auto again = DecisionFile::open(p);
    QVERIFY(again);
    QVERIFY(again.value()->migrationBackup().isEmpty());
    auto report = again.value()->verify();
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QVERIFY(!again.value()->meeting().load()->recordId.isEmpty());
}

void TestStorage::failedMigrationRollsBack()
{
    GONOGO_FILE_ONLY("files written by older versions, before team mode");
    const QString p = path(QStringLiteral("m.db"));
    const QString name = QStringLiteral("migration-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(p);
        QVERIFY(db.open());
        SqlSession session(db, p);
        const QStringList scripts{QStringLiteral("CREATE TABLE first (a INTEGER);"),
                                  QStringLiteral("CREATE TABLE second (b INTEGER);\nINSERT INTO missing VALUES (1);")};
        auto result = Migrations::apply(session, scripts, 0, 2);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("step 2")));
        auto tables = session.run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        QVERIFY(tables && tables->next());
        QCOMPARE(tables->value(0).toInt(), 0);
        auto version = session.run(QStringLiteral("PRAGMA user_version"));
        QVERIFY(version && version->next());
        QCOMPARE(version->value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestStorage::headerClaimingAnOlderFormatIsDamage()
{
    GONOGO_FILE_ONLY("a header");
    // A current file whose header was set back to format 2: the upgrade would fail half-way. It used to answer
    // exit 8 (read/write error) and leave one more full-size backup on every try.
    const QString p = createP020(QStringLiteral("header.gonogo"));
    rawQuery(p, {QStringLiteral("PRAGMA user_version = 2")});
    const QByteArray before = storedState(p);
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto file = DecisionFile::open(p);
        QVERIFY(!file);
        QCOMPARE(file.error().kind, ErrorKind::Damaged);
        QVERIFY2(file.error().message.contains(QStringLiteral("header says file format 2, but it holds the tables of "
                                                              "format 4")),
                 qPrintable(file.error().message));
    }
    QCOMPARE(storedState(p), before);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
    const Run r = gonogoRun({QStringLiteral("summary"), p});
    QCOMPARE(r.code, 5);
}

void TestStorage::copiesMadeBetweenChangesAllVerify()
{
    // Save As and backups: 50 copies taken while the file keeps changing (the exclusive lock makes its own window
    // the only writer, so copies and changes take turns in one process). Each copy is a file of its own that
    // verifies, holds exactly the changes made before it, and has the same record fingerprint as the file had.
    const QString p = createP020(QStringLiteral("live.gonogo"));
    auto file = DecisionFile::open(p);
    QVERIFY(file);
    const QVector<Item> items = file.value()->items().all().value();
    for (int n = 0; n < 50; ++n) {
        ItemChange change;
        change.id = items.at(n % items.size()).id;
        change.notes = QStringLiteral("change %1").arg(n);
        change.status = n % 2 ? Status::Pass : Status::Partial;
        QVERIFY(file.value()->items().apply({change}, QStringLiteral("writer")));
        const QString copy = m_dir->filePath(QStringLiteral("copy-%1.gonogo").arg(n));
        QVERIFY(file.value()->copyTo(copy));
        const QString expectedFingerprint = Record::fingerprint(file.value()->snapshot().value());
        const qint64 expectedRows = file.value()->audit().count().value();
        auto opened = DecisionFile::open(copy);
        QVERIFY2(opened, qPrintable(opened.error().message));
        auto report = opened.value()->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->fingerprint, expectedFingerprint);
        QCOMPARE(report->auditEntries, expectedRows);
        QCOMPARE(opened.value()->items().find(change.id).value().notes, QStringLiteral("change %1").arg(n));
    }
    // A copy never replaces the decision itself, nor an existing file unless asked.
    const QByteArray before = storedState(p);
    QVERIFY(!file.value()->copyTo(p));
    QCOMPARE(storedState(p), before);
    QVERIFY(!file.value()->copyTo(m_dir->filePath(QStringLiteral("copy-0.gonogo"))));
    QVERIFY(file.value()->copyTo(m_dir->filePath(QStringLiteral("copy-0.gonogo")), true));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral(".*writing*")}, QDir::Files | QDir::Hidden), QStringList());
}

void TestStorage::statementSplitterKeepsTriggers()
{
    const QStringList s =
        Migrations::statements(QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE t (x TEXT DEFAULT ';');\n"
                                              "CREATE TRIGGER g BEFORE DELETE ON t\nBEGIN\n  SELECT RAISE(ABORT, 'no; "
                                              "never');\nEND;\nINSERT INTO t VALUES ('a');"));
    QCOMPARE(s.size(), 3);
    QVERIFY(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(s.at(1).endsWith(QStringLiteral("END;")));
    QCOMPARE(s.at(2), QStringLiteral("INSERT INTO t VALUES ('a');"));
    // Every built-in script splits into statements SQLite accepts (checked by creating files elsewhere).
    QCOMPARE(Migrations::latestVersion(),
             QDir(QStringLiteral(GONOGO_SOURCE_DIR "/resources/schema")).entryList({QStringLiteral("*.sql")}).size());
}

void TestStorage::itemChangeIsAuditedAndOnDisk()
{
    const QString p = createP020(QStringLiteral("f.gonogo"));
    {
        auto file = DecisionFile::open(p);
        QVERIFY(file);
        ItemChange c;
        c.id = QStringLiteral("SEC-03");
        c.status = Status::Pass;
        c.evidence = QStringLiteral("SSL Labs A+ on 2026-11-20");
        auto changed = file.value()->items().apply({c}, QStringLiteral("alice"));
        QVERIFY2(changed, qPrintable(changed.error().message));
        QCOMPARE(changed.value(), 2);
        // The same change again writes nothing.
        auto same = file.value()->items().apply({c}, QStringLiteral("alice"));
        QVERIFY(same);
        QCOMPARE(same.value(), 0);
    }
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT status || '|' || evidence || '|' || changed_by FROM item WHERE id = "
                                         "'SEC-03'")})
                 .value(0)
                 .toString(),
             QStringLiteral("PASS|SSL Labs A+ on 2026-11-20|alice"));
    const QVariantList audit = rawQuery(
        p, {QStringLiteral("SELECT actor || ' ' || action || ' ' || entity || ' ' || field || ' ' || old_value || ' ' "
                           "|| new_value FROM audit_log WHERE action = 'set' ORDER BY seq")});
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).toString(), QStringLiteral("alice set item:SEC-03 status PENDING PASS"));
    QCOMPARE(audit.at(1).toString(), QStringLiteral("alice set item:SEC-03 evidence  SSL Labs A+ on 2026-11-20"));
    QVERIFY(rawQuery(p, {QStringLiteral("SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1")})
                .value(0)
                .toString()
                .endsWith(QLatin1Char('Z')));
}

// The statements every edit runs (reading the item, updating it, the audit log's head and new row) are parsed once
// and kept for the file's life: SQLite lists them, with how often each ran. A statement used again from inside its
// own reading is prepared afresh for that use, and every value written is on disk.
void TestStorage::editsReuseTheirPreparedStatements()
{
    GONOGO_FILE_ONLY("SQLite's list of prepared statements (on a server every statement is prepared afresh)");
    const QString p = createP020(QStringLiteral("kept.gonogo"));
    auto file = DecisionFile::open(p);
    QVERIFY(file);
    const QStringList ids{QStringLiteral("SEC-01"), QStringLiteral("SEC-02"), QStringLiteral("OPS-03"),
                          QStringLiteral("DR-01"), QStringLiteral("TEAM-04")};
    for (const QString &id : ids) {
        ItemChange c;
        c.id = id;
        c.status = Status::Fail;
        QVERIFY(file.value()->items().apply({c}, QStringLiteral("alice")));
    }
    auto runs = [&](const QString &pattern) {
        auto q = file.value()->session().run(QStringLiteral("SELECT run FROM sqlite_stmt WHERE sql LIKE ?"), {pattern});
        return q && q->next() ? q->value(0).toInt() : 0;
    };
    // Each edit reads its item, updates it and appends one audit row (SQLite shows the placeholders as :0, :1...).
    QCOMPARE(runs(QStringLiteral("SELECT % FROM item WHERE id = %")), ids.size());
    QCOMPARE(runs(QStringLiteral("UPDATE item SET status = %, changed_at = %, changed_by = % WHERE id = %")),
             ids.size());
    QCOMPARE(runs(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")), ids.size());
    QCOMPARE(runs(QStringLiteral("INSERT INTO audit_log %")), ids.size());

    // Read again from inside its own reading: both readings see their own rows.
    const SqlSession &session = file.value()->session();
    const QString byId = QStringLiteral("SELECT status FROM item WHERE id = ?");
    QString outer;
    QString inner;
    QVERIFY(session.runKept(byId, {QStringLiteral("SEC-01")}, [&](QSqlQuery &q) {
        QVERIFY(session.runKept(byId, {QStringLiteral("SEC-03")}, [&](QSqlQuery &again) {
            QVERIFY(again.next());
            inner = again.value(0).toString();
        }));
        QVERIFY(q.next());
        outer = q.value(0).toString();
    }));
    QCOMPARE(outer, QStringLiteral("FAIL"));
    QCOMPARE(inner, QStringLiteral("PENDING"));

    file.value().reset();
    const QVariantList onDisk =
        rawQuery(p, {QStringLiteral("SELECT id FROM item WHERE status = 'FAIL' AND changed_by = 'alice' ORDER BY id")});
    QStringList failed;
    for (const QVariant &v : onDisk) {
        failed << v.toString();
    }
    QStringList expected = ids;
    expected.sort();
    QCOMPARE(failed, expected);
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'set' AND actor = 'alice'")})
                 .value(0)
                 .toInt(),
             ids.size());
}

void TestStorage::batchWithUnknownIdChangesNothing()
{
    const QString p = createP020(QStringLiteral("g.gonogo"));
    const QByteArray before = storedState(p);
    {
        auto file = DecisionFile::open(p);
        QVERIFY(file);
        QVector<ItemChange> changes;
        for (const QString &id : {QStringLiteral("SEC-01"), QStringLiteral("SEC-02"), QStringLiteral("NOPE-99")}) {
            ItemChange c;
            c.id = id;
            c.status = Status::Fail;
            changes << c;
        }
        auto result = file.value()->items().apply(changes, QStringLiteral("bob"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::InvalidInput);
        QVERIFY(result.error().message.contains(QStringLiteral("NOPE-99")));
    }
    QCOMPARE(storedState(p), before);
}

void TestStorage::auditLogIsAppendOnly()
{
    const QString p = createP020(QStringLiteral("h.gonogo"));
    QVERIFY(rawQuery(p, {QStringLiteral("UPDATE audit_log SET actor = 'mallory'")})
                .value(0)
                .toString()
                .contains(QStringLiteral("append-only")));
    QVERIFY(rawQuery(p, {QStringLiteral("DELETE FROM audit_log")})
                .value(0)
                .toString()
                .contains(QStringLiteral("append-only")));
    QCOMPARE(rawQuery(p, {QStringLiteral("SELECT actor FROM audit_log")}).value(0).toString(),
             QStringLiteral("tester"));
}

void TestStorage::verifyFindsRemovedGuard()
{
    const QString p = createP020(QStringLiteral("i.gonogo"));
    {
        auto file = DecisionFile::open(p);
        QVERIFY(file);
        auto report = file.value()->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->auditEntries, 2); // its creation, and the baseline that verify replays from
    }
    rawQuery(p, {onServer() ? QStringLiteral("DROP TRIGGER audit_log_no_delete ON audit_log")
                            : QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                 QStringLiteral("DELETE FROM audit_log")});
    auto file = DecisionFile::open(p);
    QVERIFY(file);
    auto report = file.value()->verify();
    QVERIFY(report);
    QVERIFY(!report->ok());
    const QString all = report->problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("audit_log_no_delete")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("empty")), qPrintable(all));
}

void TestStorage::verifyNamesAHandEdit()
{
    // A status set by hand, behind the app's back: verify names the item, both values, and where the tables are
    // in the reader's words (a file, or the database of a server).
    const QString p = createP020(QStringLiteral("hand.gonogo"));
    QCOMPARE(rawQuery(p, {QStringLiteral("UPDATE item SET status = 'PASS' WHERE id = 'SEC-08'"),
                          QStringLiteral("SELECT status FROM item WHERE id = 'SEC-08'")}),
             QVariantList{QStringLiteral("PASS")});
    auto file = DecisionFile::open(p);
    QVERIFY(file);
    auto report = file.value()->verify();
    QVERIFY(report);
    QVERIFY(!report->ok());
    const QString all = report->problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("item SEC-08: status is \"PASS\" in the %1 but \"PENDING\" by the audit log")
                              .arg(onServer() ? QStringLiteral("database") : QStringLiteral("file"))),
             qPrintable(all));
}

void TestStorage::riskRules()
{
    const QString p = createP020(QStringLiteral("j.gonogo"));
    auto file = DecisionFile::open(p);
    QVERIFY(file);
    const RiskRepository risks = file.value()->risks();
    RiskDraft draft;
    draft.title = QStringLiteral("  ");
    auto refused = risks.add(draft, QStringLiteral("x"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    draft.title = QStringLiteral("Payment provider outage");
    draft.likelihood = Likelihood::Medium;
    draft.impact = Impact::Critical;
    draft.itemIds = {QStringLiteral("PERF-08")};
    auto id = risks.add(draft, QStringLiteral("carol"));
    QVERIFY2(id, qPrintable(id.error().message));
    QCOMPARE(id.value(), QStringLiteral("R-01"));
    QCOMPARE(risks.add(draft, QStringLiteral("carol")).value(), QStringLiteral("R-02"));
    draft.itemIds = {QStringLiteral("NOT-THERE")};
    QVERIFY(!risks.add(draft, QStringLiteral("carol")));
    QCOMPARE(risks.all()->size(), 2); // the refused risk left nothing behind

    RiskChange accept;
    accept.id = QStringLiteral("R-01");
    accept.state = RiskState::Accepted;
    auto noRationale = risks.apply(accept, QStringLiteral("dave"));
    QVERIFY(!noRationale);
    QVERIFY(noRationale.error().message.contains(QStringLiteral("rationale")));
    accept.acceptanceRationale = QStringLiteral("Fallback to manual booking is rehearsed");
    accept.acceptedUntil = QDate(2026, 12, 31);
    QVERIFY(risks.apply(accept, QStringLiteral("dave")));
    const Risk r = risks.all()->first();
    QCOMPARE(r.state, RiskState::Accepted);
    QCOMPARE(r.acceptedBy, QStringLiteral("dave"));
    QCOMPARE(r.acceptedUntil, QDate(2026, 12, 31));
    QCOMPARE(r.itemIds, QStringList{QStringLiteral("PERF-08")});
}

void TestStorage::meetingThresholds()
{
    const QString p = createP020(QStringLiteral("k.gonogo"));
    auto file = DecisionFile::open(p);
    QVERIFY(file);
    MeetingChange bad;
    bad.thresholds = Thresholds{100, 80, 90};
    QVERIFY(!file.value()->meeting().apply(bad, QStringLiteral("x")));
    bad.thresholds = Thresholds{101, 95, 90};
    QVERIFY(!file.value()->meeting().apply(bad, QStringLiteral("x")));
    MeetingChange good;
    good.thresholds = Thresholds{100, 97, 92};
    good.facilitator = QStringLiteral("Erin");
    auto changed = file.value()->meeting().apply(good, QStringLiteral("x"));
    QVERIFY(changed);
    QCOMPARE(changed.value(), 3);
    QCOMPARE(file.value()->meeting().load()->thresholds, (Thresholds{100, 97, 92}));
}

void TestStorage::createRefusesExistingFile()
{
    QString p;
    if (onServer()) {
        p = createP020(QStringLiteral("existing.gonogo"));
    } else {
        p = path(QStringLiteral("existing.gonogo"));
        QVERIFY(writeFile(p, "precious"));
    }
    const QByteArray before = storedState(p);
    auto tpl = TemplateImport::builtIn(QStringLiteral("p020"));
    QVERIFY(tpl);
    auto file = DecisionFile::create(p, tpl.value(), {});
    QVERIFY(!file);
    QVERIFY2(file.error().message.contains(QStringLiteral("already exists")), qPrintable(file.error().message));
    QCOMPARE(storedState(p), before);
}

void TestStorage::createInMissingFolderLeavesNothing()
{
    GONOGO_FILE_ONLY("a folder (a server never initialised is tst_server's aServerIsInitialisedOnce)");
    auto tpl = TemplateImport::builtIn(QStringLiteral("p020"));
    QVERIFY(tpl);
    auto file = DecisionFile::create(path(QStringLiteral("no/such/dir/x.gonogo")), tpl.value(), {});
    QVERIFY(!file);
    QCOMPARE(file.error().kind, ErrorKind::Io);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestStorage::awkwardFileNames()
{
    GONOGO_FILE_ONLY("a file name (decision IDs are a-z, 0-9 and '-': tst_server's badAddressesAreRefusedByName)");
    for (const QString &name :
         {QStringLiteral("launch #2 ?final% 100.gonogo"), QStringLiteral("lanzamiento ñ 日本.gonogo")}) {
        const QString p = createP020(name);
        QVERIFY(!p.isEmpty());
        auto file = DecisionFile::open(p);
        QVERIFY2(file, qPrintable(file.error().message));
        QCOMPARE(file.value()->snapshot()->items.size(), 145);
    }
    // Nothing was created under a mangled name.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
