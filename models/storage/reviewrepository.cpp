#include "reviewrepository.h"

#include "../domain.h"
#include "../record.h"
#include "launchrepository.h"
#include "ledger.h"
#include "monitoringrepository.h"
#include "signoffrepository.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

QString shown(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

Result<Reviews> ReviewRepository::load() const
{
    Reviews all;
    auto q = m_session.run(QStringLiteral("SELECT id, position, after_hours, minutes, purpose, held_at, attendees, "
                                          "metric_status, open_conditions, outcome, stable, recorded_by FROM review "
                                          "ORDER BY position"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        Review r;
        r.id = q->value(0).toString();
        r.position = q->value(1).toInt();
        r.afterHours = q->value(2).toInt();
        r.minutes = q->value(3).toInt();
        r.purpose = q->value(4).toString();
        r.heldAt = parseTime(q->value(5));
        r.attendees = q->value(6).toString();
        r.metricStatus = q->value(7).toString();
        r.openConditions = q->value(8).toString();
        r.outcome = q->value(9).toString();
        r.stable = q->value(10).toInt() == 1;
        r.recordedBy = q->value(11).toString();
        all.reviews.append(r);
    }
    auto f = m_session.run(QStringLiteral("SELECT condition_id, state, note, new_owner, new_due, changed_at, "
                                          "changed_by FROM condition_follow_up ORDER BY condition_id"));
    if (!f) {
        return f.error();
    }
    while (f->next()) {
        ConditionFollowUp c;
        c.conditionId = f->value(0).toInt();
        c.state = f->value(1).toString() == QLatin1String("CARRIED") ? FollowUp::Carried : FollowUp::Closed;
        c.note = f->value(2).toString();
        c.newOwner = f->value(3).toString();
        c.newDue = parseDate(f->value(4));
        c.changedAt = parseTime(f->value(5));
        c.changedBy = f->value(6).toString();
        all.followUps.append(c);
    }
    auto signatures = m_session.run(QStringLiteral("SELECT id, stakeholder_id, name, role, comment, signed_at, "
                                                   "fingerprint FROM stable_signoff ORDER BY id"));
    if (!signatures) {
        return signatures.error();
    }
    while (signatures->next()) {
        StableSignoff s;
        s.id = signatures->value(0).toLongLong();
        s.stakeholderId = signatures->value(1).toInt();
        s.name = signatures->value(2).toString();
        s.role = signatures->value(3).toString();
        s.comment = signatures->value(4).toString();
        s.signedAt = parseTime(signatures->value(5));
        s.fingerprint = signatures->value(6).toString();
        all.stableSignoffs.append(s);
    }
    return all;
}

Result<QString> ReviewRepository::stableFingerprint() const
{
    auto all = load();
    if (!all) {
        return all.error();
    }
    auto snapshot = readSnapshot(m_session);
    if (!snapshot) {
        return snapshot.error();
    }
    auto run = LaunchRepository(m_session).load();
    if (!run) {
        return run.error();
    }
    auto monitoring = MonitoringRepository(m_session).load();
    if (!monitoring) {
        return monitoring.error();
    }
    return all->stableFingerprint(run->fingerprint(Record::fingerprints(snapshot.value()).current), monitoring.value());
}

Outcome ReviewRepository::signStable(int stakeholderId, const QString &comment, const QDateTime &at,
                                     const QString &actor) const
{
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto all = load();
    if (!all) {
        return all.error();
    }
    const Review *stable = all->stableAt();
    if (!stable) {
        return invalid(m_session, Text::tr("STABLE has not been declared; it is signed once a review from T+48h on "
                                           "declares it."));
    }
    auto people = SignoffRepository(m_session).stakeholders();
    if (!people) {
        return people.error();
    }
    const Stakeholder *who = nullptr;
    for (const Stakeholder &p : people.value()) {
        if (p.id == stakeholderId) {
            who = &p;
        }
    }
    if (!who) {
        return invalid(m_session, Text::tr("there is no stakeholder %1 on the decision's roster.").arg(stakeholderId));
    }
    if (!at.isValid() || at < stable->heldAt) {
        return invalid(m_session,
                       Text::tr("STABLE was declared at %1; it cannot be signed before.").arg(shown(stable->heldAt)));
    }
    auto fingerprint = stableFingerprint();
    if (!fingerprint) {
        return fingerprint.error();
    }
    if (const StableSignoff *mine = all->stableSignoffOf(who->id); mine && mine->fingerprint == fingerprint.value()) {
        return invalid(m_session, Text::tr("%1 already signed the STABLE declaration as it stands (%2).")
                                      .arg(who->name, shown(mine->signedAt)));
    }
    auto q = m_session.run(QStringLiteral("INSERT INTO stable_signoff (stakeholder_id, name, role, comment, "
                                          "signed_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           {who->id, who->name, who->role, cleanText(comment, true),
                            at.toUTC().toString(Qt::ISODateWithMs), fingerprint.value()});
    if (!q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("sign stable"),
                                                     QStringLiteral("stable:%1").arg(insertedId(q.value())));
        !a) {
        return a;
    }
    return transaction.commit();
}

Outcome ReviewRepository::record(const ReviewDraft &draft, const QString &actor) const
{
    auto all = load();
    if (!all) {
        return all.error();
    }
    const Review *review = all->review(draft.id);
    if (!review) {
        QStringList ids;
        for (const Review &r : all->reviews) {
            ids << r.id;
        }
        return invalid(
            m_session,
            Text::tr("there is no review \"%1\" (the reviews: %2).").arg(draft.id, ids.join(QStringLiteral(", "))));
    }
    auto run = LaunchRepository(m_session).load();
    if (!run) {
        return run.error();
    }
    const QDateTime live = run->launch.liveAt;
    if (!live.isValid()) {
        return invalid(m_session, Text::tr("the reviews are counted from go-live, and the launch has not gone live."));
    }
    const QDateTime due = review->dueAt(live);
    if (!draft.at.isValid() || draft.at < due) {
        return invalid(m_session,
                       Text::tr("%1 is due at %2 (go-live %3 + %n h), not before.", nullptr, review->afterHours)
                           .arg(review->id, shown(due), shown(live)));
    }
    if (review->heldAt.isValid()) {
        return invalid(
            m_session,
            Text::tr("%1 was already recorded (%2 by %3).").arg(review->id, shown(review->heldAt), review->recordedBy));
    }
    const QString outcome = cleanText(draft.outcome, true);
    if (outcome.isEmpty()) {
        return invalid(m_session, Text::tr("a review needs its outcome."));
    }
    auto snapshot = readSnapshot(m_session);
    if (!snapshot) {
        return snapshot.error();
    }
    QStringList open;
    if (snapshot->decision) {
        for (const Condition &c : snapshot->decision->conditions) {
            if (!all->followUpOf(c.id)) {
                open << QStringLiteral("%1 (%2)").arg(c.text, c.owner);
            }
        }
    }
    if (draft.stable) {
        if (review->afterHours < 48) {
            return invalid(m_session, Text::tr("STABLE is declared at T+48h or later, not at %1.").arg(review->id));
        }
        if (run->state() == LaunchState::RolledBack || run->state() == LaunchState::Aborted) {
            return invalid(m_session,
                           Text::tr("the launch was %1; it cannot be declared STABLE.").arg(toCode(run->launch.end)));
        }
        if (!open.isEmpty()) {
            return invalid(m_session, Text::tr("STABLE needs every condition of the decision closed or carried with a "
                                               "new owner and date; open: %1.")
                                          .arg(open.join(QStringLiteral("; "))));
        }
        if (const Review *already = all->stableAt()) {
            return invalid(m_session, Text::tr("STABLE was already declared at %1.").arg(already->id));
        }
    }
    auto monitoring = MonitoringRepository(m_session).load();
    if (!monitoring) {
        return monitoring.error();
    }
    const QVector<MetricReading> breaches = monitoring->breachesOf();
    QStringList breached;
    for (const MetricReading &r : breaches) {
        if (!breached.contains(r.metricId)) {
            breached << r.metricId;
        }
    }
    const QString metricStatus =
        breaches.isEmpty()
            ? Text::tr("%n reading(s), none outside its threshold.", nullptr, int(monitoring->readings.size()))
            : Text::tr("%n reading(s) outside their thresholds: %1.", nullptr, int(breaches.size()))
                  .arg(breached.join(QStringLiteral(", ")));
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("UPDATE review SET held_at = ?, attendees = ?, metric_status = ?, "
                                              "open_conditions = ?, outcome = ?, stable = ?, recorded_by = ? "
                                              "WHERE id = ?"),
                               {draft.at.toUTC().toString(Qt::ISODateWithMs), cleanText(draft.attendees), metricStatus,
                                open.join(QStringLiteral("; ")), outcome, draft.stable ? 1 : 0, actor, review->id});
        !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(
            actor, draft.stable ? QStringLiteral("declare stable") : QStringLiteral("review"),
            QStringLiteral("review:%1").arg(review->id));
        !a) {
        return a;
    }
    return transaction.commit();
}

