// The gonogo binary as a pipeline uses it: real processes, exit statuses, the JSON contract, stderr messages that
// name the file, and the file on disk after each command.
#include "decisionfile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;
using namespace testsupport;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersionWithoutDisplay();
    void windowWithoutDisplaySaysSo();
    void usageErrors_data();
    void usageErrors();
    void summaryJsonContract();
    void setSeveralItemsAtOnce();
    void refusedInputChangesNothing_data();
    void refusedInputChangesNothing();
    void refusedFilesExitCodes();
    void fileInUse();
    void risksAndGate();
    void hostileTextIsNotInterpreted();
    void newFromCsv();
    void matrixAndLinks();
    void decideSignAndVerify();
    void readingCommandsChangeNoByte_data();
    void readingCommandsChangeNoByte();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("launch.gonogo"));
    const Run r = gonogoRun({QStringLiteral("new"), m_file, QStringLiteral("--title"), QStringLiteral("Hotel AI"),
                             QStringLiteral("--by"), QStringLiteral("ci")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("145 items in 12 categories, 87 critical")));
}

void TestCli::helpAndVersionWithoutDisplay()
{
    Run r = gonogoRun({QStringLiteral("--help")}, true);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: gonogo")));
    QVERIFY(r.out.contains(QStringLiteral("gate FILE")));
    r = gonogoRun({QStringLiteral("--version")}, true);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("gonogo ")));
    r = gonogoRun({QStringLiteral("help"), QStringLiteral("set")}, true);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("--evidence")));
    r = gonogoRun({QStringLiteral("summary"), m_file}, true);
    QCOMPARE(r.code, 0);
}

void TestCli::windowWithoutDisplaySaysSo()
{
    const Run r = gonogoRun({m_file}, true);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no display")), qPrintable(r.err));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("x")}
                                     << "unknown command";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("summary"), QStringLiteral("--colour"),
                                                   QStringLiteral("F")}
                                    << "colour";
    QTest::newRow("no file") << QStringList{QStringLiteral("summary")} << "decision file is missing";
    QTest::newRow("set without id") << QStringList{QStringLiteral("set"), QStringLiteral("F"),
                                                   QStringLiteral("--status"), QStringLiteral("PASS")}
                                    << "no item ID";
    QTest::newRow("set nothing") << QStringList{QStringLiteral("set"), QStringLiteral("F"), QStringLiteral("SEC-01")}
                                 << "nothing to change";
    QTest::newRow("risk without sub") << QStringList{QStringLiteral("risk")} << "add";
    QTest::newRow("risk add missing title")
        << QStringList{QStringLiteral("risk"),         QStringLiteral("add"), QStringLiteral("F"),
                       QStringLiteral("--likelihood"), QStringLiteral("LOW"), QStringLiteral("--impact"),
                       QStringLiteral("LOW")}
        << "--title is required";
    QTest::newRow("bad date") << QStringList{QStringLiteral("new"), QStringLiteral("F"),
                                             QStringLiteral("--target-date"), QStringLiteral("tomorrow")}
                              << "YYYY-MM-DD";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, words);
    for (QString &a : args) {
        if (a == QLatin1String("F")) {
            a = m_dir->filePath(QStringLiteral("usage.gonogo"));
        }
    }
    const Run r = gonogoRun(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("usage.gonogo"))));
}

