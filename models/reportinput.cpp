#include "reportinput.h"

#include "decisiondocument.h"
#include "decisionfile.h"

namespace gonogo {

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
    return in;
}

} // namespace gonogo
