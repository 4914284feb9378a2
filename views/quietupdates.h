// Setting a widget to what it already shows is not free: a label's setText asks its layout to run again, and
// inside a QTabWidget that ends in a repaint of the whole tab page. These helpers touch a widget only when what it
// shows changes, so a key press repaints what it changed.
#pragma once

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

#include <array>
#include <functional>
#include <utility>

namespace gonogo {

inline void showText(QLabel *label, const QString &text)
{
    if (label->text() != text) {
        label->setText(text);
    }
}

} // namespace gonogo

// QTabWidget answers every layout request from its tab bar or pages by laying itself out and repainting itself
// whole, every row of the checklist included. Its tab titles carry counts that change with each key, and a page's
// layout runs whenever a label in it changes; neither needs that repaint unless a size the tab widget lays out by
// changed. Installed on a QTabWidget, this filter lets a layout request through only then.
class TabLayoutGuard final : public QObject
{
public:
    // The pages live in the tab widget's own stack, whose minimum size is that of all its pages.
    explicit TabLayoutGuard(QTabWidget *tabs)
        : QObject(tabs), m_tabs(tabs),
          m_stack(tabs->findChild<QStackedWidget *>(QStringLiteral("qt_tabwidget_stackedwidget")))
    {
        tabs->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_tabs || event->type() != QEvent::LayoutRequest) {
            return false;
        }
        // Preferred sizes of the pages only matter to the window's first size, not to a layout at a given size.
        const std::array<QSize, 3> sizes{m_tabs->tabBar()->sizeHint(), m_tabs->tabBar()->minimumSizeHint(),
                                         m_stack ? m_stack->minimumSizeHint() : QSize()};
        if (sizes == m_sizes && m_tabs->tabBar()->geometry().width() >= sizes[0].width()) {
            return true; // nothing the tab widget lays out by changed: no layout, no repaint
        }
        m_sizes = sizes;
        return false;
    }

private:
    QTabWidget *m_tabs;
    const QStackedWidget *m_stack;
    std::array<QSize, 3> m_sizes{};
};

namespace gonogo {

// What a page shows of the assessment and the fingerprint changes with every key press in the checklist, but a
// page on a tab nobody has open is seen by no one: laying its labels and tables out again on every key is work
// the room waits for. request() refreshes the page now if it shows, or else when it next shows (its Show event
// comes before its first paint, so it never shows anything out of date).
class RefreshWhenShown final : public QObject
{
public:
    RefreshWhenShown(QWidget *page, std::function<void()> refresh)
        : QObject(page), m_page(page), m_refresh(std::move(refresh))
    {
        page->installEventFilter(this);
    }

    void request()
    {
        m_stale = !m_page->isVisible();
        if (!m_stale) {
            m_refresh();
        }
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_refresh();
        }
        return false;
    }

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace gonogo
