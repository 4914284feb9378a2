#include "decisiondocument.h"

#include <QDir>

#include <QCoreApplication>

#include <functional>

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

// One undoable user action. The change is already on disk when the command is pushed, so the first redo() does
// nothing; later undo/redo write through the document like any edit, and a refused write is reported.
class EditCommand final : public QUndoCommand
{
public:
    using Step = std::function<Outcome()>;

    EditCommand(DecisionDocument *document, const QString &text, Step redo, Step undo, int mergeId = -1,
                QString mergeKey = {})
        : m_document(document), m_redo(std::move(redo)), m_undo(std::move(undo)), m_mergeId(mergeId),
          m_mergeKey(std::move(mergeKey))
    {
        setText(text);
    }

    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        report(m_redo());
    }

    void undo() override { report(m_undo()); }

    int id() const override { return m_mergeId; }

    // Typing in one field of one item: keep the first "before" and take the latest "after".
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditCommand *>(other);
        if (next->m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_redo = next->m_redo;
        return true;
    }

    void markApplied() { m_applied = true; }

private:
    void report(const Outcome &outcome)
    {
        if (!outcome) {
            emit m_document->editFailed(outcome.error().message);
        }
    }

    DecisionDocument *m_document;
    Step m_redo;
    Step m_undo;
    int m_mergeId;
    QString m_mergeKey;
    bool m_applied = false;
};

} // namespace

DecisionDocument::DecisionDocument(std::unique_ptr<DecisionFile> file, Snapshot snapshot, QString actor)
    : m_file(std::move(file)), m_snapshot(std::move(snapshot)), m_actor(std::move(actor))
{
    for (int i = 0; i < m_snapshot.items.size(); ++i) {
        m_itemIndex.insert(m_snapshot.items.at(i).id, i);
    }
    reassess();
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
    // A file that fails verification at open is shown, never changed: a change would extend a broken audit chain
    // and make the damage look legitimate. The document's own changes keep a sound file sound.
    auto report = file.value()->verify();
    if (!report) {
        return report.error();
    }
    std::unique_ptr<DecisionDocument> document(new DecisionDocument(
        std::move(file).value(), std::move(snapshot).value(), actor.isEmpty() ? DecisionFile::defaultActor() : actor));
    document->m_integrityProblems = report->problems;
    return document;
}

const Item *DecisionDocument::item(const QString &id) const
{
    const auto found = m_itemIndex.constFind(id);
    return found == m_itemIndex.constEnd() ? nullptr : &m_snapshot.items.at(found.value());
}

void DecisionDocument::reassess()
{
    m_assessment = DecisionEngine::assess(m_snapshot);
    m_fingerprints = Record::fingerprints(m_snapshot);
}

Outcome DecisionDocument::write(const QVector<ItemChange> &changes)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
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
    const QString text =
        after.size() == 1
            ? Text::tr("Set %1 to %2").arg(after.first().id, displayName(status))
            : Text::tr("Set %n item(s) to %1", nullptr, static_cast<int>(after.size())).arg(displayName(status));
    push(
        text, [this, after] { return write(after); }, [this, before] { return write(before); });
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
    push(
        text, [this, after] { return write({after}); }, [this, before] { return write({before}); },
        100 + static_cast<int>(field), id);
    return true;
}

void DecisionDocument::push(const QString &text, std::function<Outcome()> redo, std::function<Outcome()> undo,
                            int mergeId, const QString &mergeKey)
{
    auto *command = new EditCommand(this, text, std::move(redo), std::move(undo), mergeId, mergeKey);
    command->markApplied();
    m_undo.push(command);
}

const Risk *DecisionDocument::risk(const QString &id) const
{
    const int row = riskRow(id);
    return row < 0 ? nullptr : &m_snapshot.risks.at(row);
}

