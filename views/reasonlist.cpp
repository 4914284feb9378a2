#include "reasonlist.h"

#include "decisiondocument.h"
#include "laidouttextdelegate.h"
#include "theme.h"

#include <QHash>
#include <QScrollBar>

namespace gonogo {

namespace {

// The reasons wrap; QListView asks for the size of every row whenever a row comes or goes, and each answer lays
// out the text. Sizes are kept per text for the width they were laid out at, so a key press that changes one
// reason lays out one text, not thousands; and the texts themselves are kept laid out for painting.
class ReasonDelegate final : public LaidOutTextDelegate
{
public:
    using LaidOutTextDelegate::LaidOutTextDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The view asks at more than one width (with and without its scroll bar, and 0 for a plain hint).
        if (option.font != m_font || m_sizes.size() > 16) {
            m_sizes.clear();
            m_font = option.font;
        }
        QHash<QString, QSize> &sizes = m_sizes[option.rect.width()];
        const QString text = index.data(Qt::DisplayRole).toString();
        auto it = sizes.constFind(text);
        if (it == sizes.cend()) {
            it = sizes.insert(text, QStyledItemDelegate::sizeHint(option, index));
        }
        return *it;
    }

private:
    mutable QHash<int, QHash<QString, QSize>> m_sizes; // width -> text -> size
    mutable QFont m_font;
};

} // namespace

ReasonList::ReasonList(DecisionDocument *document, QWidget *parent) : QListWidget(parent), m_document(document)
{
    setAccessibleName(tr("Reasons for the recommendation"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    setToolTip(tr("Click a reason to go to the item it names."));
    auto *delegate = new ReasonDelegate(this);
    // QListView repaints every row for any change, and the score sentence at the top changes with every key: rows
    // already drawn are copied. 16 MB holds both shades of about 170 rows 1,200 pixels wide.
    delegate->keepRowPictures(16 * 1024 * 1024);
    setItemDelegate(delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust); // wrapped again at the new width when the list is resized
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString subject = item->data(Qt::UserRole).toString();
        if (!subject.isEmpty()) {
            emit reasonActivated(subject);
        }
    });
    connect(this, &QListWidget::itemClicked, this, &QListWidget::itemActivated);
    connect(document, &DecisionDocument::assessmentChanged, this, &ReasonList::refresh);
    refresh();
}

int ReasonList::contentHeight(int limit) const
{
    int height = 2 * frameWidth();
    for (int row = 0; row < count() && height < limit; ++row) {
        height += sizeHintForRow(row);
    }
    return std::min(height, limit);
}

void ReasonList::refresh()
{
    const Assessment &a = m_document->assessment();
    // Only the rows that differ are replaced, removed or inserted (below). They are compared with what the list
    // was last given (m_shown), plain strings, not read back from its items.
    QVector<Row> rows;
    rows.reserve(a.reasons.size() + 1);
    for (const Reason &r : a.reasons) {
        rows.append({r.text, r.subject, r.effect, true});
    }
    if (rows.isEmpty()) {
        rows.append({tr("Every criterion for GO is met."), QString(), Decision::Go, false});
    }
    const auto before = static_cast<int>(m_shown.size());
    const auto after = static_cast<int>(rows.size());
    auto make = [](const Row &r) {
        auto *item = new QListWidgetItem(r.text);
        item->setData(Qt::UserRole, r.subject);
        if (r.coloured) {
            item->setForeground(theme::decisionColour(r.effect));
        }
        return item;
    };
    // Walked from the top with one row of look-ahead: a row that reads the same stays; one that changed is
    // replaced; one that went or came is removed or inserted. The score sentence at the top changes with every key,
    // so keeping only a common head and tail replaced every row down to the changed reason, thousands at 10,000
    // items. Invariant: the list's rows before ROW are rows[0, j), and those from ROW on are m_shown[i, before).
    int i = 0;
    int j = 0;
    int row = 0;
    while (i < before || j < after) {
        const bool both = i < before && j < after;
        if (both && m_shown.at(i) == rows.at(j)) {
            ++i;
            ++j;
            ++row;
        } else if (both && (i + 1 == before) == (j + 1 == after) &&
                   (i + 1 == before || m_shown.at(i + 1) == rows.at(j + 1))) {
            delete takeItem(row); // this row changed, the next one did not
            insertItem(row, make(rows.at(j)));
            ++i;
            ++j;
            ++row;
        } else if (i < before && (j == after || (i + 1 < before && m_shown.at(i + 1) == rows.at(j)))) {
            delete takeItem(row); // this row went
            ++i;
        } else if (j < after && (i == before || (j + 1 < after && m_shown.at(i) == rows.at(j + 1)))) {
            insertItem(row, make(rows.at(j))); // this row came
            ++j;
            ++row;
        } else if (both) {
            delete takeItem(row);
            insertItem(row, make(rows.at(j)));
            ++i;
            ++j;
            ++row;
        }
    }
    m_shown = std::move(rows);
    if (before != after) {
        emit rowCountChanged(after);
    }
}

} // namespace gonogo
