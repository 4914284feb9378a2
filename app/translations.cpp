#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace gonogo {

namespace {

// The catalogues in use, so that choosing another language replaces them instead of stacking a second pair.
QPointer<QTranslator> &ours()
{
    static QPointer<QTranslator> t;
    return t;
}

QPointer<QTranslator> &qts()
{
    static QPointer<QTranslator> t;
    return t;
}

void drop(QPointer<QTranslator> &t)
{
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

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
    // The default locale first: the widgets that lay themselves out again on LanguageChange read dates and
    // numbers in the new language.
    QLocale::setDefault(locale);
    drop(ours());
    drop(qts());
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("gonogo"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        // English is the source language, but its catalogue carries the plural forms.
        own->load(QStringLiteral(":/i18n/gonogo_en.qm"))) {
        QCoreApplication::installTranslator(own);
        ours() = own;
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qts() = qt;
    } else {
        delete qt;
    }
}

} // namespace gonogo
