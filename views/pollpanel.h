// PollPanel: the roll call. The person called now in large type ("Security Lead: GO or NO-GO?"), their answer
// taken with one key (G, D, N) with an optional comment typed first (C, then Enter), each answer beside the
// others, the tally next to the engine's recommendation, and, when they disagree, the rationale the decision
// needs. Writes only through the document (each answer one undoable step, on disk before it shows).
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace gonogo {

class DecisionDocument;
enum class PollAnswer;

class PollPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollPanel)

public:
    enum Column { RoleColumn, NameColumn, AnswerColumn, CommentColumn };

    explicit PollPanel(DecisionDocument *document, QWidget *parent = nullptr);

    void setRoom(bool on);
    // Records ANSWER for the person called, with the comment typed, and calls the next one who has not answered.
    void answer(PollAnswer answer);
    void callRow(int row);
    int calledRow() const;
    void saveRationale();

    QTableWidget *table() const { return m_table; }
    QLabel *promptLabel() const { return m_prompt; }
    QLabel *tallyLabel() const { return m_tally; }
    QLabel *flagLabel() const { return m_flag; }
    QLineEdit *commentField() const { return m_comment; }
    QPlainTextEdit *rationaleField() const { return m_rationale; }

signals:
    void calledChanged(int row); // the person called now (the audience's view follows)

private:
    void refresh();

    DecisionDocument *m_document;
    QLabel *m_prompt;
    QLabel *m_keys;
    QLineEdit *m_comment;
    QTableWidget *m_table;
    QLabel *m_tally;
    QLabel *m_flag;
    QLabel *m_rationaleLabel;
    QPlainTextEdit *m_rationale;
    QPushButton *m_saveRationale;
    bool m_room = false;
};

} // namespace gonogo
