#include "scoreboard.h"

#include "decisiondocument.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace gonogo {

namespace {

// The reasons wrap; QListView asks for the size of every row whenever a row comes or goes, and each answer lays
// out the text. Sizes are kept per text for the width they were laid out at, so a key press that changes one
// reason lays out one text, not thousands.
class ReasonDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

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

// Makes LABEL at least as wide as TEXT would need; never narrower than it is.
void reserveWidth(QLabel *label, const QString &text)
{
    int width = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        width = std::max(width, label->fontMetrics().horizontalAdvance(line));
    }
    const QMargins m = label->contentsMargins();
    width += m.left() + m.right() + 2 * label->margin();
    if (width > label->minimumWidth()) {
        label->setMinimumWidth(width);
    }
}

QLabel *scaled(QWidget *parent, double factor, bool bold)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    label->setFont(f);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

Scoreboard::Scoreboard(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_banner(scaled(this, 2.2, true)), m_critical(scaled(this, 1.35, true)),
      m_total(scaled(this, 1.35, true)), m_counts(scaled(this, 1.05, false)), m_reasons(new QListWidget(this))
{
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setAutoFillBackground(true);
    m_banner->setMinimumWidth(m_banner->fontMetrics().horizontalAdvance(displayName(Decision::GoWithCaution)) + 48);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_banner->setAccessibleName(tr("Recommendation"));
    m_counts->setWordWrap(false);
    m_reasons->setAccessibleName(tr("Reasons for the recommendation"));
    m_reasons->setWordWrap(true);
    m_reasons->setAlternatingRowColors(true);
    m_reasons->setToolTip(tr("Click a reason to go to the item it names."));
    QFont reasonsFont = m_reasons->font();
    reasonsFont.setPointSizeF(reasonsFont.pointSizeF() * 1.1);
    m_reasons->setFont(reasonsFont);
    m_reasons->setItemDelegate(new ReasonDelegate(m_reasons));

    auto *scores = new QVBoxLayout;
    scores->setSpacing(4);
    scores->addWidget(m_critical);
    scores->addWidget(m_total);
    scores->addWidget(m_counts);
    scores->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_banner, 0);
    layout->addLayout(scores, 0);
    layout->addWidget(m_reasons, 1);
    setFixedHeight(m_banner->fontMetrics().height() * 4);

    connect(m_reasons, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString subject = item->data(Qt::UserRole).toString();
        if (!subject.isEmpty()) {
            emit reasonActivated(subject);
        }
    });
    connect(m_reasons, &QListWidget::itemClicked, m_reasons, &QListWidget::itemActivated);
    connect(document, &DecisionDocument::assessmentChanged, this, &Scoreboard::refresh);
    refresh();
}

QString Scoreboard::bannerText() const
{
    return m_banner->text();
}

void Scoreboard::refresh()
{
    const Assessment &a = m_document->assessment();
    m_banner->setText(displayName(a.decision));
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, theme::decisionColour(a.decision));
    p.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(p);
    m_critical->setText(
        tr("Critical %1%   (%2 of %3 PASS)").arg(a.criticalScore.text()).arg(a.critical.pass).arg(a.critical.total));
    m_total->setText(tr("Total %1%   (%2 of %3 PASS)").arg(a.totalScore.text()).arg(a.items.pass).arg(a.items.total));
    m_counts->setText(tr("%1 PASS · %2 PARTIAL · %3 FAIL · %4 PENDING\nOpen risks: %5 red · %6 yellow · %7 accepted")
                          .arg(a.items.pass)
                          .arg(a.items.partial)
                          .arg(a.items.fail)
                          .arg(a.items.pending)
                          .arg(a.openRed)
                          .arg(a.openYellow)
                          .arg(a.accepted));
    // The scores column is as wide as its widest possible text for these totals, from the first refresh on: were it
    // to follow each count's digits, the reasons beside it would change width, and every reason would be laid out
    // again at the new width (thousands at 10,000 items).
    const int risks = a.openRed + a.openYellow + a.openGreen + a.accepted;
    reserveWidth(
        m_critical,
        tr("Critical %1%   (%2 of %3 PASS)").arg(QStringLiteral("100.0")).arg(a.critical.total).arg(a.critical.total));
    reserveWidth(m_total,
                 tr("Total %1%   (%2 of %3 PASS)").arg(QStringLiteral("100.0")).arg(a.items.total).arg(a.items.total));
    reserveWidth(m_counts,
                 tr("%1 PASS · %2 PARTIAL · %3 FAIL · %4 PENDING\nOpen risks: %5 red · %6 yellow · %7 accepted")
                     .arg(a.items.total)
                     .arg(a.items.total)
                     .arg(a.items.total)
                     .arg(a.items.total)
                     .arg(risks)
                     .arg(risks)
                     .arg(risks));
    // Only the rows that differ are replaced: the reasons before and after the change share a head and a tail.
    // They are compared with what the list was last given (m_shown), plain strings, not read back from its items.
    QVector<ReasonRow> rows;
    rows.reserve(a.reasons.size() + 1);
    for (const Reason &r : a.reasons) {
        rows.append({r.text, r.subject, r.effect, true});
    }
    if (rows.isEmpty()) {
        rows.append({tr("Every criterion for GO is met."), QString(), Decision::Go, false});
    }
    const auto before = static_cast<int>(m_shown.size());
    const auto after = static_cast<int>(rows.size());
    int head = 0;
    while (head < before && head < after && m_shown.at(head) == rows.at(head)) {
        ++head;
    }
    int tail = 0;
    while (tail < before - head && tail < after - head && m_shown.at(before - 1 - tail) == rows.at(after - 1 - tail)) {
        ++tail;
    }
    for (int row = before - tail - 1; row >= head; --row) {
        delete m_reasons->takeItem(row);
    }
    for (int i = head; i < after - tail; ++i) {
        const ReasonRow &r = rows.at(i);
        auto *item = new QListWidgetItem(r.text);
        item->setData(Qt::UserRole, r.subject);
        if (r.coloured) {
            item->setForeground(theme::decisionColour(r.effect));
        }
        m_reasons->insertItem(i, item);
    }
    m_shown = std::move(rows);
}

} // namespace gonogo
