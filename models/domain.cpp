#include "domain.h"

#include "codeparse.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace gonogo {

namespace {

// Translation context of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Domain)
};

} // namespace

QString toCode(Status s)
{
    switch (s) {
    case Status::Pass:
        return QStringLiteral("PASS");
    case Status::Partial:
        return QStringLiteral("PARTIAL");
    case Status::Fail:
        return QStringLiteral("FAIL");
    case Status::Pending:
        break;
    }
    return QStringLiteral("PENDING");
}

QString toCode(Likelihood l)
{
    switch (l) {
    case Likelihood::High:
        return QStringLiteral("HIGH");
    case Likelihood::Medium:
        return QStringLiteral("MEDIUM");
    case Likelihood::Low:
        break;
    }
    return QStringLiteral("LOW");
}

QString toCode(Impact i)
{
    switch (i) {
    case Impact::Critical:
        return QStringLiteral("CRITICAL");
    case Impact::High:
        return QStringLiteral("HIGH");
    case Impact::Medium:
        return QStringLiteral("MEDIUM");
    case Impact::Low:
        break;
    }
    return QStringLiteral("LOW");
}

QString toCode(RiskState s)
{
    switch (s) {
    case RiskState::Open:
        return QStringLiteral("OPEN");
    case RiskState::Accepted:
        return QStringLiteral("ACCEPTED");
    case RiskState::Mitigated:
        break;
    }
    return QStringLiteral("MITIGATED");
}

QString toCode(RiskLevel l)
{
    switch (l) {
    case RiskLevel::Red:
        return QStringLiteral("RED");
    case RiskLevel::Yellow:
        return QStringLiteral("YELLOW");
    case RiskLevel::Green:
        break;
    }
    return QStringLiteral("GREEN");
}

QString toCode(Decision d)
{
    switch (d) {
    case Decision::Go:
        return QStringLiteral("GO");
    case Decision::GoWithCaution:
        return QStringLiteral("GO WITH CAUTION");
    case Decision::NoGo:
        break;
    }
    return QStringLiteral("NO-GO");
}

QString toCode(Vote v)
{
    switch (v) {
    case Vote::Concur:
        return QStringLiteral("CONCUR");
    case Vote::ConcurWithDissent:
        return QStringLiteral("CONCUR WITH DISSENT");
    case Vote::NonConcur:
        break;
    }
    return QStringLiteral("NON-CONCUR");
}

std::optional<Status> statusFromCode(const QString &code)
{
    return codes::parse(code, allStatuses);
}

std::optional<Likelihood> likelihoodFromCode(const QString &code)
{
    return codes::parse(code, allLikelihoods);
}

std::optional<Impact> impactFromCode(const QString &code)
{
    return codes::parse(code, allImpacts);
}

std::optional<RiskState> riskStateFromCode(const QString &code)
{
    return codes::parse(code, allRiskStates);
}

std::optional<RiskLevel> riskLevelFromCode(const QString &code)
{
    return codes::parse(code, std::array<RiskLevel, 3>{RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green});
}

std::optional<Decision> decisionFromCode(const QString &code)
{
    return codes::parse(code, std::array<Decision, 3>{Decision::Go, Decision::GoWithCaution, Decision::NoGo});
}

std::optional<Vote> voteFromCode(const QString &code)
{
    return codes::parse(code, std::array<Vote, 3>{Vote::Concur, Vote::ConcurWithDissent, Vote::NonConcur});
}

QString displayName(Status s)
{
    switch (s) {
    case Status::Pass:
        return Text::tr("PASS");
    case Status::Partial:
        return Text::tr("PARTIAL");
    case Status::Fail:
        return Text::tr("FAIL");
    case Status::Pending:
        break;
    }
    return Text::tr("PENDING");
}

QString displayName(Likelihood l)
{
    switch (l) {
    case Likelihood::High:
        return Text::tr("High");
    case Likelihood::Medium:
        return Text::tr("Medium");
    case Likelihood::Low:
        break;
    }
    return Text::tr("Low");
}

