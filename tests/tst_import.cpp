// Checklists people really write: the built-in P020 template, JSON, CSV (RFC 4180) and Markdown, good and bad.
#include "checklisttemplate.h"
#include "decisionfile.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;

namespace {

const TemplateItem *findItem(const ChecklistTemplate &t, const QString &title)
{
    for (const TemplateCategory &c : t.categories) {
        for (const TemplateItem &i : c.items) {
            if (i.title == title) {
                return &i;
            }
        }
    }
    return nullptr;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void p020MatchesTheSeed();
    void p020ItemsAreReal();
    void csvGood();
    void csvBad_data();
    void csvBad();
    void jsonBad_data();
    void jsonBad();
    void markdownRefusesInvalidText();
    void markdownCheckboxes();
    void markdownPlainLists();
    void markdownRealChecklist();
    void plainText_data();
    void plainText();
    void unknownExtension();
    void importedFileOnDisk();
};

void TestImport::p020MatchesTheSeed()
{
    auto t = TemplateImport::builtIn(QStringLiteral("p020"));
    QVERIFY2(t, qPrintable(t.error().message));
    QCOMPARE(t->itemCount(), 145);
    QCOMPARE(t->criticalCount(), 87);
    const QList<std::tuple<QString, int, int>> expected{
        {QStringLiteral("Security"), 22, 12},     {QStringLiteral("Performance"), 15, 8},
        {QStringLiteral("Operations"), 18, 10},   {QStringLiteral("Infrastructure"), 12, 8},
        {QStringLiteral("Application"), 14, 6},   {QStringLiteral("Data & Database"), 10, 6},
        {QStringLiteral("Monitoring"), 12, 8},    {QStringLiteral("Disaster Recovery"), 8, 6},
        {QStringLiteral("Documentation"), 10, 4}, {QStringLiteral("Team"), 8, 5},
        {QStringLiteral("Compliance"), 6, 4},     {QStringLiteral("Final Validation"), 10, 10}};
    QCOMPARE(t->categories.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const TemplateCategory &c = t->categories.at(i);
        QCOMPARE(c.name, std::get<0>(expected.at(i)));
        QCOMPARE(c.items.size(), std::get<1>(expected.at(i)));
        int critical = 0;
        for (const TemplateItem &item : c.items) {
            critical += item.critical ? 1 : 0;
        }
        QCOMPARE(critical, std::get<2>(expected.at(i)));
    }
}

void TestImport::p020ItemsAreReal()
{
    auto t = TemplateImport::builtIn(QStringLiteral("p020"));
    QVERIFY(t);
    QSet<QString> titles;
    for (const TemplateCategory &c : t->categories) {
        for (const TemplateItem &i : c.items) {
            QVERIFY2(i.id.startsWith(c.code + QLatin1Char('-')), qPrintable(i.id));
            QVERIFY2(i.title.size() >= 20, qPrintable(i.id));
            QVERIFY2(!i.evidenceRequired.isEmpty(), qPrintable(i.id));
            QVERIFY2(!i.owner.isEmpty(), qPrintable(i.id));
            QVERIFY2(!titles.contains(i.title), qPrintable(i.title));
            titles.insert(i.title);
        }
    }
}

void TestImport::csvGood()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Category,ID,Title,Critical,Owner,Description\r\n"
                           "Security,SEC-1,\"TLS, everywhere\",yes,Ana,\"Say \"\"hi\"\"\r\nsecond line\"\r\n"
                           "Security,,Secrets in a vault,TRUE,,\r\n"
                           "\"Data & Database\",DB-1,Backups restored,0,Raj,\n"
                           "Ops,,Runbook,n,,";
    auto t = TemplateImport::fromCsv(csv, QStringLiteral("list.csv"));
    QVERIFY2(t, qPrintable(t.error().message));
    QCOMPARE(t->categories.size(), 3);
    QCOMPARE(t->itemCount(), 4);
    QCOMPARE(t->criticalCount(), 2);
    const TemplateItem *tls = findItem(t.value(), QStringLiteral("TLS, everywhere"));
    QVERIFY(tls);
    QCOMPARE(tls->id, QStringLiteral("SEC-1"));
    QCOMPARE(tls->owner, QStringLiteral("Ana"));
    QCOMPARE(tls->description, QStringLiteral("Say \"hi\"\r\nsecond line"));
    const TemplateItem *vault = findItem(t.value(), QStringLiteral("Secrets in a vault"));
    QVERIFY(vault);
    QCOMPARE(vault->id, QStringLiteral("SEC-01")); // generated from the category code
    QCOMPARE(t->categories.at(1).code, QStringLiteral("DAT"));
}

