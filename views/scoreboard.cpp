#include "scoreboard.h"

#include "decisiondocument.h"
#include "quietupdates.h"
#include "reasonlist.h"
#include "theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <array>

namespace gonogo {

namespace {

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int width = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        width = std::max(width, metrics.horizontalAdvance(line));
    }
    return width;
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

Scoreboard::Scoreboard(DecisionDocument *document, Layout layout, QWidget *parent)
    : QWidget(parent), m_document(document), m_layout(layout), m_banner(new QFrame(this)), m_side(new QWidget(this))
{
    const bool room = layout == Layout::Room;
    // In the room the word is read from the back: 2.7 times the body text, so a 30 px body cap height gives an
    // 81 px banner. The other one (recommendation or "no decision") is in the banner at the desk, beside it in
    // the room.
    m_caption = scaled(m_banner, room ? 1.0 : 0.92, false);
    m_word = scaled(m_banner, room ? 2.7 : 2.2, true);
    m_other = scaled(room ? m_side : static_cast<QWidget *>(m_banner), room ? 1.0 : 0.92, room);
    m_critical = scaled(m_side, room ? 1.0 : 1.35, true);
    m_total = scaled(m_side, room ? 1.0 : 1.35, true);
    m_counts = scaled(m_side, room ? 1.0 : 1.05, false);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QVBoxLayout(m_banner);
    const int pad = m_caption->fontMetrics().height() / 2;
    bannerLayout->setContentsMargins(room ? pad : pad * 2, pad, room ? pad : pad * 2, pad);
    bannerLayout->setSpacing(0);
    bannerLayout->addStretch();
    bannerLayout->addWidget(m_caption, 0, Qt::AlignHCenter);
    // In the room the word takes the banner's whole width and centres itself: laid out at its own size hint it
    // could keep the width of a smaller size after fitWord makes it larger.
    bannerLayout->addWidget(m_word, 0, room ? Qt::Alignment() : Qt::AlignHCenter);
    if (!room) {
        bannerLayout->addWidget(m_other, 0, Qt::AlignHCenter);
    }
    bannerLayout->addStretch();
    m_word->setAlignment(Qt::AlignCenter);

    if (room) {
        // The word keeps one line and fits the banner's width: its size gives way on a narrow screen (fitWord).
        m_roomWordSize = m_word->font().pointSizeF();
        m_word->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        // As tall as the word at its largest from the start: when the banner widens later and the word grows back,
        // the rows above and below do not move and its accents (PRECAUCIÓN) are not cut.
        m_word->setMinimumHeight(m_word->fontMetrics().height());
        // The banner's width moves without the scoreboard's: the columns share the width again when the scores'
        // or the reasons' texts change, or a language with longer words comes in.
        m_banner->installEventFilter(this);
    }
    // In the room the side column is narrow for its type: its words wrap rather than being cut.
    for (QLabel *l : {m_other, m_critical, m_total, m_counts}) {
        l->setWordWrap(room);
    }

    // At the desk the scores stand beside the banner (or under it, on a narrow window: arrange()); in the room
    // they are a column of their own, which MainWindow puts over the reasons. Either way they are side().
    auto *scores = new QVBoxLayout(m_side);
    scores->setContentsMargins(0, 0, 0, 0);
    scores->setSpacing(4);
    if (room) {
        scores->addWidget(m_other);
        scores->addSpacing(pad);
    }
    scores->addWidget(m_critical);
    scores->addWidget(m_total);
    scores->addWidget(m_counts);
    scores->addStretch();

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(16);
    if (room) {
        m_grid->addWidget(m_banner, 0, 0);
    } else {
        m_reasons = new ReasonList(document, this);
        QFont reasonsFont = m_reasons->font();
        reasonsFont.setPointSizeF(reasonsFont.pointSizeF() * 1.1);
        m_reasons->setFont(reasonsFont);
        m_reasons->setMinimumWidth(m_reasons->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
        connect(m_reasons, &ReasonList::reasonActivated, this, &Scoreboard::reasonActivated);
        arrange(true);
    }
    // The banner never shrinks below its words; at the desk the reasons beside it take whatever height the window
    // gives the scoreboard (MainWindow puts it in a splitter over the tabs).
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setSizePolicy(QSizePolicy::Preferred, room ? QSizePolicy::Maximum : QSizePolicy::Preferred);

    connect(document, &DecisionDocument::assessmentChanged, this, &Scoreboard::refresh);
    connect(document, &DecisionDocument::recordChanged, this, &Scoreboard::refresh);
    refresh();
}

void Scoreboard::arrange(bool wide)
{
    m_wide = wide;
    // Beside the scores the banner keeps the width of its longest word, so it does not jump as the
    // recommendation changes; under them, on a narrow window, GO WITH CAUTION may take two lines.
    m_word->setWordWrap(!wide);
    m_word->setMinimumWidth(wide ? m_word->fontMetrics().horizontalAdvance(displayName(Decision::GoWithCaution)) : 0);
    for (QWidget *w : {static_cast<QWidget *>(m_banner), m_side, static_cast<QWidget *>(m_reasons)}) {
        m_grid->removeWidget(w);
    }
    m_grid->addWidget(m_banner, 0, 0);
    if (wide) {
        m_grid->addWidget(m_side, 0, 1);
        m_grid->addWidget(m_reasons, 0, 2);
        m_grid->setColumnStretch(0, 0);
        m_grid->setColumnStretch(1, 0);
        m_grid->setColumnStretch(2, 1);
    } else {
        m_grid->addWidget(m_side, 1, 0);
        m_grid->addWidget(m_reasons, 0, 1, 2, 1);
        m_grid->setColumnStretch(0, 0);
        m_grid->setColumnStretch(1, 1);
        m_grid->setColumnStretch(2, 0);
    }
}

int Scoreboard::wideWidth() const
{
    const QMargins margins = m_banner->layout()->contentsMargins();
    return m_word->fontMetrics().horizontalAdvance(displayName(Decision::GoWithCaution)) + margins.left() +
           margins.right() + m_side->minimumSizeHint().width() + m_reasons->minimumWidth() +
           2 * m_grid->horizontalSpacing();
}

QSize Scoreboard::minimumSizeHint() const
{
    const QSize laidOut = QWidget::minimumSizeHint();
    if (m_layout == Layout::Room) {
        return laidOut;
    }
    // As narrow as the scores under the banner allow, whichever way they stand now: a window too narrow for them
    // beside it puts them under it (resizeEvent), it is never made wider.
    int longestWord = 0;
    for (const QString &w : displayName(Decision::GoWithCaution).split(QLatin1Char(' '))) {
        longestWord = std::max(longestWord, m_word->fontMetrics().horizontalAdvance(w));
    }
    const QMargins margins = m_banner->layout()->contentsMargins();
    const int banner = longestWord + margins.left() + margins.right();
    const int narrow =
        std::max(banner, m_side->minimumSizeHint().width()) + m_reasons->minimumWidth() + m_grid->horizontalSpacing();
    return {std::min(laidOut.width(), narrow), laidOut.height()};
}

void Scoreboard::fitWord()
{
    // As large as the room layout asks (2.7 times the body), or as large as fits the banner's width with the
    // longest word the banner can show.
    QFont f = m_word->font();
    f.setPointSizeF(m_roomWordSize);
    const int room = m_banner->contentsRect().width() - m_banner->layout()->contentsMargins().left() -
                     m_banner->layout()->contentsMargins().right();
    const int needed = QFontMetrics(f).horizontalAdvance(displayName(Decision::GoWithCaution));
    if (room > 0 && needed > room) {
        f.setPointSizeF(std::max(6.0, m_roomWordSize * room / needed));
        // Widths do not scale exactly with the size (hinting rounds each glyph): step down until it fits.
        while (f.pointSizeF() > 6.0 && QFontMetrics(f).horizontalAdvance(displayName(Decision::GoWithCaution)) > room) {
            f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.98));
        }
    }
    if (f != m_word->font()) {
        m_word->setFont(f);
    }
}

