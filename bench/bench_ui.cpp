// What the facilitator feels: from pressing a status key in the checklist to the window repainted, in the real
// MainWindow (offscreen platform, 1920x1080): the commit to disk, the assessment, the fingerprint, and every paint
// the key press causes (the event loop runs until nothing is pending, as it would before the next frame). The
// selection moves to another item before each press and is settled before the clock starts. Reports median and
// p99 over 500 presses at 145 (P020), 2,000 and 10,000 items. Reproduce with:
//   QT_QPA_PLATFORM=offscreen build/bench/gonogo_bench_ui [--samples FILE] [ITEMS...]
// --samples appends every press's time in milliseconds to FILE, one a line, for bench/compare_ui.py, which runs
// two builds alternately and pools their presses.
#include "benchdata.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace gonogo;
using gonogo::bench::largeTemplate;

namespace {

// Everything posted runs, paints included, and what that posts in turn: a label's new text asks its layout,
// which asks its parent's, one event round each, before the paint. Ten rounds drain every chain the window has
// (two left the detail panel's new height from moving the selection to be laid out inside the next key's time);
// an empty round costs microseconds.
void settle()
{
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::processEvents();
    }
}

void measure(const char *name, const ChecklistTemplate &checklist, FILE *samples)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gonogo"));
    DecisionFile::create(path, checklist, {}).value().reset();
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path)) {
        std::fprintf(stderr, "cannot open the window\n");
        return;
    }
    settle();
    QTreeView *tree = window.checklist()->tree();
    const QVector<Item> items = window.document()->snapshot().items;
    std::vector<double> ms;
    constexpr int presses = 500;
    for (int i = 0; i < presses; ++i) {
        window.checklist()->selectItem(items.at(i * 7 % items.size()).id);
        settle();
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(tree, i % 2 ? Qt::Key_1 : Qt::Key_3);
        settle();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    if (samples) {
        for (double t : ms) {
            std::fprintf(samples, "%.4f\n", t);
        }
        std::fflush(samples);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-28s items=%5lld  presses=%d  median=%.2f ms  p99=%.2f ms  max=%.2f ms\n", name,
                static_cast<long long>(items.size()), presses, ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    // Sizes to measure may be given: gonogo_bench_ui 145 10000. 145 is the P020 template.
    QStringList sizes = QCoreApplication::arguments().mid(1);
    FILE *samples = nullptr;
    if (sizes.value(0) == QLatin1String("--samples")) {
        const QString file = sizes.value(1);
        samples = file.isEmpty() ? nullptr : std::fopen(QFile::encodeName(file).constData(), "a");
        if (!samples) {
            std::fprintf(stderr, "--samples needs a file it can write to: \"%s\"\n", qPrintable(file));
            return 2;
        }
        sizes = sizes.mid(2);
    }
    if (sizes.isEmpty()) {
        sizes = QStringList{QStringLiteral("145"), QStringLiteral("2000"), QStringLiteral("10000")};
    }
    for (const QString &size : sizes) {
        const int items = size.toInt();
        if (items <= 0) {
            std::fprintf(stderr, "not a number of items: %s\n", qPrintable(size));
            return 2;
        }
        const QByteArray name = "status key to repaint, " + (items == 145 ? QByteArray("P020") : size.toLatin1());
        measure(name.constData(),
                items == 145 ? TemplateImport::builtIn(QStringLiteral("p020")).value() : largeTemplate(items), samples);
    }
    if (samples) {
        std::fclose(samples);
    }
    return 0;
}
