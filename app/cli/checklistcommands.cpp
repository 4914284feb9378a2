// The commands on the checklist and the meeting: new, summary, items, set, meeting.
#include "checklisttemplate.h"
#include "cli.h"
#include "clijson.h"
#include "clisupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace gonogo {

using namespace cli;

int Cli::cmdNew(ParsedCommand &p)
{
    const QString source = p.parser.isSet(QStringLiteral("template")) ? p.parser.value(QStringLiteral("template"))
                                                                      : QStringLiteral("p020");
    const bool builtIn = TemplateImport::builtInNames().contains(source.toLower()) && !QFileInfo::exists(source);
    ImportOptions importOptions;
    if (p.parser.isSet(QStringLiteral("critical-column"))) {
        importOptions = ImportOptions::criticalColumnFrom(p.parser.value(QStringLiteral("critical-column")));
        if (importOptions.criticalColumn.isEmpty()) {
            return usage(QStringLiteral("new"), Text::tr("--critical-column needs a column name: NAME or NAME=VALUE."));
        }
        if (builtIn) {
            return usage(QStringLiteral("new"),
                         Text::tr("--critical-column reads a Markdown checklist given with --template FILE.md."));
        }
    }
    // The built-in template in the language asked for, else in the language this command speaks.
    QString language = QLocale().name().left(2);
    if (p.parser.isSet(QStringLiteral("language"))) {
        language = p.parser.value(QStringLiteral("language")).trimmed().toLower();
        if (!TemplateImport::builtInLanguages().contains(language)) {
            return usage(QStringLiteral("new"), Text::tr("--language is one of %1, not \"%2\".")
                                                    .arg(TemplateImport::builtInLanguages().join(QStringLiteral(", ")),
                                                         p.parser.value(QStringLiteral("language"))));
        }
        if (!builtIn) {
            return usage(QStringLiteral("new"), Text::tr("--language chooses the built-in template's texts; a "
                                                         "checklist file keeps its own."));
        }
    }
    if (!TemplateImport::builtInLanguages().contains(language)) {
        language = QStringLiteral("en");
    }
    auto checklist =
        builtIn ? TemplateImport::builtIn(source, language) : TemplateImport::fromFile(source, importOptions);
    if (!checklist) {
        return fail(checklist.error());
    }
    CreateOptions options;
    options.launchName = p.parser.value(QStringLiteral("title"));
    options.facilitator = p.parser.value(QStringLiteral("facilitator"));
    options.timeZone = p.parser.value(QStringLiteral("time-zone"));
    options.actor = actorFrom(p.parser);
    const auto target = parseDateOption(p.parser.value(QStringLiteral("target-date")));
    const auto meeting = parseDateOption(p.parser.value(QStringLiteral("meeting-date")));
    if (!target || !meeting) {
        return usage(QStringLiteral("new"), Text::tr("dates are written YYYY-MM-DD."));
    }
    options.targetDate = *target;
    options.meetingDate = *meeting;
    auto file = DecisionFile::create(p.positional.first(), checklist.value(), options);
    if (!file) {
        return fail(file.error());
    }
    m_out << printable(Text::tr("Created %1: %2 in %3, %4 critical.")
                           .arg(QDir::toNativeSeparators(p.positional.first()),
                                Text::tr("%n item(s)", nullptr, checklist->itemCount()),
                                Text::tr("%n category(ies)", nullptr, int(checklist->categories.size())),
                                QString::number(checklist->criticalCount())))
          << '\n';
    return ExitOk;
}

