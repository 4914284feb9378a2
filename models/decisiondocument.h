// DecisionDocument: an open decision file as the window sees it: the file (and its lock), the in-memory
// snapshot, the current assessment and the undo stack. Every edit goes repository -> snapshot -> signals, and is
// on disk before any signal tells a view about it. Never touches a widget.
#pragma once

#include "engine.h"
#include "storage/decisionfile.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace gonogo {

enum class ItemField { Owner, Evidence, Notes };

class DecisionDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDocument)

public:
    static Result<std::unique_ptr<DecisionDocument>> open(const QString &path, const QString &actor);
    ~DecisionDocument() override;

    const QString &path() const { return m_file->path(); }
    const QString &migrationBackup() const { return m_file->migrationBackup(); }
    const Snapshot &snapshot() const { return m_snapshot; }
    const Assessment &assessment() const { return m_assessment; }
    QUndoStack *undoStack() { return &m_undo; }
    const QString &actor() const { return m_actor; }

    const Item *item(const QString &id) const;

    // User edits: written to the file first, then pushed onto the undo stack. False (and editFailed) when refused.
    bool setStatus(const QStringList &ids, Status status);
    bool setItemText(const QString &id, ItemField field, const QString &value);

    // The one write path, used by the edits and by undo/redo.
    Outcome write(const QVector<ItemChange> &changes);

signals:
    void itemsChanged(const QStringList &ids);
    void assessmentChanged();
    void editFailed(const QString &message);

private:
    DecisionDocument(std::unique_ptr<DecisionFile> file, Snapshot snapshot, QString actor);
    void reassess();

    std::unique_ptr<DecisionFile> m_file;
    Snapshot m_snapshot;
    Assessment m_assessment;
    QHash<QString, int> m_itemIndex;
    QString m_actor;
    QUndoStack m_undo;
};

} // namespace gonogo
