// kill -9 against a process that keeps writing: after every kill the file must open, pass integrity_check, and
// hold every change the writer acknowledged (plus at most the one in flight).
#include "decisionfile.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killLoop();
};

void TestCrash::killLoop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.gonogo"));
    auto tpl = TemplateImport::builtIn(QStringLiteral("p020"));
    QVERIFY(tpl);
    QStringList ids;
    {
        auto file = DecisionFile::create(path, tpl.value(), {});
        QVERIFY(file);
        const QVector<Item> all = file.value()->items().all().value();
        for (const Item &item : all) {
            ids << item.id;
        }
    }
    QRandomGenerator random(20261127);
    qint64 next = 0; // the index of the next change the writer will make
    constexpr int rounds = 50;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(GONOGO_CRASHWRITER), {path, QString::number(next), QStringLiteral("100000")});
        QVERIFY(writer.waitForStarted());
        const int wanted = 1 + static_cast<int>(random.bounded(25));
        qint64 lastAck = next - 1;
        int acks = 0;
        QByteArray pending;
        while (acks < wanted) {
            if (!writer.canReadLine()) {
                QVERIFY2(writer.waitForReadyRead(30000), writer.readAllStandardError().constData());
                continue;
            }
            const QByteArray line = writer.readLine().trimmed();
            QVERIFY(line.startsWith("ACK "));
            lastAck = line.mid(4).toLongLong();
            ++acks;
        }
        writer.kill(); // SIGKILL, wherever the writer is in its next change
        QVERIFY(writer.waitForFinished());
        // Acknowledgements written before the kill but not yet read count too.
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (line.startsWith("ACK ")) {
                lastAck = line.mid(4).toLongLong();
            }
        }
        auto file = DecisionFile::open(path);
        QVERIFY2(file, qPrintable(file.error().message));
        auto report = file.value()->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        auto items = file.value()->items().all();
        QVERIFY(items);
        QHash<QString, QString> evidence;
        for (const Item &item : items.value()) {
            evidence.insert(item.id, item.evidence);
        }
        // Every acknowledged change is there, unless a later change to the same item replaced it.
        const qint64 inFlight = lastAck + 1;
        for (qint64 i = std::max<qint64>(0, lastAck - ids.size() + 1); i <= lastAck; ++i) {
            const QString &id = ids.at(static_cast<int>(i % ids.size()));
            const QString onDisk = evidence.value(id);
            const QString acked = QStringLiteral("write-%1").arg(i);
            const QString flight = QStringLiteral("write-%1").arg(inFlight);
            const bool replacedByFlight = (inFlight % ids.size()) == (i % ids.size());
            QVERIFY2(onDisk == acked || (replacedByFlight && onDisk == flight),
                     qPrintable(
                         QStringLiteral("round %1: %2 has \"%3\", expected \"%4\"").arg(round).arg(id, onDisk, acked)));
        }
        // The audit log has exactly one status and one evidence row per committed change.
        auto entries = file.value()->audit().entries();
        QVERIFY(entries);
        qint64 evidenceRows = 0;
        for (const AuditEntry &e : entries.value()) {
            evidenceRows += e.field == QLatin1String("evidence") ? 1 : 0;
        }
        QVERIFY2(evidenceRows == lastAck + 1 || evidenceRows == lastAck + 2,
                 qPrintable(QStringLiteral("%1 evidence rows after ack %2").arg(evidenceRows).arg(lastAck)));
        next = evidenceRows; // continue after whatever committed
    }
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
