// The meeting's own rows: the agenda (its steps, and the clock's times on them) and the roll-call poll. Each
// public write is one transaction with its audit rows (the whole new state of each row it touched, so that
// verify replays it), committed before the call returns.
#pragma once

#include "../domain.h"
#include "../meetingclock.h"
#include "../result.h"
#include "sql.h"

#include <optional>

namespace gonogo {

class AgendaRepository
{
public:
    explicit AgendaRepository(const SqlSession &session) : m_session(session) {}

    Result<QVector<AgendaStep>> all() const;
    // A new step at INDEX (the end when out of range): title, minutes, view and category from STEP. Returns it as
    // written, with its ID.
    Result<AgendaStep> add(const AgendaStep &step, int index, const QString &actor) const;
    // Title, minutes, view and category of the step with STEP's ID; the clock's times are not touched.
    Outcome update(const AgendaStep &step, const QString &actor) const;
    Outcome move(int id, int newIndex, const QString &actor) const;
    // Refused once the step has started: its times are part of the meeting's history.
    Outcome remove(int id, const QString &actor) const;
    // Puts back a removed step exactly as it was (same ID and place), for undo.
    Outcome restore(const AgendaStep &step, const QString &actor) const;
    // Writes what the clock changed (MeetingClock::apply): state and times of each step in CHANGED.
    Outcome writeClock(const QVector<AgendaStep> &changed, ClockAction action, const QString &actor) const;

private:
    Outcome check(const AgendaStep &step) const;
    Outcome renumber(QVector<AgendaStep> order, const QString &actor) const; // no transaction

    const SqlSession &m_session;
};

class PollRepository
{
public:
    explicit PollRepository(const SqlSession &session) : m_session(session) {}

    Result<Poll> load() const; // answers in stakeholder order
    // Records (or replaces) a stakeholder's answer, stamped now and with ACTOR as the one who typed it.
    Result<PollVote> answer(int stakeholderId, PollAnswer answer, const QString &comment, const QString &actor) const;
    // Puts a stakeholder's answer back exactly as it was, or removes it (nullopt): for undo.
    Outcome restore(int stakeholderId, const std::optional<PollVote> &vote, const QString &actor) const;
    // Why the meeting goes on although the poll and the recommendation disagree; empty clears it.
    Outcome setRationale(const QString &rationale, const QString &actor) const;

private:
    const SqlSession &m_session;
};

} // namespace gonogo
