// No lost update in team mode, for every part of a decision that has no version of its own (items, risks' fields
// and sign-offs carry theirs): two windows on one decision on the test server, Ana's and Bo's. Bo changes a part;
// Ana, before she has heard of it, changes the same part as she last saw it. Her change is refused naming Bo, the
// server keeps Bo's, her window shows it and forgets its undo history, and her next change (now based on what she
// sees) is made. Her own edits one after another are never taken for someone else's. Checked against the rows on
// the server, read behind the app's back, and by verify.
#include "launchsupport.h"
#include "serversupport.h"
#include "testsupport.h"

#include "decisiondocument.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace gonogo;
using namespace testsupport;

namespace {

// One part of a decision, as the test drives it: CHANGE makes the Nth distinct change through a window; SHOWN is
// the part as a window shows it; STORED the same, read from the server.
struct Part
{
    QString what; // as the refusal names it
    std::function<Outcome(DecisionDocument &, int)> change;
    std::function<QString(const DecisionDocument &)> shown;
    QString storedSql;    // %1: the decision's schema
    bool undoable = true; // an edit of the launch is not: it happens, like the launch
};

QString matrixText(const RiskMatrix &m)
{
    QStringList cells;
    for (Likelihood l : allLikelihoods) {
        for (Impact i : allImpacts) {
            cells << toCode(m.level(l, i));
        }
    }
    return cells.join(QLatin1Char(','));
}

} // namespace

class LostUpdateTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_server;
    int m_made = 0;

    // A new decision on the server with one risk, R-01, linked to nothing; its address.
    QString newDecision()
    {
        const QString id = QStringLiteral("lost-%1").arg(++m_made);
        const QString address = m_server + QStringLiteral("?decision=") + id;
        const Run made = gonogoRun({QStringLiteral("new"), address});
        if (made.code != 0) {
            qWarning("%s", qPrintable(made.err));
            return {};
        }
        const Run risk = gonogoRun({QStringLiteral("risk"), QStringLiteral("add"), address, QStringLiteral("--title"),
                                    QStringLiteral("PMS rate limits"), QStringLiteral("--likelihood"),
                                    QStringLiteral("LOW"), QStringLiteral("--impact"), QStringLiteral("LOW")});
        return risk.code == 0 ? address : QString();
    }

    QString stored(const QString &address, const QString &sql) const
    {
        const QString schema = QStringLiteral("d_") + QUrlQuery(QUrl(address))
                                                          .queryItemValue(QStringLiteral("decision"))
                                                          .replace(QLatin1Char('-'), QLatin1Char('_'));
        return pgQuery({sql.arg(schema)}, QStringLiteral("lostupdate")).join(QLatin1Char('\n'));
    }

    // The README's demo decision (recorded, signed, its launch runbook planned), copied onto the server.
    QString demoDecision()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo-%1.gonogo").arg(++m_made));
        if (const QString made = makeDemo(file); !made.isEmpty()) {
            qWarning("%s", qPrintable(made));
            return {};
        }
        const QString address = m_server + QStringLiteral("?decision=demo-%1").arg(m_made);
        return gonogoRun({QStringLiteral("copy"), file, address}).code == 0 ? address : QString();
    }

    void refusedWhenStale(const Part &part, bool demo = false)
    {
        const QString address = demo ? demoDecision() : newDecision();
        QVERIFY(!address.isEmpty());
        auto openedA = DecisionDocument::open(address, QStringLiteral("Ana"));
        auto openedB = DecisionDocument::open(address, QStringLiteral("Bo"));
        QVERIFY2(openedA && openedB, qPrintable(openedA ? openedB.error().message : openedA.error().message));
        DecisionDocument &a = *openedA.value();
        DecisionDocument &b = *openedB.value();

        // Ana's own edits, one after another: her own audit rows never make her stale.
        for (int n = 1; n <= 2; ++n) {
            const Outcome own = part.change(a, n);
            QVERIFY2(own, qPrintable(QStringLiteral("Ana's edit %1: %2").arg(n).arg(own.error().message)));
        }
        QCOMPARE(a.undoStack()->count() > 0, part.undoable);
        const QString hers = stored(address, part.storedSql);

        // Bo, whose window read the decision before Ana's edits, is stale in turn.
        const Outcome bosStale = part.change(b, 3);
        QVERIFY(!bosStale);
        QCOMPARE(stored(address, part.storedSql), hers);
        QCOMPARE(part.shown(b), part.shown(a));

        const Outcome bos = part.change(b, 4);
        QVERIFY2(bos, qPrintable(bos.error().message));
        const QString his = stored(address, part.storedSql);
        QVERIFY(his != hers);
        QVERIFY(part.shown(a) != part.shown(b)); // Ana has not heard of it yet: no event loop ran

        const Outcome stale = part.change(a, 5);
        QVERIFY(!stale);
        const QString expected = QStringLiteral("Bo changed %1 at ").arg(part.what);
        QVERIFY2(stale.error().message.startsWith(expected), qPrintable(stale.error().message));
        QCOMPARE(stored(address, part.storedSql), his);
        QCOMPARE(part.shown(a), part.shown(b));
        QTRY_COMPARE(a.undoStack()->count(), 0);

        const Outcome again = part.change(a, 5);
        QVERIFY2(again, qPrintable(again.error().message));
        QVERIFY(stored(address, part.storedSql) != his);
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = pgFreshDatabase(QStringLiteral("lostupdate"));
        QVERIFY2(!m_server.isEmpty(), "no test server: GONOGO_TEST_PG must name the folder pg-test-server.sh wrote");
        qputenv("PGPASSWORD", pgState(QStringLiteral("password")).toUtf8());
        QCOMPARE(gonogoRun({QStringLiteral("server"), QStringLiteral("init"), m_server}).code, 0);
    }

    void theRiskMatrix()
    {
        refusedWhenStale({QStringLiteral("the risk matrix"),
                          [](DecisionDocument &d, int n) {
                              RiskMatrix m = d.snapshot().matrix;
                              const RiskLevel levels[] = {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green};
                              m.setLevel(Likelihood::Low, Impact::Low, levels[n % 3]);
                              m.setLevel(Likelihood::Medium, Impact::Low, levels[(n / 3) % 3]);
                              return d.setMatrix(m);
                          },
                          [](const DecisionDocument &d) { return matrixText(d.snapshot().matrix); },
                          QStringLiteral("SELECT likelihood || impact || level FROM %1.risk_matrix_cell "
                                         "ORDER BY likelihood, impact")});
    }

    void theStakeholders()
    {
        refusedWhenStale({QStringLiteral("the stakeholders"),
                          [](DecisionDocument &d, int n) {
                              Stakeholder s = d.snapshot().stakeholders.first();
                              s.name = QStringLiteral("Lead %1").arg(n);
                              return d.updateStakeholder(s);
                          },
                          [](const DecisionDocument &d) { return d.snapshot().stakeholders.first().name; },
                          QStringLiteral("SELECT name FROM %1.stakeholder ORDER BY position")});
    }

    void theAgenda()
    {
        refusedWhenStale({QStringLiteral("the agenda"),
                          [](DecisionDocument &d, int n) {
                              AgendaStep step = d.snapshot().agenda.first();
                              step.title = QStringLiteral("Opening, take %1").arg(n);
                              return d.updateAgendaStep(step);
                          },
                          [](const DecisionDocument &d) { return d.snapshot().agenda.first().title; },
                          QStringLiteral("SELECT title FROM %1.agenda_step ORDER BY position")});
    }

    void theDecision()
    {
        refusedWhenStale({QStringLiteral("the decision"),
                          [](DecisionDocument &d, int n) {
                              DecisionDraft draft;
                              draft.decision = Decision::NoGo;
                              draft.rationale = QStringLiteral("Not ready, reason %1").arg(n);
                              return d.recordDecision(draft);
                          },
                          [](const DecisionDocument &d) {
                              return d.snapshot().decision ? d.snapshot().decision->rationale : QString();
                          },
                          QStringLiteral("SELECT decision || ': ' || rationale FROM %1.decision")});
    }

    void aRisksLinks()
    {
        refusedWhenStale(
            {QStringLiteral("risk R-01"),
             [](DecisionDocument &d, int n) {
                 return d.setRiskLinks(QStringLiteral("R-01"),
                                       {d.snapshot().items.at(n).id, d.snapshot().items.at(n + 10).id});
             },
             [](const DecisionDocument &d) { return d.risk(QStringLiteral("R-01"))->itemIds.join(QLatin1Char(',')); },
             QStringLiteral("SELECT item_id FROM %1.risk_item ORDER BY item_id")});
    }

    void aRiskRemovedAfterItChanged()
    {
        // Bo changes R-01; Ana, who has not seen it, removes it: refused, and R-01 stays as Bo left it.
        const QString address = newDecision();
        QVERIFY(!address.isEmpty());
        auto openedA = DecisionDocument::open(address, QStringLiteral("Ana"));
        auto openedB = DecisionDocument::open(address, QStringLiteral("Bo"));
        QVERIFY(openedA && openedB);
        DecisionDocument &a = *openedA.value();
        DecisionDocument &b = *openedB.value();
        const QString firstItem = b.snapshot().items.first().id;
        QVERIFY(b.setRiskLinks(QStringLiteral("R-01"), {firstItem}));
        const Outcome removal = a.removeRisk(QStringLiteral("R-01"));
        QVERIFY(!removal);
        QVERIFY2(removal.error().message.startsWith(QStringLiteral("Bo changed risk R-01 at ")),
                 qPrintable(removal.error().message));
        QCOMPARE(stored(address, QStringLiteral("SELECT r.id || ':' || i.item_id FROM %1.risk r JOIN %1.risk_item i "
                                                "ON i.risk_id = r.id")),
                 QStringLiteral("R-01:") + firstItem);
        QVERIFY(a.risk(QStringLiteral("R-01")));
        QCOMPARE(a.risk(QStringLiteral("R-01"))->itemIds, QStringList{firstItem});
        // Now based on what she sees, her removal is made; and a risk she adds she can change at once.
        QVERIFY(a.removeRisk(QStringLiteral("R-01")));
        QCOMPARE(stored(address, QStringLiteral("SELECT count(*) FROM %1.risk")), QStringLiteral("0"));
        RiskDraft draft;
        draft.title = QStringLiteral("Card network outage");
        auto added = a.addRisk(draft);
        QVERIFY2(added, qPrintable(added.error().message));
        QVERIFY(a.setRiskLinks(added.value(), {firstItem}));
        QVERIFY(a.removeRisk(added.value()));
        QCOMPARE(gonogoRun({QStringLiteral("verify"), address}).code, 0);
    }

    void thePollRationale()
    {
        refusedWhenStale({QStringLiteral("the poll's rationale"),
                          [](DecisionDocument &d, int n) {
                              return d.setPollRationale(QStringLiteral("The room agreed, round %1").arg(n));
                          },
                          [](const DecisionDocument &d) { return d.snapshot().poll.rationale; },
                          QStringLiteral("SELECT rationale FROM %1.poll")});
    }

    void aPollAnswer()
    {
        refusedWhenStale(
            {QStringLiteral("the poll answer of Daniel Okafor"),
             [](DecisionDocument &d, int n) {
                 const PollAnswer answers[] = {PollAnswer::Go, PollAnswer::GoWithDissent, PollAnswer::NoGo};
                 return d.answerPoll(d.snapshot().stakeholders.first().id, answers[n % 3],
                                     QStringLiteral("Round %1").arg(n));
             },
             [](const DecisionDocument &d) {
                 QStringList answers;
                 for (const PollVote &v : d.snapshot().poll.answers) {
                     answers << v.comment;
                 }
                 return answers.join(QLatin1Char(','));
             },
             QStringLiteral("SELECT a.answer || ' ' || a.comment FROM %1.poll_answer a JOIN "
                            "%1.stakeholder s ON s.id = a.stakeholder_id ORDER BY s.position")},
            true);
    }

    void theLaunchRunbook()
    {
        refusedWhenStale({QStringLiteral("the launch"),
                          [](DecisionDocument &d, int n) {
                              RunbookStep step = d.launchRun().steps.first();
                              step.validation = QStringLiteral("Dashboards green, check %1").arg(n);
                              return d.editRunbookStep(step);
                          },
                          [](const DecisionDocument &d) { return d.launchRun().steps.first().validation; },
                          QStringLiteral("SELECT validation FROM %1.runbook_step ORDER BY position LIMIT 1"), false},
                         true);
    }

    void onAFileNothingIsRefused()
    {
        // One window per file (its lock): the same edits, one after another, are all made.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("local.gonogo"));
        QCOMPARE(gonogoRun({QStringLiteral("new"), path}).code, 0);
        auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
        QVERIFY(opened);
        DecisionDocument &d = *opened.value();
        for (int n = 1; n <= 3; ++n) {
            AgendaStep step = d.snapshot().agenda.first();
            step.title = QStringLiteral("Opening %1").arg(n);
            const Outcome agenda = d.updateAgendaStep(step);
            QVERIFY2(agenda, qPrintable(agenda.error().message));
            Stakeholder s = d.snapshot().stakeholders.first();
            s.name = QStringLiteral("Lead %1").arg(n);
            const Outcome renamed = d.updateStakeholder(s);
            QVERIFY2(renamed, qPrintable(renamed.error().message));
        }
        QCOMPARE(d.undoStack()->count(), 6);
        d.undoStack()->undo(); // the last rename, back to "Lead 2"
        QCOMPARE(d.undoStack()->index(), 5);
        opened.value().reset(); // the file's lock goes with the window
        QCOMPARE(rawQuery(path, {QStringLiteral("SELECT title FROM agenda_step ORDER BY position")}).value(0),
                 QVariant(QStringLiteral("Opening 3")));
        QCOMPARE(rawQuery(path, {QStringLiteral("SELECT name FROM stakeholder ORDER BY position")}).value(0),
                 QVariant(QStringLiteral("Lead 2")));
    }
};

QTEST_MAIN(LostUpdateTest)
#include "tst_lostupdate.moc"
