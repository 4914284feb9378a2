// From launch to the first painted window, as a person double-clicking a decision file waits for it: the parent
// starts this program again as a child on FILE, the child does what gonogo does to open a window (QApplication,
// translations, MainWindow, openFile, show) and reports the moment of its first paint; the parent reports the
// time from before the start to that moment, median and p90 over the runs. Offscreen platform. Reproduce with:
//   GONOGO=build/gonogo bash scripts/make-demo.sh /tmp/demo.gonogo
//   QT_QPA_PLATFORM=offscreen build/bench/gonogo_bench_startup /tmp/demo.gonogo [RUNS]
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

long long nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Prints the time of the window's first paint and ends the process there: what comes after is not start-up.
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            std::printf("%lld\n", nowNs());
            std::fflush(stdout);
            std::_Exit(0);
        }
        return false;
    }
};

int child(int argc, char *argv[], const QString &path)
{
    QApplication app(argc, argv);
    gonogo::installTranslations(app);
    gonogo::MainWindow window;
    FirstPaint probe;
    window.installEventFilter(&probe);
    if (!window.openFile(path)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && QByteArray(argv[1]) == "--child") {
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: gonogo_bench_startup FILE.gonogo [RUNS]\n");
        return 2;
    }
    const int runs = argc >= 3 ? std::atoi(argv[2]) : 30;
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        const long long start = nowNs();
        p.start(QString::fromLocal8Bit(argv[0]), {QStringLiteral("--child"), QString::fromLocal8Bit(argv[1])});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            std::fprintf(stderr, "the child failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        const long long painted = p.readAllStandardOutput().trimmed().toLongLong();
        ms.push_back(static_cast<double>(painted - start) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("launch to first paint  runs=%d  median=%.1f ms  p90=%.1f ms  min=%.1f ms\n", runs, ms[ms.size() / 2],
                ms[ms.size() * 9 / 10], ms.front());
    return 0;
}
