#include "userguide.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTextDocument>
#include <QVBoxLayout>

namespace gonogo {

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    QVariant loaded = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource) {
        return loaded;
    }
    QImage image;
    if (loaded.canConvert<QImage>()) {
        image = loaded.value<QImage>();
    } else {
        image.loadFromData(loaded.toByteArray());
    }
    const int room = std::max(320, viewport()->width() - 2 * int(document()->documentMargin()) - 24);
    if (image.isNull()) {
        return loaded;
    }
    return image.width() <= room ? image : image.scaledToWidth(room, Qt::SmoothTransformation);
}

QUrl UserGuide::source(const QLocale &locale)
{
    return QUrl(locale.language() == QLocale::Spanish ? QStringLiteral("qrc:/guide/guia-del-usuario.md")
                                                      : QStringLiteral("qrc:/guide/user-guide.md"));
}

UserGuide::UserGuide(QWidget *parent) : QDialog(parent), m_browser(new GuideBrowser(this))
{
    setWindowTitle(tr("GoNoGo User Guide"));
    setModal(false);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(source(QLocale()), QTextDocument::MarkdownResource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // Wide enough for a screenshot to be read, and never larger than the screen.
    const QRect free = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(free.width() * 9 / 10, fontMetrics().averageCharWidth() * 140),
           std::min(free.height() * 9 / 10, fontMetrics().height() * 48));
    m_browser->setFocus();
}

} // namespace gonogo
