// One small repository per aggregate. Each public write is one user action: one transaction holding the change
// and its audit rows, committed before the call returns. Reads return plain domain values.
#pragma once

#include "../changes.h"
#include "../domain.h"
#include "../result.h"
#include "auditlog.h"
#include "sql.h"

#include <optional>

namespace gonogo {

class ItemRepository
{
public:
    explicit ItemRepository(const SqlSession &session) : m_session(session) {}

    Result<QVector<Category>> categories() const;
    Result<QVector<Item>> all() const;
    Result<Item> find(const QString &id) const;
    // All changes in one transaction; an unknown ID refuses the whole batch. Returns the number of fields changed.
    Result<int> apply(const QVector<ItemChange> &changes, const QString &actor) const;

private:
    const SqlSession &m_session;
};

class MeetingRepository
{
public:
    explicit MeetingRepository(const SqlSession &session) : m_session(session) {}

    Result<Meeting> load() const;
    Result<int> apply(const MeetingChange &change, const QString &actor) const;

private:
    const SqlSession &m_session;
};

class RiskRepository
{
public:
    explicit RiskRepository(const SqlSession &session) : m_session(session) {}

    Result<QVector<Risk>> all() const;
    Result<RiskMatrix> matrix() const;
    Result<Risk> find(const QString &id) const;
    Result<QString> add(const RiskDraft &draft, const QString &actor) const; // returns the new ID, e.g. R-03
    // Accepting needs a rationale and a person (who defaults to the actor). Fields and links: one transaction.
    Result<int> apply(const RiskChange &change, const QString &actor) const;
    // Replaces the set of checklist items the risk comes from; returns the number of links added and removed.
    Result<int> setLinks(const QString &id, const QStringList &itemIds, const QString &actor) const;
    Outcome remove(const QString &id, const QString &actor) const;
    // Puts back a removed risk exactly as it was (same ID, position, fields and links), e.g. for undo.
    Outcome restore(const Risk &risk, const QString &actor) const;
    // Writes the cells that differ; returns how many changed.
    Result<int> setMatrix(const RiskMatrix &matrix, const QString &actor) const;

private:
    Result<int> writeLinks(const Risk &current, const QStringList &itemIds,
                           const QString &actor) const; // no transaction

    const SqlSession &m_session;
};

} // namespace gonogo
