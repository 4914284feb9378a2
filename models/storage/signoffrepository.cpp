#include "signoffrepository.h"

#include "../engine.h"
#include "../record.h"
#include "ledger.h"
#include "meetingrepositories.h"
#include "repositories.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

} // namespace

Result<std::optional<RecordedDecision>> DecisionRepository::load() const
{
    auto q = m_session.run(QStringLiteral("SELECT decision, rationale, recommendation, override_rationale, decided_at, "
                                          "decided_by FROM decision WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<RecordedDecision>();
    }
    RecordedDecision d;
    d.decision = decisionFromCode(q->value(0).toString()).value_or(Decision::NoGo);
    d.rationale = q->value(1).toString();
    d.recommendation = decisionFromCode(q->value(2).toString()).value_or(Decision::NoGo);
    d.overrideRationale = q->value(3).toString();
    d.decidedAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs);
    d.decidedBy = q->value(5).toString();
    auto c = m_session.run(QStringLiteral("SELECT id, text, owner, due_date FROM condition ORDER BY position, id"));
    if (!c) {
        return c.error();
    }
    while (c->next()) {
        d.conditions.append({c->value(0).toInt(), c->value(1).toString(), c->value(2).toString(),
                             c->value(3).isNull() ? QDate() : QDate::fromString(c->value(3).toString(), Qt::ISODate)});
    }
    return std::optional<RecordedDecision>(d);
}

Result<Decision> DecisionRepository::record(const DecisionDraft &draft, const QString &actor) const
{
    const QString rationale = cleanText(draft.rationale, true);
    const QString overrideRationale = cleanText(draft.overrideRationale, true);
    if (rationale.isEmpty()) {
        return invalid(m_session, Text::tr("recording a decision needs a rationale."));
    }
    for (const Condition &c : draft.conditions) {
        if (cleanText(c.text, true).isEmpty()) {
            return invalid(m_session, Text::tr("a condition needs a text."));
        }
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    // The recommendation is the engine's answer for the file as it is inside this transaction, never a caller's.
    auto snapshot = readSnapshot(m_session);
    if (!snapshot) {
        return snapshot.error();
    }
    const Decision recommendation = DecisionEngine::assess(snapshot.value()).decision;
    if (draft.decision != recommendation && overrideRationale.isEmpty()) {
        return invalid(m_session, Text::tr("the decision %1 differs from the recommendation %2; say why in an override "
                                           "rationale.")
                                      .arg(toCode(draft.decision), toCode(recommendation)));
    }
    // A roll call that went against the recommendation (or split the room) needs the meeting's reason first.
    const PollTally tally = tallyPoll(snapshot->poll, static_cast<int>(snapshot->stakeholders.size()), recommendation);
    if (tally.disagrees && snapshot->poll.rationale.trimmed().isEmpty()) {
        return invalid(m_session, Text::tr("the poll (%1 GO, %2 GO WITH DISSENT, %3 NO-GO) disagrees with the "
                                           "recommendation %4; record why in the poll's rationale before recording "
                                           "the decision.")
                                      .arg(QString::number(tally.go), QString::number(tally.dissent),
                                           QString::number(tally.noGo), toCode(recommendation)));
    }
    const std::optional<RecordedDecision> &before = snapshot->decision;
    for (const QString &sql : {QStringLiteral("DELETE FROM condition"), QStringLiteral("DELETE FROM decision")}) {
        if (auto q = m_session.run(sql); !q) {
            return q.error();
        }
    }
    auto q = m_session.run(QStringLiteral("INSERT INTO decision (id, decision, rationale, recommendation, "
                                          "override_rationale, decided_at, decided_by) VALUES (1, ?, ?, ?, ?, ?, ?)"),
                           {toCode(draft.decision), rationale, toCode(recommendation), overrideRationale,
                            m_session.now(), cleanText(actor)});
    if (!q) {
        return q.error();
    }
    int position = 0;
    for (const Condition &c : draft.conditions) {
        auto ins =
            m_session.run(QStringLiteral("INSERT INTO condition (position, text, owner, due_date) VALUES (?, ?, ?, ?)"),
                          {++position, cleanText(c.text, true), cleanText(c.owner), dateValue(c.due)});
        if (!ins) {
            return ins.error();
        }
    }
    const AuditLog audit(m_session);
    const QString old = before ? toCode(before->decision) : QString();
    if (auto a = audit.append(actor, QStringLiteral("decide"), QStringLiteral("decision"), QStringLiteral("decision"),
                              old.isEmpty() ? QVariant() : QVariant(old), toCode(draft.decision));
        !a) {
        return a.error();
    }
    if (auto a = audit.append(actor, QStringLiteral("decide"), QStringLiteral("decision"), QStringLiteral("rationale"),
                              before ? QVariant(before->rationale) : QVariant(), rationale);
        !a) {
        return a.error();
    }
    // The whole decision with its conditions, for replay.
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("decide"), QStringLiteral("decision")); !a) {
        return a.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return recommendation;
}

