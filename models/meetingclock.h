// The meeting clock: where the agenda stands at a moment (the step on, its time left or over, the meeting's time,
// and what will not fit at the current pace) and what start, pause, next and previous change. Pure functions of
// the agenda and a time the caller passes in (the window's clock, or a test's), so the logic is tested without
// waiting. Must never read the clock itself, nor touch storage or widgets.
#pragma once

#include "meetingrun.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <functional>

namespace gonogo {

// Where "now" comes from: the system clock in the window, a settable one in tests.
using TimeSource = std::function<QDateTime()>;
TimeSource systemTime();

enum class ClockAction { StartOrPause, Next, Previous, Finish, GoTo };

// How a time box stands: plenty of time, closing (two minutes or less), or over.
enum class TimeBand { Plenty, Closing, Over };

struct ClockReading
{
    int current = -1; // index of the step running or paused; -1 when none
    bool started = false;
    bool paused = false;
    bool finished = false; // started, and no step is on any more
    qint64 stepActualMs = 0;
    qint64 stepPlannedMs = 0;
    qint64 stepLeftMs = 0; // negative when over
    TimeBand band = TimeBand::Plenty;
    qint64 meetingActualMs = 0;  // every step's running time so far
    qint64 meetingPlannedMs = 0; // the agenda's minutes
    QDateTime meetingStartedAt;
    QDateTime meetingEndedAt; // when finished
    // At the pace of the steps done so far (actual over planned): how far the meeting ends over its planned length
    // (negative: early), and the steps that would end after it.
    qint64 projectedOverMs = 0;
    QVector<int> wontFit;
};

class MeetingClock
{
public:
    static constexpr qint64 closingMs = 2 * 60 * 1000;

    static ClockReading read(const QVector<AgendaStep> &agenda, const QDateTime &now);
    static TimeBand band(qint64 leftMs);

    // The steps ACTION changes at NOW, as they will be (only the changed ones). TARGET is the step index for
    // GoTo. Empty when the action changes nothing (previous before the first step, next after the last).
    static QVector<AgendaStep> apply(const QVector<AgendaStep> &agenda, ClockAction action, const QDateTime &now,
                                     int target = -1);

    // "2 min left", "45 s left", "3 min over": what the room reads under the step's clock.
    static QString leftText(qint64 leftMs);
    // "12:05" or "1:02:05": a running time.
    static QString durationText(qint64 ms);
    // Whole minutes for people, rounded to the nearest (a 40 s step is 1 min; nothing at all is 0).
    static int roundedMinutes(qint64 ms);
    // One sentence on the pace: on time, or "ends 12 min over: Next steps will not fit".
    static QString forecastText(const QVector<AgendaStep> &agenda, const ClockReading &reading);
};

} // namespace gonogo
