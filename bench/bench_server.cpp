// Team mode on a PostgreSQL server on this machine (loopback): what a person feels, and what many writers do to
// one decision. Without an address, a throw-away server is started (scripts/pg-test-server.sh) and stopped after.
//   1. a status change's round trip in a window (DecisionDocument::setStatus, commit included): median, p99;
//   2. the time for that change to reach a second window (LISTEN/NOTIFY, then the refresh): median, p99;
//   3. 20 writers, each with its own connection, changing 10 items of one decision for 30 s; every change is based
//      on the item as the writer read it (compare-and-set). Reported: changes made, changes refused as stale
//      (correct: the writer had not seen the latest), deadlocks, other errors, and lost updates, counted from the
//      audit log: a change whose old value is not what its writer saw (its actor says what it saw), or not the
//      previous change's new value.
// Reproduce: build/bench/gonogo_bench_server [postgresql://USER@HOST:PORT/DB] [SECONDS]
#include "checklisttemplate.h"
#include "decisiondocument.h"
#include "decisionfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace gonogo;

namespace {

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty()) {
        return {};
    }
    return {ms.at(ms.size() / 2), ms.at(std::min(ms.size() - 1, ms.size() * 99 / 100))};
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(120000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAll());
}

struct WriterCounts
{
    int made = 0;
    int stale = 0;
    int deadlocks = 0;
    int other = 0;
    QString firstOther;
};

