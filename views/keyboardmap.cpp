#include "keyboardmap.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace gonogo {

KeyboardMap::KeyboardMap(const QVector<Group> &groups, QWidget *parent) : QDialog(parent), m_groups(groups)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    if (parent) {
        setFont(parent->font()); // a dialog is a window of its own: it takes the room's type only when told
    }
    const QFontMetrics fm = fontMetrics();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    // As many columns of groups as the screen holds at this type size: three on a laptop, one or two in the
    // room's large type.
    const QScreen *screen = parent ? parent->screen() : nullptr;
    const int screenWidth = screen ? screen->availableGeometry().width() : 1280;
    const int columnWidth = digit * 30;
    const int columns = std::clamp(screenWidth * 9 / 10 / columnWidth, 1, 3);

    auto *page = new QWidget;
    auto *columnsLayout = new QHBoxLayout(page);
    columnsLayout->setSpacing(digit * 4);
    // Groups go down the columns in turn, each column about as long as the others; in a column one grid, so the
    // keys of every group line up.
    int total = 0;
    for (const Group &g : groups) {
        total += static_cast<int>(g.entries.size()) + 2;
    }
    const int perColumn = (total + columns - 1) / columns;
    QVector<QGridLayout *> grids;
    for (int c = 0; c < columns; ++c) {
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(digit * 2);
        grid->setVerticalSpacing(fm.height() / 4);
        grid->setColumnStretch(1, 1);
        columnsLayout->addLayout(grid, 1);
        grids << grid;
    }
    QFont bold = font();
    bold.setBold(true);
    int column = 0;
    int filled = 0;
    int row = 0;
    for (const Group &g : groups) {
        if (filled >= perColumn && column + 1 < columns) {
            ++column;
            filled = 0;
            row = 0;
        }
        QGridLayout *grid = grids.at(column);
        if (row > 0) {
            grid->setRowMinimumHeight(row++, fm.height() / 2);
        }
        auto *title = new QLabel(g.title, page);
        title->setFont(bold);
        title->setTextFormat(Qt::PlainText);
        grid->addWidget(title, row++, 0, 1, 2);
        for (const Entry &e : g.entries) {
            auto *keys = new QLabel(e.keys, page);
            keys->setTextFormat(Qt::PlainText);
            keys->setFont(bold);
            keys->setAlignment(Qt::AlignRight | Qt::AlignTop);
            auto *what = new QLabel(e.what, page);
            what->setTextFormat(Qt::PlainText);
            what->setWordWrap(true);
            what->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(keys, row, 0);
            grid->addWidget(what, row++, 1);
        }
        filled += static_cast<int>(g.entries.size()) + 2;
    }
    for (QGridLayout *grid : grids) {
        grid->setRowStretch(grid->rowCount(), 1);
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the descriptions wrap; the map only scrolls down
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // As large as its columns need, within the screen.
    const QSize wanted(columns * columnWidth + digit * 8, page->sizeHint().height() + fm.height() * 5);
    const QSize room = screen ? screen->availableGeometry().size() * 9 / 10 : QSize(1280, 800);
    resize(wanted.boundedTo(room));
}

} // namespace gonogo
