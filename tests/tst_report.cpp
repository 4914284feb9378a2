// The printed decision record, read back the way an auditor would: text extracted with pdftotext and compared
// (never bytes), qpdf --check, pdffonts for embedding, the PDF/A identification, page numbering on every page,
// DRAFT on every page until FINAL, headers repeated on continued tables, and hostile text printed literally.
#include "decisionfile.h"
#include "report/pagecomposer.h"
#include "report/recordreport.h"
#include "testsupport.h"
#include "translations.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace gonogo;
using namespace testsupport;

namespace {

struct Tool
{
    int code = -1;
    QString out;
};

Tool tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QString pdfText(const QString &pdf, int page = 0, bool layout = true)
{
    QStringList args{layout ? QStringLiteral("-layout") : QStringLiteral("-raw")};
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    }
    args << pdf << QStringLiteral("-");
    return tool(QStringLiteral("pdftotext"), args).out;
}

// The last line of text on a page above its footer.
QString lastLine(const QString &pdf, int page)
{
    QStringList lines = pdfText(pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() || lines.last().contains(QStringLiteral("Page ")))) {
        lines.removeLast();
    }
    return lines.isEmpty() ? QString() : lines.last().simplified();
}

// What never ends a page: a heading or a label without what it introduces.
const QStringList &strandable()
{
    static const QStringList list{QStringLiteral("Decision criteria used"),
                                  QStringLiteral("Readiness by category"),
                                  QStringLiteral("Items not passed"),
                                  QStringLiteral("Risks"),
                                  QStringLiteral("Signatures"),
                                  QStringLiteral("Sign-offs"),
                                  QStringLiteral("Sign-off history"),
                                  QStringLiteral("Appendix: the full checklist"),
                                  QStringLiteral("Integrity"),
                                  QStringLiteral("Reasons for the recommendation:"),
                                  QStringLiteral("Record fingerprint (SHA-256 of the canonical record):")};
    return list;
}

int pageCount(const QString &pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf}).out;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void archivalPdf();
    void scenarios_data();
    void scenarios();
    void largeChecklistAndLongText();
    void hostileTextPrintsLiterally();
    void spanishRecord();
    void everyScriptPrints();
    void timesDoNotDependOnThePrintingMachine();
    void fullMatrixCellSaysHowManyMore();
    void layoutKeepsThingsTogether();
    void tallFirstRowTakesItsHeaderAlong();
    void failedExportLeavesNothing();

private:
    QString makeFile(const QString &name, int pass, int partial = 0);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReport::initTestCase()
{
    for (const char *program : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm", "qpdf"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty()) {
            QSKIP("poppler-utils and qpdf are needed to read the PDF back (scripts/setup.sh installs them)");
        }
    }
}

void TestReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

// A P020 file with the first `pass` items PASS and the next `partial` PARTIAL.
QString TestReport::makeFile(const QString &name, int pass, int partial)
{
    const QString path = m_dir->filePath(name);
    CreateOptions options;
    options.launchName = QStringLiteral("Checkout v2");
    options.facilitator = QStringLiteral("Ana Ruiz");
    options.meetingDate = QDate(2026, 11, 30);
    auto file = DecisionFile::create(path, TemplateImport::builtIn(QStringLiteral("p020")).value(), options);
    if (!file) {
        return {};
    }
    const QVector<Item> items = file.value()->items().all().value();
    QVector<ItemChange> changes;
    for (int i = 0; i < items.size(); ++i) {
        if (i < pass || i >= pass + partial) {
            if (i >= pass) {
                continue;
            }
        }
        ItemChange c;
        c.id = items.at(i).id;
        c.status = i < pass ? Status::Pass : Status::Partial;
        c.evidence = QStringLiteral("Evidence for %1").arg(items.at(i).id);
        changes << c;
    }
    for (int i = pass; i < pass + partial && i < items.size(); ++i) {
        ItemChange c;
        c.id = items.at(i).id;
        c.status = Status::Partial;
        changes << c;
    }
    if (!file.value()->items().apply(changes, QStringLiteral("t"))) {
        return {};
    }
    return path;
}

