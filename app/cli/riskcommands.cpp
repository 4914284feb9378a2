// The commands on risks: risk add, risk set, risk delete, risks, matrix.
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

int Cli::cmdRiskAdd(ParsedCommand &p)
{
    const QString name = QStringLiteral("risk add");
    if (const QString missing =
            firstMissing(p.parser, {QStringLiteral("title"), QStringLiteral("likelihood"), QStringLiteral("impact")});
        !missing.isEmpty()) {
        return usage(name, Text::tr("--%1 is required.").arg(missing));
    }
    RiskDraft draft;
    draft.title = p.parser.value(QStringLiteral("title"));
    if (draft.title.trimmed().isEmpty()) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("a risk needs a title.")});
    }
    std::optional<Likelihood> likelihood;
    std::optional<Impact> impact;
    for (const Outcome &read : {codeOption(p.parser, QStringLiteral("likelihood"), &likelihoodFromCode, likelihood,
                                           Text::tr("unknown likelihood \"%1\"; use HIGH, MEDIUM or LOW.")),
                                codeOption(p.parser, QStringLiteral("impact"), &impactFromCode, impact,
                                           Text::tr("unknown impact \"%1\"; use CRITICAL, HIGH, MEDIUM or LOW."))}) {
        if (!read) {
            return fail(read.error());
        }
    }
    draft.likelihood = *likelihood;
    draft.impact = *impact;
    draft.owner = p.parser.value(QStringLiteral("owner")).trimmed();
    draft.mitigation = p.parser.value(QStringLiteral("mitigation"));
    draft.description = p.parser.value(QStringLiteral("description"));
    draft.itemIds = p.parser.values(QStringLiteral("item"));
    auto file = openDecision(p.positional.first(), m_err);
    if (!file) {
        return fail(file.error());
    }
    auto id = file.value()->risks().add(draft, actorFrom(p.parser));
    if (!id) {
        return fail(id.error());
    }
    m_out << id.value() << '\n';
    return ExitOk;
}

int Cli::cmdRiskSet(ParsedCommand &p)
{
    const QString name = QStringLiteral("risk set");
    RiskChange change;
    change.id = p.positional.at(1).trimmed();
    change.title = given(p.parser, QStringLiteral("title"));
    change.owner = given(p.parser, QStringLiteral("owner"), true);
    change.mitigation = given(p.parser, QStringLiteral("mitigation"));
    change.acceptanceRationale = given(p.parser, QStringLiteral("rationale"));
    change.acceptedBy = given(p.parser, QStringLiteral("accepted-by"), true);
    for (const Outcome &read :
         {codeOption(p.parser, QStringLiteral("state"), &riskStateFromCode, change.state,
                     Text::tr("unknown state \"%1\"; use OPEN, ACCEPTED or MITIGATED.")),
          codeOption(p.parser, QStringLiteral("likelihood"), &likelihoodFromCode, change.likelihood,
                     Text::tr("unknown likelihood \"%1\"; use HIGH, MEDIUM or LOW.")),
          codeOption(p.parser, QStringLiteral("impact"), &impactFromCode, change.impact,
                     Text::tr("unknown impact \"%1\"; use CRITICAL, HIGH, MEDIUM or LOW."))}) {
        if (!read) {
            return fail(read.error());
        }
    }
    if (p.parser.isSet(QStringLiteral("until"))) {
        const auto until = parseDateOption(p.parser.value(QStringLiteral("until")));
        if (!until) {
            return usage(name, Text::tr("dates are written YYYY-MM-DD."));
        }
        change.acceptedUntil = *until;
    }
    auto file = openDecision(p.positional.first(), m_err);
    if (!file) {
        return fail(file.error());
    }
    const RiskRepository risks = file.value()->risks();
    auto current = risks.find(change.id);
    if (!current) {
        return fail(current.error());
    }
    change.id = current->id;
    QStringList links = current->itemIds;
    for (const QString &id : p.parser.values(QStringLiteral("link"))) {
        if (!links.contains(id.trimmed())) {
            links << id.trimmed();
        }
    }
    for (const QString &id : p.parser.values(QStringLiteral("unlink"))) {
        if (!links.removeOne(id.trimmed())) {
            return fail(
                Error{ErrorKind::InvalidInput, Text::tr("risk %1 is not linked to item %2.").arg(change.id, id)});
        }
    }
    if (links != current->itemIds) {
        change.itemIds = links; // fields and links: one transaction, all or nothing
    }
    auto changed = risks.apply(change, actorFrom(p.parser));
    if (!changed) {
        return fail(changed.error());
    }
    m_out << Text::tr("%n field(s) changed.", nullptr, changed.value()) << '\n';
    return ExitOk;
}

