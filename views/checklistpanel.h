// ChecklistPanel: the checklist tree with its filter bar. Status changes by key (1 PASS, 2 PARTIAL, 3 FAIL,
// 4 PENDING) on every selected item at once, by context menu or by the status cell's drop-down. It shows what the
// document holds and sends edits to it; it decides nothing itself.
#pragma once

#include "changes.h"
#include "domain.h"

#include <QHash>
#include <QSet>
#include <QTreeView>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLineEdit;
class QLabel;

namespace gonogo {

class ChecklistFilter;
class ChecklistModel;
class DecisionDocument;

class ChecklistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistPanel)

public:
    ChecklistPanel(DecisionDocument *document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    ChecklistFilter *filter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    const QList<QAction *> &statusActions() const { return m_statusActions; }

    QStringList selectedItemIds() const;
    QString currentItemId() const;
    void selectItem(const QString &id);
    // The first item the filters show, made current; false when they show none.
    bool selectFirstShown();
    // Gives the title its room on a narrow window: the last-change column goes first, then the owner's narrows.
    void fitColumns();
    void placeFilters(bool twoRows);
    // In the room (presentation mode) the filter boxes are hidden and the count line names the filters in force;
    // their keys still work.
    void setRoom(bool on);
    void showCategory(const QString &code);
    void setCriticalOnly(bool on);
    void setNotPassOnly(bool on);
    void clearFilters();
    // Extra actions for the context menu (e.g. raising a risk), after the status actions.
    void addContextAction(QAction *action) { m_contextActions << action; }

signals:
    void currentItemChanged(const QString &id);
    // O and E on the list: the current item's owner or evidence is to be typed (the window says where: the
    // detail panel at the desk, a dialog in the room).
    void editRequested(const QString &id, ItemField field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyStatus(Status status);
    // The owner filter's list, after the items IDS changed (all of them when empty).
    void refreshOwners(const QStringList &ids = {});
    void updateMatchCount();
    void spanCategoryRows();

    DecisionDocument *m_document;
    ChecklistModel *m_model;
    ChecklistFilter *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_search;
    int m_ownerWidth = 0; // the owner column's width when there is room
    QGridLayout *m_bar = nullptr;
    QHBoxLayout *m_filtersRow = nullptr;
    bool m_twoRows = false;
    bool m_room = false;
    QCheckBox *m_criticalOnly;
    QCheckBox *m_notPass;
    QComboBox *m_status;
    QComboBox *m_owner;
    QSet<QString> m_knownOwners;       // what the owner filter lists
    QHash<QString, QString> m_ownerOf; // each item's owner, as last counted
    QHash<QString, int> m_ownerItems;  // how many items each owner has
    QLabel *m_matches;
    QList<QAction *> m_statusActions;
    QList<QAction *> m_contextActions;
};

} // namespace gonogo