int Cli::cmdSummary(ParsedCommand &p)
{
    auto opened = openWithSnapshot(p.positional.first(), m_err);
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const Assessment a = DecisionEngine::assess(snapshot);
    auto standing = standingOf(opened.value());
    if (!standing) {
        return fail(standing.error());
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = summaryJson(snapshot, a);
        // Fields are only ever added: "decision" stays the engine's recommendation for older scripts.
        json.insert(QStringLiteral("recommendation"), toCode(a.decision));
        json.insert(QStringLiteral("recorded_decision"),
                    snapshot.decision ? QJsonValue(toCode(snapshot.decision->decision)) : QJsonValue());
        json.insert(QStringLiteral("record_status"), standing->code());
        QJsonArray codes;
        for (const Reason &r : a.reasons) {
            codes.append(QJsonObject{{QStringLiteral("code"), reasonCode(r.kind)},
                                     {QStringLiteral("subject"), r.subject.isEmpty() ? QJsonValue() : r.subject},
                                     {QStringLiteral("effect"), toCode(r.effect)}});
        }
        json.insert(QStringLiteral("reason_codes"), codes);
        json.insert(QStringLiteral("integrity_problems"), QJsonArray::fromStringList(standing->problems));
        writeJson(m_out, json);
        return ExitOk;
    }
    const Meeting &m = snapshot.meeting;
    m_out << printable(m.launchName) << '\n';
    m_out << Text::tr("Recommendation: %1").arg(displayName(a.decision)) << '\n';
    m_out << (snapshot.decision
                  ? printable(Text::tr("Decision recorded: %1 (by %2)")
                                  .arg(displayName(snapshot.decision->decision), snapshot.decision->decidedBy))
                  : Text::tr("Decision recorded: none yet"))
          << '\n';
    if (!standing->problems.isEmpty()) {
        m_out << printable(Text::tr("Record status: INTEGRITY CHECK FAILED: %1").arg(standing->problems.first()))
              << '\n';
    } else if (standing->progress.status == RecordStatus::Final) {
        m_out << Text::tr("Record status: FINAL") << '\n';
    } else {
        QStringList waiting;
        for (const Stakeholder &person : standing->progress.missing) {
            waiting << (person.name.isEmpty() ? person.role : QStringLiteral("%1 (%2)").arg(person.name, person.role));
        }
        m_out << printable(
                     waiting.isEmpty()
                         ? Text::tr("Record status: DRAFT")
                         : Text::tr("Record status: DRAFT, waiting for %1").arg(waiting.join(QStringLiteral(", "))))
              << '\n';
    }
    m_out << Text::tr("Critical score: %1% (%2 of %3 critical items PASS)")
                 .arg(a.criticalScore.text(), QString::number(a.critical.pass), QString::number(a.critical.total))
          << '\n';
    m_out << Text::tr("Total score:    %1% (%2 of %3 items PASS)")
                 .arg(a.totalScore.text(), QString::number(a.items.pass), QString::number(a.items.total))
          << '\n';
    m_out << Text::tr("Items: %1")
                 .arg(QStringList{
                     Text::tr("%n PASS", nullptr, a.items.pass), Text::tr("%n PARTIAL", nullptr, a.items.partial),
                     Text::tr("%n FAIL", nullptr, a.items.fail), Text::tr("%n PENDING", nullptr, a.items.pending)}
                          .join(QStringLiteral(", ")))
          << '\n';
    m_out << Text::tr("Risks: %1")
                 .arg(QStringList{
                     Text::tr("%n open red", nullptr, a.openRed), Text::tr("%n open yellow", nullptr, a.openYellow),
                     Text::tr("%n open green", nullptr, a.openGreen), Text::tr("%n accepted", nullptr, a.accepted),
                     Text::tr("%n mitigated", nullptr, a.mitigated)}
                          .join(QStringLiteral(", ")))
          << '\n';
    if (!a.reasons.isEmpty()) {
        m_out << Text::tr("Reasons:") << '\n';
        for (const Reason &r : a.reasons) {
            m_out << "  - " << printable(r.text) << '\n';
        }
    }
    // The columns as wide as their numbers or their heading, whichever is wider in the language shown.
    const QString items = Text::tr("Items");
    const QString critical = Text::tr("Critical");
    const QString passed = Text::tr("Pass");
    const int wItems = std::max(5, int(items.size()));
    const int wCritical = std::max(9, int(critical.size()) + 1);
    const int wPassed = std::max(5, int(passed.size()) + 1);
    m_out << '\n'
          << Text::tr("Category").leftJustified(28) + QLatin1Char(' ') + items.rightJustified(wItems) +
                 QLatin1Char(' ') + critical.rightJustified(wCritical) + QLatin1Char(' ') +
                 passed.rightJustified(wPassed)
          << '\n';
    for (const CategoryScore &c : a.categories) {
        m_out << printable(
                     c.name.left(28).leftJustified(28) + QLatin1Char(' ') +
                     QString::number(c.items.total).rightJustified(wItems) + QLatin1Char(' ') +
                     QStringLiteral("%1/%2").arg(c.critical.pass).arg(c.critical.total).rightJustified(wCritical) +
                     QLatin1Char(' ') +
                     QStringLiteral("%1/%2").arg(c.items.pass).arg(c.items.total).rightJustified(wPassed))
              << '\n';
    }
    return ExitOk;
}

