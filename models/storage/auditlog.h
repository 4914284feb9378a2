// The append-only record of every change: one row per changed field, written in the same transaction as the
// change itself. Never updates or deletes a row (the schema's triggers refuse it anyway).
#pragma once

#include "sql.h"

#include <QDateTime>
#include <QVector>

namespace gonogo {

struct AuditEntry
{
    qint64 seq = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString actor;
    QString action;
    QString entity;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

class AuditLog
{
public:
    explicit AuditLog(const SqlSession &session) : m_session(session) {}

    Outcome append(const QString &actor, const QString &action, const QString &entity, const QString &field = {},
                   const QVariant &oldValue = {}, const QVariant &newValue = {}) const;
    Result<QVector<AuditEntry>> entries(qint64 afterSeq = 0) const;
    Result<qint64> count() const;

private:
    const SqlSession &m_session;
};

} // namespace gonogo
