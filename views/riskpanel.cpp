#include "riskpanel.h"

#include "chip.h"
#include "decisiondocument.h"
#include "riskdialog.h"
#include "riskmodels.h"
#include "roles.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace gonogo {

namespace {

// Likelihood, impact and state edited with a drop-down of their names.
class ChoiceDelegate final : public QStyledItemDelegate
{
public:
    ChoiceDelegate(QList<QPair<QString, QString>> choices, QObject *parent)
        : QStyledItemDelegate(parent), m_choices(std::move(choices))
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const auto &[code, name] : m_choices) {
            combo->addItem(name, code);
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    QList<QPair<QString, QString>> m_choices;
};

// The derived level as a coloured chip with its name.
class LevelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const auto level = static_cast<RiskLevel>(index.data(LevelRole).toInt());
        paintChip(painter, base, displayName(level).toUpper(), theme::levelColour(level));
    }
};

template <typename Enum, std::size_t N> QList<QPair<QString, QString>> choicesOf(const std::array<Enum, N> &values)
{
    QList<QPair<QString, QString>> list;
    for (Enum v : values) {
        list.append({toCode(v), displayName(v)});
    }
    return list;
}

} // namespace

RiskPanel::RiskPanel(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new RiskModel(document, this)), m_filter(new RiskCellFilter(this)),
      m_matrixModel(new RiskMatrixModel(document, this)), m_matrix(new RiskMatrixView(m_matrixModel, this)),
      m_table(new QTableView(this)), m_filterLabel(new QLabel(this)),
      m_showAll(new QPushButton(tr("Show All Risks"), this)), m_edit(new QPushButton(tr("Ed&it..."), this)),
      m_accept(new QPushButton(tr("A&ccept..."), this)), m_mitigate(new QPushButton(tr("&Mitigated"), this)),
      m_reopen(new QPushButton(tr("Re&open"), this)), m_delete(new QPushButton(tr("&Delete"), this))
{
    m_filter->setSourceModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the register; arrows move inside it
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Risk register"));
    m_table->setItemDelegateForColumn(RiskModel::LikelihoodColumn,
                                      new ChoiceDelegate(choicesOf(allLikelihoods), m_table));
    m_table->setItemDelegateForColumn(RiskModel::ImpactColumn, new ChoiceDelegate(choicesOf(allImpacts), m_table));
    m_table->setItemDelegateForColumn(RiskModel::StateColumn, new ChoiceDelegate(choicesOf(allRiskStates), m_table));
    m_table->setItemDelegateForColumn(RiskModel::LevelColumn, new LevelDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RiskModel::TitleColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (const auto &[column, digits] :
         {std::pair{RiskModel::IdColumn, 7}, std::pair{RiskModel::LikelihoodColumn, 11},
          std::pair{RiskModel::ImpactColumn, 10}, std::pair{RiskModel::LevelColumn, 10},
          std::pair{RiskModel::StateColumn, 11}, std::pair{RiskModel::OwnerColumn, 16},
          std::pair{RiskModel::MitigationColumn, 30}, std::pair{RiskModel::AcceptanceColumn, 24},
          std::pair{RiskModel::ItemsColumn, 12}}) {
        header->resizeSection(column, digit * digits);
    }
    // The level's chip whole in the language shown (AMARILLO is longer than YELLOW).
    int level = header->sectionSize(RiskModel::LevelColumn);
    for (RiskLevel l : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
        level = std::max(level, chipCellWidth(m_table->font(), displayName(l).toUpper()));
    }
    header->resizeSection(RiskModel::LevelColumn, level);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);

    auto *add = new QPushButton(tr("&Add Risk..."), this);
    auto *levels = new QPushButton(tr("Matrix &Levels..."), this);
    connect(add, &QPushButton::clicked, this, &RiskPanel::addRisk);
    connect(m_edit, &QPushButton::clicked, this, &RiskPanel::editRisk);
    connect(m_accept, &QPushButton::clicked, this, &RiskPanel::acceptRisk);
    connect(m_mitigate, &QPushButton::clicked, this, [this] { setState(static_cast<int>(RiskState::Mitigated)); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setState(static_cast<int>(RiskState::Open)); });
    connect(m_delete, &QPushButton::clicked, this, &RiskPanel::deleteRisk);
    connect(levels, &QPushButton::clicked, this, &RiskPanel::editMatrix);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_filter->setCell(std::nullopt);
        m_matrix->setActiveCell(std::nullopt);
    });

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    for (QPushButton *b : {add, m_edit, m_accept, m_mitigate, m_reopen, m_delete}) {
        bar->addWidget(b);
    }
    bar->addSpacing(16);
    bar->addWidget(m_filterLabel, 1);
    bar->addWidget(m_showAll);
    bar->addWidget(levels);

    m_deskOnly = {add, m_edit, m_accept, m_mitigate, m_reopen, m_delete, levels};

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(bar);
    bottomLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_matrix);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_matrix, &RiskMatrixView::cellActivated, m_filter, &RiskCellFilter::setCell);
    connect(m_filter, &RiskCellFilter::cellChanged, this, &RiskPanel::updateFilterLabel);
    connect(document, &DecisionDocument::riskInserted, this, &RiskPanel::updateFilterLabel);
    connect(document, &DecisionDocument::riskRemoved, this, &RiskPanel::updateFilterLabel);
    connect(m_matrix, &RiskMatrixView::riskMoved, this, [this](const QString &id, Likelihood l, Impact i) {
        RiskChange change;
        change.id = id;
        change.likelihood = l;
        change.impact = i;
        if (m_document->updateRisk(change)) { // a refusal is shown through DecisionDocument::editFailed
            selectRisk(id);
        }
    });
    connect(m_matrix, &RiskMatrixView::riskActivated, this, &RiskPanel::selectRisk);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == RiskModel::ItemsColumn) {
            const QStringList items = index.data().toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
            if (!items.isEmpty()) {
                emit itemActivated(items.first());
            }
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiskPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &RiskPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RiskPanel::updateActions);
    updateActions();
    updateFilterLabel();
}

