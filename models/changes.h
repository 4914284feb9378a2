// What a change to a decision says, as the window, the command line and the storage layer pass it around: the
// partial changes of items, the meeting and risks, the drafts of a new risk, a decision and a sign-off, the
// options of a new file, and what verification found. Plain values; storage/ writes them, nothing here does.
#pragma once

#include "domain.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>
#include <QVector>

#include <QDateTime>

#include <optional>

namespace gonogo {

// The text fields of an item that a person edits.
enum class ItemField { Owner, Evidence, Notes };

struct ItemChange
{
    QString id;
    std::optional<Status> status;
    std::optional<QString> owner;
    std::optional<QString> evidence;
    std::optional<QString> notes;
    // The version the change was based on: the item's last change as the editor saw it (an invalid time for an
    // item never changed). When given and the item has changed since (another window, on a server), the change is
    // refused: nobody overwrites what they have not seen.
    std::optional<QDateTime> basedOn;
};

struct MeetingChange
{
    std::optional<QString> launchName;
    std::optional<QDate> targetDate;
    std::optional<QDate> meetingDate;
    std::optional<QString> facilitator;
    std::optional<QString> timeZone; // an IANA name, or empty for none
    std::optional<Thresholds> thresholds;
};

struct RiskDraft
{
    QString title;
    QString description;
    Likelihood likelihood = Likelihood::Medium;
    Impact impact = Impact::Medium;
    QString owner;
    QString mitigation;
    QStringList itemIds;
};

struct RiskChange
{
    QString id;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<Likelihood> likelihood;
    std::optional<Impact> impact;
    std::optional<RiskState> state;
    std::optional<QString> owner;
    std::optional<QString> mitigation;
    std::optional<QString> acceptanceRationale;
    std::optional<QString> acceptedBy;
    std::optional<QDate> acceptedUntil;
    std::optional<QStringList> itemIds; // the whole new set of linked items, written in the same transaction
};

struct DecisionDraft
{
    Decision decision = Decision::NoGo;
    QString rationale;
    QString overrideRationale;
    QVector<Condition> conditions;
};

struct SignoffDraft
{
    int stakeholderId = 0;
    QString name;
    Vote vote = Vote::Concur;
    QString comment;
    QByteArray signaturePng;
    // The record's fingerprint as the signer saw it; when given, signing is refused if the record is no longer
    // that (compare-and-set: nobody signs something that changed under them).
    QString expectedFingerprint;
};

struct AuditHead
{
    qint64 seq = 0;
    QString hash;
};

struct CreateOptions
{
    QString launchName; // defaults to the template's name
    QString actor;
    QDate targetDate;
    QDate meetingDate;
    QString facilitator;
    QString timeZone; // an IANA name; empty: this machine's zone
};

struct VerifyReport
{
    int schemaVersion = 0;
    qint64 auditEntries = 0;
    QString fingerprint;  // of the record as it stands
    QString auditHead;    // hash of the last audit row
    bool final = false;   // decision recorded and every stakeholder's sign-off current
    QStringList notes;    // facts worth knowing that are not faults (stale sign-offs, who is missing)
    QStringList problems; // empty when the file is sound
    bool ok() const { return problems.isEmpty(); }
};

} // namespace gonogo
