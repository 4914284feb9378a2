#include "recordreport.h"

#include "signoffmodel.h"
#include "theme.h"
#include "wholefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::RecordReport)
};

enum FontId { Body, Bold, Small, SmallBold, Heading1, Heading2, BannerFont, Mono, FontCount };

struct Cell
{
    QString text;
    FontId font = Small;
    QColor color = Qt::black;
    QColor fill; // invalid: none
    QImage image;
};

struct Table
{
    QVector<qreal> widths; // fractions of the text width
    QVector<Cell> header;  // empty: no header row
    QVector<QVector<Cell>> rows;
};

struct Block
{
    enum Kind { Heading, Paragraph, Banner, TableBlock, Matrix, Spacer } kind = Paragraph;
    QString text;
    FontId font = Body;
    QColor color = Qt::black;
    QColor fill;
    Table table;
    qreal space = 0; // points, for Spacer
    // Matrix: levels and per-cell text
    RiskMatrix matrix;
    QVector<QString> cellText; // 12 cells, row-major
};

struct Op
{
    enum Kind { TextOp, FillOp, StrokeOp, ImageOp } kind = TextOp;
    QRectF rect;
    QString text;
    FontId font = Body;
    QColor color = Qt::black;
    QImage image;
    int align = Qt::AlignLeft | Qt::AlignVCenter;
};

QColor grey(int v)
{
    return QColor(v, v, v);
}

QString percent(const Score &s)
{
    return QLocale().toString(s.tenthsOfPercent() / 10.0, 'f', 1) + QStringLiteral("%");
}

QString longDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : Text::tr("not set");
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? Text::tr("(none)") : text;
}

// Lays blocks out on pages for one device; paints them afterwards, once the page count is known.
class Composer
{
public:
    Composer(QPagedPaintDevice *device, const QVector<QFont> &fonts) : m_device(device), m_fonts(fonts)
    {
        m_dpi = device->logicalDpiY();
        m_width = device->width();
        m_height = device->height();
        m_top = pt(28);               // status band
        m_bottom = m_height - pt(26); // footer
        m_pages.append(QVector<Op>());
        m_y = m_top;
        for (const QFont &f : m_fonts) {
            m_metrics.append(QFontMetricsF(f, device));
        }
    }

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal width() const { return m_width; }
    qreal line(FontId f) const { return m_metrics.at(f).lineSpacing(); }
    QVector<QVector<Op>> &pages() { return m_pages; }

    static constexpr char16_t zeroWidthSpace = 0x200B;

    // QTextLayout looks for a break from the start of a word on every line it makes, so a word with no break in
    // it costs time in the square of its length (a 128 KiB evidence link took seconds). A break opportunity every
    // 8 characters of an unbroken run keeps wrapping linear; it is used only where the run does not fit, and the
    // marks are taken out of the lines drawn.
    static QString breakableText(const QString &text)
    {
        constexpr int longest = 8;
        QString out;
        int run = 0;
        for (const QChar c : text) {
            run = c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('/') ? 0 : run + 1;
            if (run > longest) {
                out += QChar(zeroWidthSpace);
                run = 1;
            }
            out += c;
        }
        return out;
    }

    QStringList wrap(const QString &text, FontId f, qreal width) const
    {
        QStringList lines;
        QString t = breakableText(text);
        t.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(t, m_fonts.at(f), m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
            l.setLineWidth(width);
            lines << t.mid(l.textStart(), l.textLength()).remove(QChar::LineSeparator).remove(zeroWidthSpace).trimmed();
        }
        layout.endLayout();
        if (lines.isEmpty()) {
            lines << QString();
        }
        return lines;
    }

    void newPage()
    {
        m_pages.append(QVector<Op>());
        m_y = m_top;
    }
    void ensure(qreal height)
    {
        if (m_y + height > m_bottom && m_y > m_top) {
            newPage();
        }
    }
    void add(const Op &op) { m_pages.last().append(op); }
    void fillOp(const QRectF &r, const QColor &c)
    {
        Op op;
        op.kind = Op::FillOp;
        op.rect = r;
        op.color = c;
        add(op);
    }
    void textOp(const QRectF &r, const QString &t, FontId f, const QColor &c, int align)
    {
        Op op;
        op.kind = Op::TextOp;
        op.rect = r;
        op.text = t;
        op.font = f;
        op.color = c;
        op.align = align;
        add(op);
    }
    void image(const QRectF &r, const QImage &img)
    {
        Op op;
        op.kind = Op::ImageOp;
        op.rect = r;
        op.image = img;
        add(op);
    }

