// Entry point: decides between the headless command line and the window before any GUI object exists, so that
// --help, --version and every command work without a display.
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

// The UI language: the "ui/language" setting if set, else GONOGO_LANG, else the system locale.
void installTranslations(QCoreApplication &app)
{
    QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (language.isEmpty()) {
        language = qEnvironmentVariable("GONOGO_LANG");
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("gonogo"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(locale);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GoNoGo"));
    QCoreApplication::setApplicationName(QStringLiteral("GoNoGo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONOGO_VERSION));
}

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    describeApplication();
    if (gonogo::Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = gonogo::Cli(out, err).run(arguments);
        out.flush();
        err.flush();
        return code;
    }
    if (!haveDisplay()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "gonogo: no display is available, so the window cannot open. Run it on a desktop, "
                                 "set DISPLAY, or use a command such as \"gonogo summary FILE\" (see gonogo --help).")));
        return gonogo::ExitUsage;
    }
    QApplication app(argc, argv);
    installTranslations(app);
    gonogo::MainWindow window;
    QString path = arguments.value(0);
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("files/last")).toString();
    }
    if (!path.isEmpty()) {
        window.openFile(path);
    }
    window.show();
    return app.exec();
}