int DecisionDocument::riskRow(const QString &id) const
{
    for (int i = 0; i < m_snapshot.risks.size(); ++i) {
        if (m_snapshot.risks.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

Outcome DecisionDocument::refused(const Error &error)
{
    emit editFailed(error.message);
    return error;
}

Outcome DecisionDocument::writable() const
{
    if (m_integrityProblems.isEmpty()) {
        return Done{};
    }
    return Error{ErrorKind::Damaged,
                 Text::tr("%1 fails verification, so nothing can be changed in it: %2. \"gonogo verify\" lists every "
                          "problem.")
                     .arg(QDir::toNativeSeparators(path()), m_integrityProblems.first())};
}

Outcome DecisionDocument::writeRisk(const RiskChange &change)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    auto written = m_file->risks().apply(change, m_actor);
    if (!written) {
        return written.error();
    }
    auto fresh = m_file->risks().find(change.id);
    if (!fresh) {
        return fresh.error();
    }
    const int row = riskRow(change.id);
    m_snapshot.risks[row] = fresh.value();
    reassess();
    emit riskChanged(row, change.id);
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::writeRiskLinks(const QString &id, const QStringList &itemIds)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    auto written = m_file->risks().setLinks(id, itemIds, m_actor);
    if (!written) {
        return written.error();
    }
    auto fresh = m_file->risks().find(id);
    if (!fresh) {
        return fresh.error();
    }
    const int row = riskRow(id);
    m_snapshot.risks[row] = fresh.value();
    reassess(); // links are part of the record: its fingerprint changes with them
    emit riskChanged(row, id);
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::writeRiskRemoval(QString id)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    const int row = riskRow(id);
    if (row < 0) {
        return Error{ErrorKind::InvalidInput, Text::tr("There is no risk %1.").arg(id)};
    }
    if (auto removed = m_file->risks().remove(id, m_actor); !removed) {
        return removed.error();
    }
    m_snapshot.risks.removeAt(row);
    reassess();
    emit riskRemoved(row, id);
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::writeRiskRestore(const Risk &risk)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    if (auto restored = m_file->risks().restore(risk, m_actor); !restored) {
        return restored.error();
    }
    auto fresh = m_file->risks().find(risk.id);
    if (!fresh) {
        return fresh.error();
    }
    int row = 0;
    while (row < m_snapshot.risks.size() && m_snapshot.risks.at(row).position < risk.position) {
        ++row;
    }
    m_snapshot.risks.insert(row, fresh.value());
    reassess();
    emit riskInserted(row, risk.id);
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::writeMatrix(const RiskMatrix &matrix)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    auto written = m_file->risks().setMatrix(matrix, m_actor);
    if (!written) {
        return written.error();
    }
    m_snapshot.matrix = matrix;
    reassess();
    emit matrixChanged();
    emit assessmentChanged();
    return Done{};
}

Result<QString> DecisionDocument::addRisk(const RiskDraft &draft)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error()).error();
    }
    auto id = m_file->risks().add(draft, m_actor);
    if (!id) {
        return refused(id.error()).error();
    }
    auto fresh = m_file->risks().find(id.value());
    if (!fresh) {
        return refused(fresh.error()).error();
    }
    const Risk added = fresh.value();
    m_snapshot.risks.append(added);
    reassess();
    emit riskInserted(static_cast<int>(m_snapshot.risks.size()) - 1, added.id);
    emit assessmentChanged();
    push(
        Text::tr("Add risk %1").arg(added.id), [this, added] { return writeRiskRestore(added); },
        [this, added] { return writeRiskRemoval(added.id); });
    return added.id;
}

Outcome DecisionDocument::updateRisk(const RiskChange &change, const QString &text)
{
    const Risk *current = risk(change.id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no risk %1.").arg(change.id)});
    }
    RiskChange before;
    before.id = current->id;
    before.title = current->title;
    before.description = current->description;
    before.likelihood = current->likelihood;
    before.impact = current->impact;
    before.state = current->state;
    before.owner = current->owner;
    before.mitigation = current->mitigation;
    before.acceptanceRationale = current->acceptanceRationale;
    before.acceptedBy = current->acceptedBy;
    before.acceptedUntil = current->acceptedUntil;
    if (change.itemIds) {
        before.itemIds = current->itemIds;
    }
    const RiskState oldState = current->state;
    if (auto done = writeRisk(change); !done) {
        return refused(done.error());
    }
    QString label = text;
    if (label.isEmpty()) {
        if (change.state && *change.state != oldState) {
            label = Text::tr("Set risk %1 to %2").arg(change.id, displayName(*change.state));
        } else if (change.likelihood || change.impact) {
            const Risk *now = risk(change.id);
            label = Text::tr("Move risk %1 to %2 likelihood, %3 impact")
                        .arg(change.id, displayName(now->likelihood), displayName(now->impact));
        } else {
            label = Text::tr("Edit risk %1").arg(change.id);
        }
    }
    push(
        label, [this, change] { return writeRisk(change); }, [this, before] { return writeRisk(before); });
    return Done{};
}

