#include "checklistpanel.h"

#include "checklistfilter.h"
#include "checklistmodel.h"
#include "decisiondocument.h"
#include "laidouttextdelegate.h"
#include "quietupdates.h"
#include "roles.h"
#include "statusdelegate.h"
#include "theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QVBoxLayout>

namespace gonogo {

namespace {

// Paints the critical marker in red and bold; the word itself is the signal, the colour only helps.
class CriticalDelegate final : public LaidOutTextDelegate
{
public:
    using LaidOutTextDelegate::LaidOutTextDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CriticalRole).toBool()) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, theme::criticalColour());
        }
    }
};

} // namespace

ChecklistPanel::ChecklistPanel(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ChecklistModel(document, this)),
      m_filter(new ChecklistFilter(this)), m_tree(new QTreeView(this)), m_search(new QLineEdit(this)),
      m_criticalOnly(new QCheckBox(tr("&Critical only"), this)), m_notPass(new QCheckBox(tr("&Not PASS"), this)),
      m_status(new QComboBox(this)), m_owner(new QComboBox(this)), m_matches(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search ID, title, owner, evidence (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // On a narrow window the filter boxes give way, not the search box.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_search->setAccessibleName(tr("Search the checklist"));
    m_status->addItem(tr("All statuses"));
    for (Status s : allStatuses) {
        m_status->addItem(displayName(s), static_cast<int>(s));
    }
    m_status->setAccessibleName(tr("Status filter"));
    m_owner->setAccessibleName(tr("Owner filter"));
    // Narrow windows shrink the filter boxes (their lists still open full width) before anything else.
    // Wide enough for their "All ..." entry in the language shown ("Todos los responsables" is twice "All owners").
    for (QComboBox *box : {m_status, m_owner}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        const QString all = box == m_status ? tr("All statuses") : tr("All owners");
        box->setMinimumContentsLength(std::max(8, int(all.size())));
    }

    // The search and its filters on one row; on a narrow panel the filters take a second row (see fitColumns).
    auto *bar = new QGridLayout;
    bar->setHorizontalSpacing(10);
    bar->setVerticalSpacing(6);
    m_bar = bar;
    placeFilters(false);

    m_tree->setModel(m_filter);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegate(new LaidOutTextDelegate(m_tree)); // rows repaint on every key: texts kept laid out
    m_tree->setItemDelegateForColumn(ChecklistModel::StatusColumn, new StatusDelegate(m_tree));
    m_tree->setItemDelegateForColumn(ChecklistModel::CriticalColumn, new CriticalDelegate(m_tree));
    m_tree->setAccessibleName(tr("Checklist"));
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics fm = m_tree->fontMetrics();
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    // The ID column as wide as the widest ID (the first thousand looked at), so none is cut.
    int idWidth = fm.horizontalAdvance(QStringLiteral("FINAL-10"));
    const QVector<Item> &items = document->snapshot().items;
    for (int i = 0; i < std::min<int>(static_cast<int>(items.size()), 1000); ++i) {
        idWidth = std::max(idWidth, fm.horizontalAdvance(items.at(i).id));
    }
    header->resizeSection(ChecklistModel::IdColumn, idWidth + m_tree->indentation() + 28);
    header->resizeSection(ChecklistModel::CriticalColumn,
                          std::max(boldFm.horizontalAdvance(tr("Critical")), fm.horizontalAdvance(tr("Critical"))) +
                              24);
    header->resizeSection(ChecklistModel::OwnerColumn, fm.horizontalAdvance(QLatin1Char('0')) * 13);
    header->resizeSection(ChecklistModel::StatusColumn, boldFm.horizontalAdvance(displayName(Status::Pending)) + 40);
    header->resizeSection(ChecklistModel::ChangedColumn, fm.horizontalAdvance(QLatin1Char('0')) * 15);
    m_tree->expandAll();
    m_ownerWidth = header->sectionSize(ChecklistModel::OwnerColumn);
    m_tree->viewport()->installEventFilter(this); // its width is what the columns share

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    // 1..4 set the status of every selected item; only while the tree has focus, so typing elsewhere is safe.
    const QList<QPair<Status, QKeySequence>> keys{{Status::Pass, QKeySequence(Qt::Key_1)},
                                                  {Status::Partial, QKeySequence(Qt::Key_2)},
                                                  {Status::Fail, QKeySequence(Qt::Key_3)},
                                                  {Status::Pending, QKeySequence(Qt::Key_4)}};
    for (const auto &[status, key] : keys) {
        auto *action = new QAction(tr("Set to %1").arg(displayName(status)), this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        const Status s = status;
        connect(action, &QAction::triggered, this, [this, s] { applyStatus(s); });
        m_tree->addAction(action);
        m_statusActions << action;
    }

    // O and E: type the owner or the evidence of the current item, without reaching for the mouse.
    for (const auto &[field, key] :
         {std::pair{ItemField::Owner, Qt::Key_O}, std::pair{ItemField::Evidence, Qt::Key_E}}) {
        auto *action = new QAction(field == ItemField::Owner ? tr("Edit Owner") : tr("Edit Evidence"), this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        const ItemField f = field;
        connect(action, &QAction::triggered, this, [this, f] {
            if (!currentItemId().isEmpty()) {
                emit editRequested(currentItemId(), f);
            }
        });
        m_tree->addAction(action);
    }

    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (selectedItemIds().isEmpty()) {
            return;
        }
        QMenu menu(this);
        menu.addActions(m_statusActions);
        if (!m_contextActions.isEmpty()) {
            menu.addSeparator();
            menu.addActions(m_contextActions);
        }
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ChecklistFilter::setSearchText);
    connect(m_criticalOnly, &QCheckBox::toggled, m_filter, &ChecklistFilter::setCriticalOnly);
    connect(m_notPass, &QCheckBox::toggled, m_filter, &ChecklistFilter::setNotPassOnly);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setStatus(i <= 0 ? std::nullopt
                                   : std::optional<Status>(static_cast<Status>(m_status->itemData(i).toInt())));
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setOwner(i <= 0 ? QString() : m_owner->itemText(i)); });
    connect(m_filter, &ChecklistFilter::filtersChanged, this, [this] {
        m_tree->expandAll();
        spanCategoryRows();
        updateMatchCount();
        // The item in the detail panel is always one the list shows: when a search or filter hides the current
        // item, the first one shown takes its place (or none, and the panel is emptied).
        if (!m_tree->currentIndex().data(ItemIdRole).isValid() || !m_tree->currentIndex().isValid()) {
            if (!selectFirstShown()) {
                emit currentItemChanged(QString());
            }
        }
    });
    // Down (or Enter) in the search box goes to the list it filters; Tab moves on, never through rows.
    m_search->installEventFilter(this);
    m_tree->setTabKeyNavigation(false);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ChecklistPanel::spanCategoryRows);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ChecklistPanel::spanCategoryRows);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentItemChanged(current.data(ItemIdRole).toString()); });
    connect(document, &DecisionDocument::itemsChanged, this, [this](const QStringList &ids) {
        refreshOwners(ids);
        updateMatchCount();
    });
    refreshOwners();
    spanCategoryRows();
    updateMatchCount();
}

