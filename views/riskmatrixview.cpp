#include "riskmatrixview.h"

#include "riskmodels.h"
#include "roles.h"
#include "theme.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>

namespace gonogo {

namespace {
constexpr int headerRows = 2; // axis title + impact names
}

RiskMatrixView::RiskMatrixView(QAbstractItemModel *matrix, QWidget *parent) : QWidget(parent), m_matrix(matrix)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Risk matrix"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(matrix, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
}

QSize RiskMatrixView::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.horizontalAdvance(QLatin1Char('0')) * 90, fm.height() * 30};
}

QSize RiskMatrixView::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    // Four cells of a level's name and a chip or two, beside the likelihood names.
    return {fm.horizontalAdvance(QLatin1Char('0')) * 44, fm.height() * (m_compact ? 9 : 13)};
}

QRect RiskMatrixView::gridRect() const
{
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(displayName(Likelihood::Medium)) + fm.height() * 3;
    const int top = fm.height() * headerRows + 12;
    const int bottom = m_compact ? 4 : fm.height() * 2 + 8; // legend
    return QRect(left, top, width() - left - 4, height() - top - bottom);
}

QRect RiskMatrixView::cellRect(Likelihood l, Impact i) const
{
    const QRect g = gridRect();
    const int w = g.width() / 4;
    const int h = g.height() / 3;
    return QRect(g.left() + static_cast<int>(i) * w, g.top() + static_cast<int>(l) * h, w, h);
}

std::optional<RiskMatrixView::Cell> RiskMatrixView::cellAt(const QPoint &pos) const
{
    for (Likelihood l : allLikelihoods) {
        for (Impact i : allImpacts) {
            if (cellRect(l, i).contains(pos)) {
                return Cell{l, i};
            }
        }
    }
    return std::nullopt;
}

QVector<RiskMatrixView::Chip> RiskMatrixView::layoutChips() const
{
    QVector<Chip> chips;
    QFont chipFont = font();
    chipFont.setBold(true);
    const QFontMetrics fm(chipFont);
    for (Likelihood l : allLikelihoods) {
        for (Impact i : allImpacts) {
            const QModelIndex index = RiskMatrixModel::cellIndex(m_matrix, l, i);
            const QStringList ids = index.data(CellRisksRole).toStringList();
            const int open = index.data(CellOpenRole).toInt();
            const int below = fontMetrics().height() * (m_compact ? 1 : 2) + 10; // the level's name (and counts)
            const QRect cell = cellRect(l, i).adjusted(8, below, -8, -6);
            int x = cell.left();
            int y = cell.top();
            const int h = fm.height() + 8;
            for (int n = 0; n < ids.size(); ++n) {
                const int w = fm.horizontalAdvance(ids.at(n)) + 16;
                if (x + w > cell.right()) {
                    x = cell.left();
                    y += h + 4;
                }
                if (y + h > cell.bottom()) {
                    break; // no room: the counts above still tell
                }
                chips.append({ids.at(n), QRect(x, y, w, h), n >= open});
                x += w + 4;
            }
        }
    }
    return chips;
}

QRect RiskMatrixView::chipRect(const QString &riskId) const
{
    for (const Chip &chip : layoutChips()) {
        if (chip.id == riskId) {
            return chip.rect;
        }
    }
    return {};
}

void RiskMatrixView::setCompact(bool on)
{
    m_compact = on;
    updateGeometry();
    update();
}

void RiskMatrixView::setActiveCell(std::optional<Cell> cell)
{
    m_active = cell;
    if (cell) {
        m_current = *cell;
    }
    update();
}

void RiskMatrixView::activate(std::optional<Cell> cell)
{
    setActiveCell(cell);
    emit cellActivated(cell);
}

