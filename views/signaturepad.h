// SignaturePad: draw a signature with mouse, pen or finger (touch and tablet arrive as mouse events). Hands out a
// small PNG, cropped to the strokes and capped in size; it never reads an image from anywhere.
#pragma once

#include <QPainterPath>
#include <QWidget>

namespace gonogo {

class SignaturePad final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignaturePad)

public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    void clear();
    QByteArray toPng() const; // empty when nothing was drawn
    QSize sizeHint() const override;

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QVector<QPainterPath> m_strokes;
    bool m_drawing = false;
};

} // namespace gonogo