void TestImport::csvBad_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("words");
    QTest::newRow("unclosed quote") << QByteArray("category,title\nA,\"open\nB,x\n") << "line 2, column 3"
                                    << "never closed";
    QTest::newRow("bad critical") << QByteArray("category,title,critical\nA,x,yes\nA,y,maybe\n") << "line 3, column 5"
                                  << "maybe";
    QTest::newRow("field count") << QByteArray("category,title\nA,x\nA,y,z\n") << "line 3"
                                 << "3 fields";
    QTest::newRow("unknown column") << QByteArray("category,title,colour\nA,x,red\n") << "line 1, column 16"
                                    << "colour";
    QTest::newRow("missing title column") << QByteArray("category,id\nA,x\n") << "line 1"
                                          << "title";
    QTest::newRow("empty title") << QByteArray("category,title\nA,x\nB,\n") << "line 3"
                                 << "title is empty";
    QTest::newRow("duplicate id") << QByteArray("category,id,title\nA,X-1,a\nB,x-1,b\n") << "line 3"
                                  << "line 2";
    QTest::newRow("hostile id") << QByteArray("category,id,title\nA,\"<script>\",a\n") << "line 2, column 3"
                                << "not a valid item ID";
    QTest::newRow("text after quote") << QByteArray("category,title\nA,\"x\"y\n") << "line 2, column 6"
                                      << "closing quote";
    QTest::newRow("header only") << QByteArray("category,title\n") << "list.csv"
                                 << "no checklist items";
    // Invalid text is refused where it is, not stored as U+FFFD (counting characters, not bytes).
    QTest::newRow("latin-1 byte") << QByteArray("category,title\nA,Caf\xe9 open\n") << "line 2, column 6"
                                  << "not valid UTF-8 here (byte 0xE9)";
    QTest::newRow("latin-1 after accents")
        << QByteArray("category,title\nA,\xc3\xa9\xc3\xa9\xff\n") << "line 2, column 5"
        << "byte 0xFF";
    QTest::newRow("overlong slash") << QByteArray("category,title\nA,a\xc0\xaf"
                                                  "b\n")
                                    << "line 2, column 4"
                                    << "not valid UTF-8";
    QTest::newRow("surrogate") << QByteArray("category,title\nA,\xed\xa0\x80\n") << "line 2, column 3"
                               << "not valid UTF-8";
    QTest::newRow("truncated sequence") << QByteArray("category,title\nA,x\xe2\x82") << "line 2, column 4"
                                        << "not valid UTF-8";
    QTest::newRow("nul") << QByteArray("category,title\nA,x\0y\n", 22) << "line 2, column 4"
                         << "NUL byte";
}

void TestImport::csvBad()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QFETCH(QString, words);
    auto t = TemplateImport::fromCsv(csv, QStringLiteral("list.csv"));
    QVERIFY(!t);
    QCOMPARE(t.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(t.error().message.contains(where), qPrintable(t.error().message));
    QVERIFY2(t.error().message.contains(words), qPrintable(t.error().message));
}

