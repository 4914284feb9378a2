// LaidOutTextDelegate: QStyledItemDelegate with the text of each cell laid out once and kept, so repainting a row
// (every key press repaints the row it changed, and the reasons list below it) draws glyphs already shaped instead
// of shaping every text again, twice (Qt's item text is laid out once to elide and once more to draw).
//
// It draws what QStyledItemDelegate draws, pixel for pixel (tst_textdelegate compares the two): the cell without
// its text through the style, then the kept layout where the style would put it. Cells it cannot match exactly
// (an icon or a check box, a wrapped text cut short by its row) are left to QStyledItemDelegate.
//
// A view whose every row repaints when one changes (QListView lays out and repaints all its rows for any change)
// can also have whole rows kept as pictures (keepRowPictures): a row drawn before is then copied, not drawn again.
#pragma once

#include <QCache>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QPointF>
#include <QSize>
#include <QStyledItemDelegate>

#include <memory>

class QTextLayout;

namespace gonogo {

class LaidOutTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaidOutTextDelegate)

public:
    explicit LaidOutTextDelegate(QObject *parent = nullptr);
    ~LaidOutTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // How many texts have been laid out since the delegate was made (each kept one counts once).
    int layoutsMade() const { return m_made; }
    // How many rows have been drawn into a kept picture (with keepRowPictures).
    int picturesMade() const { return m_picturesMade; }

    // Keep plain rows (not selected, focused or under the mouse) as pictures, up to BYTES of them, the least
    // recently shown let go first. Only for views whose viewport is filled with one opaque colour.
    void keepRowPictures(qint64 bytes);

    // The most layouts kept at once; past it they are all let go and laid out again as rows are painted.
    static constexpr int keptLimit = 4096;

private:
    struct Key
    {
        QString text;
        QFont font;
        QSize size; // of the text's rectangle
        int flags;  // wrap, elide mode, alignment, direction
        bool operator==(const Key &o) const
        {
            return flags == o.flags && size == o.size && text == o.text && font == o.font;
        }
        friend size_t qHash(const Key &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.text, k.size.width(), k.size.height(), k.flags);
        }
    };
    struct Laid
    {
        std::shared_ptr<QTextLayout> layout; // nullptr: Qt draws this one itself
        QPointF offset;                      // from the text rectangle's top left
    };

    // What a row's picture depends on: its text laid out (Key), the colours it is drawn in and on, and its state.
    struct PictureKey
    {
        Key text;
        QSize size; // of the row, in device pixels
        QRgb pen = 0;
        QRgb base = 0;          // the viewport under the row
        QRgb alternateBase = 0; // an alternate row's, or 0
        QRgb background = 0;    // the row's own (a background role), or 0
        int state = 0;
        bool operator==(const PictureKey &o) const
        {
            return size == o.size && pen == o.pen && base == o.base && alternateBase == o.alternateBase &&
                   background == o.background && state == o.state && text == o.text;
        }
        friend size_t qHash(const PictureKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, qHash(k.text), k.size.width(), k.size.height(), k.pen, k.background, k.state);
        }
    };

    const Laid &laidOut(const QStyleOptionViewItem &option, const QRect &textRect) const;
    // Draws a plain cell: the style's background, then the kept layout.
    void drawCell(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &textRect, const Laid &laid,
                  const QColor &pen) const;

    mutable QHash<Key, Laid> m_kept;
    mutable int m_made = 0;
    mutable QCache<PictureKey, QPixmap> m_pictures; // cost: kilobytes
    mutable int m_picturesMade = 0;
    bool m_keepPictures = false;
};

} // namespace gonogo
