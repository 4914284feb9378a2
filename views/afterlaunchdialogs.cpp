// AfterLaunchPanel's actions: the dialogs that ask for a reading, a file, a threshold, a review, a condition's
// follow-up or a STABLE sign-off, and the writes through the document they end in. A refusal by the document is
// shown by the window (DecisionDocument::editFailed); a file that cannot be read or parsed is named here.
#include "afterlaunchpanel.h"

#include "decisiondocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <cmath>

namespace gonogo {

namespace {

// A dialog with a form, OK named ACCEPT, enabled while READY says the form is complete.
struct FormDialog
{
    QDialog dialog;
    QFormLayout *form;
    QDialogButtonBox *buttons;
    QPushButton *accept;

    FormDialog(QWidget *parent, const QString &title, const QString &acceptText) : dialog(parent)
    {
        dialog.setWindowTitle(title);
        form = new QFormLayout(&dialog);
        buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
        accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    }
    bool run(int widthInChars)
    {
        form->addRow(buttons);
        dialog.resize(dialog.fontMetrics().averageCharWidth() * widthInChars, dialog.sizeHint().height());
        return dialog.exec() == QDialog::Accepted;
    }
};

QPlainTextEdit *textBox(QWidget *parent, const QString &placeholder)
{
    auto *box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setPlaceholderText(placeholder);
    box->setMaximumHeight(box->fontMetrics().height() * 5);
    return box;
}

// "450", "0.5" or empty (no number); nullopt and OK false when the text is not a number.
std::optional<double> numberIn(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty()) {
        return std::nullopt;
    }
    const double v = QLocale().toDouble(t, ok);
    if (*ok && std::isfinite(v)) {
        return v;
    }
    const double c = t.toDouble(ok); // "0.5" in a locale that writes "0,5"
    *ok = *ok && std::isfinite(c);
    return *ok ? std::optional<double>(c) : std::nullopt;
}

} // namespace

void AfterLaunchPanel::addReading()
{
    const Monitoring &plan = m_document->monitoring();
    if (!m_document->launchRun().launch.liveAt.isValid() || plan.metrics.isEmpty()) {
        return;
    }
    FormDialog d(this, tr("Add a reading"), tr("Add"));
    auto *metric = new QComboBox(&d.dialog);
    for (const Metric &m : plan.metrics) {
        metric->addItem(tr("%1 (%2)").arg(m.name, m.thresholdText()), m.id);
    }
    metric->setCurrentIndex(std::max(0, metric->findData(selectedMetric())));
    auto *value = new QLineEdit(&d.dialog);
    auto *hint = new QLabel(&d.dialog);
    hint->setWordWrap(true);
    const auto describe = [&plan, metric, value, hint] {
        const Metric *m = plan.metric(metric->currentData().toString());
        const bool word = m && m->rule == MetricRule::State;
        value->setPlaceholderText(word ? tr("a word, e.g. %1").arg(m->expected) : tr("a number"));
        hint->setText(m ? tr("Taken now; normal is %1.").arg(m->thresholdText()) : QString());
    };
    describe();
    connect(metric, &QComboBox::currentIndexChanged, &d.dialog, describe);
    d.accept->setEnabled(false);
    connect(value, &QLineEdit::textChanged, d.accept,
            [&d](const QString &text) { d.accept->setEnabled(!text.trimmed().isEmpty()); });
    d.form->addRow(tr("&Metric:"), metric);
    d.form->addRow(tr("&Value:"), value);
    d.form->addRow(QString(), hint);
    if (d.run(70)) {
        addReading(metric->currentData().toString(), value->text());
    }
}

bool AfterLaunchPanel::addReading(const QString &metricId, const QString &value)
{
    auto reading = parseReading(metricId + QLatin1Char('=') + value, m_document->monitoring());
    if (!reading) {
        report(reading.error().message);
        QMessageBox::warning(this, tr("Add a reading"), reading.error().message);
        return false;
    }
    reading->at = m_document->now();
    reading->source = QStringLiteral("by hand");
    if (!m_document->addReadings({reading.value()})) {
        return false;
    }
    const Metric *m = m_document->monitoring().metric(reading->metricId);
    report(m && Monitoring::breaches(*m, reading.value())
               ? tr("%1 = %2: outside its threshold (%3).").arg(m->name, reading->valueText(), m->thresholdText())
               : tr("%1 = %2 recorded.").arg(m ? m->name : reading->metricId, reading->valueText()));
    return true;
}

void AfterLaunchPanel::importReadings()
{
    if (!m_document->launchRun().launch.liveAt.isValid()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Readings"), QString(),
                                                      tr("Monitoring exports (*.csv *.json);;All files (*)"));
    if (!path.isEmpty()) {
        importReadings(path, true);
    }
}

