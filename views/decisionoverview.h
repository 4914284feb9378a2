// DecisionOverview: a read-only page that shows one assessment the way a meeting room reads it: the
// recommendation as a large banner (colour and words), both scores, the reasons, and each category's progress.
// It only displays what it is given; it never opens files or computes a decision itself.
#pragma once

#include "engine.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace gonogo {

class DecisionOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionOverview)

public:
    explicit DecisionOverview(QWidget *parent = nullptr);

    void setAssessment(const Meeting &meeting, const Assessment &assessment);

private:
    QLabel *m_launch;
    QLabel *m_banner;
    QLabel *m_scores;
    QListWidget *m_reasons;
    QTreeWidget *m_categories;
};

} // namespace gonogo
