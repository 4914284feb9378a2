// ReasonList: every reason for the recommendation, one row each in its effect's colour, following the document
// live; activating a row asks to go to the item or risk it names. The workspace shows it under the banner, and
// presentation mode beside the current view.
#pragma once

#include "domain.h"

#include <QListWidget>

namespace gonogo {

class DecisionDocument;

class ReasonList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonList)

public:
    explicit ReasonList(DecisionDocument *document, QWidget *parent = nullptr);

    // The height that shows every row at the current width, counted no further than LIMIT.
    int contentHeight(int limit) const;

signals:
    void reasonActivated(const QString &subject); // an item or risk ID
    void rowCountChanged(int rows);

private:
    // One line of the list as it was last shown.
    struct Row
    {
        QString text;
        QString subject;
        Decision effect;
        bool coloured; // a reason, in its effect's colour; not the sentence shown when there is none
        bool operator==(const Row &o) const
        {
            // The engine hands an unchanged reason the very text it gave the time before.
            return sameText(text, o.text) && subject == o.subject && effect == o.effect && coloured == o.coloured;
        }
    };

    void refresh();

    DecisionDocument *m_document;
    QVector<Row> m_shown;
};

} // namespace gonogo
