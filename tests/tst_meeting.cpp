// The meeting itself: the agenda and its clock (driven by a test clock, never by waiting), the roll-call poll and
// its place in the record, and the agenda and poll commands. Every write is checked on disk.
#include "checklisttemplate.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "meetingclock.h"
#include "record.h"
#include "storage/meetingrepositories.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;
using namespace testsupport;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC);

QDateTime at(int minutes, int seconds = 0)
{
    return t0.addSecs(minutes * 60 + seconds);
}

AgendaStep step(int id, const QString &title, int minutes)
{
    AgendaStep s;
    s.id = id;
    s.position = id;
    s.title = title;
    s.minutes = minutes;
    return s;
}

// Applies ACTION at NOW to AGENDA in place, as the document does with what the clock returns.
void apply(QVector<AgendaStep> &agenda, ClockAction action, const QDateTime &now, int target = -1)
{
    for (const AgendaStep &changed : MeetingClock::apply(agenda, action, now, target)) {
        for (AgendaStep &s : agenda) {
            if (s.id == changed.id) {
                s = changed;
            }
        }
    }
}

// A settable clock for a document.
struct TestClock
{
    QDateTime now = t0;
    TimeSource source()
    {
        return [this] { return now; };
    }
};

QString createP020(const QTemporaryDir &dir, const QString &name = QStringLiteral("meeting.gonogo"))
{
    const QString path = dir.filePath(name);
    CreateOptions options;
    options.actor = QStringLiteral("Ana");
    options.timeZone = QStringLiteral("UTC");
    if (!DecisionFile::create(path, TemplateImport::builtIn(QStringLiteral("p020")).value(), options)) {
        return {};
    }
    return path;
}

int stakeholderWithRole(const Snapshot &s, const QString &role)
{
    for (const Stakeholder &p : s.stakeholders) {
        if (p.role == role) {
            return p.id;
        }
    }
    return 0;
}

QJsonObject jsonOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestMeeting : public QObject
{
    Q_OBJECT

private slots:
    void defaultAgendaIsNinetyMinutes();
    void clockMovesThroughTheAgenda();
    void clockRefusesWhatCannotHappen();
    void bandsAndWords_data();
    void bandsAndWords();
    void forecastNamesWhatWillNotFit();
    void clockIsWrittenAndAudited();
    void agendaEditsAreUndoableAndChecked();
    void pollAnswersAreUndoableAndSigned();
    void disagreeingPollNeedsRationale();
    void answeredStakeholderCannotBeRemoved();
    void olderFilesGetTheDefaultAgenda();
    void agendaCommand();
    void pollCommand();
};

void TestMeeting::defaultAgendaIsNinetyMinutes()
{
    QTemporaryDir dir;
    const QString path = createP020(dir);
    QVERIFY(!path.isEmpty());
    const Snapshot s = committedSnapshot(path);
    QCOMPARE(s.agenda.size(), 7);
    int minutes = 0;
    QStringList views;
    for (const AgendaStep &step : s.agenda) {
        minutes += step.minutes;
        views << toCode(step.view);
        QCOMPARE(step.state, StepState::Planned);
        QVERIFY(!step.startedAt.isValid());
    }
    QCOMPARE(minutes, 90); // the seed's 90-minute decision meeting
    QCOMPARE(views, (QStringList{QStringLiteral("OVERVIEW"), QStringLiteral("CRITICAL"), QStringLiteral("GAPS"),
                                 QStringLiteral("MATRIX"), QStringLiteral("POLL"), QStringLiteral("SIGNOFF"),
                                 QStringLiteral("OVERVIEW")}));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT sum(minutes) FROM agenda_step")).value(0).toInt(), 90);
    QVERIFY(s.poll.isEmpty());
}

