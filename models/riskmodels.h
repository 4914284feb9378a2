// The risk register as a table, a filter on one matrix cell, and the likelihood x impact matrix as a 3 x 4 table.
// Both read the DecisionDocument and change only when it reports a change; edits go to the document.
#pragma once

#include "decisiondocument.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace gonogo {

class RiskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskModel)

public:
    enum Column {
        IdColumn,
        TitleColumn,
        LikelihoodColumn,
        ImpactColumn,
        LevelColumn,
        StateColumn,
        OwnerColumn,
        MitigationColumn,
        AcceptanceColumn,
        ItemsColumn,
        ColumnCount
    };

    explicit RiskModel(DecisionDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfRisk(const QString &id, int column = 0) const;

private:
    DecisionDocument *m_document;
    QStringList m_ids; // the rows, kept in step with the document's signals
};

// Shows the risks of one matrix cell, or all of them.
class RiskCellFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskCellFilter)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCell(std::optional<std::pair<Likelihood, Impact>> cell);
    std::optional<std::pair<Likelihood, Impact>> cell() const { return m_cell; }

signals:
    void cellChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<std::pair<Likelihood, Impact>> m_cell;
};

// Rows: likelihood HIGH, MEDIUM, LOW. Columns: impact CRITICAL, HIGH, MEDIUM, LOW.
class RiskMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskMatrixModel)

public:
    explicit RiskMatrixModel(DecisionDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QModelIndex cellIndex(const QAbstractItemModel *model, Likelihood l, Impact i);
    int mitigatedCount() const;

private:
    void cellsChanged();

    DecisionDocument *m_document;
};

} // namespace gonogo
