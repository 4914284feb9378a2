// The coloured chip every table uses for a status, a level or a sign-off state: the cell's own background first
// (selection, alternate rows), then a rounded label in the colour with the word in white. Never colour alone.
#pragma once

#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QWidget>

namespace gonogo {

// The width of a cell that shows TEXT whole as a chip in FONT (the cell's; the chip's word is bold).
inline int chipCellWidth(QFont font, const QString &text)
{
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(text) + 20 + 8;
}

// option: the cell's style option as the delegate's initStyleOption() filled it.
inline void paintChip(QPainter *painter, const QStyleOptionViewItem &option, const QString &text, const QColor &colour)
{
    QStyleOptionViewItem base = option;
    base.text.clear();
    if (const QWidget *widget = option.widget) {
        widget->style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
    }
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const QRect chip(option.rect.left() + 4, option.rect.center().y() - fm.height() / 2 - 2,
                     std::min(option.rect.width() - 8, fm.horizontalAdvance(text) + 20), fm.height() + 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(chip, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, chip.width() - 6));
    painter->restore();
}

} // namespace gonogo
