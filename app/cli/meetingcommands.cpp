// The commands on the meeting itself: agenda (its steps with planned and actual minutes, and the clock) and poll
// (the roll call, its tally beside the recommendation, an answer, the rationale).
#include "cli.h"
#include "clijson.h"
#include "clisupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace gonogo {

using namespace cli;

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("HH:mm")) : QStringLiteral("-");
}

QString stepShows(const AgendaStep &s)
{
    return s.view == AgendaView::Category ? Text::tr("Category %1").arg(s.categoryCode) : displayName(s.view);
}

QString personText(const Stakeholder &p)
{
    return p.name.isEmpty() ? p.role : Text::tr("%1 (%2)").arg(p.role, p.name);
}

std::optional<ClockAction> clockActionFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("start") || t == QLatin1String("pause") || t == QLatin1String("resume")) {
        return ClockAction::StartOrPause;
    }
    if (t == QLatin1String("next")) {
        return ClockAction::Next;
    }
    if (t == QLatin1String("previous")) {
        return ClockAction::Previous;
    }
    if (t == QLatin1String("finish")) {
        return ClockAction::Finish;
    }
    return std::nullopt;
}

} // namespace

int Cli::cmdAgenda(ParsedCommand &p)
{
    const QString name = QStringLiteral("agenda");
    const bool clocking = p.parser.isSet(QStringLiteral("clock"));
    std::optional<ClockAction> action;
    if (clocking) {
        action = clockActionFrom(p.parser.value(QStringLiteral("clock")));
        if (!action) {
            return usage(name, Text::tr("unknown clock action \"%1\"; use start, pause, next, previous or finish.")
                                   .arg(p.parser.value(QStringLiteral("clock"))));
        }
    } else if (p.parser.isSet(QStringLiteral("at"))) {
        return usage(name, Text::tr("--at goes with --clock."));
    }
    const auto at = atOption(p.parser);
    if (!at) {
        return usage(name, at.error().message);
    }
    const QDateTime now = at.value();
    auto opened = openWithSnapshot(p.positional.first(), m_err, clocking);
    if (!opened) {
        return fail(opened.error());
    }
    QVector<AgendaStep> agenda = opened->snapshot.agenda;
    if (clocking) {
        const QString shown = p.parser.value(QStringLiteral("clock")).trimmed().toLower();
        const ClockReading before = MeetingClock::read(agenda, now);
        // "pause" and "resume" say which way: never toggle the other way by surprise.
        if ((shown == QLatin1String("pause") && (before.current < 0 || before.paused)) ||
            (shown == QLatin1String("resume") && !before.paused) ||
            (shown == QLatin1String("start") && before.current >= 0 && !before.paused)) {
            return fail({ErrorKind::InvalidInput,
                         Text::tr("%1: the agenda cannot %2 now (%3).")
                             .arg(nativePath(p.positional.first()), shown,
                                  before.current >= 0 ? Text::tr("%1 is %2", "step, state")
                                                            .arg(agenda.at(before.current).title,
                                                                 displayName(agenda.at(before.current).state).toLower())
                                                      : (before.finished ? Text::tr("the meeting has ended")
                                                                         : Text::tr("no step is on")))});
        }
        const QVector<AgendaStep> changed = MeetingClock::apply(agenda, *action, now);
        if (changed.isEmpty()) {
            return fail({ErrorKind::InvalidInput,
                         Text::tr("%1: there is no step to go to.").arg(nativePath(p.positional.first()))});
        }
        if (auto w = opened->file->agenda().writeClock(changed, *action, actorFrom(p.parser)); !w) {
            return fail(w.error());
        }
        auto reread = opened->file->agenda().all();
        if (!reread) {
            return fail(reread.error());
        }
        agenda = reread.value();
    }
    const ClockReading r = MeetingClock::read(agenda, now);
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonArray steps;
        for (const AgendaStep &s : agenda) {
            steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("position"), s.position},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("shows"), toCode(s.view)},
                                     {QStringLiteral("category"), s.categoryCode},
                                     {QStringLiteral("planned_minutes"), s.minutes},
                                     {QStringLiteral("actual_minutes"), MeetingClock::roundedMinutes(s.actualMs(now))},
                                     {QStringLiteral("actual_seconds"), double(s.actualMs(now) / 1000)},
                                     {QStringLiteral("state"), toCode(s.state)},
                                     {QStringLiteral("started_at"), timeJson(s.startedAt)},
                                     {QStringLiteral("ended_at"), timeJson(s.endedAt)}});
        }
        writeJson(m_out,
                  QJsonObject{{QStringLiteral("planned_minutes"), MeetingClock::roundedMinutes(r.meetingPlannedMs)},
                              {QStringLiteral("actual_minutes"), MeetingClock::roundedMinutes(r.meetingActualMs)},
                              {QStringLiteral("started_at"), timeJson(r.meetingStartedAt)},
                              {QStringLiteral("ended_at"), timeJson(r.meetingEndedAt)},
                              {QStringLiteral("current"),
                               r.current >= 0 ? QJsonValue(agenda.at(r.current).id) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("projected_over_minutes"), int(r.projectedOverMs / 60000)},
                              {QStringLiteral("steps"), steps}});
        return ExitOk;
    }
    m_out << printable((r.finished ? Text::tr("Agenda: %1 min planned, %2 min held. %3")
                                   : Text::tr("Agenda: %1 min planned, %2 min so far. %3"))
                           .arg(QString::number(MeetingClock::roundedMinutes(r.meetingPlannedMs)),
                                QString::number(MeetingClock::roundedMinutes(r.meetingActualMs)),
                                MeetingClock::forecastText(agenda, r)))
          << '\n';
    if (r.current >= 0) {
        m_out << printable(Text::tr("On now: %1 (%2, %3).")
                               .arg(agenda.at(r.current).title, displayName(agenda.at(r.current).state).toLower(),
                                    MeetingClock::leftText(r.stepLeftMs)))
              << '\n';
    }
    m_out << printable(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                           .arg(Text::tr("#").rightJustified(2), Text::tr("Step").leftJustified(30),
                                Text::tr("Shows").leftJustified(18), Text::tr("Planned").rightJustified(7),
                                Text::tr("Actual").rightJustified(7), Text::tr("State").leftJustified(8),
                                Text::tr("Start").leftJustified(5), Text::tr("End")))
          << '\n';
    for (const AgendaStep &s : agenda) {
        const bool counted = s.startedAt.isValid();
        m_out << printable(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                               .arg(QString::number(s.position).rightJustified(2), s.title.leftJustified(30),
                                    stepShows(s).leftJustified(18), Text::tr("%1 min").arg(s.minutes).rightJustified(7),
                                    (counted ? Text::tr("%1 min").arg(MeetingClock::roundedMinutes(s.actualMs(now)))
                                             : QStringLiteral("-"))
                                        .rightJustified(7),
                                    toCode(s.state).leftJustified(8), timeText(s.startedAt).leftJustified(5),
                                    timeText(s.endedAt)))
              << '\n';
    }
    m_out << Text::tr("Times are UTC.") << '\n';
    return ExitOk;
}