void TestCli::summaryJsonContract()
{
    const Run r = gonogoRun({QStringLiteral("summary"), m_file, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject items = o.value(QStringLiteral("items")).toObject();
    QCOMPARE(items.value(QStringLiteral("total")).toInt(), 145);
    QCOMPARE(items.value(QStringLiteral("pending")).toInt(), 145);
    for (const char *key : {"pass", "partial", "fail"}) {
        QVERIFY(items.contains(QLatin1String(key)));
        QCOMPARE(items.value(QLatin1String(key)).toInt(), 0);
    }
    QCOMPARE(o.value(QStringLiteral("critical")).toObject().value(QStringLiteral("total")).toInt(), 87);
    QCOMPARE(o.value(QStringLiteral("critical")).toObject().value(QStringLiteral("pass")).toInt(), 0);
    const QJsonObject scores = o.value(QStringLiteral("scores")).toObject();
    QVERIFY(scores.value(QStringLiteral("critical_percent")).isDouble());
    QVERIFY(scores.value(QStringLiteral("total_percent")).isDouble());
    const QJsonObject risks = o.value(QStringLiteral("risks")).toObject();
    for (const char *key : {"open_red", "open_yellow", "open_green", "accepted", "mitigated"}) {
        QVERIFY2(risks.value(QLatin1String(key)).isDouble(), key);
    }
    QCOMPARE(o.value(QStringLiteral("decision")).toString(), QStringLiteral("NO-GO"));
    QVERIFY(o.value(QStringLiteral("reasons")).toArray().size() > 87);
    const QJsonArray categories = o.value(QStringLiteral("categories")).toArray();
    QCOMPARE(categories.size(), 12);
    const QJsonObject sec = categories.first().toObject();
    QCOMPARE(sec.value(QStringLiteral("code")).toString(), QStringLiteral("SEC"));
    QCOMPARE(sec.value(QStringLiteral("name")).toString(), QStringLiteral("Security"));
    QCOMPARE(sec.value(QStringLiteral("total")).toInt(), 22);
    QCOMPARE(sec.value(QStringLiteral("critical")).toInt(), 12);
    QCOMPARE(sec.value(QStringLiteral("pass")).toInt(), 0);
}

void TestCli::setSeveralItemsAtOnce()
{
    Run r = gonogoRun({QStringLiteral("set"), m_file, QStringLiteral("--status"), QStringLiteral("partial"),
                       QStringLiteral("--owner"), QStringLiteral("Ana"), QStringLiteral("--by"), QStringLiteral("Bea"),
                       QStringLiteral("SEC-01"), QStringLiteral("SEC-02"), QStringLiteral("OPS-03")});
    QCOMPARE(r.code, 0);
    QCOMPARE(rawQuery(m_file, {QStringLiteral("SELECT count(*) FROM item WHERE status = 'PARTIAL' AND owner = 'Ana' "
                                              "AND changed_by = 'Bea'")})
                 .value(0)
                 .toInt(),
             3);
    QCOMPARE(rawQuery(m_file, {QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'Bea'")}).value(0).toInt(),
             6);
    r = gonogoRun({QStringLiteral("items"), m_file, QStringLiteral("--json"), QStringLiteral("--status"),
                   QStringLiteral("PARTIAL")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 3);
    const QJsonObject first = list.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("SEC-01"));
    QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("SEC"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("PARTIAL"));
    QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("Ana"));
    QVERIFY(first.value(QStringLiteral("critical")).toBool());
    QVERIFY(first.contains(QStringLiteral("title")) && first.contains(QStringLiteral("evidence")));
    r = gonogoRun({QStringLiteral("items"), m_file, QStringLiteral("--json"), QStringLiteral("--category"),
                   QStringLiteral("final"), QStringLiteral("--critical")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 10);
}

void TestCli::refusedInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown item") << QStringList{QStringLiteral("set"),      QStringLiteral("F"),
                                                 QStringLiteral("--status"), QStringLiteral("PASS"),
                                                 QStringLiteral("SEC-01"),   QStringLiteral("XYZ-9")}
                                  << 7 << "XYZ-9";
    QTest::newRow("unknown status") << QStringList{QStringLiteral("set"), QStringLiteral("F"),
                                                   QStringLiteral("--status"), QStringLiteral("DONE"),
                                                   QStringLiteral("SEC-01")}
                                    << 7 << "DONE";
    QTest::newRow("unknown likelihood") << QStringList{QStringLiteral("risk"),      QStringLiteral("add"),
                                                       QStringLiteral("F"),         QStringLiteral("--title"),
                                                       QStringLiteral("x"),         QStringLiteral("--likelihood"),
                                                       QStringLiteral("SOMETIMES"), QStringLiteral("--impact"),
                                                       QStringLiteral("LOW")}
                                        << 7 << "SOMETIMES";
    QTest::newRow("empty risk title") << QStringList{QStringLiteral("risk"), QStringLiteral("add"),
                                                     QStringLiteral("F"),    QStringLiteral("--title"),
                                                     QStringLiteral(" "),    QStringLiteral("--likelihood"),
                                                     QStringLiteral("LOW"),  QStringLiteral("--impact"),
                                                     QStringLiteral("LOW")}
                                      << 7 << "title";
    QTest::newRow("unknown risk") << QStringList{QStringLiteral("risk"),    QStringLiteral("set"),
                                                 QStringLiteral("F"),       QStringLiteral("R-42"),
                                                 QStringLiteral("--state"), QStringLiteral("MITIGATED")}
                                  << 7 << "R-42";
    QTest::newRow("threshold order") << QStringList{QStringLiteral("meeting"), QStringLiteral("F"),
                                                    QStringLiteral("--caution-percent"), QStringLiteral("99")}
                                     << 7 << "cannot be above";
    QTest::newRow("threshold text") << QStringList{QStringLiteral("meeting"), QStringLiteral("F"),
                                                   QStringLiteral("--go-percent"), QStringLiteral("lots")}
                                    << 7 << "lots";
    QTest::newRow("new over existing") << QStringList{QStringLiteral("new"), QStringLiteral("F")} << 7
                                       << "already exists";
}

void TestCli::refusedInputChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, words);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^F$")), m_file);
    const QByteArray before = sha256(m_file);
    const Run r = gonogoRun(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(QStringLiteral("gonogo: ")), qPrintable(r.err));
    QCOMPARE(sha256(m_file), before);
}