void TestReport::archivalPdf()
{
    const QString path = makeFile(QStringLiteral("a.gonogo"), 100);
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    RiskDraft r;
    r.title = QStringLiteral("PMS rate limits");
    r.likelihood = Likelihood::Medium;
    r.impact = Impact::High;
    QVERIFY(file.value()->risks().add(r, QStringLiteral("t")));
    auto snap = file.value()->snapshot();
    SignoffDraft s;
    s.stakeholderId = snap->stakeholders.first().id;
    s.name = QStringLiteral("Dana Okafor");
    QVERIFY(file.value()->signoffs().sign(s, QStringLiteral("Dana")));
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    const QString pdf = m_dir->filePath(QStringLiteral("a.pdf"));
    auto pages = RecordReport(input.value(), {}).exportPdf(pdf);
    QVERIFY2(pages, qPrintable(pages.error().message));
    QCOMPARE(pageCount(pdf), pages.value());

    QCOMPARE(tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).code, 0);
    const QStringList fonts =
        tool(QStringLiteral("pdffonts"), {pdf}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts) {
        QVERIFY2(font.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(4) == QLatin1String("yes"), qPrintable(font));
    }
    const QByteArray bytes = readFile(pdf);
    QVERIFY(bytes.contains("pdfaid:part=\"1\""));
    QVERIFY(bytes.contains("pdfaid:conformance=\"B\""));
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf}).out;
    QVERIFY(info.contains(QStringLiteral("Decision record: Checkout v2")));
    QVERIFY(info.contains(QStringLiteral("Ana Ruiz")));

    const QString text = pdfText(pdf);
    const Assessment &a = input->assessment;
    QVERIFY(text.contains(QStringLiteral("NO DECISION RECORDED")));
    QVERIFY(text.contains(QStringLiteral("Recommendation from the scores and risks now: %1").arg(toCode(a.decision))));
    QVERIFY(text.contains(QStringLiteral("Critical score %1%").arg(a.criticalScore.text())));
    QVERIFY(text.contains(QStringLiteral("Total score %1%").arg(a.totalScore.text())));
    for (const Item &item : input->snapshot.items) {
        if (item.status != Status::Pass) {
            QVERIFY2(text.contains(item.id), qPrintable(item.id));
        }
    }
    QVERIFY(text.contains(QStringLiteral("Dana Okafor")));
    QVERIFY(text.contains(QStringLiteral("PMS rate limits")));
    QVERIFY(text.contains(input->fingerprints.current));
    QVERIFY(text.contains(input->auditHead.hash));
    QVERIFY(text.contains(QStringLiteral("simple electronic signatures")));
    // Pages as pictures in the build folder, for a person to look at.
    QCOMPARE(tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"), pdf,
                                               QStringLiteral("report-page")})
                 .code,
             0);
    QVERIFY(QFileInfo::exists(QStringLiteral("report-page-1.png")) ||
            QFileInfo::exists(QStringLiteral("report-page-01.png")));
    for (int page = 1; page <= pages.value(); ++page) {
        const QString t = pdfText(pdf, page);
        QVERIFY2(t.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages.value())),
                 qPrintable(QString::number(page)));
        QVERIFY(t.contains(QStringLiteral("Fingerprint %1").arg(input->fingerprints.current.left(16))));
        QVERIFY(t.contains(QStringLiteral("DRAFT - not a final decision record")));
        QVERIFY(t.contains(QStringLiteral("Checkout v2")));
    }
}

void TestReport::scenarios_data()
{
    QTest::addColumn<int>("pass");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<bool>("override");
    // One letter per stakeholder in order: C concur, D concur with dissent, N non-concur, - not signed.
    QTest::addColumn<QString>("votes");
    // 0: nothing after signing; 1: an item changes after signing (stale); 2: it changes and everyone signs again.
    QTest::addColumn<int>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("GO, FINAL") << 145 << "GO" << false << "CCCCC" << 0 << "FINAL RECORD";
    QTest::newRow("GO WITH CAUTION with conditions and a dissent")
        << 138 << "GO WITH CAUTION" << true << "CCCDC" << 0 << "Conditions of the decision";
    QTest::newRow("NO-GO with a non-concur") << 80 << "NO-GO" << false << "N----" << 0 << "DECISION: NO-GO";
    QTest::newRow("override with superseded sign-offs")
        << 80 << "GO WITH CAUTION" << true << "CC---" << 2 << "departs from the recommendation";
    QTest::newRow("stale sign-offs")
        << 145 << "GO" << false << "CCCCC" << 1
        << "Made stale by: item DOC-09 evidence: Evidence for DOC-09 \u2192 changed after signing";
}

