#include "signoffpanel.h"

#include "chip.h"
#include "decisiondocument.h"
#include "quietupdates.h"
#include "signoffdialogs.h"
#include "signoffmodel.h"
#include "theme.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace gonogo {

namespace {

QColor stateColour(const QString &code)
{
    if (code == QLatin1String("CURRENT")) {
        return theme::statusColour(Status::Pass);
    }
    if (code == QLatin1String("STALE")) {
        return theme::statusColour(Status::Partial);
    }
    if (code == QLatin1String("WITHDRAWN")) {
        return theme::statusColour(Status::Fail);
    }
    return theme::statusColour(Status::Pending);
}

// The sign-off state as a coloured chip with its word; the drawn signature beside the name when there is one.
class StateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        paintChip(painter, base, index.data().toString().toUpper(), stateColour(index.data(StateCodeRole).toString()));
    }
};

class SignatureDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QImage image = index.data(SignatureRole).value<QImage>();
        if (image.isNull()) {
            return;
        }
        const QRect area = option.rect.adjusted(option.rect.width() / 2, 2, -4, -2);
        const QImage scaled = image.scaled(area.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter->drawImage(QPoint(area.right() - scaled.width(), area.center().y() - scaled.height() / 2), scaled);
    }
};

QLabel *bigLabel(QWidget *parent, double factor)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(true);
    label->setFont(f);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

SignoffPanel::SignoffPanel(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new SignoffModel(document, this)),
      m_recommendation(bigLabel(this, 1.2)), m_decision(new QLabel(this)), m_status(bigLabel(this, 1.3)),
      m_fingerprint(new QLabel(this)), m_table(new QTableView(this)), m_history(new QTreeWidget(this)),
      m_sign(new QPushButton(tr("Sig&n..."), this)), m_withdraw(new QPushButton(tr("&Withdraw..."), this))
{
    m_decision->setWordWrap(true);
    m_decision->setTextFormat(Qt::PlainText);
    m_decision->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAutoFillBackground(true);
    m_status->setMargin(8);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    QFont mono = m_fingerprint->font();
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    m_fingerprint->setFont(mono);

    auto *record = new QPushButton(tr("Record &Decision..."), this);
    connect(record, &QPushButton::clicked, this, &SignoffPanel::recordDecision);
    auto *decisionBox = new QGroupBox(tr("Decision"), this);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(m_recommendation);
    decisionLayout->addWidget(m_decision, 1);
    decisionLayout->addWidget(record, 0, Qt::AlignLeft);

    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2 + 8);
    m_table->setItemDelegateForColumn(SignoffModel::StateColumn, new StateDelegate(m_table));
    m_table->setItemDelegateForColumn(SignoffModel::NameColumn, new SignatureDelegate(m_table));
    m_table->setAccessibleName(tr("Stakeholders and their sign-offs"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SignoffModel::CommentColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 3);
    m_table->viewport()->installEventFilter(this); // its width is what the columns share (fitTable)
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SignoffPanel::fitTable);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SignoffPanel::fitTable);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SignoffPanel::fitTable);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SignoffPanel::fitTable); // a state's word changed

    m_history->setHeaderLabels({tr("Signed"), tr("Name"), tr("Role"), tr("Vote"), tr("State"), tr("Fingerprint")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setAccessibleName(tr("Sign-off history"));

    auto *add = new QPushButton(tr("&Add Person..."), this);
    auto *edit = new QPushButton(tr("Edi&t Person..."), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move D&own"), this);
    auto *remove = new QPushButton(tr("Re&move Person"), this);
    connect(m_sign, &QPushButton::clicked, this, &SignoffPanel::signSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &SignoffPanel::withdrawSelected);
    connect(add, &QPushButton::clicked, this, &SignoffPanel::addStakeholder);
    connect(edit, &QPushButton::clicked, this, &SignoffPanel::editStakeholder);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(remove, &QPushButton::clicked, this, &SignoffPanel::removeSelected);
    connect(m_table, &QTableView::activated, this, &SignoffPanel::signSelected);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_sign, m_withdraw}) {
        buttons->addWidget(b);
    }
    buttons->addSpacing(24);
    for (QPushButton *b : {add, edit, up, down, remove}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();

    auto *honest =
        new QLabel(tr("Sign-offs are simple electronic signatures: GoNoGo records the name typed, the vote and "
                      "the time, bound to the record's fingerprint. It does not verify identity."),
                   this);
    honest->setWordWrap(true);
    honest->setForegroundRole(QPalette::PlaceholderText);

    auto *signBox = new QGroupBox(tr("Sign-off"), this);
    auto *signLayout = new QVBoxLayout(signBox);
    signLayout->addWidget(m_status);
    signLayout->addLayout(buttons);
    signLayout->addWidget(m_table, 3);
    auto *historyTitle = new QLabel(tr("History of every sign-off, stale and withdrawn ones included:"), this);
    historyTitle->setWordWrap(true);
    signLayout->addWidget(historyTitle);
    signLayout->addWidget(m_history, 2);
    signLayout->addWidget(m_fingerprint);
    signLayout->addWidget(honest);

    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 8, 0, 0);
    m_layout->addWidget(decisionBox, 2);
    m_layout->addWidget(signBox, 5);
    m_deskOnly = {add, edit, up, down, remove, historyTitle, m_history, m_fingerprint, honest};

    connect(document, &DecisionDocument::recordChanged, this, &SignoffPanel::refresh);
    connect(document, &DecisionDocument::assessmentChanged, this, &SignoffPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SignoffPanel::refresh);
    refresh();
}

