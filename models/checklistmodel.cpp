#include "checklistmodel.h"

#include "roles.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace gonogo {

namespace {
constexpr quintptr categoryTag = 0; // internalId of category rows; item rows carry category + 1
}

ChecklistModel::ChecklistModel(DecisionDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    const Snapshot &s = document->snapshot();
    QHash<QString, int> categoryIndex;
    for (int c = 0; c < s.categories.size(); ++c) {
        categoryIndex.insert(s.categories.at(c).code, c);
    }
    m_rows.resize(s.categories.size());
    for (int i = 0; i < s.items.size(); ++i) {
        const int c = categoryIndex.value(s.items.at(i).categoryCode, -1);
        if (c >= 0) {
            m_where.insert(s.items.at(i).id, {c, static_cast<int>(m_rows[c].size())});
            m_rows[c].append(i);
        }
    }
    connect(document, &DecisionDocument::itemsChanged, this, &ChecklistModel::onItemsChanged);
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_rows.size() ? createIndex(row, column, categoryTag) : QModelIndex();
    }
    if (parent.internalId() != categoryTag || parent.row() >= m_rows.size() || row >= m_rows[parent.row()].size()) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == categoryTag) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, categoryTag);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_rows.size());
    }
    if (parent.internalId() == categoryTag && parent.column() == 0) {
        return static_cast<int>(m_rows[parent.row()].size());
    }
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Item *ChecklistModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == categoryTag) {
        return nullptr;
    }
    const int category = static_cast<int>(index.internalId() - 1);
    return &m_document->snapshot().items.at(m_rows[category].at(index.row()));
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (const Item *item = itemAt(index)) {
        return itemValue(*item, index.column(), role);
    }
    return categoryData(index.row(), index.column(), role);
}

QVariant ChecklistModel::categoryData(int category, int column, int role) const
{
    const Category &c = m_document->snapshot().categories.at(category);
    switch (role) {
    case IsCategoryRole:
        return true;
    case CategoryCodeRole:
        return c.code;
    case CategoryCountsRole: {
        const CategoryScore &score = m_document->assessment().categories.at(category);
        return QVariantList{score.items.total,   score.items.pass,     score.items.partial, score.items.fail,
                            score.items.pending, score.critical.total, score.critical.pass};
    }
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const CategoryScore &score = m_document->assessment().categories.at(category);
    if (column == IdColumn) {
        // Views span this cell across the row, so it carries the counts too.
        return tr("%1    %2 of %3 PASS · critical %4 of %5")
            .arg(c.name, QString::number(score.items.pass), QString::number(score.items.total),
                 QString::number(score.critical.pass), QString::number(score.critical.total));
    }
    if (column == TitleColumn) {
        return tr("%1 of %2 PASS, critical %3 of %4")
            .arg(score.items.pass)
            .arg(score.items.total)
            .arg(score.critical.pass)
            .arg(score.critical.total);
    }
    return {};
}

QVariant ChecklistModel::itemValue(const Item &item, int column, int role) const
{
    switch (role) {
    case IsCategoryRole:
        return false;
    case ItemIdRole:
        return item.id;
    case CategoryCodeRole:
        return item.categoryCode;
    case StatusRole:
        return static_cast<int>(item.status);
    case CriticalRole:
        return item.critical;
    case OwnerRole:
        return item.owner;
    case EvidenceRole:
        return item.evidence;
    case SearchTextRole:
        return QStringList{item.id, item.title, item.owner, item.evidence}.join(QLatin1Char('\n')).toLower();
    case Qt::ToolTipRole:
        if (column == TitleColumn) {
            return item.description.isEmpty() ? item.title : item.title + QStringLiteral("\n\n") + item.description;
        }
        if (column == CriticalColumn && item.critical) {
            return tr("Critical: must PASS for GO");
        }
        if (column == ChangedColumn && item.changedAt.isValid()) {
            return tr("Last changed %1 by %2")
                .arg(QLocale().toString(item.changedAt.toLocalTime(), QLocale::LongFormat), item.changedBy);
        }
        break;
    case Qt::EditRole:
        if (column == StatusColumn) {
            return toCode(item.status);
        }
        if (column == OwnerColumn) {
            return item.owner;
        }
        break;
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return item.id;
        case TitleColumn:
            return item.title;
        case CriticalColumn:
            return item.critical ? tr("Critical") : QString();
        case OwnerColumn:
            return item.owner;
        case StatusColumn:
            return displayName(item.status);
        case ChangedColumn:
            if (!item.changedAt.isValid()) {
                return QString();
            }
            return tr("%1 · %2").arg(QLocale().toString(item.changedAt.toLocalTime(), tr("d MMM HH:mm")),
                                     item.changedBy.section(QLatin1Char(' '), 0, 0));
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Item *item = itemAt(index);
    if (!item || role != Qt::EditRole) {
        return false;
    }
    if (index.column() == StatusColumn) {
        const auto status = value.userType() == QMetaType::Int
                                ? std::optional<Status>(static_cast<Status>(value.toInt()))
                                : statusFromCode(value.toString());
        if (!status || static_cast<int>(*status) < 0 || static_cast<int>(*status) > 3) {
            return false;
        }
        // The document writes the file and then tells us through itemsChanged, which emits dataChanged.
        return m_document->setStatus({item->id}, *status);
    }
    if (index.column() == OwnerColumn) {
        return m_document->setItemText(item->id, ItemField::Owner, value.toString().trimmed());
    }
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (itemAt(index) && (index.column() == StatusColumn || index.column() == OwnerColumn)) {
        f |= Qt::ItemIsEditable;
    }
    if (itemAt(index)) {
        f |= Qt::ItemNeverHasChildren;
    } else {
        f &= ~Qt::ItemIsSelectable;
    }
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return columnTitle({tr("ID"), tr("Item"), tr("Critical"), tr("Owner"), tr("Status"), tr("Last change")}, section);
}

QModelIndex ChecklistModel::indexOfItem(const QString &id, int column) const
{
    const auto found = m_where.constFind(id);
    if (found == m_where.constEnd()) {
        return {};
    }
    return createIndex(found->second, column, static_cast<quintptr>(found->first + 1));
}

QModelIndex ChecklistModel::indexOfCategory(const QString &code) const
{
    const QVector<Category> &categories = m_document->snapshot().categories;
    for (int c = 0; c < categories.size(); ++c) {
        if (categories.at(c).code == code) {
            return createIndex(c, 0, categoryTag);
        }
    }
    return {};
}

void ChecklistModel::onItemsChanged(const QStringList &ids)
{
    QSet<int> categories;
    for (const QString &id : ids) {
        const QModelIndex first = indexOfItem(id, 0);
        if (!first.isValid()) {
            continue;
        }
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        categories.insert(static_cast<int>(first.internalId() - 1));
    }
    for (int c : categories) {
        emit dataChanged(createIndex(c, 0, categoryTag), createIndex(c, ColumnCount - 1, categoryTag));
    }
}

} // namespace gonogo
