#include "meetingclock.h"

#include <QCoreApplication>

#include <cmath>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::MeetingClock)
};

constexpr qint64 minuteMs = 60 * 1000;

void stop(AgendaStep &step, const QDateTime &now, StepState to)
{
    if (step.state == StepState::Running && step.resumedAt.isValid()) {
        step.spentMs += std::max<qint64>(0, step.resumedAt.msecsTo(now));
    }
    step.resumedAt = QDateTime();
    step.state = to;
    if (to == StepState::Done) {
        step.endedAt = now;
    }
}

void run(AgendaStep &step, const QDateTime &now)
{
    if (!step.startedAt.isValid()) {
        step.startedAt = now;
    }
    step.state = StepState::Running;
    step.resumedAt = now;
}

} // namespace

TimeSource systemTime()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

TimeBand MeetingClock::band(qint64 leftMs)
{
    if (leftMs < 0) {
        return TimeBand::Over;
    }
    return leftMs <= closingMs ? TimeBand::Closing : TimeBand::Plenty;
}

ClockReading MeetingClock::read(const QVector<AgendaStep> &agenda, const QDateTime &now)
{
    ClockReading r;
    qint64 doneActual = 0;
    qint64 donePlanned = 0;
    for (int i = 0; i < agenda.size(); ++i) {
        const AgendaStep &s = agenda.at(i);
        r.meetingPlannedMs += s.minutes * minuteMs;
        r.meetingActualMs += s.actualMs(now);
        if (s.startedAt.isValid()) {
            r.started = true;
            if (!r.meetingStartedAt.isValid() || s.startedAt < r.meetingStartedAt) {
                r.meetingStartedAt = s.startedAt;
            }
        }
        if (s.endedAt.isValid() && (!r.meetingEndedAt.isValid() || s.endedAt > r.meetingEndedAt)) {
            r.meetingEndedAt = s.endedAt;
        }
        if (s.isCurrent()) {
            r.current = i;
        } else if (s.state == StepState::Done) {
            doneActual += s.spentMs;
            donePlanned += s.minutes * minuteMs;
        }
    }
    r.finished = r.started && r.current < 0;
    if (!r.finished) {
        r.meetingEndedAt = QDateTime();
    }
    if (r.current >= 0) {
        const AgendaStep &s = agenda.at(r.current);
        r.paused = s.state == StepState::Paused;
        r.stepActualMs = s.actualMs(now);
        r.stepPlannedMs = s.minutes * minuteMs;
        r.stepLeftMs = r.stepPlannedMs - r.stepActualMs;
        r.band = band(r.stepLeftMs);
    }
    if (!r.started || r.finished) {
        r.projectedOverMs = r.finished ? r.meetingActualMs - r.meetingPlannedMs : 0;
        return r;
    }
    // The pace of the steps done so far; 1 until one is done. The step on takes at least what it has taken.
    const double pace = donePlanned > 0 ? std::clamp(double(doneActual) / double(donePlanned), 0.25, 4.0) : 1.0;
    qint64 projected = 0;
    for (int i = 0; i < agenda.size(); ++i) {
        const AgendaStep &s = agenda.at(i);
        if (s.state == StepState::Done) {
            projected += s.spentMs;
        } else if (i == r.current) {
            projected += std::max(s.actualMs(now), qint64(std::llround(s.minutes * minuteMs * pace)));
        } else {
            projected += qint64(std::llround(s.minutes * minuteMs * pace));
            if (projected > r.meetingPlannedMs) {
                r.wontFit << i;
            }
        }
    }
    r.projectedOverMs = projected - r.meetingPlannedMs;
    return r;
}

