// ChecklistModel: the checklist as a tree of categories and their items, read from a DecisionDocument. Edits
// through setData() go to the document (and so to the file and the undo stack); the model changes only when the
// document says a row changed, and then emits dataChanged for exactly that row and its category.
#pragma once

#include "decisiondocument.h"

#include <QAbstractItemModel>

namespace gonogo {

class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)

public:
    enum Column { IdColumn, TitleColumn, CriticalColumn, OwnerColumn, StatusColumn, ChangedColumn, ColumnCount };

    explicit ChecklistModel(DecisionDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfItem(const QString &id, int column = 0) const;
    QModelIndex indexOfCategory(const QString &code) const;

private:
    void onItemsChanged(const QStringList &ids);
    const Item *itemAt(const QModelIndex &index) const;
    QVariant categoryData(int category, int column, int role) const;
    QVariant itemValue(const Item &item, int column, int role) const;

    DecisionDocument *m_document;
    // For each category (in order), the positions of its items in the snapshot.
    QVector<QVector<int>> m_rows;
    QHash<QString, QPair<int, int>> m_where; // item ID -> (category, row)
};

} // namespace gonogo
