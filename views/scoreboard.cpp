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

#include <array>

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
    m_banner->setTextFormat(Qt::RichText); // only our own words: decision names and captions
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
    connect(document, &DecisionDocument::recordChanged, this, &Scoreboard::refresh);
    refresh();
}

QString Scoreboard::bannerText() const
{
    return m_bannerWord;
}

QString Scoreboard::bannerCaption() const
{
    return m_bannerCaption;
}

void Scoreboard::refresh()
{
    const Assessment &a = m_document->assessment();
    // Once the meeting has decided, the banner shows the decision, so the room never reads a red NO-GO over a
    // signed GO WITH CAUTION; the live recommendation stays under it, named as such.
    const std::optional<RecordedDecision> &recorded = m_document->snapshot().decision;
    const Decision shown = recorded ? recorded->decision : a.decision;
    const QString word = displayName(shown);
    const QString caption = recorded ? tr("Decision") : tr("Recommendation");
    const QString now = recorded ? tr("Recommendation now: %1").arg(displayName(a.decision)) : QString();
    const qreal size = m_banner->font().pointSizeF();
    const QString html = QStringLiteral("<div style=\"font-size:%1pt; font-weight:normal\">%2</div><div>%3</div>")
                             .arg(size * 0.42, 0, 'f', 1)
                             .arg(caption.toHtmlEscaped().toUpper(), word.toHtmlEscaped()) +
                         (now.isEmpty() ? QString()
                                        : QStringLiteral("<div style=\"font-size:%1pt; font-weight:normal\">%2</div>")
                                              .arg(size * 0.42, 0, 'f', 1)
                                              .arg(now.toHtmlEscaped()));
    if (html != m_bannerHtml) {
        m_bannerHtml = html;
        m_banner->setText(html);
    }
    m_bannerWord = word;
    m_bannerCaption = now.isEmpty() ? caption : caption + QLatin1Char('\n') + now;
    m_banner->setAccessibleName(now.isEmpty() ? tr("Recommendation: %1").arg(word)
                                              : tr("Decision: %1. %2").arg(word, now));
    QPalette p = m_banner->palette();
    if (p.color(QPalette::Window) != theme::decisionColour(shown)) {
        p.setColor(QPalette::Window, theme::decisionColour(shown));
        p.setColor(QPalette::WindowText, Qt::white);
        m_banner->setPalette(p);
    }
    // Each score line said once: with the counts as they are, and with the widest counts these totals allow.
    auto criticalText = [](const QString &score, int pass, int total) {
        return tr("Critical %1%   (%2 of %3 PASS)").arg(score).arg(pass).arg(total);
    };
    auto totalText = [](const QString &score, int pass, int total) {
        return tr("Total %1%   (%2 of %3 PASS)").arg(score).arg(pass).arg(total);
    };
    auto countsText = [](std::array<int, 4> items, std::array<int, 3> risks) {
        return tr("%1 PASS · %2 PARTIAL · %3 FAIL · %4 PENDING\nOpen risks: %5 red · %6 yellow · %7 accepted")
            .arg(items[0])
            .arg(items[1])
            .arg(items[2])
            .arg(items[3])
            .arg(risks[0])
            .arg(risks[1])
            .arg(risks[2]);
    };
    m_critical->setText(criticalText(a.criticalScore.text(), a.critical.pass, a.critical.total));
    m_total->setText(totalText(a.totalScore.text(), a.items.pass, a.items.total));
    m_counts->setText(countsText({a.items.pass, a.items.partial, a.items.fail, a.items.pending},
                                 {a.openRed, a.openYellow, a.accepted}));
    // The scores column is as wide as its widest possible text for these totals, from the first refresh on: were it
    // to follow each count's digits, the reasons beside it would change width, and every reason would be laid out
    // again at the new width (thousands at 10,000 items).
    const QString widestScore = QStringLiteral("100.0");
    const int n = a.items.total;
    const int risks = a.openRed + a.openYellow + a.openGreen + a.accepted;
    reserveWidth(m_critical, criticalText(widestScore, a.critical.total, a.critical.total));
    reserveWidth(m_total, totalText(widestScore, n, n));
    reserveWidth(m_counts, countsText({n, n, n, n}, {risks, risks, risks}));
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
