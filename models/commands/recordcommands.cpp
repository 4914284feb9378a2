#include "recordcommands.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

QString who(const QString &name, const QString &role)
{
    return name.isEmpty() ? role : Text::tr("%1 (%2)").arg(name, role);
}

} // namespace

RecordDecisionCommand::RecordDecisionCommand(DecisionDocument &document, std::optional<RecordedDecision> before,
                                             DecisionDraft draft)
    : DocumentCommand(document, Text::tr("Record the decision %1").arg(displayName(draft.decision))),
      m_before(std::move(before)), m_draft(std::move(draft))
{
}

Outcome RecordDecisionCommand::apply()
{
    if (m_recorded) {
        return writeDecisionRestore(m_recorded);
    }
    auto recorded = writeDecision(m_draft);
    if (!recorded) {
        return recorded.error();
    }
    m_recorded = recorded.value();
    return Done{};
}

AddStakeholderCommand::AddStakeholderCommand(DecisionDocument &document, QString name, QString role)
    : DocumentCommand(document, Text::tr("Add %1").arg(who(name, role))), m_name(std::move(name)),
      m_role(std::move(role))
{
}

Outcome AddStakeholderCommand::apply()
{
    if (m_added.id != 0) {
        return writeStakeholderRestore(m_added);
    }
    auto added = writeNewStakeholder(m_name, m_role);
    if (!added) {
        return added.error();
    }
    m_added = added.value();
    setText(Text::tr("Add %1").arg(who(m_added.name, m_added.role))); // as stored, cleaned
    return Done{};
}

EditStakeholderCommand::EditStakeholderCommand(DecisionDocument &document, Stakeholder before, Stakeholder after)
    : DocumentCommand(document, Text::tr("Edit %1").arg(who(before.name, before.role))), m_before(std::move(before)),
      m_after(std::move(after))
{
}

MoveStakeholderCommand::MoveStakeholderCommand(DecisionDocument &document, const Stakeholder &moved, int from, int to)
    : DocumentCommand(document, Text::tr("Move %1 to place %2").arg(who(moved.name, moved.role)).arg(to + 1)),
      m_id(moved.id), m_from(from), m_to(to)
{
}

RemoveStakeholderCommand::RemoveStakeholderCommand(DecisionDocument &document, Stakeholder removed)
    : DocumentCommand(document, Text::tr("Remove %1").arg(who(removed.name, removed.role))),
      m_removed(std::move(removed))
{
}

} // namespace gonogo
