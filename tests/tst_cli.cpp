// The gonogo binary as a pipeline uses it: real processes, exit statuses, the JSON contract, stderr messages that
// name the file, and the file on disk after each command. Run twice by CTest (backend.h): on files, and as
// tst_cli_pg on decisions of the test PostgreSQL server.
#include "backend.h"
#include "decisionfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;
using namespace testsupport;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpAndVersionWithoutDisplay();
    void windowWithoutDisplaySaysSo();
    void usageErrors_data();
    void usageErrors();
    void summaryJsonContract();
    void setSeveralItemsAtOnce();
    void refusedInputChangesNothing_data();
    void refusedInputChangesNothing();
    void missingDecisionExitCode();
    void refusedFilesExitCodes();
    void fileInUse();
    void risksAndGate();
    void hostileTextIsNotInterpreted();
    void newFromCsv();
    void newInSpanish();
    void matrixAndLinks();
    void decideSignAndVerify();
    void exportChecklistRoundTrips();
    void exportRefusals();
    void newFromMarkdownTableAndYaml();
    void readingCommandsChangeNoByte_data();
    void readingCommandsChangeNoByte();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;

    // Where a decision called NAME goes (backend.h): a file in the test's folder, or a decision on the server.
    QString place(const QString &name) const { return placeFor(m_dir->path(), name); }
};

void TestCli::initTestCase()
{
    const QString why = prepareBackend(QStringLiteral("suite_cli"));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = place(QStringLiteral("launch.gonogo"));
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
            a = place(QStringLiteral("usage.gonogo"));
        }
    }
    const Run r = gonogoRun(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!stored(place(QStringLiteral("usage.gonogo"))));
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
    const QByteArray before = storedState(m_file);
    const Run r = gonogoRun(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(QStringLiteral("gonogo: ")), qPrintable(r.err));
    QCOMPARE(storedState(m_file), before);
}

void TestCli::missingDecisionExitCode()
{
    const QString missing = place(QStringLiteral("missing.gonogo"));
    const Run r = gonogoRun({QStringLiteral("summary"), missing});
    QCOMPARE(r.code, 3);
    // The file by its path; a decision on a server by its ID and the server's address.
    const QString named =
        onServer() ? QStringLiteral("\"%1\" on %2").arg(pg::parseAddress(missing, true)->decision, suiteServer())
                   : missing;
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(!stored(missing));
}

void TestCli::refusedFilesExitCodes()
{
    GONOGO_FILE_ONLY("its bytes");
    const QString text = m_dir->filePath(QStringLiteral("notes.gonogo"));
    QVERIFY(writeFile(text, "hello"));
    Run r = gonogoRun({QStringLiteral("verify"), text});
    QCOMPARE(r.code, 3);

    const QString newer = m_dir->filePath(QStringLiteral("newer.gonogo"));
    QVERIFY(QFile::copy(m_file, newer));
    rawQuery(newer, {QStringLiteral("PRAGMA user_version = %1").arg(DecisionFile::schemaVersion() + 1)});
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
    GONOGO_FILE_ONLY(
        "one writer at a time (on a server, two writers are tst_server's twoWindowsOnOneDecisionStayInStep)");
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

    const QByteArray before = storedState(m_file);
    r = gonogoRun({QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                   QStringLiteral("--state"), QStringLiteral("accepted")});
    QCOMPARE(r.code, 7);
    QVERIFY(r.err.contains(QStringLiteral("rationale")));
    QCOMPARE(storedState(m_file), before);

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
    const QString out = place(QStringLiteral("team.gonogo"));
    Run r = gonogoRun({QStringLiteral("new"), out, QStringLiteral("--template"), csv});
    QCOMPARE(r.code, 0);
    QCOMPARE(rawQuery(out, {QStringLiteral("SELECT id FROM item ORDER BY position")}),
             (QVariantList{QStringLiteral("OPS-1"), QStringLiteral("OPS-2")}));
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad, "category,title,critical\nOps,x,perhaps\n"));
    const QString none = place(QStringLiteral("none.gonogo"));
    r = gonogoRun({QStringLiteral("new"), none, QStringLiteral("--template"), bad});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("line 2, column 7")), qPrintable(r.err));
    QVERIFY(!stored(none));
}

