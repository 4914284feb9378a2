// What gonogo verify checks, in one place: SQLite's integrity and references, the audit log's guards, times and
// hash chain, the replay of the log against the file (ledger), and every sign-off against the record.
#include "../decisionfile.h"

#include "../record.h"
#include "ledger.h"
#include "postgres.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace gonogo {

namespace {

// Translation context of the storage layer.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

} // namespace

Result<VerifyReport> DecisionFile::verify() const
{
    auto snap = snapshot();
    if (!snap) {
        return snap.error();
    }
    return verify(snap.value());
}

Result<VerifyReport> DecisionFile::verify(const Snapshot &asRead) const
{
    VerifyReport report;
    report.schemaVersion = schemaVersion();
    // A server checks its own pages and enforces references on every change; a file is checked here.
    QStringList guards{QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log_no_update")};
    if (!onServer()) {
        auto integrity = sqlite::checkIntegrity(*m_session, true);
        if (!integrity) {
            return integrity.error();
        }
        for (const QString &p : integrity.value()) {
            report.problems << Text::tr("integrity: %1").arg(p);
        }
        auto keys = sqlite::foreignKeyProblems(*m_session);
        if (!keys) {
            return keys.error();
        }
        for (const QString &p : keys.value()) {
            report.problems << Text::tr("references: %1").arg(p);
        }
    } else {
        guards << QStringLiteral("audit_log_no_truncate");
    }
    auto triggers = onServer() ? pg::triggerNames(*m_session) : sqlite::triggerNames(*m_session);
    if (!triggers) {
        return triggers.error();
    }
    for (const QString &name : guards) {
        if (!triggers->contains(name)) {
            report.problems << Text::tr("audit log: the append-only guard %1 has been removed").arg(name);
        }
    }
    auto entries = audit().entries();
    if (!entries) {
        return entries.error();
    }
    report.auditEntries = entries->size();
    QDateTime previousAt;
    QHash<qint64, QString> hashes;
    for (const AuditEntry &e : entries.value()) {
        hashes.insert(e.seq, e.hash);
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        if (!at.isValid() || at.timeSpec() != Qt::UTC) {
            report.problems
                << Text::tr("audit log: entry %1 has an invalid time \"%2\"").arg(QString::number(e.seq), e.at);
        } else if (previousAt.isValid() && at < previousAt) {
            report.problems << Text::tr("audit log: entry %1 is dated before the entry preceding it").arg(e.seq);
        }
        if (e.actor.isEmpty() || e.action.isEmpty() || e.entity.isEmpty()) {
            report.problems << Text::tr("audit log: entry %1 is incomplete").arg(e.seq);
        }
        if (at.isValid()) {
            previousAt = at;
        }
    }
    if (report.auditEntries == 0) {
        report.problems << Text::tr("audit log: it is empty, but every decision records its creation");
    } else {
        report.auditHead = entries->last().hash;
    }
    report.problems << AuditLog::verifyChain(entries.value());
    // Replay: every fact in the tables must be what the audit log's entries make it.
    auto replay = RecordLedger(*m_session).differences(entries.value());
    if (!replay) {
        return replay.error();
    }
    for (const QString &p : replay.value()) {
        report.problems << Text::tr("audit log: %1").arg(p);
    }
    if (RecordLedger::baselineSeq(entries.value()) == 0) {
        report.problems << Text::tr("audit log: it has no baseline to replay from (removed by hand?)");
    }

    const Snapshot *snap = &asRead;
    const Fingerprints fingerprints = Record::fingerprints(*snap);
    report.fingerprint = fingerprints.current;
    const RecordProgress progress = recordProgress(*snap, fingerprints);
    report.final = progress.status == RecordStatus::Final;
    for (const Signoff &s : snap->signoffs) {
        const QString who = Text::tr("%1 (%2)").arg(s.name, s.role);
        const QString id = QString::number(s.id);
        if ((s.canonicalForm != 1 && s.canonicalForm != Record::currentForm) ||
            Record::seal(snap->meeting.recordId, s) != s.seal) {
            report.problems << Text::tr("sign-off %1 of %2 does not verify: it was altered, or copied from another "
                                        "decision")
                                   .arg(id, who);
            continue;
        }
        if (s.withdrawnAt.isValid() != !s.withdrawSeal.isEmpty()) {
            report.problems << (s.withdrawnAt.isValid()
                                    ? Text::tr(
                                          "sign-off %1 of %2 is marked withdrawn, but the withdrawal is not sealed")
                                    : Text::tr("sign-off %1 of %2 was withdrawn, but the withdrawal has been removed"))
                                   .arg(id, who);
            continue;
        }
        if (s.withdrawnAt.isValid() && Record::withdrawalSeal(snap->meeting.recordId, s) != s.withdrawSeal) {
            report.problems << Text::tr("sign-off %1 of %2: its withdrawal was altered").arg(id, who);
            continue;
        }
        // Both rows a signing writes: the readable one and, since format 4, the one replay reads.
        auto signRows = [&](bool whole) {
            return std::any_of(entries->cbegin(), entries->cend(), [&](const AuditEntry &e) {
                return e.action == QLatin1String("sign") && e.entity == QStringLiteral("signoff:%1").arg(s.id) &&
                       RecordLedger::isWhole(e) == whole;
            });
        };
        const bool signRowPresent = signRows(false) && (s.canonicalForm == 1 || signRows(true));
        if (!signRowPresent) {
            report.problems
                << Text::tr("sign-off %1 of %2: its entry in the audit log is missing (the log was cut)").arg(id, who);
        }
        if (s.auditSeq > 0 && hashes.value(s.auditSeq) != s.auditHash) {
            report.problems
                << Text::tr("sign-off %1 of %2: the audit history it was signed on has been rewritten").arg(id, who);
        }
        switch (Record::state(s, fingerprints)) {
        case SignoffState::Current:
            break;
        case SignoffState::Stale:
            report.notes << Text::tr("sign-off %1 of %2 is STALE: the record changed after it was signed").arg(id, who);
            break;
        case SignoffState::Withdrawn:
            report.notes << Text::tr("sign-off %1 of %2 was withdrawn").arg(id, who);
            break;
        }
    }
    if (!progress.decisionRecorded) {
        report.notes << Text::tr("no decision has been recorded yet");
    }
    for (const Stakeholder &p : progress.missing) {
        report.notes << Text::tr("no current sign-off from %1")
                            .arg(p.name.isEmpty() ? p.role : Text::tr("%1 (%2)").arg(p.name, p.role));
    }
    return report;
}

} // namespace gonogo
