// DecisionDocument on a server (team mode): what others change arrives through the ServerWatch and is shown by
// refreshing only what changed; a lost connection is shown, and edits are refused until it is back (never queued).
#include "decisiondocument.h"

#include "decisionfile.h"
#include "serverwatch.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

bool sameItem(const Item &a, const Item &b)
{
    return a.status == b.status && a.owner == b.owner && a.evidence == b.evidence && a.notes == b.notes &&
           a.changedAt == b.changedAt && a.changedBy == b.changedBy;
}

} // namespace

void DecisionDocument::watchServer()
{
    if (!m_file->onServer()) {
        return;
    }
    m_watch = std::make_unique<ServerWatch>(m_file.get());
    connect(m_watch.get(), &ServerWatch::changedElsewhere, this, [this](const QStringList &entities) {
        takeRemote(entities);
        emit changedElsewhere(entities);
    });
    connect(m_watch.get(), &ServerWatch::connectionChanged, this, [this](bool online) {
        if (online) {
            takeRemote({}); // what was said while offline is lost: read everything again
        }
        emit connectionChanged(online);
    });
}

bool DecisionDocument::onServer() const
{
    return m_file->onServer();
}

bool DecisionDocument::online() const
{
    return !m_watch || m_watch->online();
}

QString DecisionDocument::offlineReason() const
{
    return m_watch ? m_watch->lostBecause() : QString();
}

Outcome DecisionDocument::offlineRefusal() const
{
    if (online()) {
        return Done{};
    }
    return Error{ErrorKind::Io, Text::tr("%1 is offline (%2): nothing can be changed until the connection is back. "
                                         "GoNoGo reconnects by itself.")
                                    .arg(path(), offlineReason())};
}

void DecisionDocument::takeRemote(const QStringList &entities)
{
    const bool onlyItems = !entities.isEmpty() &&
                           std::all_of(entities.cbegin(), entities.cend(),
                                       [](const QString &entity) { return entity.startsWith(QLatin1String("item:")); });
    if (!onlyItems) {
        // The undo history was made against the record as it was; after someone else changed more than items, an
        // undo would be refused as stale (or, for an item, overwrite their change).
        m_undo.clear();
    }
    showRemote(entities);
}

void DecisionDocument::beginBased(const QStringList &parts, const QString &what)
{
    // What this window has seen of all of PARTS: its last whole read, or its own last write of each part after.
    qint64 seen = std::numeric_limits<qint64>::max();
    for (const QString &part : parts) {
        seen = std::min(seen, m_seenParts.value(part, m_seenBase));
    }
    if (parts.isEmpty()) {
        seen = m_seenBase;
    }
    m_file->session().setCommittedHead(-1);
    m_file->session().setBasis(Basis{seen, parts, what});
}

void DecisionDocument::endBased(const QStringList &parts, const Error *refusal)
{
    const SqlSession &session = m_file->session();
    session.setBasis(std::nullopt); // a write refused before its transaction began leaves it unused
    if (!refusal) {
        if (session.committedHead() >= 0) {
            for (const QString &part : parts) {
                m_seenParts.insert(part, session.committedHead());
            }
        }
        return;
    }
    if (refusal->kind == ErrorKind::InUse) {
        // Refused as stale: show what is stored now, so the next attempt starts from it. The history goes too, once
        // the command that was refused has finished (it may be the one the stack is undoing).
        showRemote({});
        QMetaObject::invokeMethod(
            this, [this] { m_undo.clear(); }, Qt::QueuedConnection);
    }
}

void DecisionDocument::showRemote(const QStringList &entities)
{
    QVector<ItemChange> items;
    bool rest = entities.isEmpty();
    for (const QString &entity : entities) {
        if (entity.startsWith(QLatin1String("item:"))) {
            ItemChange change;
            change.id = entity.mid(5);
            if (item(change.id)) {
                items << change;
            }
        } else {
            rest = true;
        }
    }
    if (!items.isEmpty()) {
        (void)refreshItems(items); // only these rows, their category scores and reasons
    }
    if (!rest) {
        return;
    }
    auto seen = m_file->audit().head(); // before the record: what is read is at least that recent
    if (!seen) {
        emit editFailed(seen.error().message);
        return;
    }
    auto fresh = m_file->snapshot();
    if (!fresh) {
        emit editFailed(fresh.error().message);
        return;
    }
    m_seenBase = seen->seq;
    m_seenParts.clear();
    QVector<int> rows;
    QStringList ids;
    if (entities.isEmpty() && fresh->items.size() == m_snapshot.items.size()) {
        for (int i = 0; i < fresh->items.size(); ++i) {
            if (!sameItem(fresh->items.at(i), m_snapshot.items.at(i))) {
                m_snapshot.items[i] = fresh->items.at(i);
                rows << i;
                ids << fresh->items.at(i).id;
            }
        }
    }
    QStringList oldRisks;
    for (const Risk &r : m_snapshot.risks) {
        oldRisks << r.id;
    }
    QStringList newRisks;
    for (const Risk &r : fresh->risks) {
        newRisks << r.id;
    }
    m_snapshot.meeting = fresh->meeting;
    m_snapshot.categories = fresh->categories;
    m_snapshot.matrix = fresh->matrix;
    m_snapshot.stakeholders = fresh->stakeholders;
    m_snapshot.decision = fresh->decision;
    m_snapshot.signoffs = fresh->signoffs;
    m_snapshot.agenda = fresh->agenda;
    m_snapshot.poll = fresh->poll;
    if (oldRisks == newRisks) {
        m_snapshot.risks = fresh->risks;
        for (int row = 0; row < newRisks.size(); ++row) {
            emit riskChanged(row, newRisks.at(row));
        }
    } else {
        for (int row = static_cast<int>(oldRisks.size()) - 1; row >= 0; --row) {
            m_snapshot.risks.removeAt(row);
            emit riskRemoved(row, oldRisks.at(row));
        }
        m_snapshot.risks = fresh->risks;
        for (int row = 0; row < newRisks.size(); ++row) {
            emit riskInserted(row, newRisks.at(row));
        }
    }
    loadAfterDecision();
    if (!rows.isEmpty()) {
        m_fingerprints.itemsChanged(m_snapshot, rows);
    }
    reassess();
    auto report = m_file->verify();
    m_integrityProblems = report ? report->problems : QStringList{report.error().message};
    m_verified = true;
    if (!ids.isEmpty()) {
        emit itemsChanged(ids);
    }
    emit matrixChanged();
    emit agendaChanged();
    emit pollChanged();
    emit launchChanged();
    emit recordChanged();
    emit assessmentChanged();
}

} // namespace gonogo