int Cli::cmdPoll(ParsedCommand &p)
{
    const QString name = QStringLiteral("poll");
    const bool answering = p.parser.isSet(QStringLiteral("answer"));
    const bool explaining = p.parser.isSet(QStringLiteral("rationale"));
    if (!answering && (p.parser.isSet(QStringLiteral("comment")) || p.parser.isSet(QStringLiteral("name")))) {
        return usage(name, Text::tr("--comment and --name go with --answer."));
    }
    QString role;
    std::optional<PollAnswer> answer;
    if (answering) {
        const QString text = p.parser.value(QStringLiteral("answer"));
        const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
        role = eq > 0 ? text.left(eq).trimmed() : QString();
        answer = eq > 0 ? pollAnswerFromCode(text.mid(eq + 1)) : std::nullopt;
        if (role.isEmpty() || !answer) {
            return usage(name,
                         Text::tr("--answer takes ROLE=GO, ROLE=GO-WITH-DISSENT or ROLE=NO-GO, not \"%1\".").arg(text));
        }
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, answering || explaining);
    if (!opened) {
        return fail(opened.error());
    }
    const QString actor = actorFrom(p.parser);
    if (answering || explaining) {
        const PollRepository polls = opened->file->poll();
        if (answering) {
            auto person = stakeholderFor(opened->snapshot.stakeholders, role, p.parser.value(QStringLiteral("name")),
                                         nativePath(p.positional.first()));
            if (!person) {
                return fail(person.error());
            }
            if (auto a = polls.answer(person->id, *answer, p.parser.value(QStringLiteral("comment")), actor); !a) {
                return fail(a.error());
            }
            m_out << printable(Text::tr("Poll: %1 answered %2.").arg(personText(person.value()), toCode(*answer)))
                  << '\n';
        }
        if (explaining) {
            if (auto r = polls.setRationale(p.parser.value(QStringLiteral("rationale")), actor); !r) {
                return fail(r.error());
            }
        }
        auto reread = opened->file->snapshot();
        if (!reread) {
            return fail(reread.error());
        }
        opened->snapshot = reread.value();
    }
    const Snapshot &s = opened->snapshot;
    const Decision recommendation = DecisionEngine::assess(s).decision;
    const PollTally tally = tallyPoll(s.poll, static_cast<int>(s.stakeholders.size()), recommendation);
    const QString side = tally.goSide ? (*tally.goSide ? QStringLiteral("GO") : QStringLiteral("NO-GO")) : QString();
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonArray answers;
        for (const Stakeholder &person : s.stakeholders) {
            const PollVote *v = s.poll.answerOf(person.id);
            answers.append(QJsonObject{
                {QStringLiteral("stakeholder_id"), person.id},
                {QStringLiteral("role"), person.role},
                {QStringLiteral("name"), person.name},
                {QStringLiteral("answer"), v ? QJsonValue(toCode(v->answer)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("comment"), v ? v->comment : QString()},
                {QStringLiteral("answered_at"), v ? timeJson(v->answeredAt) : QJsonValue(QJsonValue::Null)}});
        }
        writeJson(m_out,
                  QJsonObject{{QStringLiteral("answers"), answers},
                              {QStringLiteral("tally"), QJsonObject{{QStringLiteral("go"), tally.go},
                                                                    {QStringLiteral("go_with_dissent"), tally.dissent},
                                                                    {QStringLiteral("no_go"), tally.noGo},
                                                                    {QStringLiteral("unanswered"), tally.unanswered}}},
                              {QStringLiteral("side"), side.isEmpty() ? QJsonValue(QJsonValue::Null) : side},
                              {QStringLiteral("recommendation"), toCode(recommendation)},
                              {QStringLiteral("disagrees"), tally.disagrees},
                              {QStringLiteral("rationale"), s.poll.rationale}});
        return ExitOk;
    }
    m_out << Text::tr("Roll-call poll: %1 of %2 answered.")
                 .arg(QString::number(tally.answered()), QString::number(s.stakeholders.size()))
          << '\n';
    for (const Stakeholder &person : s.stakeholders) {
        const PollVote *v = s.poll.answerOf(person.id);
        QString line = QStringLiteral("  %1  %2")
                           .arg(personText(person).leftJustified(34), v ? toCode(v->answer) : QStringLiteral("-"));
        if (v && !v->comment.isEmpty()) {
            line += QStringLiteral("  \"%1\"").arg(QString(v->comment).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        m_out << printable(line) << '\n';
    }
    m_out << Text::tr("Tally: %1 GO, %2 GO WITH DISSENT, %3 NO-GO, %4 unanswered.")
                 .arg(QString::number(tally.go), QString::number(tally.dissent), QString::number(tally.noGo),
                      QString::number(tally.unanswered))
          << '\n';
    m_out << Text::tr("Recommendation: %1.").arg(toCode(recommendation)) << '\n';
    if (tally.disagrees) {
        m_out << (s.poll.rationale.isEmpty()
                      ? Text::tr("The poll disagrees with the recommendation: a rationale is needed before the "
                                 "decision is recorded (--rationale).")
                      : printable(Text::tr("The poll disagrees with the recommendation. Rationale: %1")
                                      .arg(s.poll.rationale)))
              << '\n';
    } else if (tally.answered() > 0) {
        m_out << Text::tr("The poll agrees with the recommendation.") << '\n';
    }
    return ExitOk;
}

} // namespace gonogo