int Cli::cmdItems(ParsedCommand &p)
{
    std::optional<Status> status;
    if (p.parser.isSet(QStringLiteral("status"))) {
        status = statusFromCode(p.parser.value(QStringLiteral("status")));
        if (!status) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("unknown status \"%1\"; use PASS, PARTIAL, FAIL or PENDING.")
                                                   .arg(p.parser.value(QStringLiteral("status")))});
        }
    }
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    auto items = file.value()->items().all();
    if (!items) {
        return fail(items.error());
    }
    const QString category = p.parser.value(QStringLiteral("category")).trimmed();
    if (!category.isEmpty()) {
        auto categories = file.value()->items().categories();
        if (!categories) {
            return fail(categories.error());
        }
        const bool known = std::any_of(categories->cbegin(), categories->cend(), [&](const Category &c) {
            return c.code.compare(category, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("%1 has no category with code \"%2\".")
                                                   .arg(QDir::toNativeSeparators(p.positional.first()), category)});
        }
    }
    QJsonArray list;
    for (const Item &item : items.value()) {
        if ((!category.isEmpty() && item.categoryCode.compare(category, Qt::CaseInsensitive) != 0) ||
            (status && item.status != *status) || (p.parser.isSet(QStringLiteral("critical")) && !item.critical)) {
            continue;
        }
        if (p.parser.isSet(QStringLiteral("json"))) {
            list.append(itemJson(item));
        } else {
            m_out << printable(
                         QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(item.id.leftJustified(10), toCode(item.status).leftJustified(7),
                                  item.critical ? QStringLiteral("*") : QStringLiteral(" "), item.title,
                                  item.owner.isEmpty() ? QString() : QLatin1Char('[') + item.owner + QLatin1Char(']')))
                  << '\n';
        }
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        writeJson(m_out, list);
    }
    return ExitOk;
}

int Cli::cmdSet(ParsedCommand &p)
{
    if (!p.parser.isSet(QStringLiteral("status")) && !p.parser.isSet(QStringLiteral("owner")) &&
        !p.parser.isSet(QStringLiteral("evidence")) && !p.parser.isSet(QStringLiteral("notes"))) {
        return usage(QStringLiteral("set"),
                     Text::tr("nothing to change: give --status, --owner, --evidence or --notes."));
    }
    ItemChange base;
    if (auto read = codeOption(p.parser, QStringLiteral("status"), &statusFromCode, base.status,
                               Text::tr("unknown status \"%1\"; use PASS, PARTIAL, FAIL or PENDING."));
        !read) {
        return fail(read.error());
    }
    base.owner = given(p.parser, QStringLiteral("owner"), true);
    base.evidence = given(p.parser, QStringLiteral("evidence"));
    base.notes = given(p.parser, QStringLiteral("notes"));
    QVector<ItemChange> changes;
    for (const QString &id : p.positional.mid(1)) {
        ItemChange c = base;
        c.id = id.trimmed();
        changes.append(c);
    }
    auto file = openDecision(p.positional.first(), m_err);
    if (!file) {
        return fail(file.error());
    }
    auto changed = file.value()->items().apply(changes, actorFrom(p.parser));
    if (!changed) {
        return fail(changed.error());
    }
    m_out << Text::tr("%n field(s) changed.", nullptr, changed.value()) << '\n';
    return ExitOk;
}