void ChecklistPanel::spanCategoryRows()
{
    for (int c = 0; c < m_filter->rowCount(); ++c) {
        m_tree->setFirstColumnSpanned(c, QModelIndex(), true);
    }
}

QStringList ChecklistPanel::selectedItemIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows(0)) {
        const QString id = index.data(ItemIdRole).toString();
        if (!id.isEmpty()) {
            ids << id;
        }
    }
    if (ids.isEmpty() && !currentItemId().isEmpty()) {
        ids << currentItemId();
    }
    return ids;
}

QString ChecklistPanel::currentItemId() const
{
    return m_tree->currentIndex().data(ItemIdRole).toString();
}

void ChecklistPanel::applyStatus(Status status)
{
    const QStringList ids = selectedItemIds();
    if (ids.isEmpty()) {
        return;
    }
    // Walking a filtered list ("not PASS"): an item that leaves it hands the keyboard to the next one shown,
    // below it, or above it at the end, so the next key sets the next item.
    auto neighbour = [this, &ids](auto step) {
        for (QModelIndex n = step(m_tree->currentIndex()); n.isValid(); n = step(n)) {
            const QString id = n.data(ItemIdRole).toString();
            if (!id.isEmpty() && !ids.contains(id)) {
                return id;
            }
        }
        return QString();
    };
    const QString below = neighbour([this](const QModelIndex &i) { return m_tree->indexBelow(i); });
    const QString above =
        below.isEmpty() ? neighbour([this](const QModelIndex &i) { return m_tree->indexAbove(i); }) : QString();
    const QString current = currentItemId();
    if (!m_document->setStatus(ids, status)) {
        return; // shown through DecisionDocument::editFailed
    }
    if (!current.isEmpty() && !m_filter->mapFromSource(m_model->indexOfItem(current)).isValid()) {
        const QString next = below.isEmpty() ? above : below;
        if (!next.isEmpty()) {
            const QModelIndex index = m_filter->mapFromSource(m_model->indexOfItem(next));
            m_tree->setCurrentIndex(index);
            m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tree->scrollTo(index);
        }
    }
}

