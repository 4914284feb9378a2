// Helpers for the tests that drive real windows.
#pragma once

#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <initializer_list>

namespace testsupport {

// Runs ACT on the modal dialog of type DIALOG as soon as it is open (a key or a button opens it and exec() blocks
// the caller). A button's mnemonic clicks it a moment after the key (QAbstractButton::animateClick), so the dialog
// is looked for until it comes.
template <typename Dialog, typename Act> void onDialog(QObject *context, Act act)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

struct OffscreenScreen
{
    const char *name;
    int x;
    int width;
    int height;
};

// Before the QApplication: the offscreen platform with SCREENS side by side at 96 dpi, through its configuration
// file written in DIR (which must outlive the application). False if the file cannot be written.
inline bool useOffscreenScreens(const QTemporaryDir &dir, std::initializer_list<OffscreenScreen> screens)
{
    QJsonArray list;
    for (const OffscreenScreen &s : screens) {
        list.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(s.name)},
                                {QStringLiteral("x"), s.x},
                                {QStringLiteral("y"), 0},
                                {QStringLiteral("width"), s.width},
                                {QStringLiteral("height"), s.height},
                                {QStringLiteral("logicalDpi"), 96},
                                {QStringLiteral("logicalBaseDpi"), 96},
                                {QStringLiteral("dpr"), 1}});
    }
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), list}}).toJson()) < 0) {
        return false;
    }
    f.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toUtf8());
    return true;
}

// The main() of a window test: SCREENS on the offscreen platform, DejaVu Sans 10, the test's own settings
// (organisation GoNoGoTest, application NAME), the English catalogue when TRANSLATED, then TEST's slots.
template <typename Test>
int runWindowTest(int argc, char *argv[], const char *name, std::initializer_list<OffscreenScreen> screens,
                  bool translated = true)
{
    QTemporaryDir dir;
    if (!useOffscreenScreens(dir, screens)) {
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    if (translated) {
        gonogo::installTranslations(app, QStringLiteral("en"));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("GoNoGoTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace testsupport
