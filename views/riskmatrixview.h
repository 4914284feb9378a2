// RiskMatrixView: the likelihood x impact grid painted in the level colours, each cell naming its level and
// counting its open and accepted risks, with a chip per risk when there is room. Click (or Enter on) a cell to
// filter the register to it; drag a chip to another cell to move the risk there. Mitigated risks are counted
// apart, under the grid. Paints what the RiskMatrixModel says; edits are signalled, never made here.
#pragma once

#include "domain.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;

namespace gonogo {

class RiskMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskMatrixView)

public:
    using Cell = std::pair<Likelihood, Impact>;

    explicit RiskMatrixView(QAbstractItemModel *matrix, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // For the room: no legend and no counts line, so the chips fit cells sized for large type.
    void setCompact(bool on);
    void setActiveCell(std::optional<Cell> cell); // the cell the register is filtered to, drawn highlighted
    QRect cellRect(Likelihood l, Impact i) const;
    QRect chipRect(const QString &riskId) const; // empty when the risk has no chip on screen

signals:
    void cellActivated(std::optional<gonogo::RiskMatrixView::Cell> cell); // nullopt: show all risks
    void riskMoved(const QString &riskId, gonogo::Likelihood likelihood, gonogo::Impact impact);
    void riskActivated(const QString &riskId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Chip
    {
        QString id;
        QRect rect;
        bool accepted = false;
    };
    QRect gridRect() const;
    std::optional<Cell> cellAt(const QPoint &pos) const;
    QVector<Chip> layoutChips() const;
    void activate(std::optional<Cell> cell);

    QAbstractItemModel *m_matrix;
    std::optional<Cell> m_active;
    Cell m_current{Likelihood::High, Impact::Critical};
    QString m_pressedChip;
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_dragging = false;
    bool m_compact = false;
};

} // namespace gonogo
