// The commands on the record: decide, sign, signoffs, withdraw, stakeholders, stakeholder add/set/move/remove.
#include "cli.h"
#include "clijson.h"
#include "clisupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace gonogo {

using namespace cli;

namespace {

// The stakeholder that --role (and --name, when several share the role) points at.
Result<Stakeholder> personNamed(const Snapshot &snapshot, const ParsedCommand &p)
{
    return stakeholderFor(snapshot.stakeholders, p.parser.value(QStringLiteral("role")),
                          p.parser.value(QStringLiteral("name")), nativePath(p.positional.first()));
}

} // namespace

int Cli::cmdDecide(ParsedCommand &p)
{
    const QString name = QStringLiteral("decide");
    if (const QString missing = firstMissing(p.parser, {QStringLiteral("decision"), QStringLiteral("rationale")});
        !missing.isEmpty()) {
        return usage(name, Text::tr("--%1 is required.").arg(missing));
    }
    DecisionDraft draft;
    std::optional<Decision> decision;
    if (auto read = codeOption(p.parser, QStringLiteral("decision"), &decisionFromCode, decision,
                               Text::tr("unknown decision \"%1\"; use GO, GO WITH CAUTION or NO-GO."));
        !read) {
        return fail(read.error());
    }
    draft.decision = *decision;
    draft.rationale = p.parser.value(QStringLiteral("rationale"));
    draft.overrideRationale = p.parser.value(QStringLiteral("override-rationale"));
    for (const QString &text : p.parser.values(QStringLiteral("condition"))) {
        const QStringList parts = text.split(QLatin1Char(';'));
        Condition c;
        c.text = parts.value(0);
        c.owner = parts.value(1).trimmed();
        if (parts.size() > 2 && !parts.at(2).trimmed().isEmpty()) {
            c.due = QDate::fromString(parts.at(2).trimmed(), Qt::ISODate);
            if (!c.due.isValid()) {
                return usage(name, Text::tr("dates are written YYYY-MM-DD."));
            }
        }
        draft.conditions.append(c);
    }
    auto file = openDecision(p.positional.first(), m_err);
    if (!file) {
        return fail(file.error());
    }
    auto recommendation = file.value()->decisions().record(draft, actorFrom(p.parser));
    if (!recommendation) {
        return fail(recommendation.error());
    }
    m_out << Text::tr("Recorded decision %1 (recommendation %2).")
                 .arg(toCode(draft.decision), toCode(recommendation.value()))
          << '\n';
    return ExitOk;
}

int Cli::cmdSign(ParsedCommand &p)
{
    const QString name = QStringLiteral("sign");
    if (const QString missing =
            firstMissing(p.parser, {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("vote")});
        !missing.isEmpty()) {
        return usage(name, Text::tr("--%1 is required.").arg(missing));
    }
    std::optional<Vote> vote;
    if (auto read = codeOption(p.parser, QStringLiteral("vote"), &voteFromCode, vote,
                               Text::tr("unknown vote \"%1\"; use CONCUR, CONCUR WITH DISSENT or NON-CONCUR."));
        !read) {
        return fail(read.error());
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, true);
    if (!opened) {
        return fail(opened.error());
    }
    auto &file = opened->file;
    auto &snapshot = opened->snapshot;
    auto person = personNamed(snapshot, p);
    if (!person) {
        return fail(person.error());
    }
    SignoffDraft draft;
    draft.stakeholderId = person->id;
    draft.name = p.parser.value(QStringLiteral("name"));
    draft.vote = *vote;
    draft.comment = p.parser.value(QStringLiteral("comment"));
    auto id = file->signoffs().sign(draft, cleanText(draft.name));
    if (!id) {
        return fail(id.error());
    }
    auto signedNow = file->signoffs().all();
    if (!signedNow) {
        return fail(signedNow.error());
    }
    m_out << printable(Text::tr("Signed by %1 (%2): %3, on fingerprint %4.")
                           .arg(cleanText(draft.name), person->role, toCode(*vote), signedNow->last().fingerprint))
          << '\n';
    return ExitOk;
}

