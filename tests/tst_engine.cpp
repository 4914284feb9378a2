// The decision engine against the P020 rules: every threshold boundary, every cell of the default matrix, risk
// states, and the rounding that must never contradict the decision.
#include "engine.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gonogo;

Q_DECLARE_METATYPE(gonogo::Decision)
Q_DECLARE_METATYPE(gonogo::Likelihood)
Q_DECLARE_METATYPE(gonogo::Impact)
Q_DECLARE_METATYPE(gonogo::RiskLevel)
Q_DECLARE_METATYPE(gonogo::RiskState)

namespace {

// total items, of which `critical` are critical; the first `criticalPass` critical and `otherPass` other items PASS.
QVector<Item> checklist(int total, int critical, int criticalPass, int otherPass, Status notPass = Status::Fail)
{
    QVector<Item> items;
    for (int i = 0; i < total; ++i) {
        Item item;
        item.id = QStringLiteral("IT-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        item.title = QStringLiteral("Item %1").arg(i + 1);
        item.categoryCode = i % 2 ? QStringLiteral("A") : QStringLiteral("B");
        item.critical = i < critical;
        const bool pass = item.critical ? i < criticalPass : (i - critical) < otherPass;
        item.status = pass ? Status::Pass : notPass;
        items.append(item);
    }
    return items;
}

Risk risk(const QString &id, Likelihood l, Impact i, RiskState s)
{
    Risk r;
    r.id = id;
    r.title = QStringLiteral("Risk %1").arg(id);
    r.likelihood = l;
    r.impact = i;
    r.state = s;
    return r;
}

const QVector<Category> categories{{QStringLiteral("A"), QStringLiteral("Alpha"), 1},
                                   {QStringLiteral("B"), QStringLiteral("Beta"), 2}};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void scores_data();
    void scores();
    void displayedPercentRoundsDown_data();
    void displayedPercentRoundsDown();
    void defaultMatrix_data();
    void defaultMatrix();
    void riskStates_data();
    void riskStates();
    void changedMatrixChangesDecision();
    void reasonsNameItemsAndRisks();
    void emptyChecklistIsNoGo();
    void partialDoesNotCount();
    void customThresholds();
    void categoryCounts();
    void aMemoNeverChangesTheAssessment();
};

void TestEngine::scores_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("critical");
    QTest::addColumn<int>("criticalPass");
    QTest::addColumn<int>("otherPass");
    QTest::addColumn<Decision>("decision");

    QTest::newRow("all pass") << 145 << 87 << 87 << 58 << Decision::Go;
    QTest::newRow("one critical missing") << 145 << 87 << 86 << 58 << Decision::NoGo;
    // 95% of 200 = 190: exactly 95.0% is GO, 189 is GO WITH CAUTION.
    QTest::newRow("exactly 95.0% is GO") << 200 << 10 << 10 << 180 << Decision::Go;
    QTest::newRow("94.5% is caution") << 200 << 10 << 10 << 179 << Decision::GoWithCaution;
    // 90% of 200 = 180: exactly 90.0% is GO WITH CAUTION, 179 is NO-GO.
    QTest::newRow("exactly 90.0% is caution") << 200 << 10 << 10 << 170 << Decision::GoWithCaution;
    QTest::newRow("89.5% is NO-GO") << 200 << 10 << 10 << 169 << Decision::NoGo;
    // 145 items: 138 PASS = 95.17% -> GO; 137 = 94.48% -> caution; 131 = 90.34% -> caution; 130 = 89.65% -> NO-GO.
    QTest::newRow("p020 138 pass") << 145 << 87 << 87 << 51 << Decision::Go;
    QTest::newRow("p020 137 pass") << 145 << 87 << 87 << 50 << Decision::GoWithCaution;
    QTest::newRow("p020 131 pass") << 145 << 87 << 87 << 44 << Decision::GoWithCaution;
    QTest::newRow("p020 130 pass") << 145 << 87 << 87 << 43 << Decision::NoGo;
    QTest::newRow("no critical items, all pass") << 20 << 0 << 0 << 20 << Decision::Go;
    QTest::newRow("no critical items, 19 of 20") << 20 << 0 << 0 << 19 << Decision::Go;
    QTest::newRow("no critical items, 18 of 20") << 20 << 0 << 0 << 18 << Decision::GoWithCaution;
    QTest::newRow("single item pass") << 1 << 1 << 1 << 0 << Decision::Go;
    QTest::newRow("single item fail") << 1 << 1 << 0 << 0 << Decision::NoGo;
}

