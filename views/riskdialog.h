// RiskDialog: add or edit one risk. The level is derived from likelihood and impact through the file's matrix and
// shown as the user chooses; accepting needs a rationale and the accepting person, and the dialog says so
// instead of closing. Knows nothing of files: it returns plain values.
#pragma once

#include "domain.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QGroupBox;

namespace gonogo {

class RiskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskDialog)

public:
    // knownItemIds: the checklist's item IDs, to check the links against.
    RiskDialog(const Risk &risk, const RiskMatrix &matrix, const QStringList &knownItemIds, bool isNew,
               QWidget *parent = nullptr);

    Risk values() const; // valid after accept()
    QLineEdit *titleField() const { return m_title; }
    QComboBox *stateField() const { return m_state; }
    QPlainTextEdit *rationaleField() const { return m_rationale; }
    QLineEdit *acceptedByField() const { return m_acceptedBy; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void updateLevel();
    void updateAcceptance();

    Risk m_risk;
    RiskMatrix m_matrix;
    QStringList m_known;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_likelihood;
    QComboBox *m_impact;
    QLabel *m_level;
    QLineEdit *m_owner;
    QPlainTextEdit *m_mitigation;
    QLineEdit *m_items;
    QComboBox *m_state;
    QGroupBox *m_acceptance;
    QPlainTextEdit *m_rationale;
    QLineEdit *m_acceptedBy;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QLabel *m_problem;
};

// MatrixSettingsDialog: the level of each of the twelve likelihood x impact cells, with a reset to the P020
// default.
class MatrixSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixSettingsDialog)

public:
    explicit MatrixSettingsDialog(const RiskMatrix &matrix, QWidget *parent = nullptr);
    RiskMatrix matrix() const;
    QComboBox *cell(Likelihood l, Impact i) const;

private:
    void setMatrix(const RiskMatrix &matrix);
    QVector<QComboBox *> m_cells; // row-major, 3 x 4
};

} // namespace gonogo
