// CategoryProgress: one compact bar per category (PASS / PARTIAL / FAIL / PENDING) with its counts in words;
// clicking a row, or Enter on it, shows that category in the checklist.
#pragma once

#include <QVector>
#include <QWidget>

namespace gonogo {

class DecisionDocument;

class CategoryProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryProgress)

public:
    explicit CategoryProgress(DecisionDocument *document, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int currentRow() const { return m_current; }
    QRect rowRect(int row) const;

signals:
    void categoryActivated(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int rowHeight() const;
    int rowAt(const QPoint &pos) const;
    void repaintChanged(); // only the rows whose counts changed

    DecisionDocument *m_document;
    int m_current = 0;
    QVector<QVector<int>> m_shown; // per row, the counts last painted
};

} // namespace gonogo
