#include "statusdelegate.h"

#include "chip.h"
#include "roles.h"
#include "theme.h"

#include <QComboBox>
#include <QPainter>

namespace gonogo {

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(IsCategoryRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    paintChip(painter, base, index.data(Qt::DisplayRole).toString(),
              theme::statusColour(static_cast<Status>(index.data(StatusRole).toInt())));
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    s.setHeight(std::max(s.height(), fm.height() + 10));
    s.setWidth(std::max(s.width(), fm.horizontalAdvance(displayName(Status::Pending)) + 28));
    return s;
}

QWidget *StatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    if (index.data(IsCategoryRole).toBool()) {
        return nullptr;
    }
    auto *combo = new QComboBox(parent);
    for (Status s : allStatuses) {
        combo->addItem(displayName(s), static_cast<int>(s));
    }
    return combo;
}

void StatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(StatusRole)));
}

void StatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, toCode(static_cast<Status>(combo->currentData().toInt())), Qt::EditRole);
}

} // namespace gonogo