void TestMeeting::clockMovesThroughTheAgenda()
{
    QVector<AgendaStep> agenda{step(1, QStringLiteral("Opening"), 5), step(2, QStringLiteral("Gaps"), 10),
                               step(3, QStringLiteral("Close"), 5)};
    QVERIFY(!MeetingClock::read(agenda, at(0)).started);

    apply(agenda, ClockAction::StartOrPause, at(0)); // start: the first step runs
    QCOMPARE(agenda[0].state, StepState::Running);
    QCOMPARE(agenda[0].startedAt, at(0));
    apply(agenda, ClockAction::StartOrPause, at(3)); // pause after 3 min
    QCOMPARE(agenda[0].state, StepState::Paused);
    QCOMPARE(agenda[0].spentMs, 3 * 60000);
    // Paused time does not count: at minute 4 the step still has 3 minutes on it.
    QCOMPARE(MeetingClock::read(agenda, at(4)).stepActualMs, 3 * 60000);
    QVERIFY(MeetingClock::read(agenda, at(4)).paused);
    apply(agenda, ClockAction::StartOrPause, at(4)); // resume
    apply(agenda, ClockAction::Next, at(6));         // 3 + 2 = 5 min on the first step
    QCOMPARE(agenda[0].state, StepState::Done);
    QCOMPARE(agenda[0].spentMs, 5 * 60000);
    QCOMPARE(agenda[0].endedAt, at(6));
    QCOMPARE(agenda[1].state, StepState::Running);
    QCOMPARE(agenda[1].startedAt, at(6));

    apply(agenda, ClockAction::Previous, at(7)); // back to the first: one more minute on the second so far
    QCOMPARE(agenda[1].state, StepState::Done);
    QCOMPARE(agenda[1].spentMs, 60000);
    QCOMPARE(agenda[0].state, StepState::Running);
    QCOMPARE(agenda[0].startedAt, at(0)); // first start kept
    apply(agenda, ClockAction::Next, at(8));
    QCOMPARE(agenda[0].spentMs, 6 * 60000);
    QCOMPARE(agenda[1].state, StepState::Running);
    QCOMPARE(agenda[1].startedAt, at(6));

    apply(agenda, ClockAction::GoTo, at(9), 2); // straight to the last step
    QCOMPARE(agenda[1].spentMs, 2 * 60000);
    QCOMPARE(agenda[2].state, StepState::Running);
    apply(agenda, ClockAction::Next, at(12)); // next on the last step ends the meeting
    QCOMPARE(agenda[2].state, StepState::Done);

    const ClockReading r = MeetingClock::read(agenda, at(20));
    QVERIFY(r.finished);
    QCOMPARE(r.current, -1);
    QCOMPARE(r.meetingStartedAt, at(0));
    QCOMPARE(r.meetingEndedAt, at(12));
    QCOMPARE(r.meetingActualMs, (6 + 2 + 3) * 60000); // pauses excluded, the time after the end too
    QCOMPARE(r.meetingPlannedMs, 20 * 60000);
    QCOMPARE(MeetingClock::forecastText(agenda, r), QStringLiteral("Ended within the plan.")); // 11 of 20 min
    // A meeting that ran exactly a minute long says so.
    QVector<AgendaStep> late{step(1, QStringLiteral("Only"), 5)};
    apply(late, ClockAction::StartOrPause, at(0));
    apply(late, ClockAction::Finish, at(6));
    QCOMPARE(MeetingClock::forecastText(late, MeetingClock::read(late, at(7))),
             QStringLiteral("Ended 1 min over the plan."));

    apply(agenda, ClockAction::Previous, at(21)); // reopens the step the meeting ended on
    QCOMPARE(agenda[2].state, StepState::Running);
    QCOMPARE(agenda[2].spentMs, 3 * 60000);
}

void TestMeeting::clockRefusesWhatCannotHappen()
{
    const QVector<AgendaStep> agenda{step(1, QStringLiteral("Only"), 5)};
    QVERIFY(MeetingClock::apply(agenda, ClockAction::Previous, at(0)).isEmpty()); // nothing before the start
    QVERIFY(MeetingClock::apply(agenda, ClockAction::Finish, at(0)).isEmpty());   // nothing on
    QVERIFY(MeetingClock::apply(agenda, ClockAction::GoTo, at(0), 5).isEmpty());  // no such step
    QVERIFY(MeetingClock::apply({}, ClockAction::StartOrPause, at(0)).isEmpty()); // no agenda
}

