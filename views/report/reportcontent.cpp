#include "reportcontent.h"

#include "launchsection.h"
#include "meetingsection.h"
#include "pagecomposer.h"
#include "theme.h"

#include <QFontMetricsF>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

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

// Every moment the record prints: UTC to the second, the same on any machine that prints it.
QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC") : QString();
}

QString utc(const QString &iso)
{
    return utc(QDateTime::fromString(iso, Qt::ISODateWithMs));
}

// "+01:00": the zone's offset from UTC at noon on DAY.
QString offsetText(const QTimeZone &zone, const QDate &day)
{
    const int seconds = zone.offsetFromUtc(QDateTime(day, QTime(12, 0), Qt::UTC));
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// A moment as the record prints it: UTC to the second, then the same moment in the meeting's own zone (stored in
// the file), with its date when that differs: "2026-11-28 05:04:49 UTC (06:04:49 CET)".
QString when(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid()) {
        return QString();
    }
    const QDateTime u = t.toUTC();
    if (!zone.isValid()) {
        return utc(u);
    }
    const QDateTime local = u.toTimeZone(zone);
    const QString time = local.date() == u.date() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                  : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return Text::tr("%1 (%2 %3)").arg(utc(u), time, zone.abbreviation(u));
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? Text::tr("(none)") : text;
}

Cell withDetail(Cell c, const QString &detail, FontId font = Small, const QColor &color = grey(0x55))
{
    c.below.append(Cell::Below{detail, font, color});
    return c;
}

// A vote as the room must not miss it: dissent and non-concurrence in bold and in colour.
Cell voteCell(Vote v)
{
    switch (v) {
    case Vote::Concur:
        return cell(displayName(v));
    case Vote::ConcurWithDissent:
        return cell(displayName(v).toUpper(), SmallBold, theme::statusColour(Status::Partial));
    case Vote::NonConcur:
        break;
    }
    return cell(displayName(v).toUpper(), SmallBold, theme::statusColour(Status::Fail));
}

QColor stateColour(SignoffState state)
{
    return state == SignoffState::Current ? theme::statusColour(Status::Pass)
           : state == SignoffState::Stale ? theme::statusColour(Status::Partial)
                                          : theme::statusColour(Status::Fail);
}

// The share of the text width the widest of TEXTS needs in FONT, padding included, measured against the narrower
// of the page sizes (A4): a column of IDs and status names is never narrower than "SUPERADO" in bold.
qreal columnFor(const QStringList &texts, FontId font, qreal least)
{
    static const QVector<QFont> fonts = reportFonts();
    const QFontMetricsF metrics(fonts.at(font));
    qreal widest = 0;
    for (const QString &t : texts) {
        widest = std::max(widest, metrics.horizontalAdvance(t) * 72.0 / metrics.fontDpi());
    }
    constexpr qreal a4TextWidth = 504; // points: 210 mm less 2 x 16 mm
    return std::clamp((widest + 8) / a4TextWidth, least, 0.2);
}

// An item's ID with its status under it, and "Critical" when it is: the first thing a reader scans down.
Cell idCell(const Item &i)
{
    Cell c = withDetail(cell(i.id, SmallBold), displayName(i.status), SmallBold, theme::statusColour(i.status));
    return i.critical ? withDetail(c, Text::tr("Critical"), SmallBold, theme::criticalColour()) : c;
}

