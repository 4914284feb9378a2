#include "scoreboard.h"

#include "decisiondocument.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace gonogo {

namespace {

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
    m_reasons->clear();
    for (const Reason &r : a.reasons) {
        auto *item = new QListWidgetItem(r.text, m_reasons);
        item->setData(Qt::UserRole, r.subject);
        item->setForeground(theme::decisionColour(r.effect));
    }
    if (a.reasons.isEmpty()) {
        new QListWidgetItem(tr("Every criterion for GO is met."), m_reasons);
    }
}

} // namespace gonogo
