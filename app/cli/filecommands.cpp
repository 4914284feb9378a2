// The commands on the file as a whole: verify (and --pdf), export-pdf, copy, gate.
#include "checklistexport.h"
#include "cli.h"
#include "clijson.h"
#include "clisupport.h"
#include "report/printedrecord.h"
#include "report/recordreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace gonogo {

using namespace cli;

int Cli::cmdVerify(ParsedCommand &p)
{
    const QString path = QDir::toNativeSeparators(p.positional.first());
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    auto report = file.value()->verify();
    if (!report) {
        return fail(report.error());
    }
    if (!report->ok()) {
        m_err << printable(Text::tr("gonogo: %1 failed verification:").arg(path)) << '\n';
        for (const QString &problem : report->problems) {
            m_err << "  - " << printable(problem) << '\n';
        }
        return ExitDamaged;
    }
    m_out << printable(Text::tr("%1: OK (file format %2, integrity checked, audit chain of %3 intact).")
                           .arg(path, QString::number(report->schemaVersion),
                                Text::tr("%n entry(ies)", nullptr, int(report->auditEntries))))
          << '\n';
    m_out << Text::tr("Fingerprint: %1").arg(report->fingerprint) << '\n';
    m_out << Text::tr("Audit chain head: %1").arg(report->auditHead) << '\n';
    m_out << (report->final ? Text::tr("Record status: FINAL") : Text::tr("Record status: DRAFT")) << '\n';
    for (const QString &note : report->notes) {
        m_out << "  - " << printable(note) << '\n';
    }
    if (p.parser.isSet(QStringLiteral("pdf"))) {
        return checkPrinted(*file.value(), report.value(), p.parser.value(QStringLiteral("pdf")));
    }
    return ExitOk;
}

int Cli::checkPrinted(const DecisionFile &file, const VerifyReport &report, const QString &pdfPath)
{
    auto printed = PrintedRecord::read(pdfPath);
    if (!printed) {
        return fail(printed.error());
    }
    const QString pdf = QDir::toNativeSeparators(pdfPath);
    auto meeting = file.meeting().load();
    if (!meeting) {
        return fail(meeting.error());
    }
    if (!printed->shows(meeting->recordId)) {
        m_err << printable(Text::tr("gonogo: %1 is not a record of this decision file (its record ID %2 is not in "
                                    "it).")
                               .arg(pdf, meeting->recordId))
              << '\n';
        return ExitDamaged;
    }
    if (printed->shows(report.fingerprint) && printed->shows(report.auditHead)) {
        m_out << printable(Text::tr("%1 is the record of this file as it stands (fingerprint and audit chain head "
                                    "match).")
                               .arg(pdf))
              << '\n';
        return ExitOk;
    }
    // An earlier state: the audit chain head printed on the paper is a row of this file's log.
    auto entries = file.audit().entries();
    if (!entries) {
        return fail(entries.error());
    }
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        if (printed->shows(it->hash)) {
            const qint64 later = entries->last().seq - it->seq;
            m_err << printable(Text::tr("gonogo: %1 is the record of this file as it stood at audit entry %2 (%3); "
                                        "%4 made after it was printed, so it is out of date.")
                                   .arg(pdf, QString::number(it->seq), it->at,
                                        Text::tr("%n change(s) were", nullptr, int(later))))
                  << '\n';
            return ExitDamaged;
        }
    }
    m_err << printable(Text::tr("gonogo: %1 names this decision file but matches no state in its audit log: it was "
                                "altered, or the file's history was rewritten.")
                           .arg(pdf))
          << '\n';
    return ExitDamaged;
}

int Cli::cmdExportPdf(ParsedCommand &p)
{
    ReportOptions options;
    const QString size = p.parser.value(QStringLiteral("page-size")).trimmed().toLower();
    if (size == QLatin1String("letter")) {
        options.pageSize = QPageSize(QPageSize::Letter);
    } else if (!size.isEmpty() && size != QLatin1String("a4")) {
        return usage(
            QStringLiteral("export-pdf"),
            Text::tr("the page size is A4 or Letter, not \"%1\".").arg(p.parser.value(QStringLiteral("page-size"))));
    }
    const QString out = p.positional.at(1);
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(p.positional.first()).absoluteFilePath()) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("the PDF cannot replace the decision file itself.")});
    }
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    auto input = ReportInput::from(*file.value());
    if (!input) {
        return fail(input.error());
    }
    // Never a false FINAL: the same checks as verify, first. --force prints it marked on every page.
    if (!input->integrityProblems.isEmpty() && !p.parser.isSet(QStringLiteral("force"))) {
        m_err << printable(Text::tr("gonogo: %1 failed verification; no record was written (use --force to print it "
                                    "marked INTEGRITY CHECK FAILED):")
                               .arg(QDir::toNativeSeparators(p.positional.first())))
              << '\n';
        for (const QString &problem : input->integrityProblems) {
            m_err << "  - " << printable(problem) << '\n';
        }
        return ExitDamaged;
    }
    const RecordReport report(input.value(), options);
    auto pages = report.exportPdf(out);
    if (!pages) {
        return fail(pages.error());
    }
    m_out << printable(Text::tr("Wrote %1: %n page(s).", nullptr, pages.value()).arg(QDir::toNativeSeparators(out)))
          << '\n';
    return ExitOk;
}

