// Sign-off in the window: record the decision, sign with a drawn signature (real mouse strokes), see the sign-off
// CURRENT in the table and on disk, change an item and see it STALE. Screenshots of the panel at 1920x1080.
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "mainwindow.h"
#include "signaturepad.h"
#include "signoffdialogs.h"
#include "signoffmodel.h"
#include "signoffpanel.h"
#include "decisionfile.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace gonogo;
using namespace testsupport;

class TestSignoff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_window.reset(); }
    void decisionDialogRules();
    void signWithDrawnSignatureThenStale();
    void signDialogRefusesIncompleteSignoff();
    void stakeholdersAreEditableAndOrdered();
    void screenshots();

private:
    QVariant onDisk(const QString &sql) const { return readCommitted(m_path, sql).value(0); }
    DecisionDocument *doc() const { return m_window->document(); }
    void recordDecisionThroughDialog(const QString &rationale);
    void signThroughDialog(int row, const QString &name, Vote vote, const QString &comment, bool draw);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestSignoff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("signoff.gonogo"));
    CreateOptions options;
    options.launchName = QStringLiteral("Checkout v2");
    QVERIFY(DecisionFile::create(m_path, TemplateImport::builtIn(QStringLiteral("p020")).value(), options));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    m_window->tabs()->setCurrentIndex(2);
    QCoreApplication::processEvents();
}

void TestSignoff::recordDecisionThroughDialog(const QString &rationale)
{
    QTimer::singleShot(0, this, [rationale] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->rationaleField(), rationale);
        dialog->accept();
    });
    m_window->signoff()->recordDecision();
}

void TestSignoff::signThroughDialog(int row, const QString &name, Vote vote, const QString &comment, bool draw)
{
    m_window->signoff()->selectStakeholder(row);
    QTimer::singleShot(0, this, [=] {
        auto *dialog = qobject_cast<SignDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->nameField()->clear();
        QTest::keyClicks(dialog->nameField(), name);
        dialog->voteField()->setCurrentIndex(dialog->voteField()->findData(static_cast<int>(vote)));
        QTest::keyClicks(dialog->commentField(), comment);
        if (draw) {
            SignaturePad *pad = dialog->pad();
            // Two strokes, as a hand would draw them.
            QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(30, 80));
            for (int x = 30; x <= 200; x += 10) {
                QTest::mouseMove(pad, QPoint(x, 80 - (x % 40)));
            }
            QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(200, 70));
            QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(220, 60));
            QTest::mouseMove(pad, QPoint(260, 95));
            QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(260, 95));
            QVERIFY(!pad->isEmpty());
        }
        QTest::mouseClick(dialog->meaningBox(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(8, dialog->meaningBox()->height() / 2));
        QVERIFY(dialog->meaningBox()->isChecked());
        dialog->accept();
    });
    m_window->signoff()->signSelected();
}

void TestSignoff::decisionDialogRules()
{
    DecisionDialog dialog(Decision::NoGo, std::nullopt);
    dialog.show();
    QCOMPARE(static_cast<Decision>(dialog.decisionField()->currentData().toInt()), Decision::NoGo);
    QVERIFY(!dialog.overrideField()->isVisible());
    dialog.decisionField()->setCurrentIndex(
        dialog.decisionField()->findData(static_cast<int>(Decision::GoWithCaution)));
    QVERIFY(dialog.overrideField()->isVisible());
    QVERIFY(dialog.conditionsTable()->isVisible());
    QTest::keyClicks(dialog.rationaleField(), QStringLiteral("Contract date"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("override rationale")));
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("condition")));
}

void TestSignoff::signWithDrawnSignatureThenStale()
{
    SignoffModel *model = m_window->signoff()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(m_window->signoff()->statusLabel()->text().startsWith(QStringLiteral("DRAFT")));
    recordDecisionThroughDialog(QStringLiteral("Not ready: 87 critical items pending."));
    QCOMPARE(onDisk(QStringLiteral("SELECT decision || '|' || recommendation FROM decision")).toString(),
             QStringLiteral("NO-GO|NO-GO"));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    signThroughDialog(0, QStringLiteral("Dana Okafor"), Vote::Concur, QString(), true);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model->index(0, SignoffModel::StateColumn).data(StateCodeRole).toString(), QStringLiteral("CURRENT"));
    QCOMPARE(model->index(0, SignoffModel::NameColumn).data().toString(), QStringLiteral("Dana Okafor"));
    // On disk: the vote, the fingerprint of the record as it stands, a real PNG, and a seal.
    QCOMPARE(onDisk(QStringLiteral("SELECT name || '|' || role || '|' || vote FROM signoff")).toString(),
             QStringLiteral("Dana Okafor|CTO|CONCUR"));
    QCOMPARE(onDisk(QStringLiteral("SELECT fingerprint FROM signoff")).toString(), doc()->fingerprint());
    const QImage signature = QImage::fromData(
        readCommitted(m_path, QStringLiteral("SELECT signature_png FROM signoff")).value(0).toByteArray(), "PNG");
    QVERIFY(!signature.isNull());
    QVERIFY(signature.width() > 100 && signature.width() <= 600);
    QVERIFY(!onDisk(QStringLiteral("SELECT seal FROM signoff")).toString().isEmpty());
    QVERIFY(m_window->signoff()->statusLabel()->text().contains(QStringLiteral("Engineering Lead")));

    // Change an item in the checklist: the sign-off goes stale, on screen and by the file's own check.
    m_window->tabs()->setCurrentIndex(0);
    m_window->checklist()->selectItem(QStringLiteral("SEC-01"));
    m_window->activateWindow(); // active again once the dialog is gone, as for a person
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_1);
    QCOMPARE(onDisk(QStringLiteral("SELECT status FROM item WHERE id = 'SEC-01'")).toString(), QStringLiteral("PASS"));
    QCOMPARE(model->index(0, SignoffModel::StateColumn).data(StateCodeRole).toString(), QStringLiteral("STALE"));
    QCOMPARE(model->index(0, SignoffModel::StateColumn).data().toString(), QStringLiteral("Stale"));
    QVERIFY(onDisk(QStringLiteral("SELECT fingerprint FROM signoff")).toString() != doc()->fingerprint());
    QVERIFY(m_window->signoff()->statusLabel()->text().contains(QStringLiteral("Dana Okafor (CTO)")) ||
            m_window->signoff()->statusLabel()->text().contains(QStringLiteral("CTO")));
}

