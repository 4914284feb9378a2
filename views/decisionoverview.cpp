#include "decisionoverview.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gonogo {

namespace {

QColor bannerColour(Decision d)
{
    switch (d) {
    case Decision::Go:
        return QColor(0x1b, 0x7f, 0x3b);
    case Decision::GoWithCaution:
        return QColor(0xb2, 0x6b, 0x00);
    case Decision::NoGo:
        break;
    }
    return QColor(0xb3, 0x1b, 0x1b);
}

} // namespace

DecisionOverview::DecisionOverview(QWidget *parent)
    : QWidget(parent), m_launch(new QLabel(this)), m_banner(new QLabel(this)), m_scores(new QLabel(this)),
      m_reasons(new QListWidget(this)), m_categories(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);

    QFont launchFont = font();
    launchFont.setPointSizeF(launchFont.pointSizeF() * 1.6);
    launchFont.setBold(true);
    m_launch->setFont(launchFont);
    m_launch->setTextFormat(Qt::PlainText);

    QFont bannerFont = font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 2.6);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMinimumHeight(80);
    m_banner->setAutoFillBackground(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAccessibleName(tr("Recommendation"));

    QFont scoreFont = font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.3);
    m_scores->setFont(scoreFont);
    m_scores->setTextFormat(Qt::PlainText);
    m_scores->setWordWrap(true);

    auto *reasonsTitle = new QLabel(tr("Why"), this);
    QFont sectionFont = font();
    sectionFont.setBold(true);
    reasonsTitle->setFont(sectionFont);
    m_reasons->setWordWrap(true);
    m_reasons->setAlternatingRowColors(true);
    m_reasons->setAccessibleName(tr("Reasons"));

    auto *categoriesTitle = new QLabel(tr("Categories"), this);
    categoriesTitle->setFont(sectionFont);
    m_categories->setRootIsDecorated(false);
    m_categories->setAlternatingRowColors(true);
    m_categories->setHeaderLabels({tr("Category"), tr("Items"), tr("Critical PASS"), tr("PASS"), tr("PARTIAL"),
                                   tr("FAIL"), tr("PENDING")});
    m_categories->setUniformRowHeights(true);
    m_categories->header()->setStretchLastSection(false);
    m_categories->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 1; c < m_categories->columnCount(); ++c) {
        m_categories->header()->setSectionResizeMode(c, QHeaderView::Fixed);
        m_categories->header()->resizeSection(c, m_categories->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
        m_categories->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Read from the back of a meeting room: lists a step larger than the desktop default.
    QFont listFont = font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.15);
    m_reasons->setFont(listFont);
    m_categories->setFont(listFont);
    m_reasons->setSpacing(2);
    m_categories->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 12px; }"));

    layout->addWidget(m_launch);
    layout->addWidget(m_banner);
    layout->addWidget(m_scores);
    layout->addWidget(reasonsTitle);
    layout->addWidget(m_reasons, 2);
    layout->addWidget(categoriesTitle);
    layout->addWidget(m_categories, 3);
}

void DecisionOverview::setAssessment(const Meeting &meeting, const Assessment &a)
{
    m_launch->setText(meeting.launchName);
    m_banner->setText(tr("Recommendation: %1").arg(displayName(a.decision)));
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, bannerColour(a.decision));
    p.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(p);
    m_scores->setText(tr("Critical score %1% (%2 of %3 PASS)    Total score %4% (%5 of %6 PASS)    "
                         "Open risks: %7 red, %8 yellow")
                          .arg(a.criticalScore.text())
                          .arg(a.critical.pass)
                          .arg(a.critical.total)
                          .arg(a.totalScore.text())
                          .arg(a.items.pass)
                          .arg(a.items.total)
                          .arg(a.openRed)
                          .arg(a.openYellow));
    m_reasons->clear();
    for (const Reason &r : a.reasons) {
        m_reasons->addItem(r.text);
    }
    if (a.reasons.isEmpty()) {
        m_reasons->addItem(tr("Every criterion for GO is met."));
    }
    m_categories->clear();
    for (const CategoryScore &c : a.categories) {
        auto *row = new QTreeWidgetItem(m_categories);
        row->setText(0, c.name);
        row->setText(1, QString::number(c.items.total));
        row->setText(2, tr("%1 of %2").arg(c.critical.pass).arg(c.critical.total));
        row->setText(3, QString::number(c.items.pass));
        row->setText(4, QString::number(c.items.partial));
        row->setText(5, QString::number(c.items.fail));
        row->setText(6, QString::number(c.items.pending));
        for (int col = 1; col < 7; ++col) {
            row->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}

} // namespace gonogo
