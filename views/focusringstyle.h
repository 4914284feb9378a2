// The frame of lists, tables and the matrix: 2 px, in the highlight colour while the view has the keyboard and a
// quiet grey otherwise. The width never changes with focus, so gaining focus changes no geometry. Set on each
// view (QWidget::setStyle), not on the application, so dialogs and other widgets keep their own look.
// The current row's focus frame is drawn as Fusion draws it, a faint outline over a faint tint, but with straight
// edges: Fusion's rounded, antialiased path across a 1,400-pixel row cost half a millisecond of every key press.
#pragma once

#include <QProxyStyle>

namespace gonogo {

class FocusRingStyle final : public QProxyStyle
{
public:
    explicit FocusRingStyle(QStyle *base) : QProxyStyle(base) {}

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
};

} // namespace gonogo
