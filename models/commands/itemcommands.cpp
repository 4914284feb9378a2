#include "itemcommands.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

QString statusText(const QVector<ItemChange> &after, Status status)
{
    return after.size() == 1
               ? Text::tr("Set %1 to %2").arg(after.first().id, displayName(status))
               : Text::tr("Set %n item(s) to %1", nullptr, static_cast<int>(after.size())).arg(displayName(status));
}

QString textEditText(const QString &id, ItemField field)
{
    switch (field) {
    case ItemField::Owner:
        return Text::tr("Edit owner of %1").arg(id);
    case ItemField::Evidence:
        return Text::tr("Edit evidence of %1").arg(id);
    case ItemField::Notes:
        break;
    }
    return Text::tr("Edit notes of %1").arg(id);
}

} // namespace

QString fieldText(const Item &item, ItemField field)
{
    switch (field) {
    case ItemField::Owner:
        return item.owner;
    case ItemField::Evidence:
        return item.evidence;
    case ItemField::Notes:
        break;
    }
    return item.notes;
}

SetStatusCommand::SetStatusCommand(DecisionDocument &document, QVector<ItemChange> before, QVector<ItemChange> after,
                                   Status status)
    : DocumentCommand(document, statusText(after, status)), m_before(std::move(before)), m_after(std::move(after))
{
}

EditItemTextCommand::EditItemTextCommand(DecisionDocument &document, const QString &id, ItemField field,
                                         const QString &before, const QString &after)
    : DocumentCommand(document, textEditText(id, field)), m_itemId(id), m_field(field), m_before(before), m_after(after)
{
}

int EditItemTextCommand::id() const
{
    return 100 + static_cast<int>(m_field);
}

bool EditItemTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditItemTextCommand *>(other);
    // A refused edit was never written: there is nothing of it to keep.
    if (next->isObsolete() || next->m_itemId != m_itemId) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

ItemChange EditItemTextCommand::change(const QString &value) const
{
    ItemChange c;
    c.id = m_itemId;
    switch (m_field) {
    case ItemField::Owner:
        c.owner = value;
        break;
    case ItemField::Evidence:
        c.evidence = value;
        break;
    case ItemField::Notes:
        c.notes = value;
        break;
    }
    return c;
}

Outcome EditItemTextCommand::apply()
{
    return writeItems({change(m_after)});
}

Outcome EditItemTextCommand::revert()
{
    return writeItems({change(m_before)});
}

} // namespace gonogo
