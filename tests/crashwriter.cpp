// Test helper: writes to a decision file without pause and prints "ACK <n>" after each change has been
// committed, so that a test can kill it at any moment and check what survived.
#include "decisionfile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace gonogo;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: crashwriter FILE FIRST COUNT\n");
        return 2;
    }
    auto file = DecisionFile::open(args.at(1));
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
        return 3;
    }
    auto items = file.value()->items().all();
    if (!items || items->isEmpty()) {
        return 4;
    }
    const qint64 first = args.at(2).toLongLong();
    const qint64 count = args.at(3).toLongLong();
    const auto n = items->size();
    for (qint64 i = first; i < first + count; ++i) {
        ItemChange change;
        change.id = items->at(static_cast<int>(i % n)).id;
        change.evidence = QStringLiteral("write-%1").arg(i);
        change.status = allStatuses[static_cast<std::size_t>(i % 4)];
        auto done = file.value()->items().apply({change}, QStringLiteral("crashwriter"));
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 5;
        }
        std::printf("ACK %lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
    return 0;
}