void TestMeeting::bandsAndWords_data()
{
    QTest::addColumn<qint64>("leftMs");
    QTest::addColumn<int>("band");
    QTest::addColumn<QString>("words");
    QTest::newRow("ten minutes") << qint64(10 * 60000) << int(TimeBand::Plenty) << QStringLiteral("10 min left");
    QTest::newRow("just over two") << qint64(2 * 60000 + 1) << int(TimeBand::Plenty) << QStringLiteral("3 min left");
    QTest::newRow("two minutes") << qint64(2 * 60000) << int(TimeBand::Closing) << QStringLiteral("2 min left");
    // 1:59.5 is still "2 min": minutes left are rounded up, so the room never reads 1 while 2 are left
    QTest::newRow("1:59.5") << qint64(119500) << int(TimeBand::Closing) << QStringLiteral("2 min left");
    QTest::newRow("45 s") << qint64(45000) << int(TimeBand::Closing) << QStringLiteral("45 s left");
    QTest::newRow("at zero") << qint64(0) << int(TimeBand::Closing) << QStringLiteral("0 s left");
    QTest::newRow("20 s over") << qint64(-20000) << int(TimeBand::Over) << QStringLiteral("20 s over");
    QTest::newRow("3:10 over") << qint64(-(3 * 60000 + 10000)) << int(TimeBand::Over) << QStringLiteral("3 min over");
}

void TestMeeting::bandsAndWords()
{
    QFETCH(qint64, leftMs);
    QFETCH(int, band);
    QFETCH(QString, words);
    QCOMPARE(int(MeetingClock::band(leftMs)), band);
    QCOMPARE(MeetingClock::leftText(leftMs), words);
}

void TestMeeting::forecastNamesWhatWillNotFit()
{
    QVector<AgendaStep> agenda{step(1, QStringLiteral("First"), 10), step(2, QStringLiteral("Second"), 10),
                               step(3, QStringLiteral("Third"), 10)};
    apply(agenda, ClockAction::StartOrPause, at(0));
    apply(agenda, ClockAction::Next, at(20)); // the first step took 20 of its 10 minutes: pace 2.0
    const ClockReading r = MeetingClock::read(agenda, at(21));
    // At pace 2: 20 (done) + 20 (the second, 1 min in) + 20 (the third) = 60 min against 30 planned.
    QCOMPARE(r.projectedOverMs, 30 * 60000);
    QCOMPARE(r.wontFit, QVector<int>{2});
    QCOMPARE(r.stepLeftMs, 9 * 60000);
    const QString forecast = MeetingClock::forecastText(agenda, r);
    QVERIFY2(forecast.contains(QStringLiteral("30 min over")) && forecast.contains(QStringLiteral("Third")),
             qPrintable(forecast));

    // On pace: nothing is said to be late.
    QVector<AgendaStep> onTime{step(1, QStringLiteral("First"), 10), step(2, QStringLiteral("Second"), 10)};
    apply(onTime, ClockAction::StartOrPause, at(0));
    apply(onTime, ClockAction::Next, at(10));
    const ClockReading fine = MeetingClock::read(onTime, at(12));
    QCOMPARE(fine.projectedOverMs, 0);
    QVERIFY(fine.wontFit.isEmpty());
    QCOMPARE(MeetingClock::forecastText(onTime, fine), QStringLiteral("On time at this pace."));
}

