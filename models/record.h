// The decision record as bytes: a canonical serialization of everything that was decided, its SHA-256
// fingerprint, the seal of a sign-off, and the hash of an audit row. Fixed key order, UTF-8 NFC text, UTC
// ISO-8601 times: the same content gives the same bytes on every machine. Must never depend on locale, time zone
// or anything that viewing the record can change.
#pragma once

#include "domain.h"
#include "result.h"

#include <QByteArray>
#include <QVariant>

#include <optional>

namespace gonogo {

// The record's fingerprint now, under each canonical form a sign-off in the file was made with.
struct Fingerprints
{
    QString current; // form Record::currentForm: what new sign-offs are bound to and what is shown
    QString legacy;  // form 1, computed only when a form-1 sign-off exists
    const QString &of(int form) const { return form == 1 ? legacy : current; }
};

class Record
{
public:
    // Form 1 (files of format 3 and older) walked UTF-16 units; form 2 encodes every code point, so the encoding
    // is injective on NFC text. Each sign-off and audit row stores the form it was made with.
    static constexpr int currentForm = 2;

    static QByteArray canonical(const Snapshot &snapshot, int form = currentForm);
    // lower-case hex SHA-256 of canonical()
    static QString fingerprint(const Snapshot &snapshot, int form = currentForm);
    static Fingerprints fingerprints(const Snapshot &snapshot);
    static QString seal(const QString &recordId, const Signoff &signoff); // in the sign-off's own form
    // Binds a withdrawal (when, by whom, why) to the sign-off's seal, so that it cannot be undone unnoticed.
    static QString withdrawalSeal(const QString &recordId, const Signoff &signoff);
    static SignoffState state(const Signoff &signoff, const Fingerprints &current);

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
    static QString auditHash(const QString &previousHash, const AuditFields &row, int form = currentForm);
};

// The record's fingerprints kept current edit by edit, for an open document: the canonical bytes of the head,
// of each item and of the tail are kept, so an edit of items serializes only those items, and the digest runs
// over kept bytes. Always equal to Record::fingerprints of the same snapshot (tst_integrity checks it over random
// edit sequences).
class FingerprintCache
{
public:
    void reset(const Snapshot &snapshot);
    // After the items at ROWS changed (and nothing else).
    void itemsChanged(const Snapshot &snapshot, const QVector<int> &rows);
    // After anything but item fields changed: meeting, risks, matrix, decision, stakeholders or sign-offs.
    void restChanged(const Snapshot &snapshot);
    const Fingerprints &fingerprints() const { return m_fingerprints; }

private:
    struct Pieces
    {
        QByteArray head;
        QVector<QByteArray> items;
        QByteArray tail;
    };
    static void fill(Pieces &pieces, const Snapshot &snapshot, int form);
    static QString digest(const Pieces &pieces);
    void rehash();

    Pieces m_current;
    std::optional<Pieces> m_legacy; // form 1, only while a form-1 sign-off exists
    Fingerprints m_fingerprints;
};

enum class RecordStatus { Draft, Final };

struct RecordProgress
{
    RecordStatus status = RecordStatus::Draft;
    bool decisionRecorded = false;
    QVector<Stakeholder> missing; // listed stakeholders without a current sign-off
};

RecordProgress recordProgress(const Snapshot &snapshot, const Fingerprints &currentFingerprint);

// The stakeholder a role (and, when several have that role, a name) points at; FILE names the decision file in
// the refusal, which lists the roles there are.
Result<Stakeholder> stakeholderFor(const QVector<Stakeholder> &people, const QString &role, const QString &name,
                                   const QString &file);

} // namespace gonogo