void TestReport::scenarios()
{
    QFETCH(int, pass);
    QFETCH(QString, decision);
    QFETCH(bool, override);
    QFETCH(QString, votes);
    QFETCH(int, after);
    QFETCH(QString, expected);
    const QString path = makeFile(QStringLiteral("s.gonogo"), pass);
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    auto snap = file.value()->snapshot();
    DecisionDraft d;
    d.decision = decisionFromCode(decision).value();
    const Decision recommendation = DecisionEngine::assess(snap.value()).decision;
    d.rationale = QStringLiteral("The meeting weighed the evidence.");
    if (d.decision != recommendation || override) {
        d.overrideRationale =
            override ? QStringLiteral("Contract date is fixed; the board accepts the gap.") : QString();
    }
    if (d.decision == Decision::GoWithCaution) {
        d.conditions = {
            {0, QStringLiteral("Rerun the soak test tonight"), QStringLiteral("Priya"), QDate(2026, 12, 1)}};
    }
    QVERIFY2(file.value()->decisions().record(d, QStringLiteral("Ana")), qPrintable(decision));
    snap = file.value()->snapshot();
    auto signAll = [&]() {
        for (int n = 0; n < snap->stakeholders.size(); ++n) {
            const QChar v = votes.at(n);
            if (v == QLatin1Char('-')) {
                continue;
            }
            const Stakeholder &p = snap->stakeholders.at(n);
            SignoffDraft s;
            s.stakeholderId = p.id;
            s.name = QStringLiteral("Signer %1").arg(p.role);
            s.vote = v == QLatin1Char('D')   ? Vote::ConcurWithDissent
                     : v == QLatin1Char('N') ? Vote::NonConcur
                                             : Vote::Concur;
            s.comment = v == QLatin1Char('C') ? QString() : QStringLiteral("Dissent of %1").arg(p.role);
            QVERIFY(file.value()->signoffs().sign(s, s.name));
        }
    };
    signAll();
    if (after > 0) {
        ItemChange c;
        c.id = QStringLiteral("DOC-09");
        c.evidence = QStringLiteral("changed after signing");
        QVERIFY(file.value()->items().apply({c}, QStringLiteral("t")));
    }
    if (after == 2) {
        signAll();
    }
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    const QString pdf = m_dir->filePath(QStringLiteral("s.pdf"));
    auto pages = RecordReport(input.value(), {}).exportPdf(pdf);
    QVERIFY(pages);
    const QString text = pdfText(pdf);
    const QString flat = pdfText(pdf, 0, false).simplified();
    QVERIFY2(flat.contains(expected), qPrintable(expected));
    QVERIFY(text.contains(QStringLiteral("DECISION: %1").arg(decision)));
    const bool final = !votes.contains(QLatin1Char('-')) && after != 1;
    QCOMPARE(input->progress.status == RecordStatus::Final, final);
    for (int page = 1; page <= pages.value(); ++page) {
        const QString t = pdfText(pdf, page);
        QCOMPARE(t.contains(QStringLiteral("FINAL RECORD")), final);
        QCOMPARE(t.contains(QStringLiteral("DRAFT - not a final decision record")), !final);
        QVERIFY2(!strandable().contains(lastLine(pdf, page)),
                 qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(lastLine(pdf, page))));
    }
    // Complete: the evidence behind every item is printed (in the appendix), with who set it.
    for (const Item &item : input->snapshot.items) {
        if (!item.evidence.isEmpty()) {
            QVERIFY2(flat.contains(item.evidence), qPrintable(item.evidence));
        }
    }
    QVERIFY(flat.contains(QStringLiteral("t, ") + input->snapshot.items.first().changedAt.toUTC().toString(
                                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    // Page one says how everyone voted, dissent and non-concurrence in capitals; times are UTC to the second.
    const QString first = pdfText(pdf, 1);
    for (int n = 0; n < input->snapshot.stakeholders.size(); ++n) {
        const Stakeholder &p = input->snapshot.stakeholders.at(n);
        QVERIFY2(first.contains(p.role), qPrintable(p.role));
        const QChar v = votes.at(n);
        if (v == QLatin1Char('-')) {
            continue;
        }
        const Signoff *latest = latestSignoff(input->snapshot, p.id);
        QVERIFY(latest);
        QVERIFY2(first.contains(latest->signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                                QStringLiteral(" UTC")),
                 qPrintable(first));
    }
    // In reading order (raw), a wrapped cell's lines follow each other.
    const QString firstFlat = pdfText(pdf, 1, false).remove(QRegularExpression(QStringLiteral("\\s")));
    QCOMPARE(firstFlat.contains(QStringLiteral("CONCURWITHDISSENT")), votes.contains(QLatin1Char('D')));
    QCOMPARE(firstFlat.contains(QStringLiteral("NON-CONCUR")), votes.contains(QLatin1Char('N')));
    // Never the printing machine's zone as the old record printed it ("28 Nov 2026 05:04 (UTC+01:00)").
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d \\(UTC[+-]"))));
    if (after == 2) {
        // Every first sign-off was superseded, and the history says by what change.
        QCOMPARE(static_cast<int>(text.count(QStringLiteral("Superseded"))),
                 static_cast<int>(votes.count(QLatin1Char('C'))));
        QVERIFY(flat.contains(QStringLiteral("Signed again after: item DOC-09 evidence")));
    }
}

void TestReport::largeChecklistAndLongText()
{
    ChecklistTemplate t;
    t.name = QStringLiteral("Large");
    for (int c = 0; c < 20; ++c) {
        TemplateCategory category;
        category.code = QStringLiteral("C%1").arg(c);
        category.name = QStringLiteral("Category %1").arg(c);
        for (int i = 0; i < 100; ++i) {
            TemplateItem item;
            item.id = QStringLiteral("C%1-%2").arg(c).arg(i + 1, 3, 10, QLatin1Char('0'));
            item.title = QStringLiteral("Readiness check %1 of category %2").arg(i + 1).arg(c);
            item.critical = i % 4 == 0;
            category.items.append(item);
        }
        t.categories.append(category);
    }
    const QString path = m_dir->filePath(QStringLiteral("large.gonogo"));
    auto file = DecisionFile::create(path, t, {});
    QVERIFY(file);
    // One item with evidence long enough to run over a page.
    QString longText;
    for (int n = 0; n < 220; ++n) {
        longText += QStringLiteral("Word%1 of a very long evidence note that wraps across lines and pages. ").arg(n);
    }
    ItemChange c;
    c.id = QStringLiteral("C0-001");
    c.status = Status::Fail;
    c.evidence = longText;
    QVERIFY(file.value()->items().apply({c}, QStringLiteral("t")));
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    const QString pdf = m_dir->filePath(QStringLiteral("large.pdf"));
    auto pages = RecordReport(input.value(), {}).exportPdf(pdf);
    QVERIFY(pages);
    QVERIFY(pages.value() > 40);
    QCOMPARE(tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).code, 0);
    const QString text = pdfText(pdf);
    for (const Item &item : input->snapshot.items) {
        QVERIFY2(text.contains(item.id), qPrintable(item.id));
    }
    QVERIFY(text.contains(QStringLiteral("Word0 of")));
    QVERIFY(text.contains(QStringLiteral("Word219 of")));
    // The long evidence runs over more than one page, and every page of the not-PASS table repeats its header.
    int pagesWithWords = 0;
    for (int page = 1; page <= 6; ++page) {
        const QString t = pdfText(pdf, page);
        if (t.contains(QRegularExpression(QStringLiteral("Word\\d+")))) {
            ++pagesWithWords;
            QVERIFY2(t.contains(QStringLiteral("Evidence")) && t.contains(QStringLiteral("Owner")),
                     qPrintable(QString::number(page)));
        }
    }
    QVERIFY(pagesWithWords >= 2);
    // The appendix header repeats on its pages too.
    const QString last = pdfText(pdf, pages.value() - 1);
    QVERIFY(last.contains(QStringLiteral("Owner")) && last.contains(QStringLiteral("Evidence; set by")));
    // The long row goes on over pages and says whose it is: its ID is repeated, marked continued.
    QVERIFY(text.contains(QStringLiteral("C0-001 (cont.)")));
}

void TestReport::hostileTextPrintsLiterally()
{
    const QString path = makeFile(QStringLiteral("h.gonogo"), 145);
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    const QString hostile =
        QStringLiteral("<img src=\"file:///etc/passwd\"><b>bold</b> &amp; <a href=\"http://x\">link</a>");
    ItemChange c;
    c.id = QStringLiteral("SEC-01");
    c.status = Status::Fail;
    c.evidence = hostile;
    ItemChange d;
    d.id = QStringLiteral("SEC-02");
    d.evidence = QStringLiteral("attachment \u202Egnp.exe");
    QVERIFY(file.value()->items().apply({c, d}, QStringLiteral("t")));
    auto snap = file.value()->snapshot();
    SignoffDraft s;
    s.stakeholderId = snap->stakeholders.first().id;
    s.name = QStringLiteral("Eve \u202Egnp.exe");
    s.vote = Vote::NonConcur;
    s.comment = hostile;
    QVERIFY(file.value()->signoffs().sign(s, QStringLiteral("Eve")));
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    const QString pdf = m_dir->filePath(QStringLiteral("h.pdf"));
    QVERIFY(RecordReport(input.value(), {}).exportPdf(pdf));
    // Compare without white space: the narrow cells wrap the text, and wrapping is not what is being tested.
    QString text = pdfText(pdf, 0, false);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    QString expected = hostile;
    expected.remove(QRegularExpression(QStringLiteral("\\s")));
    // The evidence (items not passed, and the appendix) and the comment.
    QVERIFY2(text.count(expected) == 3, qPrintable(text.left(3000)));
    // The override is not applied: it is shown as the command line shows it, a replacement character.
    QVERIFY2(text.contains(QStringLiteral("attachment\uFFFDgnp.exe")), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("Evegnp.exe"))); // a signer's name is cleaned when it is stored
    QVERIFY(!text.contains(QChar(0x202E)));
    // Nothing was pulled in: one image at most would be a signature, and none was drawn.
    QVERIFY(!readFile(pdf).contains("/Subtype /Image"));
}

void TestReport::spanishRecord()
{
    const QString path = makeFile(QStringLiteral("es.gonogo"), 100);
    {
        auto file = DecisionFile::open(path);
        QVERIFY(file);
        auto snap = file.value()->snapshot();
        SignoffDraft s;
        s.stakeholderId = snap->stakeholders.first().id;
        s.name = QStringLiteral("Dana Okafor");
        s.vote = Vote::NonConcur;
        s.comment = QStringLiteral("No");
        QVERIFY(file.value()->signoffs().sign(s, QStringLiteral("Dana")));
    }
    const QString pdf = m_dir->filePath(QStringLiteral("es.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GONOGO_LANG"), QStringLiteral("es"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GONOGO_BINARY),
            {QStringLiteral("export-pdf"), path, pdf, QStringLiteral("--page-size"), QStringLiteral("letter")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("páginas")));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Acta de decisión Go/No-Go")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("30 de noviembre de 2026")));
    QVERIFY(text.contains(QStringLiteral("Página 1 de")));
    QVERIFY(text.contains(QStringLiteral("68,9%"))); // 100 of 145, rounded down, Spanish decimal comma
    // States, votes and counts in Spanish, with their plurals; no English status words left in the text.
    QVERIFY2(text.contains(QStringLiteral("VIGENTE")) && text.contains(QStringLiteral("NO CONFORME")),
             qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("100 superados")) && text.contains(QStringLiteral("45 pendientes")));
    QVERIFY(text.contains(QStringLiteral("0 rojos abiertos")));
    for (const QString &english : {QStringLiteral("CURRENT"), QStringLiteral("STALE"), QStringLiteral("PENDING"),
                                   QStringLiteral("NON-CONCUR")}) {
        QVERIFY2(!text.contains(english), qPrintable(english));
    }
    QVERIFY(text.contains(QStringLiteral("Cr\u00EDtico")));
    // The reasons speak of passed items in words, as the status names do, not in the English code.
    QVERIFY(!text.contains(QStringLiteral("en PASS")));
    // Status names stay whole in their column.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\bSUPERADO\\b"))));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\bSUPERAD\\b"))));
    QVERIFY(tool(QStringLiteral("pdfinfo"), {pdf}).out.contains(QStringLiteral("612 x 792 pts (letter)")));
}