void TestMeeting::clockIsWrittenAndAudited()
{
    QTemporaryDir dir;
    const QString path = createP020(dir);
    TestClock clock;
    {
        auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
        QVERIFY(opened);
        DecisionDocument &doc = *opened.value();
        doc.setTimeSource(clock.source());
        QVERIFY(doc.clock(ClockAction::StartOrPause));
        // On disk before anyone sees it.
        QCOMPARE(readCommitted(path, QStringLiteral("SELECT state FROM agenda_step WHERE position = 1")).value(0),
                 QVariant(QStringLiteral("RUNNING")));
        QCOMPARE(readCommitted(path, QStringLiteral("SELECT started_at FROM agenda_step WHERE position = 1"))
                     .value(0)
                     .toString(),
                 QStringLiteral("2026-11-27T14:00:00.000Z"));
        clock.now = at(6, 30);
        QVERIFY(doc.clock(ClockAction::Next));
        const Snapshot s = committedSnapshot(path);
        QCOMPARE(s.agenda[0].state, StepState::Done);
        QCOMPARE(s.agenda[0].spentMs, 6 * 60000 + 30000);
        QCOMPARE(s.agenda[1].state, StepState::Running);
        QCOMPARE(doc.clockReading().current, 1);
        clock.now = at(40);
        QCOMPARE(doc.clockReading().stepLeftMs, -(3 * 60000 + 30000)); // 33:30 on a 30-minute step
        auto report = doc.verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        // The clock is not part of the signed record.
        QCOMPARE(doc.fingerprint(), Record::fingerprint(committedSnapshot(path)));
    }
    // Time taken off a step behind the app's back is found by verify.
    const QVariantList tamper =
        rawQuery(path, {QStringLiteral("UPDATE agenda_step SET spent_ms = 60000 WHERE position = 1")});
    QVERIFY2(tamper.isEmpty(), qPrintable(tamper.value(0).toString()));
    auto file = DecisionFile::open(path, DecisionFile::Access::ReadOnly);
    QVERIFY(file);
    auto report = file.value()->verify();
    QVERIFY(report);
    QVERIFY(!report->ok());
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("agenda 1: spent_ms")),
             qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestMeeting::agendaEditsAreUndoableAndChecked()
{
    QTemporaryDir dir;
    const QString path = createP020(dir);
    auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
    QVERIFY(opened);
    DecisionDocument &doc = *opened.value();
    auto titles = [&path] {
        QStringList list;
        for (const AgendaStep &s : committedSnapshot(path).agenda) {
            list << s.title;
        }
        return list;
    };
    const QStringList before = titles();

    AgendaStep security;
    security.title = QStringLiteral("Security deep dive");
    security.minutes = 10;
    security.view = AgendaView::Category;
    security.categoryCode = QStringLiteral("SEC");
    auto added = doc.addAgendaStep(security, 2);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QStringList expected = before;
    expected.insert(2, QStringLiteral("Security deep dive"));
    QCOMPARE(titles(), expected);
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT category_code FROM agenda_step WHERE position = 3")).value(0),
             QVariant(QStringLiteral("SEC")));

    QVERIFY(doc.moveAgendaStep(added.value(), 0));
    QCOMPARE(titles().first(), QStringLiteral("Security deep dive"));
    AgendaStep longer = *doc.agendaStep(added.value());
    longer.minutes = 20;
    QVERIFY(doc.updateAgendaStep(longer));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT minutes FROM agenda_step WHERE position = 1")).value(0).toInt(),
             20);

    // Refused, with the file unchanged: no minutes, a category that does not exist.
    const QByteArray hash = sha256(path);
    AgendaStep none = longer;
    none.minutes = 0;
    QVERIFY(!doc.updateAgendaStep(none));
    AgendaStep unknown = longer;
    unknown.categoryCode = QStringLiteral("NOPE");
    const Outcome refused = doc.updateAgendaStep(unknown);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("NOPE")), qPrintable(refused.error().message));
    QCOMPARE(sha256(path), hash);

    // Undo all of it, step by step, back to the default.
    doc.undoStack()->undo(); // minutes
    doc.undoStack()->undo(); // move
    QCOMPARE(titles(), expected);
    doc.undoStack()->undo(); // add
    QCOMPARE(titles(), before);
    doc.undoStack()->redo();
    QCOMPARE(titles(), expected);
    QCOMPARE(committedSnapshot(path).agenda.at(2).id, added.value()); // the same step back, with its ID

    // A step that has started is part of the meeting's history.
    QVERIFY(doc.clock(ClockAction::StartOrPause));
    const int first = doc.snapshot().agenda.first().id;
    QVERIFY(!doc.removeAgendaStep(first));
    QVERIFY(doc.removeAgendaStep(added.value()));
    QCOMPARE(titles(), before);
    auto report = doc.verify();
    QVERIFY(report && report->ok());
}