QString displayName(Impact i)
{
    switch (i) {
    // Apart from the likelihood's words: in Spanish they agree with a feminine noun (probabilidad Alta), these
    // with a masculine one (impacto Alto).
    case Impact::Critical:
        return Text::tr("Critical", "impact");
    case Impact::High:
        return Text::tr("High", "impact");
    case Impact::Medium:
        return Text::tr("Medium", "impact");
    case Impact::Low:
        break;
    }
    return Text::tr("Low", "impact");
}

QString displayName(RiskState s)
{
    switch (s) {
    case RiskState::Open:
        return Text::tr("Open");
    case RiskState::Accepted:
        return Text::tr("Accepted");
    case RiskState::Mitigated:
        break;
    }
    return Text::tr("Mitigated");
}

QString displayName(RiskLevel l)
{
    switch (l) {
    case RiskLevel::Red:
        return Text::tr("Red");
    case RiskLevel::Yellow:
        return Text::tr("Yellow");
    case RiskLevel::Green:
        break;
    }
    return Text::tr("Green");
}

QString displayName(Decision d)
{
    switch (d) {
    case Decision::Go:
        return Text::tr("GO");
    case Decision::GoWithCaution:
        return Text::tr("GO WITH CAUTION");
    case Decision::NoGo:
        break;
    }
    return Text::tr("NO-GO");
}

QString toCode(SignoffState s)
{
    switch (s) {
    case SignoffState::Current:
        return QStringLiteral("CURRENT");
    case SignoffState::Stale:
        return QStringLiteral("STALE");
    case SignoffState::Withdrawn:
        break;
    }
    return QStringLiteral("WITHDRAWN");
}

QString displayName(SignoffState s)
{
    switch (s) {
    case SignoffState::Current:
        return Text::tr("Current");
    case SignoffState::Stale:
        return Text::tr("Stale");
    case SignoffState::Withdrawn:
        break;
    }
    return Text::tr("Withdrawn");
}

QString displayName(Vote v)
{
    switch (v) {
    case Vote::Concur:
        return Text::tr("Concur");
    case Vote::ConcurWithDissent:
        return Text::tr("Concur with dissent");
    case Vote::NonConcur:
        break;
    }
    return Text::tr("Non-concur");
}

QString cleanText(const QString &text, bool multiline)
{
    QString out;
    out.reserve(text.size());
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    for (const QChar c : normalized) {
        const char16_t u = c.unicode();
        if (isBidiControl(u)) {
            continue;
        }
        if (u == u'\n' && multiline) {
            out += c;
            continue;
        }
        if (u == u'\t' || u == u'\n' || u == u'\r') {
            out += QLatin1Char(' ');
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            continue;
        }
        out += c;
    }
    return multiline ? out.trimmed() : out.simplified();
}

RiskMatrix::RiskMatrix()
    : m_cells{{
          {RiskLevel::Red, RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Yellow},     // HIGH
          {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Yellow, RiskLevel::Green},   // MEDIUM
          {RiskLevel::Yellow, RiskLevel::Yellow, RiskLevel::Green, RiskLevel::Green}, // LOW
      }}
{
}

RiskLevel RiskMatrix::level(Likelihood l, Impact i) const
{
    return m_cells[static_cast<std::size_t>(l)][static_cast<std::size_t>(i)];
}

void RiskMatrix::setLevel(Likelihood l, Impact i, RiskLevel level)
{
    m_cells[static_cast<std::size_t>(l)][static_cast<std::size_t>(i)] = level;
}

namespace {

// First said by the sign-off table; the context keeps its translations.
struct TimeText
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::SignoffModel)
};

} // namespace

QString localTimeText(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return QString();
    }
    const QDateTime local = utc.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    return TimeText::tr("%1 (UTC%2%3:%4)")
        .arg(QLocale().toString(local, TimeText::tr("d MMM yyyy HH:mm")), sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

const Signoff *latestSignoff(const Snapshot &snapshot, int stakeholderId)
{
    const Signoff *latest = nullptr;
    for (const Signoff &s : snapshot.signoffs) {
        if (s.stakeholderId == stakeholderId) {
            latest = &s;
        }
    }
    return latest;
}

} // namespace gonogo
