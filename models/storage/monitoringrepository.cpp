#include "monitoringrepository.h"

#include "../domain.h"
#include "ledger.h"

#include <QCoreApplication>

#include <cmath>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

std::optional<double> real(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

Result<Monitoring> MonitoringRepository::load() const
{
    Monitoring plan;
    auto phases = m_session.run(QStringLiteral("SELECT id, position, name, from_hours, to_hours, frequency, coverage, "
                                               "focus FROM monitoring_phase ORDER BY position"));
    if (!phases) {
        return phases.error();
    }
    while (phases->next()) {
        plan.phases.append({phases->value(0).toString(), phases->value(1).toInt(), phases->value(2).toString(),
                            phases->value(3).toInt(), phases->value(4).toInt(), phases->value(5).toString(),
                            phases->value(6).toString(), phases->value(7).toString()});
    }
    auto metrics = m_session.run(QStringLiteral("SELECT id, position, name, unit, rule, limit_value, band_percent, "
                                                "expected, trigger_id FROM metric ORDER BY position"));
    if (!metrics) {
        return metrics.error();
    }
    while (metrics->next()) {
        Metric m;
        m.id = metrics->value(0).toString();
        m.position = metrics->value(1).toInt();
        m.name = metrics->value(2).toString();
        m.unit = metrics->value(3).toString();
        m.rule = metricRuleFromCode(metrics->value(4).toString()).value_or(MetricRule::State);
        m.limit = real(metrics->value(5));
        m.bandPercent = real(metrics->value(6));
        m.expected = metrics->value(7).toString();
        m.triggerId = metrics->value(8).toString();
        plan.metrics.append(m);
    }
    auto readings = m_session.run(QStringLiteral("SELECT id, metric_id, at, value, text_value, source, recorded_by, "
                                                 "recorded_at FROM metric_reading ORDER BY at, id"));
    if (!readings) {
        return readings.error();
    }
    while (readings->next()) {
        MetricReading r;
        r.id = readings->value(0).toLongLong();
        r.metricId = readings->value(1).toString();
        r.at = parseTime(readings->value(2));
        r.value = real(readings->value(3));
        r.text = readings->value(4).toString();
        r.source = readings->value(5).toString();
        r.recordedBy = readings->value(6).toString();
        r.recordedAt = parseTime(readings->value(7));
        plan.readings.append(r);
    }
    return plan;
}

Result<int> MonitoringRepository::add(const QVector<MetricReading> &readings, const QString &actor) const
{
    auto live = m_session.run(QStringLiteral("SELECT live_at FROM launch WHERE id = 1"));
    if (!live) {
        return live.error();
    }
    if (!live->next() || live->value(0).isNull()) {
        return invalid(m_session, Text::tr("monitoring starts at go-live, and the launch has not gone live."));
    }
    if (readings.isEmpty()) {
        return invalid(m_session, Text::tr("there are no readings to add."));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    const QString now = m_session.now();
    const RecordLedger ledger(m_session);
    for (const MetricReading &r : readings) {
        auto q = m_session.run(QStringLiteral("INSERT INTO metric_reading (metric_id, at, value, text_value, source, "
                                              "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               {r.metricId, r.at.toUTC().toString(Qt::ISODateWithMs),
                                r.value ? QVariant(*r.value) : QVariant(), r.text, r.source, actor, now});
        if (!q) {
            return q.error();
        }
        const QString entity = QStringLiteral("reading:%1").arg(insertedId(q.value()));
        if (auto a = ledger.recordState(actor, QStringLiteral("reading"), entity); !a) {
            return a.error();
        }
    }
    auto done = transaction.commit();
    if (!done) {
        return done.error();
    }
    return int(readings.size());
}

Outcome MonitoringRepository::editMetric(const Metric &metric, const QString &actor) const
{
    auto plan = load();
    if (!plan) {
        return plan.error();
    }
    const Metric *was = plan->metric(metric.id);
    if (!was) {
        QStringList ids;
        for (const Metric &known : plan->metrics) {
            ids << known.id;
        }
        return invalid(
            m_session,
            Text::tr("there is no metric \"%1\" (the metrics: %2).").arg(metric.id, ids.join(QStringLiteral(", "))));
    }
    Metric m = *was;
    m.limit = metric.limit;
    m.bandPercent = metric.bandPercent;
    m.expected = cleanText(metric.expected);
    m.triggerId = metric.triggerId.trimmed();
    const auto finite = [](const std::optional<double> &v) { return !v || std::isfinite(*v); };
    if (!finite(m.limit) || !finite(m.bandPercent)) {
        return invalid(m_session, Text::tr("%1: a threshold is a finite number.").arg(m.id));
    }
    // Each rule has its own kind of threshold; another kind is a mistake, named, not dropped.
    const bool numbers = m.limit || m.bandPercent;
    switch (m.rule) {
    case MetricRule::Max:
    case MetricRule::Min:
        if (!m.limit) {
            return invalid(m_session, Text::tr("%1 needs its limit.").arg(m.id));
        }
        if (m.bandPercent || !m.expected.isEmpty()) {
            return invalid(m_session,
                           Text::tr("%1 is measured against a limit; it has no band or expected words.").arg(m.id));
        }
        break;
    case MetricRule::Band:
        if (!m.bandPercent || *m.bandPercent <= 0) {
            return invalid(m_session, Text::tr("%1 needs a band above 0 %.").arg(m.id));
        }
        if (!m.expected.isEmpty()) {
            return invalid(m_session,
                           Text::tr("%1 is measured against a baseline and band; it has no expected words.").arg(m.id));
        }
        break;
    case MetricRule::State:
        if (m.expected.isEmpty()) {
            return invalid(m_session, Text::tr("%1 needs the words that are normal, \"/\" between them.").arg(m.id));
        }
        if (numbers) {
            return invalid(m_session,
                           Text::tr("%1 reads a word; its threshold is the expected words, not a number.").arg(m.id));
        }
        break;
    }
    if (!m.triggerId.isEmpty()) {
        auto t =
            m_session.run(QStringLiteral("SELECT id FROM rollback_trigger WHERE lower(id) = lower(?)"), {m.triggerId});
        if (!t) {
            return t.error();
        }
        if (!t->next()) {
            return invalid(m_session, Text::tr("there is no rollback trigger \"%1\".").arg(m.triggerId));
        }
        m.triggerId = t->value(0).toString();
    }
    const auto value = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("UPDATE metric SET limit_value = ?, band_percent = ?, expected = ?, "
                                              "trigger_id = ? WHERE id = ?"),
                               {value(m.limit), value(m.bandPercent), m.expected, m.triggerId, m.id});
        !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("edit metric"),
                                                     QStringLiteral("metric:%1").arg(m.id));
        !a) {
        return a;
    }
    return transaction.commit();
}

} // namespace gonogo
