// Exporting the full P020 decision record (145 items, 10 risks, 5 sign-offs with drawn signatures) inside one
// running process, as File > Export does. Reproduce with:
//   QT_QPA_PLATFORM=offscreen build/bench/gonogo_bench_report --benchmark_repetitions=5
#include "benchdata.h"
#include "decisionfile.h"
#include "report/recordreport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace gonogo;

namespace {

QByteArray signaturePng(int seed)
{
    QImage image(420, 120, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setPen(QPen(QColor(0x10, 0x20, 0x60), 3));
    for (int x = 10; x < 400; x += 20) {
        p.drawLine(x, 60 + (x * seed) % 40 - 20, x + 20, 60 - (x * seed) % 30 + 10);
    }
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// A meeting as it ends: most items PASS with evidence, a few gaps, ten risks, a decision and five sign-offs.
ReportInput fullMeeting(const QString &path, int itemCount = 145)
{
    auto file = DecisionFile::create(path, bench::templateFor(itemCount), {}).value();
    QVector<ItemChange> changes;
    const QVector<Item> items = file->items().all().value();
    for (int i = 0; i < items.size(); ++i) {
        ItemChange c;
        c.id = items.at(i).id;
        c.status = i % 29 == 5 && !items.at(i).critical ? Status::Partial : Status::Pass;
        c.owner = QStringLiteral("Owner %1").arg(i % 6);
        c.evidence = QStringLiteral("Report %1, reviewed on 2026-11-2%2 by the owner").arg(i).arg(i % 9);
        changes << c;
    }
    (void)file->items().apply(changes, QStringLiteral("bench"));
    for (int r = 0; r < 10; ++r) {
        RiskDraft d;
        d.title = QStringLiteral("Risk number %1 with a realistic title about an external dependency").arg(r + 1);
        d.likelihood = allLikelihoods[static_cast<std::size_t>(r % 3)];
        d.impact = allImpacts[static_cast<std::size_t>(r % 4)];
        d.owner = QStringLiteral("Owner %1").arg(r);
        d.mitigation = QStringLiteral("Fallback path rehearsed; alert on error rate above 1%");
        auto id = file->risks().add(d, QStringLiteral("bench"));
        RiskChange c;
        c.id = id.value();
        c.state = RiskState::Mitigated;
        (void)file->risks().apply(c, QStringLiteral("bench"));
    }
    auto snap = file->snapshot().value();
    DecisionDraft decision;
    decision.decision = DecisionEngine::assess(snap).decision;
    decision.rationale = QStringLiteral("The meeting reviewed every category and the risk register.");
    (void)file->decisions().record(decision, QStringLiteral("bench"));
    snap = file->snapshot().value();
    for (const Stakeholder &p : snap.stakeholders) {
        SignoffDraft s;
        s.stakeholderId = p.id;
        s.name = QStringLiteral("Signer for %1").arg(p.role);
        s.signaturePng = signaturePng(p.id);
        (void)file->signoffs().sign(s, s.name);
    }
    return ReportInput::from(*file).value();
}

void ExportFullP020Record(benchmark::State &state)
{
    QTemporaryDir dir;
    const ReportInput input = fullMeeting(dir.filePath(QStringLiteral("bench.gonogo")));
    const QString out = dir.filePath(QStringLiteral("record.pdf"));
    int pages = 0;
    for (auto _ : state) {
        pages = RecordReport(input, {}).exportPdf(out).value();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(ExportFullP020Record)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same meeting on a 2,000-item checklist: pages and bytes of the record, and the time to export it.
void ExportLargeRecord(benchmark::State &state)
{
    QTemporaryDir dir;
    const ReportInput input =
        fullMeeting(dir.filePath(QStringLiteral("large.gonogo")), static_cast<int>(state.range(0)));
    const QString out = dir.filePath(QStringLiteral("record.pdf"));
    int pages = 0;
    for (auto _ : state) {
        pages = RecordReport(input, {}).exportPdf(out).value();
    }
    state.counters["pages"] = pages;
    state.counters["bytes"] = static_cast<double>(QFileInfo(out).size());
}
BENCHMARK(ExportLargeRecord)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(3);

// One item whose evidence is a single unbroken word of N KiB (a pasted token or link): wrapping it used to take
// time in the square of its length.
void ExportUnbrokenEvidence(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("word.gonogo"));
    {
        auto file = DecisionFile::create(path, TemplateImport::builtIn(QStringLiteral("p020")).value(), {});
        ItemChange change;
        change.id = QStringLiteral("SEC-01");
        change.evidence = QString(static_cast<int>(state.range(0)) * 1024, QLatin1Char('x'));
        (void)file.value()->items().apply({change}, QStringLiteral("bench"));
    }
    auto file = DecisionFile::open(path);
    const ReportInput input = ReportInput::from(*file.value()).value();
    const QString out = dir.filePath(QStringLiteral("record.pdf"));
    int pages = 0;
    for (auto _ : state) {
        pages = RecordReport(input, {}).exportPdf(out).value();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(ExportUnbrokenEvidence)->Arg(16)->Arg(64)->Arg(128)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