// What one audit row changed, for a person: "item SEC-08 status: PENDING → PASS (by Ana, 2026-11-27 14:05:09 UTC)".
QString changeText(const AuditEntry &e)
{
    const QString what = e.entity.section(QLatin1Char(':'), 0, 0);
    const QString id = e.entity.section(QLatin1Char(':'), 1);
    QString subject = id.isEmpty() ? what : QStringLiteral("%1 %2").arg(what, id);
    if (!e.field.isEmpty()) {
        subject += QLatin1Char(' ') + e.field;
    }
    const QString from = e.oldValue.toString().simplified();
    const QString to = e.newValue.toString().simplified();
    auto shortened = [](const QString &t) { return t.size() > 80 ? t.left(79) + QChar(0x2026) : t; };
    QString change = subject;
    if (!from.isEmpty() || !to.isEmpty()) {
        change += QStringLiteral(": ") + (from.isEmpty() ? Text::tr("(empty)") : shortened(from)) +
                  QStringLiteral(" \u2192 ") + (to.isEmpty() ? Text::tr("(empty)") : shortened(to));
    }
    return Text::tr("%1 (by %2, %3)").arg(change, e.actor, utc(e.at));
}

// The first change to the record after a sign-off was given: what made it stale.
const AuditEntry *firstChangeAfter(const QVector<AuditEntry> &audit, const Signoff &s)
{
    for (const AuditEntry &e : audit) {
        if (e.seq <= s.auditSeq || e.action == QLatin1String("sign") || e.action == QLatin1String("withdraw") ||
            e.field == QLatin1String("(all)") || e.entity.startsWith(QLatin1String("signoff:"))) {
            continue;
        }
        return &e;
    }
    return nullptr;
}

} // namespace

QColor grey(int v)
{
    return QColor(v, v, v);
}

Cell cell(const QString &text, FontId font, const QColor &color)
{
    Cell c;
    c.text = text;
    c.font = font;
    c.color = color;
    return c;
}

