// From launch to the first painted window, as a person double-clicking a decision file waits for it: the parent
// starts this program again as a child on FILE, the child does what gonogo does to open a window (QApplication,
// translations, MainWindow, openFile, show) and reports the moment of its first paint; the parent reports the
// time from before the start to that moment, median and p90 over the runs. Offscreen platform. Reproduce with:
//   GONOGO=build/gonogo bash scripts/make-demo.sh /tmp/demo.gonogo
//   QT_QPA_PLATFORM=offscreen build/bench/gonogo_bench_startup /tmp/demo.gonogo [RUNS]
// and against another commit's build, alternating runs:
//   QT_QPA_PLATFORM=offscreen build/bench/gonogo_bench_startup /tmp/demo.gonogo 30
//       --against /tmp/before/build/bench/gonogo_bench_startup /tmp/demo-old.gonogo   (one line)
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

// One start of BENCH's child on FILE: milliseconds from before the start to its first paint, or a negative number.
double timeOneStart(const QString &bench, const QString &file)
{
    QProcess p;
    const long long start = nowNs();
    p.start(bench, {QStringLiteral("--child"), file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        std::fprintf(stderr, "the child of %s failed: %s %s\n", qPrintable(bench), qPrintable(p.errorString()),
                     p.readAllStandardError().constData());
        return -1;
    }
    const long long painted = p.readAllStandardOutput().trimmed().toLongLong();
    return static_cast<double>(painted - start) / 1e6;
}

double report(const char *name, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    std::printf("%-10s launch to first paint  runs=%zu  median=%.1f ms  p90=%.1f ms  min=%.1f ms\n", name, ms.size(),
                median, ms[ms.size() * 9 / 10], ms.front());
    return median;
}

} // namespace

// With --against OTHER_BENCH OTHER_FILE (this benchmark built from another commit, and a decision file that build
// opens), the two start alternately, so that what else the machine does falls on both alike, and the ratio of the
// medians is printed.
int main(int argc, char *argv[])
{
    if (argc >= 3 && QByteArray(argv[1]) == "--child") {
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));
    }
    const bool against = argc == 6 && QByteArray(argv[3]) == "--against";
    if (argc < 2 || (argc > 3 && !against)) {
        std::fprintf(stderr, "usage: gonogo_bench_startup FILE.gonogo [RUNS [--against OTHER_BENCH OTHER_FILE]]\n");
        return 2;
    }
    const int runs = argc >= 3 ? std::atoi(argv[2]) : 30;
    if (runs < 1) {
        std::fprintf(stderr, "gonogo_bench_startup: RUNS must be a positive number, not \"%s\"\n", argv[2]);
        return 2;
    }
    const QString self = QString::fromLocal8Bit(argv[0]);
    const QString file = QString::fromLocal8Bit(argv[1]);
    std::vector<double> ms;
    std::vector<double> other;
    for (int i = 0; i < runs; ++i) {
        if (against) {
            other.push_back(timeOneStart(QString::fromLocal8Bit(argv[4]), QString::fromLocal8Bit(argv[5])));
            if (other.back() < 0) {
                return 1;
            }
        }
        ms.push_back(timeOneStart(self, file));
        if (ms.back() < 0) {
            return 1;
        }
    }
    const double median = report("this", ms);
    if (against) {
        const double otherMedian = report("other", other);
        std::printf("ratio of medians (this / other) = %.2f\n", median / otherMedian);
    }
    return 0;
}
