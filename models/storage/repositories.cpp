#include "repositories.h"

#include "ledger.h"
#include "rowupdate.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QTimeZone>

#include <optional>

namespace gonogo {

namespace {

// Translation context of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

const QString itemColumns = QStringLiteral("id, category_code, position, title, description, evidence_required, "
                                           "critical, owner, status, evidence, notes, changed_at, changed_by");

Item itemFrom(const QSqlQuery &q)
{
    Item item;
    item.id = q.value(0).toString();
    item.categoryCode = q.value(1).toString();
    item.position = q.value(2).toInt();
    item.title = q.value(3).toString();
    item.description = q.value(4).toString();
    item.evidenceRequired = q.value(5).toString();
    item.critical = q.value(6).toInt() != 0;
    item.owner = q.value(7).toString();
    item.status = statusFromCode(q.value(8).toString()).value_or(Status::Pending);
    item.evidence = q.value(9).toString();
    item.notes = q.value(10).toString();
    item.changedAt = parseTime(q.value(11));
    item.changedBy = q.value(12).toString();
    return item;
}

} // namespace

Result<QVector<Category>> ItemRepository::categories() const
{
    auto q = m_session.run(QStringLiteral("SELECT code, name, position FROM category ORDER BY position, code"));
    if (!q) {
        return q.error();
    }
    QVector<Category> list;
    while (q->next()) {
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()});
    }
    return list;
}

Result<QVector<Item>> ItemRepository::all() const
{
    auto q = m_session.run(QStringLiteral("SELECT i.%1 FROM item i JOIN category c ON c.code = i.category_code "
                                          "ORDER BY c.position, i.position, i.id")
                               .arg(QString(itemColumns).replace(QStringLiteral(", "), QStringLiteral(", i."))));
    if (!q) {
        return q.error();
    }
    QVector<Item> list;
    while (q->next()) {
        list.append(itemFrom(q.value()));
    }
    return list;
}

Result<Item> ItemRepository::find(const QString &id) const
{
    std::optional<Item> found;
    if (auto q = m_session.runKept(QStringLiteral("SELECT %1 FROM item WHERE id = ?").arg(itemColumns), {id},
                                   [&found](QSqlQuery &row) {
                                       if (row.next()) {
                                           found = itemFrom(row);
                                       }
                                   });
        !q) {
        return q.error();
    }
    if (!found) {
        return invalid(m_session, Text::tr("there is no checklist item with ID \"%1\".").arg(id));
    }
    return std::move(*found);
}

Result<int> ItemRepository::apply(const QVector<ItemChange> &changes, const QString &actor) const
{
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    int changed = 0;
    for (const ItemChange &change : changes) {
        auto current = find(change.id);
        if (!current) {
            return current.error();
        }
        if (change.basedOn && current->changedAt != *change.basedOn) {
            return Error{
                ErrorKind::InUse,
                Text::tr("%1 was changed by %2 at %3, after you last saw it: it is now %4. Your change was "
                         "not made; look at the item again before changing it.")
                    .arg(change.id, current->changedBy, localTimeText(current->changedAt), toCode(current->status))};
        }
        RowUpdate update;
        if (change.status) {
            update.set(QStringLiteral("status"), toCode(current->status), toCode(*change.status));
        }
        if (change.owner) {
            update.set(QStringLiteral("owner"), current->owner, *change.owner);
        }
        if (change.evidence) {
            update.set(QStringLiteral("evidence"), current->evidence, *change.evidence);
        }
        if (change.notes) {
            update.set(QStringLiteral("notes"), current->notes, *change.notes);
        }
        if (update.isEmpty()) {
            continue;
        }
        if (auto w = update.write(m_session, QStringLiteral("item"), QStringLiteral("id"), change.id,
                                  QStringLiteral("item:") + change.id, actor, true);
            !w) {
            return w.error();
        }
        changed += update.size();
    }
    return transaction.commitCount(changed);
}

