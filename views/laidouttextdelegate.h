// LaidOutTextDelegate: QStyledItemDelegate with the text of each cell laid out once and kept, so repainting a row
// (every key press repaints the row it changed, and the reasons list below it) draws glyphs already shaped instead
// of shaping every text again, twice (Qt's item text is laid out once to elide and once more to draw).
//
// It draws what QStyledItemDelegate draws, pixel for pixel (tst_textdelegate compares the two): the cell without
// its text through the style, then the kept layout where the style would put it. Cells it cannot match exactly
// (an icon or a check box, a wrapped text cut short by its row) are left to QStyledItemDelegate.
#pragma once

#include <QFont>
#include <QHash>
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

    const Laid &laidOut(const QStyleOptionViewItem &option, const QRect &textRect) const;

    mutable QHash<Key, Laid> m_kept;
    mutable int m_made = 0;
};

} // namespace gonogo
