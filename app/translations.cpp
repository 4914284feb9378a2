#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gonogo {

void installTranslations(QCoreApplication &app, const QString &requested)
{
    QString language = requested;
    if (language.isEmpty()) {
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    }
    if (language.isEmpty()) {
        language = qEnvironmentVariable("GONOGO_LANG");
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("gonogo"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
    } else {
        // English is the source language, but its catalogue carries the plural forms.
        if (ours->load(QStringLiteral(":/i18n/gonogo_en.qm"))) {
            QCoreApplication::installTranslator(ours);
        }
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(locale);
}

} // namespace gonogo
