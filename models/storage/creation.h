// Shared by the two homes of a decision (a file: decisionfile.cpp; a server: decisionserver.cpp): the schema
// history's steps that need code, filling a new decision, and connection names.
#pragma once

#include "../checklisttemplate.h"
#include "../decisionfile.h"
#include "migrations.h"

namespace gonogo::storage {

Migrations::Step migrationSteps(const SqlSession &session);
Outcome fillNew(const SqlSession &session, const ChecklistTemplate &checklist, const CreateOptions &options);
QString newConnectionName();
// The decision's tables in the order the schema history creates them (referenced tables first).
QStringList tablesInOrder();
// Copies every row of every table from one decision to another whose schema is at the same format and holds no
// decision yet (the rows the schema history seeds are replaced); one transaction on the target, all or nothing.
Outcome copyRows(const SqlSession &from, const SqlSession &to);

} // namespace gonogo::storage
