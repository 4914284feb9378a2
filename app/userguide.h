// Help > User Guide: the guide in docs/ (built into the program with its screenshots), in the window's language,
// in a window of its own beside the workspace.
#pragma once

#include <QDialog>
#include <QTextBrowser>

namespace gonogo {

// A browser whose pictures never overflow it: a screenshot wider than the text is shown at the text's width.
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl &name) override;
};

class UserGuide : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    // The guide's source for a language: qrc:/guide/user-guide.md, or the Spanish one for "es".
    static QUrl source(const QLocale &locale);
    GuideBrowser *browser() const { return m_browser; }

private:
    GuideBrowser *m_browser;
};

} // namespace gonogo
