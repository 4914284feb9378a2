#include "riskcommands.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

// Every field as it is now, so that undo puts back exactly what the change replaced.
RiskChange fieldsOf(const Risk &risk, bool withLinks)
{
    RiskChange before;
    before.id = risk.id;
    before.title = risk.title;
    before.description = risk.description;
    before.likelihood = risk.likelihood;
    before.impact = risk.impact;
    before.state = risk.state;
    before.owner = risk.owner;
    before.mitigation = risk.mitigation;
    before.acceptanceRationale = risk.acceptanceRationale;
    before.acceptedBy = risk.acceptedBy;
    before.acceptedUntil = risk.acceptedUntil;
    if (withLinks) {
        before.itemIds = risk.itemIds;
    }
    return before;
}

QString editText(const Risk &current, const RiskChange &change)
{
    if (change.state && *change.state != current.state) {
        return Text::tr("Set risk %1 to %2").arg(change.id, displayName(*change.state));
    }
    if (change.likelihood || change.impact) {
        return Text::tr("Move risk %1 to %2 likelihood, %3 impact")
            .arg(change.id, displayName(change.likelihood.value_or(current.likelihood)),
                 displayName(change.impact.value_or(current.impact)));
    }
    return Text::tr("Edit risk %1").arg(change.id);
}

} // namespace

AddRiskCommand::AddRiskCommand(DecisionDocument &document, RiskDraft draft)
    : DocumentCommand(document, Text::tr("Add risk")), m_draft(std::move(draft))
{
}

Outcome AddRiskCommand::apply()
{
    if (!m_added.id.isEmpty()) {
        return writeRiskRestore(m_added);
    }
    auto added = writeNewRisk(m_draft);
    if (!added) {
        return added.error();
    }
    m_added = added.value();
    setText(Text::tr("Add risk %1").arg(m_added.id));
    return Done{};
}

EditRiskCommand::EditRiskCommand(DecisionDocument &document, const Risk &current, RiskChange change,
                                 const QString &text)
    : DocumentCommand(document, text.isEmpty() ? editText(current, change) : text), m_change(std::move(change)),
      m_before(fieldsOf(current, m_change.itemIds.has_value()))
{
}

DeleteRiskCommand::DeleteRiskCommand(DecisionDocument &document, Risk removed)
    : DocumentCommand(document, Text::tr("Delete risk %1").arg(removed.id)), m_removed(std::move(removed))
{
}

LinkRiskCommand::LinkRiskCommand(DecisionDocument &document, const Risk &current, QStringList itemIds)
    : DocumentCommand(document, Text::tr("Link risk %1 to checklist items").arg(current.id)), m_id(current.id),
      m_before(current.itemIds), m_after(std::move(itemIds))
{
}

SetMatrixCommand::SetMatrixCommand(DecisionDocument &document, RiskMatrix before, RiskMatrix after)
    : DocumentCommand(document, Text::tr("Change the risk matrix")), m_before(std::move(before)),
      m_after(std::move(after))
{
}

} // namespace gonogo
