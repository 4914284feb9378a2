// What the printed record says, gathered in one go from an open file or the window's document: the snapshot, the
// engine's assessment, the fingerprints, the audit chain head, where the record stands, and what verification
// found. The report reads nothing else, and nothing from storage itself.
#pragma once

#include "changes.h"
#include "engine.h"
#include "launchrun.h"
#include "monitoring.h"
#include "record.h"
#include "result.h"
#include "reviews.h"
#include "storage/auditlog.h"

namespace gonogo {

class DecisionFile;
class DecisionDocument;

// Everything the record prints, gathered in one go.
struct ReportInput
{
    Snapshot snapshot;
    Assessment assessment;
    Fingerprints fingerprints;
    AuditHead auditHead;
    RecordProgress progress;
    QStringList integrityProblems; // what gonogo verify finds; a record with any is never printed as FINAL
    // The audit rows from the first sign-off on, oldest first: the record says which change made a sign-off stale.
    QVector<AuditEntry> auditSinceSignoffs;
    // After the decision: the launch, printed as a later section once it has started; after go-live, the monitoring,
    // the reviews, the conditions' follow-up and the STABLE sign-off, printed as the edition after it.
    LaunchRun launch;
    Monitoring monitoring;
    Reviews reviews;

    static Result<ReportInput> from(const DecisionFile &file);
    static Result<ReportInput> from(const DecisionDocument &document);
};

} // namespace gonogo