void TestEngine::scores()
{
    QFETCH(int, total);
    QFETCH(int, critical);
    QFETCH(int, criticalPass);
    QFETCH(int, otherPass);
    QFETCH(Decision, decision);
    const Assessment a = DecisionEngine::assess(categories, checklist(total, critical, criticalPass, otherPass), {},
                                                Thresholds{}, RiskMatrix{});
    QCOMPARE(a.decision, decision);
    QCOMPARE(a.items.total, total);
    QCOMPARE(a.items.pass, criticalPass + otherPass);
    QCOMPARE(a.critical.total, critical);
    QCOMPARE(a.critical.pass, criticalPass);
    QCOMPARE(a.reasons.isEmpty(), decision == Decision::Go);
    for (const Reason &r : a.reasons) {
        QVERIFY(r.effect == Decision::NoGo || r.effect == Decision::GoWithCaution);
        QVERIFY(!r.text.isEmpty());
    }
}

void TestEngine::displayedPercentRoundsDown_data()
{
    QTest::addColumn<int>("pass");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("text");
    QTest::newRow("94.97 shows 94.9") << 9497 << 10000 << QStringLiteral("94.9");
    QTest::newRow("89.99 shows 89.9") << 8999 << 10000 << QStringLiteral("89.9");
    QTest::newRow("2/3 shows 66.6") << 2 << 3 << QStringLiteral("66.6");
    QTest::newRow("137/145 shows 94.4") << 137 << 145 << QStringLiteral("94.4");
    QTest::newRow("all") << 145 << 145 << QStringLiteral("100.0");
    QTest::newRow("none") << 0 << 145 << QStringLiteral("0.0");
    QTest::newRow("empty") << 0 << 0 << QStringLiteral("0.0");
}

void TestEngine::displayedPercentRoundsDown()
{
    QFETCH(int, pass);
    QFETCH(int, total);
    QFETCH(QString, text);
    const Score s{pass, total};
    QCOMPARE(s.text(), text);
    QCOMPARE(s.percent(), text.toDouble());
    // The display never contradicts the comparison: what is shown below 95 is never a met 95.
    if (s.meets(95)) {
        QVERIFY(s.tenthsOfPercent() >= 950);
    } else {
        QVERIFY(s.tenthsOfPercent() < 950);
    }
}

void TestEngine::defaultMatrix_data()
{
    QTest::addColumn<Likelihood>("likelihood");
    QTest::addColumn<Impact>("impact");
    QTest::addColumn<RiskLevel>("level");
    QTest::addColumn<Decision>("openDecision");
    const struct
    {
        Likelihood l;
        Impact i;
        RiskLevel level;
    } cells[] = {
        {Likelihood::High, Impact::Critical, RiskLevel::Red},    {Likelihood::High, Impact::High, RiskLevel::Red},
        {Likelihood::High, Impact::Medium, RiskLevel::Yellow},   {Likelihood::High, Impact::Low, RiskLevel::Yellow},
        {Likelihood::Medium, Impact::Critical, RiskLevel::Red},  {Likelihood::Medium, Impact::High, RiskLevel::Yellow},
        {Likelihood::Medium, Impact::Medium, RiskLevel::Yellow}, {Likelihood::Medium, Impact::Low, RiskLevel::Green},
        {Likelihood::Low, Impact::Critical, RiskLevel::Yellow},  {Likelihood::Low, Impact::High, RiskLevel::Yellow},
        {Likelihood::Low, Impact::Medium, RiskLevel::Green},     {Likelihood::Low, Impact::Low, RiskLevel::Green},
    };
    for (const auto &c : cells) {
        const Decision d = c.level == RiskLevel::Red      ? Decision::NoGo
                           : c.level == RiskLevel::Yellow ? Decision::GoWithCaution
                                                          : Decision::Go;
        QTest::addRow("%s x %s", qPrintable(toCode(c.l)), qPrintable(toCode(c.i))) << c.l << c.i << c.level << d;
    }
}

