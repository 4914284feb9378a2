// The risk register and its matrix: each write one transaction with its audit rows.
#include "repositories.h"

#include "ledger.h"
#include "rowupdate.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace gonogo {

namespace {

// Translation context of the storage layer.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

Outcome checkItemsExist(const SqlSession &session, const QStringList &itemIds)
{
    for (const QString &itemId : itemIds) {
        auto exists = session.run(QStringLiteral("SELECT 1 FROM item WHERE id = ?"), {itemId});
        if (!exists) {
            return exists.error();
        }
        if (!exists->next()) {
            return invalid(session,
                           Text::tr("there is no checklist item with ID \"%1\" to link the risk to.").arg(itemId));
        }
    }
    return Done{};
}

} // namespace

Result<QVector<Risk>> RiskRepository::all() const
{
    auto q =
        m_session.run(QStringLiteral("SELECT id, title, description, likelihood, impact, state, owner, mitigation, "
                                     "acceptance_rationale, accepted_by, accepted_until, changed_at, changed_by, "
                                     "position FROM risk ORDER BY position, id"));
    if (!q) {
        return q.error();
    }
    QVector<Risk> list;
    QHash<QString, int> index;
    while (q->next()) {
        Risk r;
        r.id = q->value(0).toString();
        r.position = q->value(13).toInt();
        r.title = q->value(1).toString();
        r.description = q->value(2).toString();
        r.likelihood = likelihoodFromCode(q->value(3).toString()).value_or(Likelihood::Medium);
        r.impact = impactFromCode(q->value(4).toString()).value_or(Impact::Medium);
        r.state = riskStateFromCode(q->value(5).toString()).value_or(RiskState::Open);
        r.owner = q->value(6).toString();
        r.mitigation = q->value(7).toString();
        r.acceptanceRationale = q->value(8).toString();
        r.acceptedBy = q->value(9).toString();
        r.acceptedUntil = parseDate(q->value(10));
        r.changedAt = parseTime(q->value(11));
        r.changedBy = q->value(12).toString();
        index.insert(r.id, static_cast<int>(list.size()));
        list.append(r);
    }
    auto links = m_session.run(QStringLiteral("SELECT risk_id, item_id FROM risk_item ORDER BY risk_id, item_id"));
    if (!links) {
        return links.error();
    }
    while (links->next()) {
        const auto found = index.constFind(links->value(0).toString());
        if (found != index.constEnd()) {
            list[found.value()].itemIds << links->value(1).toString();
        }
    }
    return list;
}

Result<RiskMatrix> RiskRepository::matrix() const
{
    auto q = m_session.run(QStringLiteral("SELECT likelihood, impact, level FROM risk_matrix_cell"));
    if (!q) {
        return q.error();
    }
    RiskMatrix m;
    while (q->next()) {
        const auto l = likelihoodFromCode(q->value(0).toString());
        const auto i = impactFromCode(q->value(1).toString());
        const auto level = riskLevelFromCode(q->value(2).toString());
        if (l && i && level) {
            m.setLevel(*l, *i, *level);
        }
    }
    return m;
}

