// Scoreboard: the always-visible answer: the recommendation as a large banner in its colour and words, both
// scores (rounded down, as the engine defines), counts by status and open risks, and the reasons, each of which
// jumps to the item or risk it names.
#pragma once

#include "engine.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace gonogo {

class DecisionDocument;

class Scoreboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scoreboard)

public:
    explicit Scoreboard(DecisionDocument *document, QWidget *parent = nullptr);

    // The large word on the banner: the recorded decision once there is one, else the recommendation.
    QString bannerText() const;
    // The small lines around it: what the word is ("Decision", "Recommendation") and, under a recorded decision,
    // the recommendation as it stands now.
    QString bannerCaption() const;
    QListWidget *reasons() const { return m_reasons; }

signals:
    void reasonActivated(const QString &subject); // an item or risk ID

private:
    // One line of the reasons list as it was last shown.
    struct ReasonRow
    {
        QString text;
        QString subject;
        Decision effect;
        bool coloured; // a reason, in its effect's colour; not the sentence shown when there is none
        bool operator==(const ReasonRow &o) const
        {
            return text == o.text && subject == o.subject && effect == o.effect && coloured == o.coloured;
        }
    };

    void refresh();

    DecisionDocument *m_document;
    QLabel *m_banner;
    QLabel *m_critical;
    QLabel *m_total;
    QLabel *m_counts;
    QListWidget *m_reasons;
    QVector<ReasonRow> m_shown;
    QString m_bannerWord;
    QString m_bannerCaption;
    QString m_bannerHtml;
};

} // namespace gonogo
