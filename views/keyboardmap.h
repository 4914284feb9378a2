// KeyboardMap: every key of the window on one page (? or F1), grouped as the menus are, with the keys that act
// inside lists and tables; drawn in the window's own type, so in presentation mode the room can read it.
#pragma once

#include <QDialog>
#include <QVector>

namespace gonogo {

class KeyboardMap final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardMap)

public:
    struct Entry
    {
        QString keys; // as the user presses them, in the desktop's words ("Ctrl+Shift+C"), one a line
        QString what;
    };
    struct Group
    {
        QString title;
        QVector<Entry> entries;
    };

    KeyboardMap(const QVector<Group> &groups, QWidget *parent = nullptr);

    // What the map shows, key and meaning, in order: for tests and for screen readers.
    const QVector<Group> &groups() const { return m_groups; }

private:
    QVector<Group> m_groups;
};

} // namespace gonogo
