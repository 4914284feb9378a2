#include "monitoring.h"

#include "codeparse.h"
#include "import/importsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Monitoring)
};

constexpr std::array<MetricRule, 4> allMetricRules{MetricRule::Max, MetricRule::Min, MetricRule::Band,
                                                   MetricRule::State};

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QStringList expectedWords(const Metric &m)
{
    QStringList words;
    for (const QString &w : m.expected.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        words << w.simplified().toLower();
    }
    return words;
}

// One reading's value by its metric's kind: a number, or for a state metric a word. WHERE locates it in refusals.
Result<MetricReading> reading(const Monitoring &plan, const QString &metricId, const QString &time,
                              const QString &value, const std::function<Error(const QString &)> &where)
{
    const Metric *m = plan.metric(metricId);
    if (!m) {
        QStringList ids;
        for (const Metric &known : plan.metrics) {
            ids << known.id;
        }
        return where(
            Text::tr("there is no metric \"%1\" (the metrics: %2).").arg(metricId, ids.join(QStringLiteral(", "))));
    }
    MetricReading r;
    r.metricId = m->id;
    r.at = QDateTime::fromString(time.trimmed(), Qt::ISODateWithMs);
    if (!r.at.isValid()) {
        r.at = QDateTime::fromString(time.trimmed(), Qt::ISODate);
    }
    if (!r.at.isValid() || r.at.timeSpec() == Qt::LocalTime) {
        return where(Text::tr("\"%1\" is not a time with its zone, e.g. 2026-12-01T10:00:00Z.").arg(time));
    }
    r.at = r.at.toUTC();
    const QString v = value.trimmed();
    if (m->rule == MetricRule::State) {
        if (v.isEmpty()) {
            return where(Text::tr("%1 needs a word, e.g. %2.").arg(m->id, m->expected));
        }
        r.text = v.left(200);
        return r;
    }
    bool ok = false;
    const double d = QString(v).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        return where(Text::tr("%1 is a number (%2), not \"%3\".").arg(m->id, m->unit, value));
    }
    r.value = d;
    return r;
}

} // namespace

QString toCode(MetricRule r)
{
    switch (r) {
    case MetricRule::Max:
        return QStringLiteral("MAX");
    case MetricRule::Min:
        return QStringLiteral("MIN");
    case MetricRule::Band:
        return QStringLiteral("BAND");
    case MetricRule::State:
        break;
    }
    return QStringLiteral("STATE");
}

std::optional<MetricRule> metricRuleFromCode(const QString &code)
{
    return codes::parse(code, allMetricRules);
}

QString Metric::thresholdText() const
{
    const QString u = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
    switch (rule) {
    case MetricRule::Max:
        return limit ? Text::tr("< %1%2").arg(number(*limit), u) : QString();
    case MetricRule::Min:
        return limit ? Text::tr("> %1%2").arg(number(*limit), u) : QString();
    case MetricRule::Band:
        return limit ? Text::tr("%1%2 ± %3 %").arg(number(*limit), u, number(bandPercent.value_or(0)))
                     : Text::tr("baseline ± %1 % (baseline not set)").arg(number(bandPercent.value_or(0)));
    case MetricRule::State:
        break;
    }
    return expected;
}

QString MetricReading::valueText() const
{
    return value ? number(*value) : text;
}

const Metric *Monitoring::metric(const QString &id) const
{
    for (const Metric &m : metrics) {
        if (m.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0) {
            return &m;
        }
    }
    return nullptr;
}

bool Monitoring::breaches(const Metric &m, const MetricReading &r)
{
    switch (m.rule) {
    case MetricRule::Max:
        return m.limit && r.value && *r.value > *m.limit;
    case MetricRule::Min:
        return m.limit && r.value && *r.value < *m.limit;
    case MetricRule::Band:
        return m.limit && r.value && *m.limit != 0 &&
               std::abs(*r.value - *m.limit) / std::abs(*m.limit) * 100.0 > m.bandPercent.value_or(0);
    case MetricRule::State:
        break;
    }
    return !expectedWords(m).contains(r.text.simplified().toLower());
}