void TestReport::everyScriptPrints()
{
    // Names and evidence in every script a name can be written in, each drawn with a font that has it, embedded.
    const QStringList texts{QStringLiteral("Ñandú café"),          QStringLiteral("Ελληνικά κείμενο"),
                            QStringLiteral("Проверка готовности"), QStringLiteral("التحقق من الجاهزية"),
                            QStringLiteral("בדיקת מוכנות"),        QStringLiteral("तैयारी जाँच"),
                            QStringLiteral("发布准备检查"),        QStringLiteral("リリース準備の確認"),
                            QStringLiteral("출시 준비 점검"),      QStringLiteral("ok \u2705 \U0001F680")};
    const QString path = makeFile(QStringLiteral("ms.gonogo"), 0);
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    QVector<ItemChange> changes;
    const QVector<Item> items = file.value()->items().all().value();
    for (int n = 0; n < texts.size(); ++n) {
        ItemChange c;
        c.id = items.at(n).id;
        c.status = Status::Fail;
        c.evidence = texts.at(n);
        changes << c;
    }
    QVERIFY(file.value()->items().apply(changes, QStringLiteral("t")));
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    const QString pdf = m_dir->filePath(QStringLiteral("ms.pdf"));
    QVERIFY(RecordReport(input.value(), {}).exportPdf(pdf));
    QCOMPARE(tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).code, 0);
    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf}).out;
    for (const QString &family : {QStringLiteral("DejaVuSans"), QStringLiteral("WenQuanYiMicroHei"),
                                  QStringLiteral("Lohit-Devanagari"), QStringLiteral("Symbola")}) {
        QVERIFY2(fonts.contains(family), qPrintable(fonts));
    }
    for (const QString &line : fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
        QVERIFY2(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(4) == QLatin1String("yes"), qPrintable(line));
    }
    // The text reads back (scripts whose letters join are compared by their letters, without the marks).
    const QString text = pdfText(pdf);
    for (const QString &t :
         {texts.at(0), texts.at(1), texts.at(2), texts.at(4), texts.at(6), texts.at(7), texts.at(8)}) {
        QVERIFY2(text.contains(t), qPrintable(t));
    }
    // A PNG of the page for a person to look at.
    QCOMPARE(tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"),
                                               QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                               QStringLiteral("2"), pdf, QStringLiteral("report-scripts")})
                 .code,
             0);
}

