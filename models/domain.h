// Plain value types of a Go/No-Go meeting and the one place where their closed sets are converted to and from
// text. Must never touch storage, widgets or translation catalogues beyond tr() for display names.
#pragma once

#include "meetingrun.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace gonogo {

enum class Status { Pass, Partial, Fail, Pending };
enum class Likelihood { High, Medium, Low };
enum class Impact { Critical, High, Medium, Low };
enum class RiskState { Open, Accepted, Mitigated };
enum class RiskLevel { Red, Yellow, Green };
enum class Decision { Go, GoWithCaution, NoGo };
enum class Vote { Concur, ConcurWithDissent, NonConcur };

constexpr std::array<Status, 4> allStatuses{Status::Pass, Status::Partial, Status::Fail, Status::Pending};
constexpr std::array<Likelihood, 3> allLikelihoods{Likelihood::High, Likelihood::Medium, Likelihood::Low};
constexpr std::array<Impact, 4> allImpacts{Impact::Critical, Impact::High, Impact::Medium, Impact::Low};
constexpr std::array<RiskState, 3> allRiskStates{RiskState::Open, RiskState::Accepted, RiskState::Mitigated};

// Stable codes: these exact strings are stored in files and printed in JSON; never translate them.
QString toCode(Status s);
QString toCode(Likelihood l);
QString toCode(Impact i);
QString toCode(RiskState s);
QString toCode(RiskLevel l);
QString toCode(Decision d);
QString toCode(Vote v);

// Parsing accepts the code in any letter case; anything else is std::nullopt.
std::optional<Status> statusFromCode(const QString &code);
std::optional<Likelihood> likelihoodFromCode(const QString &code);
std::optional<Impact> impactFromCode(const QString &code);
std::optional<RiskState> riskStateFromCode(const QString &code);
std::optional<RiskLevel> riskLevelFromCode(const QString &code);
std::optional<Decision> decisionFromCode(const QString &code);
std::optional<Vote> voteFromCode(const QString &code);

// Names shown to people, in the UI language.
QString displayName(Status s);

// Equal texts; at once when both are the same shared copy, as a text nobody replaced since it was last looked at
// is (the assessment's memo, the reasons list, the detail panel's labels compare thousands of those per key).
inline bool sameText(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}
QString displayName(Likelihood l);
QString displayName(Impact i);
QString displayName(RiskState s);
QString displayName(RiskLevel l);
QString displayName(Decision d);

struct Thresholds
{
    int criticalPercent = 100; // share of critical items that must PASS
    int goPercent = 95;        // total score for a plain GO
    int cautionPercent = 90;   // total score below which the answer is NO-GO

    friend bool operator==(const Thresholds &a, const Thresholds &b)
    {
        return a.criticalPercent == b.criticalPercent && a.goPercent == b.goPercent &&
               a.cautionPercent == b.cautionPercent;
    }
};

// Likelihood (rows) x impact (columns) -> level.
class RiskMatrix
{
public:
    RiskMatrix(); // the default matrix of the P020 framework
    RiskLevel level(Likelihood l, Impact i) const;
    void setLevel(Likelihood l, Impact i, RiskLevel level);
    friend bool operator==(const RiskMatrix &a, const RiskMatrix &b) { return a.m_cells == b.m_cells; }

private:
    std::array<std::array<RiskLevel, 4>, 3> m_cells;
};

struct Meeting
{
    QString recordId; // random, fixed at creation: binds sign-offs to this one file
    QString launchName;
    QDate targetDate;
    QDate meetingDate;
    QString facilitator;
    QString timeZone; // IANA name of the meeting's zone ("Europe/Madrid"); empty when not known
    Thresholds thresholds;
    QString templateName;
    QDateTime createdAt;
};

struct Category
{
    QString code;
    QString name;
    int position = 0;
};

struct Item
{
    QString id;
    QString categoryCode;
    int position = 0;
    QString title;
    QString description;
    QString evidenceRequired;
    bool critical = false;
    QString owner;
    Status status = Status::Pending;
    QString evidence;
    QString notes;
    QDateTime changedAt;
    QString changedBy;
};

struct Risk
{
    QString id;
    int position = 0;
    QString title;
    QString description;
    Likelihood likelihood = Likelihood::Medium;
    Impact impact = Impact::Medium;
    RiskState state = RiskState::Open;
    QString owner;
    QString mitigation;
    QString acceptanceRationale;
    QString acceptedBy;
    QDate acceptedUntil;
    QStringList itemIds;
    QDateTime changedAt;
    QString changedBy;
};

struct Stakeholder
{
    int id = 0;
    int position = 0;
    QString name;
    QString role;
};

struct Condition
{
    int id = 0;
    QString text;
    QString owner;
    QDate due;
};

// What the meeting decided, next to what the engine recommended at that moment.
struct RecordedDecision
{
    Decision decision = Decision::NoGo;
    QString rationale;
    Decision recommendation = Decision::NoGo;
    QString overrideRationale; // required when decision != recommendation
    QDateTime decidedAt;
    QString decidedBy;
    QVector<Condition> conditions; // for GO WITH CAUTION
};

enum class SignoffState { Current, Stale, Withdrawn };
QString toCode(SignoffState s);
QString displayName(SignoffState s);
QString displayName(Vote v);

// A simple electronic signature: who, how they voted, when, and the fingerprint of the record they signed.
struct Signoff
{
    int id = 0;
    int stakeholderId = 0;
    QString name;
    QString role;
    Vote vote = Vote::Concur;
    QString comment;
    QDateTime signedAt;
    QString fingerprint;     // hex SHA-256 of the record as signed
    QByteArray signaturePng; // optional drawn signature
    qint64 auditSeq = 0;     // the audit chain head when signing
    QString auditHash;
    QString seal;                // hex SHA-256 binding all of the above to the file's record ID
    int canonicalForm = 2;       // of the record serialization the fingerprint and seal were made with
    QString upgradedFingerprint; // form 1 only: the form-2 fingerprint of the record it was current on at upgrade
    QDateTime withdrawnAt;
    QString withdrawnBy;
    QString withdrawReason;
    QString withdrawSeal; // binds the withdrawal to the seal; empty while not withdrawn
};

// Everything the engine and the views need from one decision file, read in one go.
struct Snapshot
{
    Meeting meeting;
    QVector<Category> categories;
    QVector<Item> items;
    QVector<Risk> risks;
    RiskMatrix matrix;
    QVector<Stakeholder> stakeholders;
    std::optional<RecordedDecision> decision;
    QVector<Signoff> signoffs;  // every sign-off ever made, withdrawn ones included, oldest first
    QVector<AgendaStep> agenda; // in order
    Poll poll;
};

// Names, roles and comments are stored without control characters or bidirectional overrides, so that what is
// printed is what was typed. multiline keeps line breaks (comments, rationales).
QString cleanText(const QString &text, bool multiline = false);

// A moment for people: local time with its offset, e.g. "27 Nov 2026 14:03 (UTC+01:00)"; empty when invalid.
QString localTimeText(const QDateTime &utc);

// The Unicode controls that reorder text (LRE..RLO and LRI..PDI): never stored, never shown as they are.
constexpr bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// A stakeholder's most recent sign-off (withdrawn or not), or null when they have never signed.
const Signoff *latestSignoff(const Snapshot &snapshot, int stakeholderId);

} // namespace gonogo
