#include "decisiondocument.h"

#include "commands/itemcommands.h"
#include "commands/recordcommands.h"
#include "decisionfile.h"
#include "serverwatch.h"

#include <QCoreApplication>
#include <QDir>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

} // namespace

DecisionDocument::DecisionDocument(std::unique_ptr<DecisionFile> file, Snapshot snapshot, QString actor)
    : m_file(std::move(file)), m_snapshot(std::move(snapshot)), m_actor(std::move(actor))
{
    for (int i = 0; i < m_snapshot.items.size(); ++i) {
        m_itemIndex.insert(m_snapshot.items.at(i).id, i);
    }
    loadAfterDecision();
    reassess();
}

DecisionDocument::~DecisionDocument()
{
    m_undo.clear();
}

Result<std::unique_ptr<DecisionDocument>> DecisionDocument::open(const QString &path, const QString &actor, Verify when)
{
    auto file = DecisionFile::open(path);
    if (!file) {
        return file.error();
    }
    auto seen = file.value()->audit().head(); // before the record: what is read is at least that recent
    if (!seen) {
        return seen.error();
    }
    auto snapshot = file.value()->snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    // A file that fails verification is shown, never changed: a change would extend a broken audit chain and make
    // the damage look legitimate. The document's own changes keep a sound file sound.
    std::optional<VerifyReport> report;
    if (when == Verify::AtOpen) {
        auto verified = file.value()->verify(snapshot.value());
        if (!verified) {
            return verified.error();
        }
        report = std::move(verified).value();
    }
    std::unique_ptr<DecisionDocument> document(new DecisionDocument(
        std::move(file).value(), std::move(snapshot).value(), actor.isEmpty() ? DecisionFile::defaultActor() : actor));
    if (report) {
        document->m_integrityProblems = report->problems;
        document->m_verified = true;
    }
    document->m_seenBase = seen->seq;
    document->watchServer();
    return document;
}

Outcome DecisionDocument::create(const QString &path, const ChecklistTemplate &checklist, const CreateOptions &options)
{
    auto created = DecisionFile::create(path, checklist, options);
    if (!created) {
        return created.error();
    }
    return Done{}; // the file closes here, releasing its lock for open()
}

const QString &DecisionDocument::path() const
{
    return m_file->path();
}

const QString &DecisionDocument::migrationBackup() const
{
    return m_file->migrationBackup();
}

const QStringList &DecisionDocument::openingNotices() const
{
    return m_file->openingNotices();
}

bool DecisionDocument::readOnly() const
{
    return m_file->readOnly();
}

Result<AuditHead> DecisionDocument::auditHead() const
{
    return m_file->audit().head();
}

Result<QVector<AuditEntry>> DecisionDocument::auditEntries(qint64 afterSeq) const
{
    return m_file->audit().entries(afterSeq);
}

Result<VerifyReport> DecisionDocument::verify() const
{
    return m_file->verify();
}

Outcome DecisionDocument::copyTo(const QString &target, bool replace) const
{
    return m_file->copyTo(target, replace);
}

const Item *DecisionDocument::item(const QString &id) const
{
    const auto found = m_itemIndex.constFind(id);
    return found == m_itemIndex.constEnd() ? nullptr : &m_snapshot.items.at(found.value());
}

void DecisionDocument::reassess()
{
    m_assessment = DecisionEngine::assess(m_snapshot, &m_assessmentMemo);
    m_fingerprints.restChanged(m_snapshot);
}

void DecisionDocument::reassessItems(const QVector<int> &rows)
{
    m_assessment = DecisionEngine::assess(m_snapshot, &m_assessmentMemo);
    m_fingerprints.itemsChanged(m_snapshot, rows);
}

Outcome DecisionDocument::write(const QVector<ItemChange> &changes)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    // Each change is based on the item as this window shows it: on a server, someone else may have changed it since.
    QVector<ItemChange> based = changes;
    for (ItemChange &change : based) {
        if (const Item *shown = item(change.id)) {
            change.basedOn = shown->changedAt;
        }
    }
    auto written = m_file->items().apply(based, m_actor);
    if (!written && written.error().kind == ErrorKind::InUse) {
        // Refused as out of date: show what is there now, so the next attempt starts from it.
        (void)refreshItems(changes);
    }
    if (!written) {
        return written.error();
    }
    return refreshItems(changes);
}

Outcome DecisionDocument::refreshItems(const QVector<ItemChange> &changes)
{
    QStringList ids;
    QVector<int> rows;
    for (const ItemChange &change : changes) {
        // Read back what the file now holds (including who changed it and when) for just these rows.
        auto fresh = m_file->items().find(change.id);
        if (!fresh) {
            return fresh.error();
        }
        rows << m_itemIndex.value(change.id);
        m_snapshot.items[rows.last()] = fresh.value();
        ids << change.id;
    }
    reassessItems(rows);
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
    return static_cast<bool>(run(new SetStatusCommand(*this, std::move(before), std::move(after), status)));
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
    return static_cast<bool>(run(new EditItemTextCommand(*this, id, field, old, value)));
}

