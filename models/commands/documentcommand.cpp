#include "documentcommand.h"

#include "../decisiondocument.h"

namespace gonogo {

DocumentCommand::DocumentCommand(DecisionDocument &document, const QString &text) : m_document(document)
{
    setText(text);
}

void DocumentCommand::redo()
{
    settle(apply());
}

void DocumentCommand::undo()
{
    settle(revert());
}

void DocumentCommand::settle(const Outcome &outcome)
{
    if (!outcome) {
        setObsolete(true);
        m_document.refuse(outcome.error());
    }
}

Outcome DocumentCommand::writeItems(const QVector<ItemChange> &changes) const
{
    return m_document.write(changes);
}

Result<Risk> DocumentCommand::writeNewRisk(const RiskDraft &draft) const
{
    return m_document.writeNewRisk(draft);
}

Outcome DocumentCommand::writeRisk(const RiskChange &change) const
{
    return m_document.writeRisk(change);
}

Outcome DocumentCommand::writeRiskLinks(const QString &id, const QStringList &itemIds) const
{
    return m_document.writeRiskLinks(id, itemIds);
}

Outcome DocumentCommand::writeRiskRemoval(const QString &id) const
{
    return m_document.writeRiskRemoval(id);
}

Outcome DocumentCommand::writeRiskRestore(const Risk &risk) const
{
    return m_document.writeRiskRestore(risk);
}

Outcome DocumentCommand::writeMatrix(const RiskMatrix &matrix) const
{
    return m_document.writeMatrix(matrix);
}

Result<RecordedDecision> DocumentCommand::writeDecision(const DecisionDraft &draft) const
{
    return m_document.writeDecision(draft);
}

Outcome DocumentCommand::writeDecisionRestore(const std::optional<RecordedDecision> &decision) const
{
    return m_document.writeDecisionRestore(decision);
}

Result<Stakeholder> DocumentCommand::writeNewStakeholder(const QString &name, const QString &role) const
{
    return m_document.writeNewStakeholder(name, role);
}

Outcome DocumentCommand::writeStakeholder(const Stakeholder &stakeholder) const
{
    return m_document.writeStakeholder(stakeholder);
}

Outcome DocumentCommand::writeStakeholderMove(int id, int newIndex) const
{
    return m_document.writeStakeholderMove(id, newIndex);
}

Outcome DocumentCommand::writeStakeholderRemoval(int id) const
{
    return m_document.writeStakeholderRemoval(id);
}

Outcome DocumentCommand::writeStakeholderRestore(const Stakeholder &stakeholder) const
{
    return m_document.writeStakeholderRestore(stakeholder);
}

Result<AgendaStep> DocumentCommand::writeNewAgendaStep(const AgendaStep &step, int index) const
{
    return m_document.writeNewAgendaStep(step, index);
}

Outcome DocumentCommand::writeAgendaStep(const AgendaStep &step) const
{
    return m_document.writeAgendaStep(step);
}

Outcome DocumentCommand::writeAgendaMove(int id, int newIndex) const
{
    return m_document.writeAgendaMove(id, newIndex);
}

Outcome DocumentCommand::writeAgendaRemoval(int id) const
{
    return m_document.writeAgendaRemoval(id);
}

Outcome DocumentCommand::writeAgendaRestore(const AgendaStep &step) const
{
    return m_document.writeAgendaRestore(step);
}

Result<PollVote> DocumentCommand::writeNewPollAnswer(int stakeholderId, PollAnswer answer, const QString &comment) const
{
    return m_document.writeNewPollAnswer(stakeholderId, answer, comment);
}

Outcome DocumentCommand::writePollAnswer(int stakeholderId, const std::optional<PollVote> &vote) const
{
    return m_document.writePollAnswer(stakeholderId, vote);
}

Outcome DocumentCommand::writePollRationale(const QString &rationale) const
{
    return m_document.writePollRationale(rationale);
}

} // namespace gonogo
