// AfterLaunchPanel: what follows go-live, on one page. At the top, in large type, where monitoring stands (the
// phase counted from go-live, what it asks for, and the breaches) or the STABLE declaration and how many have signed
// it. Left, the 18 metrics: threshold, latest reading, OK or BREACH, and the rollback trigger each feeds. Right, the
// reviews scheduled from the actual go-live, the decision's conditions with their follow-up, and the STABLE
// sign-offs (CURRENT or STALE against the STABLE fingerprint). At the desk a key does each thing: A adds a reading,
// I imports a monitoring export, T changes the selected metric's threshold, W records the review that is due, C
// closes and Y carries the selected condition, N signs STABLE. Writes only through the document, each on disk
// before it shows; a refusal is shown by the window.
#pragma once

#include "monitoring.h"
#include "reviews.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace gonogo {

class DecisionDocument;

class AfterLaunchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterLaunchPanel)

public:
    enum MetricColumn {
        MetricNameColumn,
        ThresholdColumn,
        LatestColumn,
        ReadAtColumn,
        MetricStateColumn,
        TriggerColumn
    };
    enum ReviewColumn { ReviewIdColumn, ReviewDueColumn, ReviewPurposeColumn, ReviewHeldColumn, ReviewOutcomeColumn };
    enum ConditionColumn { ConditionColumn, ConditionOwnerColumn, ConditionDueColumn, ConditionStateColumn };
    enum SignoffColumn { SignerColumn, SignerRoleColumn, SignoffStateColumn };

    explicit AfterLaunchPanel(DecisionDocument *document, QWidget *parent = nullptr);

    void setRoom(bool on);
    QLabel *headline() const { return m_headline; }
    QLabel *phaseLabel() const { return m_phase; }
    QTableWidget *metrics() const { return m_metrics; }
    QTableWidget *reviews() const { return m_reviews; }
    QTableWidget *conditions() const { return m_conditions; }
    QTableWidget *signoffs() const { return m_signoffs; }
    QString selectedMetric() const;
    int selectedCondition() const; // the condition's number, 0 when none
    // The first review not recorded yet, in order; empty when all are.
    QString nextReview() const;

    // The keys' actions: those without arguments ask in a dialog, the others write what they are given.
    void addReading();
    bool addReading(const QString &metricId, const QString &value);
    void importReadings();
    bool importReadings(const QString &path, bool confirm = true);
    void setThreshold();
    bool setThreshold(const Metric &metric);
    void recordReview();
    bool recordReview(const ReviewDraft &draft);
    void closeCondition();
    void carryCondition();
    void signStable();
    bool signStable(int stakeholderId, const QString &comment);

public slots:
    void refresh(); // also every minute: the phase moves with time alone; only while shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshMetrics();
    void refreshReviews();
    void refreshConditions();
    void refreshSignoffs();
    void report(const QString &message);
    void arrange(); // the tables in two columns at the desk, in one in the room // a plain message in the panel's
                    // status line

    DecisionDocument *m_document;
    QLabel *m_headline;
    QLabel *m_phase;
    QLabel *m_keys;
    QLabel *m_message;
    QTableWidget *m_metrics;
    QTableWidget *m_reviews;
    QTableWidget *m_conditions;
    QTableWidget *m_signoffs;
    QList<QPushButton *> m_buttons;
    QList<QLabel *> m_titles;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_threshold;
    QPushButton *m_review;
    QPushButton *m_close;
    QPushButton *m_carry;
    QPushButton *m_sign;
    QTimer *m_tick;
    bool m_room = false;
};

} // namespace gonogo