// One writer: its own connection, for SECONDS, random status changes on ITEMS, each based on what it just read.
WriterCounts write(const QString &address, const QStringList &items, int seconds, int seed)
{
    WriterCounts counts;
    static QMutex opening; // the writers connect one at a time, then write all at once
    opening.lock();
    auto file = DecisionFile::open(address);
    opening.unlock();
    if (!file) {
        counts.other = 1;
        counts.firstOther = file.error().message;
        return counts;
    }
    QRandomGenerator random(static_cast<quint32>(seed));
    const Status statuses[] = {Status::Pass, Status::Partial, Status::Fail, Status::Pending};
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000) {
        const QString id = items.at(random.bounded(static_cast<int>(items.size())));
        auto seen = file.value()->items().find(id);
        if (!seen) {
            ++counts.other;
            continue;
        }
        Status next = statuses[random.bounded(4)];
        if (next == seen->status) {
            next = statuses[(static_cast<int>(next) + 1) % 4];
        }
        ItemChange change;
        change.id = id;
        change.status = next;
        change.basedOn = seen->changedAt;
        // The actor says what the writer saw, so that the log shows whether it overwrote something else.
        auto done = file.value()->items().apply({change},
                                                QStringLiteral("writer %1 saw %2").arg(seed).arg(toCode(seen->status)));
        if (done) {
            ++counts.made;
        } else if (done.error().message.contains(QLatin1String("deadlock"))) {
            ++counts.deadlocks;
        } else if (done.error().kind == ErrorKind::InUse) {
            ++counts.stale;
        } else {
            if (counts.firstOther.isEmpty()) {
                counts.firstOther = done.error().message;
            }
            ++counts.other;
        }
    }
    return counts;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QString server = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int seconds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 30;
    QTemporaryDir state;
    const QString script = QStringLiteral(GONOGO_SOURCE_DIR "/scripts/pg-test-server.sh");
    if (server.isEmpty()) {
        if (const QString failed = run(QStringLiteral("bash"), {script, QStringLiteral("start"), state.path()});
            !failed.isEmpty()) {
            std::fprintf(stderr, "could not start a server: %s\n", qPrintable(failed));
            return 1;
        }
        QFile address(state.filePath(QStringLiteral("address")));
        QFile password(state.filePath(QStringLiteral("password")));
        if (!address.open(QIODevice::ReadOnly) || !password.open(QIODevice::ReadOnly)) {
            return 1;
        }
        server = QString::fromUtf8(address.readAll()).trimmed();
        qputenv("PGPASSWORD", password.readAll().trimmed());
    }
    const auto stop = [&] {
        if (state.isValid() && QFile::exists(state.filePath(QStringLiteral("address")))) {
            run(QStringLiteral("bash"), {script, QStringLiteral("stop"), state.path()});
        }
    };
    if (auto init = DecisionFile::initServer(server); !init) {
        std::fprintf(stderr, "%s\n", qPrintable(init.error().message));
        stop();
        return 1;
    }
    const QString address =
        server + QStringLiteral("?decision=bench-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    auto checklist = TemplateImport::builtIn(QStringLiteral("p020"), QStringLiteral("en"));
    if (!checklist || !DecisionDocument::create(address, checklist.value(), {})) {
        std::fprintf(stderr, "could not create %s\n", qPrintable(address));
        stop();
        return 1;
    }
    auto a = DecisionDocument::open(address, QStringLiteral("window A"));
    auto b = DecisionDocument::open(address, QStringLiteral("window B"));
    if (!a || !b) {
        stop();
        return 1;
    }
    const QVector<Item> items = a.value()->snapshot().items; // a copy: the windows close before the writers start

    // 1 and 2: A changes an item; the round trip is the call, the propagation is until B has shown it.
    std::vector<double> roundTrip;
    std::vector<double> propagation;
    QElapsedTimer t;
    for (int i = 0; i < 300; ++i) {
        const QString id = items.at(i % items.size()).id;
        const Status next = a.value()->item(id)->status == Status::Fail ? Status::Pass : Status::Fail;
        bool arrived = false;
        QEventLoop loop;
        const auto c =
            QObject::connect(b.value().get(), &DecisionDocument::itemsChanged, &loop, [&](const QStringList &ids) {
                if (ids.contains(id)) {
                    arrived = true;
                    loop.quit();
                }
            });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        t.start();
        a.value()->setStatus({id}, next);
        roundTrip.push_back(t.nsecsElapsed() / 1e6);
        if (!arrived) {
            loop.exec();
        }
        propagation.push_back(arrived ? t.nsecsElapsed() / 1e6 : 5000.0);
        QObject::disconnect(c);
    }
    const Stats rt = stats(roundTrip);
    const Stats pr = stats(propagation);
    std::printf("status change round trip (window, commit included): median %.2f ms, p99 %.2f ms (%zu changes)\n",
                rt.median, rt.p99, roundTrip.size());
    std::printf("change reaching a second window: median %.2f ms, p99 %.2f ms\n", pr.median, pr.p99);
    b.value().reset();
    a.value().reset();

    // 3: twenty writers on ten items for SECONDS.
    QStringList contended;
    for (int i = 0; i < 10; ++i) {
        contended << items.at(i).id;
    }
    const int writers = 20;
    std::vector<WriterCounts> counts(writers);
    std::vector<QThread *> threads;
    for (int w = 0; w < writers; ++w) {
        threads.push_back(QThread::create([&, w] { counts[w] = write(address, contended, seconds, w + 1); }));
        threads.back()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    WriterCounts total;
    for (const WriterCounts &c : counts) {
        total.made += c.made;
        total.stale += c.stale;
        total.deadlocks += c.deadlocks;
        total.other += c.other;
        if (total.firstOther.isEmpty()) {
            total.firstOther = c.firstOther;
        }
    }
    // Lost updates, from the log: per item, each status change must start from the previous one's result.
    auto check = DecisionFile::open(address);
    int lost = 0;
    int logged = 0;
    bool verified = false;
    if (check) {
        auto entries = check.value()->audit().entries();
        QHash<QString, QString> last;
        for (const AuditEntry &e : entries.value()) {
            if (e.field != QLatin1String("status") || !e.entity.startsWith(QLatin1String("item:")) ||
                !contended.contains(e.entity.mid(5))) {
                continue;
            }
            const QString before = last.value(e.entity, QStringLiteral("PENDING"));
            if (e.actor.startsWith(QLatin1String("writer"))) {
                ++logged;
                // Lost: the change replaced a value its writer had not seen, or broke the item's chain of values.
                const QString saw = e.actor.section(QLatin1Char(' '), -1);
                if (e.oldValue.toString() != saw || e.oldValue.toString() != before) {
                    ++lost;
                }
            }
            last.insert(e.entity, e.newValue.toString());
        }
        auto report = check.value()->verify();
        verified = report && report->ok();
    }
    std::printf("%d writers on %lld items for %d s: %d changes made (%.0f/s), %d refused as stale, %d deadlocks, %d "
                "other errors, %d lost updates (%d status changes in the log); verify %s\n",
                writers, static_cast<long long>(contended.size()), seconds, total.made, total.made / double(seconds),
                total.stale, total.deadlocks, total.other, lost, logged, verified ? "passes" : "FAILS");
    if (!total.firstOther.isEmpty()) {
        std::printf("first other error: %s\n", qPrintable(total.firstOther));
    }
    check.value().reset();
    stop();
    return lost == 0 && total.deadlocks == 0 && logged == total.made && verified ? 0 : 1;
}
