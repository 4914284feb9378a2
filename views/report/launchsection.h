// The record's later editions: the launch after the decision (its runbook as it ran, go-live, and an abort or
// rollback on its trigger), with its own fingerprint bound to the decision's; then what followed go-live, with the
// STABLE declaration's fingerprint bound to the launch's. Internal to report/.
#pragma once

#include "reportcontent.h"

#include <functional>

namespace gonogo::report {

// Appends the launch section when the launch has started; AT prints a moment as the rest of the record does.
void appendLaunchSection(Content &content, const ReportInput &input,
                         const std::function<QString(const QDateTime &)> &at);
// Appends the edition after go-live (afterlaunchsection.cpp): monitoring, the reviews, the conditions' follow-up and
// the STABLE declaration with its sign-offs and fingerprint, once the launch has gone live.
void appendAfterLaunchSection(Content &content, const ReportInput &input,
                              const std::function<QString(const QDateTime &)> &at);

} // namespace gonogo::report
