// DecisionDocument's risks and risk matrix: each edit an undoable command, written before it is shown; on a server,
// a risk change is based on the risk as this window shows it, so a stale one is refused.
#include "decisiondocument.h"

#include "commands/riskcommands.h"
#include "decisionfile.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

} // namespace

Outcome DecisionDocument::writeRisk(const RiskChange &change)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    // Based on the risk as this window shows it: on a server, someone else may have changed it since (a refusal
    // shows what is there now).
    auto written = basedOn(QStringList{QStringLiteral("risk:") + change.id}, Text::tr("risk %1").arg(change.id),
                           [&] { return m_file->risks().apply(change, m_actor); });
    if (!written) {
        return written.error();
    }
    return showStoredRisk(change.id);
}

Outcome DecisionDocument::showStoredRisk(const QString &id)
{
    auto fresh = m_file->risks().find(id);
    if (!fresh) {
        return fresh.error();
    }
    const int row = riskRow(id);
    if (row < 0) {
        return Done{};
    }
    m_snapshot.risks[row] = fresh.value();
    reassess(); // a risk's fields and links are part of the record: its fingerprint changes with them
    emit riskChanged(row, id);
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::writeRiskLinks(const QString &id, const QStringList &itemIds)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    auto written = basedOn(QStringList{QStringLiteral("risk:") + id}, Text::tr("risk %1").arg(id),
                           [&] { return m_file->risks().setLinks(id, itemIds, m_actor); });
    if (!written) {
        return written.error();
    }
    return showStoredRisk(id);
}

Outcome DecisionDocument::writeRiskRemoval(QString id)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    const int row = riskRow(id);
    if (row < 0) {
        return Error{ErrorKind::InvalidInput, Text::tr("There is no risk %1.").arg(id)};
    }
    if (auto removed = basedOn(QStringList{QStringLiteral("risk:") + id}, Text::tr("risk %1").arg(id),
                               [&] { return m_file->risks().remove(id, m_actor); });
        !removed) {
        return removed.error();
    }
    m_snapshot.risks.removeAt(row);
    reassess();
    emit riskRemoved(row, id);
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::writeRiskRestore(const Risk &risk)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    if (auto restored = basedOn(QStringList{QStringLiteral("risk:") + risk.id}, Text::tr("risk %1").arg(risk.id),
                                [&] { return m_file->risks().restore(risk, m_actor); });
        !restored) {
        return restored.error();
    }
    auto fresh = m_file->risks().find(risk.id);
    if (!fresh) {
        return fresh.error();
    }
    int row = 0;
    while (row < m_snapshot.risks.size() && m_snapshot.risks.at(row).position < risk.position) {
        ++row;
    }
    m_snapshot.risks.insert(row, fresh.value());
    reassess();
    emit riskInserted(row, risk.id);
    emit assessmentChanged();
    return Done{};
}

Outcome DecisionDocument::writeMatrix(const RiskMatrix &matrix)
{
    if (auto ok = writable(); !ok) {
        return ok;
    }
    auto written = basedOn({QStringLiteral("matrix")}, Text::tr("the risk matrix"),
                           [&] { return m_file->risks().setMatrix(matrix, m_actor); });
    if (!written) {
        return written.error();
    }
    m_snapshot.matrix = matrix;
    reassess();
    emit matrixChanged();
    emit assessmentChanged();
    return Done{};
}

Result<Risk> DecisionDocument::writeNewRisk(const RiskDraft &draft)
{
    if (auto ok = writable(); !ok) {
        return ok.error();
    }
    // Based on nothing (a new risk conflicts with no one), but its audit rows are this window's own: its next edit
    // of the new risk must not be taken for someone else's.
    auto id = basedOn({}, {}, [&] { return m_file->risks().add(draft, m_actor); });
    if (!id) {
        return id.error();
    }
    m_seenParts.insert(QStringLiteral("risk:") + id.value(), m_file->session().committedHead());
    auto fresh = m_file->risks().find(id.value());
    if (!fresh) {
        return fresh.error();
    }
    m_snapshot.risks.append(fresh.value());
    reassess();
    emit riskInserted(static_cast<int>(m_snapshot.risks.size()) - 1, fresh.value().id);
    emit assessmentChanged();
    return fresh.value();
}

Result<QString> DecisionDocument::addRisk(const RiskDraft &draft)
{
    auto *command = new AddRiskCommand(*this, draft);
    if (auto done = run(command); !done) {
        return done.error();
    }
    return command->riskId(); // on the stack now, which owns it
}

Outcome DecisionDocument::updateRisk(const RiskChange &change, const QString &text)
{
    const Risk *current = risk(change.id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no risk %1.").arg(change.id)});
    }
    return run(new EditRiskCommand(*this, *current, change, text));
}

Outcome DecisionDocument::removeRisk(QString id)
{
    const Risk *current = risk(id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no risk %1.").arg(id)});
    }
    return run(new DeleteRiskCommand(*this, *current));
}

Outcome DecisionDocument::setRiskLinks(const QString &id, const QStringList &itemIds)
{
    const Risk *current = risk(id);
    if (!current) {
        return refused(Error{ErrorKind::InvalidInput, Text::tr("There is no risk %1.").arg(id)});
    }
    return run(new LinkRiskCommand(*this, *current, itemIds));
}

Outcome DecisionDocument::setMatrix(const RiskMatrix &matrix)
{
    if (m_snapshot.matrix == matrix) {
        return Done{};
    }
    return run(new SetMatrixCommand(*this, m_snapshot.matrix, matrix));
}

} // namespace gonogo
