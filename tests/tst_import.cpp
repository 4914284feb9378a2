// Checklists people really write: the built-in P020 template, JSON, CSV (RFC 4180), Markdown (lists and tables)
// and YAML, good and bad.
#include "checklisttemplate.h"
#include "decisionfile.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
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

QVector<TemplateItem> allItems(const ChecklistTemplate &t)
{
    QVector<TemplateItem> items;
    for (const TemplateCategory &c : t.categories) {
        items += c.items;
    }
    return items;
}

QStringList categoryNames(const ChecklistTemplate &t)
{
    QStringList names;
    for (const TemplateCategory &c : t.categories) {
        names << c.name;
    }
    return names;
}

// What no title or category name may keep from its source: markup, links, HTML, emoji shortcodes.
QString markupLeftIn(const QString &title)
{
    static const QRegularExpression left(
        QStringLiteral("(\\]\\(|\\*\\*|<[a-zA-Z/]|`|(?<![\\w:]):[a-z0-9_+-]+:(?![\\w:])|^\\[[ xX]\\])"));
    const auto m = left.match(title);
    return m.hasMatch() ? m.captured(0) : QString();
}

// The body rows of the Markdown tables in TEXT, each split into its cells, counted without a Markdown parser:
// lines starting with "|", less each table's header and delimiter rows.
QVector<QStringList> tableRows(const QByteArray &text)
{
    QVector<QStringList> rows;
    int inTable = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith('|')) {
            inTable = 0;
            continue;
        }
        if (++inTable <= 2) {
            continue; // header and delimiter
        }
        QString l = QString::fromUtf8(line).trimmed();
        l = l.mid(1, l.endsWith(QLatin1Char('|')) ? l.size() - 2 : -1);
        QStringList cells;
        for (const QString &c : l.split(QLatin1Char('|'))) {
            cells << c.trimmed();
        }
        rows << cells;
    }
    return rows;
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
    void markdownTablesRealChecklist();
    void markdownTablesCriticalColumn();
    void markdownTableColumns();
    void markdownTableErrors_data();
    void markdownTableErrors();
    void yamlRealChecklists();
    void yamlShapes();
    void yamlBad_data();
    void yamlBad();
    void readableText_data();
    void readableText();
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

void TestImport::markdownTablesRealChecklist()
{
    const QString path = QStringLiteral(GONOGO_FIXTURES "/real-checklists/mercari-pre-production-checklist.md");
    auto t = TemplateImport::fromFile(path);
    QVERIFY2(t, qPrintable(t.error().message));
    const QVector<QStringList> rows = tableRows(testsupport::readFile(path));
    QCOMPARE(rows.size(), 74);
    QCOMPARE(t->itemCount(), static_cast<int>(rows.size()));
    QCOMPARE(
        categoryNames(t.value()),
        (QStringList{QStringLiteral("Maintainability"), QStringLiteral("Observability"), QStringLiteral("Reliability"),
                     QStringLiteral("Security"), QStringLiteral("Accessibility"), QStringLiteral("Data Storage"),
                     QStringLiteral("GCP Cloud SQL (MySQL)"), QStringLiteral("GCP Cloud Spanner")}));
    QCOMPARE(t->name, QStringLiteral("Pre-production Checklist"));
    QCOMPARE(t->criticalCount(), 0); // nothing says which rows are critical until asked
    const QVector<TemplateItem> items = allItems(t.value());
    for (int i = 0; i < items.size(); ++i) {
        const TemplateItem &item = items.at(i);
        QVERIFY2(markupLeftIn(item.title).isEmpty(), qPrintable(item.title));
        QVERIFY2(!item.description.contains(QStringLiteral(":white_check_mark:")), qPrintable(item.description));
        // The title is the text of the "Check name" cell, links and all removed.
        static const QRegularExpression link(QStringLiteral("^\\[([^\\]]*)\\]\\([^)]*\\)$"));
        QString expected = rows.at(i).at(0);
        if (const auto m = link.match(expected); m.hasMatch()) {
            expected = m.captured(1);
        }
        QCOMPARE(item.title, expected);
    }
    for (const TemplateCategory &c : t->categories) {
        QVERIFY2(markupLeftIn(c.name).isEmpty(), qPrintable(c.name));
    }
    const TemplateItem *env = findItem(t.value(), QStringLiteral("Config in env-var"));
    QVERIFY(env);
    QCOMPARE(env->description, QStringLiteral("Config in env-var (https://12factor.net/config)\n"
                                              "Its config can be overridden via environment variable.\n"
                                              "Level B: \u2705\nLevel A: \u2705"));
    QCOMPARE(env->sourceLine, 16);
}