bool ChecklistPanel::selectFirstShown()
{
    for (int c = 0; c < m_filter->rowCount(); ++c) {
        const QModelIndex category = m_filter->index(c, 0);
        if (m_filter->rowCount(category) > 0) {
            const QModelIndex first = m_filter->index(0, 0, category);
            m_tree->setCurrentIndex(first);
            m_tree->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tree->scrollTo(first);
            return true;
        }
    }
    return false;
}

void ChecklistPanel::placeFilters(bool twoRows)
{
    if (m_filtersRow && twoRows == m_twoRows) {
        return;
    }
    m_twoRows = twoRows;
    if (!m_filtersRow) {
        m_filtersRow = new QHBoxLayout;
        m_filtersRow->setSpacing(10);
        m_filtersRow->addWidget(m_criticalOnly);
        m_filtersRow->addWidget(m_notPass);
        m_filtersRow->addWidget(m_status);
        m_filtersRow->addWidget(m_owner);
    } else {
        m_bar->removeWidget(m_search);
        m_bar->removeWidget(m_matches);
        m_bar->removeItem(m_filtersRow);
    }
    m_filtersRow->setStretch(m_filtersRow->count() - 1, 0);
    if (twoRows) {
        m_bar->addWidget(m_search, 0, 0);
        m_bar->addWidget(m_matches, 0, 1);
        m_bar->addLayout(m_filtersRow, 1, 0, 1, 2, Qt::AlignLeft);
        m_bar->setColumnStretch(0, 1);
        m_bar->setColumnStretch(1, 0);
        m_bar->setColumnStretch(2, 0);
    } else {
        m_bar->addWidget(m_search, 0, 0);
        m_bar->addLayout(m_filtersRow, 0, 1);
        m_bar->addWidget(m_matches, 0, 2);
        m_bar->setColumnStretch(0, 3);
        m_bar->setColumnStretch(1, 0);
        m_bar->setColumnStretch(2, 0);
    }
}

void ChecklistPanel::fitColumns()
{
    // The filters share the search's row only where all of them fit at a comfortable size.
    const int oneRow = m_search->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24 +
                       m_criticalOnly->sizeHint().width() + m_notPass->sizeHint().width() +
                       m_status->sizeHint().width() + m_owner->sizeHint().width() + m_matches->sizeHint().width() + 50;
    placeFilters(!m_room && width() < oneRow);
    QHeaderView *header = m_tree->header();
    const QFontMetrics fm = m_tree->fontMetrics();
    const int titleRoom = fm.horizontalAdvance(QLatin1Char('0')) * 32; // a title readable at a glance
    const int width = m_tree->viewport()->width();
    auto fixed = [&] {
        int sum = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (c != ChecklistModel::TitleColumn && !header->isSectionHidden(c)) {
                sum += header->sectionSize(c);
            }
        }
        return sum;
    };
    header->setSectionHidden(ChecklistModel::ChangedColumn, false);
    header->setSectionHidden(ChecklistModel::OwnerColumn, false);
    header->setSectionHidden(ChecklistModel::CriticalColumn, false);
    header->resizeSection(ChecklistModel::OwnerColumn, m_ownerWidth);
    if (width - fixed() < titleRoom) {
        header->setSectionHidden(ChecklistModel::ChangedColumn, true);
    }
    if (width - fixed() < titleRoom) {
        header->resizeSection(ChecklistModel::OwnerColumn, std::max(fm.horizontalAdvance(QLatin1Char('0')) * 8,
                                                                    m_ownerWidth - (titleRoom - (width - fixed()))));
    }
    // Last, the owner goes (the detail panel names it) rather than the title falling under 24 characters' room.
    if (width - fixed() < titleRoom * 3 / 4) {
        header->setSectionHidden(ChecklistModel::OwnerColumn, true);
    }
    // On the narrowest (a 1024-pixel projector in large type) the critical mark goes too: the reasons beside the
    // list name every critical gap, and the detail panel marks it.
    if (width - fixed() < titleRoom / 2) {
        header->setSectionHidden(ChecklistModel::CriticalColumn, true);
    }
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_tree->currentIndex().data(ItemIdRole).isValid()) {
                selectFirstShown();
            }
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistPanel::selectItem(const QString &id)
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOfItem(id));
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than pretend the item is not there.
        clearFilters();
        index = m_filter->mapFromSource(m_model->indexOfItem(id));
    }
    if (!index.isValid()) {
        return;
    }
    m_tree->setCurrentIndex(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_tree->setFocus();
}

