// Helpers for the tests that drive real windows.
#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>

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

} // namespace testsupport