void TestImport::markdownTablesCriticalColumn()
{
    const QString path = QStringLiteral(GONOGO_FIXTURES "/real-checklists/mercari-pre-production-checklist.md");
    const QVector<QStringList> rows = tableRows(testsupport::readFile(path));
    auto checkedIn = [&rows](int column) {
        return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [column](const QStringList &r) {
            return r.value(column) == QLatin1String(":white_check_mark:");
        }));
    };
    auto levelC = TemplateImport::fromFile(path, ImportOptions::criticalColumnFrom(QStringLiteral("level c")));
    QVERIFY2(levelC, qPrintable(levelC.error().message));
    QCOMPARE(levelC->criticalCount(), checkedIn(2));
    QCOMPARE(levelC->criticalCount(), 30);
    auto levelA =
        TemplateImport::fromFile(path, ImportOptions::criticalColumnFrom(QStringLiteral("Level A=:white_check_mark:")));
    QVERIFY2(levelA, qPrintable(levelA.error().message));
    QCOMPARE(levelA->criticalCount(), checkedIn(4));
    // The emoji itself names the same value as its shortcode.
    auto byEmoji = TemplateImport::fromFile(path, ImportOptions::criticalColumnFrom(QStringLiteral("Level A=\u2705")));
    QVERIFY(byEmoji);
    QCOMPARE(byEmoji->criticalCount(), levelA->criticalCount());
    QVERIFY(!findItem(levelA.value(), QStringLiteral("Manual Scale"))->critical);
    auto none = TemplateImport::fromFile(path, ImportOptions::criticalColumnFrom(QStringLiteral("Level B=no")));
    QVERIFY(none);
    QCOMPARE(none->criticalCount(), 0);

    auto missing = TemplateImport::fromFile(path, ImportOptions::criticalColumnFrom(QStringLiteral("Tier")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("\"Tier\"")) &&
                 missing.error().message.contains(QStringLiteral("Check name, Short Description, Level C")),
             qPrintable(missing.error().message));
    auto lists = TemplateImport::fromFile(
        QStringLiteral(GONOGO_FIXTURES "/real-checklists/microservice-production-readiness.md"),
        ImportOptions::criticalColumnFrom(QStringLiteral("Level A")));
    QVERIFY(!lists);
    QVERIFY2(lists.error().message.contains(QStringLiteral("list items")), qPrintable(lists.error().message));
    auto yaml =
        TemplateImport::fromFile(QStringLiteral(GONOGO_FIXTURES "/real-checklists/deon-data-science-ethics.yml"),
                                 ImportOptions::criticalColumnFrom(QStringLiteral("Level A")));
    QVERIFY(!yaml);
    QVERIFY2(yaml.error().message.contains(QStringLiteral("not a Markdown file")), qPrintable(yaml.error().message));
}