void TestEngine::defaultMatrix()
{
    QFETCH(Likelihood, likelihood);
    QFETCH(Impact, impact);
    QFETCH(RiskLevel, level);
    QFETCH(Decision, openDecision);
    QCOMPARE(RiskMatrix().level(likelihood, impact), level);
    const auto items = checklist(10, 5, 5, 5);
    const Assessment a =
        DecisionEngine::assess(categories, items, {risk(QStringLiteral("R-01"), likelihood, impact, RiskState::Open)},
                               Thresholds{}, RiskMatrix{});
    QCOMPARE(a.decision, openDecision);
    QCOMPARE(a.openRed, level == RiskLevel::Red ? 1 : 0);
    QCOMPARE(a.openYellow, level == RiskLevel::Yellow ? 1 : 0);
    QCOMPARE(a.openGreen, level == RiskLevel::Green ? 1 : 0);
}

void TestEngine::riskStates_data()
{
    QTest::addColumn<RiskLevel>("level");
    QTest::addColumn<RiskState>("state");
    QTest::addColumn<Decision>("decision");
    QTest::newRow("open red") << RiskLevel::Red << RiskState::Open << Decision::NoGo;
    QTest::newRow("accepted red") << RiskLevel::Red << RiskState::Accepted << Decision::GoWithCaution;
    QTest::newRow("mitigated red") << RiskLevel::Red << RiskState::Mitigated << Decision::Go;
    QTest::newRow("open yellow") << RiskLevel::Yellow << RiskState::Open << Decision::GoWithCaution;
    QTest::newRow("accepted yellow") << RiskLevel::Yellow << RiskState::Accepted << Decision::GoWithCaution;
    QTest::newRow("mitigated yellow") << RiskLevel::Yellow << RiskState::Mitigated << Decision::Go;
    QTest::newRow("open green") << RiskLevel::Green << RiskState::Open << Decision::Go;
    QTest::newRow("accepted green") << RiskLevel::Green << RiskState::Accepted << Decision::Go;
    QTest::newRow("mitigated green") << RiskLevel::Green << RiskState::Mitigated << Decision::Go;
}

void TestEngine::riskStates()
{
    QFETCH(RiskLevel, level);
    QFETCH(RiskState, state);
    QFETCH(Decision, decision);
    const Likelihood l = level == RiskLevel::Red      ? Likelihood::High
                         : level == RiskLevel::Yellow ? Likelihood::Medium
                                                      : Likelihood::Low;
    const Impact i = level == RiskLevel::Red      ? Impact::Critical
                     : level == RiskLevel::Yellow ? Impact::Medium
                                                  : Impact::Low;
    QCOMPARE(RiskMatrix().level(l, i), level);
    const Assessment a = DecisionEngine::assess(
        categories, checklist(10, 5, 5, 5), {risk(QStringLiteral("R-07"), l, i, state)}, Thresholds{}, RiskMatrix{});
    QCOMPARE(a.decision, decision);
    QCOMPARE(a.accepted, state == RiskState::Accepted ? 1 : 0);
    QCOMPARE(a.mitigated, state == RiskState::Mitigated ? 1 : 0);
    if (decision != Decision::Go) {
        QCOMPARE(a.reasons.size(), 1);
        QCOMPARE(a.reasons.first().subject, QStringLiteral("R-07"));
    }
}

void TestEngine::changedMatrixChangesDecision()
{
    RiskMatrix strict;
    strict.setLevel(Likelihood::Low, Impact::Low, RiskLevel::Red);
    QCOMPARE(strict.level(Likelihood::Low, Impact::Low), RiskLevel::Red);
    QVERIFY(!(strict == RiskMatrix()));
    const QVector<Risk> risks{risk(QStringLiteral("R-01"), Likelihood::Low, Impact::Low, RiskState::Open)};
    const auto items = checklist(10, 5, 5, 5);
    QCOMPARE(DecisionEngine::assess(categories, items, risks, Thresholds{}, RiskMatrix{}).decision, Decision::Go);
    QCOMPARE(DecisionEngine::assess(categories, items, risks, Thresholds{}, strict).decision, Decision::NoGo);
    RiskMatrix lenient;
    lenient.setLevel(Likelihood::High, Impact::Critical, RiskLevel::Green);
    const QVector<Risk> severe{risk(QStringLiteral("R-02"), Likelihood::High, Impact::Critical, RiskState::Open)};
    QCOMPARE(DecisionEngine::assess(categories, items, severe, Thresholds{}, lenient).decision, Decision::Go);
}