bool AfterLaunchPanel::importReadings(const QString &path, bool confirm)
{
    const auto refuse = [this, confirm](const QString &message) {
        report(message);
        if (confirm) {
            QMessageBox::warning(this, tr("Import Readings"), message);
        }
        return false;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return refuse(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    constexpr qint64 limit = 16 * 1024 * 1024;
    const QByteArray data = f.read(limit + 1);
    if (data.size() > limit) {
        return refuse(tr("%1 is larger than 16 MiB; split the export.").arg(QDir::toNativeSeparators(path)));
    }
    auto readings = parseReadings(data, QFileInfo(path).fileName(), m_document->monitoring());
    if (!readings) {
        return refuse(readings.error().message);
    }
    int outside = 0;
    for (const MetricReading &r : readings.value()) {
        const Metric *m = m_document->monitoring().metric(r.metricId);
        outside += m && Monitoring::breaches(*m, r) ? 1 : 0;
    }
    if (confirm &&
        QMessageBox::question(
            this, tr("Import Readings"),
            tr("Add %n reading(s) from %1?", nullptr, int(readings->size())).arg(QFileInfo(path).fileName()) +
                QLatin1Char(' ') + tr("%n of them outside their thresholds.", nullptr, outside),
            QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes) {
        return false;
    }
    auto added = m_document->addReadings(readings.value());
    if (!added) {
        return false;
    }
    report(tr("%n reading(s) added from %1; ", nullptr, added.value()).arg(QFileInfo(path).fileName()) +
           tr("%n outside their thresholds.", nullptr, outside));
    return true;
}

void AfterLaunchPanel::setThreshold()
{
    const Metric *m = m_document->monitoring().metric(selectedMetric());
    if (!m) {
        return;
    }
    Metric metric = *m;
    FormDialog d(this, tr("Threshold of %1").arg(metric.name), tr("Save"));
    auto *limit = new QLineEdit(&d.dialog);
    auto *band = new QLineEdit(&d.dialog);
    auto *expected = new QLineEdit(metric.expected, &d.dialog);
    auto *trigger = new QComboBox(&d.dialog);
    trigger->addItem(tr("none"), QString());
    for (const RollbackTrigger &t : m_document->launchRun().triggers) {
        trigger->addItem(tr("%1: %2").arg(t.id, t.condition), t.id);
    }
    trigger->setCurrentIndex(std::max(0, trigger->findData(metric.triggerId)));
    const auto shown = [](const std::optional<double> &v) { return v ? QLocale().toString(*v, 'g', 10) : QString(); };
    limit->setText(shown(metric.limit));
    band->setText(shown(metric.bandPercent));
    d.form->addRow(tr("Rule:"), new QLabel(metric.rule == MetricRule::Max    ? tr("at most the limit")
                                           : metric.rule == MetricRule::Min  ? tr("at least the limit")
                                           : metric.rule == MetricRule::Band ? tr("within the band around the baseline")
                                                                             : tr("one of the expected words"),
                                           &d.dialog));
    if (metric.rule == MetricRule::Max || metric.rule == MetricRule::Min) {
        d.form->addRow(tr("&Limit (%1):").arg(metric.unit), limit);
    } else if (metric.rule == MetricRule::Band) {
        limit->setPlaceholderText(tr("not known yet"));
        d.form->addRow(tr("&Baseline (%1):").arg(metric.unit), limit);
        d.form->addRow(tr("B&and (%):"), band);
    } else {
        expected->setPlaceholderText(tr("words joined by /"));
        d.form->addRow(tr("&Expected:"), expected);
    }
    d.form->addRow(tr("&Rollback trigger:"), trigger);
    if (!d.run(80)) {
        return;
    }
    bool ok = true;
    if (metric.rule != MetricRule::State) {
        metric.limit = numberIn(limit->text(), &ok);
        if (ok && metric.rule == MetricRule::Band) {
            metric.bandPercent = numberIn(band->text(), &ok);
        }
    } else {
        metric.expected = expected->text();
    }
    if (!ok) {
        report(tr("%1: a threshold is a number.").arg(metric.id));
        QMessageBox::warning(this, tr("Threshold of %1").arg(metric.name), tr("A threshold is a number."));
        return;
    }
    metric.triggerId = trigger->currentData().toString();
    setThreshold(metric);
}

bool AfterLaunchPanel::setThreshold(const Metric &metric)
{
    if (!m_document->editMetric(metric)) {
        return false;
    }
    if (const Metric *now = m_document->monitoring().metric(metric.id)) {
        report(tr("%1: %2.").arg(now->name, now->thresholdText()));
    }
    return true;
}

void AfterLaunchPanel::recordReview()
{
    const QString id = nextReview();
    const Review *review = m_document->reviews().review(id);
    if (!review || !m_document->launchRun().launch.liveAt.isValid()) {
        return;
    }
    FormDialog d(this, tr("Record review %1").arg(review->id), tr("Record"));
    auto *attendees = new QLineEdit(&d.dialog);
    QStringList names;
    for (const Stakeholder &p : m_document->snapshot().stakeholders) {
        names << p.name;
    }
    attendees->setText(names.join(QStringLiteral(", ")));
    auto *outcome = textBox(&d.dialog, tr("What the review concluded (printed in the record)"));
    auto *stable = new QCheckBox(tr("Declare the launch &STABLE"), &d.dialog);
    const bool canDeclare = review->afterHours >= 48 && !m_document->reviews().stableAt();
    stable->setEnabled(canDeclare);
    stable->setToolTip(canDeclare ? tr("Needs every condition closed or carried with a new owner and date.")
                                  : tr("STABLE is declared once, at T+48h or later."));
    d.accept->setEnabled(false);
    connect(outcome, &QPlainTextEdit::textChanged, d.accept,
            [outcome, &d] { d.accept->setEnabled(!outcome->toPlainText().trimmed().isEmpty()); });
    d.form->addRow(new QLabel(
        tr("%1, %2: due %3. The metrics and open conditions are written as they stand.")
            .arg(review->id, review->purpose,
                 QLocale().toString(review->dueAt(m_document->launchRun().launch.liveAt), QLocale::ShortFormat)),
        &d.dialog));
    d.form->addRow(tr("&Attendees:"), attendees);
    d.form->addRow(tr("&Outcome:"), outcome);
    d.form->addRow(QString(), stable);
    if (d.run(80)) {
        recordReview({review->id, {}, attendees->text(), outcome->toPlainText(), stable->isChecked()});
    }
}

bool AfterLaunchPanel::recordReview(const ReviewDraft &draft)
{
    if (!m_document->recordReview(draft)) {
        return false;
    }
    report(draft.stable ? tr("%1 recorded: STABLE declared. The stakeholders can now sign it (N).").arg(draft.id)
                        : tr("%1 recorded.").arg(draft.id));
    return true;
}

void AfterLaunchPanel::closeCondition()
{
    const int id = selectedCondition();
    if (id == 0) {
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Close condition %1").arg(id),
                                                        tr("How was it met? (kept in the record)"), QString(), &ok);
    if (ok && m_document->closeCondition(id, note)) {
        report(tr("Condition %1 closed.").arg(id));
    }
}

void AfterLaunchPanel::carryCondition()
{
    const int id = selectedCondition();
    if (id == 0) {
        return;
    }
    FormDialog d(this, tr("Carry condition %1").arg(id), tr("Carry"));
    auto *owner = new QLineEdit(&d.dialog);
    auto *due = new QDateEdit(m_document->now().date().addDays(7), &d.dialog);
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *note = textBox(&d.dialog, tr("Why it is carried (kept in the record)"));
    for (const Condition &c : m_document->snapshot().decision->conditions) {
        if (c.id == id) {
            owner->setText(c.owner);
            d.form->addRow(new QLabel(c.text, &d.dialog));
        }
    }
    d.accept->setEnabled(!owner->text().trimmed().isEmpty());
    connect(owner, &QLineEdit::textChanged, d.accept,
            [&d](const QString &text) { d.accept->setEnabled(!text.trimmed().isEmpty()); });
    d.form->addRow(tr("New &owner:"), owner);
    d.form->addRow(tr("New &due date:"), due);
    d.form->addRow(tr("&Note:"), note);
    if (d.run(70) && m_document->carryCondition(id, owner->text(), due->date(), note->toPlainText())) {
        report(tr("Condition %1 carried to %2, due %3.")
                   .arg(id)
                   .arg(owner->text().trimmed(), due->date().toString(Qt::ISODate)));
    }
}

void AfterLaunchPanel::signStable()
{
    if (!m_document->reviews().stableAt()) {
        return;
    }
    FormDialog d(this, tr("Sign the STABLE declaration"), tr("Sign"));
    auto *who = new QComboBox(&d.dialog);
    const QString fingerprint = m_document->stableFingerprint();
    int first = -1;
    for (const Stakeholder &p : m_document->snapshot().stakeholders) {
        const StableSignoff *s = m_document->reviews().stableSignoffOf(p.id);
        const bool current = s && s->fingerprint == fingerprint;
        who->addItem(current ? tr("%1 (%2), signed").arg(p.name, p.role) : tr("%1 (%2)").arg(p.name, p.role), p.id);
        if (!current && first < 0) {
            first = who->count() - 1;
        }
    }
    who->setCurrentIndex(std::max(0, first));
    auto *comment = textBox(&d.dialog, tr("A comment, if any (printed in the record)"));
    auto *what = new QLabel(tr("You sign that the launch is STABLE as declared at %1, on fingerprint %2.")
                                .arg(m_document->reviews().stableAt()->id, fingerprint.left(16)),
                            &d.dialog);
    what->setWordWrap(true);
    d.form->addRow(what);
    d.form->addRow(tr("&Stakeholder:"), who);
    d.form->addRow(tr("&Comment:"), comment);
    if (d.run(70)) {
        signStable(who->currentData().toInt(), comment->toPlainText());
    }
}

bool AfterLaunchPanel::signStable(int stakeholderId, const QString &comment)
{
    if (!m_document->signStable(stakeholderId, comment)) {
        return false;
    }
    for (const Stakeholder &p : m_document->snapshot().stakeholders) {
        if (p.id == stakeholderId) {
            report(tr("%1 signed the STABLE declaration.").arg(p.name));
        }
    }
    return true;
}

} // namespace gonogo