void TestImport::markdownTableColumns()
{
    const QByteArray md = "# :rocket: Launch review\n\n"
                          "Intro with a list that is not a checklist:\n\n- see below\n\n"
                          "## :lock: Access\n\n"
                          "| ID | Requirement | Details | Tier | Link |\n"
                          "|----|-------------|---------|------|------|\n"
                          "| ACC-7 | **MFA** for :key: admins | Every admin uses `TOTP` or a key | A | "
                          "[runbook](https://wiki/mfa) |\n"
                          "| | | | | |\n"
                          "| ACC-8 | [ ] Keys rotated \\| 90 days | | B | |\n\n"
                          "## Release\n\n"
                          "| Step | Owner |\n|---|---|\n"
                          "| Tag the release :tada: (critical) | Release manager |\n";
    auto t = TemplateImport::fromMarkdown(md, QStringLiteral("review.md"),
                                          ImportOptions::criticalColumnFrom(QStringLiteral("Tier=a")));
    QVERIFY2(t, qPrintable(t.error().message));
    QCOMPARE(t->name, QStringLiteral("Launch review"));
    QCOMPARE(categoryNames(t.value()), (QStringList{QStringLiteral("Access"), QStringLiteral("Release")}));
    const QVector<TemplateItem> items = allItems(t.value());
    QCOMPARE(items.size(), 3); // the empty row is not an item, the intro list is not either
    QCOMPARE(items.at(0).id, QStringLiteral("ACC-7"));
    QCOMPARE(items.at(0).title, QStringLiteral("MFA for admins"));
    QVERIFY(items.at(0).critical);
    QCOMPARE(items.at(0).description, QStringLiteral("MFA for \U0001F511 admins\nEvery admin uses TOTP or a key\n"
                                                     "Tier: A\nLink: runbook (https://wiki/mfa)"));
    QCOMPARE(items.at(0).sourceLine, 11);
    QCOMPARE(items.at(1).id, QStringLiteral("ACC-8"));
    QCOMPARE(items.at(1).title, QStringLiteral("Keys rotated | 90 days"));
    QVERIFY(!items.at(1).critical);
    QCOMPARE(items.at(1).sourceLine, 13);
    // No "Tier" column in this table: not critical by the column; "(critical)" in the text does not count either
    // when a column decides.
    QCOMPARE(items.at(2).title, QStringLiteral("Tag the release (critical)"));
    QCOMPARE(items.at(2).description, QStringLiteral("Tag the release \U0001F389 (critical)"));
    QCOMPARE(items.at(2).owner, QStringLiteral("Release manager"));
    QVERIFY(!items.at(2).critical);
    QCOMPARE(items.at(2).id, QStringLiteral("REL-01"));

    // Without the option, "(critical)" marks the row as it marks a list item.
    auto plain = TemplateImport::fromMarkdown(md, QStringLiteral("review.md"));
    QVERIFY(plain);
    QCOMPARE(allItems(plain.value()).at(2).title, QStringLiteral("Tag the release"));
    QVERIFY(allItems(plain.value()).at(2).critical);
    QVERIFY(!allItems(plain.value()).at(0).critical);

    // Checkbox list items win over tables in the same file: the table is then reference material.
    auto mixed = TemplateImport::fromMarkdown("# X\n\n- [ ] one\n- [ ] two\n\n| a | b |\n|---|---|\n| c | d |\n",
                                              QStringLiteral("mixed.md"));
    QVERIFY(mixed);
    QCOMPARE(mixed->itemCount(), 2);
}

void TestImport::markdownTableErrors_data()
{
    QTest::addColumn<QByteArray>("md");
    QTest::addColumn<QString>("words");
    QTest::newRow("row without title") << QByteArray("# A\n\n| Check | Why |\n|---|---|\n| a | b |\n| | c |\n")
                                       << "line 6: the row has no title in the column \"Check\"";
    QTest::newRow("title only shortcodes")
        << QByteArray("| Check | Why |\n|---|---|\n| :x: | c |\n") << "line 3: the row has no title";
    QTest::newRow("bad id") << QByteArray("| ID | Check |\n|---|---|\n| a b | c |\n")
                            << "line 3: \"a b\" is not a valid item ID";
    QTest::newRow("duplicate id") << QByteArray("| ID | Check |\n|---|---|\n| X1 | c |\n\n| ID | Check |\n|---|---|\n"
                                                "| x1 | d |\n")
                                  << "line 7: the item ID x1 is used twice (first on line 3)";
}

void TestImport::markdownTableErrors()
{
    QFETCH(QByteArray, md);
    QFETCH(QString, words);
    auto t = TemplateImport::fromMarkdown(md, QStringLiteral("t.md"));
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(words), qPrintable(t.error().message));
    QVERIFY(t.error().message.startsWith(QStringLiteral("t.md")));
}

