// Edits of the meeting: the agenda's steps (add, change, move, remove) and the roll-call poll (an answer, or its
// removal, and the rationale). Redo after undo writes back exactly what the first redo wrote, times included. The
// clock is not here: starting, pausing and moving between steps are facts of the meeting, not edits.
#pragma once

#include "documentcommand.h"

#include <optional>

namespace gonogo {

class AddAgendaStepCommand final : public DocumentCommand
{
public:
    AddAgendaStepCommand(DecisionDocument &document, AgendaStep step, int index);
    int stepId() const { return m_added.id; } // 0 until the first redo() wrote it

private:
    Outcome apply() override;
    Outcome revert() override { return writeAgendaRemoval(m_added.id); }
    AgendaStep m_step;
    int m_index;
    AgendaStep m_added;
};

class EditAgendaStepCommand final : public DocumentCommand
{
public:
    EditAgendaStepCommand(DecisionDocument &document, AgendaStep before, AgendaStep after);

private:
    Outcome apply() override { return writeAgendaStep(m_after); }
    Outcome revert() override { return writeAgendaStep(m_before); }
    AgendaStep m_before;
    AgendaStep m_after;
};

class MoveAgendaStepCommand final : public DocumentCommand
{
public:
    MoveAgendaStepCommand(DecisionDocument &document, const AgendaStep &moved, int from, int to);

private:
    Outcome apply() override { return writeAgendaMove(m_id, m_to); }
    Outcome revert() override { return writeAgendaMove(m_id, m_from); }
    int m_id;
    int m_from;
    int m_to;
};

class RemoveAgendaStepCommand final : public DocumentCommand
{
public:
    RemoveAgendaStepCommand(DecisionDocument &document, AgendaStep removed);

private:
    Outcome apply() override { return writeAgendaRemoval(m_removed.id); }
    Outcome revert() override { return writeAgendaRestore(m_removed); }
    AgendaStep m_removed;
};

// One stakeholder's answer: given (ANSWER set) or taken back (nullopt).
class PollAnswerCommand final : public DocumentCommand
{
public:
    PollAnswerCommand(DecisionDocument &document, const QString &who, int stakeholderId, std::optional<PollVote> before,
                      std::optional<PollAnswer> answer, QString comment);

private:
    Outcome apply() override;
    Outcome revert() override { return writePollAnswer(m_stakeholderId, m_before); }
    int m_stakeholderId;
    std::optional<PollVote> m_before;
    std::optional<PollAnswer> m_answer;
    QString m_comment;
    std::optional<PollVote> m_written; // as first written, with its time
};

class PollRationaleCommand final : public DocumentCommand
{
public:
    PollRationaleCommand(DecisionDocument &document, QString before, QString after);

private:
    Outcome apply() override { return writePollRationale(m_after); }
    Outcome revert() override { return writePollRationale(m_before); }
    QString m_before;
    QString m_after;
};

} // namespace gonogo
