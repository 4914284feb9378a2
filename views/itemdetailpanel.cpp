#include "itemdetailpanel.h"

#include "decisiondocument.h"
#include "quietupdates.h"
#include "theme.h"
#include "wrappedlabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace gonogo {

namespace {
constexpr int saveDelayMs = 800;

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

ItemDetailPanel::ItemDetailPanel(DecisionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new WrappedLabel(this)), m_title(new WrappedLabel(this)),
      m_description(new WrappedLabel(this)), m_evidenceRequired(new WrappedLabel(this)),
      m_changed(new WrappedLabel(this)), m_saveState(new WrappedLabel(this)), m_owner(new QLineEdit(this)),
      m_evidence(new QPlainTextEdit(this)), m_notes(new QPlainTextEdit(this)), m_saveTimer(new QTimer(this)),
      m_body(new QWidget(this)), m_empty(new QLabel(tr("Select a checklist item to see and edit its details."), this))
{
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    for (QLabel *label : {m_heading, m_title, m_description, m_evidenceRequired, m_changed, m_saveState}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_changed->setForegroundRole(QPalette::PlaceholderText);
    m_saveState->setForegroundRole(QPalette::PlaceholderText);
    m_evidence->setPlaceholderText(tr("Links, report names, test runs that prove this item"));
    m_notes->setPlaceholderText(tr("Notes for the meeting"));
    m_owner->setPlaceholderText(tr("Who is accountable"));
    m_evidence->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_owner->setAccessibleName(tr("Owner"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_notes->setAccessibleName(tr("Notes"));

    auto *statusRow = new QGridLayout;
    statusRow->setSpacing(6);
    int key = 1;
    for (Status s : allStatuses) {
        auto *button = new QPushButton(tr("%1  (%2)").arg(displayName(s)).arg(key), m_body);
        button->setToolTip(
            tr("Press %1 in the checklist to set the selected items to %2.").arg(key).arg(displayName(s)));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setAccessibleName(tr("Set status to %1").arg(displayName(s)));
        connect(button, &QPushButton::clicked, this, [this, s] {
            if (!m_id.isEmpty()) {
                m_document->setStatus({m_id}, s);
            }
            refresh();
        });
        statusRow->addWidget(button, (key - 1) / 2, (key - 1) % 2);
        m_statusButtons << button;
        ++key;
    }

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(8);
    body->addWidget(m_heading);
    body->addWidget(m_title);
    body->addWidget(m_description);
    body->addWidget(sectionLabel(tr("Evidence required"), m_body));
    body->addWidget(m_evidenceRequired);
    body->addWidget(sectionLabel(tr("Status"), m_body));
    body->addLayout(statusRow);
    body->addWidget(sectionLabel(tr("Owner"), m_body));
    body->addWidget(m_owner);
    body->addWidget(sectionLabel(tr("Evidence"), m_body));
    body->addWidget(m_evidence, 3);
    body->addWidget(sectionLabel(tr("Notes"), m_body));
    body->addWidget(m_notes, 2);
    body->addWidget(m_changed);
    body->addWidget(m_saveState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    m_body->hide();

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ItemDetailPanel::commitPending);
    connect(m_owner, &QLineEdit::textEdited, this, [this] { markDirty(ItemField::Owner); });
    connect(m_owner, &QLineEdit::returnPressed, this, &ItemDetailPanel::commitPending);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_evidence->signalsBlocked()) {
            markDirty(ItemField::Evidence);
        }
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_notes->signalsBlocked()) {
            markDirty(ItemField::Notes);
        }
    });
    for (QWidget *w :
         {static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_evidence), static_cast<QWidget *>(m_notes)}) {
        w->installEventFilter(this);
    }
    connect(document, &DecisionDocument::itemsChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_id)) {
            refresh();
        }
    });
}

bool ItemDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_owner || watched == m_evidence || watched == m_notes)) {
        commitPending();
    }
    return QWidget::eventFilter(watched, event);
}

void ItemDetailPanel::showItem(const QString &id)
{
    if (id == m_id) {
        return;
    }
    commitPending();
    m_id = id;
    refresh();
}

