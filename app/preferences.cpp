#include "preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace gonogo::preferences {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Preferences)
};

} // namespace

QVariant value(const QString &key, const QVariant &fallback)
{
    return QSettings().value(key, fallback);
}

Outcome store(std::initializer_list<std::pair<QString, QVariant>> values)
{
    // The user's own file, without the organisation-wide and system fallbacks: with them, status() reports an
    // AccessError for the system files that were only read, whether or not the user's file was written.
    QSettings settings(QSettings().fileName(), QSettings::IniFormat);
    for (const auto &[key, v] : values) {
        if (v.isValid()) {
            settings.setValue(key, v);
        } else {
            settings.remove(key);
        }
    }
    settings.sync();
    switch (settings.status()) {
    case QSettings::NoError:
        return Done{};
    case QSettings::FormatError:
        return Error{ErrorKind::Damaged,
                     Text::tr("Your preferences were not saved: %1 is damaged; remove it to start afresh.")
                         .arg(QDir::toNativeSeparators(settings.fileName()))};
    case QSettings::AccessError:
        break;
    }
    return Error{ErrorKind::Io, Text::tr("Your preferences could not be saved to %1 (no permission, or the disk is "
                                         "full); they apply until GoNoGo is closed.")
                                    .arg(QDir::toNativeSeparators(settings.fileName()))};
}

} // namespace gonogo::preferences
