#include "statusdelegate.h"

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
    // Selection and focus background first, then the chip on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QStyledItemDelegate::paint(painter, base, QModelIndex());
    const auto status = static_cast<Status>(index.data(StatusRole).toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int width = std::min(option.rect.width() - 8, fm.horizontalAdvance(text) + 20);
    const QRect chip(option.rect.left() + 4, option.rect.center().y() - fm.height() / 2 - 2, width, fm.height() + 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::statusColour(status));
    painter->drawRoundedRect(chip, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, chip.width() - 6));
    painter->restore();
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