Result<QString> RiskRepository::add(const RiskDraft &draft, const QString &actor) const
{
    if (draft.title.trimmed().isEmpty()) {
        return invalid(m_session, Text::tr("a risk needs a title."));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto next = m_session.run(QStringLiteral("SELECT coalesce(max(CAST(substr(id, 3) AS INTEGER)), 0) + 1, "
                                             "coalesce(max(position), 0) + 1 FROM risk WHERE id LIKE 'R-%'"));
    if (!next) {
        return next.error();
    }
    next->next();
    const QString id = QStringLiteral("R-%1").arg(next->value(0).toInt(), 2, 10, QLatin1Char('0'));
    const int position = next->value(1).toInt();
    auto q = m_session.run(QStringLiteral("INSERT INTO risk (id, position, title, description, likelihood, impact, "
                                          "state, owner, mitigation, changed_at, changed_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)"),
                           {id, position, draft.title.trimmed(), draft.description, toCode(draft.likelihood),
                            toCode(draft.impact), draft.owner, draft.mitigation, m_session.now(), actor});
    if (!q) {
        return q.error();
    }
    if (auto ok = checkItemsExist(m_session, draft.itemIds); !ok) {
        return ok.error();
    }
    for (const QString &itemId : draft.itemIds) {
        auto link = m_session.run(
            QStringLiteral("INSERT INTO risk_item (risk_id, item_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {id, itemId});
        if (!link) {
            return link.error();
        }
    }
    // The new risk with its links, whole, as one audit row.
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("add"), QStringLiteral("risk:") + id); !a) {
        return a.error();
    }
    if (auto c = transaction.commit(); !c) {
        return c.error();
    }
    return id;
}

Result<int> RiskRepository::apply(const RiskChange &change, const QString &actor) const
{
    // Read under the decision's writer lock: on a server another writer may change the risk meanwhile, and the
    // audit log's old values must be the ones replaced.
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto risks = all();
    if (!risks) {
        return risks.error();
    }
    const Risk *current = nullptr;
    for (const Risk &r : risks.value()) {
        if (r.id.compare(change.id, Qt::CaseInsensitive) == 0) {
            current = &r;
        }
    }
    if (!current) {
        return invalid(m_session, Text::tr("there is no risk with ID \"%1\".").arg(change.id));
    }
    if (change.title && change.title->trimmed().isEmpty()) {
        return invalid(m_session, Text::tr("a risk needs a title."));
    }
    const RiskState newState = change.state.value_or(current->state);
    const QString rationale = change.acceptanceRationale.value_or(current->acceptanceRationale).trimmed();
    if (newState == RiskState::Accepted && rationale.isEmpty()) {
        return invalid(m_session, Text::tr("accepting risk %1 needs a rationale.").arg(current->id));
    }
    const bool accepting = change.state == RiskState::Accepted && current->state != RiskState::Accepted;
    const QString acceptedBy =
        (change.acceptedBy ? *change.acceptedBy : (accepting ? actor : current->acceptedBy)).trimmed();
    if (newState == RiskState::Accepted && acceptedBy.isEmpty()) {
        return invalid(m_session,
                       Text::tr("accepting risk %1 needs the name of the person who accepts it.").arg(current->id));
    }
    RowUpdate update;
    if (change.title) {
        update.set(QStringLiteral("title"), current->title, change.title->trimmed());
    }
    if (change.likelihood) {
        update.set(QStringLiteral("likelihood"), toCode(current->likelihood), toCode(*change.likelihood));
    }
    if (change.impact) {
        update.set(QStringLiteral("impact"), toCode(current->impact), toCode(*change.impact));
    }
    if (change.state) {
        update.set(QStringLiteral("state"), toCode(current->state), toCode(*change.state));
    }
    if (change.owner) {
        update.set(QStringLiteral("owner"), current->owner, *change.owner);
    }
    if (change.mitigation) {
        update.set(QStringLiteral("mitigation"), current->mitigation, *change.mitigation);
    }
    if (change.acceptanceRationale) {
        update.set(QStringLiteral("acceptance_rationale"), current->acceptanceRationale, rationale);
    }
    update.set(QStringLiteral("accepted_by"), current->acceptedBy, acceptedBy);
    if (change.description) {
        update.set(QStringLiteral("description"), current->description, *change.description);
    }
    if (change.acceptedUntil) {
        update.set(QStringLiteral("accepted_until"), dateValue(current->acceptedUntil),
                   dateValue(*change.acceptedUntil));
    }
    if (change.itemIds) {
        if (auto ok = checkItemsExist(m_session, *change.itemIds); !ok) {
            return ok.error();
        }
    }
    int changed = update.size();
    if (!update.isEmpty()) {
        if (auto w = update.write(m_session, QStringLiteral("risk"), QStringLiteral("id"), current->id,
                                  QStringLiteral("risk:") + current->id, actor, true);
            !w) {
            return w.error();
        }
    }
    if (change.itemIds) {
        auto links = writeLinks(*current, *change.itemIds, actor);
        if (!links) {
            return links.error();
        }
        changed += links.value();
    }
    return transaction.commitCount(changed);
}

Result<Risk> RiskRepository::find(const QString &id) const
{
    auto risks = all();
    if (!risks) {
        return risks.error();
    }
    for (const Risk &r : risks.value()) {
        if (r.id.compare(id, Qt::CaseInsensitive) == 0) {
            return r;
        }
    }
    return invalid(m_session, Text::tr("there is no risk with ID \"%1\".").arg(id));
}

Result<int> RiskRepository::setLinks(const QString &id, const QStringList &itemIds, const QString &actor) const
{
    auto current = find(id);
    if (!current) {
        return current.error();
    }
    if (auto ok = checkItemsExist(m_session, itemIds); !ok) {
        return ok.error();
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto changed = writeLinks(current.value(), itemIds, actor);
    if (!changed) {
        return changed.error();
    }
    return transaction.commitCount(changed.value());
}

Result<int> RiskRepository::writeLinks(const Risk &current, const QStringList &itemIds, const QString &actor) const
{
    const AuditLog audit(m_session);
    const QString entity = QStringLiteral("risk:") + current.id;
    int changed = 0;
    for (const QString &itemId : current.itemIds) {
        if (itemIds.contains(itemId)) {
            continue;
        }
        auto q = m_session.run(QStringLiteral("DELETE FROM risk_item WHERE risk_id = ? AND item_id = ?"),
                               {current.id, itemId});
        if (!q) {
            return q.error();
        }
        if (auto a = audit.append(actor, QStringLiteral("unlink"), entity, QStringLiteral("item"), itemId, {}); !a) {
            return a.error();
        }
        ++changed;
    }
    for (const QString &itemId : itemIds) {
        if (current.itemIds.contains(itemId)) {
            continue;
        }
        auto q = m_session.run(
            QStringLiteral("INSERT INTO risk_item (risk_id, item_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {current.id, itemId});
        if (!q) {
            return q.error();
        }
        if (auto a = audit.append(actor, QStringLiteral("link"), entity, QStringLiteral("item"), {}, itemId); !a) {
            return a.error();
        }
        ++changed;
    }
    return changed;
}

Outcome RiskRepository::remove(const QString &id, const QString &actor) const
{
    auto current = find(id);
    if (!current) {
        return current.error();
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto q = m_session.run(QStringLiteral("DELETE FROM risk WHERE id = ?"), {current->id});
    if (!q) {
        return q.error();
    }
    if (auto a = AuditLog(m_session).append(actor, QStringLiteral("delete"), QStringLiteral("risk:") + current->id,
                                            QStringLiteral("title"), current->title, {});
        !a) {
        return a.error();
    }
    return transaction.commit();
}

Outcome RiskRepository::restore(const Risk &risk, const QString &actor) const
{
    if (auto ok = checkItemsExist(m_session, risk.itemIds); !ok) {
        return ok.error();
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto q = m_session.run(
        QStringLiteral("INSERT INTO risk (id, position, title, description, likelihood, impact, state, owner, "
                       "mitigation, acceptance_rationale, accepted_by, accepted_until, changed_at, changed_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {risk.id, risk.position, risk.title, risk.description, toCode(risk.likelihood), toCode(risk.impact),
         toCode(risk.state), risk.owner, risk.mitigation, risk.acceptanceRationale, risk.acceptedBy,
         dateValue(risk.acceptedUntil), m_session.now(), actor});
    if (!q) {
        return q.error();
    }
    for (const QString &itemId : risk.itemIds) {
        auto link =
            m_session.run(QStringLiteral("INSERT INTO risk_item (risk_id, item_id) VALUES (?, ?)"), {risk.id, itemId});
        if (!link) {
            return link.error();
        }
    }
    if (auto a =
            RecordLedger(m_session).recordState(actor, QStringLiteral("restore"), QStringLiteral("risk:") + risk.id);
        !a) {
        return a.error();
    }
    return transaction.commit();
}

Result<int> RiskRepository::setMatrix(const RiskMatrix &matrix, const QString &actor) const
{
    auto current = this->matrix();
    if (!current) {
        return current.error();
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    const AuditLog audit(m_session);
    int changed = 0;
    for (Likelihood l : allLikelihoods) {
        for (Impact i : allImpacts) {
            const RiskLevel before = current->level(l, i);
            const RiskLevel after = matrix.level(l, i);
            if (before == after) {
                continue;
            }
            auto q = m_session.run(
                QStringLiteral("INSERT INTO risk_matrix_cell (likelihood, impact, level) VALUES (?, ?, ?) "
                               "ON CONFLICT (likelihood, impact) DO UPDATE SET level = excluded.level"),
                {toCode(l), toCode(i), toCode(after)});
            if (!q) {
                return q.error();
            }
            if (auto a = audit.append(actor, QStringLiteral("set"), QStringLiteral("matrix"),
                                      QStringLiteral("%1/%2").arg(toCode(l), toCode(i)), toCode(before), toCode(after));
                !a) {
                return a.error();
            }
            ++changed;
        }
    }
    return transaction.commitCount(changed);
}

} // namespace gonogo
