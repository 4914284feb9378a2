#include "application.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QSvgRenderer>

namespace gonogo {

void describeApplication()
{
    QCoreApplication::setOrganizationName(applicationId());
    QCoreApplication::setOrganizationDomain(QStringLiteral("gonogo.org"));
    QCoreApplication::setApplicationName(QStringLiteral("GoNoGo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONOGO_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("GoNoGo"));
    QGuiApplication::setDesktopFileName(applicationId());

    // Before 0.1.0 the preferences lived under the organisation "GoNoGo": recent files, zoom and the page size
    // are worth carrying over. Never over preferences already in the new place.
    const QString now = QSettings().fileName();
    const QString before = QFileInfo(QFileInfo(now).dir(), QStringLiteral("../GoNoGo/GoNoGo.conf")).absoluteFilePath();
    if (!QFileInfo::exists(now) && QFileInfo::exists(before)) {
        QDir().mkpath(QFileInfo(now).absolutePath());
        QFile::copy(before, now);
    }
}

QIcon applicationIcon()
{
    QSvgRenderer svg(QStringLiteral(":/icons/org.gonogo.GoNoGo.svg"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace gonogo
