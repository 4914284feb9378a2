#include "signaturepad.h"

#include <QBuffer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>

namespace gonogo {

namespace {
constexpr int maxWidth = 600;
constexpr int maxHeight = 200;

QPen ink()
{
    return QPen(QColor(0x10, 0x20, 0x60), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}
} // namespace

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setMinimumSize(320, 110);
    setAccessibleName(tr("Signature pad"));
    setToolTip(tr("Draw your signature with the mouse, a pen or a finger."));
}

QSize SignaturePad::sizeHint() const
{
    return {480, 150};
}

void SignaturePad::clear()
{
    m_strokes.clear();
    update();
    emit changed();
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const int baseline = height() * 3 / 4;
    p.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 1, Qt::DashLine));
    p.drawLine(16, baseline, width() - 16, baseline);
    if (m_strokes.isEmpty()) {
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawText(rect().adjusted(0, 0, 0, -height() / 4), Qt::AlignCenter, tr("Sign here (optional)"));
    }
    p.setPen(ink());
    for (const QPainterPath &path : m_strokes) {
        p.drawPath(path);
    }
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    QPainterPath path(event->position());
    path.lineTo(event->position() + QPointF(0.1, 0.1)); // a dot is a stroke too
    m_strokes.append(path);
    m_drawing = true;
    update();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing || m_strokes.isEmpty()) {
        return;
    }
    m_strokes.last().lineTo(event->position());
    update();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drawing) {
        m_drawing = false;
        emit changed();
    }
}

QByteArray SignaturePad::toPng() const
{
    if (m_strokes.isEmpty()) {
        return {};
    }
    QRectF bounds;
    for (const QPainterPath &path : m_strokes) {
        bounds = bounds.united(path.boundingRect());
    }
    bounds.adjust(-6, -6, 6, 6);
    const double scale = std::min({1.0, maxWidth / bounds.width(), maxHeight / bounds.height()});
    QImage image(QSize(static_cast<int>(bounds.width() * scale) + 1, static_cast<int>(bounds.height() * scale) + 1),
                 QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    p.translate(-bounds.topLeft());
    p.setPen(ink());
    for (const QPainterPath &path : m_strokes) {
        p.drawPath(path);
    }
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace gonogo