void TestMeeting::pollAnswersAreUndoableAndSigned()
{
    QTemporaryDir dir;
    const QString path = createP020(dir);
    auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
    QVERIFY(opened);
    DecisionDocument &doc = *opened.value();
    const int cto = stakeholderWithRole(doc.snapshot(), QStringLiteral("CTO"));
    const int security = stakeholderWithRole(doc.snapshot(), QStringLiteral("Security Lead"));
    SignoffDraft draft;
    draft.stakeholderId = cto;
    draft.name = QStringLiteral("Jo Park");
    QVERIFY(doc.sign(draft));
    const Snapshot signedState = committedSnapshot(path);
    const QString signedFingerprint = Record::fingerprint(signedState);
    QCOMPARE(Record::state(signedState.signoffs.last(), Record::fingerprints(signedState)), SignoffState::Current);

    QVERIFY(doc.answerPoll(security, PollAnswer::NoGo, QStringLiteral("The pen test is open")));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT answer || '|' || comment FROM poll_answer")),
             QVariantList{QStringLiteral("NO-GO|The pen test is open")});
    const Snapshot answered = committedSnapshot(path);
    // The poll is part of what is signed: the CTO's sign-off no longer matches.
    QVERIFY(Record::fingerprint(answered) != signedFingerprint);
    QCOMPARE(Record::state(answered.signoffs.last(), Record::fingerprints(answered)), SignoffState::Stale);
    QCOMPARE(doc.signoffState(doc.snapshot().signoffs.last()), SignoffState::Stale);
    const QDateTime answeredAt = answered.poll.answers.first().answeredAt;
    QVERIFY(answeredAt.isValid());

    doc.undoStack()->undo();
    QVERIFY(readCommitted(path, QStringLiteral("SELECT count(*) FROM poll_answer")).value(0).toInt() == 0);
    const Snapshot undone = committedSnapshot(path);
    QCOMPARE(Record::fingerprint(undone), signedFingerprint);
    QCOMPARE(doc.signoffState(doc.snapshot().signoffs.last()), SignoffState::Current);
    doc.undoStack()->redo();
    QCOMPARE(committedSnapshot(path).poll.answers.first().answeredAt, answeredAt); // exactly what was written

    // The answer suggests each person's vote when they sign a decision.
    QCOMPARE(suggestedVote(PollAnswer::NoGo, Decision::Go), Vote::NonConcur);
    QCOMPARE(suggestedVote(PollAnswer::NoGo, Decision::NoGo), Vote::Concur);
    QCOMPARE(suggestedVote(PollAnswer::GoWithDissent, Decision::GoWithCaution), Vote::ConcurWithDissent);
    QCOMPARE(suggestedVote(PollAnswer::Go, Decision::NoGo), Vote::NonConcur);
    auto report = doc.verify();
    QVERIFY2(report && report->ok(), report ? qPrintable(report->problems.join(QLatin1Char('\n'))) : "");
}

void TestMeeting::disagreeingPollNeedsRationale()
{
    QTemporaryDir dir;
    const QString path = createP020(dir);
    auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
    QVERIFY(opened);
    DecisionDocument &doc = *opened.value();
    QCOMPARE(doc.assessment().decision, Decision::NoGo); // every item PENDING
    const QVector<Stakeholder> people = doc.snapshot().stakeholders;
    QCOMPARE(people.size(), 5);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(doc.answerPoll(people.at(i).id, i == 1 ? PollAnswer::GoWithDissent : PollAnswer::Go));
    }
    QVERIFY(doc.answerPoll(people.at(4).id, PollAnswer::NoGo, QStringLiteral("Not with FAILs open")));
    const PollTally tally = doc.pollTally();
    // 3 GO + 1 GO WITH DISSENT against 1 NO-GO: the room is on the GO side, the recommendation on NO-GO.
    QCOMPARE(tally.go, 3);
    QCOMPARE(tally.dissent, 1);
    QCOMPARE(tally.noGo, 1);
    QCOMPARE(tally.unanswered, 0);
    QVERIFY(tally.goSide && *tally.goSide);
    QVERIFY(tally.disagrees);

    DecisionDraft d;
    d.decision = Decision::NoGo;
    d.rationale = QStringLiteral("Items are still pending.");
    const QByteArray hash = sha256(path);
    const Outcome refused = doc.recordDecision(d);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("poll")), qPrintable(refused.error().message));
    QCOMPARE(sha256(path), hash);
    QVERIFY(readCommitted(path, QStringLiteral("SELECT count(*) FROM decision")).value(0).toInt() == 0);

    QVERIFY(doc.setPollRationale(QStringLiteral("The leads would go, but the checklist is not done.")));
    QVERIFY(doc.recordDecision(d));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT decision FROM decision")).value(0),
             QVariant(QStringLiteral("NO-GO")));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT rationale FROM poll")).value(0),
             QVariant(QStringLiteral("The leads would go, but the checklist is not done.")));

    // A split room disagrees with any recommendation.
    Poll split;
    split.answers = {PollVote{1, PollAnswer::Go, {}, {}, {}}, PollVote{2, PollAnswer::NoGo, {}, {}, {}}};
    QVERIFY(tallyPoll(split, 5, Decision::Go).disagrees);
    QVERIFY(!tallyPoll(split, 5, Decision::Go).goSide);
    QVERIFY(!tallyPoll(Poll{}, 5, Decision::Go).disagrees); // no answers, nothing to disagree with
}

