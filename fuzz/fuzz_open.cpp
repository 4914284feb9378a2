// libFuzzer target for opening a decision file: any bytes on disk must open, or be refused with a message, and a
// file that opens must read, verify and compute its fingerprint without crashing. The input file is left as it
// was when it is refused.
#include "record.h"
#include "decisionfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace gonogo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.gonogo"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("fuzz.gonogo.*")}, QDir::Files)) {
        QFile::remove(dir.filePath(name));
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return 0;
        }
    }
    auto file = DecisionFile::open(path);
    if (!file) {
        if (file.error().message.isEmpty()) {
            __builtin_trap(); // a refusal always says why
        }
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll() != bytes) {
            __builtin_trap(); // a refused file is left byte for byte as it was
        }
        return 0;
    }
    auto snapshot = file.value()->snapshot();
    if (snapshot) {
        (void)Record::fingerprints(snapshot.value());
    }
    (void)file.value()->verify();
    return 0;
}
