// DecisionEngine: the objective recommendation. A pure function of items, risks, thresholds and the risk matrix;
// it must never read a file, a clock or a setting, so that the same inputs always give the same answer.
#pragma once

#include "domain.h"

namespace gonogo {

struct StatusCounts
{
    int total = 0;
    int pass = 0;
    int partial = 0;
    int fail = 0;
    int pending = 0;

    void add(Status s);
    int count(Status s) const;
};

// A score kept as a fraction so that comparisons stay exact; shown rounded down to one decimal.
struct Score
{
    int numerator = 0;
    int denominator = 0;

    bool meets(int percent) const; // 100 * numerator >= percent * denominator; an empty score meets nothing
    int tenthsOfPercent() const;   // floor(1000 * numerator / denominator), 0 when empty
    double percent() const;        // tenthsOfPercent() / 10.0, for JSON
    QString text() const;          // "94.9" (or "94,9") in the default locale
};

struct Reason
{
    enum class Kind {
        EmptyChecklist,
        CriticalBelowThreshold,
        CriticalItemNotPass,
        TotalBelowCaution,
        TotalBelowGo,
        OpenRisk,
        AcceptedRisk,
    };
    Kind kind = Kind::EmptyChecklist;
    Decision effect = Decision::NoGo; // the decision this reason alone leads to
    QString subject;                  // the item or risk ID, when the reason is about one
    QString text;                     // a sentence in the UI language
};

struct CategoryScore
{
    QString code;
    QString name;
    StatusCounts items;
    StatusCounts critical;
};

struct Assessment
{
    StatusCounts items;
    StatusCounts critical;
    Score criticalScore;
    Score totalScore;
    int openRed = 0;
    int openYellow = 0;
    int openGreen = 0;
    int accepted = 0;
    int mitigated = 0;
    QVector<CategoryScore> categories;
    Decision decision = Decision::NoGo;
    QVector<Reason> reasons; // NO-GO reasons first, then GO WITH CAUTION reasons, each in checklist order
};

// What one assessment worked out per item, kept by a window for the next one: in a large checklist nearly every
// item reads the same from one key to the next, and forming thousands of reason sentences and looking up
// thousands of categories were most of an assessment (tst_engine holds an assessment with it equal to one without).
// Entries are per position in the item list; one whose item no longer reads the same is worked out again.
class AssessmentMemo
{
private:
    friend class DecisionEngine;
    struct Entry
    {
        QString id;
        QString title;
        QString categoryCode;
        Status status = Status::Pending;
        int category = -1;  // index into the categories, -1 for none
        QString reasonText; // "Critical item ... is ...", when the item is critical and not PASS
    };
    QVector<Entry> m_entries;
    QStringList m_categoryCodes; // what the category indexes refer to
    QString m_sentence;          // the reason sentence and status words in the language they were formed in
    QStringList m_statusWords;
};

class DecisionEngine
{
public:
    static Assessment assess(const QVector<Category> &categories, const QVector<Item> &items,
                             const QVector<Risk> &risks, const Thresholds &thresholds, const RiskMatrix &matrix,
                             AssessmentMemo *memo = nullptr);
    static Assessment assess(const Snapshot &snapshot, AssessmentMemo *memo = nullptr);
};

} // namespace gonogo
