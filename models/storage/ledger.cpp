#include "ledger.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gonogo {

namespace {

// The field of an audit row that carries a whole entity: not a column name of any table.
const QString wholeField = QStringLiteral("(all)");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Storage)
};

// One table as facts: which entity prefix, which key column, which columns are state (changed_at and changed_by
// are bookkeeping of the app, not state, and are not replayed).
struct Table
{
    const char *prefix; // "item" -> entities "item:ID"
    const char *table;
    const char *key; // key column; empty for single-row tables (the entity is then the prefix itself)
    const char *order;
    QStringList columns;
    int since = 0; // the format that added the table: absent from a file read in the middle of an upgrade
};

const QVector<Table> &tables()
{
    static const QVector<Table> list{
        {"meeting",
         "meeting",
         "",
         "id",
         {QStringLiteral("record_id"), QStringLiteral("launch_name"), QStringLiteral("target_date"),
          QStringLiteral("meeting_date"), QStringLiteral("facilitator"), QStringLiteral("time_zone"),
          QStringLiteral("critical_percent"), QStringLiteral("go_percent"), QStringLiteral("caution_percent"),
          QStringLiteral("template_name"), QStringLiteral("created_at")}},
        {"category", "category", "code", "code", {QStringLiteral("name"), QStringLiteral("position")}},
        {"item",
         "item",
         "id",
         "id",
         {QStringLiteral("category_code"), QStringLiteral("position"), QStringLiteral("title"),
          QStringLiteral("description"), QStringLiteral("evidence_required"), QStringLiteral("critical"),
          QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("evidence"), QStringLiteral("notes")}},
        {"risk",
         "risk",
         "id",
         "id",
         {QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("description"),
          QStringLiteral("likelihood"), QStringLiteral("impact"), QStringLiteral("state"), QStringLiteral("owner"),
          QStringLiteral("mitigation"), QStringLiteral("acceptance_rationale"), QStringLiteral("accepted_by"),
          QStringLiteral("accepted_until")}},
        {"decision",
         "decision",
         "",
         "id",
         {QStringLiteral("decision"), QStringLiteral("rationale"), QStringLiteral("recommendation"),
          QStringLiteral("override_rationale"), QStringLiteral("decided_at"), QStringLiteral("decided_by")}},
        {"stakeholder",
         "stakeholder",
         "id",
         "id",
         {QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("role")}},
        {"signoff",
         "signoff",
         "id",
         "id",
         {QStringLiteral("stakeholder_id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("vote"),
          QStringLiteral("comment"), QStringLiteral("signed_at"), QStringLiteral("fingerprint"),
          QStringLiteral("signature_png"), QStringLiteral("audit_seq"), QStringLiteral("audit_hash"),
          QStringLiteral("seal"), QStringLiteral("canonical_form"), QStringLiteral("withdrawn_at"),
          QStringLiteral("withdrawn_by"), QStringLiteral("withdraw_reason"), QStringLiteral("withdraw_seal"),
          QStringLiteral("upgraded_fingerprint")}},
        {"agenda",
         "agenda_step",
         "id",
         "id",
         {QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("minutes"), QStringLiteral("shows"),
          QStringLiteral("category_code"), QStringLiteral("state"), QStringLiteral("started_at"),
          QStringLiteral("ended_at"), QStringLiteral("spent_ms"), QStringLiteral("resumed_at")},
         6},
        {"answer",
         "poll_answer",
         "stakeholder_id",
         "stakeholder_id",
         {QStringLiteral("answer"), QStringLiteral("comment"), QStringLiteral("answered_at"),
          QStringLiteral("answered_by")},
         6},
        {"poll",
         "poll",
         "",
         "id",
         {QStringLiteral("rationale"), QStringLiteral("rationale_at"), QStringLiteral("rationale_by")},
         6},
        {"trigger", "rollback_trigger", "id", "id", {QStringLiteral("position"), QStringLiteral("condition")}, 7},
        {"runbook",
         "runbook_step",
         "id",
         "id",
         {QStringLiteral("position"), QStringLiteral("offset_min"), QStringLiteral("duration_min"),
          QStringLiteral("title"), QStringLiteral("owner_role"), QStringLiteral("validation"),
          QStringLiteral("trigger_id"), QStringLiteral("outcome"), QStringLiteral("outcome_at"),
          QStringLiteral("outcome_by"), QStringLiteral("note")},
         7},
        {"launch",
         "launch",
         "",
         "id",
         {QStringLiteral("started_at"), QStringLiteral("started_by"), QStringLiteral("live_at"),
          QStringLiteral("live_by"), QStringLiteral("ended"), QStringLiteral("ended_at"), QStringLiteral("ended_by"),
          QStringLiteral("trigger_id"), QStringLiteral("rationale")},
         7},
        {"phase",
         "monitoring_phase",
         "id",
         "id",
         {QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("from_hours"), QStringLiteral("to_hours"),
          QStringLiteral("frequency"), QStringLiteral("coverage"), QStringLiteral("focus")},
         8},
        {"metric",
         "metric",
         "id",
         "id",
         {QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("rule"),
          QStringLiteral("limit_value"), QStringLiteral("band_percent"), QStringLiteral("expected"),
          QStringLiteral("trigger_id")},
         8},
        {"reading",
         "metric_reading",
         "id",
         "id",
         {QStringLiteral("metric_id"), QStringLiteral("at"), QStringLiteral("value"), QStringLiteral("text_value"),
          QStringLiteral("source"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")},
         8},
        {"review",
         "review",
         "id",
         "id",
         {QStringLiteral("position"), QStringLiteral("after_hours"), QStringLiteral("minutes"),
          QStringLiteral("purpose"), QStringLiteral("held_at"), QStringLiteral("attendees"),
          QStringLiteral("metric_status"), QStringLiteral("open_conditions"), QStringLiteral("outcome"),
          QStringLiteral("stable"), QStringLiteral("recorded_by")},
         9},
        {"followup",
         "condition_follow_up",
         "condition_id",
         "condition_id",
         {QStringLiteral("state"), QStringLiteral("note"), QStringLiteral("new_owner"), QStringLiteral("new_due"),
          QStringLiteral("changed_at"), QStringLiteral("changed_by")},
         9},
        {"stable",
         "stable_signoff",
         "id",
         "id",
         {QStringLiteral("stakeholder_id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("comment"),
          QStringLiteral("signed_at"), QStringLiteral("fingerprint")},
         10},
    };
    return list;
}

QVariant fact(const QVariant &v)
{
    if (v.isNull()) {
        return QVariant();
    }
    if (v.typeId() == QMetaType::QByteArray) {
        // A drawn signature is a fact by its hash: the seal binds the same hash.
        return QString::fromLatin1(QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256).toHex());
    }
    return v.toString();
}

bool sameFact(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

// "item:SEC-03/status" -> ("item:SEC-03", "status"); "matrix/HIGH/LOW" -> ("matrix", "HIGH/LOW").
std::pair<QString, QString> split(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return {key.left(slash), key.mid(slash + 1)};
}

QString describe(const QVariant &v)
{
    if (v.isNull()) {
        return Text::tr("empty");
    }
    QString text = v.toString();
    if (text.size() > 60) {
        text = text.left(57) + QStringLiteral("...");
    }
    return QStringLiteral("\"%1\"").arg(text);
}

// Facts under "entity/" (the entity itself and anything nested in it, e.g. its links or conditions).
void removeEntity(StateMap &state, const QString &entity)
{
    const QString prefix = entity + QLatin1Char('/');
    auto it = state.lowerBound(prefix);
    while (it != state.end() && it.key().startsWith(prefix)) {
        it = state.erase(it);
    }
}

bool decodeInto(StateMap &state, const QString &prefix, const QVariant &json)
{
    if (json.isNull()) {
        return true;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        state.insert(prefix + it.key(), it.value().isNull() ? QVariant() : QVariant(it.value().toString()));
    }
    return true;
}

} // namespace

QString RecordLedger::encode(const StateMap &state, const QString &prefix)
{
    QJsonObject object;
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (it.key().startsWith(prefix)) {
            object.insert(it.key().mid(prefix.size()),
                          it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value().toString()));
        }
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Outcome RecordLedger::readInto(StateMap &state, const QString &entity) const
{
    // entity: empty for everything, or one entity name.
    const QString kind = entity.section(QLatin1Char(':'), 0, 0);
    const QString id = entity.section(QLatin1Char(':'), 1);
    for (const Table &t : tables()) {
        const QString prefix = QString::fromLatin1(t.prefix);
        if (!entity.isEmpty() && kind != prefix) {
            continue;
        }
        const bool keyed = *t.key != '\0';
        // Read in the middle of an upgrade (the baseline of format 4), a file has no column a later format adds.
        QStringList columns = t.columns;
        if (t.since > 0) {
            auto present = m_session.hasColumn(QString::fromLatin1(t.table), columns.constFirst());
            if (!present) {
                return present.error();
            }
            if (!present.value()) {
                continue;
            }
        }
        if (prefix == QLatin1String("meeting")) {
            auto zone = m_session.hasColumn(QStringLiteral("meeting"), QStringLiteral("time_zone"));
            if (!zone) {
                return zone.error();
            }
            if (!zone.value()) {
                columns.removeAll(QStringLiteral("time_zone"));
            }
        }
        QString sql = QStringLiteral("SELECT %1%2 FROM %3")
                          .arg(keyed ? QString::fromLatin1(t.key) + QStringLiteral(", ") : QStringLiteral("NULL, "),
                               columns.join(QStringLiteral(", ")), QString::fromLatin1(t.table));
        QVariantList binds;
        if (keyed && !id.isEmpty()) {
            sql += QStringLiteral(" WHERE %1 = ?").arg(QString::fromLatin1(t.key));
            binds << id;
        }
        auto q = m_session.run(sql + QStringLiteral(" ORDER BY ") + QString::fromLatin1(t.order), binds);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            const QString name = keyed ? prefix + QLatin1Char(':') + q->value(0).toString() : prefix;
            for (int c = 0; c < columns.size(); ++c) {
                state.insert(name + QLatin1Char('/') + columns.at(c), fact(q->value(c + 1)));
            }
        }
    }
    auto rows = [&](const QString &sql, const QVariantList &binds, auto &&each) -> Outcome {
        auto q = m_session.run(sql, binds);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            each(q.value());
        }
        return Done{};
    };
    if (entity.isEmpty() || kind == QLatin1String("risk")) {
        const QString where = id.isEmpty() ? QString() : QStringLiteral(" WHERE risk_id = ?");
        if (auto r = rows(QStringLiteral("SELECT risk_id, item_id FROM risk_item") + where,
                          id.isEmpty() ? QVariantList{} : QVariantList{id},
                          [&](const QSqlQuery &q) {
                              state.insert(
                                  QStringLiteral("risk:%1/item:%2").arg(q.value(0).toString(), q.value(1).toString()),
                                  QStringLiteral("1"));
                          });
            !r) {
            return r;
        }
    }
    if (entity.isEmpty() || entity == QLatin1String("matrix")) {
        if (auto r =
                rows(QStringLiteral("SELECT likelihood, impact, level FROM risk_matrix_cell"), {},
                     [&](const QSqlQuery &q) {
                         state.insert(QStringLiteral("matrix/%1/%2").arg(q.value(0).toString(), q.value(1).toString()),
                                      q.value(2).toString());
                     });
            !r) {
            return r;
        }
    }
    if (entity.isEmpty() || entity == QLatin1String("decision")) {
        // Conditions by position: what the record shows, independent of row IDs.
        if (auto r = rows(QStringLiteral("SELECT position, text, owner, due_date FROM condition"), {},
                          [&](const QSqlQuery &q) {
                              const QString c = QStringLiteral("decision/condition:%1/").arg(q.value(0).toString());
                              state.insert(c + QStringLiteral("text"), fact(q.value(1)));
                              state.insert(c + QStringLiteral("owner"), fact(q.value(2)));
                              state.insert(c + QStringLiteral("due_date"), fact(q.value(3)));
                          });
            !r) {
            return r;
        }
    }
    return Done{};
}

Result<StateMap> RecordLedger::read() const
{
    StateMap state;
    if (auto r = readInto(state, {}); !r) {
        return r.error();
    }
    return state;
}

Result<StateMap> RecordLedger::read(const QString &entity) const
{
    StateMap state;
    if (auto r = readInto(state, entity); !r) {
        return r.error();
    }
    return state;
}

Outcome RecordLedger::recordState(const QString &actor, const QString &action, const QString &entity,
                                  const QVariant &oldValue) const
{
    auto state = read(entity);
    if (!state) {
        return state.error();
    }
    const QString prefix = entity + QLatin1Char('/');
    const QVariant value = state->isEmpty() ? QVariant() : QVariant(encode(state.value(), prefix));
    return AuditLog(m_session).append(actor, action, entity, wholeField, oldValue, value);
}

Outcome RecordLedger::recordBaseline(const QString &actor, const QString &why) const
{
    auto state = read();
    if (!state) {
        return state.error();
    }
    return AuditLog(m_session).append(actor, QStringLiteral("baseline"), QStringLiteral("record"), wholeField, why,
                                      encode(state.value()));
}

bool RecordLedger::isWhole(const AuditEntry &entry)
{
    return entry.field == wholeField;
}

qint64 RecordLedger::baselineSeq(const QVector<AuditEntry> &entries)
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->action == QLatin1String("baseline") && it->entity == QLatin1String("record")) {
            return it->seq;
        }
    }
    return 0;
}

