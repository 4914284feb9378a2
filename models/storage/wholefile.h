// Writing a whole file (a PDF record, a backup, an export) so that it is either all there or not changed at all:
// bytes go to a temporary file in the same folder, every write, the flush to disk and the close are checked, the
// temporary is renamed over the target and the folder is synced. A target that is a symbolic link, a device, a
// folder or any other special file is refused, so a write can never land somewhere the user did not name. Never
// writes anywhere but the named file and its temporary.
#pragma once

#include "../result.h"

#include <QByteArray>
#include <QString>

namespace gonogo {

class WholeFile
{
public:
    // Refuses a target that is not a regular file (or absent), or is a link; names the file and the reason.
    static Outcome checkTarget(const QString &path);
    static Outcome write(const QString &path, const QByteArray &bytes);
    // Makes a rename or a new file in this folder durable.
    static Outcome syncFolder(const QString &folder);
    // The prefix of the temporaries write() makes next to TARGET, for cleaning up after a crash.
    static QString temporaryPrefix(const QString &target);
};

} // namespace gonogo
