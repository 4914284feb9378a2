#include "pagecomposer.h"

#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace gonogo::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::RecordReport)
};

struct Op
{
    enum Kind { TextOp, FillOp, ImageOp } kind = TextOp;
    QRectF rect;
    QString text;
    FontId font = Body;
    QColor color = Qt::black;
    QImage image;
    int align = Qt::AlignLeft | Qt::AlignVCenter;
    bool shaped = false; // drawn with shaping (Arabic, Devanagari...); see needsShaping()
};

// Text the record prints is the text that was stored, shown as it is: controls and the bidirectional overrides
// that would reorder it ("gnp.exe" shown as "exe.png") are replaced by U+FFFD, as the command line does.
QString printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((c.category() == QChar::Other_Control && u != u'\n' && u != u'\t') || isBidiControl(u)) {
            c = QChar(0xFFFD);
        } else if (u == u'\t') {
            c = QLatin1Char(' ');
        }
    }
    return out;
}

// Latin, Greek and Cyrillic are drawn without shaping, so that no "fi" ligature hides a word from a search of the
// archived PDF; scripts whose letters join or combine (Arabic, Hebrew points, Indic) need shaping to be legible.
bool needsShaping(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x0590) {
            continue;
        }
        switch (c.script()) {
        case QChar::Script_Common:
        case QChar::Script_Inherited:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
            continue;
        default:
            return true;
        }
    }
    return false;
}

