// Edits of checklist items: a status for one or more items (one step), and one text field of one item, where
// typing merges into one step per field and item.
#pragma once

#include "documentcommand.h"

namespace gonogo {

class SetStatusCommand final : public DocumentCommand
{
public:
    // BEFORE and AFTER hold the same items, with their old and new status.
    SetStatusCommand(DecisionDocument &document, QVector<ItemChange> before, QVector<ItemChange> after, Status status);

private:
    Outcome apply() override { return writeItems(m_after); }
    Outcome revert() override { return writeItems(m_before); }
    QVector<ItemChange> m_before;
    QVector<ItemChange> m_after;
};

class EditItemTextCommand final : public DocumentCommand
{
public:
    EditItemTextCommand(DecisionDocument &document, const QString &id, ItemField field, const QString &before,
                        const QString &after);
    int id() const override;
    // Typing in one field of one item: keep the first "before" and take the latest "after".
    bool mergeWith(const QUndoCommand *other) override;

private:
    Outcome apply() override;
    Outcome revert() override;
    ItemChange change(const QString &value) const;
    QString m_itemId;
    ItemField m_field;
    QString m_before;
    QString m_after;
};

QString fieldText(const Item &item, ItemField field);

} // namespace gonogo
