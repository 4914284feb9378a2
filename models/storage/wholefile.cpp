#include "wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error ioError(const QString &path, int error)
{
    return {ErrorKind::Io,
            Text::tr("Cannot write %1: %2").arg(native(path), QString::fromLocal8Bit(std::strerror(error)))};
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
                         .arg(native(path))};
    }
    if (!S_ISREG(st.st_mode)) {
        return Error{
            ErrorKind::InvalidInput,
            Text::tr("%1 is not a regular file (a folder, device or pipe); choose a file name.").arg(native(path))};
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

Outcome WholeFile::write(const QString &path, const QByteArray &bytes)
{
    if (auto ok = checkTarget(path); !ok) {
        return ok;
    }
    const QFileInfo info(path);
    const QString temporary = temporaryPrefix(path) + QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray tmp = QFile::encodeName(temporary);
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        return ioError(path, errno);
    }
    auto fail = [&](int error) -> Outcome {
        ::close(fd);
        ::unlink(tmp.constData());
        return ioError(path, error);
    };
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail(errno);
        }
        done += n;
    }
    if (::fsync(fd) != 0) {
        return fail(errno);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tmp.constData());
        return ioError(path, error);
    }
    // Checked again just before the rename: the target must still not have become a link or a device.
    if (auto ok = checkTarget(path); !ok) {
        ::unlink(tmp.constData());
        return ok;
    }
    if (::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        ::unlink(tmp.constData());
        return ioError(path, error);
    }
    return syncFolder(info.absolutePath());
}

} // namespace gonogo