Outcome DecisionRepository::restore(const std::optional<RecordedDecision> &decision, const QString &actor) const
{
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    for (const QString &sql : {QStringLiteral("DELETE FROM condition"), QStringLiteral("DELETE FROM decision")}) {
        if (auto q = m_session.run(sql); !q) {
            return q.error();
        }
    }
    if (decision) {
        const RecordedDecision &d = *decision;
        auto q =
            m_session.run(QStringLiteral("INSERT INTO decision (id, decision, rationale, recommendation, "
                                         "override_rationale, decided_at, decided_by) VALUES (1, ?, ?, ?, ?, ?, ?)"),
                          {toCode(d.decision), d.rationale, toCode(d.recommendation), d.overrideRationale,
                           d.decidedAt.toUTC().toString(Qt::ISODateWithMs), d.decidedBy});
        if (!q) {
            return q.error();
        }
        int position = 0;
        for (const Condition &c : d.conditions) {
            auto ins = m_session.run(
                QStringLiteral("INSERT INTO condition (position, text, owner, due_date) VALUES (?, ?, ?, ?)"),
                {++position, c.text, c.owner, dateValue(c.due)});
            if (!ins) {
                return ins.error();
            }
        }
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("restore"), QStringLiteral("decision"));
        !a) {
        return a.error();
    }
    return transaction.commit();
}

Result<QVector<Stakeholder>> SignoffRepository::stakeholders() const
{
    auto q = m_session.run(QStringLiteral("SELECT id, position, name, role FROM stakeholder ORDER BY position, id"));
    if (!q) {
        return q.error();
    }
    QVector<Stakeholder> list;
    while (q->next()) {
        list.append({q->value(0).toInt(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toString()});
    }
    return list;
}

Result<int> SignoffRepository::addStakeholder(const QString &name, const QString &role, const QString &actor) const
{
    const QString cleanRole = cleanText(role);
    if (cleanRole.isEmpty()) {
        return invalid(m_session, Text::tr("a stakeholder needs a role."));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto q = m_session.run(QStringLiteral("INSERT INTO stakeholder (position, name, role) "
                                          "SELECT coalesce(max(position), 0) + 1, ?, ? FROM stakeholder RETURNING id"),
                           {cleanText(name), cleanRole});
    if (!q) {
        return q.error();
    }
    const int id = static_cast<int>(insertedId(q.value()));
    if (auto a =
            RecordLedger(m_session).recordState(actor, QStringLiteral("add"), QStringLiteral("stakeholder:%1").arg(id));
        !a) {
        return a.error();
    }
    if (auto c = transaction.commit(); !c) {
        return c.error();
    }
    return id;
}

Result<int> SignoffRepository::updateStakeholder(const Stakeholder &s, const QString &actor) const
{
    auto list = stakeholders();
    if (!list) {
        return list.error();
    }
    const auto current = std::find_if(list->cbegin(), list->cend(), [&](const Stakeholder &p) { return p.id == s.id; });
    if (current == list->cend()) {
        return invalid(m_session, Text::tr("there is no stakeholder %1.").arg(s.id));
    }
    const QString name = cleanText(s.name);
    const QString role = cleanText(s.role);
    if (role.isEmpty()) {
        return invalid(m_session, Text::tr("a stakeholder needs a role."));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    int changed = 0;
    const AuditLog audit(m_session);
    const QString entity = QStringLiteral("stakeholder:%1").arg(s.id);
    for (const auto &[column, before, after] : {std::tuple{QStringLiteral("name"), current->name, name},
                                                std::tuple{QStringLiteral("role"), current->role, role}}) {
        if (before == after) {
            continue;
        }
        auto q = m_session.run(QStringLiteral("UPDATE stakeholder SET %1 = ? WHERE id = ?").arg(column), {after, s.id});
        if (!q) {
            return q.error();
        }
        if (auto a = audit.append(actor, QStringLiteral("set"), entity, column, before, after); !a) {
            return a.error();
        }
        ++changed;
    }
    return transaction.commitCount(changed);
}

Outcome SignoffRepository::moveStakeholder(int id, int newIndex, const QString &actor) const
{
    auto list = stakeholders();
    if (!list) {
        return list.error();
    }
    const auto from = std::find_if(list->cbegin(), list->cend(), [&](const Stakeholder &p) { return p.id == id; });
    if (from == list->cend()) {
        return invalid(m_session, Text::tr("there is no stakeholder %1.").arg(id));
    }
    if (newIndex < 0 || newIndex >= list->size()) {
        return invalid(m_session, Text::tr("a stakeholder cannot move to position %1.").arg(newIndex + 1));
    }
    QVector<Stakeholder> order = list.value();
    const auto oldIndex = static_cast<int>(from - list->cbegin());
    order.move(oldIndex, newIndex);
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    // Every position that changes is written and audited, so that replaying the log gives the same order.
    const AuditLog audit(m_session);
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).position == i + 1) {
            continue;
        }
        if (auto q = m_session.run(QStringLiteral("UPDATE stakeholder SET position = ? WHERE id = ?"),
                                   {i + 1, order.at(i).id});
            !q) {
            return q.error();
        }
        if (auto a = audit.append(actor, QStringLiteral("move"), QStringLiteral("stakeholder:%1").arg(order.at(i).id),
                                  QStringLiteral("position"), order.at(i).position, i + 1);
            !a) {
            return a;
        }
    }
    return transaction.commit();
}

