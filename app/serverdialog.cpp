#include "serverdialog.h"

#include "decisionfile.h"
#include "preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gonogo {

namespace {

const QString profilesKey = QStringLiteral("server/profiles");
constexpr int maxProfiles = 8;

} // namespace

OpenFromServerDialog::OpenFromServerDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open from Server"));
    setMinimumSize(760, 420);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_server = new QComboBox(this);
    m_server->setEditable(true);
    m_server->addItems(profiles());
    m_server->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_server->setMinimumContentsLength(48);
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server);
    auto *row = new QHBoxLayout;
    row->addWidget(m_server, 1);
    auto *show = new QPushButton(tr("Show &Decisions"), this);
    row->addWidget(show);
    form->addRow(serverLabel, row);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("The password comes from PGPASSWORD or ~/.pgpass, else GoNoGo asks for it. It is never "
                               "part of the address and never written to disk."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Decision ID"), tr("Launch"), tr("Target date"), tr("Decision"), tr("Record"), tr("Sign-offs")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setEnabled(false);
    layout->addWidget(buttons);

    connect(show, &QPushButton::clicked, this, &OpenFromServerDialog::listDecisions);
    connect(m_server->lineEdit(), &QLineEdit::returnPressed, this, &OpenFromServerDialog::listDecisions);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    show->setDefault(true);
}

void OpenFromServerDialog::listDecisions()
{
    const QString server = m_server->currentText().trimmed();
    m_table->setRowCount(0);
    m_open->setEnabled(false);
    m_listed.clear();
    auto parsed = pg::parseAddress(server, false);
    if (!parsed) {
        m_message->setText(parsed.error().message);
        return;
    }
    auto list = DecisionFile::listServer(server);
    if (!list) {
        m_message->setText(list.error().message);
        return;
    }
    m_listed = parsed->withDecision({});
    rememberProfile(m_listed);
    for (const pg::Listing &l : list.value()) {
        if (l.format == 0) {
            continue; // being created
        }
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QString decision = !l.readable ? QString() : l.decision.isEmpty() ? tr("none recorded") : l.decision;
        const QString record = l.record == QLatin1String("FINAL")   ? tr("FINAL")
                               : l.record == QLatin1String("DRAFT") ? tr("DRAFT")
                                                                    : QString();
        const QStringList cells{l.id,         l.readable ? l.launch : tr("(no access for this database user)"),
                                l.targetDate, decision,
                                record,       l.readable ? QString::number(l.signoffs) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (c == 5) {
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (!l.readable) {
                cell->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
            m_table->setItem(r, c, cell);
        }
    }
    m_message->setText(m_table->rowCount() == 0
                           ? tr("No decisions on this server yet: create one with gonogo new or copy a file there "
                                "with gonogo copy.")
                           : tr("%n decision(s) on %1.", nullptr, m_table->rowCount()).arg(m_listed));
    if (m_table->rowCount() > 0) {
        m_table->selectRow(0);
        m_table->setFocus();
    }
}

QString OpenFromServerDialog::chosenAddress() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || m_listed.isEmpty()) {
        return {};
    }
    const QString id = m_table->item(selected.first()->row(), 0)->text();
    auto parsed = pg::parseAddress(m_listed, false);
    return parsed ? parsed->withDecision(id) : QString();
}

QStringList OpenFromServerDialog::profiles()
{
    return preferences::value(profilesKey).toStringList();
}

void OpenFromServerDialog::rememberProfile(const QString &server)
{
    QStringList list = profiles();
    list.removeAll(server);
    list.prepend(server);
    while (list.size() > maxProfiles) {
        list.removeLast();
    }
    (void)preferences::store({{profilesKey, list}});
}

} // namespace gonogo