QString RiskPanel::currentRiskId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RiskIdRole).toString();
}

void RiskPanel::setRoom(bool on)
{
    for (QWidget *w : std::as_const(m_deskOnly)) {
        w->setVisible(!on);
    }
    m_matrix->setCompact(on);
    for (int column : {RiskModel::LikelihoodColumn, RiskModel::ImpactColumn, RiskModel::OwnerColumn,
                       RiskModel::MitigationColumn, RiskModel::AcceptanceColumn, RiskModel::ItemsColumn}) {
        m_table->setColumnHidden(column, on);
    }
}

void RiskPanel::selectRisk(const QString &id)
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOfRisk(id));
    if (!index.isValid()) {
        m_filter->setCell(std::nullopt);
        m_matrix->setActiveCell(std::nullopt);
        index = m_filter->mapFromSource(m_model->indexOfRisk(id));
    }
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
        m_table->setFocus();
    }
}

void RiskPanel::updateActions()
{
    const Risk *r = m_document->risk(currentRiskId());
    m_edit->setEnabled(r);
    m_delete->setEnabled(r);
    m_accept->setEnabled(r && r->state != RiskState::Accepted);
    m_mitigate->setEnabled(r && r->state != RiskState::Mitigated);
    m_reopen->setEnabled(r && r->state != RiskState::Open);
}

void RiskPanel::updateFilterLabel()
{
    const auto cell = m_filter->cell();
    m_showAll->setVisible(cell.has_value());
    m_filterLabel->setText(
        cell ? tr("Showing the risks with %1 likelihood and %2 impact.")
                   .arg(displayName(cell->first), displayName(cell->second))
             : tr("Showing all %n risk(s).", nullptr, static_cast<int>(m_document->snapshot().risks.size())));
}

