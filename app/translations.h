// Installs the UI language: GoNoGo's catalogue and Qt's own, chosen by the "ui/language" setting, else
// GONOGO_LANG, else the system locale. Sets the default QLocale too, so dates and numbers follow. Called again
// (Preferences), it replaces the catalogues in use, and Qt sends every widget a QEvent::LanguageChange.
#pragma once

#include <QString>

class QCoreApplication;

namespace gonogo {

void installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace gonogo