QFont shapingFont(QFont f)
{
    f.setStyleStrategy(QFont::PreferDefault);
    return f;
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
            m_shaped.append(shapingFont(f));
        }
    }

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal width() const { return m_width; }
    qreal line(FontId f) const { return m_metrics.at(f).lineSpacing(); }
    QVector<QVector<Op>> &pages() { return m_pages; }

    static constexpr char16_t zeroWidthSpace = 0x200B;

    // QTextLayout looks for a break from the start of a word on every line it makes, so a word with no break in
    // it costs time in the square of its length (a 128 KiB evidence link took seconds). A break opportunity every
    // 16 characters of an unbroken run keeps wrapping linear; it is used only where the run does not fit, and the
    // marks are taken out of the lines drawn. Words of 16 characters or less are never broken by it.
    static QString breakableText(const QString &text)
    {
        constexpr int longest = 16;
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
        QString t = breakableText(printable(text));
        t.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(t, needsShaping(t) ? m_shaped.at(f) : m_fonts.at(f), m_device);
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
        op.text = printable(t);
        op.font = f;
        op.color = c;
        op.align = align;
        op.shaped = needsShaping(t);
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

    // A heading stays with at least FOLLOWING of what comes after it (the next table's header and first row).
    void heading(const QString &text, qreal following)
    {
        const qreal own = pt(10) + line(Heading1) + pt(6);
        ensure(own + std::min(following, m_bottom - m_top - own));
        m_y += pt(10);
        textOp(QRectF(0, m_y, m_width, line(Heading1)), text, Heading1, QColor(0x1a, 0x2a, 0x44),
               Qt::AlignLeft | Qt::AlignVCenter);
        m_y += line(Heading1);
        fillOp(QRectF(0, m_y, m_width, pt(1.2)), QColor(0x1a, 0x2a, 0x44));
        m_y += pt(6);
    }

    void subheading(const QString &text, qreal following)
    {
        const qreal own = pt(6) + line(Heading2) + pt(2);
        ensure(own + std::min(following, m_bottom - m_top - own));
        m_y += pt(6);
        for (const QString &l : wrap(text, Heading2, m_width)) {
            textOp(QRectF(0, m_y, m_width, line(Heading2)), l, Heading2, QColor(0x1a, 0x2a, 0x44),
                   Qt::AlignLeft | Qt::AlignVCenter);
            m_y += line(Heading2);
        }
        m_y += pt(2);
    }

    void banner(const QString &text, const QColor &fill)
    {
        const qreal h = line(BannerFont) + pt(16);
        ensure(h);
        fillOp(QRectF(0, m_y, m_width, h), fill);
        textOp(QRectF(0, m_y, m_width, h), text, BannerFont, Qt::white, Qt::AlignCenter);
        m_y += h + pt(6);
    }

    // One line of a cell as drawn: its text, face and colour.
    struct CellLine
    {
        QString text;
        FontId font;
        QColor color;
    };

    struct TableGeometry
    {
        QVector<qreal> x;
        qreal pad = 0;
    };

    TableGeometry geometry(const Table &t) const
    {
        TableGeometry g;
        g.pad = pt(2.5);
        g.x = {0};
        for (qreal w : t.widths) {
            g.x.append(g.x.last() + w * m_width);
        }
        return g;
    }

    QVector<CellLine> cellLines(const Cell &c, qreal width) const
    {
        QVector<CellLine> out;
        if (!(c.text.isEmpty() && !c.image.isNull())) {
            for (const QString &l : wrap(c.text, c.font, width)) {
                out.append(CellLine{l, c.font, c.color});
            }
        }
        for (const Cell::Below &b : c.below) {
            if (b.text.isEmpty()) {
                continue;
            }
            for (const QString &l : wrap(b.text, b.font, width)) {
                out.append(CellLine{l, b.font, b.color});
            }
        }
        return out;
    }

    QVector<QVector<CellLine>> rowLines(const QVector<Cell> &row, const TableGeometry &g) const
    {
        QVector<QVector<CellLine>> lines;
        for (int c = 0; c < row.size(); ++c) {
            lines.append(cellLines(row.at(c), g.x[c + 1] - g.x[c] - 2 * g.pad));
        }
        return lines;
    }

    static int lineCount(const QVector<QVector<CellLine>> &lines)
    {
        int n = 1;
        for (const auto &l : lines) {
            n = std::max(n, static_cast<int>(l.size()));
        }
        return n;
    }

    qreal imageHeightOf(const QVector<Cell> &row) const
    {
        for (const Cell &c : row) {
            if (!c.image.isNull()) {
                return pt(30);
            }
        }
        return 0;
    }

    qreal headerHeight(const Table &t, const TableGeometry &g) const
    {
        if (t.header.isEmpty()) {
            return 0;
        }
        return lineCount(rowLines(t.header, g)) * line(SmallBold) + 2 * g.pad;
    }

    qreal rowHeight(const QVector<Cell> &row, const TableGeometry &g) const
    {
        return std::max(lineCount(rowLines(row, g)) * line(Small), imageHeightOf(row)) + 2 * g.pad;
    }

    // What of a table's first row must fit under its header: all of it when the row fits on a page (the row is
    // then moved whole, and would leave the header alone above it), else the two lines a split part takes.
    qreal firstRowLead(const Table &t, const TableGeometry &g) const
    {
        if (t.rows.isEmpty()) {
            return 0;
        }
        const qreal row = rowHeight(t.rows.first(), g);
        return row <= (m_bottom - m_top) - headerHeight(t, g) ? row : line(Small) * 2 + 2 * g.pad;
    }

    // What must fit below a heading for it not to stand alone: the table's header and first row (all of the
    // table when it is kept together), a few lines of a paragraph, the whole matrix.
    qreal leadHeight(const Block &block) const
    {
        switch (block.kind) {
        case Block::TableBlock: {
            const TableGeometry g = geometry(block.table);
            if (block.table.keepTogether) {
                return tableHeight(block.table, g);
            }
            return headerHeight(block.table, g) + firstRowLead(block.table, g);
        }
        case Block::Matrix:
            return matrixHeight();
        case Block::Banner:
            return line(BannerFont) + pt(16);
        case Block::Paragraph:
            return line(block.font) * std::min<qsizetype>(3, wrap(block.text, block.font, m_width).size());
        case Block::Heading:
        case Block::Subheading:
        case Block::Spacer:
            break;
        }
        return line(Body) * 3;
    }

    // What must follow the heading at N on its page: the next block's start, and when that is a short note
    // introducing a table or the matrix ("NO-GO if ..."), the note and that block's start too.
    qreal leadAfter(const QVector<Block> &blocks, int n) const
    {
        if (n + 1 >= blocks.size()) {
            return 0;
        }
        const Block &next = blocks.at(n + 1);
        if (next.kind == Block::Paragraph && next.keepWithNext) {
            // A label keeps with what it introduces: the heading must keep with both, or it is left behind when
            // the label moves on.
            const int lines = static_cast<int>(wrap(next.text, next.font, m_width).size());
            return lines * line(next.font) + pt(3) + leadAfter(blocks, n + 1);
        }
        qreal lead = leadHeight(next);
        if (next.kind == Block::Paragraph && n + 2 < blocks.size() &&
            (blocks.at(n + 2).kind == Block::Matrix || blocks.at(n + 2).kind == Block::TableBlock)) {
            const int lines = static_cast<int>(wrap(next.text, next.font, m_width).size());
            if (lines <= 5) {
                lead = lines * line(next.font) + pt(3) + leadHeight(blocks.at(n + 2));
            }
        }
        return lead;
    }

    qreal tableHeight(const Table &t, const TableGeometry &g) const
    {
        qreal h = headerHeight(t, g);
        for (const auto &row : t.rows) {
            h += rowHeight(row, g);
        }
        return h;
    }

    void table(const Table &t)
    {
        const TableGeometry g = geometry(t);
        const qreal pad = g.pad;
        const QVector<qreal> &x = g.x;
        const QVector<QVector<CellLine>> header =
            t.header.isEmpty() ? QVector<QVector<CellLine>>() : rowLines(t.header, g);
        const qreal headerH = headerHeight(t, g);
        auto drawHeader = [&]() {
            if (t.header.isEmpty()) {
                return;
            }
            fillOp(QRectF(0, m_y, m_width, headerH), QColor(0x1a, 0x2a, 0x44));
            for (int c = 0; c < header.size(); ++c) {
                for (int i = 0; i < header.at(c).size(); ++i) {
                    textOp(
                        QRectF(x[c] + pad, m_y + pad + i * line(SmallBold), x[c + 1] - x[c] - 2 * pad, line(SmallBold)),
                        header.at(c).at(i).text, SmallBold, Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
                }
            }
            m_y += headerH;
        };
        const qreal pageRoom = m_bottom - m_top;
        if (t.keepTogether) {
            ensure(std::min(tableHeight(t, g), pageRoom));
        } else if (!t.rows.isEmpty()) {
            // Never a header alone at the foot of a page: it goes with (the start of) its first row.
            ensure(headerH + firstRowLead(t, g));
        }
        drawHeader();
        const qreal lineH = line(Small);
        int rowIndex = 0;
        for (const QVector<Cell> &row : t.rows) {
            const QVector<QVector<CellLine>> lines = rowLines(row, g);
            const int maxLines = lineCount(lines);
            const qreal imageHeight = imageHeightOf(row);
            int from = 0;
            bool continued = false;
            while (from < maxLines) {
                qreal available = m_bottom - m_y - 2 * pad;
                const qreal wanted = (maxLines - from) * lineH;
                const qreal need = std::max(wanted, from == 0 ? imageHeight : 0.0);
                if (need > available) {
                    const bool freshPage = m_y <= m_top + headerH + 1;
                    const int fitting = static_cast<int>(available / lineH);
                    // A row that fits on a page is moved whole; a taller one is split, at least two lines a part.
                    if (!freshPage && (fitting < 2 || need <= pageRoom - headerH - 2 * pad)) {
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
                    const QRectF first(x[c] + pad, m_y + pad, x[c + 1] - x[c] - 2 * pad, lineH);
                    if (continued && c == 0 && t.repeatFirstColumn && !lines.at(0).isEmpty() &&
                        from >= lines.at(0).size()) {
                        // The row goes on from the previous page: say whose it is.
                        textOp(first, Text::tr("%1 (cont.)").arg(lines.at(0).first().text), Small, grey(0x55),
                               Qt::AlignLeft | Qt::AlignVCenter);
                        continue;
                    }
                    for (int i = from; i < std::min(from + take, static_cast<int>(lines.at(c).size())); ++i) {
                        const CellLine &l = lines.at(c).at(i);
                        textOp(first.translated(0, (i - from) * lineH), l.text, l.font, l.color,
                               Qt::AlignLeft | Qt::AlignVCenter);
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
            }
            ++rowIndex;
        }
        m_y += pt(6);
    }

    static constexpr int matrixCellLines = 5; // the level, then the risks

    qreal matrixHeight() const
    {
        return line(SmallBold) * 2 + pt(6) + (line(Small) * matrixCellLines + pt(8)) * 3 + pt(8);
    }

    // The risks of one cell in LINES lines of WIDTH: as many labels as fit, and "+N more" for the rest.
    QStringList matrixCell(const QStringList &risks, qreal width, int lines) const
    {
        for (int shown = static_cast<int>(risks.size()); shown >= 0; --shown) {
            QString text = risks.mid(0, shown).join(QStringLiteral(", "));
            if (shown < risks.size()) {
                const QString more = Text::tr("+%n more", nullptr, static_cast<int>(risks.size()) - shown);
                text = text.isEmpty() ? more : text + QStringLiteral(", ") + more;
            }
            const QStringList wrapped = wrap(text, Small, width);
            if (wrapped.size() <= lines) {
                return text.isEmpty() ? QStringList() : wrapped;
            }
        }
        return {};
    }

    void matrix(const RiskMatrix &levels, const QVector<QStringList> &cellRisks)
    {
        const qreal labelW = m_width * 0.2;
        const qreal cellW = (m_width - labelW) / 4;
        const QStringList corner = wrap(Text::tr("Likelihood \\ Impact"), SmallBold, labelW - pt(4));
        const qreal headH = line(SmallBold) * std::max<qsizetype>(1, corner.size()) + pt(6);
        const qreal cellH = line(Small) * matrixCellLines + pt(8);
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
                textOp(QRectF(r.left() + pt(3), r.top() + pt(3), r.width() - pt(6), line(Small)),
                       displayName(level).toUpper(), SmallBold, Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
                const QStringList lines = matrixCell(cellRisks.value(static_cast<int>(l) * 4 + static_cast<int>(i)),
                                                     r.width() - pt(6), matrixCellLines - 1);
                for (int n = 0; n < lines.size(); ++n) {
                    textOp(QRectF(r.left() + pt(3), r.top() + pt(3) + (n + 1) * line(Small), r.width() - pt(6),
                                  line(Small)),
                           lines.at(n), Small, Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
                }
            }
            m_y += cellH;
        }
        m_y += pt(8);
    }

    void space(qreal points) { m_y += pt(points); }

    // Starts a new page unless BLOCK (a paragraph) and FOLLOWING fit on this one.
    void keepWith(const Block &block, qreal following)
    {
        const qreal own = wrap(block.text, block.font, m_width).size() * line(block.font) + pt(3);
        ensure(own + std::min(following, m_bottom - m_top - own));
    }

private:
    QPagedPaintDevice *m_device;
    QVector<QFont> m_fonts;
    QVector<QFont> m_shaped;
    QVector<QFontMetricsF> m_metrics;
    qreal m_dpi = 72;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    QVector<QVector<Op>> m_pages;
};

} // namespace

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

int paint(QPagedPaintDevice *device, const Content &content, const PageChrome &chrome)
{
    const QVector<QFont> fonts = reportFonts();
    Composer composer(device, fonts);
    for (int n = 0; n < content.blocks.size(); ++n) {
        const Block &block = content.blocks.at(n);
        switch (block.kind) {
        case Block::Heading:
            composer.heading(block.text, composer.leadAfter(content.blocks, n));
            break;
        case Block::Subheading:
            composer.subheading(block.text, composer.leadAfter(content.blocks, n));
            break;
        case Block::Paragraph:
            if (block.keepWithNext) {
                composer.keepWith(block, composer.leadAfter(content.blocks, n));
            }
            composer.paragraph(block.text, block.font, block.color, 0, composer.pt(3));
            break;
        case Block::Banner:
            composer.banner(block.text, block.fill);
            break;
        case Block::TableBlock:
            composer.table(block.table);
            break;
        case Block::Matrix:
            composer.matrix(block.matrix, block.cellRisks);
            break;
        case Block::Spacer:
            composer.space(block.space);
            break;
        }
    }

    const QVector<QVector<Op>> &pages = composer.pages();
    const bool final = chrome.final;
    QPainter p(device);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal w = device->width();
    const qreal h = device->height();
    for (int n = 0; n < pages.size(); ++n) {
        if (n > 0) {
            device->newPage();
        }
        const QRectF band(0, 0, w, composer.pt(18));
        p.fillRect(band, final ? theme::statusColour(Status::Pass) : theme::statusColour(Status::Fail));
        p.setPen(Qt::white);
        p.setFont(fonts.at(SmallBold));
        const QRectF bandText = band.adjusted(composer.pt(6), 0, -composer.pt(6), 0);
        const QString &decided = chrome.decided;
        const QFontMetricsF bandMetrics(fonts.at(SmallBold), device);
        const QString &status = chrome.status;
        p.drawText(bandText, Qt::AlignLeft | Qt::AlignVCenter,
                   bandMetrics.elidedText(status, Qt::ElideRight,
                                          bandText.width() - bandMetrics.horizontalAdvance(decided) - composer.pt(12)));
        p.drawText(bandText, Qt::AlignRight | Qt::AlignVCenter, decided);
        for (const Op &op : pages.at(n)) {
            switch (op.kind) {
            case Op::FillOp:
                p.fillRect(op.rect, op.color);
                break;
            case Op::ImageOp:
                p.drawImage(op.rect, op.image);
                break;
            case Op::TextOp:
                p.setFont(op.shaped ? shapingFont(fonts.at(op.font)) : fonts.at(op.font));
                p.setPen(op.color);
                p.drawText(op.rect, op.align | Qt::TextSingleLine, op.text);
                break;
            }
        }
        if (!final) {
            // DRAFT across every page, above everything (so no fill hides part of it), as an outline: PDF/A-1
            // has no transparency, and a thin stroke leaves the text under it legible. Drawn as a path, not as
            // text, so that it is not in the text a reader or a search extracts.
            // The path is made in device pixels: the size is given in pixels of this device.
            QFont mark = fonts.at(BannerFont);
            qreal size = composer.pt(110);
            mark.setPixelSize(qRound(size));
            const QString &markText = chrome.mark;
            // Shrink a long word so that it stays on the page along the diagonal, on A4 and on Letter.
            const qreal room = 0.8 * std::min(std::hypot(w, h), w / std::cos(35 * M_PI / 180));
            const qreal wide = QFontMetricsF(mark).horizontalAdvance(markText);
            if (wide > room) {
                size *= room / wide;
                mark.setPixelSize(qRound(size));
            }
            QPainterPath path;
            path.addText(0, 0, mark, markText);
            const QRectF bounds = path.boundingRect();
            p.save();
            p.translate(w / 2, h / 2);
            p.rotate(-35);
            p.translate(-bounds.center());
            p.strokePath(path, QPen(QColor(0xe5, 0x8a, 0x8a), composer.pt(1.1)));
            p.restore();
        }
        // Footer: launch, page numbering, fingerprint.
        const qreal fy = h - composer.pt(16);
        p.fillRect(QRectF(0, fy - composer.pt(4), w, composer.pt(0.6)), grey(0x99));
        p.setFont(fonts.at(Small));
        p.setPen(grey(0x33));
        const QRectF footer(0, fy, w, composer.pt(14));
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(fonts.at(Small), device).elidedText(chrome.launch, Qt::ElideRight, w * 0.4));
        p.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
                   Text::tr("Page %1 of %2").arg(QString::number(n + 1), QString::number(pages.size())));
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                   Text::tr("Fingerprint %1").arg(chrome.fingerprint.left(16)));
    }
    p.end();
    return static_cast<int>(pages.size());
}

} // namespace gonogo::report
