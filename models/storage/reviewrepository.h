// The reviews after go-live and the follow-up of the decision's conditions, in the file. Each write is one
// transaction with its audit rows; a refused write changes nothing.
#pragma once

#include "../result.h"
#include "../reviews.h"
#include "sql.h"

namespace gonogo {

class ReviewRepository
{
public:
    explicit ReviewRepository(const SqlSession &session) : m_session(session) {}

    Result<Reviews> load() const;
    // Records a review once the launch is live and the review is due. With STABLE: only at T+48h or later, on a
    // launch not rolled back, and with every condition of the decision closed or carried. The metric status and
    // the open conditions are written as they stand.
    Outcome record(const ReviewDraft &draft, const QString &actor) const;
    // A condition's follow-up, dated AT.
    Outcome closeCondition(int conditionId, const QString &note, const QDateTime &at, const QString &actor) const;
    Outcome carryCondition(int conditionId, const QString &newOwner, const QDate &newDue, const QString &note,
                           const QDateTime &at, const QString &actor) const;
    // The fingerprint a STABLE sign-off is bound to, computed from the file as it stands (empty before STABLE).
    Result<QString> stableFingerprint() const;
    // A stakeholder of the decision signs the STABLE declaration, bound to its fingerprint as it stands now (inside
    // the transaction). Refused before STABLE is declared, for someone not on the roster, and when their signature
    // on this same fingerprint is already there.
    Outcome signStable(int stakeholderId, const QString &comment, const QDateTime &at, const QString &actor) const;

private:
    Outcome followUp(const ConditionFollowUp &f, const QString &actor) const;

    const SqlSession &m_session;
};

} // namespace gonogo