int Cli::cmdRiskDelete(ParsedCommand &p)
{
    auto file = openDecision(p.positional.first(), m_err);
    if (!file) {
        return fail(file.error());
    }
    if (auto removed = file.value()->risks().remove(p.positional.at(1).trimmed(), actorFrom(p.parser)); !removed) {
        return fail(removed.error());
    }
    m_out << Text::tr("Deleted risk %1.").arg(p.positional.at(1).trimmed().toUpper()) << '\n';
    return ExitOk;
}

int Cli::cmdMatrix(ParsedCommand &p)
{
    static const QRegularExpression cellPattern(QStringLiteral("^\\s*(\\w+)\\s*[:/x]\\s*(\\w+)\\s*=\\s*(\\w+)\\s*$"));
    QVector<std::tuple<Likelihood, Impact, RiskLevel>> cells;
    for (const QString &text : p.parser.values(QStringLiteral("set"))) {
        const auto m = cellPattern.match(text);
        const auto l = m.hasMatch() ? likelihoodFromCode(m.captured(1)) : std::nullopt;
        const auto i = m.hasMatch() ? impactFromCode(m.captured(2)) : std::nullopt;
        const auto level = m.hasMatch() ? riskLevelFromCode(m.captured(3)) : std::nullopt;
        if (!l || !i || !level) {
            return fail(
                Error{ErrorKind::InvalidInput,
                      Text::tr("\"%1\" is not a matrix cell; write LIKELIHOOD:IMPACT=LEVEL, e.g. MEDIUM:HIGH=RED.")
                          .arg(text)});
        }
        cells.append({*l, *i, *level});
    }
    auto file = openDecision(p.positional.first(), m_err, !cells.isEmpty() || p.parser.isSet(QStringLiteral("reset")));
    if (!file) {
        return fail(file.error());
    }
    auto matrix = file.value()->risks().matrix();
    if (!matrix) {
        return fail(matrix.error());
    }
    RiskMatrix wanted = p.parser.isSet(QStringLiteral("reset")) ? RiskMatrix() : matrix.value();
    for (const auto &[l, i, level] : cells) {
        wanted.setLevel(l, i, level);
    }
    if (!(wanted == matrix.value())) {
        auto changed = file.value()->risks().setMatrix(wanted, actorFrom(p.parser));
        if (!changed) {
            return fail(changed.error());
        }
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonObject rows;
        for (Likelihood l : allLikelihoods) {
            QJsonObject row;
            for (Impact i : allImpacts) {
                row.insert(toCode(i), toCode(wanted.level(l, i)));
            }
            rows.insert(toCode(l), row);
        }
        writeJson(m_out, rows);
        return ExitOk;
    }
    m_out << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(Text::tr("likelihood \\ impact"), -20)
                 .arg(toCode(Impact::Critical), -9)
                 .arg(toCode(Impact::High), -9)
                 .arg(toCode(Impact::Medium), -9)
                 .arg(toCode(Impact::Low))
          << '\n';
    for (Likelihood l : allLikelihoods) {
        m_out << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(toCode(l), -20)
                     .arg(toCode(wanted.level(l, Impact::Critical)), -9)
                     .arg(toCode(wanted.level(l, Impact::High)), -9)
                     .arg(toCode(wanted.level(l, Impact::Medium)), -9)
                     .arg(toCode(wanted.level(l, Impact::Low)))
              << '\n';
    }
    return ExitOk;
}

int Cli::cmdRisks(ParsedCommand &p)
{
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    auto risks = file.value()->risks().all();
    auto matrix = file.value()->risks().matrix();
    if (!risks || !matrix) {
        return fail(!risks ? risks.error() : matrix.error());
    }
    QJsonArray list;
    for (const Risk &r : risks.value()) {
        if (p.parser.isSet(QStringLiteral("json"))) {
            list.append(riskJson(r, matrix.value()));
            continue;
        }
        m_out << printable(QStringLiteral("%1  %2  %3  %4/%5  %6")
                               .arg(r.id.leftJustified(6),
                                    toCode(matrix->level(r.likelihood, r.impact)).leftJustified(6),
                                    toCode(r.state).leftJustified(9), toCode(r.likelihood), toCode(r.impact), r.title))
              << '\n';
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        writeJson(m_out, list);
    }
    return ExitOk;
}

} // namespace gonogo
