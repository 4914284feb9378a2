#include "reportcontent.h"

#include "theme.h"

#include <QCoreApplication>
#include <QLocale>

namespace gonogo::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::RecordReport)
};

QString percent(const Score &s)
{
    return QLocale().toString(s.tenthsOfPercent() / 10.0, 'f', 1) + QStringLiteral("%");
}

QString longDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : Text::tr("not set");
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? Text::tr("(none)") : text;
}

Cell cell(const QString &text, FontId font = Small, const QColor &color = Qt::black)
{
    return Cell{text, font, color, {}, {}};
}

} // namespace

QColor grey(int v)
{
    return QColor(v, v, v);
}

Content buildContent(const ReportInput &input, const QDateTime &generatedAt)
{
    const Snapshot &s = input.snapshot;
    const Assessment &a = input.assessment;
    Content content;
    QVector<Block> &b = content.blocks;
    auto para = [&b](const QString &text, FontId f = Body, const QColor &c = Qt::black) {
        Block block;
        block.kind = Block::Paragraph;
        block.text = text;
        block.font = f;
        block.color = c;
        b.append(block);
    };
    auto heading = [&b](const QString &text) {
        Block block;
        block.kind = Block::Heading;
        block.text = text;
        b.append(block);
    };
    auto table = [&b](const Table &t) {
        Block block;
        block.kind = Block::TableBlock;
        block.table = t;
        b.append(block);
    };
    auto banner = [&b](const QString &text, const QColor &fill) {
        Block block;
        block.kind = Block::Banner;
        block.text = text;
        block.fill = fill;
        b.append(block);
    };
    auto spacer = [&b](qreal points) {
        Block block;
        block.kind = Block::Spacer;
        block.space = points;
        b.append(block);
    };

    // 1. Cover.
    para(Text::tr("Go/No-Go decision record"), Heading1, QColor(0x1a, 0x2a, 0x44));
    para(s.meeting.launchName, Heading2);
    spacer(4);
    Table cover;
    cover.widths = {0.28, 0.72};
    cover.rows = {
        {cell(Text::tr("Meeting date"), SmallBold), cell(longDate(s.meeting.meetingDate))},
        {cell(Text::tr("Target launch date"), SmallBold), cell(longDate(s.meeting.targetDate))},
        {cell(Text::tr("Facilitator"), SmallBold), cell(orNone(s.meeting.facilitator))},
        {cell(Text::tr("Record status"), SmallBold),
         !input.integrityProblems.isEmpty()
             ? cell(Text::tr("INTEGRITY CHECK FAILED: %1").arg(input.integrityProblems.join(QStringLiteral("; "))),
                    SmallBold, theme::statusColour(Status::Fail))
         : input.progress.status == RecordStatus::Final
             ? cell(Text::tr("FINAL: decision recorded, every sign-off current"), SmallBold,
                    theme::statusColour(Status::Pass))
             : cell(Text::tr(
                        "DRAFT: not final until the decision is recorded and every stakeholder's sign-off is current"),
                    SmallBold, theme::statusColour(Status::Fail))},
        {cell(Text::tr("Printed"), SmallBold), cell(localTimeText(generatedAt))},
    };
    table(cover);
    if (s.decision) {
        const RecordedDecision &d = *s.decision;
        banner(Text::tr("DECISION: %1").arg(displayName(d.decision)), theme::decisionColour(d.decision));
        para(Text::tr("Recorded %1 by %2.").arg(localTimeText(d.decidedAt), d.decidedBy), Small, grey(0x55));
        para(Text::tr("Rationale: %1").arg(d.rationale));
        if (d.decision != d.recommendation) {
            para(Text::tr("The decision departs from the recommendation at the time it was recorded (%1). Override "
                          "rationale: %2")
                     .arg(displayName(d.recommendation), d.overrideRationale),
                 Bold, theme::statusColour(Status::Fail));
        }
    } else {
        banner(Text::tr("NO DECISION RECORDED"), theme::statusColour(Status::Pending));
    }
    para(Text::tr("Recommendation from the scores and risks now: %1").arg(displayName(a.decision)), Bold,
         theme::decisionColour(a.decision));
    para(Text::tr("Critical score %1 (%2 of %3 critical items PASS). Total score %4 (%5 of %6 items PASS).")
             .arg(percent(a.criticalScore))
             .arg(a.critical.pass)
             .arg(a.critical.total)
             .arg(percent(a.totalScore))
             .arg(a.items.pass)
             .arg(a.items.total));
    para(Text::tr("Items: %1 PASS, %2 PARTIAL, %3 FAIL, %4 PENDING. Risks: %5 open red, %6 open yellow, %7 open green, "
                  "%8 accepted, %9 mitigated.")
             .arg(a.items.pass)
             .arg(a.items.partial)
             .arg(a.items.fail)
             .arg(a.items.pending)
             .arg(a.openRed)
             .arg(a.openYellow)
             .arg(a.openGreen)
             .arg(a.accepted)
             .arg(a.mitigated),
         Small);

    // 2. Decision matrix and thresholds.
    heading(Text::tr("Decision criteria used"));
    const Thresholds &t = s.meeting.thresholds;
    para(Text::tr(
             "NO-GO if the critical score is below %1%, if the total score is below %2%, or if any open risk is "
             "red. Otherwise GO WITH CAUTION if the total score is below %3%, or any open risk is yellow, or any "
             "accepted risk is red or yellow. Otherwise GO. Only PASS counts; scores are compared exactly and shown "
             "rounded down.")
             .arg(t.criticalPercent)
             .arg(t.cautionPercent)
             .arg(t.goPercent),
         Small);
    {
        Block m;
        m.kind = Block::Matrix;
        m.matrix = s.matrix;
        m.cellText.resize(12);
        b.append(m);
    }
    if (!a.reasons.isEmpty()) {
        para(Text::tr("Reasons for the recommendation:"), SmallBold);
        int shown = 0;
        for (const Reason &r : a.reasons) {
            if (r.kind == Reason::Kind::CriticalItemNotPass) {
                continue; // listed item by item below
            }
            para(QStringLiteral("\u2022 ") + r.text, Small, theme::decisionColour(r.effect));
            ++shown;
        }
        if (shown == 0) {
            para(Text::tr("\u2022 Critical items not PASS: see below."), Small);
        }
    }

    // 3. Categories.
    heading(Text::tr("Readiness by category"));
    Table categories;
    categories.widths = {0.22, 0.09, 0.1, 0.12, 0.11, 0.11, 0.13, 0.12};
    categories.header = {cell(Text::tr("Category"), SmallBold), cell(Text::tr("Items"), SmallBold),
                         cell(Text::tr("Critical"), SmallBold), cell(Text::tr("PASS"), SmallBold),
                         cell(Text::tr("PARTIAL"), SmallBold),  cell(Text::tr("FAIL"), SmallBold),
                         cell(Text::tr("PENDING"), SmallBold),  cell(Text::tr("Score"), SmallBold)};
    for (const CategoryScore &c : a.categories) {
        categories.rows.append(
            {cell(c.name), cell(QLocale().toString(c.items.total)),
             cell(Text::tr("%1 of %2").arg(c.critical.pass).arg(c.critical.total),
                  c.critical.pass < c.critical.total ? SmallBold : Small,
                  c.critical.pass < c.critical.total ? theme::statusColour(Status::Fail) : Qt::black),
             cell(QLocale().toString(c.items.pass)), cell(QLocale().toString(c.items.partial)),
             cell(QLocale().toString(c.items.fail)), cell(QLocale().toString(c.items.pending)),
             cell(percent(Score{c.items.pass, c.items.total}))});
    }
    table(categories);

    // 4. Items not PASS, critical first.
    heading(Text::tr("Items not PASS"));
    QVector<const Item *> open;
    for (const Item &i : s.items) {
        if (i.status != Status::Pass && i.critical) {
            open << &i;
        }
    }
    for (const Item &i : s.items) {
        if (i.status != Status::Pass && !i.critical) {
            open << &i;
        }
    }
    if (open.isEmpty()) {
        para(Text::tr("Every item is PASS."));
    } else {
        Table t4;
        t4.widths = {0.1, 0.36, 0.1, 0.14, 0.1, 0.2};
        t4.header = {cell(Text::tr("ID"), SmallBold),       cell(Text::tr("Item"), SmallBold),
                     cell(Text::tr("Critical"), SmallBold), cell(Text::tr("Owner"), SmallBold),
                     cell(Text::tr("Status"), SmallBold),   cell(Text::tr("Evidence"), SmallBold)};
        for (const Item *i : open) {
            t4.rows.append({cell(i->id, SmallBold), cell(i->title),
                            cell(i->critical ? Text::tr("Critical") : QString(), SmallBold, theme::criticalColour()),
                            cell(i->owner), cell(displayName(i->status), SmallBold, theme::statusColour(i->status)),
                            cell(i->evidence)});
        }
        table(t4);
    }

    // 5. Risks.
    heading(Text::tr("Risks"));
    {
        Block m;
        m.kind = Block::Matrix;
        m.matrix = s.matrix;
        m.cellText.resize(12);
        int mitigated = 0;
        for (const Risk &r : s.risks) {
            if (r.state == RiskState::Mitigated) {
                ++mitigated;
                continue;
            }
            QString &text = m.cellText[static_cast<int>(r.likelihood) * 4 + static_cast<int>(r.impact)];
            text += (text.isEmpty() ? QString() : QStringLiteral(", ")) +
                    (r.state == RiskState::Accepted ? Text::tr("%1 (accepted)").arg(r.id) : r.id);
        }
        b.append(m);
        para(Text::tr("Open and accepted risks are placed in the grid; mitigated risks (%1) are listed below only.")
                 .arg(mitigated),
             Small, grey(0x55));
    }
    if (s.risks.isEmpty()) {
        para(Text::tr("No risks were registered."));
    } else {
        Table t5;
        t5.widths = {0.07, 0.25, 0.12, 0.1, 0.09, 0.11, 0.26};
        t5.header = {cell(Text::tr("ID"), SmallBold),
                     cell(Text::tr("Risk"), SmallBold),
                     cell(Text::tr("Likelihood"), SmallBold),
                     cell(Text::tr("Impact"), SmallBold),
                     cell(Text::tr("Level"), SmallBold),
                     cell(Text::tr("State"), SmallBold),
                     cell(Text::tr("Owner, mitigation, acceptance"), SmallBold)};
        for (const Risk &r : s.risks) {
            const RiskLevel level = s.matrix.level(r.likelihood, r.impact);
            QStringList detail;
            if (!r.owner.isEmpty()) {
                detail << Text::tr("Owner: %1").arg(r.owner);
            }
            if (!r.mitigation.isEmpty()) {
                detail << Text::tr("Mitigation: %1").arg(r.mitigation);
            }
            if (r.state == RiskState::Accepted) {
                detail << (r.acceptedUntil.isValid()
                               ? Text::tr("Accepted by %1 until %2: %3")
                                     .arg(r.acceptedBy, longDate(r.acceptedUntil), r.acceptanceRationale)
                               : Text::tr("Accepted by %1: %2").arg(r.acceptedBy, r.acceptanceRationale));
            }
            if (!r.itemIds.isEmpty()) {
                detail << Text::tr("Items: %1").arg(r.itemIds.join(QStringLiteral(", ")));
            }
            t5.rows.append({cell(r.id, SmallBold), cell(r.title), cell(displayName(r.likelihood)),
                            cell(displayName(r.impact)),
                            cell(displayName(level).toUpper(), SmallBold, theme::levelColour(level)),
                            cell(displayName(r.state)), cell(detail.join(QLatin1Char('\n')))});
        }
        table(t5);
    }

    // 6. Conditions.
    if (s.decision && !s.decision->conditions.isEmpty()) {
        heading(Text::tr("Conditions of the decision"));
        Table t6;
        t6.widths = {0.6, 0.2, 0.2};
        t6.header = {cell(Text::tr("Condition"), SmallBold), cell(Text::tr("Owner"), SmallBold),
                     cell(Text::tr("Due"), SmallBold)};
        for (const Condition &c : s.decision->conditions) {
            t6.rows.append({cell(c.text), cell(c.owner), cell(longDate(c.due))});
        }
        table(t6);
    }

    // 7. Sign-offs.
    heading(Text::tr("Sign-off"));
    Table t7;
    t7.widths = {0.2, 0.13, 0.13, 0.2, 0.17, 0.17};
    t7.header = {cell(Text::tr("Name and role"), SmallBold),
                 cell(Text::tr("Vote"), SmallBold),
                 cell(Text::tr("State"), SmallBold),
                 cell(Text::tr("Comment"), SmallBold),
                 cell(Text::tr("Signed (local time)"), SmallBold),
                 cell(Text::tr("Signature"), SmallBold)};
    for (const Stakeholder &p : s.stakeholders) {
        const Signoff *latest = latestSignoff(s, p.id);
        if (!latest) {
            t7.rows.append({cell(p.name.isEmpty() ? p.role : Text::tr("%1\n%2").arg(p.name, p.role)), cell(QString()),
                            cell(Text::tr("NOT SIGNED"), SmallBold, theme::statusColour(Status::Pending)),
                            cell(QString()), cell(QString()), cell(QString())});
            continue;
        }
        const SignoffState state = Record::state(*latest, input.fingerprints);
        const QColor stateColour = state == SignoffState::Current ? theme::statusColour(Status::Pass)
                                   : state == SignoffState::Stale ? theme::statusColour(Status::Partial)
                                                                  : theme::statusColour(Status::Fail);
        Cell signature = cell(QString());
        if (!latest->signaturePng.isEmpty()) {
            signature.image = QImage::fromData(latest->signaturePng, "PNG");
        }
        t7.rows.append({cell(Text::tr("%1\n%2").arg(latest->name, latest->role)), cell(displayName(latest->vote)),
                        cell(latest->canonicalForm == 1 ? Text::tr("%1\n(form 1)").arg(toCode(state)) : toCode(state),
                             SmallBold, stateColour),
                        cell(latest->comment), cell(localTimeText(latest->signedAt)), signature});
    }
    table(t7);
    para(Text::tr("These are simple electronic signatures: GoNoGo recorded the name typed, the vote and the time, "
                  "each bound to the fingerprint of the record that was signed. GoNoGo does not verify identity. A "
                  "STALE sign-off was given on an earlier version of this record."),
         Small, grey(0x44));
    const bool formOne =
        std::any_of(s.signoffs.cbegin(), s.signoffs.cend(), [](const Signoff &so) { return so.canonicalForm == 1; });
    if (formOne) {
        para(Text::tr("Sign-offs marked (form 1) were made by an earlier GoNoGo with canonical form 1 of the record. "
                      "They are checked under form 1 and, since the file was upgraded, against form 2 as well."),
             Small, grey(0x44));
    }

    // 8. Appendix: the whole checklist.
    heading(Text::tr("Appendix: the full checklist"));
    Table t8;
    t8.widths = {0.1, 0.5, 0.1, 0.18, 0.12};
    t8.header = {cell(Text::tr("ID"), SmallBold), cell(Text::tr("Item"), SmallBold),
                 cell(Text::tr("Critical"), SmallBold), cell(Text::tr("Owner"), SmallBold),
                 cell(Text::tr("Status"), SmallBold)};
    for (const Item &i : s.items) {
        t8.rows.append({cell(i.id), cell(i.title),
                        cell(i.critical ? Text::tr("Critical") : QString(), SmallBold, theme::criticalColour()),
                        cell(i.owner), cell(displayName(i.status), SmallBold, theme::statusColour(i.status))});
    }
    table(t8);

    // 9. Integrity.
    heading(Text::tr("Integrity"));
    para(Text::tr("Record fingerprint (SHA-256 of the canonical record):"), SmallBold);
    para(input.fingerprints.current, Mono);
    para(Text::tr("Audit chain head (entry %1):").arg(input.auditHead.seq), SmallBold);
    para(input.auditHead.hash, Mono);
    para(Text::tr("Record ID: %1").arg(s.meeting.recordId), Mono);
    para(Text::tr("Check with: gonogo verify FILE. The fingerprint printed here must match."), Small, grey(0x55));
    return content;
}

} // namespace gonogo::report
