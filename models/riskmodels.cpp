#include "riskmodels.h"

#include "roles.h"

#include <QLocale>

namespace gonogo {

RiskModel::RiskModel(DecisionDocument *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    for (const Risk &r : document->snapshot().risks) {
        m_ids << r.id;
    }
    connect(document, &DecisionDocument::riskInserted, this, [this](int row, const QString &id) {
        beginInsertRows({}, row, row);
        m_ids.insert(row, id);
        endInsertRows();
    });
    connect(document, &DecisionDocument::riskRemoved, this, [this](int row, const QString &) {
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    });
    connect(document, &DecisionDocument::riskChanged, this,
            [this](int row, const QString &) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(document, &DecisionDocument::matrixChanged, this, [this] {
        if (!m_ids.isEmpty()) {
            emit dataChanged(index(0, LevelColumn), index(rowCount() - 1, LevelColumn));
        }
    });
}

int RiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int RiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size()) {
        return {};
    }
    const Risk *r = m_document->risk(m_ids.at(index.row()));
    if (!r) {
        return {};
    }
    const RiskLevel level = m_document->snapshot().matrix.level(r->likelihood, r->impact);
    switch (role) {
    case RiskIdRole:
        return r->id;
    case LikelihoodRole:
        return static_cast<int>(r->likelihood);
    case ImpactRole:
        return static_cast<int>(r->impact);
    case LevelRole:
        return static_cast<int>(level);
    case RiskStateRole:
        return static_cast<int>(r->state);
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return r->title;
        case LikelihoodColumn:
            return toCode(r->likelihood);
        case ImpactColumn:
            return toCode(r->impact);
        case StateColumn:
            return toCode(r->state);
        case OwnerColumn:
            return r->owner;
        case MitigationColumn:
            return r->mitigation;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !r->description.isEmpty()) {
            return r->description;
        }
        if (index.column() == AcceptanceColumn && r->state == RiskState::Accepted) {
            return r->acceptanceRationale;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return r->id;
    case TitleColumn:
        return r->title;
    case LikelihoodColumn:
        return displayName(r->likelihood);
    case ImpactColumn:
        return displayName(r->impact);
    case LevelColumn:
        return displayName(level);
    case StateColumn:
        return displayName(r->state);
    case OwnerColumn:
        return r->owner;
    case MitigationColumn:
        return r->mitigation;
    case AcceptanceColumn:
        if (r->state != RiskState::Accepted) {
            return QString();
        }
        return r->acceptedUntil.isValid() ? tr("%1, by %2 until %3")
                                                .arg(r->acceptanceRationale, r->acceptedBy,
                                                     QLocale().toString(r->acceptedUntil, QLocale::ShortFormat))
                                          : tr("%1, by %2").arg(r->acceptanceRationale, r->acceptedBy);
    case ItemsColumn:
        return r->itemIds.join(QStringLiteral(", "));
    default:
        return {};
    }
}

bool RiskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_ids.size()) {
        return false;
    }
    RiskChange change;
    change.id = m_ids.at(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case TitleColumn:
        change.title = text;
        break;
    case LikelihoodColumn:
        change.likelihood = likelihoodFromCode(text);
        if (!change.likelihood) {
            return false;
        }
        break;
    case ImpactColumn:
        change.impact = impactFromCode(text);
        if (!change.impact) {
            return false;
        }
        break;
    case StateColumn:
        change.state = riskStateFromCode(text);
        if (!change.state) {
            return false;
        }
        break;
    case OwnerColumn:
        change.owner = text.trimmed();
        break;
    case MitigationColumn:
        change.mitigation = text;
        break;
    default:
        return false;
    }
    // The document writes the file, then tells us through riskChanged, which emits dataChanged.
    return m_document->updateRisk(change).ok();
}

Qt::ItemFlags RiskModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case TitleColumn:
    case LikelihoodColumn:
    case ImpactColumn:
    case StateColumn:
    case OwnerColumn:
    case MitigationColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant RiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return columnTitle({tr("ID"), tr("Risk"), tr("Likelihood"), tr("Impact"), tr("Level"), tr("State"), tr("Owner"),
                        tr("Mitigation"), tr("Acceptance"), tr("Items")},
                       section);
}

