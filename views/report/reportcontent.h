// The decision record's content: what it says, in reading order, as plain blocks (headings, paragraphs, tables,
// the risk matrix), built from a ReportInput without painting anything, so it can be checked without a device.
// User text is only ever carried as plain text.
#pragma once

#include "reportinput.h"

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QVector>

namespace gonogo::report {

// The report's type faces; reportFonts() makes them.
enum FontId { Body, Bold, Small, SmallBold, Heading1, Heading2, BannerFont, Mono, FontCount };

struct Cell
{
    QString text;
    FontId font = Small;
    QColor color = Qt::black;
    QColor fill; // invalid: none
    QImage image;
    // Texts under the text, each in its own face and colour: the status and "Critical" under an item's ID, who
    // set it and when under its evidence.
    struct Below
    {
        QString text;
        FontId font = Small;
        QColor color = QColor(0x55, 0x55, 0x55);
    };
    QVector<Below> below;
};

struct Table
{
    QVector<qreal> widths; // fractions of the text width
    QVector<Cell> header;  // empty: no header row
    QVector<QVector<Cell>> rows;
    // Never split over two pages when it fits on one (a signer's block).
    bool keepTogether = false;
    // A row split over pages repeats its first column on the continuation, marked as continued (an item's ID).
    bool repeatFirstColumn = false;
};

struct Block
{
    enum Kind { Heading, Subheading, Paragraph, Banner, TableBlock, Matrix, Spacer } kind = Paragraph;
    QString text;
    FontId font = Body;
    QColor color = Qt::black;
    QColor fill;
    Table table;
    qreal space = 0;           // points, for Spacer
    bool keepWithNext = false; // a label ("Reasons for the recommendation:") never ends a page
    // Matrix: levels and per-cell text
    RiskMatrix matrix;
    QVector<QStringList> cellRisks; // 12 cells, row-major: the risk labels placed in each
};

struct Content
{
    QVector<Block> blocks;

    // Appends a block of KIND with TEXT in FONT and COLOR (a heading, a paragraph...), or a table.
    void add(Block::Kind kind, const QString &text, FontId font = Body, const QColor &color = Qt::black)
    {
        Block block;
        block.kind = kind;
        block.text = text;
        block.font = font;
        block.color = color;
        blocks.append(block);
    }
    void addTable(const Table &table)
    {
        Block block;
        block.kind = Block::TableBlock;
        block.table = table;
        blocks.append(block);
    }
};

// GENERATEDAT is printed as the time of printing (UTC).
Content buildContent(const ReportInput &input, const QDateTime &generatedAt);

QColor grey(int v);
// A table cell of TEXT; a time of day in a cell ("14:05 UTC"; the day and the zone are said above the table).
Cell cell(const QString &text, FontId font = Small, const QColor &color = Qt::black);
QString clockTime(const QDateTime &t);

} // namespace gonogo::report
