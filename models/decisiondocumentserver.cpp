// DecisionDocument on a server (team mode): what others change arrives through the ServerWatch and is shown by
// refreshing only what changed; a lost connection is shown, and edits are refused until it is back (never queued).
#include "decisiondocument.h"

#include "decisionfile.h"
#include "serverwatch.h"

#include <QCoreApplication>
#include <QSet>

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
    auto fresh = m_file->snapshot();
    if (!fresh) {
        emit editFailed(fresh.error().message);
        return;
    }
    // The undo history was made against the record as it was; after someone else changed more than items, it
    // could undo their work.
    m_undo.clear();
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