void TestMeeting::answeredStakeholderCannotBeRemoved()
{
    QTemporaryDir dir;
    const QString path = createP020(dir);
    auto opened = DecisionDocument::open(path, QStringLiteral("Ana"));
    QVERIFY(opened);
    DecisionDocument &doc = *opened.value();
    const int ops = stakeholderWithRole(doc.snapshot(), QStringLiteral("Ops Lead"));
    QVERIFY(doc.answerPoll(ops, PollAnswer::Go));
    const Outcome refused = doc.removeStakeholder(ops);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("answered the poll")),
             qPrintable(refused.error().message));
    QCOMPARE(committedSnapshot(path).stakeholders.size(), 5);
}

void TestMeeting::olderFilesGetTheDefaultAgenda()
{
    // A file of format 3 with three current form-1 sign-offs: upgraded, it gains the agenda and an empty poll,
    // and the sign-offs stay current (neither is in an empty meeting's fingerprint).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.gonogo"));
    QVERIFY(QFile::copy(QStringLiteral(GONOGO_FIXTURES "/v1-signed.gonogo"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto file = DecisionFile::open(path);
        QVERIFY2(file, file ? "" : qPrintable(file.error().message));
        auto report = file.value()->verify();
        QVERIFY(report && report->ok());
    }
    QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA user_version")}).value(0).toInt(), DecisionFile::schemaVersion());
    const Snapshot s = committedSnapshot(path);
    QCOMPARE(s.agenda.size(), 7);
    QVERIFY(s.poll.isEmpty());
    int current = 0;
    for (const Signoff &signoff : s.signoffs) {
        current += Record::state(signoff, Record::fingerprints(s)) == SignoffState::Current ? 1 : 0;
    }
    QCOMPARE(current, 3);
}

void TestMeeting::agendaCommand()
{
    QTemporaryDir dir;
    const QString path = createP020(dir);
    QCOMPARE(gonogoRun({QStringLiteral("agenda"), path, QStringLiteral("--clock"), QStringLiteral("start"),
                        QStringLiteral("--at"), QStringLiteral("2026-11-27T14:00:00Z")})
                 .code,
             0);
    // A time in another zone is the same moment: 15:07 in UTC+1 is 14:07 UTC.
    const Run next = gonogoRun({QStringLiteral("agenda"), path, QStringLiteral("--clock"), QStringLiteral("next"),
                                QStringLiteral("--at"), QStringLiteral("2026-11-27T15:07:00+01:00")});
    QCOMPARE(next.code, 0);
    QVERIFY2(next.out.contains(QStringLiteral("Critical items by category")), qPrintable(next.out));
    QCOMPARE(
        readCommitted(path, QStringLiteral("SELECT spent_ms FROM agenda_step WHERE position = 1")).value(0).toInt(),
        7 * 60000);

    const Run json = gonogoRun({QStringLiteral("agenda"), path, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject o = jsonOf(json);
    QCOMPARE(o.value(QStringLiteral("planned_minutes")).toInt(), 90);
    QCOMPARE(o.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-11-27T14:00:00Z"));
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 7);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("actual_minutes")).toInt(), 7);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("DONE"));
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(o.value(QStringLiteral("current")).toInt(), steps.at(1).toObject().value(QStringLiteral("id")).toInt());

    // Bad input: a clear message, a non-zero exit, the file unchanged.
    const QByteArray hash = sha256(path);
    const Run unknown = gonogoRun({QStringLiteral("agenda"), path, QStringLiteral("--clock"), QStringLiteral("jump")});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("\"jump\"")), qPrintable(unknown.err));
    const Run local = gonogoRun({QStringLiteral("agenda"), path, QStringLiteral("--clock"), QStringLiteral("next"),
                                 QStringLiteral("--at"), QStringLiteral("2026-11-27T14:30:00")});
    QCOMPARE(local.code, 2);
    QVERIFY2(local.err.contains(QStringLiteral("zone")), qPrintable(local.err));
    const Run resume = gonogoRun({QStringLiteral("agenda"), path, QStringLiteral("--clock"), QStringLiteral("resume")});
    QCOMPARE(resume.code, 7);
    QVERIFY2(resume.err.contains(QStringLiteral("Critical items by category is running")), qPrintable(resume.err));
    QCOMPARE(sha256(path), hash);
    const Run verify = gonogoRun({QStringLiteral("verify"), path});
    QCOMPARE(verify.code, 0);
}