int Cli::cmdExport(ParsedCommand &p)
{
    const QString out = p.positional.at(1);
    if (!ChecklistExport::formatFor(out)) {
        return usage(QStringLiteral("export"),
                     Text::tr("the output is OUT.csv, OUT.md or OUT.json, not \"%1\".").arg(out));
    }
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(p.positional.first()).absoluteFilePath()) {
        return fail(Error{ErrorKind::InvalidInput, Text::tr("the export cannot replace the decision file itself.")});
    }
    auto opened = openWithSnapshot(p.positional.first(), m_err);
    if (!opened) {
        return fail(opened.error());
    }
    auto standing = standingOf(opened.value());
    if (!standing) {
        return fail(standing.error());
    }
    // What is copied into a wiki or a spreadsheet is believed there: never from a file that fails verification,
    // unless asked, and then said.
    if (!standing->problems.isEmpty()) {
        const bool force = p.parser.isSet(QStringLiteral("force"));
        m_err << printable(force ? Text::tr("gonogo: warning: %1 failed verification; exporting it anyway (--force):")
                                       .arg(QDir::toNativeSeparators(p.positional.first()))
                                 : Text::tr("gonogo: %1 failed verification; nothing was exported (use --force to "
                                            "export it anyway):")
                                       .arg(QDir::toNativeSeparators(p.positional.first())))
              << '\n';
        for (const QString &problem : standing->problems) {
            m_err << "  - " << printable(problem) << '\n';
        }
        if (!force) {
            return ExitDamaged;
        }
    }
    if (auto written = ChecklistExport::write(opened->snapshot, out); !written) {
        return fail(written.error());
    }
    m_out << printable(Text::tr("Wrote %1: %n item(s).", nullptr, static_cast<int>(opened->snapshot.items.size()))
                           .arg(QDir::toNativeSeparators(out)))
          << '\n';
    return ExitOk;
}

int Cli::cmdCopy(ParsedCommand &p)
{
    auto file = openDecision(p.positional.first(), m_err, false);
    if (!file) {
        return fail(file.error());
    }
    const QString target = p.positional.at(1);
    if (auto copied = file.value()->copyTo(target, p.parser.isSet(QStringLiteral("replace"))); !copied) {
        return fail(copied.error());
    }
    // The copy must stand on its own: open and verify it like any file.
    auto copy = DecisionFile::open(target);
    if (!copy) {
        return fail(copy.error());
    }
    auto report = copy.value()->verify();
    if (!report) {
        return fail(report.error());
    }
    if (!report->ok()) {
        return fail(Error{ErrorKind::Damaged, Text::tr("the copy %1 does not verify: %2")
                                                  .arg(QDir::toNativeSeparators(target), report->problems.first())});
    }
    m_out << printable(Text::tr("Copied %1 to %2 (verified, fingerprint %3).")
                           .arg(QDir::toNativeSeparators(p.positional.first()), QDir::toNativeSeparators(target),
                                report->fingerprint.left(16)))
          << '\n';
    return ExitOk;
}

int Cli::cmdGate(ParsedCommand &p)
{
    auto opened = openWithSnapshot(p.positional.first(), m_err);
    if (!opened) {
        return fail(opened.error());
    }
    auto &snapshot = opened->snapshot;
    const bool allowCaution = p.parser.isSet(QStringLiteral("allow-caution"));
    auto exitFor = [allowCaution](Decision d) {
        switch (d) {
        case Decision::Go:
            return int(ExitOk);
        case Decision::GoWithCaution:
            return allowCaution ? int(ExitOk) : int(ExitGateCaution);
        case Decision::NoGo:
            break;
        }
        return int(ExitGateNoGo);
    };
    if (p.parser.isSet(QStringLiteral("recommendation"))) {
        // Before the meeting: the engine's recommendation, as the gate always did.
        const Assessment a = DecisionEngine::assess(snapshot);
        m_out << toCode(a.decision) << '\n';
        if (a.decision == Decision::NoGo) {
            for (const Reason &r : a.reasons) {
                if (r.effect == Decision::NoGo && r.kind != Reason::Kind::CriticalItemNotPass) {
                    m_err << "  - " << printable(r.text) << '\n';
                }
            }
        }
        return exitFor(a.decision);
    }
    // A pipeline follows what the meeting decided and signed, and nothing less than a FINAL, verified record.
    auto standing = standingOf(opened.value());
    if (!standing) {
        return fail(standing.error());
    }
    const QString path = QDir::toNativeSeparators(p.positional.first());
    if (!standing->problems.isEmpty()) {
        m_out << "INTEGRITY_CHECK_FAILED" << '\n';
        m_err << printable(Text::tr("gonogo: %1 failed verification; no launch gate on it:").arg(path)) << '\n';
        for (const QString &problem : standing->problems) {
            m_err << "  - " << printable(problem) << '\n';
        }
        return ExitDamaged;
    }
    if (standing->progress.status != RecordStatus::Final) {
        m_out << "NOT_FINAL" << '\n';
        if (!standing->progress.decisionRecorded) {
            m_err << printable(Text::tr("gonogo: %1: no decision has been recorded.").arg(path)) << '\n';
        }
        for (const Stakeholder &person : standing->progress.missing) {
            m_err << printable(Text::tr("gonogo: %1: no current sign-off from %2.")
                                   .arg(path, person.name.isEmpty()
                                                  ? person.role
                                                  : QStringLiteral("%1 (%2)").arg(person.name, person.role)))
                  << '\n';
        }
        return ExitGateNotFinal;
    }
    m_out << toCode(snapshot.decision->decision) << '\n';
    return exitFor(snapshot.decision->decision);
}

} // namespace gonogo
