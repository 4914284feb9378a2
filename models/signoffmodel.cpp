#include "signoffmodel.h"

#include <QImage>
#include <QLocale>
#include <QTimeZone>

namespace gonogo {

SignoffModel::SignoffModel(DecisionDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    for (const Stakeholder &s : document->snapshot().stakeholders) {
        m_stakeholderIds << s.id;
    }
    m_states = states();
    connect(document, &DecisionDocument::recordChanged, this, &SignoffModel::onRecordChanged);
    // Any change to decided content can make sign-offs stale; the views hear of it when a state does change, not
    // on every key in the checklist.
    connect(document, &DecisionDocument::assessmentChanged, this, [this] {
        QStringList now = states();
        if (now != m_states && !m_stakeholderIds.isEmpty()) {
            m_states = std::move(now);
            emit dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
        }
    });
}

QStringList SignoffModel::states() const
{
    QStringList codes;
    for (const int id : m_stakeholderIds) {
        const Signoff *s = latestSignoff(id);
        codes << (s ? toCode(m_document->signoffState(*s)) : QStringLiteral("MISSING"));
    }
    return codes;
}

void SignoffModel::onRecordChanged()
{
    QVector<int> ids;
    for (const Stakeholder &s : m_document->snapshot().stakeholders) {
        ids << s.id;
    }
    if (ids == m_stakeholderIds) {
        m_states = states();
        if (!ids.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    // People were added, removed or reordered: a small table, rebuilt whole.
    beginResetModel();
    m_stakeholderIds = ids;
    m_states = states();
    endResetModel();
}

int SignoffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_stakeholderIds.size());
}

int SignoffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Signoff *SignoffModel::latestSignoff(int stakeholderId) const
{
    return gonogo::latestSignoff(m_document->snapshot(), stakeholderId);
}

QVariant SignoffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_stakeholderIds.size()) {
        return {};
    }
    const int id = m_stakeholderIds.at(index.row());
    const Stakeholder *person = nullptr;
    for (const Stakeholder &s : m_document->snapshot().stakeholders) {
        if (s.id == id) {
            person = &s;
        }
    }
    if (!person) {
        return {};
    }
    const Signoff *s = latestSignoff(id);
    const QString stateCode = s ? toCode(m_document->signoffState(*s)) : QStringLiteral("MISSING");
    switch (role) {
    case StakeholderIdRole:
        return id;
    case SignoffIdRole:
        return s ? s->id : 0;
    case StateCodeRole:
        return stateCode;
    case SignatureRole:
        return s && !s->signaturePng.isEmpty() ? QVariant(QImage::fromData(s->signaturePng, "PNG")) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == CommentColumn && s) {
            return s->comment;
        }
        if (index.column() == StateColumn && s) {
            return tr("Signed on fingerprint %1").arg(s->fingerprint);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PositionColumn:
        return index.row() + 1;
    case NameColumn:
        return s && !s->withdrawnAt.isValid() ? s->name : person->name;
    case RoleColumn:
        return person->role;
    case StateColumn:
        return s ? displayName(m_document->signoffState(*s)) : tr("Not signed");
    case VoteColumn:
        return s ? displayName(s->vote) : QString();
    case CommentColumn:
        return s ? s->comment : QString();
    case TimeColumn:
        return s ? localTimeText(s->signedAt) : QString();
    default:
        return {};
    }
}

QVariant SignoffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return columnTitle({tr("#"), tr("Name"), tr("Role"), tr("Sign-off"), tr("Vote"), tr("Comment"), tr("Signed")},
                       section);
}

} // namespace gonogo
