#include "meetingrun.h"

#include "codeparse.h"
#include "domain.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Domain)
};

} // namespace

QString toCode(AgendaView v)
{
    switch (v) {
    case AgendaView::Overview:
        return QStringLiteral("OVERVIEW");
    case AgendaView::Category:
        return QStringLiteral("CATEGORY");
    case AgendaView::Critical:
        return QStringLiteral("CRITICAL");
    case AgendaView::Gaps:
        return QStringLiteral("GAPS");
    case AgendaView::Matrix:
        return QStringLiteral("MATRIX");
    case AgendaView::Poll:
        return QStringLiteral("POLL");
    case AgendaView::Signoff:
        break;
    }
    return QStringLiteral("SIGNOFF");
}

QString toCode(StepState s)
{
    switch (s) {
    case StepState::Planned:
        return QStringLiteral("PLANNED");
    case StepState::Running:
        return QStringLiteral("RUNNING");
    case StepState::Paused:
        return QStringLiteral("PAUSED");
    case StepState::Done:
        break;
    }
    return QStringLiteral("DONE");
}

QString toCode(PollAnswer a)
{
    switch (a) {
    case PollAnswer::Go:
        return QStringLiteral("GO");
    case PollAnswer::GoWithDissent:
        return QStringLiteral("GO WITH DISSENT");
    case PollAnswer::NoGo:
        break;
    }
    return QStringLiteral("NO-GO");
}

std::optional<AgendaView> agendaViewFromCode(const QString &code)
{
    return codes::parse(code, allAgendaViews);
}

std::optional<StepState> stepStateFromCode(const QString &code)
{
    return codes::parse(code, allStepStates);
}

std::optional<PollAnswer> pollAnswerFromCode(const QString &code)
{
    return codes::parse(code, allPollAnswers);
}

QString displayName(AgendaView v)
{
    switch (v) {
    case AgendaView::Overview:
        return Text::tr("Overview");
    case AgendaView::Category:
        return Text::tr("One category");
    case AgendaView::Critical:
        return Text::tr("Critical items");
    case AgendaView::Gaps:
        return Text::tr("Items not passed");
    case AgendaView::Matrix:
        return Text::tr("Risk matrix");
    case AgendaView::Poll:
        return Text::tr("Roll-call poll");
    case AgendaView::Signoff:
        break;
    }
    return Text::tr("Sign-off");
}

QString displayName(StepState s)
{
    switch (s) {
    case StepState::Planned:
        return Text::tr("Planned");
    case StepState::Running:
        return Text::tr("Running");
    case StepState::Paused:
        return Text::tr("Paused");
    case StepState::Done:
        break;
    }
    return Text::tr("Done");
}

QString displayName(PollAnswer a)
{
    switch (a) {
    case PollAnswer::Go:
        return Text::tr("GO");
    case PollAnswer::GoWithDissent:
        return Text::tr("GO WITH DISSENT");
    case PollAnswer::NoGo:
        break;
    }
    return Text::tr("NO-GO");
}

const PollVote *Poll::answerOf(int stakeholderId) const
{
    for (const PollVote &v : answers) {
        if (v.stakeholderId == stakeholderId) {
            return &v;
        }
    }
    return nullptr;
}

PollTally tallyPoll(const Poll &poll, int stakeholderCount, Decision recommendation)
{
    PollTally t;
    for (const PollVote &v : poll.answers) {
        switch (v.answer) {
        case PollAnswer::Go:
            ++t.go;
            break;
        case PollAnswer::GoWithDissent:
            ++t.dissent;
            break;
        case PollAnswer::NoGo:
            ++t.noGo;
            break;
        }
    }
    t.unanswered = std::max(0, stakeholderCount - t.answered());
    const int forGo = t.go + t.dissent;
    if (forGo != t.noGo) {
        t.goSide = forGo > t.noGo;
    }
    if (t.answered() > 0) {
        const bool recommendsGo = recommendation != Decision::NoGo;
        t.disagrees = !t.goSide || *t.goSide != recommendsGo;
    }
    return t;
}

Vote suggestedVote(PollAnswer answer, Decision decision)
{
    if (decision == Decision::NoGo) {
        return answer == PollAnswer::NoGo ? Vote::Concur : Vote::NonConcur;
    }
    switch (answer) {
    case PollAnswer::Go:
        return Vote::Concur;
    case PollAnswer::GoWithDissent:
        return Vote::ConcurWithDissent;
    case PollAnswer::NoGo:
        break;
    }
    return Vote::NonConcur;
}

} // namespace gonogo