bool Scoreboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_banner && event->type() == QEvent::Resize) {
        fitWord();
    }
    return QWidget::eventFilter(watched, event);
}

void Scoreboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_layout == Layout::Room) {
        fitWord();
    }
    if (m_layout == Layout::Desk && (width() >= wideWidth()) != m_wide) {
        arrange(!m_wide);
    }
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
    // signed GO WITH CAUTION; the live recommendation stays beside it, named as such. Before, the banner is the
    // recommendation, and says that nothing is decided yet.
    const std::optional<RecordedDecision> &recorded = m_document->snapshot().decision;
    const Decision shown = recorded ? recorded->decision : a.decision;
    const QString word = displayName(shown);
    const QString caption = recorded ? tr("Decision") : tr("Recommendation");
    const QString other =
        recorded ? tr("Recommendation now: %1").arg(displayName(a.decision)) : tr("No decision recorded yet");
    showText(m_caption, caption.toUpper());
    showText(m_word, word);
    // NO-GO is one word: never broken at its hyphen when the line wraps.
    showText(m_other, m_layout == Layout::Room ? QString(other).replace(QLatin1Char('-'), QChar(0x2011)) : other);
    m_bannerWord = word;
    m_bannerCaption = caption + QLatin1Char('\n') + other;
    m_banner->setAccessibleName(recorded ? tr("Decision: %1. %2").arg(word, other)
                                         : tr("Recommendation: %1. %2").arg(word, other));
    QPalette p = m_banner->palette();
    if (p.color(QPalette::Window) != theme::decisionColour(shown)) {
        p.setColor(QPalette::Window, theme::decisionColour(shown));
        p.setColor(QPalette::WindowText, Qt::white);
        m_banner->setPalette(p);
    }
    if (m_layout == Layout::Room) {
        // Beside the banner, the other one in its own colour: a recommendation that differs from the decision is
        // seen, not only read.
        QPalette o = m_other->palette();
        const QColor colour = recorded ? theme::decisionColour(a.decision) : palette().color(QPalette::WindowText);
        if (o.color(QPalette::WindowText) != colour) {
            o.setColor(QPalette::WindowText, colour);
            m_other->setPalette(o);
        }
    }
    // Each score line said once: with the counts as they are, and with the widest counts these totals allow.
    auto criticalText = [](const QString &score, int pass, int total) {
        return tr("Critical %1%   (%2 of %3 PASS)").arg(score).arg(pass).arg(total);
    };
    auto totalText = [](const QString &score, int pass, int total) {
        return tr("Total %1%   (%2 of %3 PASS)").arg(score).arg(pass).arg(total);
    };
    auto countsText = [](std::array<int, 4> items, std::array<int, 3> risks) {
        // One count per phrase, each with its plural forms ("1 fallido", "3 fallidos").
        const QString sep = QStringLiteral(" · ");
        return QStringList{tr("%n PASS", nullptr, items[0]), tr("%n PARTIAL", nullptr, items[1]),
                           tr("%n FAIL", nullptr, items[2]), tr("%n PENDING", nullptr, items[3])}
                   .join(sep) +
               QLatin1Char('\n') +
               tr("Open risks: %1")
                   .arg(QStringList{tr("%n red", nullptr, risks[0]), tr("%n yellow", nullptr, risks[1]),
                                    tr("%n accepted", nullptr, risks[2])}
                            .join(sep));
    };
    if (m_layout == Layout::Room) {
        // Short lines for the room: the scores, then only what is not PASS and the open risks.
        showText(m_critical, tr("Critical %1%").arg(a.criticalScore.text()));
        showText(m_total, tr("Total %1%").arg(a.totalScore.text()));
        QStringList gaps;
        for (const auto &[count, status] :
             {std::pair{a.items.fail, Status::Fail}, std::pair{a.items.partial, Status::Partial},
              std::pair{a.items.pending, Status::Pending}}) {
            if (count > 0) {
                gaps << QStringLiteral("%1 %2").arg(count).arg(displayName(status));
            }
        }
        const int open = a.openRed + a.openYellow + a.openGreen;
        gaps << tr("%n open risk(s)", nullptr, open);
        showText(m_counts, gaps.join(QStringLiteral(" · ")));
        return;
    }
    showText(m_critical, criticalText(a.criticalScore.text(), a.critical.pass, a.critical.total));
    showText(m_total, totalText(a.totalScore.text(), a.items.pass, a.items.total));
    showText(m_counts, countsText({a.items.pass, a.items.partial, a.items.fail, a.items.pending},
                                  {a.openRed, a.openYellow, a.accepted}));
    // The scores column is as wide as its widest possible text for these totals, from the first refresh on:
    // were it to follow each count's digits, the reasons beside it would change width, and every reason would
    // be laid out again at the new width (thousands at 10,000 items).
    const QString widestScore = QStringLiteral("100.0");
    const int n = a.items.total;
    const int risks = a.openRed + a.openYellow + a.openGreen + a.accepted;
    fixSize(m_critical, m_reserved[0], criticalText(widestScore, a.critical.total, a.critical.total));
    fixSize(m_total, m_reserved[1], totalText(widestScore, n, n));
    fixSize(m_counts, m_reserved[2], countsText({n, n, n, n}, {risks, risks, risks}));
}

