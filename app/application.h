// Who the program is to the desktop: the reverse-DNS application ID that names its desktop file, icon, AppStream
// metainfo, MIME type and preferences folder, and the names and version Qt reports.
#pragma once

#include <QIcon>
#include <QString>

namespace gonogo {

inline const QString &applicationId()
{
    static const QString id = QStringLiteral("org.gonogo.GoNoGo");
    return id;
}

// Sets the application's names and version; call before any QSettings or application object is made. Moves the
// preferences written before the application ID was used (~/.config/GoNoGo/GoNoGo.conf) to their new place once.
void describeApplication();

// The icon (resources/desktop/org.gonogo.GoNoGo.svg), drawn at the sizes window managers ask for.
QIcon applicationIcon();

} // namespace gonogo