void TestImport::jsonBad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("words");
    QTest::newRow("syntax") << QByteArray("{\n  \"categories\": [\n    {\"name\": \"A\",, }\n  ]\n}")
                            << "line 3, column";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "categories";
    QTest::newRow("no title") << QByteArray(R"({"categories":[{"name":"A","items":[{"id":"A-1"}]}]})")
                              << "categories[0].items[0]";
    QTest::newRow("critical as text")
        << QByteArray(R"({"categories":[{"name":"A","items":[{"title":"t","critical":"yes"}]}]})") << "true or false";
    QTest::newRow("duplicate id")
        << QByteArray(R"({"categories":[{"name":"A","items":[{"id":"A-1","title":"t"},{"id":"a-1","title":"u"}]}]})")
        << "used twice";
    QTest::newRow("no items") << QByteArray(R"({"categories":[{"name":"A","items":[]}]})") << "no checklist items";
    QTest::newRow("nul escape") << QByteArray(R"({"categories":[{"name":"A","items":[{"title":"a\u0000b"}]}]})")
                                << "NUL character";
}

void TestImport::jsonBad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, words);
    auto t = TemplateImport::fromJson(json, QStringLiteral("t.json"));
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(words), qPrintable(t.error().message));
    QVERIFY(t.error().message.startsWith(QStringLiteral("t.json")));
}

void TestImport::markdownRefusesInvalidText()
{
    // Markdown goes through the same decoder: the place of the first bad byte, and nothing imported.
    auto t = TemplateImport::fromMarkdown(QByteArray("# Security\n- [ ] TLS \xc3\xa9verywhere\n- [ ] Caf\xe9\n"),
                                          QStringLiteral("list.md"));
    QVERIFY(!t);
    QCOMPARE(t.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(t.error().message.startsWith(QStringLiteral("list.md, line 3, column 10:")),
             qPrintable(t.error().message));
    // A byte-order mark is not an error.
    QVERIFY(TemplateImport::fromMarkdown(QByteArray("\xef\xbb\xbf# A\n- [ ] x\n"), QStringLiteral("bom.md")));
}

void TestImport::markdownCheckboxes()
{
    const QByteArray md = "# Launch list\n\nIntro with a - dash.\n\n"
                          "- plain item ignored because checkboxes exist\n\n"
                          "## Security\n"
                          "- [ ] **TLS** on [all hosts](https://example.com) (critical)\n"
                          "- [x] Secrets <em>rotated</em> &amp; stored\n"
                          "  continued on the next line\n"
                          "    - [ ] Nested: vault audit\n"
                          "```\n- [ ] inside a code block\n```\n"
                          "## Empty section\n\n"
                          "### Ops\n"
                          "* [ ] `kubectl` rollout tested\n";
    auto t = TemplateImport::fromMarkdown(md, QStringLiteral("list.md"));
    QVERIFY2(t, qPrintable(t.error().message));
    QCOMPARE(t->name, QStringLiteral("Launch list"));
    QCOMPARE(t->categories.size(), 2);
    QCOMPARE(t->categories.at(0).name, QStringLiteral("Security"));
    QCOMPARE(t->categories.at(0).items.size(), 3);
    QCOMPARE(t->categories.at(1).name, QStringLiteral("Ops"));
    const TemplateItem &tls = t->categories.at(0).items.at(0);
    QCOMPARE(tls.title, QStringLiteral("TLS on all hosts"));
    QVERIFY(tls.critical);
    QVERIFY(tls.description.contains(QStringLiteral("https://example.com")));
    QCOMPARE(t->categories.at(0).items.at(1).title,
             QStringLiteral("Secrets rotated & stored continued on the next line"));
    const TemplateItem &nested = t->categories.at(0).items.at(2);
    QCOMPARE(nested.title, QStringLiteral("Nested: vault audit"));
    QVERIFY(nested.description.contains(QStringLiteral("Secrets rotated")));
    QCOMPARE(t->categories.at(1).items.at(0).title, QStringLiteral("kubectl rollout tested"));
    QCOMPARE(t->criticalCount(), 1);
}

void TestImport::markdownPlainLists()
{
    const QByteArray md = "## Before launch\n- Load test\n- Backups\n1. Numbered item\n## After\n+ Retro\n";
    auto t = TemplateImport::fromMarkdown(md, QStringLiteral("plain.md"));
    QVERIFY2(t, qPrintable(t.error().message));
    QCOMPARE(t->itemCount(), 4);
    QCOMPARE(t->categories.at(0).items.at(2).title, QStringLiteral("Numbered item"));

    auto none = TemplateImport::fromMarkdown("# Title\n\nJust prose.\n", QStringLiteral("prose.md"));
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QStringLiteral("prose.md")));
}

