// Team mode on a real PostgreSQL 15 server (started for the tests by scripts/pg-test-server.sh, a CTest fixture):
// the server's catalog, decisions created and copied both ways with the same record, commands on a decision's
// address, the audit log's guards against hand-written SQL, and bad addresses refused by name. What the app says
// is checked against the rows on the server and in the files, read behind its back.
#include "launchsupport.h"
#include "serversupport.h"
#include "testsupport.h"

#include "decisiondocument.h"
#include "serverwatch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace gonogo;
using namespace testsupport;

namespace {

// "Fingerprint: <hex>" as gonogo verify prints it.
QString fingerprintOf(const Run &verify)
{
    static const QRegularExpression line(QStringLiteral("^Fingerprint: ([0-9a-f]{64})$"),
                                         QRegularExpression::MultilineOption);
    return line.match(verify.out).captured(1);
}

} // namespace

class ServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_server; // postgresql://gonogo@127.0.0.1:PORT/gonogo
    QString m_demo;   // the README's demo decision file

    QString decision(const QString &id) const { return m_server + QStringLiteral("?decision=") + id; }

    QStringList pg(const QStringList &statements) const { return pgQuery(statements, QStringLiteral("servertest")); }

    // ADDRESS as the database user USER (whose password is PASSWORD) sees it: a command of the app, or hand-written
    // SQL through psql.
    Run as(const QString &user, const QString &password, const QStringList &args) const
    {
        qputenv("PGPASSWORD", password.toUtf8());
        QStringList asUser;
        for (const QString &a : args) {
            asUser << QString(a).replace(QStringLiteral("postgresql://gonogo@"),
                                         QStringLiteral("postgresql://%1@").arg(user));
        }
        const Run run = gonogoRun(asUser);
        qputenv("PGPASSWORD", pgState(QStringLiteral("password")).toUtf8());
        return run;
    }
    Run psql(const QString &user, const QString &password, const QString &sql) const
    {
        const QUrl url(m_server);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                 url.host(), QStringLiteral("-p"), QString::number(url.port()), QStringLiteral("-U"), user,
                 QStringLiteral("-d"), url.path().mid(1), QStringLiteral("-c"), sql});
        if (!p.waitForFinished(60000)) {
            return {-2, {}, QStringLiteral("psql timed out")};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Every row of TABLE in a file, as pg() gives them, in the same order.
    static QStringList fileRows(const QString &path, const QString &table, const QString &columns,
                                const QString &order = QStringLiteral("id"))
    {
        QStringList rows;
        for (const QVariant &v :
             rawQuery(path, {QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns, table, order)})) {
            rows << v.toString();
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = pgFreshDatabase(QStringLiteral("servertest"));
        QVERIFY2(!m_server.isEmpty(), "no test server: GONOGO_TEST_PG must name the folder pg-test-server.sh wrote");
        // The app takes its password where libpq looks for one: here PGPASSWORD, for every command run.
        qputenv("PGPASSWORD", pgState(QStringLiteral("password")).toUtf8());
        QCOMPARE(pg({QStringLiteral("SELECT 1")}), QStringList{QStringLiteral("1")});
        m_demo = m_dir.filePath(QStringLiteral("demo.gonogo"));
        QCOMPARE(makeDemo(m_demo), QString());
    }

    void aServerIsInitialisedOnce()
    {
        // Before init: every command says what to run.
        Run list = gonogoRun({QStringLiteral("server"), QStringLiteral("list"), m_server});
        QVERIFY(list.code != 0);
        QVERIFY2(list.err.contains(QStringLiteral("gonogo server init %1").arg(m_server)), qPrintable(list.err));
        Run open = gonogoRun({QStringLiteral("summary"), decision(QStringLiteral("nothing"))});
        QVERIFY(open.code != 0);
        QVERIFY2(open.err.contains(QStringLiteral("server init")), qPrintable(open.err));

        for (int time = 0; time < 2; ++time) {
            Run init = gonogoRun({QStringLiteral("server"), QStringLiteral("init"), m_server});
            QCOMPARE(init.code, 0);
            QVERIFY2(init.err.isEmpty(), qPrintable(init.err)); // the server's notices stay off the terminal
        }
        QCOMPARE(pg({QStringLiteral("SELECT count(*) FROM gonogo.decision")}), QStringList{QStringLiteral("0")});
        list = gonogoRun({QStringLiteral("server"), QStringLiteral("list"), m_server});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("No decisions")), qPrintable(list.out));
    }

    void aFileCopiedToTheServerIsTheSameRecord()
    {
        const QString address = decision(QStringLiteral("hotel-launch"));
        Run copy = gonogoRun({QStringLiteral("copy"), m_demo, address});
        QVERIFY2(copy.code == 0, qPrintable(copy.err));

        // Row for row the same as the file, read behind the app's back: the record ID, the audit chain with its
        // hashes, the items and the sign-offs with their seals.
        const QString audit = QStringLiteral("seq, at, actor, action, entity, coalesce(field, 'NULL'), "
                                             "coalesce(old_value, 'NULL'), coalesce(new_value, 'NULL'), prev_hash, "
                                             "hash");
        const QString auditFile = QStringLiteral("seq || '|' || at || '|' || actor || '|' || action || '|' || entity "
                                                 "|| '|' || coalesce(field, 'NULL') || '|' || coalesce(old_value, "
                                                 "'NULL') || '|' || coalesce(new_value, 'NULL') || '|' || "
                                                 "coalesce(prev_hash, 'NULL') || '|' || hash");
        const QStringList serverAudit =
            pg({QStringLiteral("SELECT %1 FROM d_hotel_launch.audit_log ORDER BY seq").arg(audit)});
        const QStringList fileAudit = fileRows(m_demo, QStringLiteral("audit_log"), auditFile, QStringLiteral("seq"));
        QVERIFY(fileAudit.size() > 300);
        QCOMPARE(serverAudit.size(), fileAudit.size());
        for (int i = 0; i < fileAudit.size(); ++i) {
            // prev_hash is NULL only at the start of the chain, which the file writes as 'NULL' too.
            QCOMPARE(serverAudit.at(i), fileAudit.at(i));
        }
        QCOMPARE(pg({QStringLiteral("SELECT record_id FROM d_hotel_launch.meeting")}),
                 fileRows(m_demo, QStringLiteral("meeting"), QStringLiteral("record_id")));
        QCOMPARE(pg({QStringLiteral("SELECT id || '|' || status || '|' || owner || '|' || evidence FROM "
                                    "d_hotel_launch.item ORDER BY id")}),
                 fileRows(m_demo, QStringLiteral("item"),
                          QStringLiteral("id || '|' || status || '|' || owner || '|' || evidence")));
        const QString signoff = QStringLiteral("id || '|' || name || '|' || vote || '|' || fingerprint || '|' || seal");
        QCOMPARE(pg({QStringLiteral("SELECT %1 FROM d_hotel_launch.signoff ORDER BY id").arg(signoff)}),
                 fileRows(m_demo, QStringLiteral("signoff"), signoff));
        QCOMPARE(fileRows(m_demo, QStringLiteral("signoff"), signoff).size(), 5);
        QCOMPARE(pg({QStringLiteral("SELECT id, format FROM gonogo.decision")}),
                 QStringList{QStringLiteral("hotel-launch|%1")
                                 .arg(rawQuery(m_demo, {QStringLiteral("PRAGMA "
                                                                       "user_version")})
                                          .value(0)
                                          .toString())});
        // The drawn signatures came over byte for byte.
        const QStringList fileSignatures =
            fileRows(m_demo, QStringLiteral("signoff"), QStringLiteral("hex(coalesce(signature_png, x''))"));
        const QStringList serverSignatures =
            pg({QStringLiteral("SELECT upper(encode(coalesce(signature_png, ''::bytea), 'hex')) FROM "
                               "d_hotel_launch.signoff ORDER BY id")});
        QCOMPARE(serverSignatures, fileSignatures);

        // Both verify, with one fingerprint, and the record is FINAL on both.
        const Run onFile = gonogoRun({QStringLiteral("verify"), m_demo});
        const Run onServer = gonogoRun({QStringLiteral("verify"), address});
        QCOMPARE(onFile.code, 0);
        QVERIFY2(onServer.code == 0, qPrintable(onServer.out + onServer.err));
        QVERIFY(!fingerprintOf(onFile).isEmpty());
        QCOMPARE(fingerprintOf(onServer), fingerprintOf(onFile));
        QVERIFY(onServer.out.contains(QStringLiteral("Record status: FINAL")));

        // The catalog lists it with what the meeting decided.
        const Run list =
            gonogoRun({QStringLiteral("server"), QStringLiteral("list"), m_server, QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[QStringLiteral("id")].toString(), QStringLiteral("hotel-launch"));
        QCOMPARE(rows.at(0)[QStringLiteral("decision")].toString(), QStringLiteral("GO WITH CAUTION"));
        QCOMPARE(rows.at(0)[QStringLiteral("target_date")].toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(rows.at(0)[QStringLiteral("signoffs")].toInt(), 5);
        QCOMPARE(rows.at(0)[QStringLiteral("record")].toString(), QStringLiteral("FINAL"));

        // A decision on a server is never replaced, and nothing on it changes.
        const QStringList before = pg({QStringLiteral("SELECT count(*), max(hash) FROM d_hotel_launch.audit_log")});
        Run again = gonogoRun({QStringLiteral("copy"), m_demo, address});
        QCOMPARE(again.code, 7);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        QCOMPARE(pg({QStringLiteral("SELECT count(*), max(hash) FROM d_hotel_launch.audit_log")}), before);
    }

    void commandsChangeTheDecisionOnTheServer()
    {
        const QString address = decision(QStringLiteral("hotel-launch"));
        const Run set = gonogoRun({QStringLiteral("set"), address, QStringLiteral("SEC-03"), QStringLiteral("--status"),
                                   QStringLiteral("FAIL"), QStringLiteral("--by"), QStringLiteral("Lucía Fernández")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(
            pg({QStringLiteral("SELECT status || '|' || changed_by FROM d_hotel_launch.item WHERE id = 'SEC-03'")}),
            QStringList{QStringLiteral("FAIL|Lucía Fernández")});
        const QStringList last = pg({QStringLiteral("SELECT actor || '|' || entity || '|' || field || '|' || old_value "
                                                    "|| '|' || new_value FROM d_hotel_launch.audit_log ORDER BY seq "
                                                    "DESC LIMIT 1")});
        QCOMPARE(last, QStringList{QStringLiteral("Lucía Fernández|item:SEC-03|status|PASS|FAIL")});
        // The chain continues: the new entry's prev_hash is the hash before it.
        QCOMPARE(pg({QStringLiteral("SELECT count(*) FROM d_hotel_launch.audit_log a JOIN d_hotel_launch.audit_log b "
                                    "ON b.seq = a.seq - 1 WHERE a.prev_hash <> b.hash")}),
                 QStringList{QStringLiteral("0")});

        // The record changed under the five signatures: all stale, the recommendation now NO-GO.
        const Run signoffs = gonogoRun({QStringLiteral("signoffs"), address, QStringLiteral("--json")});
        QCOMPARE(signoffs.code, 0);
        const QJsonArray states = QJsonDocument::fromJson(signoffs.out.toUtf8()).array();
        QCOMPARE(states.size(), 5);
        for (const QJsonValue &s : states) {
            QCOMPARE(s[QStringLiteral("state")].toString(), QStringLiteral("STALE"));
        }
        const Run summary = gonogoRun({QStringLiteral("summary"), address, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(summary.out.toUtf8())[QStringLiteral("recommendation")].toString(),
                 QStringLiteral("NO-GO"));

        // New rows get IDs after the copied ones: a stakeholder added on the server.
        const Run added =
            gonogoRun({QStringLiteral("stakeholder"), QStringLiteral("add"), address, QStringLiteral("--name"),
                       QStringLiteral("Ana Ruiz"), QStringLiteral("--role"), QStringLiteral("Legal Lead")});
        QVERIFY2(added.code == 0, qPrintable(added.out + added.err));
        QCOMPARE(pg({QStringLiteral("SELECT id FROM d_hotel_launch.stakeholder WHERE role = 'Legal Lead'")}),
                 QStringList{QString::number(
                     fileRows(m_demo, QStringLiteral("stakeholder"), QStringLiteral("max(id)")).value(0).toInt() + 1)});
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);

        // And back to a file: every table as on the server, and it verifies with the server's fingerprint.
        const QString back = m_dir.filePath(QStringLiteral("back.gonogo"));
        const Run copy = gonogoRun({QStringLiteral("copy"), address, back});
        QVERIFY2(copy.code == 0, qPrintable(copy.err));
        QCOMPARE(fileRows(back, QStringLiteral("item"), QStringLiteral("id || '|' || status")),
                 pg({QStringLiteral("SELECT id || '|' || status FROM d_hotel_launch.item ORDER BY id")}));
        QCOMPARE(fileRows(back, QStringLiteral("audit_log"), QStringLiteral("hash"), QStringLiteral("seq")),
                 pg({QStringLiteral("SELECT hash FROM d_hotel_launch.audit_log ORDER BY seq")}));
        const Run onBack = gonogoRun({QStringLiteral("verify"), back});
        QCOMPARE(onBack.code, gonogoRun({QStringLiteral("verify"), address}).code);
        QCOMPARE(fingerprintOf(onBack), fingerprintOf(gonogoRun({QStringLiteral("verify"), address})));
        QCOMPARE(rawQuery(back, {QStringLiteral("PRAGMA user_version")}).value(0).toInt(),
                 pg({QStringLiteral("SELECT format FROM gonogo.decision WHERE id = 'hotel-launch'")}).value(0).toInt());

        // The record prints from the server as from a file.
        const QString pdf = m_dir.filePath(QStringLiteral("server.pdf"));
        const Run exported = gonogoRun({QStringLiteral("export-pdf"), address, pdf});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(words.contains(QStringLiteral("Agente Hotelero IA")));
        QVERIFY(words.contains(fingerprintOf(onBack).left(16)));
    }

    void timesComeFromTheServerClock()
    {
        // The command line runs with its clock wound back to 2020 (libfaketime). On a file, its changes are dated
        // by that clock; on a server, by the server's.
        const auto setAt2020 = [](const QString &where, const QString &item) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("GONOGO_LANG"), QStringLiteral("en"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("faketime"),
                    {QStringLiteral("2020-01-01 12:00:00"), QStringLiteral(GONOGO_BINARY), QStringLiteral("set"), where,
                     item, QStringLiteral("--status"), QStringLiteral("PARTIAL")});
            p.waitForFinished(60000);
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QString file = m_dir.filePath(QStringLiteral("clock.gonogo"));
        QCOMPARE(gonogoRun({QStringLiteral("new"), file}).code, 0);
        QCOMPARE(setAt2020(file, QStringLiteral("SEC-04")), 0);
        QCOMPARE(rawQuery(file, {QStringLiteral("SELECT substr(changed_at, 1, 10) FROM item WHERE id = 'SEC-04'")})
                     .value(0)
                     .toString(),
                 QStringLiteral("2020-01-01"));

        const QString address = decision(QStringLiteral("hotel-launch"));
        QCOMPARE(setAt2020(address, QStringLiteral("SEC-04")), 0);
        const QString today = pg({QStringLiteral("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')")}).value(0);
        QCOMPARE(pg({QStringLiteral("SELECT substr(changed_at, 1, 10) FROM d_hotel_launch.item WHERE id = 'SEC-04'")}),
                 QStringList{today});
        QCOMPARE(
            pg({QStringLiteral("SELECT substr(at, 1, 10) FROM d_hotel_launch.audit_log ORDER BY seq DESC LIMIT 1")}),
            QStringList{today});
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);
    }

    void aPasswordIsAskedOnTheTerminal()
    {
        // No PGPASSWORD and no ~/.pgpass: on a terminal the command asks, as psql does, without echoing what is
        // typed; without one (a script), it fails and says where the password goes.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
        const QString password = pgState(QStringLiteral("password"));
        const QString command = QStringLiteral("'%1' server list '%2'").arg(QStringLiteral(GONOGO_BINARY), m_server);
        const auto onTerminal = [&](const QString &typed) {
            QProcess terminal; // script(1) gives the command a terminal of its own, fed from our writes
            terminal.setProcessEnvironment(env);
            terminal.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
            QByteArray seen;
            while (!seen.contains("Password for ") && terminal.waitForReadyRead(20000)) {
                seen += terminal.readAllStandardOutput();
            }
            terminal.write(typed.toUtf8() + '\n');
            terminal.waitForFinished(60000);
            seen += terminal.readAllStandardOutput();
            return Run{terminal.exitCode(), QString::fromUtf8(seen), {}};
        };
        const Run asked = onTerminal(password);
        QVERIFY2(asked.out.contains(QStringLiteral("Password for %1: ").arg(m_server)), qPrintable(asked.out));
        QVERIFY2(asked.code == 0, qPrintable(asked.out));
        QVERIFY2(asked.out.contains(QStringLiteral("hotel-launch")), qPrintable(asked.out));
        QVERIFY2(!asked.out.contains(password), "the password was echoed");
        const Run wrong = onTerminal(QStringLiteral("not-the-password"));
        QCOMPARE(wrong.code, 8);
        QVERIFY2(wrong.out.contains(QStringLiteral("password authentication failed")), qPrintable(wrong.out));
        QVERIFY(!wrong.out.contains(QStringLiteral("not-the-password")));

        QProcess script; // setsid: a session without a terminal, as under cron
        script.setProcessEnvironment(env);
        script.start(QStringLiteral("setsid"), {QStringLiteral("-w"), QStringLiteral(GONOGO_BINARY),
                                                QStringLiteral("server"), QStringLiteral("list"), m_server});
        script.closeWriteChannel();
        QVERIFY(script.waitForFinished(60000));
        QCOMPARE(script.exitCode(), 8);
        const QString err = QString::fromUtf8(script.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("PGPASSWORD or ~/.pgpass")), qPrintable(err));
    }

    void aNewDecisionOnTheServer()
    {
        const QString address = decision(QStringLiteral("payments-2027"));
        const Run made = gonogoRun({QStringLiteral("new"), address, QStringLiteral("--title"),
                                    QStringLiteral("Payments v2"), QStringLiteral("--target-date"),
                                    QStringLiteral("2027-01-15"), QStringLiteral("--by"), QStringLiteral("Sofía")});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(pg({QStringLiteral("SELECT count(*), sum(critical) FROM d_payments_2027.item")}),
                 QStringList{QStringLiteral("145|87")});
        QCOMPARE(pg({QStringLiteral("SELECT launch_name, target_date FROM d_payments_2027.meeting")}),
                 QStringList{QStringLiteral("Payments v2|2027-01-15")});
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);
        // Made again: refused, the first left as it was.
        const Run twice = gonogoRun({QStringLiteral("new"), address});
        QVERIFY(twice.code != 0);
        QVERIFY2(twice.err.contains(QStringLiteral("already exists")), qPrintable(twice.err));
        QCOMPARE(pg({QStringLiteral("SELECT count(*) FROM d_payments_2027.item")}), QStringList{QStringLiteral("145")});
        const Run list = gonogoRun({QStringLiteral("server"), QStringLiteral("list"), m_server});
        QVERIFY(list.out.contains(QStringLiteral("payments-2027")));
        QVERIFY(list.out.contains(QStringLiteral("no decision recorded")));
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("payments-2027 .* DRAFT "))),
                 qPrintable(list.out));
    }

    void theAuditLogIsAppendOnlyOnTheServer()
    {
        const QString address = decision(QStringLiteral("payments-2027"));
        const QStringList before = pg({QStringLiteral("SELECT count(*), max(hash) FROM d_payments_2027.audit_log")});
        // Even the database's owner, by hand, cannot rewrite or empty the log.
        for (const QString &sql : {QStringLiteral("UPDATE d_payments_2027.audit_log SET actor = 'someone else'"),
                                   QStringLiteral("DELETE FROM d_payments_2027.audit_log"),
                                   QStringLiteral("TRUNCATE d_payments_2027.audit_log")}) {
            const QStringList refused = pg({sql});
            QVERIFY2(refused.value(0).contains(QStringLiteral("append-only")),
                     qPrintable(sql + refused.join(QLatin1Char(';'))));
        }
        QCOMPARE(pg({QStringLiteral("SELECT count(*), max(hash) FROM d_payments_2027.audit_log")}), before);
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);

        // A status changed behind the app's back is named by verify (the log's replay), and nothing is changed
        // on a decision that fails verification.
        pg({QStringLiteral("UPDATE d_payments_2027.item SET status = 'PASS' WHERE id = 'SEC-01'")});
        Run verify = gonogoRun({QStringLiteral("verify"), address});
        QVERIFY(verify.code != 0);
        QVERIFY2(verify.err.contains(QStringLiteral("item SEC-01: status is \"PASS\"")), qPrintable(verify.err));
        const Run set = gonogoRun({QStringLiteral("set"), address, QStringLiteral("SEC-02"), QStringLiteral("--status"),
                                   QStringLiteral("FAIL")});
        QCOMPARE(set.code, 5);
        QCOMPARE(pg({QStringLiteral("SELECT status FROM d_payments_2027.item WHERE id = 'SEC-02'")}),
                 QStringList{QStringLiteral("PENDING")});

        // A guard dropped by the owner is named too.
        pg({QStringLiteral("UPDATE d_payments_2027.item SET status = 'PENDING' WHERE id = 'SEC-01'"),
            QStringLiteral("DROP TRIGGER audit_log_no_truncate ON d_payments_2027.audit_log")});
        verify = gonogoRun({QStringLiteral("verify"), address});
        QVERIFY(verify.code != 0);
        QVERIFY2(verify.err.contains(QStringLiteral("audit_log_no_truncate has been removed")), qPrintable(verify.err));
    }

    void theServerDecidesWhoMayDoWhat()
    {
        const QString address = decision(QStringLiteral("hotel-launch"));
        QCOMPARE(pg({QStringLiteral("CREATE ROLE marcus LOGIN PASSWORD 'marcus-pw'"),
                     QStringLiteral("CREATE ROLE audrey LOGIN PASSWORD 'audrey-pw'"), QStringLiteral("SELECT 1")}),
                 QStringList{QStringLiteral("1")});
        const QString marcus =
            pg({QStringLiteral("SELECT id FROM d_hotel_launch.stakeholder WHERE name = 'Marcus Chen'")}).value(0);
        const QString lucia =
            pg({QStringLiteral("SELECT id FROM d_hotel_launch.stakeholder WHERE name = 'Lucía Fernández'")}).value(0);
        QVERIFY(marcus.toInt() > 0 && lucia.toInt() > 0);

        // Grants that cannot be given are refused by name.
        const auto grant = [](const QStringList &args) {
            return gonogoRun(QStringList{QStringLiteral("server"), QStringLiteral("grant")} + args);
        };
        Run refused =
            grant({address, QStringLiteral("marcus"), QStringLiteral("--role"), QStringLiteral("stakeholder")});
        QCOMPARE(refused.code, 7);
        QVERIFY2(refused.err.contains(QStringLiteral("--stakeholder N")), qPrintable(refused.err));
        refused = grant({m_server, QStringLiteral("nobody"), QStringLiteral("--role"), QStringLiteral("auditor")});
        QCOMPARE(refused.code, 7);
        QVERIFY2(refused.err.contains(QStringLiteral("no database user \"nobody\"")), qPrintable(refused.err));
        refused = grant({m_server, QStringLiteral("audrey"), QStringLiteral("--role"), QStringLiteral("king")});
        QCOMPARE(refused.code, 7);
        QVERIFY2(refused.err.contains(QStringLiteral("\"king\" is not a part")), qPrintable(refused.err));

        QCOMPARE(grant({address, QStringLiteral("marcus"), QStringLiteral("--role"), QStringLiteral("stakeholder"),
                        QStringLiteral("--stakeholder"), marcus})
                     .code,
                 0);
        QCOMPARE(grant({m_server, QStringLiteral("audrey"), QStringLiteral("--role"), QStringLiteral("auditor")}).code,
                 0);
        QCOMPARE(pg({QStringLiteral("SELECT decision_id, stakeholder_id, db_user FROM gonogo.signer")}),
                 QStringList{QStringLiteral("hotel-launch|%1|marcus").arg(marcus)});

        // Marcus signs as himself (his earlier sign-off went stale when SEC-03 changed).
        const QString signoffs = QStringLiteral("SELECT count(*) FROM d_hotel_launch.signoff");
        const QString before = pg({signoffs}).value(0);
        Run signed_ = as(QStringLiteral("marcus"), QStringLiteral("marcus-pw"),
                         {QStringLiteral("sign"), address, QStringLiteral("--name"), QStringLiteral("Marcus Chen"),
                          QStringLiteral("--role"), QStringLiteral("Ops Lead"), QStringLiteral("--vote"),
                          QStringLiteral("CONCUR")});
        QVERIFY2(signed_.code == 0, qPrintable(signed_.err));
        QCOMPARE(pg({signoffs}).value(0).toInt(), before.toInt() + 1);
        QCOMPARE(pg({QStringLiteral("SELECT name FROM d_hotel_launch.signoff ORDER BY id DESC LIMIT 1")}),
                 QStringList{QStringLiteral("Marcus Chen")});

        // ... but not as Lucía, and he cannot change the checklist: the server refuses, nothing changes.
        refused = as(QStringLiteral("marcus"), QStringLiteral("marcus-pw"),
                     {QStringLiteral("sign"), address, QStringLiteral("--name"), QStringLiteral("Lucía Fernández"),
                      QStringLiteral("--role"), QStringLiteral("Security Lead"), QStringLiteral("--vote"),
                      QStringLiteral("CONCUR")});
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("does not allow it to this user")), qPrintable(refused.err));
        refused = as(QStringLiteral("marcus"), QStringLiteral("marcus-pw"),
                     {QStringLiteral("set"), address, QStringLiteral("SEC-03"), QStringLiteral("--status"),
                      QStringLiteral("PASS")});
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("does not allow it to this user")), qPrintable(refused.err));
        QCOMPARE(pg({signoffs}).value(0).toInt(), before.toInt() + 1);
        QCOMPARE(pg({QStringLiteral("SELECT status FROM d_hotel_launch.item WHERE id = 'SEC-03'")}),
                 QStringList{QStringLiteral("FAIL")});

        // Nor by hand, through psql as himself.
        Run hand = psql(QStringLiteral("marcus"), QStringLiteral("marcus-pw"),
                        QStringLiteral("INSERT INTO d_hotel_launch.signoff (stakeholder_id, name, role, vote, "
                                       "signed_at) VALUES (%1, 'Lucía Fernández', 'Security Lead', 'CONCUR', "
                                       "'2026-11-30T10:00:00.000Z')")
                            .arg(lucia));
        QVERIFY(hand.code != 0);
        QVERIFY2(hand.err.contains(QStringLiteral("row-level security")), qPrintable(hand.err));
        for (const QString &sql : {QStringLiteral("UPDATE d_hotel_launch.item SET status = 'PASS' WHERE id = 'SEC-03'"),
                                   QStringLiteral("UPDATE d_hotel_launch.audit_log SET actor = 'someone'"),
                                   QStringLiteral("DELETE FROM d_hotel_launch.stakeholder"),
                                   QStringLiteral("DROP TRIGGER audit_log_no_update ON d_hotel_launch.audit_log")}) {
            hand = psql(QStringLiteral("marcus"), QStringLiteral("marcus-pw"), sql);
            QVERIFY2(hand.code != 0, qPrintable(sql));
            QVERIFY2(hand.err.contains(QStringLiteral("permission denied")) ||
                         hand.err.contains(QStringLiteral("must be owner")),
                     qPrintable(sql + QStringLiteral(": ") + hand.err));
        }
        // Withdrawing Lucía's sign-off: her rows are not his to change.
        hand = psql(QStringLiteral("marcus"), QStringLiteral("marcus-pw"),
                    QStringLiteral("UPDATE d_hotel_launch.signoff SET withdrawn_at = '2026-11-30T10:00:00.000Z' WHERE "
                                   "name = 'Lucía Fernández'"));
        QVERIFY2(hand.out.contains(QStringLiteral("UPDATE 0")), qPrintable(hand.out + hand.err));
        QCOMPARE(pg({QStringLiteral("SELECT count(*) FROM d_hotel_launch.signoff WHERE withdrawn_at IS NOT NULL")}),
                 QStringList{QStringLiteral("0")});

        // A decision in an older format is upgraded when first opened, by its owner only: Marcus is told who can,
        // and nothing changes.
        const int current =
            pg({QStringLiteral("SELECT format FROM gonogo.decision WHERE id = 'hotel-launch'")}).value(0).toInt();
        QVERIFY(current > 1);
        const QString audit = QStringLiteral("SELECT count(*) FROM d_hotel_launch.audit_log");
        const QString auditBefore = pg({audit}).value(0);
        pg({QStringLiteral("UPDATE gonogo.decision SET format = %1 WHERE id = 'hotel-launch'").arg(current - 1)});
        refused = as(QStringLiteral("marcus"), QStringLiteral("marcus-pw"), {QStringLiteral("verify"), address});
        QCOMPARE(refused.code, 7);
        QVERIFY2(refused.err.contains(QStringLiteral("is in an older format (%1) and must be upgraded to format %2")
                                          .arg(current - 1)
                                          .arg(current)) &&
                     refused.err.contains(QStringLiteral("database user \"gonogo\", can upgrade it")),
                 qPrintable(refused.err));
        QCOMPARE(pg({QStringLiteral("SELECT format FROM gonogo.decision WHERE id = 'hotel-launch'")}),
                 QStringList{QString::number(current - 1)});
        QCOMPARE(pg({audit}).value(0), auditBefore);
        pg({QStringLiteral("UPDATE gonogo.decision SET format = %1 WHERE id = 'hotel-launch'").arg(current)});

        // The auditor reads, verifies and exports, and changes nothing.
        const Run verify =
            as(QStringLiteral("audrey"), QStringLiteral("audrey-pw"), {QStringLiteral("verify"), address});
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        QCOMPARE(as(QStringLiteral("audrey"), QStringLiteral("audrey-pw"),
                    {QStringLiteral("export-pdf"), address, m_dir.filePath(QStringLiteral("audit.pdf"))})
                     .code,
                 0);
        refused = as(QStringLiteral("audrey"), QStringLiteral("audrey-pw"),
                     {QStringLiteral("sign"), address, QStringLiteral("--name"), QStringLiteral("Marcus Chen"),
                      QStringLiteral("--role"), QStringLiteral("Ops Lead"), QStringLiteral("--vote"),
                      QStringLiteral("NON-CONCUR")});
        QVERIFY(refused.code != 0);
        QCOMPARE(pg({signoffs}).value(0).toInt(), before.toInt() + 1);
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);

        // Each lists the server's decisions with what their part lets them read: a launch kept from stakeholders
        // by its owner shows by its ID only; a user with no part is refused by name.
        QCOMPARE(pg({QStringLiteral("REVOKE USAGE ON SCHEMA d_payments_2027 FROM gonogo_stakeholder"),
                     QStringLiteral("CREATE ROLE visitor LOGIN PASSWORD 'visitor-pw'"), QStringLiteral("SELECT 1")}),
                 QStringList{QStringLiteral("1")});
        const auto listAs = [&](const QString &user) {
            const Run list = as(user, user + QStringLiteral("-pw"),
                                {QStringLiteral("server"), QStringLiteral("list"), m_server, QStringLiteral("--json")});
            QStringList rows;
            for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
                rows << QStringLiteral("%1 %2 %3 %4")
                            .arg(v[QStringLiteral("id")].toString(),
                                 v[QStringLiteral("readable")].toBool() ? QStringLiteral("readable")
                                                                        : QStringLiteral("hidden"),
                                 v[QStringLiteral("record")].toString(), v[QStringLiteral("launch")].toString());
            }
            return QStringLiteral("%1: %2%3").arg(list.code).arg(rows.join(QStringLiteral("; ")), list.err.trimmed());
        };
        // The record's status as verify gives it (its stale sign-offs make it a draft again), the launch as stored.
        const QString status = QRegularExpression(QStringLiteral("Record status: ([A-Z]+)"))
                                   .match(gonogoRun({QStringLiteral("verify"), address}).out)
                                   .captured(1);
        QCOMPARE(status, QStringLiteral("DRAFT"));
        const QString hotel =
            QStringLiteral("hotel-launch readable %1 %2")
                .arg(status, pg({QStringLiteral("SELECT launch_name FROM d_hotel_launch.meeting")}).value(0));
        QCOMPARE(listAs(QStringLiteral("audrey")),
                 QStringLiteral("0: %1; payments-2027 readable DRAFT Payments v2").arg(hotel));
        QCOMPARE(listAs(QStringLiteral("marcus")), QStringLiteral("0: %1; payments-2027 hidden  ").arg(hotel));
        const QString visitor = listAs(QStringLiteral("visitor"));
        QVERIFY2(visitor.startsWith(QStringLiteral("7: ")) && visitor.contains(QStringLiteral("permission denied")),
                 qPrintable(visitor));
        const Run text = as(QStringLiteral("marcus"), QStringLiteral("marcus-pw"),
                            {QStringLiteral("server"), QStringLiteral("list"), m_server});
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("payments-2027 +\\(no access\\)"))),
                 qPrintable(text.out));
        QCOMPARE(pg({QStringLiteral("GRANT USAGE ON SCHEMA d_payments_2027 TO gonogo_stakeholder"),
                     QStringLiteral("SELECT 1")}),
                 QStringList{QStringLiteral("1")});
    }

    void twoWindowsOnOneDecisionStayInStep()
    {
        // Sofía facilitates from two windows (say, her laptop and the room's); the command line is a third party.
        QCOMPARE(pg({QStringLiteral("CREATE ROLE sofia LOGIN PASSWORD '%1'").arg(pgState(QStringLiteral("password"))),
                     QStringLiteral("SELECT 1")}),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(gonogoRun({QStringLiteral("server"), QStringLiteral("grant"), m_server, QStringLiteral("sofia"),
                            QStringLiteral("--role"), QStringLiteral("facilitator")})
                     .code,
                 0);
        const QString address = decision(QStringLiteral("two-windows"));
        QCOMPARE(
            gonogoRun({QStringLiteral("new"), address, QStringLiteral("--title"), QStringLiteral("Two windows")}).code,
            0);
        const QString asSofia = QString(address).replace(QStringLiteral("//gonogo@"), QStringLiteral("//sofia@"));
        auto openedA = DecisionDocument::open(asSofia, QStringLiteral("Sofía (laptop)"));
        auto openedB = DecisionDocument::open(asSofia, QStringLiteral("Sofía (room)"));
        QVERIFY2(openedA && openedB, qPrintable(openedA ? openedB.error().message : openedA.error().message));
        DecisionDocument *a = openedA.value().get();
        DecisionDocument *b = openedB.value().get();
        QVERIFY(a->onServer() && a->online());
        const auto status = [this](const QString &id) {
            return pg({QStringLiteral("SELECT status FROM d_two_windows.item WHERE id = '%1'").arg(id)}).value(0);
        };

        // B changes SEC-05: A shows it, told about that item alone.
        QSignalSpy itemsSeen(a, &DecisionDocument::itemsChanged);
        QSignalSpy elsewhere(a, &DecisionDocument::changedElsewhere);
        QVERIFY(b->setStatus({QStringLiteral("SEC-05")}, Status::Fail));
        QCOMPARE(status(QStringLiteral("SEC-05")), QStringLiteral("FAIL"));
        QTRY_COMPARE_WITH_TIMEOUT(a->item(QStringLiteral("SEC-05"))->status, Status::Fail, 5000);
        QCOMPARE(itemsSeen.count(), 1);
        QCOMPARE(itemsSeen.last().at(0).toStringList(), QStringList{QStringLiteral("SEC-05")});
        QCOMPARE(elsewhere.last().at(0).toStringList(), QStringList{QStringLiteral("item:SEC-05")});
        QCOMPARE(a->assessment().decision, b->assessment().decision);
        QCOMPARE(a->fingerprint(), b->fingerprint());

        // Another program (the command line) likewise, and B's own change did not echo back to B.
        QSignalSpy bSeen(b, &DecisionDocument::changedElsewhere);
        QCOMPARE(gonogoRun({QStringLiteral("set"), address, QStringLiteral("SEC-06"), QStringLiteral("--status"),
                            QStringLiteral("PASS"), QStringLiteral("--by"), QStringLiteral("Lucía")})
                     .code,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(a->item(QStringLiteral("SEC-06"))->status, Status::Pass, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b->item(QStringLiteral("SEC-06"))->status, Status::Pass, 5000);
        QCOMPARE(bSeen.count(), 1);

        // A stale edit: B changes SEC-07, and A, before it has heard of it, changes it too. Refused; A now shows
        // B's value, and the server keeps it.
        QVERIFY(b->setStatus({QStringLiteral("SEC-07")}, Status::Partial));
        QSignalSpy failed(a, &DecisionDocument::editFailed);
        QVERIFY(!a->setStatus({QStringLiteral("SEC-07")}, Status::Pass));
        QCOMPARE(status(QStringLiteral("SEC-07")), QStringLiteral("PARTIAL"));
        QCOMPARE(a->item(QStringLiteral("SEC-07"))->status, Status::Partial);
        QVERIFY2(!failed.isEmpty() &&
                     failed.last().at(0).toString().contains(QStringLiteral("SEC-07 was changed by Sofía (room)")),
                 qPrintable(failed.isEmpty() ? QString() : failed.last().at(0).toString()));
        QVERIFY(!a->undoStack()->canUndo() || a->undoStack()->undoText() != QString()); // nothing pushed for it

        // A stale sign-off: the decision is recorded, B changes an item, and A signs what it last saw. Refused.
        QCOMPARE(gonogoRun({QStringLiteral("decide"), address, QStringLiteral("--decision"), QStringLiteral("NO-GO"),
                            QStringLiteral("--rationale"), QStringLiteral("Security is not ready.")})
                     .code,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(a->snapshot().decision.has_value() && b->snapshot().decision.has_value(), 5000);
        QVERIFY(b->setStatus({QStringLiteral("SEC-08")}, Status::Fail));
        SignoffDraft draft;
        draft.stakeholderId = a->snapshot().stakeholders.first().id;
        draft.name = QStringLiteral("Ana CTO");
        draft.vote = Vote::Concur;
        const Outcome stale = a->sign(draft);
        QVERIFY(!stale);
        QVERIFY2(stale.error().message.contains(QStringLiteral("the record changed after Ana CTO last saw it")),
                 qPrintable(stale.error().message));
        QCOMPARE(pg({QStringLiteral("SELECT count(*) FROM d_two_windows.signoff")}), QStringList{QStringLiteral("0")});
        // Once A shows the record as it is, the same signature is taken, and it is CURRENT.
        QCOMPARE(a->item(QStringLiteral("SEC-08"))->status, Status::Fail);
        QVERIFY(a->sign(draft));
        const Run signoffs = gonogoRun({QStringLiteral("signoffs"), address, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(signoffs.out.toUtf8()).array().at(0)[QStringLiteral("state")].toString(),
                 QStringLiteral("CURRENT"));
        QTRY_COMPARE_WITH_TIMEOUT(b->snapshot().signoffs.size(), 1, 5000);

        // The connection is lost (Sofía's login is suspended and her sessions ended): both windows say so within
        // a few seconds and refuse edits, which never reach the server.
        QSignalSpy connection(a, &DecisionDocument::connectionChanged);
        pg({QStringLiteral("ALTER ROLE sofia NOLOGIN"),
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'sofia'")});
        QTRY_VERIFY_WITH_TIMEOUT(!a->online() && !b->online(), 10000);
        QCOMPARE(connection.count(), 1);
        QCOMPARE(connection.last().at(0).toBool(), false);
        QVERIFY(!a->setStatus({QStringLiteral("SEC-09")}, Status::Fail));
        QVERIFY2(failed.last().at(0).toString().contains(QStringLiteral("offline")),
                 qPrintable(failed.last().at(0).toString()));
        QCOMPARE(status(QStringLiteral("SEC-09")), QStringLiteral("PENDING"));
        // Meanwhile the command line changes SEC-10; when the connection is back, the windows read it.
        QCOMPARE(gonogoRun({QStringLiteral("set"), address, QStringLiteral("SEC-10"), QStringLiteral("--status"),
                            QStringLiteral("PARTIAL")})
                     .code,
                 0);
        pg({QStringLiteral("ALTER ROLE sofia LOGIN")});
        QTRY_VERIFY_WITH_TIMEOUT(a->online() && b->online(), 10000);
        QCOMPARE(connection.last().at(0).toBool(), true);
        QCOMPARE(a->item(QStringLiteral("SEC-10"))->status, Status::Partial);
        QCOMPARE(b->item(QStringLiteral("SEC-10"))->status, Status::Partial);
        // And both listen again.
        QVERIFY(a->setStatus({QStringLiteral("SEC-11")}, Status::Pass));
        QTRY_COMPARE_WITH_TIMEOUT(b->item(QStringLiteral("SEC-11"))->status, Status::Pass, 5000);
        QCOMPARE(a->fingerprint(), b->fingerprint());
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);
    }

    void aStaleRiskChangeIsRefused()
    {
        // Two windows on one decision and its risk R-01: B raises the likelihood; A, before it has heard of it,
        // changes the impact of the risk as it last saw it. Refused, with what is there now; the server keeps B's
        // change and A shows it. A's next change, based on what it now shows, is made.
        const QString address = decision(QStringLiteral("stale-risk"));
        QCOMPARE(gonogoRun({QStringLiteral("new"), address}).code, 0);
        QCOMPARE(gonogoRun({QStringLiteral("risk"), QStringLiteral("add"), address, QStringLiteral("--title"),
                            QStringLiteral("PMS rate limits"), QStringLiteral("--likelihood"), QStringLiteral("LOW"),
                            QStringLiteral("--impact"), QStringLiteral("LOW")})
                     .code,
                 0);
        auto openedA = DecisionDocument::open(address, QStringLiteral("Ana"));
        auto openedB = DecisionDocument::open(address, QStringLiteral("Bo"));
        QVERIFY(openedA && openedB);
        DecisionDocument *a = openedA.value().get();
        DecisionDocument *b = openedB.value().get();
        const auto stored = [this] {
            return pg({QStringLiteral("SELECT likelihood || '/' || impact || '/' || changed_by FROM d_stale_risk.risk "
                                      "WHERE id = 'R-01'")})
                .value(0);
        };
        RiskChange likelier;
        likelier.id = QStringLiteral("R-01");
        likelier.likelihood = Likelihood::High;
        QVERIFY(b->updateRisk(likelier));
        QCOMPARE(stored(), QStringLiteral("HIGH/LOW/Bo"));
        RiskChange worse;
        worse.id = QStringLiteral("R-01");
        worse.impact = Impact::Critical;
        const Outcome stale = a->updateRisk(worse);
        QVERIFY(!stale);
        QVERIFY2(stale.error().message.contains(QStringLiteral("Bo changed risk R-01 at ")),
                 qPrintable(stale.error().message));
        QCOMPARE(stored(), QStringLiteral("HIGH/LOW/Bo"));
        QCOMPARE(a->risk(QStringLiteral("R-01"))->likelihood, Likelihood::High);
        QVERIFY(a->updateRisk(worse));
        QCOMPARE(stored(), QStringLiteral("HIGH/CRITICAL/Ana"));
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);
    }

    void aServerGoneFromTheNetworkDoesNotFreezeTheWindow()
    {
        // The room's laptop leaves the Wi-Fi: the server is reached through a proxy (tests/netproxy.py) that then
        // goes silent (what is sent on an open connection gets no answer) and turns into a black hole, where
        // connecting hangs until a timeout. The window says it is offline, keeps answering while it notices and
        // while it tries to reconnect (reaching the server first without blocking), and comes back by itself when
        // the network does.
        const QString id = QStringLiteral("far-away");
        QCOMPARE(gonogoRun({QStringLiteral("new"), decision(id)}).code, 0);
        QProcess proxy;
        proxy.start(QStringLiteral("python3"),
                    {QStringLiteral(GONOGO_SOURCE_DIR "/tests/netproxy.py"), QString::number(QUrl(m_server).port())});
        const auto said = [&proxy](const QByteArray &what) {
            while (!proxy.canReadLine() && proxy.waitForReadyRead(10000)) {
            }
            const QByteArray line = proxy.readLine().trimmed();
            return line.startsWith(what) ? line : QByteArray();
        };
        const QByteArray ready = said("ready ");
        QVERIFY2(!ready.isEmpty(), proxy.readAllStandardError().constData());
        QUrl through(decision(id));
        through.setPort(ready.mid(6).toInt());
        auto opened = DecisionDocument::open(through.toString(), QStringLiteral("Sofía"));
        QVERIFY2(opened, qPrintable(opened.error().message));
        DecisionDocument *doc = opened.value().get();
        QVERIFY(doc->online());

        // From the moment the network goes silent, the event loop never stops for long: neither while the loss is
        // noticed (before, the heartbeat's query on the window's own connection waited for an answer that never
        // came) nor while the attempts to reach the server fail (before, each waited for the connection timeout).
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(20);
        connect(&tick, &QTimer::timeout, this, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start();
        proxy.write("freeze\n");
        QCOMPARE(said("frozen"), QByteArray("frozen"));
        QTRY_VERIFY_WITH_TIMEOUT(!doc->online(), 10000);
        QCOMPARE(doc->offlineReason(), QStringLiteral("the server does not answer"));
        QTRY_VERIFY_WITH_TIMEOUT(doc->offlineReason() != QStringLiteral("the server does not answer"),
                                 20000); // the first attempt to reconnect is over
        tick.stop();
        longest = std::max(longest, clock.elapsed() - last); // up to that attempt's end
        QVERIFY2(longest < 1000, qPrintable(QStringLiteral("the event loop stopped for %1 ms").arg(longest)));
        QVERIFY2(doc->offlineReason().contains(QStringLiteral("does not answer on port %1").arg(through.port())),
                 qPrintable(doc->offlineReason()));
        QVERIFY(!doc->setStatus({QStringLiteral("SEC-01")}, Status::Pass));

        proxy.write("restore\n");
        QCOMPARE(said("restored"), QByteArray("restored"));
        QTRY_VERIFY_WITH_TIMEOUT(doc->online(), ServerWatch::longestRetryMs + 10000);
        QVERIFY(doc->setStatus({QStringLiteral("SEC-01")}, Status::Pass));
        QCOMPARE(pg({QStringLiteral("SELECT status FROM d_far_away.item WHERE id = 'SEC-01'")}),
                 QStringList{QStringLiteral("PASS")});
        opened.value().reset();
        proxy.closeWriteChannel();
        QVERIFY(proxy.waitForFinished(10000));
    }

    void badAddressesAreRefusedByName()
    {
        struct Case
        {
            QString address;
            QString says;
        };
        const QUrl url(m_server);
        const QList<Case> cases{
            {QStringLiteral("postgresql://gonogo:secret@%1:%2/gonogo?decision=x").arg(url.host()).arg(url.port()),
             QStringLiteral("a password does not belong in the address")},
            {m_server + QStringLiteral("?decision=Bad_ID"), QStringLiteral("decision ID \"Bad_ID\"")},
            {m_server + QStringLiteral("?decision=x&colour=red"), QStringLiteral("\"colour\" is not known")},
            {m_server + QStringLiteral("?decision=x&sslmode=maybe"), QStringLiteral("sslmode \"maybe\"")},
            {m_server, QStringLiteral("name the decision with ?decision=ID")},
            {QStringLiteral("postgresql:///gonogo?decision=x"), QStringLiteral("host name is missing")},
            {decision(QStringLiteral("no-such-launch")), QStringLiteral("There is no decision \"no-such-launch\"")},
            {QStringLiteral("postgresql://gonogo@127.0.0.1:1/gonogo?decision=x"), QStringLiteral("Cannot connect to")},
        };
        for (const Case &c : cases) {
            const Run run = gonogoRun({QStringLiteral("summary"), c.address});
            QVERIFY2(run.code != 0, qPrintable(c.address));
            QVERIFY2(run.err.contains(c.says), qPrintable(c.address + QStringLiteral(": ") + run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("secret")), qPrintable(run.err));
        }
        // A wrong password: what to do about it.
        qputenv("PGPASSWORD", "wrong");
        const Run wrong = gonogoRun({QStringLiteral("summary"), decision(QStringLiteral("hotel-launch"))});
        qputenv("PGPASSWORD", pgState(QStringLiteral("password")).toUtf8());
        QVERIFY(wrong.code != 0);
        QVERIFY2(wrong.err.contains(QStringLiteral("PGPASSWORD or ~/.pgpass")), qPrintable(wrong.err));
    }
};

QTEST_GUILESS_MAIN(ServerTest)
#include "tst_server.moc"
