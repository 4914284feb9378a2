#include "decisiondocument.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

ItemChange textChange(const QString &id, ItemField field, const QString &value)
{
    ItemChange c;
    c.id = id;
    switch (field) {
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

// One undoable edit of one or more items. The change is already on disk when the command is pushed, so the
// first redo() does nothing; later undo/redo write through the document like any edit.
class ItemEditCommand final : public QUndoCommand
{
public:
    ItemEditCommand(DecisionDocument *document, QVector<ItemChange> before, QVector<ItemChange> after,
                    const QString &text, int mergeId)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after)), m_mergeId(mergeId)
    {
        setText(text);
    }

    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        if (auto done = m_document->write(m_after); !done) {
            emit m_document->editFailed(done.error().message);
        }
    }

    void undo() override
    {
        if (auto done = m_document->write(m_before); !done) {
            emit m_document->editFailed(done.error().message);
        }
    }

    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ItemEditCommand *>(other);
        if (next->m_after.size() != 1 || m_after.size() != 1 || next->m_after.first().id != m_after.first().id) {
            return false;
        }
        m_after = next->m_after;
        return true;
    }

    void markApplied() { m_applied = true; }

private:
    DecisionDocument *m_document;
    QVector<ItemChange> m_before;
    QVector<ItemChange> m_after;
    int m_mergeId;
    bool m_applied = false;
};

} // namespace

DecisionDocument::DecisionDocument(std::unique_ptr<DecisionFile> file, Snapshot snapshot, QString actor)
    : m_file(std::move(file)), m_snapshot(std::move(snapshot)), m_actor(std::move(actor))
{
    for (int i = 0; i < m_snapshot.items.size(); ++i) {
        m_itemIndex.insert(m_snapshot.items.at(i).id, i);
    }
    m_assessment = DecisionEngine::assess(m_snapshot);
}

DecisionDocument::~DecisionDocument()
{
    m_undo.clear();
}

Result<std::unique_ptr<DecisionDocument>> DecisionDocument::open(const QString &path, const QString &actor)
{
    auto file = DecisionFile::open(path);
    if (!file) {
        return file.error();
    }
    auto snapshot = file.value()->snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    return std::unique_ptr<DecisionDocument>(
        new DecisionDocument(std::move(file).value(), std::move(snapshot).value(),
                             actor.isEmpty() ? DecisionFile::defaultActor() : actor));
}

const Item *DecisionDocument::item(const QString &id) const
{
    const auto found = m_itemIndex.constFind(id);
    return found == m_itemIndex.constEnd() ? nullptr : &m_snapshot.items.at(found.value());
}

void DecisionDocument::reassess()
{
    m_assessment = DecisionEngine::assess(m_snapshot);
}

Outcome DecisionDocument::write(const QVector<ItemChange> &changes)
{
    auto written = m_file->items().apply(changes, m_actor);
    if (!written) {
        return written.error();
    }
    QStringList ids;
    for (const ItemChange &change : changes) {
        // Read back what the file now holds (including who changed it and when) for just these rows.
        auto fresh = m_file->items().find(change.id);
        if (!fresh) {
            return fresh.error();
        }
        m_snapshot.items[m_itemIndex.value(change.id)] = fresh.value();
        ids << change.id;
    }
    reassess();
    emit itemsChanged(ids);
    emit assessmentChanged();
    return Done{};
}

bool DecisionDocument::setStatus(const QStringList &ids, Status status)
{
    QVector<ItemChange> before;
    QVector<ItemChange> after;
    for (const QString &id : ids) {
        const Item *current = item(id);
        if (!current) {
            emit editFailed(Text::tr("There is no checklist item %1.").arg(id));
            return false;
        }
        if (current->status == status) {
            continue;
        }
        ItemChange b;
        b.id = id;
        b.status = current->status;
        before << b;
        ItemChange a;
        a.id = id;
        a.status = status;
        after << a;
    }
    if (after.isEmpty()) {
        return true;
    }
    if (auto done = write(after); !done) {
        emit editFailed(done.error().message);
        return false;
    }
    const QString text = after.size() == 1
                             ? Text::tr("Set %1 to %2").arg(after.first().id, displayName(status))
                             : Text::tr("Set %n item(s) to %1", nullptr, static_cast<int>(after.size())).arg(displayName(status));
    auto *command = new ItemEditCommand(this, before, after, text, -1);
    command->markApplied();
    m_undo.push(command);
    return true;
}

bool DecisionDocument::setItemText(const QString &id, ItemField field, const QString &value)
{
    const Item *current = item(id);
    if (!current) {
        emit editFailed(Text::tr("There is no checklist item %1.").arg(id));
        return false;
    }
    const QString old = fieldText(*current, field);
    if (old == value) {
        return true;
    }
    const ItemChange before = textChange(id, field, old);
    const ItemChange after = textChange(id, field, value);
    if (auto done = write({after}); !done) {
        emit editFailed(done.error().message);
        return false;
    }
    QString text;
    switch (field) {
    case ItemField::Owner:
        text = Text::tr("Edit owner of %1").arg(id);
        break;
    case ItemField::Evidence:
        text = Text::tr("Edit evidence of %1").arg(id);
        break;
    case ItemField::Notes:
        text = Text::tr("Edit notes of %1").arg(id);
        break;
    }
    auto *command = new ItemEditCommand(this, {before}, {after}, text, 100 + static_cast<int>(field));
    command->markApplied();
    m_undo.push(command);
    return true;
}

} // namespace gonogo