void TestSignoff::signDialogRefusesIncompleteSignoff()
{
    SignDialog dialog(doc()->snapshot().stakeholders.at(1), doc()->fingerprint());
    dialog.show();
    dialog.voteField()->setCurrentIndex(dialog.voteField()->findData(static_cast<int>(Vote::NonConcur)));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    const QString problems = dialog.problemLabel()->text();
    QVERIFY(problems.contains(QStringLiteral("name")));
    QVERIFY(problems.contains(QStringLiteral("comment")));
    QVERIFY(problems.contains(QStringLiteral("Confirm")));
    QCOMPARE(onDisk(QStringLiteral("SELECT count(*) FROM signoff")).toInt(), 0);
}

void TestSignoff::stakeholdersAreEditableAndOrdered()
{
    QVERIFY(doc()->addStakeholder(QStringLiteral("\u202ERuth"), QStringLiteral("QA Lead")));
    QCOMPARE(onDisk(QStringLiteral("SELECT name FROM stakeholder WHERE role = 'QA Lead'")).toString(),
             QStringLiteral("Ruth"));
    const int qa = doc()->snapshot().stakeholders.last().id;
    QVERIFY(doc()->moveStakeholder(qa, 0));
    QCOMPARE(m_window->signoff()->model()->index(0, SignoffModel::RoleColumn).data().toString(),
             QStringLiteral("QA Lead"));
    QCOMPARE(onDisk(QStringLiteral("SELECT role FROM stakeholder ORDER BY position LIMIT 1")).toString(),
             QStringLiteral("QA Lead"));
    QVERIFY(onDisk(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'stakeholder:%1'").arg(qa)).toInt() >=
            2);
    QVERIFY(doc()->removeStakeholder(qa));
    QCOMPARE(m_window->signoff()->model()->rowCount(), 5);
}

void TestSignoff::screenshots()
{
    QStringList all;
    for (const Item &item : doc()->snapshot().items) {
        all << item.id;
    }
    QVERIFY(doc()->setStatus(all.mid(0, 140), Status::Pass));
    QVERIFY(doc()->setStatus(all.mid(140), Status::Pass));
    QVERIFY(doc()->setStatus({QStringLiteral("DOC-05"), QStringLiteral("DOC-06"), QStringLiteral("DOC-07"),
                              QStringLiteral("DOC-08"), QStringLiteral("DOC-09"), QStringLiteral("DOC-10"),
                              QStringLiteral("TEAM-06"), QStringLiteral("TEAM-07")},
                             Status::Partial));
    QCOMPARE(doc()->assessment().decision, Decision::GoWithCaution);
    DecisionDraft d;
    d.decision = Decision::GoWithCaution;
    d.rationale =
        QStringLiteral("All critical items pass; eight documentation and team items are partial and tracked.");
    d.conditions = {{0, QStringLiteral("Publish the remaining help center articles"), QStringLiteral("Hannah Weber"),
                     QDate(2026, 12, 3)},
                    {0, QStringLiteral("Schedule the post-launch retrospective"), QStringLiteral("Hannah Weber"),
                     QDate(2026, 12, 8)}};
    QVERIFY(doc()->recordDecision(d));
    const QStringList names{QStringLiteral("Daniel Okafor"), QStringLiteral("Priya Raman"),
                            QStringLiteral("Marcus Chen")};
    for (int row = 0; row < names.size(); ++row) {
        signThroughDialog(row, names.at(row), row == 2 ? Vote::ConcurWithDissent : Vote::Concur,
                          row == 2 ? QStringLiteral("On-call rota is thin for the first night.") : QString(), row != 1);
    }
    m_window->signoff()->selectStakeholder(3);
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("signoff-%1x%2.png").arg(size.width()).arg(size.height())));
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    installTranslations(app, QStringLiteral("en"));
    QCoreApplication::setOrganizationName(QStringLiteral("GoNoGoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signoff"));
    TestSignoff test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_signoff.moc"