int Cli::cmdMeeting(ParsedCommand &p)
{
    const bool changing = std::any_of(p.parser.optionNames().cbegin(), p.parser.optionNames().cend(),
                                      [](const QString &o) { return o != QLatin1String("by"); });
    auto file = openDecision(p.positional.first(), m_err, changing);
    if (!file) {
        return fail(file.error());
    }
    auto current = file.value()->meeting().load();
    if (!current) {
        return fail(current.error());
    }
    MeetingChange change;
    change.launchName = given(p.parser, QStringLiteral("title"));
    change.facilitator = given(p.parser, QStringLiteral("facilitator"), true);
    change.timeZone = given(p.parser, QStringLiteral("time-zone"), true);
    for (const auto &[option, target] : {std::pair{QStringLiteral("target-date"), &change.targetDate},
                                         std::pair{QStringLiteral("meeting-date"), &change.meetingDate}}) {
        if (p.parser.isSet(option)) {
            const auto d = parseDateOption(p.parser.value(option));
            if (!d) {
                return usage(QStringLiteral("meeting"), Text::tr("dates are written YYYY-MM-DD."));
            }
            *target = *d;
        }
    }
    if (p.parser.isSet(QStringLiteral("critical-percent")) || p.parser.isSet(QStringLiteral("go-percent")) ||
        p.parser.isSet(QStringLiteral("caution-percent"))) {
        Thresholds t = current->thresholds;
        for (const auto &[option, target] : {std::pair{QStringLiteral("critical-percent"), &t.criticalPercent},
                                             std::pair{QStringLiteral("go-percent"), &t.goPercent},
                                             std::pair{QStringLiteral("caution-percent"), &t.cautionPercent}}) {
            if (p.parser.isSet(option)) {
                bool ok = false;
                *target = p.parser.value(option).toInt(&ok);
                if (!ok) {
                    return fail(Error{ErrorKind::InvalidInput,
                                      Text::tr("--%1 must be a whole number from 0 to 100, not \"%2\".")
                                          .arg(option, p.parser.value(option))});
                }
            }
        }
        change.thresholds = t;
    }
    auto changed = file.value()->meeting().apply(change, actorFrom(p.parser));
    if (!changed) {
        return fail(changed.error());
    }
    auto m = file.value()->meeting().load();
    if (!m) {
        return fail(m.error());
    }
    const QString none = Text::tr("(not set)");
    m_out << printable(Text::tr("Launch:        %1").arg(m->launchName)) << '\n'
          << Text::tr("Target date:   %1").arg(m->targetDate.isValid() ? m->targetDate.toString(Qt::ISODate) : none)
          << '\n'
          << Text::tr("Meeting date:  %1").arg(m->meetingDate.isValid() ? m->meetingDate.toString(Qt::ISODate) : none)
          << '\n'
          << printable(Text::tr("Facilitator:   %1").arg(m->facilitator.isEmpty() ? none : m->facilitator)) << '\n'
          << Text::tr("Time zone:     %1").arg(m->timeZone.isEmpty() ? none : m->timeZone) << '\n'
          << Text::tr("Thresholds:    critical %1%, GO %2%, GO WITH CAUTION %3%")
                 .arg(m->thresholds.criticalPercent)
                 .arg(m->thresholds.goPercent)
                 .arg(m->thresholds.cautionPercent)
          << '\n';
    return ExitOk;
}

} // namespace gonogo