void TestImport::yamlRealChecklists()
{
    // Gruntwork: a list of categories, each with items that have a title and an HTML description.
    const QString gruntworkPath = QStringLiteral(GONOGO_FIXTURES "/real-checklists/gruntwork-devops-checklist.yml");
    auto gruntwork = TemplateImport::fromFile(gruntworkPath);
    QVERIFY2(gruntwork, qPrintable(gruntwork.error().message));
    const QByteArray gruntworkText = testsupport::readFile(gruntworkPath);
    QCOMPARE(gruntwork->itemCount(), static_cast<int>(gruntworkText.count("\n    - title:")));
    QCOMPARE(gruntwork->itemCount(), 96);
    QCOMPARE(gruntwork->categories.size(), static_cast<int>(gruntworkText.count("- category:")));
    QCOMPARE(gruntwork->categories.first().name, QStringLiteral("Server-side"));
    const TemplateItem *amis = findItem(gruntwork.value(), QStringLiteral("Build AMIs"));
    QVERIFY(amis);
    QCOMPARE(amis->sourceLine, 3);
    QVERIFY2(amis->description.startsWith(QStringLiteral(
                 "If you want to run your apps directly on EC2 Instances, you should package them as Amazon Machine "
                 "Images (AMIs) (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html) using a tool such as "
                 "Packer (https://www.packer.io/).")),
             qPrintable(amis->description));
    for (const TemplateItem &i : allItems(gruntwork.value())) {
        QVERIFY2(markupLeftIn(i.title).isEmpty(), qPrintable(i.title));
        QVERIFY2(!i.description.contains(QStringLiteral("<a ")) && !i.description.contains(QStringLiteral("</")),
                 qPrintable(i.description));
    }

    // Deon: a mapping with a title and sections of lines, each with an ID, a summary and the question.
    const QString deonPath = QStringLiteral(GONOGO_FIXTURES "/real-checklists/deon-data-science-ethics.yml");
    auto deon = TemplateImport::fromFile(deonPath);
    QVERIFY2(deon, qPrintable(deon.error().message));
    const QByteArray deonText = testsupport::readFile(deonPath);
    QCOMPARE(deon->itemCount(), static_cast<int>(deonText.count("line_id:")));
    QCOMPARE(deon->categories.size(), static_cast<int>(deonText.count("section_id:")));
    QCOMPARE(deon->name, QStringLiteral("Data Science Ethics Checklist"));
    const QVector<TemplateItem> items = allItems(deon.value());
    QCOMPARE(items.first().id, QStringLiteral("A.1"));
    QCOMPARE(items.first().title, QStringLiteral("Informed consent"));
    QVERIFY(items.first().description.startsWith(QStringLiteral("If there are human subjects")));
    QCOMPARE(items.last().id, QStringLiteral("E.4"));
    for (const TemplateItem &i : items) {
        QVERIFY2(markupLeftIn(i.title).isEmpty(), qPrintable(i.title));
        QVERIFY(!i.description.isEmpty());
    }
}

void TestImport::yamlShapes()
{
    // A mapping of category names to items; plain texts as items; block scalars; priorities; anchors.
    const QByteArray yaml = "checklist:\n"
                            "  name: Payments launch\n"
                            "  Security:\n"
                            "    - TLS everywhere\n"
                            "    - title: \"Rotate :key: keys\"\n"
                            "      id: SEC-9\n"
                            "      priority: High\n"
                            "      owner: &sec Security Lead\n"
                            "      description: |\n"
                            "        Keys older than **90 days** are rotated.\n"
                            "\n"
                            "        See <a href=\"https://wiki/keys\">the runbook</a>.\n"
                            "    - title: Pen test\n"
                            "      critical: yes\n"
                            "      owner: *sec\n"
                            "      evidence: Report from the vendor\n"
                            "      description: >\n"
                            "        Folded\n"
                            "        text\n"
                            "  Operations:\n"
                            "    items:\n"
                            "      - name: On-call rota\n"
                            "        severity: low\n";
    auto t = TemplateImport::fromYaml(yaml, QStringLiteral("pay.yaml"));
    QVERIFY2(t, qPrintable(t.error().message));
    QCOMPARE(t->name, QStringLiteral("Payments launch"));
    QCOMPARE(categoryNames(t.value()), (QStringList{QStringLiteral("Security"), QStringLiteral("Operations")}));
    const QVector<TemplateItem> items = allItems(t.value());
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(0).title, QStringLiteral("TLS everywhere"));
    QCOMPARE(items.at(0).id, QStringLiteral("SEC-01"));
    QCOMPARE(items.at(0).sourceLine, 4);
    QCOMPARE(items.at(1).title, QStringLiteral("Rotate keys"));
    QCOMPARE(items.at(1).id, QStringLiteral("SEC-9"));
    QVERIFY(items.at(1).critical);
    QCOMPARE(items.at(1).owner, QStringLiteral("Security Lead"));
    QCOMPARE(items.at(1).description, QStringLiteral("Rotate \U0001F511 keys\nKeys older than 90 days are rotated.\n"
                                                     "See the runbook (https://wiki/keys)."));
    QCOMPARE(items.at(2).owner, QStringLiteral("Security Lead")); // through the alias
    QVERIFY(items.at(2).critical);
    QCOMPARE(items.at(2).evidenceRequired, QStringLiteral("Report from the vendor"));
    QCOMPARE(items.at(2).description, QStringLiteral("Folded text"));
    QCOMPARE(items.at(3).title, QStringLiteral("On-call rota"));
    QVERIFY(!items.at(3).critical);

    // A list of items with no categories at all.
    auto flat = TemplateImport::fromYaml("- one\n- two\n", QStringLiteral("flat.yml"));
    QVERIFY2(flat, qPrintable(flat.error().message));
    QCOMPARE(flat->itemCount(), 2);
    QCOMPARE(flat->categories.size(), 1);
    QCOMPARE(flat->name, QStringLiteral("flat"));
}

