// DecisionDocument's meeting: the agenda, its clock and the roll-call poll. Same rule as every edit: the file is
// written first, then the snapshot, then the signals.
#include "decisiondocument.h"

#include "commands/meetingcommands.h"
#include "decisionfile.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

// A stakeholder's answer to the poll, as the audit log names it, and as a refusal does.
QStringList answerPart(int stakeholderId)
{
    return {QStringLiteral("answer:%1").arg(stakeholderId)};
}

QString answerName(const DecisionDocument &document, int stakeholderId)
{
    const Stakeholder *who = document.stakeholder(stakeholderId);
    return Text::tr("the poll answer of %1").arg(who ? who->name : QString::number(stakeholderId));
}

} // namespace

PollTally DecisionDocument::pollTally() const
{
    return tallyPoll(m_snapshot.poll, static_cast<int>(m_snapshot.stakeholders.size()), m_assessment.decision);
}

const AgendaStep *DecisionDocument::agendaStep(int id) const
{
    for (const AgendaStep &s : m_snapshot.agenda) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

Outcome DecisionDocument::clock(ClockAction action, int target)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    const QVector<AgendaStep> changed = MeetingClock::apply(m_snapshot.agenda, action, m_now(), target);
    if (changed.isEmpty()) {
        return Done{};
    }
    if (auto done = agendaWritten(basedOn({QStringLiteral("agenda:")}, Text::tr("the agenda"),
                                          [&] { return m_file->agenda().writeClock(changed, action, m_actor); }));
        !done) {
        return refused(done.error());
    }
    return Done{};
}

Result<int> DecisionDocument::addAgendaStep(const AgendaStep &step, int index)
{
    auto *command = new AddAgendaStepCommand(*this, step, index);
    if (auto done = run(command); !done) {
        return done.error();
    }
    return command->stepId();
}

Outcome DecisionDocument::updateAgendaStep(const AgendaStep &step)
{
    const AgendaStep *before = agendaStep(step.id);
    if (!before) {
        return refused({ErrorKind::InvalidInput, Text::tr("There is no agenda step %1.").arg(step.id)});
    }
    if (before->title == step.title && before->minutes == step.minutes && before->view == step.view &&
        before->categoryCode == step.categoryCode) {
        return Done{};
    }
    return run(new EditAgendaStepCommand(*this, *before, step));
}

Outcome DecisionDocument::moveAgendaStep(int id, int newIndex)
{
    const AgendaStep *moved = agendaStep(id);
    if (!moved) {
        return refused({ErrorKind::InvalidInput, Text::tr("There is no agenda step %1.").arg(id)});
    }
    const int from = static_cast<int>(moved - m_snapshot.agenda.constData());
    if (from == newIndex) {
        return Done{};
    }
    return run(new MoveAgendaStepCommand(*this, *moved, from, newIndex));
}

Outcome DecisionDocument::removeAgendaStep(int id)
{
    const AgendaStep *removed = agendaStep(id);
    if (!removed) {
        return refused({ErrorKind::InvalidInput, Text::tr("There is no agenda step %1.").arg(id)});
    }
    return run(new RemoveAgendaStepCommand(*this, *removed));
}

Outcome DecisionDocument::answerPoll(int stakeholderId, PollAnswer answer, const QString &comment)
{
    const Stakeholder *person = stakeholder(stakeholderId);
    if (!person) {
        return refused({ErrorKind::InvalidInput, Text::tr("There is no stakeholder %1.").arg(stakeholderId)});
    }
    const PollVote *before = m_snapshot.poll.answerOf(stakeholderId);
    if (before && before->answer == answer && before->comment == cleanText(comment, true)) {
        return Done{};
    }
    return run(new PollAnswerCommand(*this, person->role, stakeholderId,
                                     before ? std::optional<PollVote>(*before) : std::nullopt, answer, comment));
}