void SignoffPanel::setRoom(bool on)
{
    for (QWidget *w : std::as_const(m_deskOnly)) {
        w->setVisible(!on);
    }
    // The people first, the decision's words under them, each the full width.
    m_layout->setDirection(on ? QBoxLayout::BottomToTop : QBoxLayout::LeftToRight);
    // The room reads who signed and how; the exact time is in the history and the record.
    m_table->setColumnHidden(SignoffModel::TimeColumn, on);
    // Rows one and a half lines high: the five people fit the room's screen with the status above them.
    m_table->verticalHeader()->setDefaultSectionSize(on ? fontMetrics().height() * 3 / 2
                                                        : fontMetrics().height() * 2 + 8);
    fitTable();
}

bool SignoffPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitTable();
    }
    return QWidget::eventFilter(watched, event);
}

void SignoffPanel::fitTable()
{
    // Every stakeholder in view without scrolling: the meeting checks them one by one.
    const int rows = m_model->rowCount();
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              m_table->verticalHeader()->defaultSectionSize() * std::max(rows, 3) +
                              2 * m_table->frameWidth() + 2);
    // The columns at their comfortable widths (in digits) where there is room; on a narrow screen all of them
    // narrow together down to half, so Comment and Signed stay on screen rather than past the edge.
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::array<std::pair<int, int>, 6> comfortable{{{SignoffModel::PositionColumn, 4},
                                                          {SignoffModel::NameColumn, 30},
                                                          {SignoffModel::RoleColumn, 18},
                                                          {SignoffModel::StateColumn, 13},
                                                          {SignoffModel::VoteColumn, 19},
                                                          {SignoffModel::TimeColumn, 24}}};
    const int commentRoom = digit * 16;
    int wanted = 0;
    for (const auto &[column, digits] : comfortable) {
        if (!m_table->isColumnHidden(column)) {
            wanted += digits * digit;
        }
    }
    const int width = m_table->viewport()->width();
    const double scale = std::clamp(static_cast<double>(width - commentRoom) / wanted, 0.35, 1.0);
    QHeaderView *header = m_table->horizontalHeader();
    // The state chip is never cut: it is what the room reads.
    QFont bold = m_table->font();
    bold.setBold(true);
    int chip = 0;
    for (int row = 0; row < rows; ++row) {
        chip = std::max(chip, QFontMetrics(bold).horizontalAdvance(
                                  m_model->index(row, SignoffModel::StateColumn).data().toString().toUpper()));
    }
    for (const auto &[column, digits] : comfortable) {
        int size = static_cast<int>(digits * digit * scale);
        if (column == SignoffModel::StateColumn) {
            size = std::max(size, chip + 28);
        }
        if (header->sectionSize(column) != size) {
            header->resizeSection(column, size);
        }
    }
}

