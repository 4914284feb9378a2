// Edit > Preferences: the choices a facilitator makes once (language, their name in the audit log, the record's
// paper, the template for new decisions, the desk's zoom, the colours). The dialog only gathers them; the window
// stores them (checked) and applies them.
#pragma once

#include <QDialog>
#include <QString>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gonogo {

struct PreferenceChoices
{
    QString language;       // "" (the system's), "en" or "es"
    QString actorName;      // "" (the login name)
    QString pageSize;       // "A4" or "Letter"
    QString templateSource; // "p020" or a checklist file's path
    int zoom = 100;         // the desk's, on the window's screen
    bool highContrast = false;

    bool operator==(const PreferenceChoices &o) const;
    bool operator!=(const PreferenceChoices &o) const { return !(*this == o); }
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const PreferenceChoices &current, const QVector<int> &zoomLevels, QWidget *parent = nullptr);

    PreferenceChoices choices() const;

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QComboBox *templateBox() const { return m_template; }
    QComboBox *zoomBox() const { return m_zoom; }
    QComboBox *themeBox() const { return m_theme; }

    // Adds a checklist file as the template's choice (what Browse does once the file is chosen); false, with the
    // reason shown under the box, when it cannot be read as a checklist.
    bool chooseTemplateFile(const QString &path);

private:
    void browseTemplate();

    QComboBox *m_language = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_templateNote = nullptr;
    QComboBox *m_zoom = nullptr;
    QComboBox *m_theme = nullptr;
    int m_previousTemplate = 0;
};

} // namespace gonogo
