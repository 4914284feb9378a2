// Writing a whole file (a PDF record, a backup, an export) so that it is either all there or not changed at all:
// bytes go to a temporary file in the same folder, every write, the flush to disk and the close are checked, the
// temporary is renamed over the target and the folder is synced. A target that is a symbolic link, a device, a
// folder or any other special file is refused, so a write can never land somewhere the user did not name. Never
// writes anywhere but the named file and its temporary.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace gonogo {

// A temporary file next to a target, named after it (.NAME.writing-<id>), created exclusively and held with an
// flock for as long as this object lives: a later write to the same name sweeps away the temporaries of writes
// that were killed, and can tell them from one still running in another process, which holds its lock.
// Removed when destroyed unless it was renamed into place (placed()).
class HeldTemporary
{
public:
    static Result<std::unique_ptr<HeldTemporary>> create(const QString &target);
    ~HeldTemporary();
    HeldTemporary(const HeldTemporary &) = delete;
    HeldTemporary &operator=(const HeldTemporary &) = delete;

    int fd() const { return m_fd; }
    const QString &path() const { return m_path; }
    // fsync, close, check the target again, rename over it and sync the folder; every result checked.
    Outcome placeAs(const QString &target);

private:
    HeldTemporary(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    QString m_path;
    int m_fd = -1;
    bool m_placed = false;
};

class WholeFile
{
public:
    // Refuses a target that is not a regular file (or absent), or is a link; names the file and the reason.
    static Outcome checkTarget(const QString &path);
    static Outcome write(const QString &path, const QByteArray &bytes);
    // Makes a rename or a new file in this folder durable.
    static Outcome syncFolder(const QString &folder);
    // The prefix of the temporaries made next to TARGET (see HeldTemporary).
    static QString temporaryPrefix(const QString &target);
    // Removes what killed writes to TARGET left behind: its temporaries (and their SQLite journals) that no
    // process holds. Returns how many were removed.
    static int sweepLeftovers(const QString &target);
};

} // namespace gonogo
