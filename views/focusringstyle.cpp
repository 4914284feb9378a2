#include "focusringstyle.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyleOption>

namespace gonogo {

int FocusRingStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    if (metric == PM_DefaultFrameWidth && qobject_cast<const QAbstractItemView *>(widget)) {
        return 2;
    }
    return QProxyStyle::pixelMetric(metric, option, widget);
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    if (element != CE_ShapedFrame || !qobject_cast<const QAbstractItemView *>(widget)) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    const QColor colour = widget->hasFocus() ? option->palette.color(QPalette::Active, QPalette::Highlight)
                                             : option->palette.color(QPalette::Mid);
    const QRect r = option->rect;
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRect(QRect(r.left(), r.top(), r.width(), 2));
    painter->drawRect(QRect(r.left(), r.bottom() - 1, r.width(), 2));
    painter->drawRect(QRect(r.left(), r.top(), 2, r.height()));
    painter->drawRect(QRect(r.right() - 1, r.top(), 2, r.height()));
    painter->restore();
}

} // namespace gonogo
