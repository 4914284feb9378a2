// After go-live: the formal reviews (scheduled from the actual go-live) and the follow-up of a GO WITH CAUTION's
// conditions. Plain data; the rules (STABLE from T+48h on, and only with every condition closed or carried with a
// new owner and date) are in the repository that writes them, so the window and the command line agree.
#pragma once

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

struct Reviews
{
    QVector<Review> reviews;
    QVector<ConditionFollowUp> followUps;

    const Review *review(const QString &id) const; // any letter case
    const ConditionFollowUp *followUpOf(int conditionId) const;
    const Review *stableAt() const; // the review that declared STABLE, if one did
};

} // namespace gonogo
