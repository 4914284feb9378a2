// The append-only record of every change: one row per changed field, written in the same transaction as the
// change itself. Each row carries the hash of the one before it, so that an edited, removed or inserted row shows
// even when someone has dropped the schema's append-only triggers. Never updates or deletes a row.
#pragma once

#include "../changes.h"
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
    QString prevHash;
    QString hash;
    int form = 2; // canonical form the hash was made with (1: rows written before file format 4)
};

class AuditLog
{
public:
    explicit AuditLog(const SqlSession &session) : m_session(session) {}

    Outcome append(const QString &actor, const QString &action, const QString &entity, const QString &field = {},
                   const QVariant &oldValue = {}, const QVariant &newValue = {}) const;
    Result<QVector<AuditEntry>> entries(qint64 afterSeq = 0) const;
    Result<qint64> count() const;
    Result<AuditHead> head() const; // the last row's seq and hash; seq 0 when empty

    // Seals rows written before the chain existed (file format 2 and older), in order. Migration only.
    Outcome sealUnsealed() const;
    // Walks the chain from the first row of ENTRIES (all of them, as entries() read them); problems name the first
    // row that does not fit.
    static QStringList verifyChain(const QVector<AuditEntry> &entries);

    static QString chainHash(const QString &previousHash, const AuditEntry &entry);

private:
    Result<QVector<AuditEntry>> read(qint64 afterSeq, bool withForm) const;

    const SqlSession &m_session;
};

} // namespace gonogo