    void paragraph(const QString &text, FontId f, const QColor &color, qreal before, qreal after)
    {
        m_y += before;
        const qreal h = line(f);
        for (const QString &l : wrap(text, f, m_width)) {
            ensure(h);
            textOp(QRectF(0, m_y, m_width, h), l, f, color, Qt::AlignLeft | Qt::AlignVCenter);
            m_y += h;
        }
        m_y += after;
    }

    void heading(const QString &text)
    {
        // Keep a heading with at least a few lines of what follows.
        ensure(line(Heading1) + line(Body) * 4 + pt(10));
        m_y += pt(10);
        textOp(QRectF(0, m_y, m_width, line(Heading1)), text, Heading1, QColor(0x1a, 0x2a, 0x44),
               Qt::AlignLeft | Qt::AlignVCenter);
        m_y += line(Heading1);
        fillOp(QRectF(0, m_y, m_width, pt(1.2)), QColor(0x1a, 0x2a, 0x44));
        m_y += pt(6);
    }

    void banner(const QString &text, const QColor &fill)
    {
        const qreal h = line(BannerFont) + pt(16);
        ensure(h);
        fillOp(QRectF(0, m_y, m_width, h), fill);
        textOp(QRectF(0, m_y, m_width, h), text, BannerFont, Qt::white, Qt::AlignCenter);
        m_y += h + pt(6);
    }