void TestReport::timesDoNotDependOnThePrintingMachine()
{
    // The same record printed in two time zones reads the same, word for word: every time is UTC.
    const QString path = makeFile(QStringLiteral("tz.gonogo"), 145);
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    DecisionDraft d;
    d.decision = Decision::Go;
    d.rationale = QStringLiteral("All clear.");
    QVERIFY(file.value()->decisions().record(d, QStringLiteral("Ana")));
    auto snap = file.value()->snapshot();
    for (const Stakeholder &p : snap->stakeholders) {
        SignoffDraft s;
        s.stakeholderId = p.id;
        s.name = QStringLiteral("Signer %1").arg(p.role);
        QVERIFY(file.value()->signoffs().sign(s, s.name));
    }
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 30, 15), Qt::UTC);
    QStringList texts;
    const QByteArray tz = qgetenv("TZ");
    for (const char *zone : {"UTC", "Asia/Kathmandu", "America/St_Johns"}) {
        qputenv("TZ", zone);
        tzset();
        const QString pdf = m_dir->filePath(QStringLiteral("tz-%1.pdf").arg(texts.size()));
        QVERIFY(RecordReport(input.value(), options).exportPdf(pdf));
        texts << pdfText(pdf);
    }
    qputenv("TZ", tz);
    tzset();
    QCOMPARE(texts.at(1), texts.at(0));
    QCOMPARE(texts.at(2), texts.at(0));
    QVERIFY(texts.first().contains(QStringLiteral("2026-11-29 08:30:15 UTC")));
    // The meeting's own zone, stored in the file, is printed beside UTC, the same on any machine.
    MeetingChange zone;
    zone.timeZone = QStringLiteral("America/New_York");
    QVERIFY(file.value()->meeting().apply(zone, QStringLiteral("Ana")));
    auto zoned = ReportInput::from(*file.value());
    QVERIFY(zoned);
    QCOMPARE(zoned->snapshot.meeting.timeZone, QStringLiteral("America/New_York"));
    const QString zonedPdf = m_dir->filePath(QStringLiteral("tz-zoned.pdf"));
    QVERIFY(RecordReport(zoned.value(), options).exportPdf(zonedPdf));
    const QString zonedText = pdfText(zonedPdf);
    QVERIFY2(zonedText.contains(QStringLiteral("2026-11-29 08:30:15 UTC (03:30:15 EST)")),
             qPrintable(zonedText.left(2000)));
    QVERIFY(zonedText.contains(QStringLiteral("America/New_York (UTC-05:00 on the meeting date)")));
    // The zone is part of the record: changing it changed the fingerprint the sign-offs were bound to.
    QVERIFY(zoned->fingerprints.current != input->fingerprints.current);
    QVERIFY(zonedText.contains(QStringLiteral("STALE")));
    // Five sign-offs made in one minute keep their order: each shows its second.
    for (const Signoff &so : input->snapshot.signoffs) {
        QVERIFY(texts.first().contains(so.signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
}

void TestReport::fullMatrixCellSaysHowManyMore()
{
    const QString path = makeFile(QStringLiteral("m.gonogo"), 145);
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    for (int n = 0; n < 15; ++n) {
        RiskDraft r;
        r.title = QStringLiteral("Risk %1").arg(n + 1);
        r.likelihood = Likelihood::Low;
        r.impact = Impact::Medium; // GREEN by default
        QVERIFY(file.value()->risks().add(r, QStringLiteral("t")));
    }
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    const QString pdf = m_dir->filePath(QStringLiteral("m.pdf"));
    QVERIFY(RecordReport(input.value(), {}).exportPdf(pdf));
    // The risks section's matrix: the labels it shows and the number it does not, adding up to 15.
    const QString text = pdfText(pdf, 0, false);
    const int risks = static_cast<int>(text.indexOf(QStringLiteral("Open and accepted risks are placed in the grid")));
    QVERIFY(risks > 0);
    const QString grid = text.left(risks).mid(text.lastIndexOf(QStringLiteral("Likelihood \\ Impact"), risks));
    const auto more = QRegularExpression(QStringLiteral("\\+(\\d+) more")).match(grid);
    QVERIFY2(more.hasMatch(), qPrintable(grid));
    const int shown = static_cast<int>(grid.count(QRegularExpression(QStringLiteral("\\bR-\\d\\d\\b"))));
    QVERIFY(shown > 0);
    QCOMPARE(shown + more.captured(1).toInt(), 15);
}

void TestReport::layoutKeepsThingsTogether()
{
    // A long record on Letter: no heading or table header is the last thing on a page, no word of 16
    // characters or less is split, nothing is drawn outside the page's margins, and the DRAFT mark is not text.
    const QString path = makeFile(QStringLiteral("l.gonogo"), 100, 20);
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    for (int n = 0; n < 12; ++n) {
        RiskDraft r;
        r.title = QStringLiteral("Yellow risk %1").arg(n + 1);
        r.likelihood = Likelihood::Medium;
        r.impact = Impact::Medium;
        r.mitigation = QStringLiteral("A mitigation written out at some length so that rows differ in height.");
        QVERIFY(file.value()->risks().add(r, QStringLiteral("t")));
    }
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    const QString pdf = m_dir->filePath(QStringLiteral("l.pdf"));
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::Letter);
    auto pages = RecordReport(input.value(), options).exportPdf(pdf);
    QVERIFY(pages);
    for (int page = 1; page <= pages.value(); ++page) {
        const QString last = lastLine(pdf, page);
        QVERIFY(!last.isEmpty());
        QVERIFY2(!strandable().contains(last), qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(last)));
        QVERIFY2(!last.startsWith(QStringLiteral("ID Item")) && !last.startsWith(QStringLiteral("ID Risk")),
                 qPrintable(QStringLiteral("page %1 ends with a table header").arg(page)));
        // The mark is drawn, not written: the only DRAFT on a page after the first is the band's.
        if (page > 1) {
            QCOMPARE(static_cast<int>(pdfText(pdf, page).count(QStringLiteral("DRAFT"))), 1);
        }
    }
    const QString text = pdfText(pdf);
    QCOMPARE(static_cast<int>(text.count(QRegularExpression(QStringLiteral("\\bYELLOW\\b")))) >= 12, true);
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\bYELLO\\b"))));
    // Every word's box lies inside the page.
    const QString bbox = tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}).out;
    const auto page = QRegularExpression(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">")).match(bbox);
    QVERIFY(page.hasMatch());
    const double width = page.captured(1).toDouble();
    const double height = page.captured(2).toDouble();
    QCOMPARE(width, 612.0);
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\""));
    int words = 0;
    for (auto it = word.globalMatch(bbox); it.hasNext(); ++words) {
        const auto m = it.next();
        // The page margins are 16 mm left and right, 14 mm top, 12 mm bottom: 45, 40 and 34 points.
        QVERIFY2(m.captured(1).toDouble() >= 44 && m.captured(3).toDouble() <= width - 44 &&
                     m.captured(2).toDouble() >= 39 && m.captured(4).toDouble() <= height - 33,
                 qPrintable(m.captured(0)));
    }
    QVERIFY(words > 1000);
}