QString clockTime(const QDateTime &t)
{
    return t.isValid() ? Text::tr("%1 UTC").arg(t.toUTC().toString(QStringLiteral("HH:mm"))) : QString();
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
    // A label for what follows it, kept on the same page.
    auto label = [&b, &para](const QString &text) {
        para(text, SmallBold);
        b.last().keepWithNext = true;
    };
    auto heading = [&b](const QString &text, Block::Kind kind = Block::Heading) {
        Block block;
        block.kind = kind;
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
    const bool failed = !input.integrityProblems.isEmpty();
    const bool final = input.progress.status == RecordStatus::Final && !failed;
    // A zone that is UTC all year ("Etc/UTC", a server's) adds nothing beside UTC.
    QTimeZone zone = s.meeting.timeZone.isEmpty() ? QTimeZone() : QTimeZone(s.meeting.timeZone.toUtf8());
    if (zone.isValid() && !zone.hasDaylightTime() && zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0) {
        zone = QTimeZone();
    }
    auto at = [&zone](const QDateTime &t) { return when(t, zone); };
    const QDate meetingDay = s.meeting.meetingDate.isValid() ? s.meeting.meetingDate : generatedAt.toUTC().date();
    // What the ID column of the item tables holds: the IDs, the status names and "Critical".
    QStringList idColumnTexts{Text::tr("Critical")};
    for (Status st : allStatuses) {
        idColumnTexts << displayName(st);
    }
    for (const Item &i : s.items) {
        if (i.id.size() > 8) {
            idColumnTexts << i.id;
        }
    }
    // The two item tables (not passed, and the appendix): ID with status under it, title, owner, evidence.
    const qreal idWidth = columnFor(idColumnTexts, SmallBold, 0.1);
    auto itemTable = [idWidth](const QString &evidenceHeader) {
        Table t;
        t.repeatFirstColumn = true;
        t.widths = {idWidth, 0.32, 0.13, 0.55 - idWidth};
        t.header = {cell(Text::tr("ID"), SmallBold), cell(Text::tr("Item"), SmallBold),
                    cell(Text::tr("Owner"), SmallBold), cell(evidenceHeader, SmallBold)};
        return t;
    };

    // 1. Page one: what was decided, by whom, how each stakeholder voted, and which record this is.
    para(Text::tr("Go/No-Go decision record"), Heading1, QColor(0x1a, 0x2a, 0x44));
    para(s.meeting.launchName, Heading2);
    spacer(4);
    Table cover;
    cover.widths = {0.26, 0.74};
    cover.rows = {
        {cell(Text::tr("Meeting date"), SmallBold), cell(longDate(s.meeting.meetingDate))},
        {cell(Text::tr("Target launch date"), SmallBold), cell(longDate(s.meeting.targetDate))},
        {cell(Text::tr("Facilitator"), SmallBold), cell(orNone(s.meeting.facilitator))},
        {cell(Text::tr("Record status"), SmallBold),
         failed ? cell(Text::tr("INTEGRITY CHECK FAILED: %1").arg(input.integrityProblems.join(QStringLiteral("; "))),
                       SmallBold, theme::statusColour(Status::Fail))
         : final
             ? cell(Text::tr("FINAL: decision recorded, every sign-off current"), SmallBold,
                    theme::statusColour(Status::Pass))
             : cell(Text::tr(
                        "DRAFT: not final until the decision is recorded and every stakeholder's sign-off is current"),
                    SmallBold, theme::statusColour(Status::Fail))},
        {cell(Text::tr("Time zone"), SmallBold),
         zone.isValid()
             ? cell(Text::tr("%1 (UTC%2 on the meeting date); times are printed in UTC and in this zone")
                        .arg(s.meeting.timeZone, offsetText(zone, meetingDay)))
             : cell(s.meeting.timeZone.isEmpty() ? Text::tr("not recorded; times are printed in UTC")
                                                 : Text::tr("%1; times are printed in UTC").arg(s.meeting.timeZone))},
        {cell(Text::tr("Printed"), SmallBold), cell(at(generatedAt))},
    };
    if (input.launch.launch.liveAt.isValid()) {
        cover.rows.append({cell(Text::tr("Edition"), SmallBold),
                           cell(Text::tr("3: the decision as signed, the launch, and what followed go-live "
                                         "(\"Edition 2: the launch\" and \"Edition 3: after go-live\", after "
                                         "Integrity)"))});
    } else if (input.launch.state() != LaunchState::NotStarted) {
        cover.rows.append({cell(Text::tr("Edition"), SmallBold),
                           cell(Text::tr("2: the decision as signed, then the launch (\"Edition 2: the launch\", "
                                         "after Integrity)"))});
    }
    table(cover);
    if (s.decision) {
        const RecordedDecision &d = *s.decision;
        banner(Text::tr("DECISION: %1").arg(displayName(d.decision)), theme::decisionColour(d.decision));
        para(Text::tr("Decided by %1, recorded %2. The recommendation at that moment was %3.")
                 .arg(d.decidedBy, at(d.decidedAt), displayName(d.recommendation)),
             Small, grey(0x44));
        para(Text::tr("Rationale: %1").arg(d.rationale));
        if (d.decision != d.recommendation) {
            para(Text::tr("OVERRIDE: the decision departs from the recommendation (%1). Override rationale: %2")
                     .arg(displayName(d.recommendation), d.overrideRationale),
                 Bold, theme::statusColour(Status::Fail));
        }
        if (!d.conditions.isEmpty()) {
            para(Text::tr("With %n condition(s), listed with their owners and due dates in \"Conditions of the "
                          "decision\".",
                          nullptr, static_cast<int>(d.conditions.size())),
                 Small);
        }
    } else {
        banner(Text::tr("NO DECISION RECORDED"), theme::statusColour(Status::Pending));
    }
    para(Text::tr("Recommendation from the scores and risks now: %1").arg(displayName(a.decision)), Bold,
         theme::decisionColour(a.decision));
    para(Text::tr("Critical score %1 (%2 of %3 critical items passed). Total score %4 (%5 of %6 items passed).")
             .arg(percent(a.criticalScore))
             .arg(a.critical.pass)
             .arg(a.critical.total)
             .arg(percent(a.totalScore))
             .arg(a.items.pass)
             .arg(a.items.total));
    const QStringList counts{
        Text::tr("%n passed", nullptr, a.items.pass),    Text::tr("%n partial", nullptr, a.items.partial),
        Text::tr("%n failed", nullptr, a.items.fail),    Text::tr("%n pending", nullptr, a.items.pending),
        Text::tr("%n open red", nullptr, a.openRed),     Text::tr("%n open yellow", nullptr, a.openYellow),
        Text::tr("%n open green", nullptr, a.openGreen), Text::tr("%n accepted", nullptr, a.accepted),
        Text::tr("%n mitigated", nullptr, a.mitigated)};
    para(Text::tr("Items: %1. Risks: %2.")
             .arg(counts.mid(0, 4).join(QStringLiteral(", ")), counts.mid(4).join(QStringLiteral(", "))),
         Small);

    // Who signed and how, on the first page.
    para(Text::tr("Sign-offs"), Heading2, QColor(0x1a, 0x2a, 0x44));
    Table votes;
    votes.widths = {0.23, 0.19, 0.2, 0.15, 0.23};
    votes.header = {cell(Text::tr("Name"), SmallBold), cell(Text::tr("Role"), SmallBold),
                    cell(Text::tr("Vote"), SmallBold), cell(Text::tr("Sign-off"), SmallBold),
                    cell(Text::tr("Signed"), SmallBold)};
    for (const Stakeholder &p : s.stakeholders) {
        const Signoff *latest = latestSignoff(s, p.id);
        if (!latest) {
            votes.rows.append({cell(orNone(p.name)), cell(p.role), cell(QString()),
                               cell(Text::tr("NOT SIGNED"), SmallBold, theme::statusColour(Status::Pending)),
                               cell(QString())});
            continue;
        }
        const SignoffState state = Record::state(*latest, input.fingerprints);
        votes.rows.append({cell(latest->name), cell(latest->role), voteCell(latest->vote),
                           cell(displayName(state).toUpper(), SmallBold, stateColour(state)),
                           cell(at(latest->signedAt))});
    }
    if (votes.rows.isEmpty()) {
        para(Text::tr("No stakeholders are listed to sign."), Small);
    } else {
        table(votes);
    }
    para(Text::tr("Record fingerprint (SHA-256): %1").arg(input.fingerprints.current), Mono);

    // 2. Decision matrix and thresholds.
    heading(Text::tr("Decision criteria used"));
    const Thresholds &t = s.meeting.thresholds;
    para(Text::tr("NO-GO if the critical score is below %1%, if the total score is below %2%, or if any open risk is "
                  "red. Otherwise GO WITH CAUTION if the total score is below %3%, or any open risk is yellow, or any "
                  "accepted risk is red or yellow. Otherwise GO. Only passed items count; scores are compared exactly "
                  "and shown rounded down.")
             .arg(t.criticalPercent)
             .arg(t.cautionPercent)
             .arg(t.goPercent),
         Small);
    {
        Block m;
        m.kind = Block::Matrix;
        m.matrix = s.matrix;
        m.cellRisks.resize(12);
        b.append(m);
    }
    if (!a.reasons.isEmpty()) {
        label(Text::tr("Reasons for the recommendation:"));
        int shown = 0;
        for (const Reason &r : a.reasons) {
            if (r.kind == Reason::Kind::CriticalItemNotPass) {
                continue; // listed item by item below
            }
            para(QStringLiteral("\u2022 ") + r.text, Small, theme::decisionColour(r.effect));
            ++shown;
        }
        if (shown == 0) {
            para(Text::tr("\u2022 Critical items not passed: see \"Items not passed\"."), Small);
        }
    }

    // 3. Categories.
    heading(Text::tr("Readiness by category"));
    Table categories;
    QStringList statusNames;
    for (Status st : allStatuses) {
        statusNames << displayName(st);
    }
    const qreal statusWidth = columnFor(statusNames, SmallBold, 0.1);
    categories.widths = {0.69 - 4 * statusWidth, 0.08, 0.11, statusWidth, statusWidth, statusWidth, statusWidth, 0.12};
    categories.header = {cell(Text::tr("Category"), SmallBold),         cell(Text::tr("Items"), SmallBold),
                         cell(Text::tr("Critical"), SmallBold),         cell(displayName(Status::Pass), SmallBold),
                         cell(displayName(Status::Partial), SmallBold), cell(displayName(Status::Fail), SmallBold),
                         cell(displayName(Status::Pending), SmallBold), cell(Text::tr("Score"), SmallBold)};
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
    heading(Text::tr("Items not passed"));
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
        para(Text::tr("Every item passed."));
    } else {
        Table t4 = itemTable(Text::tr("Evidence"));
        for (const Item *i : open) {
            t4.rows.append({idCell(*i), cell(i->title), cell(i->owner), cell(i->evidence)});
        }
        table(t4);
    }

    // 5. Risks.
    heading(Text::tr("Risks"));
    {
        Block m;
        m.kind = Block::Matrix;
        m.matrix = s.matrix;
        m.cellRisks.resize(12);
        int mitigated = 0;
        for (const Risk &r : s.risks) {
            if (r.state == RiskState::Mitigated) {
                ++mitigated;
                continue;
            }
            m.cellRisks[static_cast<int>(r.likelihood) * 4 + static_cast<int>(r.impact)]
                << (r.state == RiskState::Accepted ? Text::tr("%1 (accepted)").arg(r.id) : r.id);
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
        t5.repeatFirstColumn = true;
        // The short columns as wide as their longest word or header needs in this language; the rest to text.
        QStringList likelihoods{Text::tr("Likelihood")};
        for (Likelihood l : allLikelihoods) {
            likelihoods << displayName(l);
        }
        QStringList impacts{Text::tr("Impact")};
        for (Impact i : allImpacts) {
            impacts << displayName(i);
        }
        QStringList levels{Text::tr("Level")};
        for (RiskLevel l : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
            levels << displayName(l).toUpper();
        }
        QStringList states{Text::tr("State")};
        for (RiskState st : allRiskStates) {
            states << displayName(st);
        }
        const qreal wl = columnFor(likelihoods, SmallBold, 0.08);
        const qreal wi = columnFor(impacts, SmallBold, 0.08);
        const qreal wv = columnFor(levels, SmallBold, 0.08);
        const qreal ws = columnFor(states, SmallBold, 0.08);
        const qreal rest = 1 - 0.08 - wl - wi - wv - ws;
        t5.widths = {0.08, rest * 0.5, wl, wi, wv, ws, rest * 0.5};
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
            t5.rows.append({cell(r.id, SmallBold), withDetail(cell(r.title), r.description),
                            cell(displayName(r.likelihood)), cell(displayName(r.impact)),
                            cell(displayName(level).toUpper(), SmallBold, theme::levelColour(level)),
                            cell(displayName(r.state)), cell(detail.join(QLatin1Char('\n')))});
        }
        table(t5);
    }

    // 6. Conditions.
    if (s.decision && !s.decision->conditions.isEmpty()) {
        heading(Text::tr("Conditions of the decision"));
        Table t6;
        t6.widths = {0.58, 0.2, 0.22};
        t6.header = {cell(Text::tr("Condition"), SmallBold), cell(Text::tr("Owner"), SmallBold),
                     cell(Text::tr("Due"), SmallBold)};
        for (const Condition &c : s.decision->conditions) {
            t6.rows.append({cell(c.text), cell(orNone(c.owner)), cell(longDate(c.due))});
        }
        table(t6);
    }

    // 7. The meeting: the roll-call poll and the agenda as it ran.
    appendMeetingSection(content, input, generatedAt, at);

    // 8. The signatures, as a completion certificate: one block per signer, then every event.
    heading(Text::tr("Signatures"));
    para(Text::tr("These are simple electronic signatures: GoNoGo recorded the name typed, the vote, the comment and "
                  "the time, each bound to the fingerprint of the record as it was signed and sealed to this file. "
                  "GoNoGo does not verify identity. A stale sign-off was given on an earlier version of this record; "
                  "the change that made it stale is named."),
         Small, grey(0x44));
    const QString decided = s.decision ? displayName(s.decision->decision) : Text::tr("(no decision recorded)");
    for (const Stakeholder &p : s.stakeholders) {
        const Signoff *latest = latestSignoff(s, p.id);
        Table block;
        block.keepTogether = true;
        block.widths = {0.22, 0.78};
        const QString who = p.name.isEmpty() ? p.role : Text::tr("%1, %2").arg(p.name, p.role);
        block.header = {cell(Text::tr("Signer"), SmallBold), cell(who, SmallBold)};
        if (!latest) {
            block.rows.append({cell(Text::tr("Sign-off"), SmallBold),
                               cell(Text::tr("NOT SIGNED"), SmallBold, theme::statusColour(Status::Pending))});
            table(block);
            continue;
        }
        const SignoffState state = Record::state(*latest, input.fingerprints);
        QString meaning;
        switch (latest->vote) {
        case Vote::Concur:
            meaning = Text::tr("By signing, %1 stated that they concur with the decision %2 as recorded in the record "
                               "with the fingerprint below.");
            break;
        case Vote::ConcurWithDissent:
            meaning = Text::tr("By signing, %1 stated that they concur with the decision %2, with the dissent "
                               "recorded in their comment, as recorded in the record with the fingerprint below.");
            break;
        case Vote::NonConcur:
            meaning = Text::tr("By signing, %1 stated that they do NOT concur with the decision %2 as recorded in the "
                               "record with the fingerprint below.");
            break;
        }
        Cell stateCell = cell(displayName(state).toUpper(), SmallBold, stateColour(state));
        if (state == SignoffState::Stale) {
            const AuditEntry *change = firstChangeAfter(input.auditSinceSignoffs, *latest);
            stateCell = withDetail(stateCell, change ? Text::tr("Made stale by: %1").arg(changeText(*change))
                                                     : Text::tr("The record changed after this sign-off."));
        } else if (state == SignoffState::Withdrawn) {
            stateCell =
                withDetail(stateCell, Text::tr("Withdrawn %1 by %2: %3")
                                          .arg(at(latest->withdrawnAt), latest->withdrawnBy, latest->withdrawReason));
        }
        block.rows = {
            {cell(Text::tr("Vote"), SmallBold), voteCell(latest->vote)},
            {cell(Text::tr("Comment"), SmallBold), cell(orNone(latest->comment))},
            {cell(Text::tr("Meaning"), SmallBold), cell(meaning.arg(latest->name, decided))},
            {cell(Text::tr("Signed"), SmallBold), cell(at(latest->signedAt))},
            {cell(Text::tr("State"), SmallBold), stateCell},
            {cell(Text::tr("Fingerprint signed"), SmallBold),
             cell(latest->canonicalForm == 1 ? Text::tr("%1 (form 1)").arg(latest->fingerprint) : latest->fingerprint,
                  Mono)},
            {cell(Text::tr("Seal"), SmallBold),
             withDetail(cell(latest->seal, Mono),
                        Text::tr("over audit entry %1, %2").arg(latest->auditSeq).arg(latest->auditHash.left(16)))}};
        if (!latest->signaturePng.isEmpty()) {
            Cell signature = cell(QString());
            signature.image = QImage::fromData(latest->signaturePng, "PNG");
            block.rows.append({cell(Text::tr("Signature"), SmallBold), signature});
        }
        table(block);
    }
    // Every sign-off event, in order: signed, superseded, withdrawn.
    struct Event
    {
        QDateTime at;
        QString who;
        QString what;
        QString detail;
        QColor colour;
    };
    QVector<Event> events;
    for (const Signoff &so : s.signoffs) {
        const QString who = Text::tr("%1, %2").arg(so.name, so.role);
        events.append({so.signedAt, who, Text::tr("Signed: %1").arg(displayName(so.vote)),
                       Text::tr("Fingerprint %1").arg(so.fingerprint.left(16)), Qt::black});
        const Signoff *latest = latestSignoff(s, so.stakeholderId);
        if (latest && latest->id != so.id) {
            QDateTime next;
            for (const Signoff &later : s.signoffs) {
                if (later.stakeholderId == so.stakeholderId && later.signedAt > so.signedAt &&
                    (!next.isValid() || later.signedAt < next)) {
                    next = later.signedAt;
                }
            }
            const AuditEntry *change = firstChangeAfter(input.auditSinceSignoffs, so);
            events.append(
                {next.isValid() ? next : so.signedAt, who, Text::tr("Superseded"),
                 change ? Text::tr("Signed again after: %1").arg(changeText(*change)) : Text::tr("Signed again."),
                 grey(0x55)});
        }
        if (so.withdrawnAt.isValid()) {
            events.append({so.withdrawnAt, who, Text::tr("Withdrawn"),
                           Text::tr("By %1: %2").arg(so.withdrawnBy, so.withdrawReason),
                           theme::statusColour(Status::Fail)});
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &x, const Event &y) { return x.at < y.at; });
    if (!events.isEmpty()) {
        heading(Text::tr("Sign-off history"), Block::Subheading);
        Table history;
        history.widths = {0.2, 0.24, 0.2, 0.36};
        history.header = {cell(Text::tr("Time"), SmallBold), cell(Text::tr("Signer"), SmallBold),
                          cell(Text::tr("Event"), SmallBold), cell(Text::tr("Detail"), SmallBold)};
        for (const Event &e : events) {
            history.rows.append({cell(at(e.at)), cell(e.who), cell(e.what, SmallBold, e.colour), cell(e.detail)});
        }
        table(history);
    }
    const bool formOne =
        std::any_of(s.signoffs.cbegin(), s.signoffs.cend(), [](const Signoff &so) { return so.canonicalForm == 1; });
    if (formOne) {
        para(Text::tr("Sign-offs marked (form 1) were made by an earlier GoNoGo with canonical form 1 of the record. "
                      "They are checked under form 1 and, since the file was upgraded, against form 2 as well."),
             Small, grey(0x44));
    }

    // 9. Appendix: the whole checklist, category by category, with the evidence behind each status.
    heading(Text::tr("Appendix: the full checklist"));
    para(Text::tr("Under each item's evidence: who set the item last, and when (UTC), as the audit log records it; "
                  "the log's chain head is printed under Integrity."),
         Small, grey(0x55));
    for (const Category &c : s.categories) {
        Table t8 = itemTable(Text::tr("Evidence; set by, when (UTC)"));
        for (const Item &i : s.items) {
            if (i.categoryCode != c.code) {
                continue;
            }
            const QString setBy =
                i.changedAt.isValid()
                    ? Text::tr("%1, %2").arg(i.changedBy,
                                             i.changedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    : i.changedBy;
            t8.rows.append({idCell(i), cell(i.title), cell(i.owner), withDetail(cell(i.evidence), setBy)});
        }
        if (t8.rows.isEmpty()) {
            continue;
        }
        heading(Text::tr("%1 (%2)").arg(c.name, c.code), Block::Subheading);
        table(t8);
    }

    // 10. Integrity.
    heading(Text::tr("Integrity"));
    label(Text::tr("Record fingerprint (SHA-256 of the canonical record):"));
    para(input.fingerprints.current, Mono);
    label(Text::tr("Audit chain head (entry %1):").arg(input.auditHead.seq));
    para(input.auditHead.hash, Mono);
    para(Text::tr("Record ID: %1").arg(s.meeting.recordId), Mono);
    para(Text::tr("Check with: gonogo verify FILE. The fingerprint printed here must match."), Small, grey(0x55));

    // 11. Later editions: what happened after the decision, never rewriting it.
    appendLaunchSection(content, input, at);
    appendAfterLaunchSection(content, input, at);
    return content;
}

} // namespace gonogo::report
