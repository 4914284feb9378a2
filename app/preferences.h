// The user's preferences (page size, recent files, the last file): kept by QSettings, and every write is synced
// and checked, so that a preference that did not reach the disk is reported instead of silently forgotten.
#pragma once

#include "result.h"

#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace gonogo::preferences {

QVariant value(const QString &key, const QVariant &fallback = {});
// Sets every KEY to its value (an invalid QVariant removes the key) and syncs; names the file on failure.
Outcome store(std::initializer_list<std::pair<QString, QVariant>> values);

} // namespace gonogo::preferences
