// After go-live: the formal reviews (scheduled from the actual go-live) and the follow-up of a GO WITH CAUTION's
// conditions. Plain data; the rules (STABLE from T+48h on, and only with every condition closed or carried with a
// new owner and date) are in the repository that writes them, so the window and the command line agree.
#pragma once

#include "monitoring.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace gonogo {

struct Review
{
    QString id; // T+24h, T+48h, T+1w, T+1m
    int position = 0;
    int afterHours = 0;
    int minutes = 0;
    QString purpose;
    QDateTime heldAt; // invalid until recorded
    QString attendees;
    QString metricStatus;   // as it stood when recorded
    QString openConditions; // as they stood when recorded
    QString outcome;
    bool stable = false;
    QString recordedBy;

    QDateTime dueAt(const QDateTime &liveAt) const
    {
        return liveAt.isValid() ? liveAt.addSecs(qint64(afterHours) * 3600) : QDateTime();
    }
};

// What recording a review takes; the metric status and the open conditions are written as they stand.
struct ReviewDraft
{
    QString id;
    QDateTime at;
    QString attendees;
    QString outcome;
    bool stable = false;
};

enum class FollowUp { Closed, Carried };

struct ConditionFollowUp
{
    int conditionId = 0;
    FollowUp state = FollowUp::Closed;
    QString note;
    QString newOwner;
    QDate newDue;
    QDateTime changedAt;
    QString changedBy;
};

// A stakeholder's signature on the STABLE declaration, bound to the post-launch fingerprint as it stood.
struct StableSignoff
{
    qint64 id = 0;
    int stakeholderId = 0;
    QString name;
    QString role;
    QString comment;
    QDateTime signedAt;
    QString fingerprint;
};

struct Reviews
{
    QVector<Review> reviews;
    QVector<ConditionFollowUp> followUps;
    QVector<StableSignoff> stableSignoffs; // oldest first

    const Review *review(const QString &id) const; // any letter case
    const ConditionFollowUp *followUpOf(int conditionId) const;
    const Review *stableAt() const; // the review that declared STABLE, if one did
    // The stakeholder's latest signature on the STABLE declaration; nullptr when they have not signed it.
    const StableSignoff *stableSignoffOf(int stakeholderId) const;
    // The STABLE declaration's fingerprint: SHA-256 (hex) of a canonical JSON array of the launch's fingerprint,
    // the monitoring plan (every metric and its threshold), the readings taken up to the STABLE review, and the
    // reviews held up to it, in a fixed order. Empty while STABLE has not been declared. Readings and reviews
    // after the declaration do not change it; a changed threshold or a late reading dated before it does.
    QString stableFingerprint(const QString &launchFingerprint, const Monitoring &monitoring) const;
};

} // namespace gonogo