Outcome SignoffRepository::removeStakeholder(int id, const QString &actor) const
{
    auto list = stakeholders();
    if (!list) {
        return list.error();
    }
    const auto current = std::find_if(list->cbegin(), list->cend(), [&](const Stakeholder &p) { return p.id == id; });
    if (current == list->cend()) {
        return invalid(m_session, Text::tr("there is no stakeholder %1.").arg(id));
    }
    auto signedBefore = m_session.run(QStringLiteral("SELECT count(*) FROM signoff WHERE stakeholder_id = ?"), {id});
    if (!signedBefore) {
        return signedBefore.error();
    }
    signedBefore->next();
    if (signedBefore->value(0).toInt() > 0) {
        return invalid(m_session,
                       Text::tr("%1 has signed; a stakeholder with a sign-off in the record cannot be removed.")
                           .arg(current->name.isEmpty() ? current->role : current->name));
    }
    auto answered = m_session.run(QStringLiteral("SELECT count(*) FROM poll_answer WHERE stakeholder_id = ?"), {id});
    if (!answered) {
        return answered.error();
    }
    answered->next();
    if (answered->value(0).toInt() > 0) {
        return invalid(m_session, Text::tr("%1 has answered the poll; a stakeholder whose answer is in the record "
                                           "cannot be removed.")
                                      .arg(current->name.isEmpty() ? current->role : current->name));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("DELETE FROM stakeholder WHERE id = ?"), {id}); !q) {
        return q.error();
    }
    if (auto a = AuditLog(m_session).append(actor, QStringLiteral("remove"), QStringLiteral("stakeholder:%1").arg(id),
                                            QStringLiteral("role"), current->role, {});
        !a) {
        return a;
    }
    return transaction.commit();
}

Outcome SignoffRepository::restoreStakeholder(const Stakeholder &s, const QString &actor) const
{
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("INSERT INTO stakeholder (id, position, name, role) VALUES (?, ?, ?, ?)"),
                               {s.id, s.position, cleanText(s.name), cleanText(s.role)});
        !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("restore"),
                                                     QStringLiteral("stakeholder:%1").arg(s.id));
        !a) {
        return a.error();
    }
    return transaction.commit();
}

