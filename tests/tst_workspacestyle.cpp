// WorkspaceStyle, the style the workspace gives its lists, tables, scroll bars, tabs and buttons: what it draws
// differently from the base style (the views' 2 px frame is tested with the window) must still look like it, and be
// cheaper. The current row's focus frame is compared with Fusion's within a few levels, with square corners; a tall
// scroll bar with the base style's pixel for pixel, drawn in bands short enough that Qt's raster engine keeps each
// fill on the painting thread; tabs and buttons copied from kept pictures within 2 levels of Fusion in place.
#include "workspacestyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QProxyStyle>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QStyleOptionSlider>
#include <QTabBar>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace gonogo;

namespace {

// Fusion with the frame width WorkspaceStyle gives views, so both leave the viewport the same size.
class WideFramedFusion final : public QProxyStyle
{
public:
    WideFramedFusion() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        return metric == PM_DefaultFrameWidth ? 2 : QProxyStyle::pixelMetric(metric, option, widget);
    }
};

// Fusion, noting where each scroll bar it draws can paint: within its painter's device and clip.
class WatchedFusion final : public QProxyStyle
{
public:
    WatchedFusion() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        if (control == CC_ScrollBar) {
            // Where this call can paint: the clip if there is one, and the device it paints on, in the option's
            // coordinates.
            QRect reach = painter->transform().inverted().mapRect(
                QRect(0, 0, painter->device()->width(), painter->device()->height()));
            if (painter->hasClipping()) {
                reach &= painter->clipBoundingRect().toAlignedRect();
            }
            drawnIn.append(reach & option->rect);
        }
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }
    mutable QList<QRect> drawnIn;
};

QStandardItemModel *makeModel(QObject *parent, int rows)
{
    auto *model = new QStandardItemModel(rows, 3, parent);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 3; ++c) {
            model->setItem(r, c, new QStandardItem(QStringLiteral("Row %1, column %2").arg(r).arg(c)));
        }
    }
    return model;
}

} // namespace

class TestWorkspaceStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10)); }

    // Around the current row of a focused tree, the frame looks like Fusion's (a faint outline over a faint tint),
    // drawn with straight edges, so its corners are square where Fusion's are rounded. Unfocused, neither draws one.
    void theFocusFrameLooksLikeFusions()
    {
        WideFramedFusion fusion;
        WorkspaceStyle ring(QStyleFactory::create(QStringLiteral("Fusion")));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new QTreeView;
        auto *elsewhere = new QLineEdit;
        layout->addWidget(view);
        layout->addWidget(elsewhere);
        view->setModel(makeModel(view, 8));
        view->setAllColumnsShowFocus(true);
        view->setRootIsDecorated(false);
        window.resize(900, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(2, 0));
        QTest::keyClick(view, Qt::Key_Down);
        auto grabWith = [view](QStyle *style) {
            view->setStyle(style);
            QCoreApplication::processEvents();
            return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        };
        const QImage theirs = grabWith(&fusion);
        const QImage ours = grabWith(&ring);
        // Both styles give the view the same frame, so the row is where it was for either.
        const QRect row = view->visualRect(view->currentIndex());
        const QRect frame(0, row.top(), std::min(view->header()->length(), view->viewport()->width()), row.height());
        int worst = 0;
        for (int y = 0; y < ours.height(); ++y) {
            for (int x = 0; x < ours.width(); ++x) {
                const bool corner =
                    (x == frame.left() || x == frame.right()) && (y == frame.top() || y == frame.bottom());
                if (!corner) {
                    const QColor a = theirs.pixelColor(x, y);
                    const QColor b = ours.pixelColor(x, y);
                    worst = std::max({worst, std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                      std::abs(a.blue() - b.blue())});
                }
            }
        }
        QVERIFY2(worst <= 6,
                 (QByteArray("a channel differs from Fusion's frame by ") + QByteArray::number(worst)).constData());
        QVERIFY2(ours.pixelColor(frame.center().x(), frame.top()) != ours.pixelColor(frame.center()),
                 "no frame at the row's edge");
        for (const QPoint corner : {frame.topLeft(), frame.topRight(), frame.bottomLeft(), frame.bottomRight()}) {
            QCOMPARE(ours.pixelColor(corner), ours.pixelColor(frame.center().x(), corner.y()));
        }

        elsewhere->setFocus();
        QTRY_VERIFY(!view->hasFocus());
        QCOMPARE(grabWith(&ring), grabWith(&fusion));
    }

    // A scroll bar 700 pixels tall, with its handle part way down: the same pixels as the base style draws, each
    // drawn in a band under 96 rows (taller fills go to worker threads), together covering the whole bar.
    void aTallScrollBarIsDrawnInBands()
    {
        QScrollBar bar(Qt::Vertical);
        bar.setRange(0, 1000);
        bar.setPageStep(300);
        bar.setValue(420);
        bar.resize(bar.sizeHint().width(), 700);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));

        auto *plain = new WatchedFusion;
        bar.setStyle(plain);
        const QImage theirs = bar.grab().toImage();
        QCOMPARE(plain->drawnIn.size(), 1);
        auto *watched = new WatchedFusion;
        WorkspaceStyle banded(watched);
        bar.setStyle(&banded);
        const QImage ours = bar.grab().toImage();
        QCOMPARE(ours, theirs);

        QRegion covered;
        for (const QRect &band : std::as_const(watched->drawnIn)) {
            QVERIFY2(band.height() < 96, qPrintable(QStringLiteral("a band of %1 rows").arg(band.height())));
            covered += band;
        }
        QCOMPARE(covered, QRegion(bar.rect()));
        bar.setStyle(nullptr);
        delete plain;
    }

    // Tabs and push buttons are copied from pictures kept per look. They look as Fusion draws them in place (within
    // 2 levels: a picture is drawn on nothing and then laid over the window); painting again draws no new picture,
    // and a tab whose text changed draws one.
    void tabsAndButtonsAreCopiedFromKeptPictures()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *tabs = new QTabBar;
        for (const QString &title : {QStringLiteral("Checklist (12 of 145 PASS)"), QStringLiteral("Risks (2 open)"),
                                     QStringLiteral("Sign-off (DRAFT, 0 of 5 signed)"), QStringLiteral("Agenda")}) {
            tabs->addTab(title);
        }
        tabs->setCurrentIndex(1);
        auto *pass = new QPushButton(QStringLiteral("PASS (1)"));
        pass->setCheckable(true);
        pass->setChecked(true);
        auto *fail = new QPushButton(QStringLiteral("FAIL (3)"));
        layout->addWidget(tabs);
        layout->addWidget(pass);
        layout->addWidget(fail);
        window.resize(900, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        WorkspaceStyle kept(QStyleFactory::create(QStringLiteral("Fusion")));
        auto grabWith = [&](QStyle *style) {
            for (QWidget *w : std::initializer_list<QWidget *>{tabs, pass, fail}) {
                w->setStyle(style);
            }
            QCoreApplication::processEvents();
            return window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        };
        auto worstDifference = [](const QImage &a, const QImage &b) {
            if (a.size() != b.size()) {
                return 256;
            }
            int worst = 0;
            for (int y = 0; y < a.height(); ++y) {
                for (int x = 0; x < a.width(); ++x) {
                    const QColor p = a.pixelColor(x, y);
                    const QColor q = b.pixelColor(x, y);
                    worst = std::max({worst, std::abs(p.red() - q.red()), std::abs(p.green() - q.green()),
                                      std::abs(p.blue() - q.blue())});
                }
            }
            return worst;
        };

        const QImage theirs = grabWith(fusion.get());
        const QImage ours = grabWith(&kept);
        QVERIFY2(worstDifference(theirs, ours) <= 2, QByteArray::number(worstDifference(theirs, ours)).constData());
        const int drawn = kept.picturesMade();
        QCOMPARE(drawn, tabs->count() + 2); // every tab and both buttons, once each
        (void)window.grab();
        QCOMPARE(kept.picturesMade(), drawn);

        tabs->setTabText(0, QStringLiteral("Checklist (13 of 145 PASS)"));
        const QImage changedOurs = grabWith(&kept);
        QCOMPARE(kept.picturesMade(), drawn + 1);
        const QImage changedTheirs = grabWith(fusion.get());
        QVERIFY2(worstDifference(changedTheirs, changedOurs) <= 2,
                 QByteArray::number(worstDifference(changedTheirs, changedOurs)).constData());
        QVERIFY(changedOurs != ours);
        for (QWidget *w : std::initializer_list<QWidget *>{tabs, pass, fail}) {
            w->setStyle(nullptr);
        }
    }
};

QTEST_MAIN(TestWorkspaceStyle)
#include "tst_workspacestyle.moc"
