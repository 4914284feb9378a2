// The decision record as bytes: a canonical serialization of everything that was decided, its SHA-256
// fingerprint, the seal of a sign-off, and the hash of an audit row. Fixed key order, UTF-8 NFC text, UTC
// ISO-8601 times: the same content gives the same bytes on every machine. Must never depend on locale, time zone
// or anything that viewing the record can change.
#pragma once

#include "domain.h"

#include <QByteArray>
#include <QVariant>

namespace gonogo {

class Record
{
public:
    static QByteArray canonical(const Snapshot &snapshot);
    static QString fingerprint(const Snapshot &snapshot); // lower-case hex SHA-256 of canonical()
    static QString seal(const QString &recordId, const Signoff &signoff);
    static SignoffState state(const Signoff &signoff, const QString &currentFingerprint);

    struct AuditFields
    {
        qint64 seq = 0;
        QString at;
        QString actor;
        QString action;
        QString entity;
        QVariant field;
        QVariant oldValue;
        QVariant newValue;
    };
    static QString auditHash(const QString &previousHash, const AuditFields &row);
};

enum class RecordStatus { Draft, Final };

struct RecordProgress
{
    RecordStatus status = RecordStatus::Draft;
    bool decisionRecorded = false;
    QVector<Stakeholder> missing; // listed stakeholders without a current sign-off
};

RecordProgress recordProgress(const Snapshot &snapshot, const QString &currentFingerprint);

} // namespace gonogo