Outcome DecisionDocument::removeRisk(QString id)
{
    const Risk *current = risk(id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no risk %1.").arg(id)});
    }
    const Risk removed = *current;
    if (auto done = writeRiskRemoval(id); !done) {
        return refused(done.error());
    }
    push(
        Text::tr("Delete risk %1").arg(id), [this, id] { return writeRiskRemoval(id); },
        [this, removed] { return writeRiskRestore(removed); });
    return Done{};
}

Outcome DecisionDocument::setRiskLinks(const QString &id, const QStringList &itemIds)
{
    const Risk *current = risk(id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no risk %1.").arg(id)});
    }
    const QStringList before = current->itemIds;
    if (auto done = writeRiskLinks(id, itemIds); !done) {
        return refused(done.error());
    }
    push(
        Text::tr("Link risk %1 to checklist items").arg(id),
        [this, id, itemIds] { return writeRiskLinks(id, itemIds); },
        [this, id, before] { return writeRiskLinks(id, before); });
    return Done{};
}

Outcome DecisionDocument::setMatrix(const RiskMatrix &matrix)
{
    const RiskMatrix before = m_snapshot.matrix;
    if (before == matrix) {
        return Done{};
    }
    if (auto done = writeMatrix(matrix); !done) {
        return refused(done.error());
    }
    push(
        Text::tr("Change the risk matrix"), [this, matrix] { return writeMatrix(matrix); },
        [this, before] { return writeMatrix(before); });
    return Done{};
}

Outcome DecisionDocument::reloadRecord()
{
    auto people = m_file->signoffs().stakeholders();
    if (!people) {
        return people.error();
    }
    auto decided = m_file->decisions().load();
    if (!decided) {
        return decided.error();
    }
    auto signatures = m_file->signoffs().all();
    if (!signatures) {
        return signatures.error();
    }
    m_snapshot.stakeholders = people.value();
    m_snapshot.decision = decided.value();
    m_snapshot.signoffs = signatures.value();
    reassess();
    // Sign-offs and the decision are what an auditor checks first: verify again after they change.
    auto report = m_file->verify();
    m_integrityProblems = report ? report->problems : QStringList{report.error().message};
    emit recordChanged();
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::recordDecision(const DecisionDraft &draft)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    DecisionDraft d = draft;
    d.recommendation = m_assessment.decision; // always the engine's answer now, never what a caller supplies
    if (auto done = m_file->decisions().record(d, m_actor); !done) {
        return refused(done.error());
    }
    return reloadRecord();
}

Outcome DecisionDocument::sign(const SignoffDraft &draft)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = m_file->signoffs().sign(draft, m_actor); !done) {
        return refused(done.error());
    }
    return reloadRecord();
}

Outcome DecisionDocument::withdrawSignoff(int signoffId, const QString &reason)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = m_file->signoffs().withdraw(signoffId, reason, m_actor); !done) {
        return refused(done.error());
    }
    return reloadRecord();
}

Outcome DecisionDocument::addStakeholder(const QString &name, const QString &role)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = m_file->signoffs().addStakeholder(name, role, m_actor); !done) {
        return refused(done.error());
    }
    return reloadRecord();
}

Outcome DecisionDocument::updateStakeholder(const Stakeholder &stakeholder)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = m_file->signoffs().updateStakeholder(stakeholder, m_actor); !done) {
        return refused(done.error());
    }
    return reloadRecord();
}

Outcome DecisionDocument::moveStakeholder(int id, int newIndex)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = m_file->signoffs().moveStakeholder(id, newIndex, m_actor); !done) {
        return refused(done.error());
    }
    return reloadRecord();
}

Outcome DecisionDocument::removeStakeholder(int id)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    if (auto done = m_file->signoffs().removeStakeholder(id, m_actor); !done) {
        return refused(done.error());
    }
    return reloadRecord();
}

} // namespace gonogo