void TestImport::yamlBad_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("words");
    QTest::newRow("syntax") << QByteArray("- category: A\n  items:\n    - title: x\n   - title: y\n")
                            << "line 4, column 4: invalid YAML";
    QTest::newRow("unclosed quote") << QByteArray("- category: A\n  items:\n    - title: \"x\n") << "line 4";
    QTest::newRow("tab indent") << QByteArray("- category: A\n  items:\n\t- title: x\n") << "line 3, column 1";
    QTest::newRow("no title") << QByteArray("- category: A\n  items:\n    - owner: Ops\n")
                              << "line 3, column 7: the item has no title";
    QTest::newRow("title not text") << QByteArray("- category: A\n  items:\n    - title: [a, b]\n")
                                    << "line 3, column 14: \"title\" must be text";
    QTest::newRow("critical maybe") << QByteArray("- category: A\n  items:\n    - title: x\n      critical: maybe\n")
                                    << "line 4, column 17: \"critical\" must be true or false, not \"maybe\"";
    QTest::newRow("items not a list") << QByteArray("- category: A\n  items: none\n")
                                      << "line 2, column 10: the items must be a list";
    QTest::newRow("category without items") << QByteArray("- category: A\n  things: []\n- category: B\n  items: [x]\n")
                                            << "line 1, column 3: the category has no list of items";
    QTest::newRow("single value") << QByteArray("just text\n") << "line 1, column 1: a checklist is a list";
    QTest::newRow("empty") << QByteArray("") << "is empty";
    QTest::newRow("comment only") << QByteArray("# nothing\n") << "is empty";
    QTest::newRow("two documents") << QByteArray("- a\n---\n- b\n") << "line 2, column 1: a second YAML document";
    QTest::newRow("unknown alias") << QByteArray("- *nope\n") << "line 1";
    QTest::newRow("duplicate id") << QByteArray("- category: A\n  items:\n    - {title: a, id: X}\n"
                                                "    - {title: b, id: x}\n")
                                  << "line 4: the item ID x is used twice (first on line 3)";
    QTest::newRow("bad id") << QByteArray("- category: A\n  items:\n    - {title: a, id: \"<b>\"}\n")
                            << "line 3: \"<b>\" is not a valid item ID";
    QTest::newRow("latin-1") << QByteArray("- category: A\n  items: [caf\xe9]\n") << "line 2, column 14";
    QByteArray laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 10; ++i) {
            laughs += QByteArray(i ? ", *" : "*") + QByteArray(1, static_cast<char>(c - 1));
        }
        laughs += "]\n";
    }
    QTest::newRow("billion laughs") << laughs << "more than 1000000 values";
    QTest::newRow("deep") << QByteArray(200, '[') << "nest more than 64 levels";
}

void TestImport::yamlBad()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, words);
    auto t = TemplateImport::fromYaml(yaml, QStringLiteral("t.yml"));
    QVERIFY(!t);
    QCOMPARE(t.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(t.error().message.contains(words), qPrintable(t.error().message));
    QVERIFY(t.error().message.startsWith(QStringLiteral("t.yml")));
}

void TestImport::readableText_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("readable");
    QTest::newRow("markdown link") << "see [the docs](https://x/y)"
                                   << "see the docs (https://x/y)";
    QTest::newRow("html link") << "use <a href=\"https://p.io/\" target=\"_blank\">Packer</a> now"
                               << "use Packer (https://p.io/) now";
    QTest::newRow("bare url kept once") << "<https://a.b/c>"
                                        << "https://a.b/c";
    QTest::newRow("anchor dropped") << "[Usage](#usage)"
                                    << "Usage";
    QTest::newRow("paragraphs") << "one\ntwo\n\nthree"
                                << "one two\nthree";
    QTest::newRow("list") << "- a\n- b"
                          << "a\nb";
    QTest::newRow("shortcodes") << "ok :white_check_mark: at 10:30:00 :unknown_word:"
                                << QStringLiteral("ok \u2705 at 10:30:00 :unknown_word:");
    QTest::newRow("code and entities") << "<code>-Xmx</code> &amp; `a|b`"
                                       << "-Xmx & a|b";
}

void TestImport::readableText()
{
    QFETCH(QString, markup);
    QFETCH(QString, readable);
    QCOMPARE(TemplateImport::readableText(markup), readable);
}

void TestImport::unknownExtension()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("list.xlsx"));
    QVERIFY(testsupport::writeFile(p, "PK\x03\x04"));
    auto t = TemplateImport::fromFile(p);
    QVERIFY(!t);
    QVERIFY(t.error().message.contains(QStringLiteral(".xlsx")));
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
