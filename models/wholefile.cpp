#include "wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

Error ioError(const QString &path, int error)
{
    return {ErrorKind::Io,
            Text::tr("Cannot write %1: %2").arg(nativePath(path), QString::fromLocal8Bit(std::strerror(error)))};
}

} // namespace

Outcome WholeFile::checkTarget(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT) {
            return Done{};
        }
        return ioError(path, errno);
    }
    if (S_ISLNK(st.st_mode)) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1 is a symbolic link; name the file itself, so that nothing else is overwritten.")
                         .arg(nativePath(path))};
    }
    if (!S_ISREG(st.st_mode)) {
        return Error{
            ErrorKind::InvalidInput,
            Text::tr("%1 is not a regular file (a folder, device or pipe); choose a file name.").arg(nativePath(path))};
    }
    return Done{};
}

QString WholeFile::temporaryPrefix(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.writing-").arg(info.fileName()));
}

Outcome WholeFile::syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return ioError(folder, errno);
    }
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems cannot sync a folder (EINVAL); what was written is still in place.
    if (synced != 0 && error != EINVAL) {
        return ioError(folder, error);
    }
    return Done{};
}

int WholeFile::sweepLeftovers(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = QFileInfo(temporaryPrefix(target)).fileName();
    const QDir folder = info.absoluteDir();
    const QString journal = QStringLiteral("-journal");
    // Releases before 0.2 built a new file as .NAME.<id>.creating.
    const QString legacyPrefix = QLatin1Char('.') + info.fileName() + QLatin1Char('.');
    int removed = 0;
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const bool legacy = name.startsWith(legacyPrefix) && (name.endsWith(QLatin1String(".creating")) ||
                                                              name.endsWith(QLatin1String(".creating-journal")));
        if (!name.startsWith(prefix) && !legacy) {
            continue;
        }
        // A journal goes with its temporary: it is a leftover when the temporary is one, or is gone.
        const QString owner = name.endsWith(journal) ? name.chopped(journal.size()) : name;
        const QByteArray ownerPath = QFile::encodeName(folder.filePath(owner));
        const int fd = ::open(ownerPath.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        bool held = false;
        if (fd >= 0) {
            held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
            ::close(fd);
        } else if (errno != ENOENT) {
            continue; // cannot tell: leave it
        }
        if (!held && QFile::remove(folder.filePath(name))) {
            ++removed;
        }
    }
    return removed;
}

Result<std::unique_ptr<HeldTemporary>> HeldTemporary::create(const QString &target)
{
    WholeFile::sweepLeftovers(target);
    const QString path = WholeFile::temporaryPrefix(target) + QUuid::createUuid().toString(QUuid::Id128);
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        return ioError(target, errno);
    }
    if (::flock(fd, LOCK_EX) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(QFile::encodeName(path).constData());
        return ioError(target, error);
    }
    return std::unique_ptr<HeldTemporary>(new HeldTemporary(path, fd));
}

HeldTemporary::~HeldTemporary()
{
    if (!m_placed) {
        ::unlink(QFile::encodeName(m_path).constData());
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

Outcome HeldTemporary::placeAs(const QString &target)
{
    if (::fsync(m_fd) != 0) {
        return ioError(target, errno);
    }
    // close() can report a deferred write error (network file systems do); a duplicate keeps the lock, which
    // belongs to the open file, until the temporary has its name.
    const int keeper = ::dup(m_fd);
    if (keeper < 0) {
        return ioError(target, errno);
    }
    const int closed = ::close(m_fd);
    m_fd = keeper;
    if (closed != 0) {
        return ioError(target, errno);
    }
    // Checked again just before the rename: the target must still not have become a link or a device.
    if (auto ok = WholeFile::checkTarget(target); !ok) {
        return ok;
    }
    if (::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(target).constData()) != 0) {
        return ioError(target, errno);
    }
    m_placed = true;
    return WholeFile::syncFolder(QFileInfo(target).absolutePath());
}

Outcome WholeFile::write(const QString &path, const QByteArray &bytes)
{
    if (auto ok = checkTarget(path); !ok) {
        return ok;
    }
    auto temporary = HeldTemporary::create(path);
    if (!temporary) {
        return temporary.error();
    }
    const int fd = temporary.value()->fd();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return ioError(path, errno);
        }
        done += n;
    }
    return temporary.value()->placeAs(path);
}

} // namespace gonogo