int Cli::cmdSignoffs(ParsedCommand &p)
{
    auto opened = openWithSnapshot(p.positional.first(), m_err);
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const Fingerprints current = Record::fingerprints(snapshot);
    QJsonArray list;
    for (const Signoff &s : snapshot.signoffs) {
        const SignoffState state = Record::state(s, current);
        if (p.parser.isSet(QStringLiteral("json"))) {
            list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("vote"), toCode(s.vote)},
                                    {QStringLiteral("comment"), s.comment},
                                    {QStringLiteral("time"), s.signedAt.toUTC().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("state"), toCode(state)},
                                    {QStringLiteral("fingerprint"), s.fingerprint},
                                    {QStringLiteral("canonical_form"), s.canonicalForm}});
            continue;
        }
        m_out << printable(QStringLiteral("%1  %2  %3 (%4)  %5  %6")
                               .arg(toCode(state).leftJustified(9), s.signedAt.toUTC().toString(Qt::ISODate), s.name,
                                    s.role, toCode(s.vote), s.fingerprint.left(16)))
              << '\n';
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        writeJson(m_out, list);
        return ExitOk;
    }
    const RecordProgress progress = recordProgress(snapshot, current);
    m_out << (progress.status == RecordStatus::Final ? Text::tr("Record status: FINAL")
                                                     : Text::tr("Record status: DRAFT"))
          << '\n';
    for (const Stakeholder &missing : progress.missing) {
        m_out << printable(Text::tr("  waiting for %1")
                               .arg(missing.name.isEmpty() ? missing.role
                                                           : QStringLiteral("%1 (%2)").arg(missing.name, missing.role)))
              << '\n';
    }
    if (!progress.decisionRecorded) {
        m_out << Text::tr("  no decision recorded yet") << '\n';
    }
    return ExitOk;
}

int Cli::cmdWithdraw(ParsedCommand &p)
{
    if (!p.parser.isSet(QStringLiteral("role"))) {
        return usage(QStringLiteral("withdraw"), Text::tr("--%1 is required.").arg(QStringLiteral("role")));
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err, true);
    if (!opened) {
        return fail(opened.error());
    }
    auto &file = opened->file;
    auto &snapshot = opened->snapshot;
    auto person = personNamed(snapshot, p);
    if (!person) {
        return fail(person.error());
    }
    int latest = 0;
    for (const Signoff &s : snapshot.signoffs) {
        if (s.stakeholderId == person->id && !s.withdrawnAt.isValid()) {
            latest = s.id;
        }
    }
    if (latest == 0) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("%1 has no sign-off to withdraw.").arg(person->role)});
    }
    if (auto done = file->signoffs().withdraw(latest, p.parser.value(QStringLiteral("reason")), actorFrom(p.parser));
        !done) {
        return fail(done.error());
    }
    m_out << Text::tr("Withdrew the sign-off of %1.").arg(person->role) << '\n';
    return ExitOk;
}

int Cli::cmdStakeholders(ParsedCommand &p)
{
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    auto people = file.value()->signoffs().stakeholders();
    if (!people) {
        return fail(people.error());
    }
    QJsonArray list;
    int position = 0;
    for (const Stakeholder &s : people.value()) {
        ++position;
        if (p.parser.isSet(QStringLiteral("json"))) {
            list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("position"), position},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role}});
        } else {
            m_out << printable(QStringLiteral("%1  %2  %3")
                                   .arg(QString::number(s.id).rightJustified(3), s.role.leftJustified(20), s.name))
                  << '\n';
        }
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        writeJson(m_out, list);
    }
    return ExitOk;
}

int Cli::cmdStakeholder(ParsedCommand &p)
{
    const QString sub = p.command.section(QLatin1Char(' '), 1);
    const QString name = p.command;
    auto file = openDecision(p.positional.first(), m_err);
    if (!file) {
        return fail(file.error());
    }
    const SignoffRepository repo = file.value()->signoffs();
    const QString actor = actorFrom(p.parser);
    if (sub == QLatin1String("add")) {
        auto id =
            repo.addStakeholder(p.parser.value(QStringLiteral("name")), p.parser.value(QStringLiteral("role")), actor);
        if (!id) {
            return fail(id.error());
        }
        m_out << id.value() << '\n';
        return ExitOk;
    }
    bool ok = false;
    const int id = p.positional.at(1).toInt(&ok);
    if (!ok) {
        return usage(name, Text::tr("the stakeholder ID is a number (see gonogo stakeholders FILE)."));
    }
    if (sub == QLatin1String("remove")) {
        if (auto done = repo.removeStakeholder(id, actor); !done) {
            return fail(done.error());
        }
        return ExitOk;
    }
    if (sub == QLatin1String("move")) {
        const int to = p.parser.value(QStringLiteral("to")).toInt(&ok);
        if (!ok) {
            return usage(name, Text::tr("--to needs a position number."));
        }
        if (auto done = repo.moveStakeholder(id, to - 1, actor); !done) {
            return fail(done.error());
        }
        return ExitOk;
    }
    auto people = repo.stakeholders();
    if (!people) {
        return fail(people.error());
    }
    for (Stakeholder s : people.value()) {
        if (s.id != id) {
            continue;
        }
        s.role = given(p.parser, QStringLiteral("role")).value_or(s.role);
        s.name = given(p.parser, QStringLiteral("name")).value_or(s.name);
        auto changed = repo.updateStakeholder(s, actor);
        if (!changed) {
            return fail(changed.error());
        }
        return ExitOk;
    }
    return fail(Error{ErrorKind::InvalidInput, Text::tr("there is no stakeholder %1.").arg(id)});
}

} // namespace gonogo
