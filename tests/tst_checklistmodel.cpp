// ChecklistModel and ChecklistFilter under QAbstractItemModelTester, with the exact change signals counted after
// every edit, undo and redo, and the file on disk read back after each step.
#include "checklistfilter.h"
#include "checklistmodel.h"
#include "decisionfile.h"
#include "roles.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gonogo;
using namespace testsupport;

class TestChecklistModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shape();
    void statusEditEmitsExactSignals();
    void undoRedoWriteTheFile();
    void multiItemStatusIsOneStep();
    void typingMergesIntoOneUndoStep();
    void refusedEditChangesNothing();
    void filters_data();
    void filters();
    void filterFollowsEdits();

private:
    QString status(const QString &id) const
    {
        return readCommitted(m_path, QStringLiteral("SELECT status FROM item WHERE id = '%1'").arg(id))
            .value(0)
            .toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<DecisionDocument> m_doc;
    std::unique_ptr<ChecklistModel> m_model;
};

void TestChecklistModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("m.gonogo"));
    QVERIFY(DecisionFile::create(m_path, TemplateImport::builtIn(QStringLiteral("p020")).value(), {}));
    auto doc = DecisionDocument::open(m_path, QStringLiteral("tester"));
    QVERIFY2(doc, qPrintable(doc.error().message));
    m_doc = std::move(doc).value();
    m_model = std::make_unique<ChecklistModel>(m_doc.get());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void TestChecklistModel::cleanup()
{
    m_model.reset();
    m_doc.reset();
}

void TestChecklistModel::shape()
{
    QCOMPARE(m_model->rowCount(), 12);
    int items = 0;
    for (int c = 0; c < 12; ++c) {
        const QModelIndex category = m_model->index(c, 0);
        QVERIFY(category.data(IsCategoryRole).toBool());
        items += m_model->rowCount(category);
    }
    QCOMPARE(items, 145);
    const QModelIndex security = m_model->index(0, 0);
    QCOMPARE(security.data().toString(), QStringLiteral("Security    0 of 22 PASS \u00B7 critical 0 of 12"));
    QCOMPARE(security.data(CategoryCodeRole).toString(), QStringLiteral("SEC"));
    QCOMPARE(m_model->rowCount(security), 22);
    QCOMPARE(m_model->index(0, ChecklistModel::TitleColumn).data().toString(),
             QStringLiteral("0 of 22 PASS, critical 0 of 12"));
    const QModelIndex first = m_model->index(0, ChecklistModel::IdColumn, security);
    QCOMPARE(first.data().toString(), QStringLiteral("SEC-01"));
    QCOMPARE(first.siblingAtColumn(ChecklistModel::StatusColumn).data().toString(), QStringLiteral("PENDING"));
    QCOMPARE(first.siblingAtColumn(ChecklistModel::CriticalColumn).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(first.siblingAtColumn(ChecklistModel::OwnerColumn).data().toString(), QStringLiteral("Security Lead"));
    QVERIFY(first.siblingAtColumn(ChecklistModel::StatusColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(!(first.flags() & Qt::ItemIsEditable));
    QCOMPARE(m_model->indexOfItem(QStringLiteral("FINAL-10")).parent().row(), 11);
}

void TestChecklistModel::statusEditEmitsExactSignals()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QModelIndex cell = m_model->indexOfItem(QStringLiteral("SEC-03"), ChecklistModel::StatusColumn);
    QVERIFY(m_model->setData(cell, QStringLiteral("PASS")));
    QCOMPARE(status(QStringLiteral("SEC-03")), QStringLiteral("PASS"));
    QCOMPARE(changed.count(), 2); // the item's row and its category's row
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, m_model->indexOfItem(QStringLiteral("SEC-03"), 0));
    QCOMPARE(bottomRight.column(), ChecklistModel::ColumnCount - 1);
    QCOMPARE(bottomRight.row(), topLeft.row());
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), m_model->index(0, 0));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(cell.data().toString(), QStringLiteral("PASS"));
    QCOMPARE(m_model->index(0, ChecklistModel::TitleColumn).data().toString(),
             QStringLiteral("1 of 22 PASS, critical 1 of 12"));
    // Writing the same value again writes nothing and signals nothing.
    changed.clear();
    QVERIFY(m_model->setData(cell, QStringLiteral("pass")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Set SEC-03 to PASS"));
    // Nonsense is refused.
    QVERIFY(!m_model->setData(cell, QStringLiteral("DONE")));
    QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("PASS")));
}

void TestChecklistModel::undoRedoWriteTheFile()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy assessed(m_doc.get(), &DecisionDocument::assessmentChanged);
    QVERIFY(m_doc->setStatus({QStringLiteral("OPS-02")}, Status::Fail));
    QCOMPARE(status(QStringLiteral("OPS-02")), QStringLiteral("FAIL"));
    QCOMPARE(m_doc->assessment().items.fail, 1);
    m_doc->undoStack()->undo();
    QCOMPARE(status(QStringLiteral("OPS-02")), QStringLiteral("PENDING"));
    QCOMPARE(m_doc->assessment().items.fail, 0);
    m_doc->undoStack()->redo();
    QCOMPARE(status(QStringLiteral("OPS-02")), QStringLiteral("FAIL"));
    QCOMPARE(changed.count(), 6);
    QCOMPARE(assessed.count(), 3);
    // Each step is audited.
    QCOMPARE(readCommitted(m_path, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'item:OPS-02'"))
                 .value(0)
                 .toInt(),
             3);
}