Result<QVector<Signoff>> SignoffRepository::all() const
{
    auto q = m_session.run(
        QStringLiteral("SELECT id, stakeholder_id, name, role, vote, comment, signed_at, fingerprint, "
                       "signature_png, audit_seq, audit_hash, seal, withdrawn_at, withdrawn_by, "
                       "withdraw_reason, canonical_form, withdraw_seal, upgraded_fingerprint FROM signoff "
                       "ORDER BY id"));
    if (!q) {
        return q.error();
    }
    QVector<Signoff> list;
    while (q->next()) {
        Signoff s;
        s.id = q->value(0).toInt();
        s.stakeholderId = q->value(1).toInt();
        s.name = q->value(2).toString();
        s.role = q->value(3).toString();
        s.vote = voteFromCode(q->value(4).toString()).value_or(Vote::NonConcur);
        s.comment = q->value(5).toString();
        s.signedAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs);
        s.fingerprint = q->value(7).toString();
        s.signaturePng = q->value(8).toByteArray();
        s.auditSeq = q->value(9).toLongLong();
        s.auditHash = q->value(10).toString();
        s.seal = q->value(11).toString();
        s.withdrawnAt =
            q->value(12).isNull() ? QDateTime() : QDateTime::fromString(q->value(12).toString(), Qt::ISODateWithMs);
        s.withdrawnBy = q->value(13).toString();
        s.withdrawReason = q->value(14).toString();
        s.canonicalForm = q->value(15).toInt();
        s.withdrawSeal = q->value(16).toString();
        s.upgradedFingerprint = q->value(17).toString();
        list.append(s);
    }
    return list;
}

