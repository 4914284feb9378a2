#include "laidouttextdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace gonogo {

namespace {

// Lines as QCommonStyle lays out an item's text: each at the full width, one under the other.
void layOut(QTextLayout &layout, int width)
{
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
}

// How a text is laid out besides its font and size: wrap, elide mode, direction and alignment, packed.
int layoutFlags(const QStyleOptionViewItem &option)
{
    return (option.features.testFlag(QStyleOptionViewItem::WrapText) ? 1 : 0) |
           (static_cast<int>(option.textElideMode) << 1) | (static_cast<int>(option.direction) << 3) |
           (static_cast<int>(option.displayAlignment) << 5);
}

} // namespace

LaidOutTextDelegate::LaidOutTextDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

LaidOutTextDelegate::~LaidOutTextDelegate() = default;

const LaidOutTextDelegate::Laid &LaidOutTextDelegate::laidOut(const QStyleOptionViewItem &option,
                                                              const QRect &textRect) const
{
    const bool wrap = option.features.testFlag(QStyleOptionViewItem::WrapText);
    Key key{option.text, option.font, textRect.size(), layoutFlags(option)};
    const auto found = m_kept.constFind(key);
    if (found != m_kept.cend()) {
        return found.value();
    }
    if (m_kept.size() >= keptLimit) {
        m_kept.clear();
    }
    ++m_made;

    QTextOption textOption;
    textOption.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    auto layout = std::make_shared<QTextLayout>(option.text, option.font);
    layout->setTextOption(textOption);
    layout->setCacheEnabled(true); // keep the shaped glyphs after the first draw
    layOut(*layout, textRect.width());

    // Where the style puts the text: its laid-out height aligned in the rectangle.
    const QRect aligned = QStyle::alignedRect(Qt::LayoutDirectionAuto, option.displayAlignment,
                                              layout->boundingRect().size().toSize(), textRect);
    const QPointF offset(0, aligned.top() - textRect.top());

    bool fits = layout->boundingRect().height() <= textRect.height();
    for (int i = 0; fits && i < layout->lineCount(); ++i) {
        fits = layout->lineAt(i).naturalTextWidth() <= textRect.width();
    }
    if (fits) {
        return m_kept.insert(key, Laid{std::move(layout), offset}).value();
    }
    // One line too wide for its cell: the style draws it elided, laid out at the same place.
    const bool oneLine = layout->lineCount() == 1 && !option.text.contains(QChar(0x9c));
    if (oneLine && layout->boundingRect().height() <= textRect.height()) {
        const QString elided =
            QFontMetrics(option.font).elidedText(option.text, option.textElideMode, textRect.width());
        auto shown = std::make_shared<QTextLayout>(elided, option.font);
        shown->setTextOption(textOption);
        shown->setCacheEnabled(true);
        layOut(*shown, textRect.width());
        return m_kept.insert(key, Laid{std::move(shown), offset}).value();
    }
    // Wrapped and cut short by its row: the style's own elision (rare: rows are sized to their text).
    return m_kept.insert(key, Laid{nullptr, offset}).value();
}

void LaidOutTextDelegate::keepRowPictures(qint64 bytes)
{
    m_keepPictures = bytes > 0;
    m_pictures.setMaxCost(static_cast<qsizetype>(std::max<qint64>(bytes / 1024, 1)));
    m_pictures.clear();
}

void LaidOutTextDelegate::drawCell(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &textRect,
                                   const Laid &laid, const QColor &pen) const
{
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The cell as the style draws it (background, selection), without its text.
    QStyleOptionViewItem bare = opt;
    bare.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &bare, painter, widget);

    // The text in the pen the style would use, clipped to the cell as the style clips it.
    painter->save();
    painter->setClipRegion(painter->hasClipping() ? (painter->clipRegion() & opt.rect) : QRegion(opt.rect));
    painter->setPen(pen);
    laid.layout->draw(painter, QPointF(textRect.topLeft()) + laid.offset);
    painter->restore();
}

void LaidOutTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The focused cell is left to the style, which draws its focus frame over the text (one cell at a time).
    const bool plain =
        !opt.text.isEmpty() && !opt.state.testFlag(QStyle::State_Editing) &&
        !opt.state.testFlag(QStyle::State_HasFocus) &&
        !(opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration));
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The style's text rectangle for a cell with neither icon nor check box is the cell, less the focus margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const Laid &laid = laidOut(opt, textRect);
    if (!laid.layout) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !opt.state.testFlag(QStyle::State_Active)) {
        group = QPalette::Inactive;
    }
    const QColor pen = opt.palette.color(group, opt.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                           : QPalette::Text);

    // A plain row of a view filled with one opaque colour, drawn untransformed: copied from its kept picture.
    const auto *view = qobject_cast<const QAbstractItemView *>(widget);
    const QBrush under = view ? view->viewport()->palette().brush(view->viewport()->backgroundRole()) : QBrush();
    const bool alternate = opt.features.testFlag(QStyleOptionViewItem::Alternate);
    const QBrush &alternateBase = opt.palette.brush(group, QPalette::AlternateBase);
    const auto solid = [](const QBrush &b) { return b.style() == Qt::NoBrush || b.style() == Qt::SolidPattern; };
    const bool copied =
        m_keepPictures && view && view->viewport()->autoFillBackground() && under.style() == Qt::SolidPattern &&
        under.color().alpha() == 255 && solid(opt.backgroundBrush) && (!alternate || solid(alternateBase)) &&
        !(opt.state & (QStyle::State_Selected | QStyle::State_MouseOver)) &&
        painter->transform().type() <= QTransform::TxTranslate && qFuzzyCompare(painter->opacity(), 1.0);
    if (!copied) {
        drawCell(painter, opt, textRect, laid, pen);
        return;
    }
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QSize pixels = (QSizeF(opt.rect.size()) * ratio).toSize();
    // State_Enabled is 0x1 and State_Active 0x10000: the shade and the view's alternating take 0x2 and 0x4.
    constexpr int alternateShade = 0x2;
    const int state = static_cast<int>(opt.state & (QStyle::State_Enabled | QStyle::State_Active)) |
                      (alternate ? alternateShade : 0) | (view->alternatingRowColors() ? 0x4 : 0);
    const PictureKey key{Key{opt.text, opt.font, textRect.size(), layoutFlags(opt)},
                         pixels,
                         pen.rgba(),
                         under.color().rgba(),
                         alternate ? alternateBase.color().rgba() : 0,
                         opt.backgroundBrush.style() == Qt::NoBrush ? 0 : opt.backgroundBrush.color().rgba(),
                         state};
    // The row drawn as it is, in the shade of an alternate row (ALTERNATE) or not, and kept; nullptr if it is
    // larger than every picture kept together.
    const auto keep = [&](const PictureKey &as, bool inAlternateShade) -> const QPixmap * {
        auto drawn = std::make_unique<QPixmap>(pixels);
        drawn->setDevicePixelRatio(ratio);
        drawn->fill(under.color()); // what the viewport has under the row
        {
            QPainter p(drawn.get());
            QStyleOptionViewItem at = opt;
            at.rect.moveTo(0, 0);
            at.features.setFlag(QStyleOptionViewItem::Alternate, inAlternateShade);
            if (view->alternatingRowColors()) {
                // What QListView draws under each row before its delegate, when rows alternate.
                QStyleOptionViewItem row = at;
                row.state &= ~QStyle::State_Selected;
                style->drawPrimitive(QStyle::PE_PanelItemViewRow, &row, &p, widget);
            }
            drawCell(&p, at, textRect.translated(-opt.rect.topLeft()), laid, pen);
        }
        const auto kilobytes = static_cast<qsizetype>(
            std::max<qint64>(qint64(pixels.width()) * pixels.height() * drawn->depth() / 8 / 1024, 1));
        ++m_picturesMade;
        const QPixmap *kept = drawn.get();
        return m_pictures.insert(as, drawn.release(), kilobytes) ? kept : nullptr;
    };
    const QPixmap *picture = m_pictures.object(key);
    if (!picture) {
        picture = keep(key, alternate);
        if (!picture) {
            drawCell(painter, opt, textRect, laid, pen);
            return;
        }
        // Rows that alternate change shade whenever a row above them comes or goes (a reason appears or is
        // resolved), all of them at once: the other shade is drawn now, with the text already laid out, so that
        // the move is a copy of every row rather than drawing them all again.
        if (view->alternatingRowColors()) {
            PictureKey other = key;
            other.alternateBase = alternate ? 0 : alternateBase.color().rgba();
            other.state ^= alternateShade;
            if (!m_pictures.contains(other) && (alternate || solid(alternateBase))) {
                keep(other, !alternate);
                picture = m_pictures.object(key); // inserting may have pushed out the least recently used
                if (!picture) {
                    drawCell(painter, opt, textRect, laid, pen);
                    return;
                }
            }
        }
    }
    painter->drawPixmap(opt.rect.topLeft(), *picture);
}

} // namespace gonogo