QModelIndex RiskModel::indexOfRisk(const QString &id, int column) const
{
    const auto row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), column);
}

void RiskCellFilter::setCell(std::optional<std::pair<Likelihood, Impact>> cell)
{
    if (cell == m_cell) {
        return;
    }
    m_cell = cell;
    invalidateFilter();
    emit cellChanged();
}

bool RiskCellFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_cell) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(LikelihoodRole).toInt() == static_cast<int>(m_cell->first) &&
           index.data(ImpactRole).toInt() == static_cast<int>(m_cell->second);
}

RiskMatrixModel::RiskMatrixModel(DecisionDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &DecisionDocument::riskInserted, this, &RiskMatrixModel::cellsChanged);
    connect(document, &DecisionDocument::riskRemoved, this, &RiskMatrixModel::cellsChanged);
    connect(document, &DecisionDocument::riskChanged, this, &RiskMatrixModel::cellsChanged);
    connect(document, &DecisionDocument::matrixChanged, this, &RiskMatrixModel::cellsChanged);
}

void RiskMatrixModel::cellsChanged()
{
    // Twelve cells: cheaper to repaint them all than to work out which of them a move touched.
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RiskMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(allLikelihoods.size());
}

int RiskMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(allImpacts.size());
}

QModelIndex RiskMatrixModel::cellIndex(const QAbstractItemModel *model, Likelihood l, Impact i)
{
    return model->index(static_cast<int>(l), static_cast<int>(i));
}

int RiskMatrixModel::mitigatedCount() const
{
    int n = 0;
    for (const Risk &r : m_document->snapshot().risks) {
        n += r.state == RiskState::Mitigated ? 1 : 0;
    }
    return n;
}

QVariant RiskMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Likelihood l = allLikelihoods[static_cast<std::size_t>(index.row())];
    const Impact i = allImpacts[static_cast<std::size_t>(index.column())];
    const RiskLevel level = m_document->snapshot().matrix.level(l, i);
    // Open risks first, then accepted ones, each in register order: the view paints the first `open` as open.
    QStringList ids;
    QStringList acceptedIds;
    int open = 0;
    int accepted = 0;
    int mitigated = 0;
    for (const Risk &r : m_document->snapshot().risks) {
        if (r.likelihood != l || r.impact != i) {
            continue;
        }
        switch (r.state) {
        case RiskState::Open:
            ++open;
            ids << r.id;
            break;
        case RiskState::Accepted:
            ++accepted;
            acceptedIds << r.id;
            break;
        case RiskState::Mitigated:
            ++mitigated;
            break;
        }
    }
    ids += acceptedIds;
    switch (role) {
    case LikelihoodRole:
        return static_cast<int>(l);
    case ImpactRole:
        return static_cast<int>(i);
    case LevelRole:
        return static_cast<int>(level);
    case CellRisksRole:
        return ids;
    case CellOpenRole:
        return open;
    case CellAcceptedRole:
        return accepted;
    case CellMitigatedRole:
        return mitigated;
    case Qt::DisplayRole:
        return tr("%1: %2, %3")
            .arg(displayName(level), tr("%n open", nullptr, open), tr("%n accepted", nullptr, accepted));
    case Qt::ToolTipRole:
        return tr("Likelihood %1, impact %2: %3 level. %4, %5, %6.")
            .arg(displayName(l), displayName(i), displayName(level), tr("%n open", nullptr, open),
                 tr("%n accepted", nullptr, accepted), tr("%n mitigated", nullptr, mitigated));
    default:
        return {};
    }
}

QVariant RiskMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical && section >= 0 && section < 3) {
        return displayName(allLikelihoods[static_cast<std::size_t>(section)]);
    }
    if (orientation == Qt::Horizontal && section >= 0 && section < 4) {
        return displayName(allImpacts[static_cast<std::size_t>(section)]);
    }
    return {};
}

} // namespace gonogo
