// A word-wrapped label that remembers its height at the last few widths it was asked about, until what it shows
// or how it is set changes. QLabel lays its whole text out again for every such question (with a selectable text,
// through a text document), and a layout asks the same questions many times: the item detail panel, in its scroll
// area, is measured at each step of the window's first layout (about fifteen questions at three widths per label)
// and again whenever one of its labels changes, as "Last changed ..." does on a key press, when the five others
// have not.
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace gonogo {

class WrappedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    int heightsLaidOut() const { return m_laidOut; } // answers QLabel computed, not remembered

protected:
    void changeEvent(QEvent *event) override;

private:
    void forgetIfChanged() const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    static constexpr int kept = 4;
    mutable std::array<Height, kept> m_heights;
    mutable int m_next = 0;
    mutable int m_laidOut = 0;
    // What the remembered heights were measured with.
    mutable QString m_text;
    mutable QFont m_font;
    mutable QMargins m_margins;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable bool m_wrap = true;
    mutable Qt::TextFormat m_format = Qt::PlainText;
    mutable Qt::Alignment m_alignment;
    mutable Qt::TextInteractionFlags m_interaction; // a selectable text is measured through a text document
};

} // namespace gonogo
