// Entry point: decides between the headless command line and the window before any GUI object exists, so that
// --help, --version and every command work without a display.
#include "application.h"
#include "cli.h"
#include "mainwindow.h"
#include "storage/postgres.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

int runCommand(QCoreApplication &app, const QStringList &arguments)
{
    gonogo::installTranslations(app);
    gonogo::Cli::askPasswordsOnTerminal();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = gonogo::Cli(out, err).run(arguments);
    out.flush();
    err.flush();
    return code;
}

QtMessageHandler defaultHandler = nullptr;

void quietHeadless(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    // Printing a name in a script the body font has no tables for (Devanagari in DejaVu Sans): Qt notes it and
    // draws it with the fallback font that has them, which is what the record wants. Not news for the user.
    if (type == QtWarningMsg && message.startsWith(QLatin1String("OpenType support missing for"))) {
        return;
    }
    defaultHandler(type, context, message);
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
    gonogo::describeApplication();
    if (gonogo::Cli::needsGui(arguments)) {
        // Drawing the record needs fonts, but never a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        // A server or container has no session runtime folder, and nothing here needs one: keep Qt's note about
        // it out of the command's output.
        defaultHandler = qInstallMessageHandler(quietHeadless);
        QGuiApplication app(argc, argv);
        return runCommand(app, arguments);
    }
    if (gonogo::Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        return runCommand(app, arguments);
    }
    if (!haveDisplay()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main", "gonogo: no display is available, so the window cannot open. Run it on a desktop, "
                        "set DISPLAY, or use a command such as \"gonogo summary FILE\" (see gonogo --help).")));
        return gonogo::ExitUsage;
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(gonogo::applicationIcon());
    gonogo::installTranslations(app);
    gonogo::MainWindow window;
    QString path = arguments.value(0);
    bool onServer = false;
    if (path.isEmpty()) {
        // Reopen the last decision: a file only if it is still there (a moved file is no reason for an error at
        // start-up); one on a server once the window shows, so a slow or unreachable server, or its password
        // prompt, meets a window rather than nothing.
        const QString last = QSettings().value(QStringLiteral("files/last")).toString();
        onServer = gonogo::pg::isServerAddress(last);
        if (onServer || QFileInfo::exists(last)) {
            path = last;
        }
    }
    if (!path.isEmpty() && !onServer) {
        window.openFile(path);
    }
    window.placeOnScreen();
    window.show();
    if (onServer) {
        QTimer::singleShot(0, &window, [&window, path] { window.openFile(path); });
    }
    return app.exec();
}
