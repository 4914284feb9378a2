// The record's later edition: the launch after the decision (its runbook as it ran, go-live, and an abort or
// rollback on its trigger), with its own fingerprint bound to the decision's. Internal to report/.
#pragma once

#include "reportcontent.h"

#include <functional>

namespace gonogo::report {

// Appends the launch section when the launch has started; AT prints a moment as the rest of the record does.
void appendLaunchSection(Content &content, const ReportInput &input,
                         const std::function<QString(const QDateTime &)> &at);

} // namespace gonogo::report
