// The record's third edition: what followed go-live. The monitoring plan with each metric's readings and breaches,
// the reviews as held, the decision's conditions with their follow-up, and the STABLE declaration with every
// stakeholder's sign-off (CURRENT or STALE against the STABLE fingerprint, printed in full).
#include "launchsection.h"

#include "theme.h"

#include <QCoreApplication>

namespace gonogo::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::RecordReport)
};

} // namespace

void appendAfterLaunchSection(Content &content, const ReportInput &input,
                              const std::function<QString(const QDateTime &)> &at)
{
    const LaunchRun &run = input.launch;
    const QDateTime live = run.launch.liveAt;
    if (!live.isValid()) {
        return;
    }
    const Monitoring &plan = input.monitoring;
    const Reviews &reviews = input.reviews;
    const QColor good = theme::statusColour(Status::Pass);
    const QColor bad = theme::statusColour(Status::Fail);
    const QColor open = theme::statusColour(Status::Partial);

    content.add(Block::Heading, Text::tr("Edition 3: after go-live"));
    content.add(
        Block::Paragraph,
        Text::tr("Monitoring, the reviews and the STABLE declaration, added after the launch went live at %1. The "
                 "decision and the launch above are unchanged by them; every reading, review, follow-up and sign-off "
                 "is kept in the audit log and checked by gonogo verify.")
            .arg(at(live)),
        Small, grey(0x44));

    // Monitoring: the plan, and how each metric read.
    const QVector<MetricReading> breaches = plan.breachesOf();
    content.add(Block::Subheading, Text::tr("Monitoring"));
    content.add(Block::Paragraph,
                Text::tr("%n reading(s) taken; ", nullptr, int(plan.readings.size())) +
                    Text::tr("%n outside their thresholds.", nullptr, int(breaches.size())),
                Body, breaches.isEmpty() ? Qt::black : bad);
    Table metrics;
    metrics.widths = {0.23, 0.16, 0.11, 0.25, 0.12, 0.13};
    metrics.header = {cell(Text::tr("Metric"), SmallBold),   cell(Text::tr("Threshold"), SmallBold),
                      cell(Text::tr("Readings"), SmallBold), cell(Text::tr("Latest"), SmallBold),
                      cell(Text::tr("Breaches"), SmallBold), cell(Text::tr("Trigger"), SmallBold)};
    for (const Metric &m : plan.metrics) {
        const MetricReading *last = plan.latest(m.id);
        int count = 0;
        int outside = 0;
        for (const MetricReading &r : plan.readings) {
            if (r.metricId == m.id) {
                ++count;
                outside += Monitoring::breaches(m, r) ? 1 : 0;
            }
        }
        Cell latest = cell(!last              ? Text::tr("none")
                           : m.unit.isEmpty() ? last->valueText()
                                              : Text::tr("%1 %2").arg(last->valueText(), m.unit),
                           Small, last && Monitoring::breaches(m, *last) ? bad : Qt::black);
        if (last) {
            latest.below.append(Cell::Below{at(last->at), Small, grey(0x55)});
        }
        metrics.rows.append(
            {cell(m.name, SmallBold), cell(m.thresholdText()), cell(QString::number(count)), latest,
             cell(QString::number(outside), outside > 0 ? SmallBold : Small, outside > 0 ? bad : Qt::black),
             cell(m.triggerId)});
    }
    content.addTable(metrics);
    if (!breaches.isEmpty()) {
        content.add(Block::Subheading, Text::tr("Readings outside their thresholds"));
        Table t;
        t.widths = {0.26, 0.22, 0.14, 0.16, 0.22};
        t.header = {cell(Text::tr("Taken"), SmallBold), cell(Text::tr("Metric"), SmallBold),
                    cell(Text::tr("Value"), SmallBold), cell(Text::tr("Threshold"), SmallBold),
                    cell(Text::tr("Source; by"), SmallBold)};
        for (const MetricReading &r : breaches) {
            const Metric *m = plan.metric(r.metricId);
            Cell metric = cell(m ? m->name : r.metricId, SmallBold);
            if (m && !m->triggerId.isEmpty()) {
                const RollbackTrigger *trigger = run.trigger(m->triggerId);
                metric.below.append(
                    Cell::Below{Text::tr("Feeds %1: %2").arg(m->triggerId, trigger ? trigger->condition : QString()),
                                Small, grey(0x55)});
            }
            const QString value =
                m && !m->unit.isEmpty() ? Text::tr("%1 %2").arg(r.valueText(), m->unit) : r.valueText();
            t.rows.append({cell(at(r.at)), metric, cell(value, SmallBold, bad),
                           cell(m ? m->thresholdText() : QString()),
                           cell(Text::tr("%1; %2").arg(r.source, r.recordedBy))});
        }
        content.addTable(t);
    }

    // The reviews, scheduled from the actual go-live.
    content.add(Block::Subheading, Text::tr("Reviews"));
    Table held;
    held.widths = {0.16, 0.24, 0.2, 0.4};
    held.header = {cell(Text::tr("Review"), SmallBold), cell(Text::tr("Due; held"), SmallBold),
                   cell(Text::tr("Attendees"), SmallBold),
                   cell(Text::tr("Outcome; metrics; open conditions"), SmallBold)};
    for (const Review &r : reviews.reviews) {
        Cell when = cell(at(r.dueAt(live)));
        when.below.append(Cell::Below{r.heldAt.isValid() ? Text::tr("held %1 by %2").arg(at(r.heldAt), r.recordedBy)
                                                         : Text::tr("not held yet"),
                                      Small, r.heldAt.isValid() ? Qt::black : grey(0x77)});
        Cell outcome = cell(r.stable ? Text::tr("STABLE: %1").arg(r.outcome) : r.outcome, r.stable ? SmallBold : Small,
                            r.stable ? good : Qt::black);
        if (r.heldAt.isValid()) {
            outcome.below.append(Cell::Below{r.metricStatus, Small, grey(0x55)});
            outcome.below.append(Cell::Below{r.openConditions.isEmpty()
                                                 ? Text::tr("No open condition.")
                                                 : Text::tr("Open conditions: %1").arg(r.openConditions),
                                             Small, grey(0x55)});
        }
        Cell id = cell(r.id, SmallBold);
        id.below.append(Cell::Below{r.purpose, Small, grey(0x55)});
        held.rows.append({id, when, cell(r.attendees), outcome});
    }
    content.addTable(held);

    // The conditions of the decision, as decided and as followed up.
    if (input.snapshot.decision && !input.snapshot.decision->conditions.isEmpty()) {
        content.add(Block::Subheading, Text::tr("Conditions of the decision"));
        Table t;
        t.widths = {0.05, 0.4, 0.27, 0.28};
        t.header = {cell(QStringLiteral("#"), SmallBold),
                    cell(Text::tr("Condition (owner, due, as decided)"), SmallBold), cell(Text::tr("State"), SmallBold),
                    cell(Text::tr("Follow-up"), SmallBold)};
        for (const Condition &c : input.snapshot.decision->conditions) {
            const ConditionFollowUp *f = reviews.followUpOf(c.id);
            Cell text = cell(c.text);
            text.below.append(
                Cell::Below{Text::tr("%1, due %2").arg(c.owner, c.due.toString(Qt::ISODate)), Small, grey(0x55)});
            Cell state = !f ? cell(Text::tr("OPEN"), SmallBold, open)
                         : f->state == FollowUp::Closed
                             ? cell(Text::tr("CLOSED"), SmallBold, good)
                             : cell(Text::tr("CARRIED to %1, due %2").arg(f->newOwner, f->newDue.toString(Qt::ISODate)),
                                    SmallBold, open.darker(130));
            Cell followUp = cell(f ? f->note : QString());
            if (f) {
                followUp.below.append(
                    Cell::Below{Text::tr("%1 by %2").arg(at(f->changedAt), f->changedBy), Small, grey(0x55)});
            }
            t.rows.append({cell(QString::number(c.id), SmallBold), text, state, followUp});
        }
        content.addTable(t);
    }

    // The STABLE declaration and who signed it.
    const Review *stable = reviews.stableAt();
    content.add(Block::Subheading, Text::tr("STABLE declaration"));
    if (!stable) {
        content.add(Block::Paragraph, Text::tr("STABLE has not been declared."), Body, grey(0x55));
        return;
    }
    const QString fingerprint = reviews.stableFingerprint(run.fingerprint(input.fingerprints.current), plan);
    content.add(Block::Paragraph,
                Text::tr("STABLE declared at %1, held %2 by %3: %4")
                    .arg(stable->id, at(stable->heldAt), stable->recordedBy, stable->outcome),
                Bold, good);
    Table signers;
    signers.keepTogether = true;
    signers.widths = {0.24, 0.18, 0.14, 0.26, 0.18};
    signers.header = {cell(Text::tr("Stakeholder"), SmallBold), cell(Text::tr("Role"), SmallBold),
                      cell(Text::tr("State"), SmallBold), cell(Text::tr("Signed"), SmallBold),
                      cell(Text::tr("Comment"), SmallBold)};
    int current = 0;
    for (const Stakeholder &p : input.snapshot.stakeholders) {
        const StableSignoff *s = reviews.stableSignoffOf(p.id);
        const bool isCurrent = s && s->fingerprint == fingerprint;
        current += isCurrent ? 1 : 0;
        signers.rows.append({cell(p.name, SmallBold), cell(p.role),
                             !s          ? cell(Text::tr("NOT SIGNED"), SmallBold, grey(0x77))
                             : isCurrent ? cell(Text::tr("CURRENT"), SmallBold, good)
                                         : cell(Text::tr("STALE"), SmallBold, open),
                             cell(s ? at(s->signedAt) : QString()), cell(s ? s->comment : QString())});
    }
    content.add(Block::Paragraph,
                Text::tr("Signed by %1 of %2 against the declaration as it stands.")
                    .arg(current)
                    .arg(input.snapshot.stakeholders.size()),
                Small, grey(0x44));
    content.addTable(signers);
    content.add(
        Block::Paragraph,
        Text::tr("STABLE fingerprint (SHA-256 of the launch's fingerprint, the monitoring plan, the readings up to the "
                 "STABLE review and the reviews up to it):"),
        SmallBold);
    content.blocks.last().keepWithNext = true;
    content.add(Block::Paragraph, fingerprint, Mono);
}

} // namespace gonogo::report
