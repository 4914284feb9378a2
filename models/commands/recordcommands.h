// Edits of the decision and of the people who sign it. Undo writes back exactly what was there before (the earlier
// decision with its time, author and recommendation; a person with the same ID and place), and redo after undo
// writes back exactly what the first redo wrote, so a sign-off bound to that record is current again. Signing and
// withdrawing a sign-off are not commands: they are the signer's acts.
#pragma once

#include "documentcommand.h"

#include <optional>

namespace gonogo {

class RecordDecisionCommand final : public DocumentCommand
{
public:
    RecordDecisionCommand(DecisionDocument &document, std::optional<RecordedDecision> before, DecisionDraft draft);

private:
    Outcome apply() override;
    Outcome revert() override { return writeDecisionRestore(m_before); }
    std::optional<RecordedDecision> m_before;
    DecisionDraft m_draft;
    std::optional<RecordedDecision> m_recorded; // as first written, with its time: what a redo puts back
};

class AddStakeholderCommand final : public DocumentCommand
{
public:
    AddStakeholderCommand(DecisionDocument &document, QString name, QString role);

private:
    Outcome apply() override;
    Outcome revert() override { return writeStakeholderRemoval(m_added.id); }
    QString m_name;
    QString m_role;
    Stakeholder m_added; // as first written (id 0 until then)
};

class EditStakeholderCommand final : public DocumentCommand
{
public:
    EditStakeholderCommand(DecisionDocument &document, Stakeholder before, Stakeholder after);

private:
    Outcome apply() override { return writeStakeholder(m_after); }
    Outcome revert() override { return writeStakeholder(m_before); }
    Stakeholder m_before;
    Stakeholder m_after;
};

class MoveStakeholderCommand final : public DocumentCommand
{
public:
    MoveStakeholderCommand(DecisionDocument &document, const Stakeholder &moved, int from, int to);

private:
    Outcome apply() override { return writeStakeholderMove(m_id, m_to); }
    Outcome revert() override { return writeStakeholderMove(m_id, m_from); }
    int m_id;
    int m_from;
    int m_to;
};

class RemoveStakeholderCommand final : public DocumentCommand
{
public:
    RemoveStakeholderCommand(DecisionDocument &document, Stakeholder removed);

private:
    Outcome apply() override { return writeStakeholderRemoval(m_removed.id); }
    Outcome revert() override { return writeStakeholderRestore(m_removed); }
    Stakeholder m_removed;
};

} // namespace gonogo
