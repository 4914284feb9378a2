// Team mode on the command line: a PostgreSQL server's catalog of decisions (server init, server list). Every
// other command takes a decision's address (postgresql://host/db?decision=ID) wherever it takes a file.
#include "cli.h"
#include "clijson.h"
#include "clisupport.h"

#include "storage/postgres.h"

#include <QTextStream>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace gonogo {

using namespace cli;

void Cli::askPasswordsOnTerminal()
{
#ifdef Q_OS_UNIX
    pg::setPasswordPrompt([](const QString &server) -> std::optional<QString> {
        const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (tty < 0) {
            return std::nullopt;
        }
        termios shown{};
        const bool terminal = tcgetattr(tty, &shown) == 0;
        std::optional<QString> typed;
        if (terminal) {
            // Echo goes off before the prompt shows: what is typed (or pasted) the moment it appears is never shown.
            termios hidden = shown;
            hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(tty, TCSANOW, &hidden);
            const QByteArray prompt = Text::tr("Password for %1: ").arg(server).toLocal8Bit();
            (void)!::write(tty, prompt.constData(), static_cast<size_t>(prompt.size()));
            QByteArray line;
            char c = 0;
            ssize_t got = 0;
            while ((got = ::read(tty, &c, 1)) == 1 && c != '\n' && c != '\r') {
                line += c;
            }
            tcsetattr(tty, TCSANOW, &shown);
            (void)!::write(tty, "\n", 1);
            if (got == 1) { // a whole line; end of input or an interrupted read is no answer
                typed = QString::fromLocal8Bit(line);
            }
            line.fill('\0');
        }
        ::close(tty);
        return typed;
    });
#endif
}

int Cli::cmdServerInit(ParsedCommand &p)
{
    const QString address = p.positional.first();
    if (auto done = DecisionFile::initServer(address); !done) {
        return fail(done.error());
    }
    m_out << printable(Text::tr("%1 is ready for GoNoGo decisions.").arg(address)) << '\n';
    return ExitOk;
}

int Cli::cmdServerGrant(ParsedCommand &p)
{
    const QString address = p.positional.first();
    const QString user = p.positional.at(1);
    const QString part = p.parser.value(QStringLiteral("role")).trimmed().toLower();
    if (part.isEmpty()) {
        return usage(QStringLiteral("server grant"),
                     Text::tr("--role is required (facilitator, stakeholder or auditor)."));
    }
    int stakeholder = 0;
    if (p.parser.isSet(QStringLiteral("stakeholder"))) {
        bool ok = false;
        stakeholder = p.parser.value(QStringLiteral("stakeholder")).toInt(&ok);
        if (!ok || stakeholder <= 0) {
            return usage(QStringLiteral("server grant"),
                         Text::tr("--stakeholder takes the number gonogo stakeholders shows, not \"%1\".")
                             .arg(p.parser.value(QStringLiteral("stakeholder"))));
        }
    }
    if (auto done = DecisionFile::grantOnServer(address, part, user, stakeholder); !done) {
        return fail(done.error());
    }
    m_out << printable(stakeholder > 0 ? Text::tr("%1 is now a stakeholder of %2, signing as stakeholder %3.")
                                             .arg(user, address, QString::number(stakeholder))
                                       : Text::tr("%1 is now %2 on %3.").arg(user, part, address))
          << '\n';
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
                                    {QStringLiteral("record"), l.record.isEmpty() ? QJsonValue() : l.record},
                                    {QStringLiteral("readable"), l.readable},
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
        if (l.format == 0 || !l.readable) {
            m_out << printable(QStringLiteral("%1  %2").arg(
                         l.id.leftJustified(20), l.format == 0 ? Text::tr("(being created)") : Text::tr("(no access)")))
                  << '\n';
            continue;
        }
        const QString decision = l.decision.isEmpty() ? Text::tr("no decision recorded") : l.decision;
        const QString record = l.record == QLatin1String("FINAL")   ? Text::tr("FINAL")
                               : l.record == QLatin1String("DRAFT") ? Text::tr("DRAFT")
                                                                    : QStringLiteral("?");
        m_out << printable(QStringLiteral("%1  %2  %3  %4  %5  %6")
                               .arg(l.id.leftJustified(20), l.targetDate.leftJustified(10), decision.leftJustified(21),
                                    record.leftJustified(5),
                                    Text::tr("%n sign-off(s)", nullptr, l.signoffs).leftJustified(14), l.launch))
              << '\n';
    }
    return ExitOk;
}

} // namespace gonogo
