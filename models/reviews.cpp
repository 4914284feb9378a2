#include "reviews.h"

#include "sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

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

const StableSignoff *Reviews::stableSignoffOf(int stakeholderId) const
{
    const StableSignoff *latest = nullptr;
    for (const StableSignoff &s : stableSignoffs) {
        if (s.stakeholderId == stakeholderId) {
            latest = &s;
        }
    }
    return latest;
}

QString Reviews::stableFingerprint(const QString &launchFingerprint, const Monitoring &monitoring) const
{
    const Review *stable = stableAt();
    if (!stable || !stable->heldAt.isValid()) {
        return {};
    }
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    const auto real = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonArray metrics;
    for (const Metric &m : monitoring.metrics) {
        metrics.append(QJsonArray{m.id, m.name, m.unit, toCode(m.rule), real(m.limit), real(m.bandPercent), m.expected,
                                  m.triggerId});
    }
    QJsonArray readings;
    for (const MetricReading &r : monitoring.readings) {
        if (r.at <= stable->heldAt) {
            readings.append(QJsonArray{r.metricId, time(r.at), real(r.value), r.text, r.source, r.recordedBy});
        }
    }
    QJsonArray held;
    for (const Review &r : reviews) {
        if (r.heldAt.isValid() && r.heldAt <= stable->heldAt) {
            held.append(QJsonArray{r.id, time(r.heldAt), r.attendees, r.metricStatus, r.openConditions, r.outcome,
                                   r.stable, r.recordedBy});
        }
    }
    const QJsonArray canonical{QStringLiteral("gonogo-stable-1"), launchFingerprint, metrics, readings, held};
    return Sha256::hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

} // namespace gonogo