Result<Meeting> MeetingRepository::load() const
{
    // A file being upgraded is read before the script that adds the time zone has run (format 4's baseline).
    auto hasZone = m_session.hasColumn(QStringLiteral("meeting"), QStringLiteral("time_zone"));
    if (!hasZone) {
        return hasZone.error();
    }
    auto q = m_session.run(QStringLiteral("SELECT launch_name, target_date, meeting_date, facilitator, "
                                          "critical_percent, go_percent, caution_percent, template_name, created_at, "
                                          "record_id, %1 FROM meeting WHERE id = 1")
                               .arg(hasZone.value() ? QStringLiteral("time_zone") : QStringLiteral("''")));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{
            ErrorKind::Damaged,
            Text::tr("%1 is damaged: it has no meeting record.").arg(QDir::toNativeSeparators(m_session.filePath()))};
    }
    Meeting m;
    m.launchName = q->value(0).toString();
    m.targetDate = parseDate(q->value(1));
    m.meetingDate = parseDate(q->value(2));
    m.facilitator = q->value(3).toString();
    m.thresholds = {q->value(4).toInt(), q->value(5).toInt(), q->value(6).toInt()};
    m.templateName = q->value(7).toString();
    m.createdAt = parseTime(q->value(8));
    m.recordId = q->value(9).toString();
    m.timeZone = q->value(10).toString();
    return m;
}

Result<int> MeetingRepository::apply(const MeetingChange &change, const QString &actor) const
{
    auto current = load();
    if (!current) {
        return current.error();
    }
    if (change.launchName && change.launchName->trimmed().isEmpty()) {
        return invalid(m_session, Text::tr("the launch name cannot be empty."));
    }
    if (change.timeZone && !change.timeZone->isEmpty() && !QTimeZone(change.timeZone->toUtf8()).isValid()) {
        return invalid(m_session, Text::tr("\"%1\" is not a time zone this system knows (use a name such as "
                                           "Europe/Madrid or America/New_York).")
                                      .arg(*change.timeZone));
    }
    if (change.thresholds) {
        const Thresholds &t = *change.thresholds;
        for (int p : {t.criticalPercent, t.goPercent, t.cautionPercent}) {
            if (p < 0 || p > 100) {
                return invalid(m_session, Text::tr("a threshold must be a percentage from 0 to 100, not %1.").arg(p));
            }
        }
        if (t.cautionPercent > t.goPercent) {
            return invalid(m_session,
                           Text::tr("the GO WITH CAUTION threshold (%1%) cannot be above the GO threshold (%2%).")
                               .arg(QString::number(t.cautionPercent), QString::number(t.goPercent)));
        }
    }
    RowUpdate update;
    if (change.launchName) {
        update.set(QStringLiteral("launch_name"), current->launchName, cleanText(*change.launchName));
    }
    if (change.targetDate) {
        update.set(QStringLiteral("target_date"), dateValue(current->targetDate), dateValue(*change.targetDate));
    }
    if (change.meetingDate) {
        update.set(QStringLiteral("meeting_date"), dateValue(current->meetingDate), dateValue(*change.meetingDate));
    }
    if (change.facilitator) {
        update.set(QStringLiteral("facilitator"), current->facilitator, cleanText(*change.facilitator));
    }
    if (change.timeZone) {
        update.set(QStringLiteral("time_zone"), current->timeZone, change.timeZone->trimmed());
    }
    if (change.thresholds) {
        update.set(QStringLiteral("critical_percent"), current->thresholds.criticalPercent,
                   change.thresholds->criticalPercent);
        update.set(QStringLiteral("go_percent"), current->thresholds.goPercent, change.thresholds->goPercent);
        update.set(QStringLiteral("caution_percent"), current->thresholds.cautionPercent,
                   change.thresholds->cautionPercent);
    }
    if (update.isEmpty()) {
        return 0;
    }
    Transaction transaction(m_session);
    if (!transaction.started()) {
        return transaction.beginError();
    }
    if (auto w = update.write(m_session, QStringLiteral("meeting"), QStringLiteral("id"), 1, QStringLiteral("meeting"),
                              actor, false);
        !w) {
        return w.error();
    }
    if (auto c = transaction.commit(); !c) {
        return c.error();
    }
    return update.size();
}

} // namespace gonogo
