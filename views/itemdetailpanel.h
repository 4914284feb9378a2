// ItemDetailPanel: everything about the current checklist item, with its owner, evidence and notes editable.
// Typing is written to the file after a short pause, when the field loses focus, or when another item is chosen;
// the panel says whether what is shown is saved. Successive typing in one field is one undo step.
#pragma once

#include "domain.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace gonogo {

class DecisionDocument;
enum class ItemField;

class ItemDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDetailPanel)

public:
    explicit ItemDetailPanel(DecisionDocument *document, QWidget *parent = nullptr);

    void showItem(const QString &id);
    const QString &itemId() const { return m_id; }
    bool hasUnsavedText() const;
    void commitPending(); // writes whatever is typed but not yet saved

    QLineEdit *ownerField() const { return m_owner; }
    QPlainTextEdit *evidenceField() const { return m_evidence; }
    QPlainTextEdit *notesField() const { return m_notes; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void markDirty(ItemField field);
    void setSavedState();

    DecisionDocument *m_document;
    QString m_id;
    QLabel *m_heading;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_evidenceRequired;
    QLabel *m_changed;
    QLabel *m_saveState;
    QLineEdit *m_owner;
    QPlainTextEdit *m_evidence;
    QPlainTextEdit *m_notes;
    QList<QPushButton *> m_statusButtons;
    QTimer *m_saveTimer;
    bool m_dirty[3] = {false, false, false};
    QWidget *m_body;
    QLabel *m_empty;
};

} // namespace gonogo