void TestCli::refusedFilesExitCodes()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.gonogo"));
    Run r = gonogoRun({QStringLiteral("summary"), missing});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(missing));
    QVERIFY(!QFileInfo::exists(missing));

    const QString text = m_dir->filePath(QStringLiteral("notes.gonogo"));
    QVERIFY(writeFile(text, "hello"));
    r = gonogoRun({QStringLiteral("verify"), text});
    QCOMPARE(r.code, 3);

    const QString newer = m_dir->filePath(QStringLiteral("newer.gonogo"));
    QVERIFY(QFile::copy(m_file, newer));
    rawQuery(newer, {QStringLiteral("PRAGMA user_version = 7")});
    r = gonogoRun({QStringLiteral("summary"), newer});
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(QStringLiteral("newer")));

    const QString damaged = m_dir->filePath(QStringLiteral("damaged.gonogo"));
    const QByteArray bytes = readFile(m_file);
    QVERIFY(writeFile(damaged, bytes.left(bytes.size() - 4096)));
    r = gonogoRun({QStringLiteral("gate"), damaged});
    QCOMPARE(r.code, 5);
    QVERIFY(r.err.contains(QStringLiteral("damaged")));
}

void TestCli::fileInUse()
{
    auto held = DecisionFile::open(m_file);
    QVERIFY(held);
    const Run r = gonogoRun(
        {QStringLiteral("set"), m_file, QStringLiteral("--status"), QStringLiteral("PASS"), QStringLiteral("SEC-01")});
    QCOMPARE(r.code, 6);
    QVERIFY2(r.err.contains(QStringLiteral("in use")), qPrintable(r.err));
    held.value().reset();
    QCOMPARE(rawQuery(m_file, {QStringLiteral("SELECT status FROM item WHERE id = 'SEC-01'")}).value(0).toString(),
             QStringLiteral("PENDING"));
}