Outcome DecisionDocument::clearPollAnswer(int stakeholderId)
{
    const PollVote *before = m_snapshot.poll.answerOf(stakeholderId);
    const Stakeholder *person = stakeholder(stakeholderId);
    if (!before || !person) {
        return Done{};
    }
    return run(new PollAnswerCommand(*this, person->role, stakeholderId, *before, std::nullopt, {}));
}

Outcome DecisionDocument::setPollRationale(const QString &rationale)
{
    if (cleanText(rationale, true) == m_snapshot.poll.rationale) {
        return Done{};
    }
    return run(new PollRationaleCommand(*this, m_snapshot.poll.rationale, rationale));
}

Outcome DecisionDocument::agendaWritten(const Outcome &outcome)
{
    if (!outcome) {
        return outcome;
    }
    auto agenda = m_file->agenda().all();
    if (!agenda) {
        return agenda.error();
    }
    m_snapshot.agenda = agenda.value();
    emit agendaChanged();
    return Done{};
}

Outcome DecisionDocument::pollWritten(const Outcome &outcome)
{
    if (!outcome) {
        return outcome;
    }
    auto poll = m_file->poll().load();
    if (!poll) {
        return poll.error();
    }
    m_snapshot.poll = poll.value();
    emit pollChanged();
    return reloadRecord(); // the poll is part of the record: its fingerprint and the sign-offs' state move
}

Result<AgendaStep> DecisionDocument::writeNewAgendaStep(const AgendaStep &step, int index)
{
    if (auto ok = writable(); !ok) {
        return ok.error();
    }
    auto added = basedOn({QStringLiteral("agenda:")}, Text::tr("the agenda"),
                         [&] { return m_file->agenda().add(step, index, m_actor); });
    if (!added) {
        return added.error();
    }
    if (auto done = agendaWritten(Done{}); !done) {
        return done.error();
    }
    return added.value();
}

Outcome DecisionDocument::writeAgendaStep(const AgendaStep &step)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return agendaWritten(basedOn({QStringLiteral("agenda:")}, Text::tr("the agenda"),
                                 [&] { return m_file->agenda().update(step, m_actor); }));
}

Outcome DecisionDocument::writeAgendaMove(int id, int newIndex)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return agendaWritten(basedOn({QStringLiteral("agenda:")}, Text::tr("the agenda"),
                                 [&] { return m_file->agenda().move(id, newIndex, m_actor); }));
}

Outcome DecisionDocument::writeAgendaRemoval(int id)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return agendaWritten(basedOn({QStringLiteral("agenda:")}, Text::tr("the agenda"),
                                 [&] { return m_file->agenda().remove(id, m_actor); }));
}

Outcome DecisionDocument::writeAgendaRestore(const AgendaStep &step)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return agendaWritten(basedOn({QStringLiteral("agenda:")}, Text::tr("the agenda"),
                                 [&] { return m_file->agenda().restore(step, m_actor); }));
}

Result<PollVote> DecisionDocument::writeNewPollAnswer(int stakeholderId, PollAnswer answer, const QString &comment)
{
    if (auto ok = writable(); !ok) {
        return ok.error();
    }
    auto vote = basedOn(answerPart(stakeholderId), answerName(*this, stakeholderId),
                        [&] { return m_file->poll().answer(stakeholderId, answer, comment, m_actor); });
    if (!vote) {
        return vote.error();
    }
    if (auto done = pollWritten(Done{}); !done) {
        return done.error();
    }
    return vote.value();
}

Outcome DecisionDocument::writePollAnswer(int stakeholderId, const std::optional<PollVote> &vote)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return pollWritten(basedOn(answerPart(stakeholderId), answerName(*this, stakeholderId),
                               [&] { return m_file->poll().restore(stakeholderId, vote, m_actor); }));
}

Outcome DecisionDocument::writePollRationale(const QString &rationale)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return pollWritten(basedOn({QStringLiteral("poll")}, Text::tr("the poll's rationale"),
                               [&] { return m_file->poll().setRationale(rationale, m_actor); }));
}

} // namespace gonogo
