#include "wrappedlabel.h"

#include "domain.h"

#include <QEvent>

namespace gonogo {

WrappedLabel::WrappedLabel(QWidget *parent) : WrappedLabel(QString(), parent) {}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

void WrappedLabel::forgetIfChanged() const
{
    // text() is shared with the label's own copy, so comparing it is immediate when nothing changed.
    if (sameText(text(), m_text) && font() == m_font && contentsMargins() == m_margins && margin() == m_margin &&
        indent() == m_indent && wordWrap() == m_wrap && textFormat() == m_format && alignment() == m_alignment &&
        textInteractionFlags() == m_interaction) {
        return;
    }
    m_heights.fill(Height());
    m_text = text();
    m_font = font();
    m_margins = contentsMargins();
    m_margin = margin();
    m_indent = indent();
    m_wrap = wordWrap();
    m_format = textFormat();
    m_alignment = alignment();
    m_interaction = textInteractionFlags();
}

int WrappedLabel::heightForWidth(int width) const
{
    forgetIfChanged();
    for (const Height &known : m_heights) {
        if (known.width == width) {
            return known.height;
        }
    }
    const int height = QLabel::heightForWidth(width);
    ++m_laidOut;
    m_heights[static_cast<size_t>(m_next)] = {width, height};
    m_next = (m_next + 1) % kept;
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // A style can change the frame's width, and with it the room the text has, without a change in the values
    // compared above.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        m_heights.fill(Height());
    }
    QLabel::changeEvent(event);
}

} // namespace gonogo