void TestEngine::reasonsNameItemsAndRisks()
{
    auto items = checklist(10, 3, 3, 7);
    items[1].status = Status::Partial;
    items[2].status = Status::Pending;
    const QVector<Risk> risks{risk(QStringLiteral("R-01"), Likelihood::High, Impact::High, RiskState::Open),
                              risk(QStringLiteral("R-02"), Likelihood::Medium, Impact::Medium, RiskState::Open)};
    const Assessment a = DecisionEngine::assess(categories, items, risks, Thresholds{}, RiskMatrix{});
    QCOMPARE(a.decision, Decision::NoGo);
    QStringList subjects;
    for (const Reason &r : a.reasons) {
        subjects << r.subject;
    }
    QVERIFY(subjects.contains(QStringLiteral("IT-002")));
    QVERIFY(subjects.contains(QStringLiteral("IT-003")));
    QVERIFY(!subjects.contains(QStringLiteral("IT-001")));
    QVERIFY(subjects.contains(QStringLiteral("R-01")));
    QVERIFY(subjects.contains(QStringLiteral("R-02")));
    // NO-GO reasons come before caution reasons.
    bool seenCaution = false;
    for (const Reason &r : a.reasons) {
        if (r.effect == Decision::GoWithCaution) {
            seenCaution = true;
        } else {
            QVERIFY2(!seenCaution, "a NO-GO reason follows a caution reason");
        }
    }
    QVERIFY(seenCaution);
}

void TestEngine::emptyChecklistIsNoGo()
{
    const Assessment a = DecisionEngine::assess({}, {}, {}, Thresholds{}, RiskMatrix{});
    QCOMPARE(a.decision, Decision::NoGo);
    QCOMPARE(a.reasons.size(), 1);
    QCOMPARE(a.reasons.first().kind, Reason::Kind::EmptyChecklist);
}

void TestEngine::partialDoesNotCount()
{
    const Assessment a =
        DecisionEngine::assess(categories, checklist(10, 0, 0, 9, Status::Partial), {}, Thresholds{}, RiskMatrix{});
    QCOMPARE(a.items.pass, 9);
    QCOMPARE(a.items.partial, 1);
    QCOMPARE(a.totalScore.text(), QStringLiteral("90.0"));
    QCOMPARE(a.decision, Decision::GoWithCaution);
}

void TestEngine::customThresholds()
{
    const auto items = checklist(100, 10, 9, 80); // critical 90%, total 89%
    QCOMPARE(DecisionEngine::assess(categories, items, {}, Thresholds{}, RiskMatrix{}).decision, Decision::NoGo);
    const Thresholds relaxed{90, 89, 80};
    QCOMPARE(DecisionEngine::assess(categories, items, {}, relaxed, RiskMatrix{}).decision, Decision::Go);
    const Thresholds middle{90, 95, 80};
    QCOMPARE(DecisionEngine::assess(categories, items, {}, middle, RiskMatrix{}).decision, Decision::GoWithCaution);
}

void TestEngine::categoryCounts()
{
    auto items = checklist(6, 2, 1, 2);
    const Assessment a = DecisionEngine::assess(categories, items, {}, Thresholds{}, RiskMatrix{});
    QCOMPARE(a.categories.size(), 2);
    int total = 0;
    int pass = 0;
    int critical = 0;
    for (const CategoryScore &c : a.categories) {
        total += c.items.total;
        pass += c.items.pass;
        critical += c.critical.total;
    }
    QCOMPARE(total, 6);
    QCOMPARE(pass, 3);
    QCOMPARE(critical, 2);
    QCOMPARE(a.categories.at(0).code, QStringLiteral("A"));
    QCOMPARE(a.categories.at(0).items.total, 3); // odd indices
}