void TestCli::newInSpanish()
{
    // The built-in template in Spanish: asked for, or by the language the command speaks.
    const QString es = place(QStringLiteral("es.gonogo"));
    const QString byLanguage = place(QStringLiteral("es-default.gonogo"));
    const QString en = place(QStringLiteral("en.gonogo"));
    QCOMPARE(gonogoRun({QStringLiteral("new"), es, QStringLiteral("--language"), QStringLiteral("es")}).code, 0);
    QCOMPARE(gonogoRun({QStringLiteral("new"), en}).code, 0);
    const Run spoken = gonogoRun({QStringLiteral("new"), byLanguage}, false, QStringLiteral("es"));
    QCOMPARE(spoken.code, 0);
    QVERIFY2(spoken.out.contains(QStringLiteral("145 elementos en 12 categorías, 87 críticos")),
             qPrintable(spoken.out));

    const auto column = [](const QString &file, const QString &sql) {
        QStringList values;
        for (const QVariant &v : rawQuery(file, {sql})) {
            values << v.toString();
        }
        return values;
    };
    const QString names = QStringLiteral("SELECT name FROM category ORDER BY position");
    QCOMPARE(column(es, names).value(0), QStringLiteral("Seguridad"));
    QCOMPARE(column(es, names).value(11), QStringLiteral("Validación final"));
    QCOMPARE(column(byLanguage, names), column(es, names));
    QCOMPARE(column(en, names).value(0), QStringLiteral("Security"));
    // The same checklist in another language: IDs, order, critical marks and owners' roles are the English ones.
    const QString shape =
        QStringLiteral("SELECT id || '|' || category_code || '|' || position || '|' || critical || '|' "
                       "|| owner FROM item ORDER BY category_code, position");
    QCOMPARE(column(es, shape), column(en, shape));
    QCOMPARE(column(es, shape).size(), 145);
    QCOMPARE(column(es, QStringLiteral("SELECT count(*) FROM item WHERE critical = 1")).value(0), QStringLiteral("87"));
    // ... and every text is translated: no title or evidence required is left as the English one.
    const QString texts = QStringLiteral("SELECT title || ' / ' || evidence_required FROM item ORDER BY category_code, "
                                         "position");
    const QStringList spanish = column(es, texts);
    const QStringList english = column(en, texts);
    QCOMPARE(spanish.size(), english.size());
    for (int i = 0; i < spanish.size(); ++i) {
        const QStringList s = spanish.at(i).split(QStringLiteral(" / "));
        const QStringList e = english.at(i).split(QStringLiteral(" / "));
        QVERIFY2(s.value(0) != e.value(0) && s.value(1) != e.value(1), qPrintable(spanish.at(i)));
        QVERIFY2(!s.value(0).trimmed().isEmpty() && !s.value(1).trimmed().isEmpty(), qPrintable(spanish.at(i)));
    }
    QCOMPARE(gonogoRun({QStringLiteral("verify"), es}).code, 0);

    // A language the template does not have, or a checklist file that keeps its own words: refused, no file.
    const QString none = place(QStringLiteral("fr.gonogo"));
    Run r = gonogoRun({QStringLiteral("new"), none, QStringLiteral("--language"), QStringLiteral("fr")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--language")) && r.err.contains(QStringLiteral("\"fr\"")),
             qPrintable(r.err));
    QVERIFY(!stored(none));
    const QString csv = m_dir->filePath(QStringLiteral("own.csv"));
    QVERIFY(writeFile(csv, "category,id,title,critical,owner,description\nOps,OPS-1,Rollback tested,yes,Ana,\n"));
    r = gonogoRun({QStringLiteral("new"), none, QStringLiteral("--template"), csv, QStringLiteral("--language"),
                   QStringLiteral("es")});
    QCOMPARE(r.code, 2);
    QVERIFY(!stored(none));
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
    const QByteArray before = storedState(m_file);
    for (const QStringList &bad :
         {QStringList{QStringLiteral("matrix"), m_file, QStringLiteral("--set"), QStringLiteral("LOW:LOW=PURPLE")},
          QStringList{QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                      QStringLiteral("--link"), QStringLiteral("NOPE-1")},
          QStringList{QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("R-01"),
                      QStringLiteral("--unlink"), QStringLiteral("SEC-01")},
          QStringList{QStringLiteral("risk"), QStringLiteral("delete"), m_file, QStringLiteral("R-09")}}) {
        r = gonogoRun(bad);
        QCOMPARE(r.code, 7);
        QCOMPARE(storedState(m_file), before);
    }
    r = gonogoRun({QStringLiteral("risk"), QStringLiteral("set"), m_file, QStringLiteral("r-01"),
                   QStringLiteral("--link"), QStringLiteral("SEC-01"), QStringLiteral("--unlink"),
                   QStringLiteral("PERF-09")});
    QCOMPARE(r.code, 0);
    QCOMPARE(rawQuery(m_file, {QStringLiteral("SELECT item_id FROM risk_item")}),
             QVariantList{QStringLiteral("SEC-01")});
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

