#include "clisupport.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace gonogo::cli {

QString translated(const char *text)
{
    return text && *text ? QCoreApplication::translate("gonogo::Cli", text) : QString();
}

int exitFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotADecisionFile:
        return ExitNotDecisionFile;
    case ErrorKind::NewerVersion:
        return ExitNewerVersion;
    case ErrorKind::Damaged:
        return ExitDamaged;
    case ErrorKind::InUse:
        return ExitInUse;
    case ErrorKind::InvalidInput:
        return ExitInvalidInput;
    case ErrorKind::Io:
    case ErrorKind::None:
        break;
    }
    return ExitIo;
}

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

QCommandLineOption byOption()
{
    return valueOption(QStringLiteral("by"), Text::tr("Name recorded in the audit log (default: your user name)."),
                       Text::tr("NAME"));
}

Result<QDateTime> atOption(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("at"))) {
        return QDateTime::currentDateTimeUtc();
    }
    const QDateTime at = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODate);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("--at needs a time with its zone, e.g. 2026-11-27T14:05:00Z, not \"%1\".")
                         .arg(p.value(QStringLiteral("at")))};
    }
    return at.toUTC();
}

QString actorFrom(const QCommandLineParser &p)
{
    const QString by = p.value(QStringLiteral("by")).trimmed();
    return by.isEmpty() ? DecisionFile::defaultActor() : by;
}

QString firstMissing(const QCommandLineParser &parser, std::initializer_list<QString> names)
{
    for (const QString &name : names) {
        if (!parser.isSet(name)) {
            return name;
        }
    }
    return QString();
}

bool anyGiven(const QCommandLineParser &parser, std::initializer_list<QString> names)
{
    return std::any_of(names.begin(), names.end(), [&parser](const QString &n) { return parser.isSet(n); });
}

std::optional<QString> given(const QCommandLineParser &parser, const QString &name, bool trim)
{
    if (!parser.isSet(name)) {
        return std::nullopt;
    }
    return trim ? parser.value(name).trimmed() : parser.value(name);
}

std::optional<QDate> parseDateOption(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return QDate();
    }
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        return std::nullopt;
    }
    return d;
}

Result<std::unique_ptr<DecisionFile>> openDecision(const QString &path, QTextStream &err, bool changing)
{
    auto file = DecisionFile::open(path, changing ? DecisionFile::Access::ReadWrite : DecisionFile::Access::ReadOnly);
    if (file) {
        for (const QString &notice : file.value()->openingNotices()) {
            err << printable(Text::tr("gonogo: note: %1").arg(notice)) << '\n';
        }
        err.flush();
    }
    if (!file || !changing) {
        return file;
    }
    auto report = file.value()->verify();
    if (!report) {
        return report.error();
    }
    if (!report->ok()) {
        const QString name = QDir::toNativeSeparators(path);
        return Error{ErrorKind::Damaged,
                     Text::tr("%1 fails verification, so no change was made: %2. \"gonogo verify %1\" lists every "
                              "problem.")
                         .arg(name, report->problems.first())};
    }
    return file;
}

Result<Opened> openWithSnapshot(const QString &path, QTextStream &err, bool changing)
{
    auto file = openDecision(path, err, changing);
    if (!file) {
        return file.error();
    }
    auto snapshot = file.value()->snapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    return Opened{std::move(file).value(), std::move(snapshot).value()};
}

QString Standing::code() const
{
    if (!problems.isEmpty()) {
        return QStringLiteral("INTEGRITY_CHECK_FAILED");
    }
    return progress.status == RecordStatus::Final ? QStringLiteral("FINAL") : QStringLiteral("DRAFT");
}

Result<Standing> standingOf(const Opened &opened)
{
    auto report = opened.file->verify();
    if (!report) {
        return report.error();
    }
    return Standing{recordProgress(opened.snapshot, Record::fingerprints(opened.snapshot)), report->problems};
}

QString reasonCode(Reason::Kind kind)
{
    switch (kind) {
    case Reason::Kind::EmptyChecklist:
        return QStringLiteral("EMPTY_CHECKLIST");
    case Reason::Kind::CriticalBelowThreshold:
        return QStringLiteral("CRITICAL_BELOW_THRESHOLD");
    case Reason::Kind::CriticalItemNotPass:
        return QStringLiteral("CRITICAL_NOT_PASS");
    case Reason::Kind::TotalBelowCaution:
        return QStringLiteral("TOTAL_BELOW_CAUTION");
    case Reason::Kind::TotalBelowGo:
        return QStringLiteral("TOTAL_BELOW_GO");
    case Reason::Kind::OpenRisk:
        return QStringLiteral("OPEN_RISK");
    case Reason::Kind::AcceptedRisk:
        return QStringLiteral("ACCEPTED_RISK");
    }
    return QString();
}

} // namespace gonogo::cli