// QWidget::updateGeometry asks the layout around a widget to run again only when the widget's size can change, so
// a score label of fixed size showing a new score is repainted and nothing else: every key press changes the
// scores, and each layout of the scoreboard went on to its splitter and the window (about 0.5 ms a key). The size:
// as wide as the widest of WIDEST (the widest text the label can show for these totals) and what it shows, never
// narrower than it is, and as tall as its lines; measured again only when the widest text or the font changes.
void Scoreboard::fixSize(QLabel *label, Reserved &reserved, const QString &widest)
{
    const QMargins m = label->contentsMargins();
    const int frame = m.left() + m.right() + 2 * label->margin();
    if (reserved.widest != widest || reserved.font != label->font()) {
        reserved.widest = widest;
        reserved.font = label->font();
        reserved.width = widestLine(label->fontMetrics(), widest) + frame;
        reserved.height = label->sizeHint().height(); // the same lines as the widest text
    }
    // A count in a font whose digits differ in width can make a shorter number the wider text.
    const int width =
        std::max({reserved.width, widestLine(label->fontMetrics(), label->text()) + frame, label->minimumWidth()});
    const QSize size(width, reserved.height);
    if (label->minimumSize() != size || label->maximumSize() != size) {
        label->setFixedSize(size);
    }
}

} // namespace gonogo
