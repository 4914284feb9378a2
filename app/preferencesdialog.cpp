#include "preferencesdialog.h"

#include "checklisttemplate.h"
#include "decisionfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gonogo {

bool PreferenceChoices::operator==(const PreferenceChoices &o) const
{
    return language == o.language && actorName == o.actorName && pageSize == o.pageSize &&
           templateSource == o.templateSource && zoom == o.zoom && highContrast == o.highContrast;
}

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const PreferenceChoices &current, const QVector<int> &zoomLevels, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_language = new QComboBox(this);
    // Each language in its own name, so that someone who cannot read the current one still finds theirs.
    const QString system =
        QLocale::system().language() == QLocale::Spanish ? QStringLiteral("Español") : QStringLiteral("English");
    m_language->addItem(tr("As the system (%1)").arg(system), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    form->addRow(tr("&Language:"), m_language);

    m_name = new QLineEdit(current.actorName, this);
    m_name->setPlaceholderText(DecisionFile::defaultActor());
    m_name->setMaxLength(200);
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_name);
    nameBox->addWidget(hint(tr("Written in the audit log for every change made in this window. Empty: your login "
                               "name, %1.")
                                .arg(DecisionFile::defaultActor()),
                            this));
    auto *nameLabel = new QLabel(tr("Your &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);

    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(current.pageSize)));
    form->addRow(tr("&Paper for the record:"), m_pageSize);

    m_template = new QComboBox(this);
    m_template->addItem(tr("P020 readiness template (built in)"), QStringLiteral("p020"));
    if (current.templateSource != QLatin1String("p020") && !current.templateSource.isEmpty()) {
        m_template->addItem(QDir::toNativeSeparators(current.templateSource), current.templateSource);
        m_template->setCurrentIndex(1);
    }
    m_template->addItem(tr("Another checklist file..."), QString());
    m_previousTemplate = m_template->currentIndex();
    connect(m_template, &QComboBox::activated, this, [this](int index) {
        if (m_template->itemData(index).toString().isEmpty()) {
            browseTemplate();
        } else {
            m_previousTemplate = index;
            m_templateNote->clear();
        }
    });
    m_templateNote = hint(QString(), this);
    auto *templateBox = new QVBoxLayout;
    templateBox->addWidget(m_template);
    templateBox->addWidget(m_templateNote);
    auto *templateLabel = new QLabel(tr("&Template for new decisions:"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, templateBox);

    m_zoom = new QComboBox(this);
    for (int level : zoomLevels) {
        m_zoom->addItem(tr("%1%").arg(level), level);
    }
    m_zoom->setCurrentIndex(std::max(0, m_zoom->findData(current.zoom)));
    form->addRow(tr("&Zoom at the desk on this screen:"), m_zoom);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Standard"), false);
    m_theme->addItem(tr("High contrast"), true);
    m_theme->setCurrentIndex(current.highContrast ? 1 : 0);
    form->addRow(tr("&Colours:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint(tr("The room's zoom is set in presentation mode (Ctrl+plus, Ctrl+minus) and kept per "
                              "screen."),
                           this));
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

PreferenceChoices PreferencesDialog::choices() const
{
    PreferenceChoices c;
    c.language = m_language->currentData().toString();
    c.actorName = m_name->text().simplified();
    c.pageSize = m_pageSize->currentData().toString();
    c.templateSource = m_template->itemData(m_previousTemplate).toString();
    c.zoom = m_zoom->currentData().toInt();
    c.highContrast = m_theme->currentData().toBool();
    return c;
}

void PreferencesDialog::browseTemplate()
{
    const QString start = QFileInfo(m_template->itemData(m_previousTemplate).toString()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the checklist for new decisions"),
                                                      start.isEmpty() ? QDir::homePath() : start,
                                                      tr("Checklists (%1)").arg(TemplateImport::filePatterns()));
    if (path.isEmpty() || !chooseTemplateFile(path)) {
        m_template->setCurrentIndex(m_previousTemplate);
    }
}

bool PreferencesDialog::chooseTemplateFile(const QString &path)
{
    // Read it now, so that a file that cannot become a decision is named here rather than at File > New.
    const auto checklist = TemplateImport::fromFile(path);
    if (!checklist) {
        m_templateNote->setText(checklist.error().message);
        m_template->setCurrentIndex(m_previousTemplate);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int index = m_template->findData(absolute);
    if (index < 0) {
        index = m_template->count() - 1; // before "Another checklist file..."
        m_template->insertItem(index, QDir::toNativeSeparators(absolute), absolute);
    }
    m_template->setCurrentIndex(index);
    m_previousTemplate = index;
    m_templateNote->setText(
        tr("%n item(s) in %1.", nullptr, checklist.value().itemCount()).arg(checklist.value().name));
    return true;
}

} // namespace gonogo
