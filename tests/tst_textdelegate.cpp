// LaidOutTextDelegate keeps each cell's text laid out, so a repaint draws shaped glyphs instead of shaping again. It
// must look exactly like QStyledItemDelegate: every case here is drawn by both and compared pixel for pixel, in
// plain views (elided, wrapped, right-aligned, bold, coloured, right-to-left, selected, with the focus) and in the
// real window's checklist and reasons list; and rows kept as pictures the same way.
#include "testsupport.h"
#include "widgetsupport.h"

#include "checklistpanel.h"
#include "laidouttextdelegate.h"
#include "mainwindow.h"
#include "reasonlist.h"

#include <QHeaderView>
#include <QListView>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gonogo;
using namespace testsupport;

namespace {

const QStringList texts{
    QStringLiteral("SEC-08"),
    QStringLiteral("Penetration test findings remediated and retested by an independent firm before the launch"),
    QStringLiteral("Copia de seguridad restaurada y verificada por el responsable de operaciones (ñandú, acción)"),
    QStringLiteral("مراجعة الأمان مكتملة وموقعة من الفريق"),
    QStringLiteral("בדיקת עומס הושלמה"),
    QStringLiteral("Two lines\nin one cell"),
    QStringLiteral("Rollback rehearsed ✅ 2026-11-27"),
    QStringLiteral("W"),
    QString(),
};

// A model of ROWS rows and three columns of the texts above, with the roles the app's views use.
QStandardItemModel *makeModel(QObject *parent, int rows)
{
    auto *model = new QStandardItemModel(rows, 3, parent);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 3; ++c) {
            auto *item = new QStandardItem(texts.at((r * 3 + c) % texts.size()));
            if ((r + c) % 4 == 1) {
                QFont bold;
                bold.setBold(true);
                item->setFont(bold);
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            }
            if ((r + c) % 5 == 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            model->setItem(r, c, item);
        }
    }
    return model;
}

// The view's viewport as DELEGATE paints it.
QImage paintedWith(QAbstractItemView *view, QAbstractItemDelegate *delegate)
{
    view->setItemDelegate(delegate);
    QCoreApplication::processEvents(); // the view lays its items out again for the new delegate, once
    return view->viewport()->grab().toImage();
}

// Where two pictures differ, for the failure message (and both kept beside the test for a look).
QByteArray difference(const QImage &a, const QImage &b, const QString &name)
{
    if (a == b) {
        return {};
    }
    a.save(QStringLiteral("%1-styled.png").arg(name));
    b.save(QStringLiteral("%1-kept.png").arg(name));
    if (a.size() != b.size()) {
        return "sizes differ: " + QByteArray::number(a.width()) + "x" + QByteArray::number(a.height()) + " and " +
               QByteArray::number(b.width()) + "x" + QByteArray::number(b.height());
    }
    int pixels = 0;
    QRect where;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                ++pixels;
                where |= QRect(x, y, 1, 1);
            }
        }
    }
    return QByteArray::number(pixels) + " pixels differ, within (" + QByteArray::number(where.x()) + "," +
           QByteArray::number(where.y()) + ") " + QByteArray::number(where.width()) + "x" +
           QByteArray::number(where.height()) + "; see " + name.toUtf8() + "-styled.png and -kept.png";
}

} // namespace

class TestTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10)); }

    void aTableLooksTheSame_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("wide") << 1500 << false;
        QTest::newRow("medium, most texts elided") << 620 << false;
        QTest::newRow("narrow") << 240 << false;
        QTest::newRow("right to left") << 620 << true;
    }

    void aTableLooksTheSame()
    {
        QFETCH(int, width);
        QFETCH(bool, rightToLeft);
        QTreeView view;
        view.setModel(makeModel(&view, 18));
        view.setAlternatingRowColors(true);
        view.setUniformRowHeights(true);
        view.setAllColumnsShowFocus(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.header()->setSectionResizeMode(QHeaderView::Stretch);
        view.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        view.resize(width, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        view.setFocus();
        view.setCurrentIndex(view.model()->index(2, 0));
        view.selectionModel()->select(view.model()->index(5, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);

        QStyledItemDelegate styled;
        LaidOutTextDelegate kept;
        const QImage expected = paintedWith(&view, &styled);
        const QImage actual = paintedWith(&view, &kept);
        QVERIFY2(expected == actual, difference(expected, actual, QStringLiteral("textdelegate-table")).constData());
        QVERIFY(kept.layoutsMade() > 0); // it drew the texts itself, it did not hand them all back to the style
    }

    void aWrappedListLooksTheSame_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("wide") << 900;
        QTest::newRow("narrow, every reason on several lines") << 260;
    }

    void aWrappedListLooksTheSame()
    {
        QFETCH(int, width);
        QListView view;
        auto *model = new QStandardItemModel(&view);
        for (int i = 0; i < 14; ++i) {
            auto *item = new QStandardItem(texts.at(i % texts.size()) + QStringLiteral(" — ") +
                                           texts.at((i + 1) % texts.size()));
            if (i % 3 == 0) {
                item->setForeground(QColor(0x1b, 0x5e, 0x20));
            }
            model->appendRow(item);
        }
        view.setModel(model);
        view.setWordWrap(true);
        view.setAlternatingRowColors(true);
        view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view.setResizeMode(QListView::Adjust);
        view.resize(width, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(model->index(1, 0));

        QStyledItemDelegate styled;
        LaidOutTextDelegate kept;
        const QImage expected = paintedWith(&view, &styled);
        const QImage actual = paintedWith(&view, &kept);
        QVERIFY2(expected == actual, difference(expected, actual, QStringLiteral("textdelegate-list")).constData());
        QVERIFY(kept.layoutsMade() > 0);
        LaidOutTextDelegate pictured;
        pictured.keepRowPictures(16 * 1024 * 1024);
        const QImage copied = paintedWith(&view, &pictured);
        QVERIFY2(expected == copied,
                 difference(expected, copied, QStringLiteral("textdelegate-list-pictures")).constData());
        QVERIFY(pictured.picturesMade() > 0);
    }

    // Kept rows are copied when painted again; a changed row, or rows that moved to the other shade, are drawn
    // once more; the selected row is drawn each time; and every picture matches what Qt's delegate draws.
    void aListCopiesTheRowsItKept()
    {
        QListView view;
        auto *model = new QStandardItemModel(&view);
        for (int i = 0; i < 24; ++i) {
            // Every text is one the delegate draws itself (not the two-line one, which it hands to the style).
            QString text = texts.at(i % texts.size());
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            auto *item =
                new QStandardItem(QStringLiteral("Critical item SEC-%1 ").arg(i, 2, 10, QLatin1Char('0')) + text);
            item->setForeground(i % 2 ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xa1, 0x5c, 0x00));
            model->appendRow(item);
        }
        view.setModel(model);
        view.setWordWrap(true);
        view.setAlternatingRowColors(true);
        view.setFocusPolicy(Qt::NoFocus); // no focused row, which the delegate leaves to the style
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        LaidOutTextDelegate pictured;
        pictured.keepRowPictures(16 * 1024 * 1024);
        QStyledItemDelegate styled;
        view.setItemDelegate(&pictured);
        QCoreApplication::processEvents();
        auto shown = [&view, model] {
            int rows = 0;
            for (int r = 0; r < model->rowCount(); ++r) {
                rows += view.viewport()->rect().intersects(view.visualRect(model->index(r, 0))) ? 1 : 0;
            }
            return rows;
        };
        auto matches = [&](const char *when) {
            const QImage copied = view.viewport()->grab().toImage();
            const QImage expected = paintedWith(&view, &styled);
            view.setItemDelegate(&pictured);
            QCoreApplication::processEvents();
            return difference(expected, copied, QStringLiteral("textdelegate-pictures-") + QLatin1String(when));
        };

        // Rows alternate, so each row is kept in both shades: the one it has, and the one it takes when a row
        // above it comes or goes.
        QByteArray differs = matches("first");
        QVERIFY2(differs.isEmpty(), differs.constData());
        const int first = pictured.picturesMade();
        const int shownAtFirst = shown();
        QCOMPARE(first, 2 * shownAtFirst);
        (void)view.viewport()->grab();
        QCOMPARE(pictured.picturesMade(), first);

        model->item(4)->setText(model->item(4)->text() + QStringLiteral(" (now FAIL)"));
        QCoreApplication::processEvents();
        differs = matches("changed");
        QVERIFY2(differs.isEmpty(), differs.constData());
        QCOMPARE(pictured.picturesMade(), first + 2);

        // The top row goes: every row below moves up one and changes shade, and is copied from the picture of
        // its new shade; only a row coming into view from below is drawn (in both shades).
        const int shownBeforeMove = shown();
        const int beforeMove = pictured.picturesMade();
        model->removeRow(0);
        QCoreApplication::processEvents();
        differs = matches("moved");
        QVERIFY2(differs.isEmpty(), differs.constData());
        const int newlyShown = std::max(0, shown() - (shownBeforeMove - 1));
        QCOMPARE(pictured.picturesMade(), beforeMove + 2 * newlyShown);
        (void)view.viewport()->grab();
        QCOMPARE(pictured.picturesMade(), beforeMove + 2 * newlyShown);

        // Without alternating rows, one picture per row.
        const int plainBefore = pictured.picturesMade();
        view.setAlternatingRowColors(false);
        QCoreApplication::processEvents();
        differs = matches("plain");
        QVERIFY2(differs.isEmpty(), differs.constData());
        QCOMPARE(pictured.picturesMade(), plainBefore + shown());
        view.setAlternatingRowColors(true);
        QCoreApplication::processEvents();

        view.setCurrentIndex(model->index(2, 0)); // selected: drawn by the delegate each time, never kept
        QCoreApplication::processEvents();
        const int beforeSelection = pictured.picturesMade();
        differs = matches("selected");
        QVERIFY2(differs.isEmpty(), differs.constData());
        QCOMPARE(pictured.picturesMade(), beforeSelection);
    }

    // The point of it: painting again lays out nothing, and a changed text lays out that text alone.
    void aRepaintLaysOutOnlyWhatChanged()
    {
        QTreeView view;
        auto *model = makeModel(&view, 12);
        view.setModel(model);
        LaidOutTextDelegate kept;
        view.setItemDelegate(&kept);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        (void)view.viewport()->grab();
        const int first = kept.layoutsMade();
        QVERIFY(first > 0);
        (void)view.viewport()->grab();
        QCOMPARE(kept.layoutsMade(), first);
        model->item(3, 1)->setText(QStringLiteral("A text no cell showed before"));
        (void)view.viewport()->grab();
        QCOMPARE(kept.layoutsMade(), first + 1);
    }

    // The window's own checklist and reasons, drawn by the app's delegates and then by Qt's own.
    void theWindowsChecklistAndReasonsLookTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("looks.gonogo"));
        QCOMPARE(gonogoRun({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Payments")}).code,
                 0);
        QCOMPARE(gonogoRun({QStringLiteral("set"), path, QStringLiteral("SEC-08"), QStringLiteral("--status"),
                            QStringLiteral("FAIL")})
                     .code,
                 0);
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        QTreeView *tree = window.checklist()->tree();
        tree->setFocus();
        window.checklist()->selectItem(QStringLiteral("SEC-08"));
        auto *reasons = window.findChild<ReasonList *>();
        QVERIFY(reasons);
        QVERIFY(reasons->count() > 3);
        QCoreApplication::processEvents(); // the workspace fits the reasons list to its rows after it opened

        for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{tree, reasons}) {
            QStyledItemDelegate styled;
            QAbstractItemDelegate *own = view->itemDelegate();
            const QImage expected = paintedWith(view, &styled);
            const QImage actual = paintedWith(view, own);
            QVERIFY2(expected == actual,
                     difference(expected, actual, QStringLiteral("textdelegate-%1").arg(view->accessibleName()))
                         .constData());
        }
    }
};

QTEST_MAIN(TestTextDelegate)
#include "tst_textdelegate.moc"
