#include "reportinput.h"

#include "decisiondocument.h"
#include "decisionfile.h"

#include <algorithm>

namespace gonogo {

namespace {

// The audit chain position just before the first sign-off, or -1 when nobody has signed.
qint64 beforeFirstSignoff(const Snapshot &s)
{
    qint64 first = -1;
    for (const Signoff &so : s.signoffs) {
        first = first < 0 ? so.auditSeq : std::min(first, so.auditSeq);
    }
    return first;
}

} // namespace

Result<ReportInput> ReportInput::from(const DecisionFile &file)
{
    auto snapshot = file.snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    auto head = file.audit().head();
    if (!head) {
        return head.error();
    }
    auto verified = file.verify();
    if (!verified) {
        return verified.error();
    }
    ReportInput in;
    in.snapshot = snapshot.value();
    in.assessment = DecisionEngine::assess(in.snapshot);
    in.fingerprints = Record::fingerprints(in.snapshot);
    in.auditHead = head.value();
    in.progress = recordProgress(in.snapshot, in.fingerprints);
    in.integrityProblems = verified->problems;
    if (const qint64 after = beforeFirstSignoff(in.snapshot); after >= 0) {
        auto entries = file.audit().entries(after);
        if (!entries) {
            return entries.error();
        }
        in.auditSinceSignoffs = entries.value();
    }
    auto launch = file.launch().load();
    if (!launch) {
        return launch.error();
    }
    in.launch = launch.value();
    auto monitoring = file.monitoring().load();
    if (!monitoring) {
        return monitoring.error();
    }
    in.monitoring = monitoring.value();
    auto reviews = file.reviews().load();
    if (!reviews) {
        return reviews.error();
    }
    in.reviews = reviews.value();
    return in;
}

Result<ReportInput> ReportInput::from(const DecisionDocument &document)
{
    auto head = document.auditHead();
    if (!head) {
        return head.error();
    }
    auto verified = document.verify();
    if (!verified) {
        return verified.error();
    }
    ReportInput in;
    in.snapshot = document.snapshot();
    in.assessment = document.assessment();
    in.fingerprints = document.fingerprints();
    in.auditHead = head.value();
    in.progress = document.progress();
    in.integrityProblems = verified->problems;
    if (const qint64 after = beforeFirstSignoff(in.snapshot); after >= 0) {
        auto entries = document.auditEntries(after);
        if (!entries) {
            return entries.error();
        }
        in.auditSinceSignoffs = entries.value();
    }
    in.launch = document.launchRun();
    in.monitoring = document.monitoring();
    in.reviews = document.reviews();
    return in;
}

} // namespace gonogo