namespace {

// The checklist in a decision as its database holds it, one line per item in checklist order, the FIELDS
// (columns of item i and category c) separated by the unit separator: read with SQL, not with GoNoGo.
QStringList itemsOnDisk(const QString &path, const QString &fields)
{
    QStringList rows;
    for (const QVariantList &row : rawRows(path, QStringLiteral("SELECT %1 FROM item i JOIN category c ON c.code = "
                                                                "i.category_code ORDER BY c.position, i.position")
                                                     .arg(fields))) {
        QStringList columns;
        for (const QVariant &v : row) {
            columns << v.toString();
        }
        rows << columns.join(QChar(31));
    }
    return rows;
}

const QString templateFields =
    QStringLiteral("c.name, i.id, i.title, i.critical, i.owner, i.evidence_required, i.description");

// A spreadsheet's view of a CSV file: Python's csv module, rows as JSON arrays.
QJsonArray csvRows(const QString &path)
{
    QProcess py;
    py.start(QStringLiteral("python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import csv, json, sys\n"
                             "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                             "    print(json.dumps(list(csv.reader(f))))\n"),
              path});
    if (!py.waitForFinished(60000) || py.exitCode() != 0) {
        qWarning() << "python3 failed:" << py.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(py.readAllStandardOutput()).array();
}

} // namespace

void TestCli::exportChecklistRoundTrips()
{
    // Meeting state, with text a spreadsheet would run and text that would break a Markdown table.
    const QList<QStringList> changes{
        {QStringLiteral("SEC-01"), QStringLiteral("PASS"), QStringLiteral("=HYPERLINK(\"http://x.test\",\"ok\")"),
         QStringLiteral("Dana \"Sec\", Lead")},
        {QStringLiteral("SEC-02"), QStringLiteral("FAIL"), QStringLiteral("+1 555 0100"), QStringLiteral("Ops | 24x7")},
        {QStringLiteral("SEC-03"), QStringLiteral("PARTIAL"), QStringLiteral("@SUM(A1:A9)"), QStringLiteral("*Ana*")},
        {QStringLiteral("PERF-01"), QStringLiteral("PASS"), QStringLiteral("-2 ms p99"), QStringLiteral("[Bo](x)")},
        {QStringLiteral("PERF-02"), QStringLiteral("PASS"), QStringLiteral("\tk6 run"), QStringLiteral("<b>Cy</b>")},
        {QStringLiteral("OPS-01"), QStringLiteral("PASS"), QStringLiteral("line one\nline two, \"quoted\""),
         QStringLiteral("Eve")}};
    for (const QStringList &c : changes) {
        const Run r = gonogoRun({QStringLiteral("set"), m_file, c.at(0), QStringLiteral("--status"), c.at(1),
                                 QStringLiteral("--evidence"), c.at(2), QStringLiteral("--owner"), c.at(3),
                                 QStringLiteral("--by"), QStringLiteral("María")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    const QStringList expected = itemsOnDisk(m_file, templateFields);
    QCOMPARE(expected.size(), 145);

    // CSV: what a spreadsheet reads is the file's items, row by row, formulas neutralised.
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    Run r = gonogoRun({QStringLiteral("export"), m_file, csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("145 items")), qPrintable(r.out));
    QVERIFY(readFile(csv).startsWith("\xEF\xBB\xBF"
                                     "category,id,title,critical,status,owner,evidence,notes,"));
    const QJsonArray rows = csvRows(csv);
    QCOMPARE(rows.size(), 146);
    const QStringList state = itemsOnDisk(
        m_file, QStringLiteral("c.name, i.id, i.title, i.status, i.owner, i.evidence, i.changed_by, i.changed_at"));
    int neutralised = 0;
    for (int n = 0; n < state.size(); ++n) {
        const QStringList want = state.at(n).split(QChar(31));
        const QJsonArray got = rows.at(n + 1).toArray();
        QCOMPARE(got.size(), 12);
        QCOMPARE(got.at(0).toString(), want.at(0));
        QCOMPARE(got.at(1).toString(), want.at(1));
        QCOMPARE(got.at(2).toString(), want.at(2));
        QCOMPARE(got.at(4).toString(), want.at(3));
        QCOMPARE(got.at(5).toString(), want.at(4));
        QString evidence = want.at(5);
        if (!evidence.isEmpty() && QStringLiteral("=+-@\t\r").contains(evidence.at(0))) {
            evidence.prepend(QLatin1Char('\''));
            ++neutralised;
        }
        QCOMPARE(got.at(6).toString(), evidence);
        QCOMPARE(got.at(10).toString(), want.at(6));
        // UTC, whatever the stored form of the same moment.
        const QDateTime stored = QDateTime::fromString(want.at(7), Qt::ISODateWithMs);
        QCOMPARE(QDateTime::fromString(got.at(11).toString(), Qt::ISODate),
                 stored.toUTC().addMSecs(-stored.time().msec()));
        QVERIFY(got.at(11).toString().isEmpty() || got.at(11).toString().endsWith(QLatin1Char('Z')));
    }
    QCOMPARE(neutralised, 5);
    QCOMPARE(rows.at(1).toArray().at(6).toString(), QStringLiteral("'=HYPERLINK(\"http://x.test\",\"ok\")"));
    QCOMPARE(rows.at(1).toArray().at(10).toString(), QStringLiteral("María"));

    // Each export reads back as a checklist with the same items.
    for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.json"), QStringLiteral("out.md")}) {
        const QString out = m_dir->filePath(name);
        if (name != QLatin1String("out.csv")) {
            r = gonogoRun({QStringLiteral("export"), m_file, out});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const QString again = place(name + QStringLiteral(".gonogo"));
        r = gonogoRun({QStringLiteral("new"), again, QStringLiteral("--template"), out});
        QVERIFY2(r.code == 0, qPrintable(name + QStringLiteral(": ") + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("145 items in 12 categories, 87 critical")), qPrintable(r.out));
        if (name == QLatin1String("out.md")) {
            // A wiki table has no room for the template's evidence and description: same IDs, titles, critical
            // flags and owners.
            const QString f = QStringLiteral("c.name, i.id, i.title, i.critical, i.owner");
            QCOMPARE(itemsOnDisk(again, f), itemsOnDisk(m_file, f));
        } else {
            QCOMPARE(itemsOnDisk(again, templateFields), expected);
        }
    }
    // A Spanish wiki page reads back on an English desktop: the Crítico and Responsable columns are understood.
    const QString es = m_dir->filePath(QStringLiteral("es.md"));
    r = gonogoRun({QStringLiteral("export"), m_file, es}, false, QStringLiteral("es"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(readFile(es).contains("| Cr\xC3\xADtico |"));
    const QString fromEs = place(QStringLiteral("from-es.gonogo"));
    r = gonogoRun({QStringLiteral("new"), fromEs, QStringLiteral("--template"), es});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString f = QStringLiteral("c.name, i.id, i.title, i.critical, i.owner");
    QCOMPARE(itemsOnDisk(fromEs, f), itemsOnDisk(m_file, f));
    // The JSON carries the meeting state of every item and the recommendation.
    const QJsonObject json = QJsonDocument::fromJson(readFile(m_dir->filePath(QStringLiteral("out.json")))).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("gonogo-checklist"));
    const QJsonObject sec01 = json.value(QStringLiteral("categories"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("items"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(sec01.value(QStringLiteral("id")).toString(), QStringLiteral("SEC-01"));
    QCOMPARE(sec01.value(QStringLiteral("state")).toObject().value(QStringLiteral("evidence")).toString(),
             changes.first().at(2));
    QCOMPARE(sec01.value(QStringLiteral("state")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("PASS"));
    const QJsonObject summary =
        QJsonDocument::fromJson(gonogoRun({QStringLiteral("summary"), m_file, QStringLiteral("--json")}).out.toUtf8())
            .object();
    QCOMPARE(json.value(QStringLiteral("meeting")).toObject().value(QStringLiteral("recommendation")).toString(),
             summary.value(QStringLiteral("recommendation")).toString());
    // The Markdown keeps every text in its cell: one table row per item, seven cells each.
    const QString md = QString::fromUtf8(readFile(m_dir->filePath(QStringLiteral("out.md"))));
    QVERIFY(md.contains(QStringLiteral("Ops \\| 24x7")));
    QVERIFY(md.contains(QStringLiteral("line one<br>line two")));
    static const QRegularExpression row(QStringLiteral("^\\| [A-Z]+-\\d+ \\|"), QRegularExpression::MultilineOption);
    QCOMPARE(static_cast<int>(md.count(row)), 145);
    for (const QString &line : md.split(QLatin1Char('\n'))) {
        if (row.match(line).hasMatch()) {
            static const QRegularExpression unescapedBar(QStringLiteral("(?<!\\\\)\\|"));
            QVERIFY2(line.count(unescapedBar) == 8, qPrintable(line));
        }
    }
}

void TestCli::exportRefusals()
{
    const QByteArray before = storedState(m_file);
    // Not a format: a usage error, nothing written.
    const QString txt = m_dir->filePath(QStringLiteral("out.txt"));
    Run r = gonogoRun({QStringLiteral("export"), m_file, txt});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("out.txt")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(txt));
    // A folder where the file should go: a write error naming it; the folder is untouched.
    const QString folder = m_dir->filePath(QStringLiteral("taken.csv"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
    r = gonogoRun({QStringLiteral("export"), m_file, folder});
    QCOMPARE(r.code, 8);
    QVERIFY2(r.err.contains(QStringLiteral("taken.csv")), qPrintable(r.err));
    QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
    // Missing decision file.
    r = gonogoRun(
        {QStringLiteral("export"), place(QStringLiteral("nope.gonogo")), m_dir->filePath(QStringLiteral("x.csv"))});
    QCOMPARE(r.code, 3);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.csv"))));
    QCOMPARE(storedState(m_file), before);
    // A file edited behind GoNoGo's back is not exported unless asked; an earlier export stays as it was.
    const QString csv = m_dir->filePath(QStringLiteral("good.csv"));
    QCOMPARE(gonogoRun({QStringLiteral("export"), m_file, csv}).code, 0);
    const QByteArray good = readFile(csv);
    rawQuery(m_file, {QStringLiteral("UPDATE item SET status = 'PASS' WHERE id = 'SEC-08'")});
    r = gonogoRun({QStringLiteral("export"), m_file, csv});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("failed verification")) && r.err.contains(QStringLiteral("SEC-08")),
             qPrintable(r.err));
    QCOMPARE(readFile(csv), good);
    r = gonogoRun({QStringLiteral("export"), m_file, csv, QStringLiteral("--force")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.contains(QStringLiteral("warning")));
    QVERIFY(readFile(csv) != good);
}

void TestCli::newFromMarkdownTableAndYaml()
{
    // The command line reads the new shapes, with the critical column chosen on it.
    const QString md = QStringLiteral(GONOGO_FIXTURES "/real-checklists/mercari-pre-production-checklist.md");
    const QString out = place(QStringLiteral("tables.gonogo"));
    Run r = gonogoRun({QStringLiteral("new"), out, QStringLiteral("--template"), md,
                       QStringLiteral("--critical-column"), QStringLiteral("Level C=:white_check_mark:")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(rawQuery(out, {QStringLiteral("SELECT count(*) FROM item WHERE critical = 1")}).value(0).toInt(), 30);
    QCOMPARE(rawQuery(out, {QStringLiteral("SELECT count(*) FROM item")}).value(0).toInt(), 74);
    const QString missing = place(QStringLiteral("missing.gonogo"));
    r = gonogoRun({QStringLiteral("new"), missing, QStringLiteral("--template"), md,
                   QStringLiteral("--critical-column"), QStringLiteral("Tier")});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("no table has a column \"Tier\"")), qPrintable(r.err));
    QVERIFY(!stored(missing));
    r = gonogoRun({QStringLiteral("new"), missing, QStringLiteral("--critical-column"), QStringLiteral("Tier")});
    QCOMPARE(r.code, 2);
    QVERIFY(!stored(missing));

    const QString yaml = QStringLiteral(GONOGO_FIXTURES "/real-checklists/deon-data-science-ethics.yml");
    const QString ethics = place(QStringLiteral("ethics.gonogo"));
    r = gonogoRun({QStringLiteral("new"), ethics, QStringLiteral("--template"), yaml});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(rawQuery(ethics, {QStringLiteral("SELECT launch_name FROM meeting")}).value(0).toString(),
             QStringLiteral("Data Science Ethics Checklist"));
    QCOMPARE(rawQuery(ethics, {QStringLiteral("SELECT title FROM item WHERE id = 'A.1'")}).value(0).toString(),
             QStringLiteral("Informed consent"));
    const QString bad = m_dir->filePath(QStringLiteral("bad.yaml"));
    QVERIFY(writeFile(bad, "- category: Ops\n  items:\n    - title: Rollback\n      critical: perhaps\n"));
    r = gonogoRun({QStringLiteral("new"), missing, QStringLiteral("--template"), bad});
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("bad.yaml, line 4, column 17")), qPrintable(r.err));
    QVERIFY(!stored(missing));
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
    if (!header.isEmpty()) {
        GONOGO_FILE_ONLY("a header");
    }
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
    const QByteArray before = storedState(m_file);
    const QDir dir(m_dir->path());
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    const QString pdf =
        QDir(QDir::tempPath()).filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".pdf"));
    const QString exported =
        QDir(QDir::tempPath()).filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".json"));
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
                                     {QStringLiteral("export-pdf"), m_file, pdf},
                                     {QStringLiteral("export"), m_file, exported}};
    for (const QStringList &args : reading) {
        const Run r = gonogoRun(args);
        QVERIFY2(r.code == 0 || (args.first() == QLatin1String("gate") && r.code >= 10),
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::number(r.code) + r.err));
        QVERIFY2(storedState(m_file) == before,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" changed the file")));
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), names);
    }
    QVERIFY(QFile::remove(pdf));
    QVERIFY(QFile::remove(exported));
    // The first change upgrades and settles the header like any write.
    const Run set = gonogoRun({QStringLiteral("set"), m_file, QStringLiteral("--status"), QStringLiteral("PASS"),
                               QStringLiteral("SEC-01"), QStringLiteral("--by"), QStringLiteral("ci")});
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QVERIFY(storedState(m_file) != before);
    QCOMPARE(gonogoRun({QStringLiteral("verify"), m_file}).code, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