void TestCli::risksAndGate()
{
    // Before the meeting, the gate follows the recommendation when asked to (--recommendation).
    Run r = gonogoRun({QStringLiteral("gate"), m_file, QStringLiteral("--recommendation")});
    QCOMPARE(r.code, 11);
    QCOMPARE(r.out.trimmed(), QStringLiteral("NO-GO"));

    r = gonogoRun({QStringLiteral("items"), m_file, QStringLiteral("--json")});
    QStringList all{QStringLiteral("set"), m_file, QStringLiteral("--status"), QStringLiteral("PASS")};
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        all << v.toObject().value(QStringLiteral("id")).toString();
    }
    QCOMPARE(all.size(), 4 + 145);
    QCOMPARE(gonogoRun(all).code, 0);
    r = gonogoRun({QStringLiteral("gate"), m_file, QStringLiteral("--recommendation")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("GO"));

    r = gonogoRun({QStringLiteral("risk"), QStringLiteral("add"), m_file, QStringLiteral("--title"),
                   QStringLiteral("PMS API latency"), QStringLiteral("--likelihood"), QStringLiteral("medium"),
                   QStringLiteral("--impact"), QStringLiteral("medium"), QStringLiteral("--item"),
                   QStringLiteral("PERF-08")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("R-01"));
    QCOMPARE(gonogoRun({QStringLiteral("gate"), m_file, QStringLiteral("--recommendation")}).code, 10);
    QCOMPARE(gonogoRun({QStringLiteral("gate"), m_file, QStringLiteral("--recommendation"),
                        QStringLiteral("--allow-caution")})
                 .code,
             0);

    QCOMPARE(gonogoRun({QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                        QStringLiteral("--impact"), QStringLiteral("critical")})
                 .code,
             0);
    QCOMPARE(gonogoRun({QStringLiteral("gate"), m_file, QStringLiteral("--recommendation")}).code, 11);

    const QByteArray before = sha256(m_file);
    r = gonogoRun({QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                   QStringLiteral("--state"), QStringLiteral("accepted")});
    QCOMPARE(r.code, 7);
    QVERIFY(r.err.contains(QStringLiteral("rationale")));
    QCOMPARE(sha256(m_file), before);

    r = gonogoRun({QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                   QStringLiteral("--state"), QStringLiteral("accepted"), QStringLiteral("--rationale"),
                   QStringLiteral("Vendor SLA covers it"), QStringLiteral("--accepted-by"), QStringLiteral("CTO Dana"),
                   QStringLiteral("--until"), QStringLiteral("2026-12-31")});
    QCOMPARE(r.code, 0);
    QCOMPARE(gonogoRun({QStringLiteral("gate"), m_file, QStringLiteral("--recommendation")}).code, 10);

    r = gonogoRun({QStringLiteral("risks"), m_file, QStringLiteral("--json")});
    const QJsonObject risk = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(risk.value(QStringLiteral("level")).toString(), QStringLiteral("RED"));
    QCOMPARE(risk.value(QStringLiteral("state")).toString(), QStringLiteral("ACCEPTED"));
    QCOMPARE(risk.value(QStringLiteral("accepted_by")).toString(), QStringLiteral("CTO Dana"));
    QCOMPARE(risk.value(QStringLiteral("accepted_until")).toString(), QStringLiteral("2026-12-31"));
    QCOMPARE(risk.value(QStringLiteral("items")).toArray().first().toString(), QStringLiteral("PERF-08"));

    QCOMPARE(gonogoRun({QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                        QStringLiteral("--state"), QStringLiteral("mitigated")})
                 .code,
             0);
    QCOMPARE(gonogoRun({QStringLiteral("gate"), m_file, QStringLiteral("--recommendation")}).code, 0);
    r = gonogoRun({QStringLiteral("verify"), m_file});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("OK")));
}

void TestCli::hostileTextIsNotInterpreted()
{
    const QString hostile = QStringLiteral("\x1b[31mEvil\u202Egnp.exe <img src=x> '; DROP TABLE item; --");
    Run r = gonogoRun({QStringLiteral("set"), m_file, QStringLiteral("--owner"), hostile, QStringLiteral("SEC-01")});
    QCOMPARE(r.code, 0);
    r = gonogoRun({QStringLiteral("items"), m_file, QStringLiteral("--category"), QStringLiteral("SEC")});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(QChar(0x1b)));
    QVERIFY(!r.out.contains(QChar(0x202E)));
    QVERIFY(r.out.contains(QStringLiteral("DROP TABLE item")));
    r = gonogoRun({QStringLiteral("items"), m_file, QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 145);
    QCOMPARE(list.first().toObject().value(QStringLiteral("owner")).toString(), hostile);
}

void TestCli::newFromCsv()
{
    const QString csv = m_dir->filePath(QStringLiteral("team.csv"));
    QVERIFY(writeFile(csv, "category,id,title,critical,owner,description\nOps,OPS-1,Rollback tested,yes,Ana,\n"
                           "Ops,OPS-2,Runbook reviewed,no,,\n"));
    const QString out = m_dir->filePath(QStringLiteral("team.gonogo"));
    Run r = gonogoRun({QStringLiteral("new"), out, QStringLiteral("--template"), csv});
    QCOMPARE(r.code, 0);
    QCOMPARE(rawQuery(out, {QStringLiteral("SELECT group_concat(id) FROM item")}).value(0).toString(),
             QStringLiteral("OPS-1,OPS-2"));
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad, "category,title,critical\nOps,x,perhaps\n"));
    const QString none = m_dir->filePath(QStringLiteral("none.gonogo"));
    r = gonogoRun({QStringLiteral("new"), none, QStringLiteral("--template"), bad});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("line 2, column 7")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(none));
}