void TestChecklistModel::multiItemStatusIsOneStep()
{
    const QStringList ids{QStringLiteral("SEC-01"), QStringLiteral("PERF-02"), QStringLiteral("FINAL-10")};
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->setStatus(ids, Status::Partial));
    QCOMPARE(changed.count(), 3 + 3); // three item rows, three category rows
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Set 3 items to PARTIAL"));
    for (const QString &id : ids) {
        QCOMPARE(status(id), QStringLiteral("PARTIAL"));
    }
    m_doc->undoStack()->undo();
    for (const QString &id : ids) {
        QCOMPARE(status(id), QStringLiteral("PENDING"));
    }
}

void TestChecklistModel::typingMergesIntoOneUndoStep()
{
    const QString id = QStringLiteral("DOC-02");
    for (const QString &text : {QStringLiteral("C4"), QStringLiteral("C4 diagram"), QStringLiteral("C4 diagram v3")}) {
        QVERIFY(m_doc->setItemText(id, ItemField::Evidence, text));
        QCOMPARE(
            readCommitted(m_path, QStringLiteral("SELECT evidence FROM item WHERE id = 'DOC-02'")).value(0).toString(),
            text);
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Edit evidence of DOC-02"));
    QVERIFY(m_doc->setItemText(id, ItemField::Notes, QStringLiteral("ask Priya")));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(readCommitted(m_path, QStringLiteral("SELECT evidence || '|' || notes FROM item WHERE id = 'DOC-02'"))
                 .value(0)
                 .toString(),
             QStringLiteral("|"));
    QCOMPARE(m_model->indexOfItem(id).data(EvidenceRole).toString(), QString());
}

void TestChecklistModel::refusedEditChangesNothing()
{
    QSignalSpy failed(m_doc.get(), &DecisionDocument::editFailed);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QByteArray before =
        readCommitted(m_path, QStringLiteral("SELECT group_concat(status) FROM item")).value(0).toByteArray();
    QVERIFY(!m_doc->setStatus({QStringLiteral("SEC-01"), QStringLiteral("NOPE-1")}, Status::Pass));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("NOPE-1")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(readCommitted(m_path, QStringLiteral("SELECT group_concat(status) FROM item")).value(0).toByteArray(),
             before);
}

void TestChecklistModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("critical");
    QTest::addColumn<bool>("notPass");
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("categories");
    QTest::newRow("none") << "" << false << false << -1 << "" << 145 << 12;
    QTest::newRow("critical") << "" << true << false << -1 << "" << 87 << 12;
    QTest::newRow("not pass") << "" << false << true << -1 << "" << 142 << 12;
    QTest::newRow("status fail") << "" << false << false << int(Status::Fail) << "" << 2 << 2;
    QTest::newRow("owner") << "" << false << false << -1 << "Ana" << 3 << 2;
    QTest::newRow("text id") << "sec-0" << false << false << -1 << "" << 9 << 1;
    QTest::newRow("text evidence") << "lt-118" << false << false << -1 << "" << 1 << 1;
    QTest::newRow("text words") << "rollback tested" << false << false << -1 << "" << 1 << 1;
    QTest::newRow("combined") << "" << true << false << int(Status::Fail) << "Ana" << 1 << 1;
    QTest::newRow("nothing") << "no such words" << false << false << -1 << "" << 0 << 0;
}

void TestChecklistModel::filters()
{
    QFETCH(QString, text);
    QFETCH(bool, critical);
    QFETCH(bool, notPass);
    QFETCH(int, status);
    QFETCH(QString, owner);
    QFETCH(int, items);
    QFETCH(int, categories);
    QVERIFY(m_doc->setStatus({QStringLiteral("SEC-01"), QStringLiteral("SEC-02"), QStringLiteral("PERF-01")},
                             Status::Pass));
    QVERIFY(m_doc->setStatus({QStringLiteral("OPS-02"), QStringLiteral("DOC-05")}, Status::Fail));
    QVERIFY(m_doc->setItemText(QStringLiteral("OPS-02"), ItemField::Owner, QStringLiteral("Ana")));
    QVERIFY(m_doc->setItemText(QStringLiteral("OPS-03"), ItemField::Owner, QStringLiteral("Ana")));
    QVERIFY(m_doc->setItemText(QStringLiteral("APP-04"), ItemField::Owner, QStringLiteral("Ana")));
    QVERIFY(m_doc->setItemText(QStringLiteral("PERF-01"), ItemField::Evidence, QStringLiteral("k6 run LT-118")));
    ChecklistFilter filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSearchText(text);
    filter.setCriticalOnly(critical);
    filter.setNotPassOnly(notPass);
    filter.setStatus(status < 0 ? std::nullopt : std::optional<Status>(static_cast<Status>(status)));
    filter.setOwner(owner);
    QCOMPARE(filter.rowCount(), categories);
    int shown = 0;
    for (int c = 0; c < filter.rowCount(); ++c) {
        const int n = filter.rowCount(filter.index(c, 0));
        QVERIFY2(n > 0, "a category without matching items is shown");
        shown += n;
    }
    QCOMPARE(shown, items);
    filter.clearFilters();
    QCOMPARE(filter.rowCount(), 12);
}

void TestChecklistModel::filterFollowsEdits()
{
    ChecklistFilter filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setStatus(Status::Fail);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(m_doc->setStatus({QStringLiteral("MON-03")}, Status::Fail));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data(ItemIdRole).toString(), QStringLiteral("MON-03"));
    m_doc->undoStack()->undo();
    QCOMPARE(filter.rowCount(), 0);
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    installTranslations(app, QStringLiteral("en"));
    TestChecklistModel test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_checklistmodel.moc"
