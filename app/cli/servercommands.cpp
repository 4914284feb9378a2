// Team mode on the command line: a PostgreSQL server's catalog of decisions (server init, server list). Every
// other command takes a decision's address (postgresql://host/db?decision=ID) wherever it takes a file.
#include "cli.h"
#include "clijson.h"
#include "clisupport.h"

#include <QTextStream>

namespace gonogo {

using namespace cli;

int Cli::cmdServerInit(ParsedCommand &p)
{
    const QString address = p.positional.first();
    if (auto done = DecisionFile::initServer(address); !done) {
        return fail(done.error());
    }
    m_out << printable(Text::tr("%1 is ready for GoNoGo decisions.").arg(address)) << '\n';
    return ExitOk;
}

int Cli::cmdServerList(ParsedCommand &p)
{
    const QString address = p.positional.first();
    auto list = DecisionFile::listServer(address);
    if (!list) {
        return fail(list.error());
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const pg::Listing &l : list.value()) {
            rows.append(QJsonObject{{QStringLiteral("id"), l.id},
                                    {QStringLiteral("launch"), l.launch},
                                    {QStringLiteral("target_date"), l.targetDate},
                                    {QStringLiteral("decision"), l.decision},
                                    {QStringLiteral("signoffs"), l.signoffs},
                                    {QStringLiteral("format"), l.format},
                                    {QStringLiteral("created_at"), l.createdAt}});
        }
        writeJson(m_out, rows);
        return ExitOk;
    }
    if (list->isEmpty()) {
        m_out << printable(Text::tr("No decisions on %1 yet.").arg(address)) << '\n';
        return ExitOk;
    }
    for (const pg::Listing &l : list.value()) {
        const QString decision = l.format == 0          ? Text::tr("(being created)")
                                 : l.decision.isEmpty() ? Text::tr("no decision recorded")
                                                        : l.decision;
        m_out << printable(QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(l.id.leftJustified(20), l.targetDate.leftJustified(10), decision.leftJustified(21),
                                    Text::tr("%n sign-off(s)", nullptr, l.signoffs).leftJustified(14), l.launch))
              << '\n';
    }
    return ExitOk;
}

} // namespace gonogo