bool ItemDetailPanel::hasUnsavedText() const
{
    return m_dirty[0] || m_dirty[1] || m_dirty[2];
}

void ItemDetailPanel::markDirty(ItemField field)
{
    m_dirty[static_cast<int>(field)] = true;
    showText(m_saveState, tr("Editing... saved when you pause"));
    m_saveTimer->start();
}

void ItemDetailPanel::commitPending()
{
    m_saveTimer->stop();
    if (m_id.isEmpty() || !hasUnsavedText()) {
        return;
    }
    const QString id = m_id;
    const struct
    {
        ItemField field;
        QString text;
    } fields[] = {{ItemField::Owner, m_owner->text().trimmed()},
                  {ItemField::Evidence, m_evidence->toPlainText()},
                  {ItemField::Notes, m_notes->toPlainText()}};
    bool ok = true;
    for (const auto &f : fields) {
        bool &dirty = m_dirty[static_cast<int>(f.field)];
        if (dirty) {
            dirty = false;
            ok = m_document->setItemText(id, f.field, f.text) && ok;
        }
    }
    if (ok) {
        setSavedState();
    } else {
        showText(m_saveState, tr("Not saved: the file refused the change."));
    }
}

void ItemDetailPanel::setSavedState()
{
    showText(m_saveState, tr("All changes saved to the file."));
}

void ItemDetailPanel::refresh()
{
    const Item *item = m_id.isEmpty() ? nullptr : m_document->item(m_id);
    m_body->setVisible(item != nullptr);
    m_empty->setVisible(item == nullptr);
    if (!item) {
        return;
    }
    QString category;
    for (const Category &c : m_document->snapshot().categories) {
        if (c.code == item->categoryCode) {
            category = c.name;
        }
    }
    showText(m_heading,
             item->critical ? tr("%1 · %2 · CRITICAL").arg(item->id, category) : tr("%1 · %2").arg(item->id, category));
    QPalette headingPalette = m_heading->palette();
    headingPalette.setColor(QPalette::WindowText,
                            item->critical ? theme::criticalColour() : palette().color(QPalette::WindowText));
    if (headingPalette != m_heading->palette()) {
        m_heading->setPalette(headingPalette);
    }
    showText(m_title, item->title);
    showText(m_description, item->description);
    m_description->setVisible(!item->description.isEmpty() && item->description != item->title);
    showText(m_evidenceRequired, item->evidenceRequired.isEmpty() ? tr("Not specified.") : item->evidenceRequired);
    for (int i = 0; i < m_statusButtons.size(); ++i) {
        QPushButton *b = m_statusButtons.at(i);
        const bool on = static_cast<int>(item->status) == i;
        b->setChecked(on);
        // The chosen status is the filled one. Its palette is set only when it changes, and its font never does:
        // a bolder label would change the button's size and lay out the whole panel again on every key.
        QPalette p = b->palette();
        p.setColor(QPalette::Button, on ? theme::statusColour(item->status) : palette().color(QPalette::Button));
        p.setColor(QPalette::ButtonText, on ? QColor(Qt::white) : palette().color(QPalette::ButtonText));
        if (p != b->palette()) {
            b->setPalette(p);
        }
    }
    // Keep what the user is typing; show the file's value everywhere else.
    if (!m_dirty[static_cast<int>(ItemField::Owner)] && m_owner->text() != item->owner) {
        m_owner->setText(item->owner);
    }
    if (!m_dirty[static_cast<int>(ItemField::Evidence)] && m_evidence->toPlainText() != item->evidence) {
        const QSignalBlocker block(m_evidence);
        m_evidence->setPlainText(item->evidence);
    }
    if (!m_dirty[static_cast<int>(ItemField::Notes)] && m_notes->toPlainText() != item->notes) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(item->notes);
    }
    showText(m_changed,
             item->changedAt.isValid()
                 ? tr("Last changed %1 by %2")
                       .arg(QLocale().toString(item->changedAt.toLocalTime(), tr("d MMM yyyy HH:mm")), item->changedBy)
                 : tr("Not changed since the file was created."));
    if (!hasUnsavedText()) {
        setSavedState();
    }
}

} // namespace gonogo
