// The command line's JSON: one shape per kind of thing (an item, a risk, the summary), written in one way.
// The field names are a contract with scripts (docs/cli.md): add fields, never rename them.
#pragma once

#include "engine.h"

#include <QJsonArray>
#include <QJsonObject>

class QTextStream;

namespace gonogo::cli {

QJsonObject itemJson(const Item &item);
QJsonObject riskJson(const Risk &risk, const RiskMatrix &matrix);
QJsonObject summaryJson(const Snapshot &s, const Assessment &a);

// Indented, UTF-8, one document per command.
void writeJson(QTextStream &out, const QJsonObject &object);
void writeJson(QTextStream &out, const QJsonArray &array);

} // namespace gonogo::cli
