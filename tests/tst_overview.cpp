// The overview page shows the engine's answer as a person reads it, and is grabbed at projector and laptop sizes
// for a human to look at (PNG files in the build folder).
#include "decisionoverview.h"
#include "storage/decisionfile.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gonogo;

class TestOverview : public QObject
{
    Q_OBJECT

private slots:
    void showsDecisionAndReasons();
};

void TestOverview::showsDecisionAndReasons()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o.gonogo"));
    auto file = DecisionFile::create(path, TemplateImport::builtIn(QStringLiteral("p020")).value(), {});
    QVERIFY(file);
    QVector<ItemChange> changes;
    const QVector<Item> all = file.value()->items().all().value();
        for (const Item &item : all) {
        ItemChange c;
        c.id = item.id;
        c.status = item.id == QLatin1String("SEC-05") ? Status::Fail : Status::Pass;
        changes << c;
    }
    QVERIFY(file.value()->items().apply(changes, QStringLiteral("t")));
    auto snapshot = file.value()->snapshot();
    QVERIFY(snapshot);
    const Assessment a = DecisionEngine::assess(snapshot.value());

    DecisionOverview overview;
    overview.setAssessment(snapshot->meeting, a);
    auto *banner = overview.findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(banner);
    bool sawNoGo = false;
    for (QLabel *label : overview.findChildren<QLabel *>()) {
        sawNoGo = sawNoGo || label->text().contains(QStringLiteral("NO-GO"));
    }
    QVERIFY(sawNoGo);
    auto *reasons = overview.findChild<QListWidget *>();
    QVERIFY(reasons);
    QCOMPARE(reasons->count(), a.reasons.size());
    QVERIFY(reasons->item(1)->text().contains(QStringLiteral("SEC-05")));
    auto *categories = overview.findChild<QTreeWidget *>();
    QCOMPARE(categories->topLevelItemCount(), 12);
    QCOMPARE(categories->topLevelItem(0)->text(2), QStringLiteral("11 of 12"));

    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        overview.resize(size);
        const QString png = QStringLiteral("overview-%1x%2.png").arg(size.width()).arg(size.height());
        QVERIFY(overview.grab().save(png));
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    TestOverview test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_overview.moc"