bool RiskPanel::runDialog(const Risk &risk, bool isNew, bool accepting)
{
    QStringList ids;
    for (const Item &item : m_document->snapshot().items) {
        ids << item.id;
    }
    RiskDialog dialog(risk, m_document->snapshot().matrix, ids, isNew, this);
    if (accepting) {
        dialog.stateField()->setCurrentIndex(static_cast<int>(RiskState::Accepted));
        // Whoever runs the meeting, until someone else is named: the rationale is what is left to type.
        if (dialog.acceptedByField()->text().trimmed().isEmpty()) {
            dialog.acceptedByField()->setText(m_document->actor());
        }
        dialog.rationaleField()->setFocus();
    }
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const Risk v = dialog.values();
    if (isNew) {
        RiskDraft draft;
        draft.title = v.title;
        draft.description = v.description;
        draft.likelihood = v.likelihood;
        draft.impact = v.impact;
        draft.owner = v.owner;
        draft.mitigation = v.mitigation;
        draft.itemIds = v.itemIds;
        auto id = m_document->addRisk(draft);
        if (id) {
            selectRisk(id.value());
        }
        updateFilterLabel();
        return id.ok();
    }
    RiskChange change;
    change.id = risk.id;
    change.title = v.title;
    change.description = v.description;
    change.likelihood = v.likelihood;
    change.impact = v.impact;
    change.owner = v.owner;
    change.mitigation = v.mitigation;
    change.state = v.state;
    if (v.state == RiskState::Accepted) {
        change.acceptanceRationale = v.acceptanceRationale;
        change.acceptedBy = v.acceptedBy;
        change.acceptedUntil = v.acceptedUntil;
    }
    if (v.itemIds != risk.itemIds) {
        change.itemIds = v.itemIds; // fields and links: one transaction, one undo step
    }
    return m_document
        ->updateRisk(change, accepting ? tr("Accept risk %1").arg(risk.id) : tr("Edit risk %1").arg(risk.id))
        .ok();
}

void RiskPanel::addRisk()
{
    Risk fresh;
    runDialog(fresh, true, false);
}

void RiskPanel::raiseFromItem(const QString &itemId)
{
    const Item *item = m_document->item(itemId);
    if (!item) {
        return;
    }
    Risk fresh;
    fresh.title = tr("%1 is %2: %3").arg(item->id, displayName(item->status), item->title);
    fresh.description = item->evidence;
    fresh.owner = item->owner;
    fresh.impact = item->critical ? Impact::High : Impact::Medium;
    fresh.itemIds = {item->id};
    runDialog(fresh, true, false);
}

void RiskPanel::editRisk()
{
    if (const Risk *r = m_document->risk(currentRiskId())) {
        runDialog(*r, false, false);
    }
}

void RiskPanel::focusRegister()
{
    if (currentRiskId().isEmpty() && !m_document->snapshot().risks.isEmpty()) {
        selectRisk(m_document->snapshot().risks.first().id);
    }
    m_table->setFocus();
}

void RiskPanel::acceptRisk()
{
    if (const Risk *r = m_document->risk(currentRiskId())) {
        runDialog(*r, false, true);
    }
}

void RiskPanel::setState(int state)
{
    const QString id = currentRiskId();
    if (id.isEmpty()) {
        return;
    }
    RiskChange change;
    change.id = id;
    change.state = static_cast<RiskState>(state);
    if (m_document->updateRisk(change)) {
        updateActions();
    }
}

void RiskPanel::deleteRisk()
{
    const Risk *r = m_document->risk(currentRiskId());
    if (!r) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete risk"), tr("Delete risk %1 \"%2\"? You can undo this with Edit > Undo.").arg(r->id, r->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        if (m_document->removeRisk(r->id)) {
            updateFilterLabel();
        }
    }
}

void RiskPanel::editMatrix()
{
    MatrixSettingsDialog dialog(m_document->snapshot().matrix, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (!m_document->setMatrix(dialog.matrix())) {
            return; // shown through DecisionDocument::editFailed
        }
    }
}

} // namespace gonogo
