#include "reviews.h"

namespace gonogo {

const Review *Reviews::review(const QString &id) const
{
    for (const Review &r : reviews) {
        if (r.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0) {
            return &r;
        }
    }
    return nullptr;
}

const ConditionFollowUp *Reviews::followUpOf(int conditionId) const
{
    for (const ConditionFollowUp &f : followUps) {
        if (f.conditionId == conditionId) {
            return &f;
        }
    }
    return nullptr;
}

const Review *Reviews::stableAt() const
{
    for (const Review &r : reviews) {
        if (r.stable) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace gonogo
