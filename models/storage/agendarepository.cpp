// The agenda's steps and the clock's times on them: each write one transaction, audited step by step.
#include "ledger.h"
#include "meetingrepositories.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QString entityOf(int id)
{
    return QStringLiteral("agenda:%1").arg(id);
}

QString actionCode(ClockAction action)
{
    switch (action) {
    case ClockAction::StartOrPause:
        return QStringLiteral("clock start/pause");
    case ClockAction::Next:
        return QStringLiteral("clock next");
    case ClockAction::Previous:
        return QStringLiteral("clock previous");
    case ClockAction::Finish:
        return QStringLiteral("clock finish");
    case ClockAction::GoTo:
        break;
    }
    return QStringLiteral("clock go to");
}

} // namespace

Result<QVector<AgendaStep>> AgendaRepository::all() const
{
    auto q = m_session.run(QStringLiteral("SELECT id, position, title, minutes, shows, category_code, state, "
                                          "started_at, ended_at, spent_ms, resumed_at FROM agenda_step "
                                          "ORDER BY position, id"));
    if (!q) {
        return q.error();
    }
    QVector<AgendaStep> list;
    while (q->next()) {
        AgendaStep s;
        s.id = q->value(0).toInt();
        s.position = q->value(1).toInt();
        s.title = q->value(2).toString();
        s.minutes = q->value(3).toInt();
        s.view = agendaViewFromCode(q->value(4).toString()).value_or(AgendaView::Overview);
        s.categoryCode = q->value(5).toString();
        s.state = stepStateFromCode(q->value(6).toString()).value_or(StepState::Planned);
        s.startedAt = parseTime(q->value(7));
        s.endedAt = parseTime(q->value(8));
        s.spentMs = q->value(9).toLongLong();
        s.resumedAt = parseTime(q->value(10));
        list.append(s);
    }
    return list;
}

Outcome AgendaRepository::check(const AgendaStep &step) const
{
    if (cleanText(step.title).isEmpty()) {
        return invalid(m_session, Text::tr("an agenda step needs a title."));
    }
    if (step.minutes < 1 || step.minutes > maxStepMinutes) {
        return invalid(
            m_session,
            Text::tr("an agenda step takes from 1 to %1 minutes, not %2.").arg(maxStepMinutes).arg(step.minutes));
    }
    if (step.view == AgendaView::Category) {
        auto q = m_session.run(QStringLiteral("SELECT 1 FROM category WHERE code = ?"), {step.categoryCode});
        if (!q) {
            return q.error();
        }
        if (!q->next()) {
            return invalid(m_session, Text::tr("there is no category \"%1\" for the agenda step \"%2\" to show.")
                                          .arg(step.categoryCode, cleanText(step.title)));
        }
    }
    return Done{};
}

Outcome AgendaRepository::renumber(QVector<AgendaStep> order, const QString &actor) const
{
    const RecordLedger ledger(m_session);
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).position == i + 1) {
            continue;
        }
        if (auto q = m_session.run(QStringLiteral("UPDATE agenda_step SET position = ? WHERE id = ?"),
                                   {i + 1, order.at(i).id});
            !q) {
            return q.error();
        }
        if (auto a = ledger.recordState(actor, QStringLiteral("move"), entityOf(order.at(i).id)); !a) {
            return a;
        }
    }
    return Done{};
}

Result<AgendaStep> AgendaRepository::add(const AgendaStep &step, int index, const QString &actor) const
{
    if (auto ok = check(step); !ok) {
        return ok.error();
    }
    auto list = all();
    if (!list) {
        return list.error();
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    const QString category = step.view == AgendaView::Category ? step.categoryCode : QString();
    auto q =
        m_session.run(QStringLiteral("INSERT INTO agenda_step (position, title, minutes, shows, category_code) "
                                     "SELECT coalesce(max(position), 0) + 1, ?, ?, ?, ? FROM agenda_step RETURNING id"),
                      {cleanText(step.title), step.minutes, toCode(step.view), category});
    if (!q) {
        return q.error();
    }
    AgendaStep added = step;
    added.id = static_cast<int>(insertedId(q.value()));
    added.title = cleanText(step.title);
    added.categoryCode = category;
    added.state = StepState::Planned;
    added.startedAt = added.endedAt = added.resumedAt = QDateTime();
    added.spentMs = 0;
    added.position = int(list->size()) + 1;
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("add"), entityOf(added.id)); !a) {
        return a.error();
    }
    QVector<AgendaStep> order = list.value();
    const int at = index < 0 || index > order.size() ? int(order.size()) : index;
    order.insert(at, added);
    if (auto r = renumber(order, actor); !r) {
        return r.error();
    }
    added.position = at + 1;
    if (auto c = transaction.commit(); !c) {
        return c.error();
    }
    return added;
}

