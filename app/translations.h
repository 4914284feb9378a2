// Installs the UI language: GoNoGo's catalogue and Qt's own, chosen by the "ui/language" setting, else
// GONOGO_LANG, else the system locale. Sets the default QLocale too, so dates and numbers follow.
#pragma once

#include <QString>

class QCoreApplication;

namespace gonogo {

void installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace gonogo