int SignoffPanel::selectedStakeholderId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(StakeholderIdRole).toInt();
}

void SignoffPanel::selectStakeholder(int row)
{
    m_table->selectRow(row);
}

void SignoffPanel::refresh()
{
    const Assessment &a = m_document->assessment();
    showText(m_recommendation, tr("Recommendation: %1").arg(displayName(a.decision)));
    QPalette rp = m_recommendation->palette();
    rp.setColor(QPalette::WindowText, theme::decisionColour(a.decision));
    if (rp != m_recommendation->palette()) {
        m_recommendation->setPalette(rp);
    }
    const auto &d = m_document->snapshot().decision;
    if (!d) {
        showText(m_decision, tr("No decision recorded yet. When the meeting has decided, record it here; then each "
                                "stakeholder signs."));
    } else {
        QStringList lines;
        lines << tr("Decision: %1").arg(displayName(d->decision));
        lines << tr("Recorded %1 by %2").arg(localTimeText(d->decidedAt), d->decidedBy);
        lines << QString() << tr("Rationale: %1").arg(d->rationale);
        if (d->decision != d->recommendation) {
            lines
                << QString()
                << tr("Overrides the recommendation %1: %2").arg(displayName(d->recommendation), d->overrideRationale);
        }
        if (!d->conditions.isEmpty()) {
            lines << QString() << tr("Conditions:");
            for (const Condition &c : d->conditions) {
                lines << tr("- %1 (owner %2, due %3)")
                             .arg(c.text, c.owner.isEmpty() ? tr("none") : c.owner,
                                  c.due.isValid() ? QLocale().toString(c.due, tr("d MMM yyyy")) : tr("none"));
            }
        }
        showText(m_decision, lines.join(QLatin1Char('\n')));
    }

    const RecordProgress progress = m_document->progress();
    QStringList missing;
    for (const Stakeholder &p : progress.missing) {
        missing << (p.name.isEmpty() ? p.role : tr("%1 (%2)").arg(p.name, p.role));
    }
    QString status;
    if (progress.status == RecordStatus::Final) {
        status = tr("FINAL: the decision is recorded and every stakeholder's sign-off is current.");
    } else if (!progress.decisionRecorded) {
        status = tr("DRAFT: no decision recorded yet.");
    } else {
        status = tr("DRAFT: waiting for %1.").arg(missing.join(QStringLiteral(", ")));
    }
    showText(m_status, status);
    QPalette sp = m_status->palette();
    sp.setColor(QPalette::Window, progress.status == RecordStatus::Final ? theme::statusColour(Status::Pass)
                                                                         : theme::statusColour(Status::Pending));
    sp.setColor(QPalette::WindowText, Qt::white);
    if (sp != m_status->palette()) {
        m_status->setPalette(sp);
    }
    showText(m_fingerprint, tr("Record fingerprint (SHA-256): %1").arg(m_document->fingerprint()));

    // The history is built again only when a row of it reads differently: every checklist key refreshes this
    // page (the fingerprint), and rebuilding the rows and fitting six columns to them each time was most of it.
    QVector<QStringList> history;
    for (const Signoff &s : m_document->snapshot().signoffs) {
        const SignoffState state = m_document->signoffState(s);
        history.append({localTimeText(s.signedAt), s.name, s.role, displayName(s.vote),
                        state == SignoffState::Withdrawn
                            ? tr("Withdrawn %1: %2").arg(localTimeText(s.withdrawnAt), s.withdrawReason)
                            : displayName(state),
                        s.fingerprint});
    }
    if (history != m_historyShown) {
        m_history->clear();
        for (const QStringList &texts : history) {
            auto *row = new QTreeWidgetItem(m_history);
            for (int c = 0; c < 5; ++c) {
                row->setText(c, texts.at(c));
            }
            row->setText(5, texts.at(5).left(16));
            row->setToolTip(5, texts.at(5));
        }
        for (int c = 0; c < m_history->columnCount(); ++c) {
            m_history->resizeColumnToContents(c);
        }
        m_historyShown = std::move(history);
    }
    const int id = selectedStakeholderId();
    const Signoff *latest = id ? m_model->latestSignoff(id) : nullptr;
    m_sign->setEnabled(id != 0);
    m_withdraw->setEnabled(latest && !latest->withdrawnAt.isValid());
}

