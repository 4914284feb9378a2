#include "launchsection.h"

#include "theme.h"

#include <QCoreApplication>

namespace gonogo::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::RecordReport)
};

QColor outcomeColour(StepOutcome o)
{
    switch (o) {
    case StepOutcome::Done:
        return theme::statusColour(Status::Pass);
    case StepOutcome::Failed:
        return theme::statusColour(Status::Fail);
    case StepOutcome::Pending:
        break;
    }
    return theme::statusColour(Status::Pending);
}

} // namespace

void appendLaunchSection(Content &content, const ReportInput &input,
                         const std::function<QString(const QDateTime &)> &at)
{
    const LaunchRun &run = input.launch;
    const LaunchState state = run.state();
    if (state == LaunchState::NotStarted) {
        return;
    }
    content.add(Block::Heading, Text::tr("Edition 2: the launch"));
    content.add(
        Block::Paragraph,
        Text::tr("This section was added after the decision. The decision, its sign-offs and the record's fingerprint "
                 "%1 above are unchanged by it; the launch is kept in the audit log and checked by gonogo verify.")
            .arg(input.fingerprints.current.left(16)),
        Small, grey(0x44));

    const Launch &l = run.launch;
    QStringList facts{Text::tr("Started %1; go-live planned %2.").arg(at(l.startedAt), at(run.plannedGoLive()))};
    if (l.liveAt.isValid()) {
        facts << Text::tr("Live at %1 (by %2).").arg(at(l.liveAt), l.liveBy);
    }
    content.add(Block::Paragraph, facts.join(QLatin1Char(' ')));
    if (l.end != LaunchEnd::None) {
        const RollbackTrigger *t = run.trigger(l.triggerId);
        content.add(
            Block::Paragraph,
            Text::tr("%1 at %2 by %3, on trigger %4: %5")
                .arg(displayName(state).toUpper(), at(l.endedAt), l.endedBy, l.triggerId, t ? t->condition : QString()),
            Bold, theme::statusColour(Status::Fail));
        content.add(Block::Paragraph, Text::tr("Rationale: %1").arg(l.rationale));
    } else if (state == LaunchState::Live) {
        content.add(Block::Paragraph, Text::tr("The launch is live."), Bold, theme::statusColour(Status::Pass));
    }

    content.add(Block::Subheading, Text::tr("Runbook"));
    Table t;
    t.widths = {0.08, 0.13, 0.41, 0.12, 0.26};
    t.header = {cell(Text::tr("Step"), SmallBold), cell(Text::tr("Due"), SmallBold),
                cell(Text::tr("Step and its validation"), SmallBold), cell(Text::tr("Outcome"), SmallBold),
                cell(Text::tr("Recorded; note"), SmallBold)};
    for (const RunbookStep &s : run.steps) {
        Cell title = cell(s.title, SmallBold);
        title.below.append(Cell::Below{Text::tr("%1. Check: %2").arg(s.ownerRole, s.validation), Small, grey(0x55)});
        if (!s.triggerId.isEmpty()) {
            title.below.append(Cell::Below{Text::tr("Rollback trigger %1").arg(s.triggerId), Small, grey(0x55)});
        }
        Cell recorded =
            cell(s.outcomeAt.isValid() ? Text::tr("%1 by %2").arg(clockTime(s.outcomeAt), s.outcomeBy) : QString());
        if (!s.note.isEmpty()) {
            recorded.below.append(Cell::Below{s.note, Small, Qt::black});
        }
        t.rows.append({cell(s.id, SmallBold), cell(clockTime(run.dueAt(s))), title,
                       cell(displayName(s.outcome).toUpper(), SmallBold, outcomeColour(s.outcome)), recorded});
    }
    content.addTable(t);

    content.add(Block::Subheading, Text::tr("Rollback triggers"));
    for (const RollbackTrigger &trigger : run.triggers) {
        content.add(Block::Paragraph, Text::tr("%1  %2").arg(trigger.id, trigger.condition), Small);
    }
    content.add(Block::Paragraph,
                Text::tr("Launch fingerprint (SHA-256 of this section, bound to the record's fingerprint):"),
                SmallBold);
    content.blocks.last().keepWithNext = true;
    content.add(Block::Paragraph, run.fingerprint(input.fingerprints.current), Mono);
}

} // namespace gonogo::report
