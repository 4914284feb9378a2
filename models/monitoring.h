// After go-live: the post-launch monitoring plan (the P020 phases and 18 metrics with their thresholds, each linked
// to the rollback trigger it feeds) and the readings taken, with which of them breach. Plain data and pure
// functions; readings come by hand or from a monitoring system's export (CSV or JSON: metric, time, value).
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace gonogo {

enum class MetricRule { Max, Min, Band, State };

QString toCode(MetricRule r); // MAX, MIN, BAND, STATE
std::optional<MetricRule> metricRuleFromCode(const QString &code);

struct MonitoringPhase
{
    QString id;
    int position = 0;
    QString name;
    int fromHours = 0; // after go-live
    int toHours = 0;
    QString frequency;
    QString coverage;
    QString focus;
};

struct Metric
{
    QString id; // error_rate
    int position = 0;
    QString name;
    QString unit;
    MetricRule rule = MetricRule::Max;
    std::optional<double> limit;       // MAX, MIN: the threshold; BAND: the baseline
    std::optional<double> bandPercent; // BAND: how far from the baseline is still normal
    QString expected;                  // STATE: the words that are normal, "/" between them
    QString triggerId;                 // the rollback trigger it feeds, or empty

    QString thresholdText() const; // "< 0.1 %", "> 99 %", "baseline ± 20 % (baseline not set)", "closed"
};

struct MetricReading
{
    qint64 id = 0;
    QString metricId;
    QDateTime at;
    std::optional<double> value; // numbers; STATE metrics read a word
    QString text;
    QString source; // the file it came from, or "by hand"
    QString recordedBy;
    QDateTime recordedAt;

    QString valueText() const;
};

struct Monitoring
{
    QVector<MonitoringPhase> phases;
    QVector<Metric> metrics;
    QVector<MetricReading> readings; // by time

    const Metric *metric(const QString &id) const; // any letter case
    // Whether READING is outside its metric's threshold (never for a band without a baseline).
    static bool breaches(const Metric &metric, const MetricReading &reading);
    QVector<MetricReading> breachesOf(const QString &metricId = {}) const;
    const MetricReading *latest(const QString &metricId) const;
    // The phase a moment falls in, counted from go-live; nullptr before go-live or after the last phase.
    const MonitoringPhase *phaseAt(const QDateTime &liveAt, const QDateTime &at) const;
};

// Readings from a monitoring system's export. CSV: a header with metric, time and value columns (any order, other
// columns ignored), one reading a row. JSON: an array of objects with "metric", "time" and "value". Times are
// ISO 8601 with their zone. Every reading names a known metric and has a value of its kind (a number, or a word
// for a state metric). FILE names the source in refusals, which give the line (CSV) or the entry (JSON).
Result<QVector<MetricReading>> parseReadings(const QByteArray &data, const QString &file, const Monitoring &plan);
// "error_rate=0.4" typed by hand.
Result<MetricReading> parseReading(const QString &text, const Monitoring &plan);

} // namespace gonogo