void TestMeeting::pollCommand()
{
    QTemporaryDir dir;
    const QString path = createP020(dir);
    const Run answer =
        gonogoRun({QStringLiteral("poll"), path, QStringLiteral("--answer"),
                   QStringLiteral("security lead=go-with-dissent"), QStringLiteral("--comment"),
                   QStringLiteral("Pen test report due Friday"), QStringLiteral("--by"), QStringLiteral("Ana")});
    QCOMPARE(answer.code, 0);
    QVERIFY2(answer.out.contains(QStringLiteral("Security Lead answered GO WITH DISSENT")), qPrintable(answer.out));
    QCOMPARE(readCommitted(path, QStringLiteral("SELECT answered_by FROM poll_answer")).value(0),
             QVariant(QStringLiteral("Ana")));

    const Run json = gonogoRun({QStringLiteral("poll"), path, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject o = jsonOf(json);
    const QJsonArray answers = o.value(QStringLiteral("answers")).toArray();
    QCOMPARE(answers.size(), 5);
    QCOMPARE(answers.at(3).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("Security Lead"));
    QCOMPARE(answers.at(3).toObject().value(QStringLiteral("answer")).toString(), QStringLiteral("GO WITH DISSENT"));
    QCOMPARE(answers.at(3).toObject().value(QStringLiteral("comment")).toString(),
             QStringLiteral("Pen test report due Friday"));
    QVERIFY(answers.at(0).toObject().value(QStringLiteral("answer")).isNull());
    QCOMPARE(o.value(QStringLiteral("tally")).toObject().value(QStringLiteral("go_with_dissent")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("tally")).toObject().value(QStringLiteral("unanswered")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("recommendation")).toString(), QStringLiteral("NO-GO"));
    QCOMPARE(o.value(QStringLiteral("side")).toString(), QStringLiteral("GO"));
    QVERIFY(o.value(QStringLiteral("disagrees")).toBool());

    // Bad input: the file is left as it was.
    const QByteArray hash = sha256(path);
    const Run nobody =
        gonogoRun({QStringLiteral("poll"), path, QStringLiteral("--answer"), QStringLiteral("Janitor=GO")});
    QCOMPARE(nobody.code, 7);
    QVERIFY2(nobody.err.contains(QStringLiteral("Janitor")) && nobody.err.contains(QFileInfo(path).fileName()),
             qPrintable(nobody.err));
    const Run maybe =
        gonogoRun({QStringLiteral("poll"), path, QStringLiteral("--answer"), QStringLiteral("CTO=MAYBE")});
    QCOMPARE(maybe.code, 2);
    QVERIFY2(maybe.err.contains(QStringLiteral("CTO=MAYBE")), qPrintable(maybe.err));
    QCOMPARE(sha256(path), hash);

    // The decision waits for the rationale the disagreement needs.
    const QStringList decide{QStringLiteral("decide"),      path,
                             QStringLiteral("--decision"),  QStringLiteral("NO-GO"),
                             QStringLiteral("--rationale"), QStringLiteral("Not ready")};
    const Run early = gonogoRun(decide);
    QCOMPARE(early.code, 7);
    QVERIFY2(early.err.contains(QStringLiteral("rationale")), qPrintable(early.err));
    QCOMPARE(gonogoRun({QStringLiteral("poll"), path, QStringLiteral("--rationale"),
                        QStringLiteral("One lead would go; the checklist says no.")})
                 .code,
             0);
    QCOMPARE(gonogoRun(decide).code, 0);
    const Run verify = gonogoRun({QStringLiteral("verify"), path});
    QCOMPARE(verify.code, 0);
}

QTEST_GUILESS_MAIN(TestMeeting)
#include "tst_meeting.moc"
