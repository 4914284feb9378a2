// Edits of the risk register: add, change (fields and links in one transaction), delete, link to checklist
// items, and the likelihood x impact levels of the matrix.
#pragma once

#include "documentcommand.h"

namespace gonogo {

class AddRiskCommand final : public DocumentCommand
{
public:
    AddRiskCommand(DecisionDocument &document, RiskDraft draft);
    const QString &riskId() const { return m_added.id; } // empty until the first redo() wrote it

private:
    Outcome apply() override;
    Outcome revert() override { return writeRiskRemoval(m_added.id); }
    RiskDraft m_draft;
    Risk m_added; // as first written: undo removes it, redo puts it back with the same ID
};

class EditRiskCommand final : public DocumentCommand
{
public:
    // TEXT names the step; empty: said from what changes (state, place on the matrix, or fields).
    EditRiskCommand(DecisionDocument &document, const Risk &current, RiskChange change, const QString &text = {});

private:
    Outcome apply() override { return writeRisk(m_change); }
    Outcome revert() override { return writeRisk(m_before); }
    RiskChange m_change;
    RiskChange m_before;
};

class DeleteRiskCommand final : public DocumentCommand
{
public:
    DeleteRiskCommand(DecisionDocument &document, Risk removed);

private:
    Outcome apply() override { return writeRiskRemoval(m_removed.id); }
    Outcome revert() override { return writeRiskRestore(m_removed); }
    Risk m_removed;
};

class LinkRiskCommand final : public DocumentCommand
{
public:
    LinkRiskCommand(DecisionDocument &document, const Risk &current, QStringList itemIds);

private:
    Outcome apply() override { return writeRiskLinks(m_id, m_after); }
    Outcome revert() override { return writeRiskLinks(m_id, m_before); }
    QString m_id;
    QStringList m_before;
    QStringList m_after;
};

class SetMatrixCommand final : public DocumentCommand
{
public:
    SetMatrixCommand(DecisionDocument &document, RiskMatrix before, RiskMatrix after);

private:
    Outcome apply() override { return writeMatrix(m_after); }
    Outcome revert() override { return writeMatrix(m_before); }
    RiskMatrix m_before;
    RiskMatrix m_after;
};

} // namespace gonogo