Outcome AgendaRepository::update(const AgendaStep &step, const QString &actor) const
{
    if (auto ok = check(step); !ok) {
        return ok;
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto q = m_session.run(
        QStringLiteral("UPDATE agenda_step SET title = ?, minutes = ?, shows = ?, category_code = ? WHERE id = ?"),
        {cleanText(step.title), step.minutes, toCode(step.view),
         step.view == AgendaView::Category ? step.categoryCode : QString(), step.id});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return invalid(m_session, Text::tr("there is no agenda step %1.").arg(step.id));
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("edit"), entityOf(step.id)); !a) {
        return a;
    }
    return transaction.commit();
}

Outcome AgendaRepository::move(int id, int newIndex, const QString &actor) const
{
    auto list = all();
    if (!list) {
        return list.error();
    }
    const auto from = std::find_if(list->cbegin(), list->cend(), [&](const AgendaStep &s) { return s.id == id; });
    if (from == list->cend()) {
        return invalid(m_session, Text::tr("there is no agenda step %1.").arg(id));
    }
    if (newIndex < 0 || newIndex >= list->size()) {
        return invalid(m_session, Text::tr("an agenda step cannot move to position %1.").arg(newIndex + 1));
    }
    QVector<AgendaStep> order = list.value();
    order.move(int(from - list->cbegin()), newIndex);
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto r = renumber(order, actor); !r) {
        return r;
    }
    return transaction.commit();
}

Outcome AgendaRepository::remove(int id, const QString &actor) const
{
    auto list = all();
    if (!list) {
        return list.error();
    }
    const auto found = std::find_if(list->cbegin(), list->cend(), [&](const AgendaStep &s) { return s.id == id; });
    if (found == list->cend()) {
        return invalid(m_session, Text::tr("there is no agenda step %1.").arg(id));
    }
    if (found->startedAt.isValid()) {
        return invalid(m_session, Text::tr("the agenda step \"%1\" has started; its times are part of the meeting "
                                           "and it cannot be removed.")
                                      .arg(found->title));
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto q = m_session.run(QStringLiteral("DELETE FROM agenda_step WHERE id = ?"), {id}); !q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("remove"), entityOf(id)); !a) {
        return a;
    }
    QVector<AgendaStep> order = list.value();
    order.removeAt(int(found - list->cbegin()));
    if (auto r = renumber(order, actor); !r) {
        return r;
    }
    return transaction.commit();
}

Outcome AgendaRepository::restore(const AgendaStep &s, const QString &actor) const
{
    auto list = all();
    if (!list) {
        return list.error();
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    auto q = m_session.run(
        QStringLiteral("INSERT INTO agenda_step (id, position, title, minutes, shows, category_code, "
                       "state, started_at, ended_at, spent_ms, resumed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.id, int(list->size()) + 1, cleanText(s.title), s.minutes, toCode(s.view), s.categoryCode, toCode(s.state),
         timeValue(s.startedAt), timeValue(s.endedAt), s.spentMs, timeValue(s.resumedAt)});
    if (!q) {
        return q.error();
    }
    if (auto a = RecordLedger(m_session).recordState(actor, QStringLiteral("restore"), entityOf(s.id)); !a) {
        return a;
    }
    QVector<AgendaStep> order = list.value();
    AgendaStep back = s;
    back.position = int(list->size()) + 1;
    order.insert(std::clamp(s.position - 1, 0, int(order.size())), back);
    if (auto r = renumber(order, actor); !r) {
        return r;
    }
    return transaction.commit();
}

Outcome AgendaRepository::writeClock(const QVector<AgendaStep> &changed, ClockAction action, const QString &actor) const
{
    if (changed.isEmpty()) {
        return Done{};
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    const RecordLedger ledger(m_session);
    for (const AgendaStep &s : changed) {
        auto q = m_session.run(
            QStringLiteral("UPDATE agenda_step SET state = ?, started_at = ?, ended_at = ?, "
                           "spent_ms = ?, resumed_at = ? WHERE id = ?"),
            {toCode(s.state), timeValue(s.startedAt), timeValue(s.endedAt), s.spentMs, timeValue(s.resumedAt), s.id});
        if (!q) {
            return q.error();
        }
        if (q->numRowsAffected() == 0) {
            return invalid(m_session, Text::tr("there is no agenda step %1.").arg(s.id));
        }
        if (auto a = ledger.recordState(actor, actionCode(action), entityOf(s.id)); !a) {
            return a;
        }
    }
    return transaction.commit();
}

} // namespace gonogo
