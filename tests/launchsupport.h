// The fingerprints of the record's later editions, computed in the tests from the rows on disk by the canonical
// forms' definitions (docs/integrity.md), never by the app's own code: what the app prints and stores must match.
#pragma once

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace testsupport {

// The README's demo decision (GO WITH CAUTION, FINAL), made at PATH by scripts/make-demo.sh with the built
// command line. Empty when made, else what the script said.
inline QString makeDemo(const QString &path)
{
    QProcess make;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GONOGO"), QStringLiteral(GONOGO_BINARY));
    env.insert(QStringLiteral("GONOGO_LANG"), QStringLiteral("en"));
    make.setProcessEnvironment(env);
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(QStringLiteral("bash"), {QStringLiteral(GONOGO_SOURCE_DIR "/scripts/make-demo.sh"), path});
    if (!make.waitForFinished(120000) || make.exitStatus() != QProcess::NormalExit || make.exitCode() != 0) {
        const QString said = QString::fromUtf8(make.readAll());
        return said.isEmpty() ? QStringLiteral("make-demo.sh did not finish") : said;
    }
    return {};
}

// The launch of FILE run by ACTOR on 1 December 2026: started at 08:00 UTC, every step before T+0 done at 08:58,
// live at 09:00. A failed step fails the calling test.
inline void goLiveAtNine(const QString &file, const QString &actor)
{
    const auto at = [](int hour, int minute) {
        return QDateTime(QDate(2026, 12, 1), QTime(hour, minute), Qt::UTC).toString(Qt::ISODate);
    };
    const auto launch = [&file, &actor](const QStringList &args) {
        return gonogoRun(QStringList{QStringLiteral("launch"), file} + args +
                         QStringList{QStringLiteral("--by"), actor})
            .code;
    };
    QCOMPARE(launch({QStringLiteral("--start"), QStringLiteral("--at"), at(8, 0)}), 0);
    for (const char *step : {"T-60", "T-45", "T-30", "T-15", "T-10", "T-5"}) {
        QCOMPARE(launch({QStringLiteral("--step"), QString::fromLatin1(step), QStringLiteral("--done"),
                         QStringLiteral("--at"), at(8, 58)}),
                 0);
    }
    QCOMPARE(launch({QStringLiteral("--go-live"), QStringLiteral("--at"), at(9, 0)}), 0);
}

// Each row of SQL (one json_array(...) column) as a JSON array.
inline QJsonArray jsonRows(const QString &path, const QString &sql)
{
    QJsonArray rows;
    for (const QVariant &row : rawQuery(path, {sql})) {
        rows.append(QJsonDocument::fromJson(row.toString().toUtf8()).array());
    }
    return rows;
}

inline QString sha256Hex(const QJsonArray &canonical)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

// "gonogo-launch-1": the decision's fingerprint, the launch's facts, every step and every trigger.
inline QString launchFingerprintOnDisk(const QString &path, const QString &decisionFingerprint)
{
    QJsonArray canonical{QStringLiteral("gonogo-launch-1"), decisionFingerprint};
    for (const QJsonValue &v :
         jsonRows(path, QStringLiteral("SELECT json_array(coalesce(started_at, ''), started_by, coalesce(live_at, ''), "
                                       "live_by, ended, coalesce(ended_at, ''), ended_by, trigger_id, rationale) "
                                       "FROM launch"))
             .at(0)
             .toArray()) {
        canonical.append(v);
    }
    canonical.append(jsonRows(path, QStringLiteral("SELECT json_array(id, offset_min, duration_min, title, owner_role, "
                                                   "validation, trigger_id, outcome, coalesce(outcome_at, ''), "
                                                   "outcome_by, note) FROM runbook_step ORDER BY position")));
    canonical.append(
        jsonRows(path, QStringLiteral("SELECT json_array(id, condition) FROM rollback_trigger ORDER BY position")));
    return sha256Hex(canonical);
}

// "gonogo-stable-1": the launch's fingerprint, every metric, the readings up to the STABLE review and the reviews
// held up to it. Empty when no review declared STABLE.
inline QString stableFingerprintOnDisk(const QString &path, const QString &decisionFingerprint)
{
    const QString heldAt =
        rawQuery(path, {QStringLiteral("SELECT held_at FROM review WHERE stable = 1")}).value(0).toString();
    if (heldAt.isEmpty()) {
        return {};
    }
    const QString held = QStringLiteral("'%1'").arg(heldAt); // written by the app, ISO 8601 UTC
    return sha256Hex(QJsonArray{
        QStringLiteral("gonogo-stable-1"), launchFingerprintOnDisk(path, decisionFingerprint),
        jsonRows(path, QStringLiteral("SELECT json_array(id, name, unit, rule, limit_value, band_percent, expected, "
                                      "trigger_id) FROM metric ORDER BY position")),
        jsonRows(path, QStringLiteral("SELECT json_array(metric_id, at, value, text_value, source, recorded_by) FROM "
                                      "metric_reading WHERE at <= %1 ORDER BY at, id")
                           .arg(held)),
        jsonRows(path, QStringLiteral("SELECT json_array(id, held_at, attendees, metric_status, open_conditions, "
                                      "outcome, json(CASE WHEN stable = 1 THEN 'true' ELSE 'false' END), "
                                      "recorded_by) FROM review WHERE held_at IS NOT NULL AND held_at <= %1 "
                                      "ORDER BY position")
                           .arg(held))});
}

} // namespace testsupport