void RiskMatrixView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QRect g = gridRect();
    QFont bold = font();
    bold.setBold(true);
    QFont big = bold;
    big.setPointSizeF(big.pointSizeF() * 1.15);
    // The level's name fits its cell: on a narrow grid in large type the name's size gives way, not its letters.
    const int room = cellRect(Likelihood::High, Impact::Critical).width() - 20;
    int widest = 0;
    for (RiskLevel level : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
        widest = std::max(widest, QFontMetrics(big).horizontalAdvance(displayName(level).toUpper()));
    }
    if (widest > room && room > 0) {
        big.setPointSizeF(std::max(4.0, big.pointSizeF() * room / widest));
    }

    // Axis titles and labels.
    p.setPen(palette().color(QPalette::WindowText));
    p.setFont(bold);
    p.drawText(QRect(g.left(), 0, g.width(), fm.height() + 4), Qt::AlignCenter, tr("Impact"));
    p.save();
    p.translate(fm.height(), g.center().y());
    p.rotate(-90);
    p.drawText(QRect(-g.height() / 2, -fm.height(), g.height(), fm.height() + 4), Qt::AlignCenter, tr("Likelihood"));
    p.restore();
    for (Impact i : allImpacts) {
        const QRect c = cellRect(Likelihood::High, i);
        p.drawText(QRect(c.left(), fm.height() + 6, c.width(), fm.height() + 4), Qt::AlignCenter, displayName(i));
    }
    for (Likelihood l : allLikelihoods) {
        const QRect c = cellRect(l, Impact::Critical);
        p.drawText(QRect(fm.height() * 2, c.top(), g.left() - fm.height() * 2 - 8, c.height()),
                   Qt::AlignRight | Qt::AlignVCenter, displayName(l));
    }

    // Cells.
    for (Likelihood l : allLikelihoods) {
        for (Impact i : allImpacts) {
            const QModelIndex index = RiskMatrixModel::cellIndex(m_matrix, l, i);
            const auto level = static_cast<RiskLevel>(index.data(LevelRole).toInt());
            const QRect c = cellRect(l, i).adjusted(2, 2, -2, -2);
            p.setPen(Qt::NoPen);
            p.setBrush(theme::levelColour(level));
            p.drawRoundedRect(c, 6, 6);
            p.setPen(Qt::white);
            p.setFont(big);
            p.drawText(c.adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop, displayName(level).toUpper());
            p.setFont(font());
            const int open = index.data(CellOpenRole).toInt();
            const int accepted = index.data(CellAcceptedRole).toInt();
            const QString counts = open + accepted == 0 ? tr("no risks")
                                                        : tr("%1 · %2").arg(tr("%n open", nullptr, open),
                                                                            tr("%n accepted", nullptr, accepted));
            if (!m_compact) {
                p.drawText(c.adjusted(8, fm.height() + 8, -8, 0), Qt::AlignLeft | Qt::AlignTop, counts);
            }
            const bool isActive = m_active && m_active->first == l && m_active->second == i;
            const bool isCurrent = hasFocus() && m_current.first == l && m_current.second == i;
            if (isActive || isCurrent) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(isActive ? palette().color(QPalette::WindowText) : palette().color(QPalette::Highlight),
                              isActive ? 4 : 3, isCurrent && !isActive ? Qt::DashLine : Qt::SolidLine));
                p.drawRoundedRect(c.adjusted(2, 2, -2, -2), 6, 6);
            }
        }
    }

    // Chips: open risks solid, accepted ones outlined.
    p.setFont(bold);
    for (const Chip &chip : layoutChips()) {
        if (m_dragging && chip.id == m_pressedChip) {
            continue;
        }
        p.setPen(chip.accepted ? QPen(Qt::white, 2) : QPen(Qt::NoPen));
        p.setBrush(chip.accepted ? QBrush(Qt::transparent) : QBrush(Qt::white));
        p.drawRoundedRect(chip.rect, chip.rect.height() / 2, chip.rect.height() / 2);
        p.setPen(chip.accepted ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
        p.drawText(chip.rect, Qt::AlignCenter, chip.id);
    }
    if (m_dragging) {
        const QFontMetrics bfm(bold);
        QRect r(0, 0, bfm.horizontalAdvance(m_pressedChip) + 16, bfm.height() + 8);
        r.moveCenter(m_dragPos);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::white);
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(r, Qt::AlignCenter, m_pressedChip);
    }

    // Legend.
    if (m_compact) {
        return;
    }
    const int mitigated = static_cast<const RiskMatrixModel *>(m_matrix)->mitigatedCount();
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(g.left(), g.bottom() + 6, g.width(), fm.height() * 2),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("Solid chip: open risk. Outlined chip: accepted risk. Mitigated risks (not on the grid): %1. "
                  "Drag a chip to move a risk; click a cell to filter the register.")
                   .arg(mitigated));
}

void RiskMatrixView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_pressedChip.clear();
    for (const Chip &chip : layoutChips()) {
        if (chip.rect.contains(m_pressPos)) {
            m_pressedChip = chip.id;
        }
    }
}

void RiskMatrixView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedChip.isEmpty() || !(event->buttons() & Qt::LeftButton)) {
        return;
    }
    m_dragPos = event->position().toPoint();
    if (!m_dragging && (m_dragPos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    update();
}

void RiskMatrixView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    const auto target = cellAt(pos);
    const QString chip = m_pressedChip;
    const bool dragged = m_dragging;
    m_dragging = false;
    m_pressedChip.clear();
    unsetCursor();
    update();
    if (dragged) {
        const auto from = cellAt(m_pressPos);
        if (target && from && *target != *from) {
            emit riskMoved(chip, target->first, target->second);
        }
        return;
    }
    if (!chip.isEmpty()) {
        emit riskActivated(chip);
        return;
    }
    if (target) {
        m_current = *target;
        // Clicking the cell the register is filtered to shows all risks again.
        activate(m_active == target ? std::nullopt : target);
    }
}

void RiskMatrixView::keyPressEvent(QKeyEvent *event)
{
    auto l = static_cast<int>(m_current.first);
    auto i = static_cast<int>(m_current.second);
    switch (event->key()) {
    case Qt::Key_Up:
        l = std::max(0, l - 1);
        break;
    case Qt::Key_Down:
        l = std::min(2, l + 1);
        break;
    case Qt::Key_Left:
        i = std::max(0, i - 1);
        break;
    case Qt::Key_Right:
        i = std::min(3, i + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_active == m_current ? std::nullopt : std::optional<Cell>(m_current));
        return;
    case Qt::Key_Escape:
        activate(std::nullopt);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_current = {allLikelihoods[static_cast<std::size_t>(l)], allImpacts[static_cast<std::size_t>(i)]};
    update();
}

} // namespace gonogo
