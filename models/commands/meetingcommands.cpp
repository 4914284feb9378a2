#include "meetingcommands.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

} // namespace

AddAgendaStepCommand::AddAgendaStepCommand(DecisionDocument &document, AgendaStep step, int index)
    : DocumentCommand(document, Text::tr("Add the agenda step \"%1\"").arg(step.title)), m_step(std::move(step)),
      m_index(index)
{
}

Outcome AddAgendaStepCommand::apply()
{
    if (m_added.id != 0) {
        return writeAgendaRestore(m_added);
    }
    auto added = writeNewAgendaStep(m_step, m_index);
    if (!added) {
        return added.error();
    }
    m_added = added.value();
    return Done{};
}

EditAgendaStepCommand::EditAgendaStepCommand(DecisionDocument &document, AgendaStep before, AgendaStep after)
    : DocumentCommand(document, Text::tr("Change the agenda step \"%1\"").arg(before.title)),
      m_before(std::move(before)), m_after(std::move(after))
{
}

MoveAgendaStepCommand::MoveAgendaStepCommand(DecisionDocument &document, const AgendaStep &moved, int from, int to)
    : DocumentCommand(document, Text::tr("Move the agenda step \"%1\"").arg(moved.title)), m_id(moved.id), m_from(from),
      m_to(to)
{
}

RemoveAgendaStepCommand::RemoveAgendaStepCommand(DecisionDocument &document, AgendaStep removed)
    : DocumentCommand(document, Text::tr("Remove the agenda step \"%1\"").arg(removed.title)),
      m_removed(std::move(removed))
{
}

PollAnswerCommand::PollAnswerCommand(DecisionDocument &document, const QString &who, int stakeholderId,
                                     std::optional<PollVote> before, std::optional<PollAnswer> answer, QString comment)
    : DocumentCommand(document, answer ? Text::tr("Poll: %1 answers %2").arg(who, displayName(*answer))
                                       : Text::tr("Poll: take back the answer of %1").arg(who)),
      m_stakeholderId(stakeholderId), m_before(std::move(before)), m_answer(answer), m_comment(std::move(comment))
{
}

Outcome PollAnswerCommand::apply()
{
    if (!m_answer) {
        return writePollAnswer(m_stakeholderId, std::nullopt);
    }
    if (m_written) {
        return writePollAnswer(m_stakeholderId, m_written);
    }
    auto written = writeNewPollAnswer(m_stakeholderId, *m_answer, m_comment);
    if (!written) {
        return written.error();
    }
    m_written = written.value();
    return Done{};
}

PollRationaleCommand::PollRationaleCommand(DecisionDocument &document, QString before, QString after)
    : DocumentCommand(document, Text::tr("Poll rationale")), m_before(std::move(before)), m_after(std::move(after))
{
}

} // namespace gonogo
