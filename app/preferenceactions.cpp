// MainWindow's preferences: Edit > Preferences, and the language changing under a running window.
#include "decisiondocument.h"
#include "decisionfile.h"
#include "mainwindow.h"
#include "meetingpanel.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "theme.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>

namespace gonogo {

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString actorKey = QStringLiteral("user/name");
const QString pageSizeKey = QStringLiteral("report/pageSize");
const QString templateKey = QStringLiteral("files/defaultTemplate");
const QString themeKey = QStringLiteral("ui/theme");

} // namespace

QString MainWindow::actorName() const
{
    const QString name = preferences::value(actorKey).toString().simplified();
    return name.isEmpty() ? DecisionFile::defaultActor() : name;
}

QString MainWindow::newDecisionTemplate() const
{
    const QString source = preferences::value(templateKey).toString();
    return source.isEmpty() ? QStringLiteral("p020") : source;
}

PreferenceChoices MainWindow::preferenceChoices() const
{
    PreferenceChoices c;
    c.language = preferences::value(languageKey).toString();
    c.actorName = preferences::value(actorKey).toString();
    c.pageSize = preferences::value(pageSizeKey, QStringLiteral("A4")).toString();
    c.templateSource = newDecisionTemplate();
    c.zoom = m_zoom;
    c.highContrast = theme::highContrast();
    return c;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(preferenceChoices(), deskZoomLevels(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Outcome applied = applyPreferences(dialog.choices());
        if (applied) {
            return;
        }
        // Nothing was changed: say why and let the facilitator try again or cancel.
        QMessageBox::warning(this, tr("Preferences not saved"), applied.error().message);
    }
}

Outcome MainWindow::applyPreferences(const PreferenceChoices &choices)
{
    const PreferenceChoices before = preferenceChoices();
    const auto orRemove = [](const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    // All of them or none: on disk before the window shows them.
    const Outcome stored = preferences::store({
        {languageKey, orRemove(choices.language)},
        {actorKey, orRemove(choices.actorName)},
        {pageSizeKey, choices.pageSize},
        {templateKey, choices.templateSource},
        {deskZoomKey(), choices.zoom},
        {themeKey, choices.highContrast ? QStringLiteral("highContrast") : QStringLiteral("standard")},
    });
    if (!stored) {
        return stored;
    }
    if (m_document) {
        m_document->setActor(actorName());
    }
    for (QAction *size : m_pageSizes) {
        size->setChecked(size->data().toString() == choices.pageSize);
    }
    bool rebuild = false;
    if (choices.highContrast != before.highContrast) {
        const QSignalBlocker block(m_highContrast);
        m_highContrast->setChecked(choices.highContrast);
        theme::currentScheme() = choices.highContrast ? theme::Scheme::HighContrast : theme::Scheme::Standard;
        setPalette(theme::palette(m_desktopPalette));
        rebuild = true;
    }
    if (choices.zoom != m_zoom) {
        m_zoom = choices.zoom;
        rebuild = rebuild || !m_presenting;
    }
    if (choices.language != before.language) {
        // Qt sends every widget a LanguageChange; changeEvent makes the menus and views again, once.
        installTranslations(*qApp, choices.language);
    } else if (rebuild) {
        rebuildViews();
    }
    return Done{};
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        // One event per catalogue removed or installed: make the window again once, after the last.
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    if (!m_menuScope) {
        return; // not built yet
    }
    // The room's window is made again in the new language too, on the screen it was on.
    QScreen *room = m_audience ? m_audience->screen() : nullptr;
    closeAudience();
    // The menus, their actions (also the window's, for their keys while the menu bar is hidden), and what they
    // made outside themselves.
    for (QAction *a : actions()) {
        removeAction(a);
    }
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    delete m_menuScope;
    delete m_leave;
    statusBar()->removeWidget(m_deskClock);
    delete m_deskClock;
    m_pageSizes.clear();
    buildMenus();
    m_leave->setEnabled(isPresenting() || isFullScreen());
    {
        const QSignalBlocker a(m_fullScreen);
        const QSignalBlocker b(m_present);
        m_fullScreen->setChecked(isFullScreen() && !m_presenting);
        m_present->setChecked(m_presenting);
    }
    rebuildViews();
    if (m_document) {
        m_deskClock->setDocument(m_document.get());
        statusBar()->showMessage(tr("Language changed."), 5000);
    }
    updateTabTitles();
    if (room) {
        openAudience(room);
    }
}

} // namespace gonogo