void TestReport::failedExportLeavesNothing()
{
    const QString path = makeFile(QStringLiteral("f.gonogo"), 10);
    auto file = DecisionFile::open(path);
    QVERIFY(file);
    auto input = ReportInput::from(*file.value());
    QVERIFY(input);
    const RecordReport report(input.value(), {});
    const QString missingDir = m_dir->filePath(QStringLiteral("no/such/dir/x.pdf"));
    auto failed = report.exportPdf(missingDir);
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QStringLiteral("x.pdf")));
    QVERIFY(!QFileInfo::exists(missingDir));
    // A good export, then a failing one to a name taken by a folder: the earlier PDF is untouched.
    const QString good = m_dir->filePath(QStringLiteral("good.pdf"));
    QVERIFY(report.exportPdf(good));
    const QByteArray before = sha256(good);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("taken.pdf")));
    QVERIFY(!report.exportPdf(m_dir->filePath(QStringLiteral("taken.pdf"))));
    QCOMPARE(sha256(good), before);
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left) {
        QVERIFY2(!name.contains(QStringLiteral("taken")), qPrintable(name));
    }
}

void TestReport::tallFirstRowTakesItsHeaderAlong()
{
    // A table whose first row is nine lines tall, after more and more paragraphs: wherever the page ends, its
    // header is never the last thing on it (the row moves whole to the next page, and the header with it).
    using namespace report;
    Table table;
    table.widths = {0.3, 0.7};
    table.header = {cell(QStringLiteral("Header one"), SmallBold), cell(QStringLiteral("Header two"), SmallBold)};
    Cell tall = cell(QStringLiteral("first row"));
    for (int n = 1; n <= 8; ++n) {
        tall.below.append(Cell::Below{QStringLiteral("line %1 of the first row").arg(n + 1), Small, Qt::black});
    }
    table.rows = {{cell(QStringLiteral("T+24h")), tall}, {cell(QStringLiteral("T+48h")), cell(QStringLiteral("x"))}};
    int tried = 0;
    for (int paragraphs = 30; paragraphs <= 60; ++paragraphs) {
        Content content;
        for (int n = 0; n < paragraphs; ++n) {
            content.add(Block::Paragraph, QStringLiteral("Paragraph %1 that fills the page.").arg(n + 1));
        }
        content.addTable(table);
        const QString pdf = m_dir->filePath(QStringLiteral("tall-%1.pdf").arg(paragraphs));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            PageChrome chrome;
            chrome.launch = QStringLiteral("Layout");
            chrome.final = true;
            QVERIFY(paint(&writer, content, chrome) >= 1);
        }
        ++tried;
        QVERIFY2(
            lastLine(pdf, 1) != QStringLiteral("Header one Header two"),
            qPrintable(
                QStringLiteral("after %1 paragraphs the first page ends with the table's header").arg(paragraphs)));
    }
    QCOMPARE(tried, 31);
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    installTranslations(app, QStringLiteral("en"));
    TestReport test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_report.moc"
