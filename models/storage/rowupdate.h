// Collects "field: old -> new" updates for one row, so that only real changes are written and audited: the
// repositories' one way of updating a row. Internal to models/storage.
#pragma once

#include "auditlog.h"
#include "sql.h"

#include <QStringList>
#include <QVariantList>

namespace gonogo {

class RowUpdate
{
public:
    void set(const QString &column, const QVariant &oldValue, const QVariant &newValue)
    {
        if (oldValue.toString() == newValue.toString() && oldValue.isNull() == newValue.isNull()) {
            return;
        }
        m_columns << column;
        m_old << oldValue;
        m_new << newValue;
    }
    bool isEmpty() const { return m_columns.isEmpty(); }
    int size() const { return static_cast<int>(m_columns.size()); }

    Outcome write(const SqlSession &session, const QString &table, const QString &keyColumn, const QVariant &key,
                  const QString &entity, const QString &actor, bool stampChange) const
    {
        QStringList assignments;
        QVariantList binds;
        for (int i = 0; i < m_columns.size(); ++i) {
            assignments << m_columns.at(i) + QStringLiteral(" = ?");
            binds << m_new.at(i);
        }
        if (stampChange) {
            assignments << QStringLiteral("changed_at = ?") << QStringLiteral("changed_by = ?");
            binds << session.now() << actor;
        }
        binds << key;
        if (auto q = session.runKept(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                         .arg(table, assignments.join(QStringLiteral(", ")), keyColumn),
                                     binds);
            !q) {
            return q.error();
        }
        const AuditLog audit(session);
        for (int i = 0; i < m_columns.size(); ++i) {
            if (auto a = audit.append(actor, QStringLiteral("set"), entity, m_columns.at(i), m_old.at(i), m_new.at(i));
                !a) {
                return a.error();
            }
        }
        return Done{};
    }

private:
    QStringList m_columns;
    QVariantList m_old;
    QVariantList m_new;
};

} // namespace gonogo