QVector<MetricReading> Monitoring::breachesOf(const QString &metricId) const
{
    QVector<MetricReading> found;
    for (const MetricReading &r : readings) {
        const Metric *m = metric(r.metricId);
        if (m && (metricId.isEmpty() || m->id == metricId) && breaches(*m, r)) {
            found << r;
        }
    }
    return found;
}

const MetricReading *Monitoring::latest(const QString &metricId) const
{
    const MetricReading *last = nullptr;
    for (const MetricReading &r : readings) {
        if (r.metricId == metricId && (!last || r.at >= last->at)) {
            last = &r;
        }
    }
    return last;
}

const MonitoringPhase *Monitoring::phaseAt(const QDateTime &liveAt, const QDateTime &at) const
{
    if (!liveAt.isValid() || at < liveAt) {
        return nullptr;
    }
    const qint64 hours = liveAt.secsTo(at) / 3600;
    for (const MonitoringPhase &p : phases) {
        if (hours >= p.fromHours && hours < p.toHours) {
            return &p;
        }
    }
    return nullptr;
}

Result<QVector<MetricReading>> parseReadings(const QByteArray &data, const QString &file, const Monitoring &plan)
{
    const QString source = QFileInfo(file).fileName();
    QVector<MetricReading> list;
    if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            return Error{ErrorKind::InvalidInput,
                         Text::tr("%1: readings in JSON are an array of {\"metric\", \"time\", \"value\"} objects%2.")
                             .arg(source, error.error != QJsonParseError::NoError
                                              ? Text::tr(" (%1 at byte %2)").arg(error.errorString()).arg(error.offset)
                                              : QString())};
        }
        const QJsonArray array = doc.array();
        for (int i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            const QJsonValue v = o.value(QStringLiteral("value"));
            const QString value = v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
            auto r = reading(plan, o.value(QStringLiteral("metric")).toString(),
                             o.value(QStringLiteral("time")).toString(), value, [&](const QString &what) {
                                 return Error{ErrorKind::InvalidInput,
                                              Text::tr("%1, reading %2: %3").arg(source).arg(i + 1).arg(what)};
                             });
            if (!r) {
                return r.error();
            }
            r->source = source;
            list << r.value();
        }
        return list;
    }
    auto text = importing::decodeUtf8(data, source);
    if (!text) {
        return text.error();
    }
    auto records = importing::parseCsv(text.value(), source);
    if (!records) {
        return records.error();
    }
    if (records->isEmpty()) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 is empty; it needs a header row (metric,time,value) and "
                                                       "readings.")
                                                  .arg(source)};
    }
    const QStringList header = records->constFirst().fields;
    QHash<QString, int> column;
    for (int c = 0; c < header.size(); ++c) {
        column.insert(header.at(c).trimmed().toLower(), c);
    }
    for (const QString &needed : {QStringLiteral("metric"), QStringLiteral("time"), QStringLiteral("value")}) {
        if (!column.contains(needed)) {
            return importing::at(
                source, records->constFirst().line,
                Text::tr("the header row has no \"%1\" column (it needs metric, time and value).").arg(needed));
        }
    }
    for (int i = 1; i < records->size(); ++i) {
        const importing::CsvRecord &rec = records->at(i);
        if (rec.fields.size() == 1 && rec.fields.constFirst().trimmed().isEmpty()) {
            continue; // a blank line
        }
        const auto field = [&rec](int c) { return c < rec.fields.size() ? rec.fields.at(c) : QString(); };
        auto r = reading(plan, field(column.value(QStringLiteral("metric"))),
                         field(column.value(QStringLiteral("time"))), field(column.value(QStringLiteral("value"))),
                         [&](const QString &what) { return importing::at(source, rec.line, what); });
        if (!r) {
            return r.error();
        }
        r->source = source;
        list << r.value();
    }
    return list;
}

Result<MetricReading> parseReading(const QString &text, const Monitoring &plan)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("a reading is METRIC=VALUE, e.g. error_rate=0.05, not \"%1\".").arg(text)};
    }
    return reading(plan, text.left(eq), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), text.mid(eq + 1),
                   [](const QString &what) {
                       return Error{ErrorKind::InvalidInput, what};
                   });
}

} // namespace gonogo