Result<int> SignoffRepository::sign(const SignoffDraft &draft, const QString &actor) const
{
    auto people = stakeholders();
    if (!people) {
        return people.error();
    }
    const auto person = std::find_if(people->cbegin(), people->cend(),
                                     [&](const Stakeholder &p) { return p.id == draft.stakeholderId; });
    if (person == people->cend()) {
        return invalid(m_session, Text::tr("there is no stakeholder %1 to sign for.").arg(draft.stakeholderId));
    }
    Signoff s;
    s.stakeholderId = person->id;
    s.name = cleanText(draft.name);
    s.role = person->role;
    s.vote = draft.vote;
    s.comment = cleanText(draft.comment, true);
    if (s.name.isEmpty()) {
        return invalid(m_session, Text::tr("a sign-off needs the signer's printed name."));
    }
    if (s.vote != Vote::Concur && s.comment.isEmpty()) {
        return invalid(m_session, Text::tr("a vote of %1 needs a comment that says why.").arg(toCode(s.vote)));
    }
    if (!draft.signaturePng.isEmpty()) {
        QImage image;
        if (draft.signaturePng.size() > maxSignatureBytes || !image.loadFromData(draft.signaturePng, "PNG") ||
            image.width() > 2000 || image.height() > 1000) {
            return invalid(m_session,
                           Text::tr("the drawn signature must be a PNG image of at most %1 KiB and 2000 x 1000 "
                                    "pixels.")
                               .arg(maxSignatureBytes / 1024));
        }
        s.signaturePng = draft.signaturePng;
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    // What is signed is computed here, inside the signing transaction, from what is on disk: never taken from
    // the caller, whose copy may be out of date.
    auto onDisk = readSnapshot(m_session);
    if (!onDisk) {
        return onDisk.error();
    }
    const AuditLog audit(m_session);
    auto head = audit.head();
    if (!head) {
        return head.error();
    }
    s.canonicalForm = Record::currentForm;
    s.fingerprint = Record::fingerprint(onDisk.value(), s.canonicalForm);
    if (!draft.expectedFingerprint.isEmpty() && !s.fingerprint.startsWith(draft.expectedFingerprint.toLower())) {
        return Error{ErrorKind::InUse,
                     Text::tr("%1: the record changed after %2 last saw it (its fingerprint is now %3, not %4), so "
                              "it was not signed. Look at the record again, then sign what it is now.")
                         .arg(QDir::toNativeSeparators(m_session.filePath()), s.name, s.fingerprint.left(16),
                              draft.expectedFingerprint.left(16))};
    }
    s.auditSeq = head->seq;
    s.auditHash = head->hash;
    s.signedAt = QDateTime::fromString(m_session.now(), Qt::ISODateWithMs);
    s.seal = Record::seal(onDisk->meeting.recordId, s);
    auto q = m_session.run(QStringLiteral("INSERT INTO signoff (stakeholder_id, name, role, vote, comment, signed_at, "
                                          "fingerprint, signature_png, audit_seq, audit_hash, seal, canonical_form) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                           {s.stakeholderId, s.name, s.role, toCode(s.vote), s.comment,
                            s.signedAt.toString(Qt::ISODateWithMs), s.fingerprint,
                            s.signaturePng.isEmpty() ? QVariant() : QVariant(s.signaturePng), s.auditSeq, s.auditHash,
                            s.seal, s.canonicalForm});
    if (!q) {
        return q.error();
    }
    const int id = static_cast<int>(insertedId(q.value()));
    if (auto a =
            audit.append(actor, QStringLiteral("sign"), QStringLiteral("signoff:%1").arg(id), QStringLiteral("vote"),
                         {}, QStringLiteral("%1 (%2): %3 on %4").arg(s.name, s.role, toCode(s.vote), s.fingerprint));
        !a) {
        return a.error();
    }
    if (auto a =
            RecordLedger(m_session).recordState(actor, QStringLiteral("sign"), QStringLiteral("signoff:%1").arg(id));
        !a) {
        return a.error();
    }
    if (auto c = transaction.commit(); !c) {
        return c.error();
    }
    return id;
}

Outcome SignoffRepository::withdraw(int signoffId, const QString &reason, const QString &actor) const
{
    auto list = all();
    if (!list) {
        return list.error();
    }
    const auto s = std::find_if(list->cbegin(), list->cend(), [&](const Signoff &x) { return x.id == signoffId; });
    if (s == list->cend()) {
        return invalid(m_session, Text::tr("there is no sign-off %1.").arg(signoffId));
    }
    if (s->withdrawnAt.isValid()) {
        return invalid(m_session, Text::tr("the sign-off of %1 was already withdrawn.").arg(s->name));
    }
    const QString why = cleanText(reason, true);
    if (why.isEmpty()) {
        return invalid(m_session, Text::tr("withdrawing a sign-off needs a reason."));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto meeting = MeetingRepository(m_session).load();
    if (!meeting) {
        return meeting.error();
    }
    Signoff withdrawn = *s;
    withdrawn.withdrawnAt = QDateTime::fromString(m_session.now(), Qt::ISODateWithMs);
    withdrawn.withdrawnBy = cleanText(actor);
    withdrawn.withdrawReason = why;
    withdrawn.withdrawSeal = Record::withdrawalSeal(meeting->recordId, withdrawn);
    auto q = m_session.run(QStringLiteral("UPDATE signoff SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ?, "
                                          "withdraw_seal = ? WHERE id = ?"),
                           {withdrawn.withdrawnAt.toString(Qt::ISODateWithMs), withdrawn.withdrawnBy, why,
                            withdrawn.withdrawSeal, signoffId});
    if (!q) {
        return q.error();
    }
    const QString entity = QStringLiteral("signoff:%1").arg(signoffId);
    if (auto a =
            AuditLog(m_session).append(actor, QStringLiteral("withdraw"), entity, QStringLiteral("reason"), {}, why);
        !a) {
        return a;
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("withdraw"), entity); !a) {
        return a;
    }
    return transaction.commit();
}

Result<Snapshot> readSnapshot(const SqlSession &session)
{
    Snapshot s;
    auto meetingRow = MeetingRepository(session).load();
    if (!meetingRow) {
        return meetingRow.error();
    }
    s.meeting = meetingRow.value();
    const ItemRepository items(session);
    auto categories = items.categories();
    if (!categories) {
        return categories.error();
    }
    s.categories = categories.value();
    auto itemRows = items.all();
    if (!itemRows) {
        return itemRows.error();
    }
    s.items = itemRows.value();
    const RiskRepository risks(session);
    auto riskRows = risks.all();
    if (!riskRows) {
        return riskRows.error();
    }
    s.risks = riskRows.value();
    auto matrix = risks.matrix();
    if (!matrix) {
        return matrix.error();
    }
    s.matrix = matrix.value();
    const SignoffRepository signoffs(session);
    auto people = signoffs.stakeholders();
    if (!people) {
        return people.error();
    }
    s.stakeholders = people.value();
    auto decided = DecisionRepository(session).load();
    if (!decided) {
        return decided.error();
    }
    s.decision = decided.value();
    auto signatures = signoffs.all();
    if (!signatures) {
        return signatures.error();
    }
    s.signoffs = signatures.value();
    // A file read in the middle of an upgrade from before format 6 has no agenda and no poll yet.
    auto hasAgenda = session.hasColumn(QStringLiteral("agenda_step"), QStringLiteral("id"));
    if (!hasAgenda) {
        return hasAgenda.error();
    }
    if (hasAgenda.value()) {
        auto agenda = AgendaRepository(session).all();
        if (!agenda) {
            return agenda.error();
        }
        s.agenda = agenda.value();
        auto poll = PollRepository(session).load();
        if (!poll) {
            return poll.error();
        }
        s.poll = poll.value();
    }
    return s;
}

} // namespace gonogo
