// SignoffModel: one row per stakeholder who must sign, with that person's latest sign-off: its state (CURRENT,
// STALE, WITHDRAWN or not signed), vote, comment, time and drawn signature. Reads the DecisionDocument; states
// follow the record's fingerprint as it changes.
#pragma once

#include "roles.h"

#include "decisiondocument.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace gonogo {

class SignoffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignoffModel)

public:
    enum Column {
        PositionColumn,
        NameColumn,
        RoleColumn,
        StateColumn,
        VoteColumn,
        CommentColumn,
        TimeColumn,
        ColumnCount
    };

    explicit SignoffModel(DecisionDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The person's most recent sign-off, withdrawn or not; nullptr when they never signed.
    const Signoff *latestSignoff(int stakeholderId) const;

private:
    void onRecordChanged();
    QStringList states() const; // each row's state code, now

    DecisionDocument *m_document;
    QVector<int> m_stakeholderIds;
    QStringList m_states; // each row's state code as the views were last told
};

} // namespace gonogo
