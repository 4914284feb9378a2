// ChecklistFilter: the checklist tree filtered by text (ID, title, owner, evidence), critical only, not PASS,
// one status and one owner; the filters combine. A category stays visible while any of its items matches.
#pragma once

#include "domain.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace gonogo {

class ChecklistFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistFilter)

public:
    explicit ChecklistFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setCriticalOnly(bool on);
    void setNotPassOnly(bool on);
    void setStatus(std::optional<Status> status);
    void setOwner(const QString &owner); // empty: any owner
    void clearFilters();

    bool isFiltering() const;
    const QString &searchText() const { return m_text; }
    bool criticalOnly() const { return m_criticalOnly; }
    bool notPassOnly() const { return m_notPassOnly; }
    const std::optional<Status> &status() const { return m_status; }
    const QString &owner() const { return m_owner; }

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_text;
    bool m_criticalOnly = false;
    bool m_notPassOnly = false;
    std::optional<Status> m_status;
    QString m_owner;
};

} // namespace gonogo