void ChecklistPanel::showCategory(const QString &code)
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOfCategory(code));
    if (!index.isValid()) {
        clearFilters();
        index = m_filter->mapFromSource(m_model->indexOfCategory(code));
    }
    if (!index.isValid()) {
        return;
    }
    m_tree->expand(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtTop);
    const QModelIndex first = m_filter->index(0, 0, index);
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_tree->setFocus();
}

void ChecklistPanel::setCriticalOnly(bool on)
{
    m_criticalOnly->setChecked(on);
}

void ChecklistPanel::setNotPassOnly(bool on)
{
    m_notPass->setChecked(on);
}

void ChecklistPanel::clearFilters()
{
    m_search->clear();
    m_criticalOnly->setChecked(false);
    m_notPass->setChecked(false);
    m_status->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
}

void ChecklistPanel::refreshOwners(const QStringList &ids)
{
    // Called on every edit: the items that changed are counted again (a status key changes no owner), and the list
    // is sorted and refilled only when the set of owners changed. All of them at first, or when asked.
    auto count = [this](const QString &owner, int by) {
        if (owner.isEmpty()) {
            return;
        }
        int &n = m_ownerItems[owner];
        n += by;
        if (n <= 0) {
            m_ownerItems.remove(owner);
        }
    };
    if (ids.isEmpty() || m_ownerOf.isEmpty()) {
        m_ownerOf.clear();
        m_ownerItems.clear();
        for (const Item &item : m_document->snapshot().items) {
            m_ownerOf.insert(item.id, item.owner);
            count(item.owner, +1);
        }
    } else {
        for (const QString &id : ids) {
            const Item *item = m_document->item(id);
            const QString owner = item ? item->owner : QString();
            const QString was = m_ownerOf.value(id);
            if (owner != was) {
                count(was, -1);
                count(owner, +1);
                m_ownerOf.insert(id, owner);
            }
        }
    }
    QSet<QString> distinct;
    for (auto it = m_ownerItems.cbegin(); it != m_ownerItems.cend(); ++it) {
        distinct.insert(it.key());
    }
    if (distinct == m_knownOwners && m_owner->count() > 0) {
        return;
    }
    m_knownOwners = distinct;
    QStringList owners(distinct.cbegin(), distinct.cend());
    owners.sort(Qt::CaseInsensitive);
    const QString current = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"));
    m_owner->addItems(owners);
    const int keep = m_owner->findText(current);
    m_owner->setCurrentIndex(keep > 0 ? keep : 0);
    if (keep <= 0 && !current.isEmpty()) {
        m_filter->setOwner(QString());
    }
}

void ChecklistPanel::setRoom(bool on)
{
    m_room = on;
    for (QWidget *w : {static_cast<QWidget *>(m_criticalOnly), static_cast<QWidget *>(m_notPass),
                       static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_owner)}) {
        w->setVisible(!on);
    }
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('0')) * (on ? 8 : 14));
    updateMatchCount();
    fitColumns();
    // The hidden boxes leave the row now, not at the next layout pass: until then the row (and so the window)
    // would keep their width, at the room's size wider than the screen.
    for (QLayout *l : {static_cast<QLayout *>(m_filtersRow), static_cast<QLayout *>(m_bar), layout()}) {
        l->invalidate();
    }
    updateGeometry();
}

void ChecklistPanel::updateMatchCount()
{
    QString count;
    if (!m_filter->isFiltering()) {
        count = tr("%n item(s)", nullptr, static_cast<int>(m_document->snapshot().items.size()));
    } else {
        int shown = 0;
        for (int c = 0; c < m_filter->rowCount(); ++c) {
            shown += m_filter->rowCount(m_filter->index(c, 0));
        }
        count = tr("%1 of %2 items").arg(shown).arg(m_document->snapshot().items.size());
    }
    if (m_room) {
        // The room does not see the filter boxes: it reads what is left out in words.
        QStringList filters;
        if (m_filter->criticalOnly()) {
            filters << tr("Critical only");
        }
        if (m_filter->notPassOnly()) {
            filters << tr("Not PASS");
        }
        if (m_filter->status()) {
            filters << displayName(*m_filter->status());
        }
        if (!m_filter->owner().isEmpty()) {
            filters << tr("Owner: %1").arg(m_filter->owner());
        }
        filters << count;
        count = filters.join(QStringLiteral(" · "));
    }
    showText(m_matches, count);
}

} // namespace gonogo
