// The roll-call poll: one answer per stakeholder and the meeting's rationale when the poll and the
// recommendation disagree. Each write one transaction with its audit rows.
#include "ledger.h"
#include "meetingrepositories.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

QString entityOf(int stakeholderId)
{
    return QStringLiteral("answer:%1").arg(stakeholderId);
}

} // namespace

Result<Poll> PollRepository::load() const
{
    Poll poll;
    auto q = m_session.run(QStringLiteral("SELECT a.stakeholder_id, a.answer, a.comment, a.answered_at, a.answered_by "
                                          "FROM poll_answer a LEFT JOIN stakeholder s ON s.id = a.stakeholder_id "
                                          "ORDER BY s.position, a.stakeholder_id"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        PollVote v;
        v.stakeholderId = q->value(0).toInt();
        v.answer = pollAnswerFromCode(q->value(1).toString()).value_or(PollAnswer::NoGo);
        v.comment = q->value(2).toString();
        v.answeredAt = parseTime(q->value(3));
        v.answeredBy = q->value(4).toString();
        poll.answers.append(v);
    }
    auto r = m_session.run(QStringLiteral("SELECT rationale, rationale_at, rationale_by FROM poll WHERE id = 1"));
    if (!r) {
        return r.error();
    }
    if (r->next()) {
        poll.rationale = r->value(0).toString();
        poll.rationaleAt = parseTime(r->value(1));
        poll.rationaleBy = r->value(2).toString();
    }
    return poll;
}

Result<PollVote> PollRepository::answer(int stakeholderId, PollAnswer answer, const QString &comment,
                                        const QString &actor) const
{
    PollVote vote;
    vote.stakeholderId = stakeholderId;
    vote.answer = answer;
    vote.comment = cleanText(comment, true);
    vote.answeredAt = QDateTime::fromString(m_session.now(), Qt::ISODateWithMs);
    vote.answeredBy = cleanText(actor);
    if (auto r = restore(stakeholderId, vote, actor); !r) {
        return r.error();
    }
    return vote;
}

Outcome PollRepository::restore(int stakeholderId, const std::optional<PollVote> &vote, const QString &actor) const
{
    auto person = m_session.run(QStringLiteral("SELECT role FROM stakeholder WHERE id = ?"), {stakeholderId});
    if (!person) {
        return person.error();
    }
    if (!person->next()) {
        return invalid(m_session, Text::tr("there is no stakeholder %1 to answer the poll.").arg(stakeholderId));
    }
    auto before =
        m_session.run(QStringLiteral("SELECT answer FROM poll_answer WHERE stakeholder_id = ?"), {stakeholderId});
    if (!before) {
        return before.error();
    }
    const QVariant old = before->next() ? before->value(0) : QVariant();
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("DELETE FROM poll_answer WHERE stakeholder_id = ?"), {stakeholderId});
        !q) {
        return q.error();
    }
    if (vote) {
        auto q = m_session.run(QStringLiteral("INSERT INTO poll_answer (stakeholder_id, answer, comment, answered_at, "
                                              "answered_by) VALUES (?, ?, ?, ?, ?)"),
                               {stakeholderId, toCode(vote->answer), cleanText(vote->comment, true),
                                vote->answeredAt.toUTC().toString(Qt::ISODateWithMs), cleanText(vote->answeredBy)});
        if (!q) {
            return q.error();
        }
    }
    // One readable row (who answered what), then the whole answer for replay.
    if (auto a =
            AuditLog(m_session).append(actor, QStringLiteral("poll"), entityOf(stakeholderId), QStringLiteral("answer"),
                                       old, vote ? QVariant(toCode(vote->answer)) : QVariant());
        !a) {
        return a;
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("poll"), entityOf(stakeholderId)); !a) {
        return a;
    }
    return transaction.commit();
}

Outcome PollRepository::setRationale(const QString &rationale, const QString &actor) const
{
    const QString text = cleanText(rationale, true);
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto q = m_session.run(
        QStringLiteral("UPDATE poll SET rationale = ?, rationale_at = ?, rationale_by = ? "
                       "WHERE id = 1"),
        {text, text.isEmpty() ? QVariant() : QVariant(m_session.now()), text.isEmpty() ? QString() : cleanText(actor)});
    if (!q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("poll rationale"), QStringLiteral("poll"));
        !a) {
        return a;
    }
    return transaction.commit();
}

} // namespace gonogo
