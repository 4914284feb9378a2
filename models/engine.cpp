#include "engine.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <array>

namespace gonogo {

namespace {

// Translation context of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionEngine)
};

} // namespace

void StatusCounts::add(Status s)
{
    ++total;
    switch (s) {
    case Status::Pass:
        ++pass;
        break;
    case Status::Partial:
        ++partial;
        break;
    case Status::Fail:
        ++fail;
        break;
    case Status::Pending:
        ++pending;
        break;
    }
}

int StatusCounts::count(Status s) const
{
    switch (s) {
    case Status::Pass:
        return pass;
    case Status::Partial:
        return partial;
    case Status::Fail:
        return fail;
    case Status::Pending:
        break;
    }
    return pending;
}

bool Score::meets(int percent) const
{
    if (denominator <= 0) {
        return false;
    }
    return 100LL * numerator >= static_cast<long long>(percent) * denominator;
}

int Score::tenthsOfPercent() const
{
    if (denominator <= 0) {
        return 0;
    }
    return static_cast<int>((1000LL * numerator) / denominator);
}

double Score::percent() const
{
    return tenthsOfPercent() / 10.0;
}

QString Score::text() const
{
    // Already rounded down to tenths, so formatting to one decimal cannot round it back up.
    return QLocale().toString(tenthsOfPercent() / 10.0, 'f', 1);
}

Assessment DecisionEngine::assess(const Snapshot &snapshot, AssessmentMemo *memo)
{
    return assess(snapshot.categories, snapshot.items, snapshot.risks, snapshot.meeting.thresholds, snapshot.matrix,
                  memo);
}

