// What the checklist importers (JSON, CSV, Markdown) share: errors that name the file, line and column, text
// decoding that refuses invalid UTF-8 and NUL, category codes made from names, and the final checks of a template
// (unique IDs, IDs made for items without one). Internal to models/import and checklisttemplate.cpp.
#pragma once

#include "../checklisttemplate.h"

#include <QRegularExpression>
#include <QSet>

namespace gonogo::importing {

Error at(const QString &source, int line, const QString &what);
Error at(const QString &source, int line, int column, const QString &what);
const QRegularExpression &idPattern();
QString categoryCodeFor(const QString &name, const QSet<QString> &taken);
Result<QString> decodeUtf8(const QByteArray &data, const QString &source);
Outcome finish(ChecklistTemplate &t, const QString &source);

} // namespace gonogo::importing
