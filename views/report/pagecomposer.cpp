#include "pagecomposer.h"

#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
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
};

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
    for (const Block &block : content.blocks) {
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
        if (!final) {
            // DRAFT on every page: a band on top and a pale mark across the page.
            p.save();
            QFont mark = fonts.at(BannerFont);
            mark.setPointSizeF(96);
            const QString &markText = chrome.mark;
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
