// WorkspaceStyle: the base style (Fusion) as the workspace's lists, tables, scroll bars, tabs and buttons wear it,
// set on each of them (QWidget::setStyle), not on the application, so dialogs keep their own look.
// - The frame of lists, tables and the matrix: 2 px, in the highlight colour while the view has the keyboard and a
//   quiet grey otherwise. The width never changes with focus, so gaining focus changes no geometry.
// - The current row's focus frame is drawn as Fusion draws it, a faint outline over a faint tint, but with straight
//   edges: Fusion's rounded, antialiased path across a 1,400-pixel row cost half a millisecond of every key press.
// - Scroll bars are drawn in bands of fewer than 96 rows: Qt's raster engine hands any gradient fill taller than
//   that to worker threads and waits for them, which on two cores stalled a key press by milliseconds whenever a
//   list's scroll bar changed. The bands give the same pixels.
// - Tabs and push buttons are kept as pictures, one per look (text, size, state, colours, font): a key press
//   changes one tab's count, and QTabBar then repaints every tab; the status buttons change state. A picture drawn
//   before is copied. Those with an icon are drawn each time.
#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QProxyStyle>

namespace gonogo {

class WorkspaceStyle final : public QProxyStyle
{
public:
    explicit WorkspaceStyle(QStyle *base) : QProxyStyle(base) {}

    // Gives this style to every list, table, scroll bar, tab bar and push button in ROOT (itself included).
    void applyTo(QWidget *root);

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override;

    // The height of the bands a scroll bar is drawn in.
    static constexpr int scrollBarBand = 80;
    // How many tab and button pictures have been drawn (each kept one counts once).
    int picturesMade() const { return m_picturesMade; }

private:
    // Draws a tab or push button from its kept picture; false when it has to be drawn in place.
    bool drawKept(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const;

    mutable QCache<QByteArray, QImage> m_pictures{4 * 1024}; // cost: kilobytes
    mutable int m_picturesMade = 0;
};

} // namespace gonogo
