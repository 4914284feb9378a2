// The base of every undoable edit of a DecisionDocument: redo() and undo() write through the document (the file
// first, then the snapshot and the signals), in one repository call and one transaction each. A write that is
// refused is reported through DecisionDocument::editFailed and makes the command obsolete, so QUndoStack drops it:
// a refused first redo() never lands on the stack, and a refused undo() leaves the change with nothing to undo.
// Subclasses say what the edit is (apply) and how to take it back (revert), nothing else.
#pragma once

#include "../changes.h"
#include "../result.h"

#include <QUndoCommand>

#include <optional>

namespace gonogo {

class DecisionDocument;

class DocumentCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    DocumentCommand(DecisionDocument &document, const QString &text);
    virtual Outcome apply() = 0;
    virtual Outcome revert() = 0;

    DecisionDocument &document() const { return m_document; }
    // The document's write paths, for the subclasses (DecisionDocument keeps them private).
    Outcome writeItems(const QVector<ItemChange> &changes) const;
    Result<Risk> writeNewRisk(const RiskDraft &draft) const;
    Outcome writeRisk(const RiskChange &change) const;
    Outcome writeRiskLinks(const QString &id, const QStringList &itemIds) const;
    Outcome writeRiskRemoval(const QString &id) const;
    Outcome writeRiskRestore(const Risk &risk) const;
    Outcome writeMatrix(const RiskMatrix &matrix) const;
    Result<RecordedDecision> writeDecision(const DecisionDraft &draft) const;
    Outcome writeDecisionRestore(const std::optional<RecordedDecision> &decision) const;
    Result<Stakeholder> writeNewStakeholder(const QString &name, const QString &role) const;
    Outcome writeStakeholder(const Stakeholder &stakeholder) const;
    Outcome writeStakeholderMove(int id, int newIndex) const;
    Outcome writeStakeholderRemoval(int id) const;
    Outcome writeStakeholderRestore(const Stakeholder &stakeholder) const;
    Result<AgendaStep> writeNewAgendaStep(const AgendaStep &step, int index) const;
    Outcome writeAgendaStep(const AgendaStep &step) const;
    Outcome writeAgendaMove(int id, int newIndex) const;
    Outcome writeAgendaRemoval(int id) const;
    Outcome writeAgendaRestore(const AgendaStep &step) const;
    Result<PollVote> writeNewPollAnswer(int stakeholderId, PollAnswer answer, const QString &comment) const;
    Outcome writePollAnswer(int stakeholderId, const std::optional<PollVote> &vote) const;
    Outcome writePollRationale(const QString &rationale) const;

private:
    void settle(const Outcome &outcome);
    DecisionDocument &m_document;
};

} // namespace gonogo