void TestCli::matrixAndLinks()
{
    Run r = gonogoRun({QStringLiteral("risk"), QStringLiteral("add"), m_file, QStringLiteral("--title"),
                       QStringLiteral("Cache"), QStringLiteral("--likelihood"), QStringLiteral("LOW"),
                       QStringLiteral("--impact"), QStringLiteral("LOW"), QStringLiteral("--item"),
                       QStringLiteral("PERF-09")});
    QCOMPARE(r.code, 0);
    r = gonogoRun({QStringLiteral("risks"), m_file, QStringLiteral("--json")});
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("level")).toString(),
        QStringLiteral("GREEN"));
    r = gonogoRun({QStringLiteral("matrix"), m_file, QStringLiteral("--set"), QStringLiteral("low:low=red"),
                   QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(QStringLiteral("LOW"))
                 .toObject()
                 .value(QStringLiteral("LOW"))
                 .toString(),
             QStringLiteral("RED"));
    QCOMPARE(rawQuery(m_file, {QStringLiteral(
                                  "SELECT level FROM risk_matrix_cell WHERE likelihood = 'LOW' AND impact = 'LOW'")})
                 .value(0)
                 .toString(),
             QStringLiteral("RED"));
    r = gonogoRun({QStringLiteral("risks"), m_file, QStringLiteral("--json")});
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("level")).toString(),
        QStringLiteral("RED"));
    const QByteArray before = sha256(m_file);
    for (const QStringList &bad :
         {QStringList{QStringLiteral("matrix"), m_file, QStringLiteral("--set"), QStringLiteral("LOW:LOW=PURPLE")},
          QStringList{QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                      QStringLiteral("--link"), QStringLiteral("NOPE-1")},
          QStringList{QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                      QStringLiteral("--unlink"), QStringLiteral("SEC-01")},
          QStringList{QStringLiteral("risk"), QStringLiteral("delete"), m_file, QStringLiteral("R-09")}}) {
        r = gonogoRun(bad);
        QCOMPARE(r.code, 7);
        QCOMPARE(sha256(m_file), before);
    }
    r = gonogoRun({QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("r-01"),
                   QStringLiteral("--link"), QStringLiteral("SEC-01"), QStringLiteral("--unlink"),
                   QStringLiteral("PERF-09")});
    QCOMPARE(r.code, 0);
    QCOMPARE(rawQuery(m_file, {QStringLiteral("SELECT group_concat(item_id) FROM risk_item")}).value(0).toString(),
             QStringLiteral("SEC-01"));
    QCOMPARE(gonogoRun({QStringLiteral("risk"), QStringLiteral("delete"), m_file, QStringLiteral("R-01")}).code, 0);
    QCOMPARE(rawQuery(m_file, {QStringLiteral("SELECT count(*) FROM risk_item")}).value(0).toInt(), 0);
    QCOMPARE(gonogoRun({QStringLiteral("matrix"), m_file, QStringLiteral("--reset")}).code, 0);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), m_file}).code, 0);
}

void TestCli::decideSignAndVerify()
{
    Run r = gonogoRun({QStringLiteral("decide"), m_file, QStringLiteral("--decision"), QStringLiteral("GO"),
                       QStringLiteral("--rationale"), QStringLiteral("Ship it")});
    QCOMPARE(r.code, 7);
    QVERIFY(r.err.contains(QStringLiteral("override rationale")));
    r = gonogoRun({QStringLiteral("decide"), m_file, QStringLiteral("--decision"), QStringLiteral("no-go"),
                   QStringLiteral("--rationale"), QStringLiteral("Nothing is checked yet")});
    QCOMPARE(r.code, 0);
    r = gonogoRun({QStringLiteral("sign"), m_file, QStringLiteral("--name"), QStringLiteral("Dana \u202Eevil"),
                   QStringLiteral("--role"), QStringLiteral("cto"), QStringLiteral("--vote"),
                   QStringLiteral("concur")});
    QCOMPARE(r.code, 0);
    r = gonogoRun({QStringLiteral("sign"), m_file, QStringLiteral("--name"), QStringLiteral("Marcus"),
                   QStringLiteral("--role"), QStringLiteral("Ops Lead"), QStringLiteral("--vote"),
                   QStringLiteral("NON-CONCUR")});
    QCOMPARE(r.code, 7);
    QVERIFY(r.err.contains(QStringLiteral("comment")));
    r = gonogoRun({QStringLiteral("sign"), m_file, QStringLiteral("--name"), QStringLiteral("X"),
                   QStringLiteral("--role"), QStringLiteral("Janitor"), QStringLiteral("--vote"),
                   QStringLiteral("CONCUR")});
    QCOMPARE(r.code, 7);
    QVERIFY(r.err.contains(QStringLiteral("Janitor")));
    r = gonogoRun({QStringLiteral("signoffs"), m_file, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QJsonObject s = list.first().toObject();
    QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("Dana evil"));
    QCOMPARE(s.value(QStringLiteral("role")).toString(), QStringLiteral("CTO"));
    QCOMPARE(s.value(QStringLiteral("vote")).toString(), QStringLiteral("CONCUR"));
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("CURRENT"));
    QCOMPARE(s.value(QStringLiteral("fingerprint")).toString().size(), 64);
    QVERIFY(s.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(s.contains(QStringLiteral("comment")));
    r = gonogoRun({QStringLiteral("verify"), m_file});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(s.value(QStringLiteral("fingerprint")).toString()));
    QVERIFY(r.out.contains(QStringLiteral("Record status: DRAFT")));
    QCOMPARE(gonogoRun({QStringLiteral("set"), m_file, QStringLiteral("--status"), QStringLiteral("PASS"),
                        QStringLiteral("SEC-01")})
                 .code,
             0);
    r = gonogoRun({QStringLiteral("signoffs"), m_file, QStringLiteral("--json")});
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("STALE"));
    QCOMPARE(gonogoRun({QStringLiteral("withdraw"), m_file, QStringLiteral("--role"), QStringLiteral("CTO"),
                        QStringLiteral("--reason"), QStringLiteral("Record changed")})
                 .code,
             0);
    r = gonogoRun({QStringLiteral("signoffs"), m_file, QStringLiteral("--json")});
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("WITHDRAWN"));
    QCOMPARE(rawQuery(m_file,
                      {QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('decide', 'sign', 'withdraw') "
                                      "AND field <> '(all)'")})
                 .value(0)
                 .toInt(),
             4);
}

