#include "checklistfilter.h"

#include "roles.h"

namespace gonogo {

ChecklistFilter::ChecklistFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void ChecklistFilter::refilter()
{
    invalidateFilter();
    emit filtersChanged();
}

void ChecklistFilter::setSearchText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t != m_text) {
        m_text = t;
        refilter();
    }
}

void ChecklistFilter::setCriticalOnly(bool on)
{
    if (on != m_criticalOnly) {
        m_criticalOnly = on;
        refilter();
    }
}

void ChecklistFilter::setNotPassOnly(bool on)
{
    if (on != m_notPassOnly) {
        m_notPassOnly = on;
        refilter();
    }
}

void ChecklistFilter::setStatus(std::optional<Status> status)
{
    if (status != m_status) {
        m_status = status;
        refilter();
    }
}

void ChecklistFilter::setOwner(const QString &owner)
{
    if (owner != m_owner) {
        m_owner = owner;
        refilter();
    }
}

void ChecklistFilter::clearFilters()
{
    m_text.clear();
    m_criticalOnly = false;
    m_notPassOnly = false;
    m_status.reset();
    m_owner.clear();
    refilter();
}

bool ChecklistFilter::isFiltering() const
{
    return !m_text.isEmpty() || m_criticalOnly || m_notPassOnly || m_status || !m_owner.isEmpty();
}

bool ChecklistFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(IsCategoryRole).toBool()) {
        // Shown for their own sake only when nothing filters; otherwise through a matching item (recursive).
        return !isFiltering();
    }
    if (m_criticalOnly && !index.data(CriticalRole).toBool()) {
        return false;
    }
    const auto status = static_cast<Status>(index.data(StatusRole).toInt());
    if (m_notPassOnly && status == Status::Pass) {
        return false;
    }
    if (m_status && status != *m_status) {
        return false;
    }
    if (!m_owner.isEmpty() && index.data(OwnerRole).toString() != m_owner) {
        return false;
    }
    if (!m_text.isEmpty()) {
        const QString haystack = index.data(SearchTextRole).toString();
        const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace gonogo
