// The record's Meeting section: the agenda with planned and actual times, and the roll-call poll with its tally
// beside the recommendation. Internal to report/.
#pragma once

#include "reportcontent.h"

#include <functional>

namespace gonogo::report {

// AT prints a moment the way the rest of the record does (UTC, and the meeting's zone when it has one).
void appendMeetingSection(Content &content, const ReportInput &input, const QDateTime &generatedAt,
                          const std::function<QString(const QDateTime &)> &at);

} // namespace gonogo::report
