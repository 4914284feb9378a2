// What a meeting feels: one status change committed to disk (median and p99 over 1,000 changes), opening a file
// and computing its summary, and creating a file from the P020 template. Reproduce with:
//   build/bench/gonogo_bench --benchmark_counters_tabular=true
#include "benchdata.h"
#include "checklisttemplate.h"
#include "decisionfile.h"
#include "engine.h"
#include "record.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>

using namespace gonogo;
using gonogo::bench::largeTemplate;
using gonogo::bench::templateFor;

namespace {

void StatusChangeCommitted(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gonogo"));
    auto file = DecisionFile::create(path, templateFor(static_cast<int>(state.range(0))), {});
    const QVector<Item> items = file.value()->items().all().value();
    std::vector<double> ms;
    ms.reserve(1000);
    std::size_t n = 0;
    for (auto _ : state) {
        ItemChange change;
        change.id = items.at(static_cast<int>(n % items.size())).id;
        change.status = allStatuses[n % 3];
        const auto start = std::chrono::steady_clock::now();
        auto done = file.value()->items().apply({change}, QStringLiteral("bench"));
        const auto end = std::chrono::steady_clock::now();
        if (!done) {
            state.SkipWithError(qPrintable(done.error().message));
            break;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        ++n;
    }
    std::sort(ms.begin(), ms.end());
    if (!ms.empty()) {
        state.counters["median_ms"] = ms[ms.size() / 2];
        state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    }
}
BENCHMARK(StatusChangeCommitted)->Arg(145)->Arg(2000)->Iterations(1000)->Unit(benchmark::kMillisecond);

void OpenAndSummary(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gonogo"));
    DecisionFile::create(path, templateFor(static_cast<int>(state.range(0))), {}).value().reset();
    for (auto _ : state) {
        auto file = DecisionFile::open(path);
        auto snapshot = file.value()->snapshot();
        benchmark::DoNotOptimize(DecisionEngine::assess(snapshot.value()).decision);
    }
}
BENCHMARK(OpenAndSummary)->Arg(145)->Arg(2000)->Unit(benchmark::kMillisecond);

void CreateFromTemplate(benchmark::State &state)
{
    QTemporaryDir dir;
    const ChecklistTemplate p020 = TemplateImport::builtIn(QStringLiteral("p020")).value();
    int n = 0;
    for (auto _ : state) {
        const QString path = dir.filePath(QStringLiteral("new-%1.gonogo").arg(n++));
        auto file = DecisionFile::create(path, p020, {});
        benchmark::DoNotOptimize(file.ok());
    }
}
BENCHMARK(CreateFromTemplate)->Unit(benchmark::kMillisecond);

void AssessOnly(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gonogo"));
    auto file = DecisionFile::create(path, templateFor(static_cast<int>(state.range(0))), {});
    const Snapshot snapshot = file.value()->snapshot().value();
    for (auto _ : state) {
        benchmark::DoNotOptimize(DecisionEngine::assess(snapshot).decision);
    }
}
BENCHMARK(AssessOnly)->Arg(145)->Arg(2000)->Unit(benchmark::kMicrosecond);

// The record's fingerprint computed from nothing (what verify and a fresh open do), and the SHA-256 of its
// canonical bytes alone; bytes_per_second is the canonical size times the rate.
void FingerprintWhole(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gonogo"));
    auto file = DecisionFile::create(path, templateFor(static_cast<int>(state.range(0))), {});
    const Snapshot snapshot = file.value()->snapshot().value();
    for (auto _ : state) {
        benchmark::DoNotOptimize(Record::fingerprints(snapshot).current);
    }
    state.counters["canonical_bytes"] = static_cast<double>(Record::canonical(snapshot).size());
}
BENCHMARK(FingerprintWhole)->Arg(145)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

// What the open window does after a key press: one item's status changes and the kept fingerprint follows.
void FingerprintUpdate(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gonogo"));
    auto file = DecisionFile::create(path, templateFor(static_cast<int>(state.range(0))), {});
    Snapshot snapshot = file.value()->snapshot().value();
    FingerprintCache cache;
    cache.reset(snapshot);
    int n = 0;
    for (auto _ : state) {
        const int row = n * 7 % static_cast<int>(snapshot.items.size());
        snapshot.items[row].status = allStatuses[n % 3];
        cache.itemsChanged(snapshot, {row});
        benchmark::DoNotOptimize(cache.fingerprints().current);
        ++n;
    }
}
BENCHMARK(FingerprintUpdate)->Arg(145)->Arg(2000)->Arg(10000)->Unit(benchmark::kMicrosecond);

void Sha256OfCanonical(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.gonogo"));
    auto file = DecisionFile::create(path, templateFor(static_cast<int>(state.range(0))), {});
    const QByteArray bytes = Record::canonical(file.value()->snapshot().value());
    for (auto _ : state) {
        benchmark::DoNotOptimize(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes.size());
}
BENCHMARK(Sha256OfCanonical)->Arg(145)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

// Importing a Markdown checklist whose one item is a hostile line of N KiB: emphasis openers with no closer
// ("*a *a *a ..."), the shape that used to take quadratic time (a 256 KiB line took about a minute).
void ImportHostileMarkdownLine(benchmark::State &state)
{
    const int bytes = static_cast<int>(state.range(0)) * 1024;
    QByteArray md("# Launch\n- [ ] ");
    while (md.size() < bytes) {
        md += "*a _b ~~c [d <e ";
    }
    md += "\n";
    for (auto _ : state) {
        benchmark::DoNotOptimize(TemplateImport::fromMarkdown(md, QStringLiteral("hostile.md")).ok());
    }
    state.SetBytesProcessed(state.iterations() * md.size());
}
BENCHMARK(ImportHostileMarkdownLine)->Arg(64)->Arg(256)->Arg(1024)->Unit(benchmark::kMillisecond);

// A 10 MiB Markdown checklist of ordinary items with inline formatting.
void ImportLargeMarkdown(benchmark::State &state)
{
    QByteArray md;
    int n = 0;
    while (md.size() < 10 * 1024 * 1024) {
        if (n % 200 == 0) {
            md += "## Category " + QByteArray::number(n / 200) + "\n";
        }
        md += "- [ ] **Item " + QByteArray::number(n++) +
              "**: check the *rollback* path and the [runbook](https://example.org/runbook) `v2` ~~old~~\n";
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(TemplateImport::fromMarkdown(md, QStringLiteral("large.md")).ok());
    }
    state.SetBytesProcessed(state.iterations() * md.size());
}
BENCHMARK(ImportLargeMarkdown)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