Result<QStringList> RecordLedger::differences(const QVector<AuditEntry> &entries) const
{
    const qint64 from = baselineSeq(entries);
    if (from == 0) {
        return QStringList{};
    }
    StateMap replayed;
    QStringList problems;
    for (const AuditEntry &e : entries) {
        if (e.seq < from) {
            continue;
        }
        if (e.field == wholeField) {
            if (e.entity == QLatin1String("record")) {
                replayed.clear();
                if (!decodeInto(replayed, QString(), e.newValue)) {
                    problems << Text::tr("the baseline in entry %1 cannot be read").arg(e.seq);
                }
            } else {
                removeEntity(replayed, e.entity);
                if (!decodeInto(replayed, e.entity + QLatin1Char('/'), e.newValue)) {
                    problems << Text::tr("the state in entry %1 cannot be read").arg(e.seq);
                }
            }
        } else if (e.action == QLatin1String("set") || e.action == QLatin1String("move")) {
            replayed.insert(e.entity + QLatin1Char('/') + e.field, e.newValue);
        } else if (e.action == QLatin1String("link")) {
            replayed.insert(QStringLiteral("%1/item:%2").arg(e.entity, e.newValue.toString()), QStringLiteral("1"));
        } else if (e.action == QLatin1String("unlink")) {
            replayed.remove(QStringLiteral("%1/item:%2").arg(e.entity, e.oldValue.toString()));
        } else if (e.action == QLatin1String("delete") || e.action == QLatin1String("remove")) {
            removeEntity(replayed, e.entity);
        }
        // Other rows ("create", "decide", "sign", "withdraw" with readable values) tell people what happened; the
        // state rows written with them carry what replay needs.
    }
    if (!problems.isEmpty()) {
        return problems;
    }
    auto actual = read();
    if (!actual) {
        return actual.error();
    }
    // Group differences by entity: a whole entity present on one side only is one sentence.
    QSet<QString> actualEntities;
    QSet<QString> replayedEntities;
    // An entity exists when it has a field of its own; nested facts (links, conditions) do not make it exist.
    auto own = [](const QString &key) { return !split(key).second.contains(QLatin1Char(':')); };
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (own(it.key())) {
            actualEntities.insert(split(it.key()).first);
        }
    }
    for (auto it = replayed.cbegin(); it != replayed.cend(); ++it) {
        if (own(it.key())) {
            replayedEntities.insert(split(it.key()).first);
        }
    }
    auto name = [](const QString &entity) {
        const QString kind = entity.section(QLatin1Char(':'), 0, 0);
        const QString id = entity.section(QLatin1Char(':'), 1);
        return id.isEmpty() ? kind : QStringLiteral("%1 %2").arg(kind, id);
    };
    // Where the tables are, in the words of the person reading: a file, or a database on a server.
    const bool server = m_session.onServer();
    QStringList reported;
    for (const QString &entity : actualEntities) {
        if (!replayedEntities.contains(entity)) {
            reported << (server ? Text::tr("%1 is in the database but not in the audit log (added by hand?)")
                                : Text::tr("%1 is in the file but not in the audit log (added by hand?)"))
                            .arg(name(entity));
        }
    }
    for (const QString &entity : replayedEntities) {
        if (!actualEntities.contains(entity)) {
            reported << (server ? Text::tr("%1 is in the audit log but missing from the database (removed by hand?)")
                                : Text::tr("%1 is in the audit log but missing from the file (removed by hand?)"))
                            .arg(name(entity));
        }
    }
    QSet<QString> keys;
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        keys.insert(it.key());
    }
    for (auto it = replayed.cbegin(); it != replayed.cend(); ++it) {
        keys.insert(it.key());
    }
    for (const QString &key : keys) {
        const auto [entity, field] = split(key);
        if (!actualEntities.contains(entity) || !replayedEntities.contains(entity)) {
            continue;
        }
        const bool inFile = actual->contains(key);
        const bool inLog = replayed.contains(key);
        if (field.startsWith(QLatin1String("item:")) && inFile != inLog) {
            reported << (inFile ? (server ? Text::tr("%1 is linked to item %2 in the database but not by the audit log")
                                          : Text::tr("%1 is linked to item %2 in the file but not by the audit log"))
                                : (server ? Text::tr("%1 is linked to item %2 by the audit log but not in the database")
                                          : Text::tr("%1 is linked to item %2 by the audit log but not in the file")))
                            .arg(name(entity), field.mid(5));
            continue;
        }
        const QVariant a = actual->value(key);
        const QVariant b = replayed.value(key);
        if (inFile != inLog || !sameFact(a, b)) {
            reported << (server ? Text::tr("%1: %2 is %3 in the database but %4 by the audit log")
                                : Text::tr("%1: %2 is %3 in the file but %4 by the audit log"))
                            .arg(name(entity), field, describe(a), describe(b));
        }
    }
    reported.sort();
    return reported;
}

} // namespace gonogo