void TestCli::readingCommandsChangeNoByte_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("as written") << "";
    // Another SQLite program switched the file to WAL and back without leaving a -wal file: bytes 18-19 say WAL.
    QTest::newRow("WAL flag") << "wal";
    // The in-header page count is 0 (legal: SQLite then trusts the file size).
    QTest::newRow("page count 0") << "pagecount";
    // A file of the previous release (format 3): reading it must not upgrade it behind the user's back.
    QTest::newRow("older format") << "older";
}

void TestCli::readingCommandsChangeNoByte()
{
    // Commands that only read open the file read-only: not one byte of it changes, and nothing is left beside it.
    QFETCH(QString, header);
    if (header == QLatin1String("older")) {
        QVERIFY(QFile::remove(m_file));
        QVERIFY(QFile::copy(QStringLiteral(GONOGO_FIXTURES "/v1-signed.gonogo"), m_file));
        QVERIFY(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner));
    } else if (!header.isEmpty()) {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (header == QLatin1String("wal")) {
            bytes[18] = 2;
            bytes[19] = 2;
        } else {
            bytes.replace(28, 4, QByteArray(4, '\0'));
        }
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
    }
    const QByteArray before = sha256(m_file);
    const QDir dir(m_dir->path());
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    const QString pdf =
        QDir(QDir::tempPath()).filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".pdf"));
    const QList<QStringList> reading{{QStringLiteral("summary"), m_file},
                                     {QStringLiteral("summary"), m_file, QStringLiteral("--json")},
                                     {QStringLiteral("items"), m_file, QStringLiteral("--critical")},
                                     {QStringLiteral("risks"), m_file},
                                     {QStringLiteral("matrix"), m_file},
                                     {QStringLiteral("meeting"), m_file},
                                     {QStringLiteral("stakeholders"), m_file},
                                     {QStringLiteral("signoffs"), m_file, QStringLiteral("--json")},
                                     {QStringLiteral("verify"), m_file},
                                     {QStringLiteral("gate"), m_file, QStringLiteral("--recommendation")},
                                     {QStringLiteral("export-pdf"), m_file, pdf}};
    for (const QStringList &args : reading) {
        const Run r = gonogoRun(args);
        QVERIFY2(r.code == 0 || (args.first() == QLatin1String("gate") && r.code >= 10),
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::number(r.code) + r.err));
        QVERIFY2(sha256(m_file) == before,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" changed the file")));
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), names);
    }
    QVERIFY(QFile::remove(pdf));
    // The first change upgrades and settles the header like any write.
    const Run set = gonogoRun({QStringLiteral("set"), m_file, QStringLiteral("--status"), QStringLiteral("PASS"),
                               QStringLiteral("SEC-01"), QStringLiteral("--by"), QStringLiteral("ci")});
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QVERIFY(sha256(m_file) != before);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), m_file}).code, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
