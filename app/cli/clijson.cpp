#include "clijson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace gonogo::cli {

QJsonObject itemJson(const Item &item)
{
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("category"), item.categoryCode},
                       {QStringLiteral("title"), item.title},
                       {QStringLiteral("critical"), item.critical},
                       {QStringLiteral("status"), toCode(item.status)},
                       {QStringLiteral("owner"), item.owner},
                       {QStringLiteral("evidence"), item.evidence}};
}

QJsonObject riskJson(const Risk &risk, const RiskMatrix &matrix)
{
    return QJsonObject{{QStringLiteral("id"), risk.id},
                       {QStringLiteral("title"), risk.title},
                       {QStringLiteral("likelihood"), toCode(risk.likelihood)},
                       {QStringLiteral("impact"), toCode(risk.impact)},
                       {QStringLiteral("level"), toCode(matrix.level(risk.likelihood, risk.impact))},
                       {QStringLiteral("state"), toCode(risk.state)},
                       {QStringLiteral("owner"), risk.owner},
                       {QStringLiteral("mitigation"), risk.mitigation},
                       {QStringLiteral("acceptance_rationale"), risk.acceptanceRationale},
                       {QStringLiteral("accepted_by"), risk.acceptedBy},
                       {QStringLiteral("accepted_until"), risk.acceptedUntil.isValid()
                                                              ? QJsonValue(risk.acceptedUntil.toString(Qt::ISODate))
                                                              : QJsonValue()},
                       {QStringLiteral("items"), QJsonArray::fromStringList(risk.itemIds)}};
}

QJsonObject summaryJson(const Snapshot &s, const Assessment &a)
{
    QJsonArray categories;
    for (const CategoryScore &c : a.categories) {
        categories.append(QJsonObject{{QStringLiteral("code"), c.code},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("total"), c.items.total},
                                      {QStringLiteral("critical"), c.critical.total},
                                      {QStringLiteral("pass"), c.items.pass},
                                      {QStringLiteral("critical_pass"), c.critical.pass},
                                      {QStringLiteral("partial"), c.items.partial},
                                      {QStringLiteral("fail"), c.items.fail},
                                      {QStringLiteral("pending"), c.items.pending}});
    }
    QJsonArray reasons;
    for (const Reason &r : a.reasons) {
        reasons.append(r.text);
    }
    const Thresholds &t = s.meeting.thresholds;
    return QJsonObject{
        {QStringLiteral("launch"), s.meeting.launchName},
        {QStringLiteral("items"), QJsonObject{{QStringLiteral("total"), a.items.total},
                                              {QStringLiteral("pass"), a.items.pass},
                                              {QStringLiteral("partial"), a.items.partial},
                                              {QStringLiteral("fail"), a.items.fail},
                                              {QStringLiteral("pending"), a.items.pending}}},
        {QStringLiteral("critical"),
         QJsonObject{{QStringLiteral("total"), a.critical.total}, {QStringLiteral("pass"), a.critical.pass}}},
        {QStringLiteral("scores"), QJsonObject{{QStringLiteral("critical_percent"), a.criticalScore.percent()},
                                               {QStringLiteral("total_percent"), a.totalScore.percent()}}},
        {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("critical_percent"), t.criticalPercent},
                                                   {QStringLiteral("go_percent"), t.goPercent},
                                                   {QStringLiteral("caution_percent"), t.cautionPercent}}},
        {QStringLiteral("risks"), QJsonObject{{QStringLiteral("open_red"), a.openRed},
                                              {QStringLiteral("open_yellow"), a.openYellow},
                                              {QStringLiteral("open_green"), a.openGreen},
                                              {QStringLiteral("accepted"), a.accepted},
                                              {QStringLiteral("mitigated"), a.mitigated}}},
        {QStringLiteral("decision"), toCode(a.decision)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("categories"), categories},
    };
}

void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void writeJson(QTextStream &out, const QJsonArray &array)
{
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace gonogo::cli
