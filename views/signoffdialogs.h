// The dialogs of the sign-off: recording the meeting's decision (with its conditions and, when it departs from
// the recommendation, the override rationale) and signing as one stakeholder. They check what a person must
// give and say so instead of closing; they know nothing of files.
#pragma once

#include "changes.h"
#include "domain.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace gonogo {

class SignaturePad;

class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    DecisionDialog(Decision recommendation, const std::optional<RecordedDecision> &current, QWidget *parent = nullptr);

    DecisionDraft draft() const;
    QComboBox *decisionField() const { return m_decision; }
    QPlainTextEdit *rationaleField() const { return m_rationale; }
    QPlainTextEdit *overrideField() const { return m_override; }
    QTableWidget *conditionsTable() const { return m_conditions; }
    QLabel *problemLabel() const { return m_problem; }
    void accept() override;

private:
    void update();

    Decision m_recommendation;
    QFormLayout *m_form;
    QComboBox *m_decision;
    QPlainTextEdit *m_rationale;
    QLabel *m_overrideLabel;
    QPlainTextEdit *m_override;
    QWidget *m_conditionsBox;
    QTableWidget *m_conditions;
    QLabel *m_problem;
};

class SignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignDialog)

public:
    SignDialog(const Stakeholder &stakeholder, const QString &fingerprint, QWidget *parent = nullptr);

    SignoffDraft draft() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *voteField() const { return m_vote; }
    QPlainTextEdit *commentField() const { return m_comment; }
    QCheckBox *meaningBox() const { return m_meaning; }
    SignaturePad *pad() const { return m_pad; }
    QLabel *problemLabel() const { return m_problem; }
    void accept() override;
    // What the roll-call poll suggests: the vote (and the comment they gave), said above the form. The signer
    // still chooses.
    void suggest(PollAnswer answer, Decision decision, const QString &comment);
    QLabel *suggestionLabel() const { return m_suggestion; }

private:
    Stakeholder m_stakeholder;
    QLabel *m_suggestion = nullptr;
    QLineEdit *m_name;
    QComboBox *m_vote;
    QPlainTextEdit *m_comment;
    QCheckBox *m_meaning;
    SignaturePad *m_pad;
    QLabel *m_problem;
};

} // namespace gonogo
