#include "categoryprogress.h"

#include "decisiondocument.h"
#include "theme.h"

#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>

namespace gonogo {

namespace {
constexpr int margin = 8;
}

CategoryProgress::CategoryProgress(DecisionDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Progress by category"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    connect(document, &DecisionDocument::assessmentChanged, this, &CategoryProgress::repaintChanged);
    repaintChanged();
}

void CategoryProgress::repaintChanged()
{
    const QVector<CategoryScore> &categories = m_document->assessment().categories;
    QVector<QVector<int>> shown;
    shown.reserve(categories.size());
    for (const CategoryScore &c : categories) {
        shown.append({c.items.total, c.items.pass, c.items.partial, c.items.fail, c.items.pending, c.critical.total,
                      c.critical.pass});
    }
    if (shown.size() != m_shown.size()) {
        updateGeometry(); // a category more or less: the whole widget, and its height
        update();
    } else {
        for (int i = 0; i < shown.size(); ++i) {
            if (shown.at(i) != m_shown.at(i)) {
                update(rowRect(i).adjusted(-margin, 0, margin, 0));
            }
        }
    }
    m_shown = shown;
}

int CategoryProgress::rowHeight() const
{
    return fontMetrics().height() * 3 + 16;
}

QSize CategoryProgress::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22,
            static_cast<int>(m_document->assessment().categories.size()) * rowHeight() + margin};
}

QSize CategoryProgress::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14, rowHeight() * 3};
}

QRect CategoryProgress::rowRect(int row) const
{
    return {margin, margin / 2 + row * rowHeight(), width() - 2 * margin, rowHeight()};
}

int CategoryProgress::rowAt(const QPoint &pos) const
{
    const int row = (pos.y() - margin / 2) / rowHeight();
    return row >= 0 && row < m_document->assessment().categories.size() ? row : -1;
}

void CategoryProgress::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QVector<CategoryScore> &categories = m_document->assessment().categories;
    const QFontMetrics fm = fontMetrics();
    for (int i = 0; i < categories.size(); ++i) {
        const CategoryScore &c = categories.at(i);
        const QRect row = rowRect(i);
        if (!event->rect().intersects(row.adjusted(-margin, 0, margin, 0))) {
            continue; // a key press repaints the rows it changed, not the twelve
        }
        if (i == m_current && hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(row.adjusted(-4, 1, 4, -1), 4, 4);
        }
        p.setPen(palette().color(QPalette::WindowText));
        const QString counts = tr("%1/%2").arg(c.items.pass).arg(c.items.total);
        const int countsWidth = fm.horizontalAdvance(counts);
        const bool criticalOpen = c.critical.pass < c.critical.total;
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QRect text(row.left(), row.top() + 4, row.width() - countsWidth - 8, fm.height());
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(c.name, Qt::ElideRight, text.width()));
        p.setFont(font());
        p.drawText(QRect(row.right() - countsWidth, row.top() + 4, countsWidth, fm.height()), Qt::AlignRight, counts);
        const QRect detail(row.left(), row.top() + 12 + 2 * fm.height(), row.width(), fm.height());
        p.setPen(criticalOpen ? theme::criticalColour() : palette().color(QPalette::PlaceholderText));
        const QString detailText = criticalOpen ? tr("%n critical open", nullptr, c.critical.total - c.critical.pass)
                                                : tr("critical %1/%2").arg(c.critical.pass).arg(c.critical.total);
        p.drawText(detail, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(detailText, Qt::ElideRight, detail.width()));
        const QRect bar(row.left(), row.top() + 8 + fm.height(), row.width(), fm.height() - 4);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRoundedRect(bar, 3, 3);
        if (c.items.total > 0) {
            int x = bar.left();
            for (Status s : allStatuses) {
                const int n = c.items.count(s);
                const int w = static_cast<int>(static_cast<long long>(bar.width()) * n / c.items.total);
                if (n > 0) {
                    // Colour and pattern: PARTIAL, FAIL and PENDING are told apart without colour too.
                    const QRect segment(x, bar.top(), std::max(w, 3), bar.height());
                    p.setBrush(theme::statusColour(s));
                    p.drawRect(segment);
                    if (theme::statusPattern(s) != Qt::NoBrush) {
                        p.setBrush(QBrush(Qt::white, theme::statusPattern(s)));
                        p.drawRect(segment);
                    }
                }
                x += w;
            }
        }
    }
}

void CategoryProgress::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        m_current = row;
        update();
        emit categoryActivated(m_document->assessment().categories.at(row).code);
    }
}

void CategoryProgress::keyPressEvent(QKeyEvent *event)
{
    const int count = static_cast<int>(m_document->assessment().categories.size());
    switch (event->key()) {
    case Qt::Key_Up:
        m_current = std::max(0, m_current - 1);
        update();
        return;
    case Qt::Key_Down:
        m_current = std::min(count - 1, m_current + 1);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_current < count) {
            emit categoryActivated(m_document->assessment().categories.at(m_current).code);
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace gonogo
