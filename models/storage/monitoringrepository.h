// Post-launch monitoring in the file: the plan's phases and metrics, and the readings. Adding readings is one
// transaction with an audit row per reading (verify replays them), all or none; only once the launch went live.
#pragma once

#include "../monitoring.h"
#include "../result.h"
#include "sql.h"

namespace gonogo {

class MonitoringRepository
{
public:
    explicit MonitoringRepository(const SqlSession &session) : m_session(session) {}

    Result<Monitoring> load() const;
    // Stores READINGS (their source as given), stamped with ACTOR and now; returns how many.
    Result<int> add(const QVector<MetricReading> &readings, const QString &actor) const;
    // Changes a metric's threshold (its limit or baseline, band, expected words and trigger), found by METRIC's ID;
    // its name, unit and rule stay. A MAX or MIN metric needs its limit; a BAND needs a band above 0 (its baseline
    // may stay unset until it is known); a STATE metric needs its expected words.
    Outcome editMetric(const Metric &metric, const QString &actor) const;

private:
    const SqlSession &m_session;
};

} // namespace gonogo