    void table(const Table &t)
    {
        const qreal pad = pt(3);
        QVector<qreal> x{0};
        for (qreal w : t.widths) {
            x.append(x.last() + w * m_width);
        }
        auto cellLines = [&](const Cell &c, int col) { return wrap(c.text, c.font, x[col + 1] - x[col] - 2 * pad); };
        auto drawHeader = [&]() {
            if (t.header.isEmpty()) {
                return;
            }
            qreal h = 0;
            QVector<QStringList> lines;
            for (int c = 0; c < t.header.size(); ++c) {
                lines.append(cellLines(t.header.at(c), c));
                h = std::max(h, lines.last().size() * line(SmallBold) + 2 * pad);
            }
            fillOp(QRectF(0, m_y, m_width, h), QColor(0x1a, 0x2a, 0x44));
            for (int c = 0; c < t.header.size(); ++c) {
                for (int i = 0; i < lines.at(c).size(); ++i) {
                    textOp(
                        QRectF(x[c] + pad, m_y + pad + i * line(SmallBold), x[c + 1] - x[c] - 2 * pad, line(SmallBold)),
                        lines.at(c).at(i), SmallBold, Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
                }
            }
            m_y += h;
        };
        const qreal headerHeight = t.header.isEmpty() ? 0 : line(SmallBold) * 2 + 2 * pad;
        ensure(headerHeight + line(Small) * 2 + 2 * pad);
        drawHeader();
        int rowIndex = 0;
        for (const QVector<Cell> &row : t.rows) {
            QVector<QStringList> lines;
            int maxLines = 1;
            qreal imageHeight = 0;
            for (int c = 0; c < row.size(); ++c) {
                lines.append(row.at(c).text.isEmpty() && !row.at(c).image.isNull() ? QStringList()
                                                                                   : cellLines(row.at(c), c));
                maxLines = std::max(maxLines, static_cast<int>(lines.last().size()));
                if (!row.at(c).image.isNull()) {
                    imageHeight = std::max(imageHeight, pt(30));
                }
            }
            const qreal lineH = line(Small);
            int from = 0;
            bool continued = false;
            while (from < maxLines || (from == 0 && maxLines == 0)) {
                qreal available = m_bottom - m_y - 2 * pad;
                const qreal wanted = (maxLines - from) * lineH;
                const qreal need = std::max(wanted, from == 0 ? imageHeight : 0.0);
                if (need > available) {
                    const bool freshPage = m_y <= m_top + headerHeight + 1;
                    const int fitting = static_cast<int>(available / lineH);
                    if (!freshPage && (fitting < 2 || need <= (m_bottom - m_top - headerHeight - 2 * pad))) {
                        newPage();
                        drawHeader();
                        continue;
                    }
                }
                available = m_bottom - m_y - 2 * pad;
                const int take = std::max(1, std::min(maxLines - from, static_cast<int>(available / lineH)));
                const qreal h = std::max(take * lineH, from == 0 ? imageHeight : 0.0) + 2 * pad;
                if (rowIndex % 2 == 1) {
                    fillOp(QRectF(0, m_y, m_width, h), grey(0xf2));
                }
                for (int c = 0; c < row.size(); ++c) {
                    const Cell &cell = row.at(c);
                    if (cell.fill.isValid() && !continued) {
                        fillOp(QRectF(x[c] + pt(1), m_y + pt(1), x[c + 1] - x[c] - pt(2), h - pt(2)), cell.fill);
                    }
                    for (int i = from; i < std::min(from + take, static_cast<int>(lines.at(c).size())); ++i) {
                        textOp(QRectF(x[c] + pad, m_y + pad + (i - from) * lineH, x[c + 1] - x[c] - 2 * pad, lineH),
                               lines.at(c).at(i), cell.font, cell.color, Qt::AlignLeft | Qt::AlignVCenter);
                    }
                    if (!cell.image.isNull() && from == 0) {
                        const QRectF box(x[c] + pad, m_y + pad, x[c + 1] - x[c] - 2 * pad, imageHeight);
                        QSizeF size = cell.image.size();
                        size.scale(box.size(), Qt::KeepAspectRatio);
                        image(QRectF(box.topLeft(), size), cell.image);
                    }
                }
                fillOp(QRectF(0, m_y + h - pt(0.4), m_width, pt(0.4)), grey(0xc8));
                m_y += h;
                from += take;
                continued = true;
                if (maxLines == 0) {
                    break;
                }
            }
            ++rowIndex;
        }
        m_y += pt(6);
    }

    void matrix(const RiskMatrix &levels, const QVector<QString> &cellText)
    {
        const qreal labelW = m_width * 0.2;
        const qreal cellW = (m_width - labelW) / 4;
        const QStringList corner = wrap(Text::tr("Likelihood \\ Impact"), SmallBold, labelW - pt(4));
        const qreal headH = line(SmallBold) * std::max<qsizetype>(1, corner.size()) + pt(6);
        const qreal cellH = line(Small) * 3 + pt(8);
        ensure(headH + cellH * 3 + pt(8));
        for (int n = 0; n < corner.size(); ++n) {
            textOp(QRectF(0, m_y + pt(3) + n * line(SmallBold), labelW, line(SmallBold)), corner.at(n), SmallBold,
                   Qt::black, Qt::AlignLeft | Qt::AlignVCenter);
        }
        for (Impact i : allImpacts) {
            textOp(QRectF(labelW + static_cast<int>(i) * cellW, m_y, cellW, headH), displayName(i), SmallBold,
                   Qt::black, Qt::AlignCenter);
        }
        m_y += headH;
        for (Likelihood l : allLikelihoods) {
            textOp(QRectF(0, m_y, labelW, cellH), displayName(l), SmallBold, Qt::black,
                   Qt::AlignLeft | Qt::AlignVCenter);
            for (Impact i : allImpacts) {
                const QRectF r(labelW + static_cast<int>(i) * cellW + pt(1), m_y + pt(1), cellW - pt(2), cellH - pt(2));
                const RiskLevel level = levels.level(l, i);
                fillOp(r, theme::levelColour(level));
                const QString text = displayName(level).toUpper() + QStringLiteral("\n") +
                                     cellText.value(static_cast<int>(l) * 4 + static_cast<int>(i));
                const QStringList lines = wrap(text, Small, r.width() - pt(6));
                for (int n = 0; n < std::min<int>(3, lines.size()); ++n) {
                    textOp(QRectF(r.left() + pt(3), r.top() + pt(3) + n * line(Small), r.width() - pt(6), line(Small)),
                           lines.at(n), n == 0 ? SmallBold : Small, Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
                }
            }
            m_y += cellH;
        }
        m_y += pt(8);
    }

    void space(qreal points) { m_y += pt(points); }

private:
    QPagedPaintDevice *m_device;
    QVector<QFont> m_fonts;
    QVector<QFontMetricsF> m_metrics;
    qreal m_dpi = 72;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    QVector<QVector<Op>> m_pages;
};

QVector<QFont> reportFonts()
{
    auto make = [](qreal size, bool bold, const QString &family = QStringLiteral("DejaVu Sans")) {
        QFont f(family);
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setStyleHint(QFont::SansSerif);
        // No shaping: no "fi"/"ff" ligatures, so that an auditor searching the archived PDF finds every word.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    };
    QVector<QFont> fonts(FontCount);
    fonts[Body] = make(10, false);
    fonts[Bold] = make(10, true);
    fonts[Small] = make(8.5, false);
    fonts[SmallBold] = make(8.5, true);
    fonts[Heading1] = make(14, true);
    fonts[Heading2] = make(11, true);
    fonts[BannerFont] = make(24, true);
    fonts[Mono] = make(8.5, false, QStringLiteral("DejaVu Sans Mono"));
    return fonts;
}

Cell cell(const QString &text, FontId font = Small, const QColor &color = Qt::black)
{
    return Cell{text, font, color, {}, {}};
}

} // namespace

struct RecordReport::Content
{
    QVector<Block> blocks;
};

RecordReport::RecordReport(ReportInput input, ReportOptions options)
    : m_content(std::make_unique<Content>()), m_input(std::move(input)), m_options(std::move(options))
{
    if (!m_options.generatedAt.isValid()) {
        m_options.generatedAt = QDateTime::currentDateTimeUtc();
    }
    const Snapshot &s = m_input.snapshot;
    const Assessment &a = m_input.assessment;
    QVector<Block> &b = m_content->blocks;
    auto para = [&b](const QString &text, FontId f = Body, const QColor &c = Qt::black) {
        Block block;
        block.kind = Block::Paragraph;
        block.text = text;
        block.font = f;
        block.color = c;
        b.append(block);
    };
    auto heading = [&b](const QString &text) {
        Block block;
        block.kind = Block::Heading;
        block.text = text;
        b.append(block);
    };
    auto table = [&b](const Table &t) {
        Block block;
        block.kind = Block::TableBlock;
        block.table = t;
        b.append(block);
    };
    auto banner = [&b](const QString &text, const QColor &fill) {
        Block block;
        block.kind = Block::Banner;
        block.text = text;
        block.fill = fill;
        b.append(block);
    };
    auto spacer = [&b](qreal points) {
        Block block;
        block.kind = Block::Spacer;
        block.space = points;
        b.append(block);
    };

    // 1. Cover.
    para(Text::tr("Go/No-Go decision record"), Heading1, QColor(0x1a, 0x2a, 0x44));
    para(s.meeting.launchName, Heading2);
    spacer(4);
    Table cover;
    cover.widths = {0.28, 0.72};
    cover.rows = {
        {cell(Text::tr("Meeting date"), SmallBold), cell(longDate(s.meeting.meetingDate))},
        {cell(Text::tr("Target launch date"), SmallBold), cell(longDate(s.meeting.targetDate))},
        {cell(Text::tr("Facilitator"), SmallBold), cell(orNone(s.meeting.facilitator))},
        {cell(Text::tr("Record status"), SmallBold),
         !m_input.integrityProblems.isEmpty()
             ? cell(Text::tr("INTEGRITY CHECK FAILED: %1").arg(m_input.integrityProblems.join(QStringLiteral("; "))),
                    SmallBold, theme::statusColour(Status::Fail))
         : m_input.progress.status == RecordStatus::Final
             ? cell(Text::tr("FINAL: decision recorded, every sign-off current"), SmallBold,
                    theme::statusColour(Status::Pass))
             : cell(Text::tr(
                        "DRAFT: not final until the decision is recorded and every stakeholder's sign-off is current"),
                    SmallBold, theme::statusColour(Status::Fail))},
        {cell(Text::tr("Printed"), SmallBold), cell(SignoffModel::localTime(m_options.generatedAt))},
    };
    table(cover);
    if (s.decision) {
        const RecordedDecision &d = *s.decision;
        banner(Text::tr("DECISION: %1").arg(displayName(d.decision)), theme::decisionColour(d.decision));
        para(Text::tr("Recorded %1 by %2.").arg(SignoffModel::localTime(d.decidedAt), d.decidedBy), Small, grey(0x55));
        para(Text::tr("Rationale: %1").arg(d.rationale));
        if (d.decision != d.recommendation) {
            para(Text::tr("The decision departs from the recommendation at the time it was recorded (%1). Override "
                          "rationale: %2")
                     .arg(displayName(d.recommendation), d.overrideRationale),
                 Bold, theme::statusColour(Status::Fail));
        }
    } else {
        banner(Text::tr("NO DECISION RECORDED"), theme::statusColour(Status::Pending));
    }
    para(Text::tr("Recommendation from the scores and risks now: %1").arg(displayName(a.decision)), Bold,
         theme::decisionColour(a.decision));
    para(Text::tr("Critical score %1 (%2 of %3 critical items PASS). Total score %4 (%5 of %6 items PASS).")
             .arg(percent(a.criticalScore))
             .arg(a.critical.pass)
             .arg(a.critical.total)
             .arg(percent(a.totalScore))
             .arg(a.items.pass)
             .arg(a.items.total));
    para(Text::tr("Items: %1 PASS, %2 PARTIAL, %3 FAIL, %4 PENDING. Risks: %5 open red, %6 open yellow, %7 open green, "
                  "%8 accepted, %9 mitigated.")
             .arg(a.items.pass)
             .arg(a.items.partial)
             .arg(a.items.fail)
             .arg(a.items.pending)
             .arg(a.openRed)
             .arg(a.openYellow)
             .arg(a.openGreen)
             .arg(a.accepted)
             .arg(a.mitigated),
         Small);

    // 2. Decision matrix and thresholds.
    heading(Text::tr("Decision criteria used"));
    const Thresholds &t = s.meeting.thresholds;
    para(Text::tr(
             "NO-GO if the critical score is below %1%, if the total score is below %2%, or if any open risk is "
             "red. Otherwise GO WITH CAUTION if the total score is below %3%, or any open risk is yellow, or any "
             "accepted risk is red or yellow. Otherwise GO. Only PASS counts; scores are compared exactly and shown "
             "rounded down.")
             .arg(t.criticalPercent)
             .arg(t.cautionPercent)
             .arg(t.goPercent),
         Small);
    {
        Block m;
        m.kind = Block::Matrix;
        m.matrix = s.matrix;
        m.cellText.resize(12);
        b.append(m);
    }
    if (!a.reasons.isEmpty()) {
        para(Text::tr("Reasons for the recommendation:"), SmallBold);
        int shown = 0;
        for (const Reason &r : a.reasons) {
            if (r.kind == Reason::Kind::CriticalItemNotPass) {
                continue; // listed item by item below
            }
            para(QStringLiteral("\u2022 ") + r.text, Small, theme::decisionColour(r.effect));
            ++shown;
        }
        if (shown == 0) {
            para(Text::tr("\u2022 Critical items not PASS: see below."), Small);
        }
    }

    // 3. Categories.
    heading(Text::tr("Readiness by category"));
    Table categories;
    categories.widths = {0.22, 0.09, 0.1, 0.12, 0.11, 0.11, 0.13, 0.12};
    categories.header = {cell(Text::tr("Category"), SmallBold), cell(Text::tr("Items"), SmallBold),
                         cell(Text::tr("Critical"), SmallBold), cell(Text::tr("PASS"), SmallBold),
                         cell(Text::tr("PARTIAL"), SmallBold),  cell(Text::tr("FAIL"), SmallBold),
                         cell(Text::tr("PENDING"), SmallBold),  cell(Text::tr("Score"), SmallBold)};
    for (const CategoryScore &c : a.categories) {
        categories.rows.append(
            {cell(c.name), cell(QLocale().toString(c.items.total)),
             cell(Text::tr("%1 of %2").arg(c.critical.pass).arg(c.critical.total),
                  c.critical.pass < c.critical.total ? SmallBold : Small,
                  c.critical.pass < c.critical.total ? theme::statusColour(Status::Fail) : Qt::black),
             cell(QLocale().toString(c.items.pass)), cell(QLocale().toString(c.items.partial)),
             cell(QLocale().toString(c.items.fail)), cell(QLocale().toString(c.items.pending)),
             cell(percent(Score{c.items.pass, c.items.total}))});
    }
    table(categories);

    // 4. Items not PASS, critical first.
    heading(Text::tr("Items not PASS"));
    QVector<const Item *> open;
    for (const Item &i : s.items) {
        if (i.status != Status::Pass && i.critical) {
            open << &i;
        }
    }
    for (const Item &i : s.items) {
        if (i.status != Status::Pass && !i.critical) {
            open << &i;
        }
    }
    if (open.isEmpty()) {
        para(Text::tr("Every item is PASS."));
    } else {
        Table t4;
        t4.widths = {0.1, 0.36, 0.1, 0.14, 0.1, 0.2};
        t4.header = {cell(Text::tr("ID"), SmallBold),       cell(Text::tr("Item"), SmallBold),
                     cell(Text::tr("Critical"), SmallBold), cell(Text::tr("Owner"), SmallBold),
                     cell(Text::tr("Status"), SmallBold),   cell(Text::tr("Evidence"), SmallBold)};
        for (const Item *i : open) {
            t4.rows.append({cell(i->id, SmallBold), cell(i->title),
                            cell(i->critical ? Text::tr("Critical") : QString(), SmallBold, theme::criticalColour()),
                            cell(i->owner), cell(displayName(i->status), SmallBold, theme::statusColour(i->status)),
                            cell(i->evidence)});
        }
        table(t4);
    }

    // 5. Risks.
    heading(Text::tr("Risks"));
    {
        Block m;
        m.kind = Block::Matrix;
        m.matrix = s.matrix;
        m.cellText.resize(12);
        int mitigated = 0;
        for (const Risk &r : s.risks) {
            if (r.state == RiskState::Mitigated) {
                ++mitigated;
                continue;
            }
            QString &text = m.cellText[static_cast<int>(r.likelihood) * 4 + static_cast<int>(r.impact)];
            text += (text.isEmpty() ? QString() : QStringLiteral(", ")) +
                    (r.state == RiskState::Accepted ? Text::tr("%1 (accepted)").arg(r.id) : r.id);
        }
        b.append(m);
        para(Text::tr("Open and accepted risks are placed in the grid; mitigated risks (%1) are listed below only.")
                 .arg(mitigated),
             Small, grey(0x55));
    }
    if (s.risks.isEmpty()) {
        para(Text::tr("No risks were registered."));
    } else {
        Table t5;
        t5.widths = {0.07, 0.25, 0.12, 0.1, 0.09, 0.11, 0.26};
        t5.header = {cell(Text::tr("ID"), SmallBold),
                     cell(Text::tr("Risk"), SmallBold),
                     cell(Text::tr("Likelihood"), SmallBold),
                     cell(Text::tr("Impact"), SmallBold),
                     cell(Text::tr("Level"), SmallBold),
                     cell(Text::tr("State"), SmallBold),
                     cell(Text::tr("Owner, mitigation, acceptance"), SmallBold)};
        for (const Risk &r : s.risks) {
            const RiskLevel level = s.matrix.level(r.likelihood, r.impact);
            QStringList detail;
            if (!r.owner.isEmpty()) {
                detail << Text::tr("Owner: %1").arg(r.owner);
            }
            if (!r.mitigation.isEmpty()) {
                detail << Text::tr("Mitigation: %1").arg(r.mitigation);
            }
            if (r.state == RiskState::Accepted) {
                detail << (r.acceptedUntil.isValid()
                               ? Text::tr("Accepted by %1 until %2: %3")
                                     .arg(r.acceptedBy, longDate(r.acceptedUntil), r.acceptanceRationale)
                               : Text::tr("Accepted by %1: %2").arg(r.acceptedBy, r.acceptanceRationale));
            }
            if (!r.itemIds.isEmpty()) {
                detail << Text::tr("Items: %1").arg(r.itemIds.join(QStringLiteral(", ")));
            }
            t5.rows.append({cell(r.id, SmallBold), cell(r.title), cell(displayName(r.likelihood)),
                            cell(displayName(r.impact)),
                            cell(displayName(level).toUpper(), SmallBold, theme::levelColour(level)),
                            cell(displayName(r.state)), cell(detail.join(QLatin1Char('\n')))});
        }
        table(t5);
    }

    // 6. Conditions.
    if (s.decision && !s.decision->conditions.isEmpty()) {
        heading(Text::tr("Conditions of the decision"));
        Table t6;
        t6.widths = {0.6, 0.2, 0.2};
        t6.header = {cell(Text::tr("Condition"), SmallBold), cell(Text::tr("Owner"), SmallBold),
                     cell(Text::tr("Due"), SmallBold)};
        for (const Condition &c : s.decision->conditions) {
            t6.rows.append({cell(c.text), cell(c.owner), cell(longDate(c.due))});
        }
        table(t6);
    }

    // 7. Sign-offs.
    heading(Text::tr("Sign-off"));
    Table t7;
    t7.widths = {0.2, 0.13, 0.13, 0.2, 0.17, 0.17};
    t7.header = {cell(Text::tr("Name and role"), SmallBold),
                 cell(Text::tr("Vote"), SmallBold),
                 cell(Text::tr("State"), SmallBold),
                 cell(Text::tr("Comment"), SmallBold),
                 cell(Text::tr("Signed (local time)"), SmallBold),
                 cell(Text::tr("Signature"), SmallBold)};
    for (const Stakeholder &p : s.stakeholders) {
        const Signoff *latest = nullptr;
        for (const Signoff &so : s.signoffs) {
            if (so.stakeholderId == p.id) {
                latest = &so;
            }
        }
        if (!latest) {
            t7.rows.append({cell(p.name.isEmpty() ? p.role : Text::tr("%1\n%2").arg(p.name, p.role)), cell(QString()),
                            cell(Text::tr("NOT SIGNED"), SmallBold, theme::statusColour(Status::Pending)),
                            cell(QString()), cell(QString()), cell(QString())});
            continue;
        }
        const SignoffState state = Record::state(*latest, m_input.fingerprints);
        const QColor stateColour = state == SignoffState::Current ? theme::statusColour(Status::Pass)
                                   : state == SignoffState::Stale ? theme::statusColour(Status::Partial)
                                                                  : theme::statusColour(Status::Fail);
        Cell signature = cell(QString());
        if (!latest->signaturePng.isEmpty()) {
            signature.image = QImage::fromData(latest->signaturePng, "PNG");
        }
        t7.rows.append({cell(Text::tr("%1\n%2").arg(latest->name, latest->role)), cell(displayName(latest->vote)),
                        cell(latest->canonicalForm == 1 ? Text::tr("%1\n(form 1)").arg(toCode(state)) : toCode(state),
                             SmallBold, stateColour),
                        cell(latest->comment), cell(SignoffModel::localTime(latest->signedAt)), signature});
    }
    table(t7);
    para(Text::tr("These are simple electronic signatures: GoNoGo recorded the name typed, the vote and the time, "
                  "each bound to the fingerprint of the record that was signed. GoNoGo does not verify identity. A "
                  "STALE sign-off was given on an earlier version of this record."),
         Small, grey(0x44));
    const bool formOne =
        std::any_of(s.signoffs.cbegin(), s.signoffs.cend(), [](const Signoff &so) { return so.canonicalForm == 1; });
    if (formOne) {
        para(Text::tr("Sign-offs marked (form 1) were made by an earlier GoNoGo with canonical form 1 of the record. "
                      "They are checked under form 1 and, since the file was upgraded, against form 2 as well."),
             Small, grey(0x44));
    }

    // 8. Appendix: the whole checklist.
    heading(Text::tr("Appendix: the full checklist"));
    Table t8;
    t8.widths = {0.1, 0.5, 0.1, 0.18, 0.12};
    t8.header = {cell(Text::tr("ID"), SmallBold), cell(Text::tr("Item"), SmallBold),
                 cell(Text::tr("Critical"), SmallBold), cell(Text::tr("Owner"), SmallBold),
                 cell(Text::tr("Status"), SmallBold)};
    for (const Item &i : s.items) {
        t8.rows.append({cell(i.id), cell(i.title),
                        cell(i.critical ? Text::tr("Critical") : QString(), SmallBold, theme::criticalColour()),
                        cell(i.owner), cell(displayName(i.status), SmallBold, theme::statusColour(i.status))});
    }
    table(t8);

    // 9. Integrity.
    heading(Text::tr("Integrity"));
    para(Text::tr("Record fingerprint (SHA-256 of the canonical record):"), SmallBold);
    para(m_input.fingerprints.current, Mono);
    para(Text::tr("Audit chain head (entry %1):").arg(m_input.auditHead.seq), SmallBold);
    para(m_input.auditHead.hash, Mono);
    para(Text::tr("Record ID: %1").arg(s.meeting.recordId), Mono);
    para(Text::tr("Check with: gonogo verify FILE. The fingerprint printed here must match."), Small, grey(0x55));
}

RecordReport::~RecordReport() = default;

QString RecordReport::title() const
{
    return Text::tr("Decision record: %1").arg(m_input.snapshot.meeting.launchName);
}

int RecordReport::render(QPagedPaintDevice *device) const
{
    const QVector<QFont> fonts = reportFonts();
    Composer composer(device, fonts);
    for (const Block &block : m_content->blocks) {
        switch (block.kind) {
        case Block::Heading:
            composer.heading(block.text);
            break;
        case Block::Paragraph:
            composer.paragraph(block.text, block.font, block.color, 0, composer.pt(3));
            break;
        case Block::Banner:
            composer.banner(block.text, block.fill);
            break;
        case Block::TableBlock:
            composer.table(block.table);
            break;
        case Block::Matrix:
            composer.matrix(block.matrix, block.cellText);
            break;
        case Block::Spacer:
            composer.space(block.space);
            break;
        }
    }

    const QVector<QVector<Op>> &pages = composer.pages();
    const bool failed = !m_input.integrityProblems.isEmpty();
    const bool final = m_input.progress.status == RecordStatus::Final && !failed;
    QPainter p(device);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal w = device->width();
    const qreal h = device->height();
    for (int n = 0; n < pages.size(); ++n) {
        if (n > 0) {
            device->newPage();
        }
        if (!final) {
            // DRAFT on every page: a band on top and a pale mark across the page.
            p.save();
            QFont mark = fonts.at(BannerFont);
            mark.setPointSizeF(96);
            const QString markText = failed ? Text::tr("NOT VERIFIED") : Text::tr("DRAFT");
            // Shrink a long word so that it stays on the page along the diagonal.
            const qreal room = 0.8 * std::hypot(w, h);
            const qreal wide = QFontMetricsF(mark, device).horizontalAdvance(markText);
            if (wide > room) {
                mark.setPointSizeF(96 * room / wide);
            }
            p.setFont(mark);
            p.setPen(QColor(0xf7, 0xe4, 0xe4)); // PDF/A-1 has no transparency: a pale solid colour under the text
            p.translate(w / 2, h / 2);
            p.rotate(-35);
            p.drawText(QRectF(-w, -h / 4, 2 * w, h / 2), Qt::AlignCenter, markText);
            p.restore();
        }
        const QRectF band(0, 0, w, composer.pt(18));
        p.fillRect(band, final ? theme::statusColour(Status::Pass) : theme::statusColour(Status::Fail));
        p.setPen(Qt::white);
        p.setFont(fonts.at(SmallBold));
        const QRectF bandText = band.adjusted(composer.pt(6), 0, -composer.pt(6), 0);
        const QString decided = m_input.snapshot.decision ? displayName(m_input.snapshot.decision->decision)
                                                          : Text::tr("no decision recorded");
        const QFontMetricsF bandMetrics(fonts.at(SmallBold), device);
        const QString status = failed  ? Text::tr("INTEGRITY CHECK FAILED: %1").arg(m_input.integrityProblems.first())
                               : final ? Text::tr("FINAL RECORD")
                                       : Text::tr("DRAFT - not a final decision record");
        p.drawText(bandText, Qt::AlignLeft | Qt::AlignVCenter,
                   bandMetrics.elidedText(status, Qt::ElideRight,
                                          bandText.width() - bandMetrics.horizontalAdvance(decided) - composer.pt(12)));
        p.drawText(bandText, Qt::AlignRight | Qt::AlignVCenter, decided);
        for (const Op &op : pages.at(n)) {
            switch (op.kind) {
            case Op::FillOp:
                p.fillRect(op.rect, op.color);
                break;
            case Op::StrokeOp:
                p.setPen(op.color);
                p.drawRect(op.rect);
                break;
            case Op::ImageOp:
                p.drawImage(op.rect, op.image);
                break;
            case Op::TextOp:
                p.setFont(fonts.at(op.font));
                p.setPen(op.color);
                p.drawText(op.rect, op.align | Qt::TextSingleLine, op.text);
                break;
            }
        }
        // Footer: launch, page numbering, fingerprint.
        const qreal fy = h - composer.pt(16);
        p.fillRect(QRectF(0, fy - composer.pt(4), w, composer.pt(0.6)), grey(0x99));
        p.setFont(fonts.at(Small));
        p.setPen(grey(0x33));
        const QRectF footer(0, fy, w, composer.pt(14));
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(fonts.at(Small), device)
                       .elidedText(m_input.snapshot.meeting.launchName, Qt::ElideRight, w * 0.4));
        p.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
                   Text::tr("Page %1 of %2").arg(QString::number(n + 1), QString::number(pages.size())));
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                   Text::tr("Fingerprint %1").arg(m_input.fingerprints.current.left(16)));
    }
    p.end();
    return static_cast<int>(pages.size());
}

Result<int> RecordReport::exportPdf(const QString &path) const
{
    // Refuse a link or a device before spending time on the pages.
    if (auto ok = WholeFile::checkTarget(path); !ok) {
        return ok.error();
    }
    // The PDF is made in memory, then written as a whole file whose every write is checked: a full disk or a
    // failing device is an error, never a truncated record that replaces a good one.
    QByteArray bytes;
    int pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(600);
        writer.setPageSize(m_options.pageSize);
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setTitle(title());
        writer.setCreator(Text::tr("GoNoGo %1 (facilitator: %2)")
                              .arg(QCoreApplication::applicationVersion(), m_input.snapshot.meeting.facilitator));
        pages = render(&writer);
    }
    if (auto written = WholeFile::write(path, bytes); !written) {
        return written.error();
    }
    return pages;
}

} // namespace gonogo
