#include "meetingsection.h"

#include "meetingclock.h"
#include "theme.h"

#include <QCoreApplication>

namespace gonogo::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::RecordReport)
};

Cell answerCell(PollAnswer a)
{
    return cell(displayName(a), SmallBold, theme::pollAnswerColour(a));
}

} // namespace

void appendMeetingSection(Content &content, const ReportInput &input, const QDateTime &generatedAt,
                          const std::function<QString(const QDateTime &)> &at)
{
    const Snapshot &s = input.snapshot;
    content.add(Block::Heading, Text::tr("Meeting"));

    // The roll call first: it is part of what was decided (and of the fingerprint).
    content.add(Block::Subheading, Text::tr("Roll-call poll"));
    if (s.poll.answers.isEmpty()) {
        content.add(Block::Paragraph, Text::tr("No roll-call poll was taken."), Small);
    } else {
        const PollTally tally = tallyPoll(s.poll, static_cast<int>(s.stakeholders.size()), input.assessment.decision);
        Table t;
        t.widths = {0.2, 0.2, 0.17, 0.43};
        t.header = {cell(Text::tr("Role"), SmallBold), cell(Text::tr("Name"), SmallBold),
                    cell(Text::tr("Answer"), SmallBold), cell(Text::tr("Comment"), SmallBold)};
        for (const Stakeholder &p : s.stakeholders) {
            const PollVote *v = s.poll.answerOf(p.id);
            Cell answer = v ? answerCell(v->answer)
                            : cell(Text::tr("NOT ASKED"), SmallBold, theme::statusColour(Status::Pending));
            if (v) {
                answer.below.append(Cell::Below{clockTime(v->answeredAt), Small, grey(0x55)});
            }
            t.rows.append({cell(p.role), cell(p.name.isEmpty() ? QStringLiteral("-") : p.name), answer,
                           cell(v ? v->comment : QString())});
        }
        content.addTable(t);
        content.add(
            Block::Paragraph,
            Text::tr("Tally: %1 GO, %2 GO WITH DISSENT, %3 NO-GO, %4 not asked. Recommendation from the scores and "
                     "risks now: %5.")
                .arg(QString::number(tally.go), QString::number(tally.dissent), QString::number(tally.noGo),
                     QString::number(tally.unanswered), displayName(input.assessment.decision)),
            Small);
        if (tally.disagrees) {
            content.add(
                Block::Paragraph,
                s.poll.rationale.isEmpty()
                    ? Text::tr("The poll disagrees with the recommendation, and no rationale has been recorded.")
                    : Text::tr("The poll disagrees with the recommendation."),
                Bold, theme::statusColour(Status::Fail));
            if (!s.poll.rationale.isEmpty()) {
                content.add(Block::Paragraph, Text::tr("Rationale: %1").arg(s.poll.rationale));
                content.add(Block::Paragraph,
                            Text::tr("Recorded by %1, %2.").arg(s.poll.rationaleBy, at(s.poll.rationaleAt)), Small,
                            grey(0x55));
            }
        } else {
            content.add(Block::Paragraph, Text::tr("The poll agrees with the recommendation."), Small);
        }
    }

    // Then the agenda as it ran.
    content.add(Block::Subheading, Text::tr("Agenda"));
    const ClockReading r = MeetingClock::read(s.agenda, generatedAt);
    if (!r.started) {
        content.add(Block::Paragraph,
                    Text::tr("The agenda's clock was not used; %n min were planned.", nullptr,
                             MeetingClock::roundedMinutes(r.meetingPlannedMs)),
                    Small);
    } else {
        content.add(Block::Paragraph,
                    r.finished
                        ? Text::tr("Held from %1 to %2: %3 min against %4 min planned.")
                              .arg(at(r.meetingStartedAt), at(r.meetingEndedAt),
                                   QString::number(MeetingClock::roundedMinutes(r.meetingActualMs)),
                                   QString::number(MeetingClock::roundedMinutes(r.meetingPlannedMs)))
                        : Text::tr("Started %1; still running when printed: %2 min so far against %3 min planned.")
                              .arg(at(r.meetingStartedAt),
                                   QString::number(MeetingClock::roundedMinutes(r.meetingActualMs)),
                                   QString::number(MeetingClock::roundedMinutes(r.meetingPlannedMs))),
                    Small);
    }
    Table t;
    t.widths = {0.05, 0.47, 0.12, 0.12, 0.12, 0.12};
    t.header = {cell(Text::tr("#"), SmallBold),       cell(Text::tr("Step"), SmallBold),
                cell(Text::tr("Planned"), SmallBold), cell(Text::tr("Actual"), SmallBold),
                cell(Text::tr("Started"), SmallBold), cell(Text::tr("Ended"), SmallBold)};
    for (const AgendaStep &step : s.agenda) {
        const qint64 actual = step.actualMs(generatedAt);
        const qint64 over = actual - qint64(step.minutes) * 60000;
        Cell title = cell(step.title);
        title.below.append(Cell::Below{step.view == AgendaView::Category
                                           ? Text::tr("Shows category %1").arg(step.categoryCode)
                                           : Text::tr("Shows: %1").arg(displayName(step.view)),
                                       Small, grey(0x55)});
        t.rows.append({cell(QString::number(step.position)), title, cell(Text::tr("%n min", nullptr, step.minutes)),
                       step.startedAt.isValid()
                           ? cell(Text::tr("%n min", nullptr, MeetingClock::roundedMinutes(actual)),
                                  over >= 60000 ? SmallBold : Small,
                                  over >= 60000 ? theme::statusColour(Status::Partial) : QColor(Qt::black))
                           : cell(Text::tr("not held"), Small, grey(0x55)),
                       cell(clockTime(step.startedAt)),
                       cell(step.state == StepState::Done ? clockTime(step.endedAt) : QString())});
    }
    content.addTable(t);
    content.add(
        Block::Paragraph,
        Text::tr("Actual times exclude pauses. The agenda's times are kept in the audit log and checked by "
                 "gonogo verify; they are not part of the record's fingerprint, because the clock runs on after "
                 "people sign."),
        Small, grey(0x55));
}

} // namespace gonogo::report