Assessment DecisionEngine::assess(const QVector<Category> &categories, const QVector<Item> &items,
                                  const QVector<Risk> &risks, const Thresholds &thresholds, const RiskMatrix &matrix,
                                  AssessmentMemo *memo)
{
    Assessment a;
    QHash<QString, int> categoryIndex;
    QStringList codes;
    for (const Category &c : categories) {
        categoryIndex.insert(c.code, a.categories.size());
        codes << c.code;
        a.categories.append(CategoryScore{c.code, c.name, {}, {}});
    }
    // One reason per critical item not PASS, thousands in a large checklist, on every key: the sentence and the
    // status words are looked up once, not once per item, and with a memo each sentence is formed once.
    const QString sentence = Text::tr("Critical item %1 \"%2\" is %3.");
    QStringList statusWords;
    for (const Status s : allStatuses) {
        statusWords << displayName(s);
    }
    if (memo) {
        const bool otherCategories = memo->m_categoryCodes != codes;
        const bool otherWords = memo->m_sentence != sentence || memo->m_statusWords != statusWords;
        memo->m_entries.resize(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Item &item = items.at(i);
            AssessmentMemo::Entry &e = memo->m_entries[i];
            if (otherCategories || !sameText(e.categoryCode, item.categoryCode)) {
                e.categoryCode = item.categoryCode;
                e.category = categoryIndex.value(item.categoryCode, -1);
            }
            if (otherWords || !sameText(e.id, item.id) || !sameText(e.title, item.title) || e.status != item.status) {
                e.id = item.id;
                e.title = item.title;
                e.status = item.status;
                e.reasonText.clear(); // formed when needed
            }
        }
        memo->m_categoryCodes = codes;
        memo->m_sentence = sentence;
        memo->m_statusWords = statusWords;
    }
    const auto categoryOf = [&](qsizetype i) {
        return memo ? memo->m_entries.at(i).category : categoryIndex.value(items.at(i).categoryCode, -1);
    };
    const auto reasonText = [&](qsizetype i) {
        const Item &item = items.at(i);
        const auto form = [&] {
            return sentence.arg(item.id, item.title, statusWords.at(static_cast<qsizetype>(item.status)));
        };
        if (!memo) {
            return form();
        }
        QString &kept = memo->m_entries[i].reasonText;
        if (kept.isEmpty()) {
            kept = form();
        }
        return kept;
    };

    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        a.items.add(item.status);
        const int index = categoryOf(i);
        CategoryScore *category = index < 0 ? nullptr : &a.categories[index];
        if (category) {
            category->items.add(item.status);
        }
        if (item.critical) {
            a.critical.add(item.status);
            if (category) {
                category->critical.add(item.status);
            }
        }
    }
    a.criticalScore = Score{a.critical.pass, a.critical.total};
    a.totalScore = Score{a.items.pass, a.items.total};

    QVector<Reason> noGo;
    QVector<Reason> caution;

    if (a.items.total == 0) {
        noGo.append({Reason::Kind::EmptyChecklist, Decision::NoGo, {}, Text::tr("The checklist has no items.")});
    } else {
        // A checklist without critical items has its critical criterion met.
        const bool criticalMet = a.critical.total == 0 || a.criticalScore.meets(thresholds.criticalPercent);
        if (!criticalMet) {
            noGo.append({Reason::Kind::CriticalBelowThreshold,
                         Decision::NoGo,
                         {},
                         Text::tr("Critical score %1% is below the required %2% (%3 of %4 critical items PASS).")
                             .arg(a.criticalScore.text())
                             .arg(thresholds.criticalPercent)
                             .arg(a.critical.pass)
                             .arg(a.critical.total)});
            for (qsizetype i = 0; i < items.size(); ++i) {
                const Item &item = items.at(i);
                if (item.critical && item.status != Status::Pass) {
                    noGo.append({Reason::Kind::CriticalItemNotPass, Decision::NoGo, item.id, reasonText(i)});
                }
            }
        }
        if (!a.totalScore.meets(thresholds.cautionPercent)) {
            noGo.append({Reason::Kind::TotalBelowCaution,
                         Decision::NoGo,
                         {},
                         Text::tr("Total score %1% is below the %2% minimum (%3 of %4 items PASS).")
                             .arg(a.totalScore.text())
                             .arg(thresholds.cautionPercent)
                             .arg(a.items.pass)
                             .arg(a.items.total)});
        } else if (!a.totalScore.meets(thresholds.goPercent)) {
            caution.append({Reason::Kind::TotalBelowGo,
                            Decision::GoWithCaution,
                            {},
                            Text::tr("Total score %1% is below the %2% needed for GO (%3 of %4 items PASS).")
                                .arg(a.totalScore.text())
                                .arg(thresholds.goPercent)
                                .arg(a.items.pass)
                                .arg(a.items.total)});
        }
    }

    for (const Risk &risk : risks) {
        const RiskLevel level = matrix.level(risk.likelihood, risk.impact);
        switch (risk.state) {
        case RiskState::Mitigated:
            ++a.mitigated;
            continue;
        case RiskState::Accepted:
            ++a.accepted;
            if (level != RiskLevel::Green) {
                caution.append({Reason::Kind::AcceptedRisk, Decision::GoWithCaution, risk.id,
                                (level == RiskLevel::Red ? Text::tr("Accepted red risk %1 \"%2\" remains.")
                                                         : Text::tr("Accepted yellow risk %1 \"%2\" remains."))
                                    .arg(risk.id, risk.title)});
            }
            continue;
        case RiskState::Open:
            break;
        }
        switch (level) {
        case RiskLevel::Red:
            ++a.openRed;
            noGo.append({Reason::Kind::OpenRisk, Decision::NoGo, risk.id,
                         Text::tr("Open red risk %1 \"%2\" (likelihood %3, impact %4).")
                             .arg(risk.id, risk.title, displayName(risk.likelihood), displayName(risk.impact))});
            break;
        case RiskLevel::Yellow:
            ++a.openYellow;
            caution.append({Reason::Kind::OpenRisk, Decision::GoWithCaution, risk.id,
                            Text::tr("Open yellow risk %1 \"%2\" (likelihood %3, impact %4).")
                                .arg(risk.id, risk.title, displayName(risk.likelihood), displayName(risk.impact))});
            break;
        case RiskLevel::Green:
            ++a.openGreen;
            break;
        }
    }

    if (!noGo.isEmpty()) {
        a.decision = Decision::NoGo;
    } else if (!caution.isEmpty()) {
        a.decision = Decision::GoWithCaution;
    } else {
        a.decision = Decision::Go;
    }
    a.reasons = noGo + caution;
    return a;
}

} // namespace gonogo