QVector<AgendaStep> MeetingClock::apply(const QVector<AgendaStep> &agenda, ClockAction action, const QDateTime &now,
                                        int target)
{
    int current = -1;
    int lastEnded = -1;
    for (int i = 0; i < agenda.size(); ++i) {
        if (agenda.at(i).isCurrent()) {
            current = i;
        }
        if (agenda.at(i).endedAt.isValid() && (lastEnded < 0 || agenda.at(i).endedAt >= agenda.at(lastEnded).endedAt)) {
            lastEnded = i;
        }
    }
    auto firstPlanned = [&] {
        for (int i = 0; i < agenda.size(); ++i) {
            if (agenda.at(i).state == StepState::Planned) {
                return i;
            }
        }
        return -1;
    };
    int to = -1;
    switch (action) {
    case ClockAction::StartOrPause:
        if (current >= 0) {
            AgendaStep s = agenda.at(current);
            if (s.state == StepState::Running) {
                stop(s, now, StepState::Paused);
            } else {
                run(s, now);
            }
            return {s};
        }
        to = firstPlanned();
        break;
    case ClockAction::Next:
        if (current >= 0) {
            to = current + 1 < agenda.size() ? current + 1 : -1;
            if (to < 0) {
                AgendaStep s = agenda.at(current);
                stop(s, now, StepState::Done);
                return {s};
            }
        } else {
            to = firstPlanned();
        }
        break;
    case ClockAction::Previous:
        if (current >= 0) {
            to = current - 1;
        } else {
            to = lastEnded; // reopens the step the meeting ended on
        }
        break;
    case ClockAction::Finish:
        if (current < 0) {
            return {};
        }
        {
            AgendaStep s = agenda.at(current);
            stop(s, now, StepState::Done);
            return {s};
        }
    case ClockAction::GoTo:
        to = target;
        break;
    }
    if (to < 0 || to >= agenda.size() || to == current) {
        return {};
    }
    QVector<AgendaStep> changed;
    if (current >= 0) {
        AgendaStep s = agenda.at(current);
        stop(s, now, StepState::Done);
        changed << s;
    }
    AgendaStep next = agenda.at(to);
    run(next, now);
    changed << next;
    return changed;
}

QString MeetingClock::leftText(qint64 leftMs)
{
    if (leftMs >= 0) {
        if (leftMs >= minuteMs) {
            const int minutes = int((leftMs + minuteMs - 1) / minuteMs);
            return Text::tr("%n min left", nullptr, minutes);
        }
        return Text::tr("%n s left", nullptr, int((leftMs + 999) / 1000));
    }
    const qint64 over = -leftMs;
    if (over >= minuteMs) {
        return Text::tr("%n min over", nullptr, int(over / minuteMs));
    }
    return Text::tr("%n s over", nullptr, std::max(1, int(over / 1000)));
}

QString MeetingClock::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0) {
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

int MeetingClock::roundedMinutes(qint64 ms)
{
    if (ms <= 0) {
        return 0;
    }
    return std::max(1, int((ms + minuteMs / 2) / minuteMs));
}

QString MeetingClock::forecastText(const QVector<AgendaStep> &agenda, const ClockReading &r)
{
    if (!r.started) {
        return Text::tr("Not started: %n min planned.", nullptr, roundedMinutes(r.meetingPlannedMs));
    }
    if (r.finished) {
        if (r.projectedOverMs >= minuteMs) {
            return Text::tr("Ended %n min over the plan.", nullptr, int(r.projectedOverMs / minuteMs));
        }
        return Text::tr("Ended within the plan.");
    }
    if (r.projectedOverMs < minuteMs) {
        return Text::tr("On time at this pace.");
    }
    const int over = int(r.projectedOverMs / minuteMs);
    if (r.wontFit.isEmpty()) {
        return Text::tr("At this pace: %n min over.", nullptr, over);
    }
    QStringList titles;
    for (int i : r.wontFit) {
        titles << agenda.at(i).title;
    }
    return Text::tr("At this pace: %n min over; will not fit: %1.", nullptr, over)
        .arg(QLocale().createSeparatedList(titles));
}

} // namespace gonogo