Outcome ReviewRepository::followUp(const ConditionFollowUp &f, const QString &actor) const
{
    auto snapshot = readSnapshot(m_session);
    if (!snapshot) {
        return snapshot.error();
    }
    bool known = false;
    QStringList ids;
    if (snapshot->decision) {
        for (const Condition &c : snapshot->decision->conditions) {
            known = known || c.id == f.conditionId;
            ids << QString::number(c.id);
        }
    }
    if (!known) {
        return invalid(m_session, ids.isEmpty() ? Text::tr("the decision has no conditions.")
                                                : Text::tr("the decision has no condition %1 (its conditions: %2).")
                                                      .arg(f.conditionId)
                                                      .arg(ids.join(QStringLiteral(", "))));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(
            QStringLiteral(
                "INSERT INTO condition_follow_up (condition_id, state, note, new_owner, new_due, changed_at, "
                "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (condition_id) DO UPDATE SET "
                "state = excluded.state, note = excluded.note, new_owner = excluded.new_owner, "
                "new_due = excluded.new_due, changed_at = excluded.changed_at, "
                "changed_by = excluded.changed_by"),
            {f.conditionId, f.state == FollowUp::Carried ? QStringLiteral("CARRIED") : QStringLiteral("CLOSED"),
             cleanText(f.note, true), cleanText(f.newOwner), dateValue(f.newDue),
             f.changedAt.isValid() ? f.changedAt.toUTC().toString(Qt::ISODateWithMs) : m_session.now(), actor});
        !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(
            actor, f.state == FollowUp::Carried ? QStringLiteral("carry condition") : QStringLiteral("close condition"),
            QStringLiteral("followup:%1").arg(f.conditionId));
        !a) {
        return a;
    }
    return transaction.commit();
}

Outcome ReviewRepository::closeCondition(int conditionId, const QString &note, const QDateTime &at,
                                         const QString &actor) const
{
    ConditionFollowUp f;
    f.conditionId = conditionId;
    f.state = FollowUp::Closed;
    f.note = note;
    f.changedAt = at;
    return followUp(f, actor);
}

Outcome ReviewRepository::carryCondition(int conditionId, const QString &newOwner, const QDate &newDue,
                                         const QString &note, const QDateTime &at, const QString &actor) const
{
    if (cleanText(newOwner).isEmpty() || !newDue.isValid()) {
        return invalid(m_session, Text::tr("a carried condition needs its new owner and new due date."));
    }
    ConditionFollowUp f;
    f.conditionId = conditionId;
    f.state = FollowUp::Carried;
    f.note = note;
    f.newOwner = newOwner;
    f.newDue = newDue;
    f.changedAt = at;
    return followUp(f, actor);
}

} // namespace gonogo
