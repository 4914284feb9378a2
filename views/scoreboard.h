// Scoreboard: the always-visible answer: the recorded decision or the recommendation as a large banner in its
// colour and words, the other one named beside it, both scores (rounded down, as the engine defines), counts by
// status and open risks, and (at the desk) the reasons. Presentation mode lays the same out for the room: the
// banner and scores across the top, the reasons beside the current view (MainWindow places them).
#pragma once

#include "engine.h"

#include <QFont>
#include <QWidget>

#include <array>

class QFrame;
class QGridLayout;
class QLabel;

namespace gonogo {

class DecisionDocument;
class ReasonList;

class Scoreboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scoreboard)

public:
    enum class Layout { Desk, Room };
    explicit Scoreboard(DecisionDocument *document, Layout layout = Layout::Desk, QWidget *parent = nullptr);

    // The large word on the banner: the recorded decision once there is one, else the recommendation.
    QString bannerText() const;
    // The small lines around it: what the word is ("Decision", "Recommendation") and the other one: the
    // recommendation as it stands now under a recorded decision, "No decision yet" under a recommendation.
    QString bannerCaption() const;
    QFrame *banner() const { return m_banner; }
    QLabel *bannerWord() const { return m_word; }
    // The reasons at the desk; none in the room layout, where they are a separate ReasonList.
    ReasonList *reasons() const { return m_reasons; }
    // In the room layout, the column of the other one and the scores, for MainWindow to place.
    QWidget *side() const { return m_side; }

    QSize minimumSizeHint() const override;

signals:
    void reasonActivated(const QString &subject); // an item or risk ID

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void arrange(bool wide); // at the desk: the scores beside the banner, or under it
    int wideWidth() const;
    void fitWord(); // in the room: the banner's word as large as fits the banner's width
    // What a score's fixed size was measured for (fixSize).
    struct Reserved
    {
        QString widest;
        QFont font;
        int width = 0;
        int height = 0;
    };
    void fixSize(QLabel *label, Reserved &reserved, const QString &widest); // at the desk: the three scores
    std::array<Reserved, 3> m_reserved;                                     // critical, total, counts

    DecisionDocument *m_document;
    Layout m_layout;
    QFrame *m_banner;  // the coloured block: caption, word and (at the desk) the other one
    QLabel *m_caption; // "DECISION" / "RECOMMENDATION"
    QLabel *m_word;    // GO, GO WITH CAUTION, NO-GO
    QLabel *m_other;   // "Recommendation now: NO-GO" / "No decision yet"
    QLabel *m_critical;
    QLabel *m_total;
    QLabel *m_counts;
    ReasonList *m_reasons = nullptr;
    QWidget *m_side;
    QGridLayout *m_grid = nullptr;
    bool m_wide = true;
    qreal m_roomWordSize = 0;
    QString m_bannerWord;
    QString m_bannerCaption;
};

} // namespace gonogo
