// The meeting as it runs: the agenda's time-boxed steps and the roll-call poll, as plain values, their codes, and
// what the poll says next to the engine's recommendation. Must never touch storage or widgets.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <algorithm>
#include <array>
#include <optional>

namespace gonogo {

enum class Decision;
enum class Vote;

// What an agenda step puts on the screen when it starts.
enum class AgendaView { Overview, Category, Critical, Gaps, Matrix, Poll, Signoff };
enum class StepState { Planned, Running, Paused, Done };
// A stakeholder's own position in the roll call (the sign-off, later, says whether they concur with the decision).
enum class PollAnswer { Go, GoWithDissent, NoGo };

constexpr std::array<AgendaView, 7> allAgendaViews{AgendaView::Overview, AgendaView::Category, AgendaView::Critical,
                                                   AgendaView::Gaps,     AgendaView::Matrix,   AgendaView::Poll,
                                                   AgendaView::Signoff};
constexpr std::array<StepState, 4> allStepStates{StepState::Planned, StepState::Running, StepState::Paused,
                                                 StepState::Done};
constexpr std::array<PollAnswer, 3> allPollAnswers{PollAnswer::Go, PollAnswer::GoWithDissent, PollAnswer::NoGo};

// Stable codes, stored and printed in JSON; never translated.
QString toCode(AgendaView v);
QString toCode(StepState s);
QString toCode(PollAnswer a);
std::optional<AgendaView> agendaViewFromCode(const QString &code);
std::optional<StepState> stepStateFromCode(const QString &code);
std::optional<PollAnswer> pollAnswerFromCode(const QString &code); // any case; "-", "_" and " " alike

QString displayName(AgendaView v);
QString displayName(StepState s);
QString displayName(PollAnswer a);

constexpr int maxStepMinutes = 600; // a step is a time box of a meeting, not a day

struct AgendaStep
{
    int id = 0;
    int position = 0;
    QString title;
    int minutes = 5; // planned
    AgendaView view = AgendaView::Overview;
    QString categoryCode; // for AgendaView::Category
    StepState state = StepState::Planned;
    QDateTime startedAt; // first started
    QDateTime endedAt;   // last ended
    qint64 spentMs = 0;  // closed running time, pauses excluded
    QDateTime resumedAt; // start of the running interval while Running

    // Running time at NOW, pauses excluded.
    qint64 actualMs(const QDateTime &now) const
    {
        return spentMs +
               (state == StepState::Running && resumedAt.isValid() ? std::max<qint64>(0, resumedAt.msecsTo(now)) : 0);
    }
    bool isCurrent() const { return state == StepState::Running || state == StepState::Paused; }
};

struct PollVote
{
    int stakeholderId = 0;
    PollAnswer answer = PollAnswer::Go;
    QString comment;
    QDateTime answeredAt;
    QString answeredBy;
};

struct Poll
{
    QVector<PollVote> answers; // in stakeholder order
    QString rationale;         // why the meeting goes against what the poll and the recommendation disagree on
    QDateTime rationaleAt;
    QString rationaleBy;

    const PollVote *answerOf(int stakeholderId) const;
    bool isEmpty() const { return answers.isEmpty() && rationale.isEmpty(); }
};

// The roll call counted, beside the recommendation.
struct PollTally
{
    int go = 0;
    int dissent = 0; // GO WITH DISSENT
    int noGo = 0;
    int unanswered = 0;
    // The room's side: GO when GO and GO WITH DISSENT outnumber NO-GO, NO-GO when NO-GO does; none on a tie or
    // when nobody has answered.
    std::optional<bool> goSide;
    // Answers exist and the room is split, or on the other side from the recommendation (GO and GO WITH CAUTION
    // are one side, NO-GO the other). A decision then needs the poll's rationale first.
    bool disagrees = false;
    int answered() const { return go + dissent + noGo; }
};

PollTally tallyPoll(const Poll &poll, int stakeholderCount, Decision recommendation);

// The vote a stakeholder's answer suggests for signing DECISION: concur when they were on its side (with dissent
// when they answered GO WITH DISSENT to a GO), non-concur otherwise. Each person still chooses when signing.
Vote suggestedVote(PollAnswer answer, Decision decision);

} // namespace gonogo