Outcome DecisionDocument::run(DocumentCommand *command)
{
    m_refusal.reset();
    m_undo.push(command); // runs redo(); a refused command is obsolete and deleted there
    if (m_refusal) {
        return *m_refusal;
    }
    return Done{};
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

void DecisionDocument::refuse(const Error &error)
{
    m_refusal = error;
    emit editFailed(error.message);
}

Outcome DecisionDocument::writable() const
{
    if (auto connected = offlineRefusal(); !connected) {
        return connected;
    }
    if (integrityProblems().isEmpty()) {
        return Done{};
    }
    return Error{ErrorKind::Damaged,
                 Text::tr("%1 fails verification, so nothing can be changed in it: %2. \"gonogo verify\" lists every "
                          "problem.")
                     .arg(QDir::toNativeSeparators(path()), m_integrityProblems.first())};
}

const QStringList &DecisionDocument::integrityProblems() const
{
    if (!m_verified) {
        auto report = m_file->verify();
        m_integrityProblems = report ? report->problems : QStringList{report.error().message};
        m_verified = true;
    }
    return m_integrityProblems;
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
    m_verified = true;
    emit recordChanged();
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::written(const Outcome &outcome)
{
    if (!outcome) {
        return outcome;
    }
    return reloadRecord();
}

Result<RecordedDecision> DecisionDocument::writeDecision(const DecisionDraft &draft)
{
    if (auto ok = writable(); !ok) {
        return ok.error();
    }
    // The storage layer records the engine's recommendation for the file as it stands: a caller cannot supply one.
    if (auto done = basedOn({QStringLiteral("decision")}, Text::tr("the decision"),
                            [&] { return m_file->decisions().record(draft, m_actor); });
        !done) {
        return done.error();
    }
    if (auto reloaded = reloadRecord(); !reloaded) {
        return reloaded.error();
    }
    return *m_snapshot.decision;
}

Outcome DecisionDocument::writeDecisionRestore(const std::optional<RecordedDecision> &decision)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return written(basedOn({QStringLiteral("decision")}, Text::tr("the decision"),
                           [&] { return m_file->decisions().restore(decision, m_actor); }));
}

Result<Stakeholder> DecisionDocument::writeNewStakeholder(const QString &name, const QString &role)
{
    if (auto ok = writable(); !ok) {
        return ok.error();
    }
    auto id = basedOn({QStringLiteral("stakeholder:")}, Text::tr("the stakeholders"),
                      [&] { return m_file->signoffs().addStakeholder(name, role, m_actor); });
    if (!id) {
        return id.error();
    }
    if (auto reloaded = reloadRecord(); !reloaded) {
        return reloaded.error();
    }
    return *stakeholder(id.value());
}

Outcome DecisionDocument::writeStakeholder(const Stakeholder &s)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    auto changed = basedOn({QStringLiteral("stakeholder:")}, Text::tr("the stakeholders"),
                           [&] { return m_file->signoffs().updateStakeholder(s, m_actor); });
    return written(changed ? Outcome(Done{}) : Outcome(changed.error()));
}

Outcome DecisionDocument::writeStakeholderMove(int id, int newIndex)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return written(basedOn({QStringLiteral("stakeholder:")}, Text::tr("the stakeholders"),
                           [&] { return m_file->signoffs().moveStakeholder(id, newIndex, m_actor); }));
}

Outcome DecisionDocument::writeStakeholderRemoval(int id)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return written(basedOn({QStringLiteral("stakeholder:")}, Text::tr("the stakeholders"),
                           [&] { return m_file->signoffs().removeStakeholder(id, m_actor); }));
}

Outcome DecisionDocument::writeStakeholderRestore(const Stakeholder &s)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    return written(basedOn({QStringLiteral("stakeholder:")}, Text::tr("the stakeholders"),
                           [&] { return m_file->signoffs().restoreStakeholder(s, m_actor); }));
}

const Stakeholder *DecisionDocument::stakeholder(int id) const
{
    for (const Stakeholder &p : m_snapshot.stakeholders) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

Outcome DecisionDocument::recordDecision(const DecisionDraft &draft)
{
    const std::optional<RecordedDecision> before = m_snapshot.decision;
    return run(new RecordDecisionCommand(*this, before, draft));
}

Outcome DecisionDocument::addStakeholder(const QString &name, const QString &role)
{
    return run(new AddStakeholderCommand(*this, name, role));
}

Outcome DecisionDocument::updateStakeholder(const Stakeholder &s)
{
    const Stakeholder *current = stakeholder(s.id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no stakeholder %1.").arg(s.id)});
    }
    if (current->name == s.name && current->role == s.role) {
        return Done{};
    }
    return run(new EditStakeholderCommand(*this, *current, s));
}

Outcome DecisionDocument::moveStakeholder(int id, int newIndex)
{
    const Stakeholder *current = stakeholder(id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no stakeholder %1.").arg(id)});
    }
    const auto oldIndex = static_cast<int>(current - m_snapshot.stakeholders.constData());
    if (oldIndex == newIndex) {
        return Done{};
    }
    return run(new MoveStakeholderCommand(*this, *current, oldIndex, newIndex));
}

Outcome DecisionDocument::removeStakeholder(int id)
{
    const Stakeholder *current = stakeholder(id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no stakeholder %1.").arg(id)});
    }
    return run(new RemoveStakeholderCommand(*this, *current));
}

Outcome DecisionDocument::sign(const SignoffDraft &draft)
{
    if (auto ok = writable(); !ok) {
        return refused(ok.error());
    }
    SignoffDraft bound = draft;
    if (bound.expectedFingerprint.isEmpty()) {
        bound.expectedFingerprint = fingerprint(); // what the signer has in front of them
    }
    if (auto done = m_file->signoffs().sign(bound, m_actor); !done) {
        if (done.error().kind == ErrorKind::InUse) {
            takeRemote({}); // show the record as it now is, items included
        }
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

} // namespace gonogo