void TestImport::markdownRealChecklist()
{
    auto t = TemplateImport::fromFile(
        QStringLiteral(GONOGO_FIXTURES "/real-checklists/microservice-production-readiness.md"));
    QVERIFY2(t, qPrintable(t.error().message));
    QStringList names;
    for (const TemplateCategory &c : t->categories) {
        names << c.name;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("General Rules"), QStringLiteral("Documentation"),
                                 QStringLiteral("Testing and Quality"), QStringLiteral("Observability"),
                                 QStringLiteral("Operations and Resiliency"), QStringLiteral("Database"),
                                 QStringLiteral("Security and Compliance"), QStringLiteral("Costs")}));
    // Every "- [ ]" line in the file is one item; references and the bonus list are not.
    const QByteArray raw =
        testsupport::readFile(QStringLiteral(GONOGO_FIXTURES "/real-checklists/microservice-production-readiness.md"));
    QCOMPARE(t->itemCount(), static_cast<int>(raw.count("- [ ]")));
    for (const TemplateCategory &c : t->categories) {
        for (const TemplateItem &i : c.items) {
            QVERIFY2(!i.title.contains(QLatin1Char('<')) && !i.title.contains(QStringLiteral("**")) &&
                         !i.title.contains(QStringLiteral("](")),
                     qPrintable(i.title));
            QVERIFY2(i.title.size() <= 121, qPrintable(i.title));
        }
    }
    QVERIFY(
        findItem(t.value(), QStringLiteral("Authentication/Authorization in place if needed / JWT / Cognito / Auth0")));
    const TemplateItem *logging = nullptr;
    for (const TemplateItem &i : t->categories.at(3).items) {
        if (i.title.startsWith(QStringLiteral("Logging"))) {
            logging = &i;
        }
    }
    QVERIFY(logging);
    QVERIFY(logging->description.contains(QStringLiteral("Diagnostic Context")));
}

void TestImport::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("bold") << "**No shared database** - ok"
                          << "No shared database - ok";
    QTest::newRow("link") << "see [the docs](http://x/y_(z))"
                          << "see the docs";
    QTest::newRow("html link") << "[<em>quote</em>](https://a.b)"
                               << "quote";
    QTest::newRow("snake case kept") << "use snake_case_names"
                                     << "use snake_case_names";
    QTest::newRow("entities") << "a &lt;b&gt; &#169; &#x263A;" << QStringLiteral("a <b> \u00A9 \u263A");
    QTest::newRow("script tag") << "<script>alert(1)</script>ok"
                                << "alert(1)ok";
    QTest::newRow("code") << "`a*b*c`"
                          << "a*b*c";
}

void TestImport::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(TemplateImport::plainText(markdown), plain);
}

void TestImport::unknownExtension()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("list.yml"));
    QVERIFY(testsupport::writeFile(p, "- category: x\n"));
    auto t = TemplateImport::fromFile(p);
    QVERIFY(!t);
    QVERIFY(t.error().message.contains(QStringLiteral(".yml")));
    auto missing = TemplateImport::fromFile(dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("nope.csv")));
}

void TestImport::importedFileOnDisk()
{
    QTemporaryDir dir;
    auto t = TemplateImport::fromFile(
        QStringLiteral(GONOGO_FIXTURES "/real-checklists/microservice-production-readiness.md"));
    QVERIFY(t);
    const QString p = dir.filePath(QStringLiteral("ms.gonogo"));
    auto file = DecisionFile::create(p, t.value(), {});
    QVERIFY2(file, qPrintable(file.error().message));
    file.value().reset();
    QCOMPARE(testsupport::rawQuery(p, {QStringLiteral("SELECT count(*) FROM item")}).value(0).toInt(), t->itemCount());
    QCOMPARE(testsupport::rawQuery(p, {QStringLiteral("SELECT launch_name FROM meeting")}).value(0).toString(),
             QStringLiteral("Microservice Production Readiness Checklist"));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
