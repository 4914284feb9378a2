#include "workspacestyle.h"

#include <QAbstractItemView>
#include <QDataStream>
#include <QIODevice>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleOption>
#include <QTabBar>

namespace gonogo {

void WorkspaceStyle::applyTo(QWidget *root)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>() << root;
    for (QWidget *w : widgets) {
        if (qobject_cast<QAbstractItemView *>(w) || qobject_cast<QScrollBar *>(w) || qobject_cast<QTabBar *>(w) ||
            qobject_cast<QPushButton *>(w)) {
            w->setStyle(this);
        }
    }
}

int WorkspaceStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    if (metric == PM_DefaultFrameWidth && qobject_cast<const QAbstractItemView *>(widget)) {
        return 2;
    }
    return QProxyStyle::pixelMetric(metric, option, widget);
}

void WorkspaceStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    if ((element == CE_TabBarTab || element == CE_PushButton) && drawKept(element, option, painter, widget)) {
        return;
    }
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

void WorkspaceStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    // QTreeView::drawRow asks for its row's frame without naming a widget; this style is only set on views.
    if (element != PE_FrameFocusRect || (widget && !qobject_cast<const QAbstractItemView *>(widget))) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    if (!(option->state & State_KeyboardFocusChange)) {
        return; // as Fusion: the frame shows only once the keyboard has moved the focus
    }
    // Fusion's colours: the highlight darkened, its lightness capped; the tint runs from a lighter shade at the top
    // to that colour at alpha 30, and the outline is that colour darkened again at alpha 80.
    QColor colour = option->palette.color(QPalette::Highlight).darker(125);
    if (colour.value() > 160) {
        colour.setHsl(colour.hue(), colour.saturation(), 160);
    }
    colour.setAlpha(80);
    const QColor outline = colour.darker(120);
    colour.setAlpha(30);
    const QRect r = option->rect;
    if (r.width() < 3 || r.height() < 3) {
        return;
    }
    QLinearGradient tint(r.topLeft(), r.bottomLeft());
    tint.setColorAt(0, colour.lighter(160));
    tint.setColorAt(1, colour);
    painter->fillRect(r.adjusted(1, 1, -1, -1), tint);
    painter->fillRect(QRect(r.left(), r.top(), r.width(), 1), outline);
    painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), outline);
    painter->fillRect(QRect(r.left(), r.top() + 1, 1, r.height() - 2), outline);
    painter->fillRect(QRect(r.right(), r.top() + 1, 1, r.height() - 2), outline);
}

void WorkspaceStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                        const QWidget *widget) const
{
    // Fusion's scroll bar covers its whole rectangle with an opaque gradient first, so a band drawn on its own, on
    // nothing, then copied, has the very pixels drawn in place. (Bands as clips would not do: Fusion sets its own
    // clip for the groove's edge, which would then be drawn once per band.)
    const QStyle *base = baseStyle();
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(base)) {
        base = proxy->baseStyle();
    }
    const QRect r = option->rect;
    if (control != CC_ScrollBar || r.height() <= scrollBarBand ||
        base->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0 ||
        styleHint(SH_ScrollBar_Transient, option, widget)) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    const qreal ratio = painter->device()->devicePixelRatioF();
    for (int top = r.top(); top <= r.bottom(); top += scrollBarBand) {
        const QRect band(r.left(), top, r.width(), std::min(scrollBarBand, r.bottom() - top + 1));
        QImage image((QSizeF(band.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter bandPainter(&image);
        bandPainter.setRenderHints(painter->renderHints());
        bandPainter.translate(-band.topLeft());
        QProxyStyle::drawComplexControl(control, option, &bandPainter, widget);
        bandPainter.end();
        painter->drawImage(band.topLeft(), image);
    }
}

bool WorkspaceStyle::drawKept(ControlElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    if (painter->transform().type() > QTransform::TxTranslate || !qFuzzyCompare(painter->opacity(), 1.0) ||
        option->rect.isEmpty()) {
        return false;
    }
    const qreal ratio = painter->device()->devicePixelRatioF();
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << static_cast<int>(element) << option->rect.size() << static_cast<int>(option->state)
        << static_cast<int>(option->direction) << ratio << painter->font().key();
    // The colours, not the palette's identity: the status buttons are given a new palette when they change state.
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const QBrush &brush = option->palette.brush(group, static_cast<QPalette::ColorRole>(role));
            if (brush.style() != Qt::SolidPattern && brush.style() != Qt::NoBrush) {
                return false;
            }
            out << brush.color().rgba();
        }
    }
    out << static_cast<int>(option->palette.currentColorGroup());
    if (const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option)) {
        if (!tab->icon.isNull()) {
            return false;
        }
        out << tab->text << static_cast<int>(tab->shape) << tab->row << static_cast<int>(tab->position)
            << static_cast<int>(tab->selectedPosition) << static_cast<int>(tab->cornerWidgets) << tab->documentMode
            << tab->leftButtonSize << tab->rightButtonSize << static_cast<int>(tab->features);
    } else if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
        if (!button->icon.isNull()) {
            return false;
        }
        out << button->text << static_cast<int>(button->features);
    } else {
        return false;
    }
    // A margin round the control: a style may draw a pixel or two outside it (Fusion's selected tab does).
    constexpr int margin = 4;
    const QRect area = option->rect.adjusted(-margin, -margin, margin, margin);
    const QImage *picture = m_pictures.object(key);
    if (!picture) {
        auto drawn =
            std::make_unique<QImage>((QSizeF(area.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        drawn->setDevicePixelRatio(ratio);
        drawn->fill(Qt::transparent);
        {
            QPainter p(drawn.get());
            p.setRenderHints(painter->renderHints());
            p.setFont(painter->font());
            p.translate(-area.topLeft());
            QProxyStyle::drawControl(element, option, &p, widget);
        }
        ++m_picturesMade;
        const auto kilobytes = static_cast<qsizetype>(std::max<qint64>(drawn->sizeInBytes() / 1024, 1));
        picture = drawn.get();
        if (!m_pictures.insert(key, drawn.release(), kilobytes)) {
            return false; // larger than every picture kept together: drawn in place
        }
    }
    painter->drawImage(area.topLeft(), *picture);
    return true;
}

} // namespace gonogo