// Everything an assessment says, in one text to compare.
static QString described(const Assessment &a)
{
    QStringList out;
    const auto counts = [](const StatusCounts &c) {
        return QStringLiteral("%1/%2/%3/%4 of %5").arg(c.pass).arg(c.partial).arg(c.fail).arg(c.pending).arg(c.total);
    };
    out << counts(a.items) << counts(a.critical) << a.criticalScore.text() << a.totalScore.text()
        << QString::number(static_cast<int>(a.decision));
    for (const CategoryScore &c : a.categories) {
        out << c.code + QLatin1Char(' ') + c.name + QLatin1Char(' ') + counts(c.items) + QLatin1Char(' ') +
                   counts(c.critical);
    }
    for (const Reason &r : a.reasons) {
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(static_cast<int>(r.kind))
                   .arg(static_cast<int>(r.effect))
                   .arg(r.subject, r.text);
    }
    return out.join(QLatin1Char('\n'));
}

// The window keeps an AssessmentMemo from one key to the next: after any sequence of edits (statuses, titles,
// critical flags, categories, IDs, items added, removed and moved, categories renamed) an assessment with it says
// exactly what one without it says; and an unchanged item's reason is the very text formed the time before.
void TestEngine::aMemoNeverChangesTheAssessment()
{
    QRandomGenerator random(20261129);
    QVector<Category> cats{{QStringLiteral("A"), QStringLiteral("Alpha"), 1},
                           {QStringLiteral("B"), QStringLiteral("Beta"), 2},
                           {QStringLiteral("C"), QStringLiteral("Gamma"), 3}};
    QVector<Item> items = checklist(60, 40, 10, 10, Status::Pending);
    const QVector<Risk> risks{risk(QStringLiteral("R-01"), Likelihood::High, Impact::High, RiskState::Open)};
    AssessmentMemo memo;
    int next = 100;
    for (int edit = 0; edit < 600; ++edit) {
        const int i = random.bounded(static_cast<int>(items.size()));
        switch (random.bounded(9)) {
        case 0:
        case 1:
            items[i].status = allStatuses.at(static_cast<size_t>(random.bounded(4)));
            break;
        case 2:
            items[i].title = QStringLiteral("Retitled %1").arg(edit);
            break;
        case 3:
            items[i].critical = !items[i].critical;
            break;
        case 4:
            items[i].categoryCode =
                QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("Z")}.at(
                    random.bounded(4));
            break;
        case 5:
            items[i].id = QStringLiteral("NEW-%1").arg(next++);
            break;
        case 6: {
            Item added = items.at(i);
            added.id = QStringLiteral("ADD-%1").arg(next++);
            added.status = Status::Fail;
            items.insert(random.bounded(static_cast<int>(items.size()) + 1), added);
            break;
        }
        case 7:
            if (items.size() > 5) {
                items.removeAt(i);
            }
            break;
        default:
            if (random.bounded(3) == 0) {
                cats[random.bounded(3)].code = QStringLiteral("K%1").arg(next++); // a category renamed
            } else {
                items.move(i, random.bounded(static_cast<int>(items.size())));
            }
            break;
        }
        const Assessment kept = DecisionEngine::assess(cats, items, risks, Thresholds{}, RiskMatrix{}, &memo);
        const Assessment fresh = DecisionEngine::assess(cats, items, risks, Thresholds{}, RiskMatrix{});
        QCOMPARE(described(kept), described(fresh));
    }

    // Nothing changed: the reasons are the texts formed before, not formed again.
    const Assessment first = DecisionEngine::assess(cats, items, risks, Thresholds{}, RiskMatrix{}, &memo);
    const Assessment second = DecisionEngine::assess(cats, items, risks, Thresholds{}, RiskMatrix{}, &memo);
    int reused = 0;
    for (qsizetype r = 0; r < first.reasons.size(); ++r) {
        if (first.reasons.at(r).kind == Reason::Kind::CriticalItemNotPass) {
            QVERIFY(first.reasons.at(r).text.constData() == second.reasons.at(r).text.constData());
            ++reused;
        }
    }
    QVERIFY(reused > 10);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