void SignoffPanel::recordDecision()
{
    DecisionDialog dialog(m_document->assessment().decision, m_document->snapshot().decision, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (!m_document->recordDecision(dialog.draft())) {
            return; // shown through DecisionDocument::editFailed
        }
        // Recorded: the signing starts, with the first person whose sign-off is missing.
        selectNextToSign(-1);
        m_table->setFocus();
    }
}

void SignoffPanel::selectNextToSign(int after)
{
    const RecordProgress progress = m_document->progress();
    const QVector<Stakeholder> &people = m_document->snapshot().stakeholders;
    const int count = static_cast<int>(people.size());
    for (int step = 1; step <= count; ++step) {
        const int row = (after + step + count) % count;
        const bool missing = std::any_of(progress.missing.cbegin(), progress.missing.cend(),
                                         [&](const Stakeholder &p) { return p.id == people.at(row).id; });
        if (missing) {
            selectStakeholder(row);
            return;
        }
    }
}

void SignoffPanel::signSelected()
{
    const int id = selectedStakeholderId();
    for (const Stakeholder &p : m_document->snapshot().stakeholders) {
        if (p.id != id) {
            continue;
        }
        SignDialog dialog(p, m_document->fingerprint(), this);
        const PollVote *answer = m_document->snapshot().poll.answerOf(p.id);
        if (answer && m_document->snapshot().decision) {
            dialog.suggest(answer->answer, m_document->snapshot().decision->decision, answer->comment);
        }
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        if (!m_document->sign(dialog.draft())) {
            return; // shown through DecisionDocument::editFailed
        }
        // Down the table: the next person whose sign-off is missing.
        selectNextToSign(m_table->currentIndex().row());
        return;
    }
}

void SignoffPanel::withdrawSelected()
{
    const Signoff *latest = m_model->latestSignoff(selectedStakeholderId());
    if (!latest || latest->withdrawnAt.isValid()) {
        return;
    }
    bool ok = false;
    const QString reason =
        QInputDialog::getMultiLineText(this, tr("Withdraw sign-off"),
                                       tr("Why is the sign-off of %1 (%2) withdrawn? It stays in the record's history.")
                                           .arg(latest->name, latest->role),
                                       QString(), &ok);
    if (ok && !m_document->withdrawSignoff(latest->id, reason)) {
        return;
    }
}

void SignoffPanel::addStakeholder()
{
    bool ok = false;
    const QString role =
        QInputDialog::getText(this, tr("Add person"), tr("Role (e.g. QA Lead):"), QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    const QString name = QInputDialog::getText(this, tr("Add person"), tr("Name (can be left empty):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && m_document->addStakeholder(name, role)) {
        m_table->selectRow(m_model->rowCount() - 1);
    }
}

void SignoffPanel::editStakeholder()
{
    const int id = selectedStakeholderId();
    for (Stakeholder p : m_document->snapshot().stakeholders) {
        if (p.id != id) {
            continue;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Edit person"), tr("Name of the %1:").arg(p.role),
                                                   QLineEdit::Normal, p.name, &ok);
        if (!ok) {
            return;
        }
        const QString role =
            QInputDialog::getText(this, tr("Edit person"), tr("Role:"), QLineEdit::Normal, p.role, &ok);
        if (!ok) {
            return;
        }
        p.name = name;
        p.role = role;
        if (!m_document->updateStakeholder(p)) {
            return;
        }
        return;
    }
}

void SignoffPanel::moveSelected(int delta)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const int row = rows.first().row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount()) {
        return;
    }
    if (m_document->moveStakeholder(selectedStakeholderId(), target)) {
        m_table->selectRow(target);
    }
}

void SignoffPanel::removeSelected()
{
    const int id = selectedStakeholderId();
    if (id == 0) {
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Remove person"), tr("Remove this person from the people who must sign?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes && !m_document->removeStakeholder(id)) {
        return;
    }
}

} // namespace gonogo
