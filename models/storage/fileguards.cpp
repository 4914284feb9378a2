#include "fileguards.h"

#include "../wholefile.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

} // namespace

// Copies a file that this process holds the exclusive lock on, byte for byte, through a checked whole-file write.
// One backup per format: an identical copy already there is reused, so failed or repeated upgrades do not pile up.
Result<Backup> backupCopy(const QString &path, int version)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error{
            ErrorKind::Io,
            Text::tr("Could not keep a backup of %1 before upgrading it: %2").arg(nativePath(path), in.errorString())};
    }
    const QByteArray bytes = in.readAll();
    QString target = QStringLiteral("%1.schema%2.bak").arg(path, QString::number(version));
    for (int n = 2; QFileInfo::exists(target); ++n) {
        QFile existing(target);
        if (existing.size() == bytes.size() && existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
            return Backup{target, false};
        }
        target = QStringLiteral("%1.schema%2-%3.bak").arg(path, QString::number(version), QString::number(n));
    }
    if (auto written = WholeFile::write(target, bytes); !written) {
        return Error{ErrorKind::Io, Text::tr("Could not keep a backup of %1 before upgrading it: %2")
                                        .arg(nativePath(path), written.error().message)};
    }
    return Backup{target, true};
}

// The newest format whose tables the file holds, whatever its header says: a header that claims an older format
// than the tables is damage, not something to upgrade.
Result<int> formatOfTables(const SqlSession &session)
{
    const QVector<std::pair<int, QString>> markers{
        {4, QStringLiteral("SELECT count(*) FROM pragma_table_info('signoff') WHERE name = 'canonical_form'")},
        {3, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'decision'")},
        {2, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'risk'")},
    };
    for (const auto &[version, sql] : markers) {
        auto q = session.run(sql);
        if (!q) {
            return q.error();
        }
        if (q->next() && q->value(0).toInt() > 0) {
            return version;
        }
    }
    return 1;
}

QString stampNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

Result<SettledJournal> settleJournal(const QString &path)
{
    const sqlite::JournalCheck check = sqlite::checkJournal(path);
    if (!check.hot) {
        return SettledJournal{};
    }
    const QString journal = path + QStringLiteral("-journal");
    const QString stamp = stampNow();
    if (!check.belongs) {
        const QString aside = QStringLiteral("%1.rejected-%2").arg(journal, stamp);
        if (!QFile::rename(journal, aside)) {
            return Error{
                ErrorKind::Io,
                Text::tr("%1 has a journal that is not its own, and it could not be set aside.").arg(nativePath(path))};
        }
        return SettledJournal{
            Text::tr("A journal next to %1 was not this file's own (%2); it was set aside as %3 and not replayed.")
                .arg(nativePath(path), check.reason, nativePath(aside)),
            {},
            {}};
    }
    SettledJournal settled;
    settled.fileBefore = QStringLiteral("%1.before-recovery-%2").arg(path, stamp);
    settled.journalBefore = QStringLiteral("%1.journal-before-recovery-%2").arg(path, stamp);
    for (const auto &[from, to] : {std::pair{path, settled.fileBefore}, std::pair{journal, settled.journalBefore}}) {
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly)) {
            return Error{ErrorKind::Io, Text::tr("%1 cannot be read: %2").arg(nativePath(from), in.errorString())};
        }
        if (auto written = WholeFile::write(to, in.readAll()); !written) {
            return Error{ErrorKind::Io, Text::tr("%1 needs recovery from its journal, but no copy could be kept first: "
                                                 "%2")
                                            .arg(nativePath(path), written.error().message)};
        }
    }
    settled.notice = Text::tr("%1 was being changed when a program stopped; it was restored from its journal. The "
                              "file as it was before is kept as %2.")
                         .arg(nativePath(path), nativePath(settled.fileBefore));
    return settled;
}

Location locationOf(const QString &path)
{
    Location where;
    const QByteArray file = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    struct statvfs vfs
    {
    };
    where.readOnly = ::access(file.constData(), W_OK) != 0 || ::access(folder.constData(), W_OK) != 0 ||
                     (::statvfs(file.constData(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY) != 0);
    struct statfs fs
    {
    };
    if (::statfs(file.constData(), &fs) == 0) {
        switch (static_cast<unsigned long>(fs.f_type)) {
        case 0x6969UL:
            where.networkKind = QStringLiteral("NFS");
            break;
        case 0x517BUL:
        case 0xFF534D42UL:
        case 0xFE534D42UL:
            where.networkKind = QStringLiteral("SMB/CIFS");
            break;
        case 0x65735546UL:
            where.networkKind = QStringLiteral("FUSE (sshfs?)");
            break;
        case 0x01021997UL:
            where.networkKind = QStringLiteral("9p");
            break;
        default:
            break;
        }
    }
    return where;
}

} // namespace gonogo
