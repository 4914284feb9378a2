// Sign-off in the window: record the decision, sign with a drawn signature (real mouse strokes), see the sign-off
// CURRENT in the table and on disk, change an item and see it STALE. Screenshots of the panel at 1920x1080.
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "mainwindow.h"
#include "record.h"
#include "signaturepad.h"
#include "signoffdialogs.h"
#include "signoffmodel.h"
#include "signoffpanel.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
#include <QUndoStack>

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
    void pollFillsInTheVote();
    void stakeholdersAreEditableAndOrdered();
    void decisionAndPeopleUndoExactly();
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

    // The table hears of a state when it changes, not on every key: a second change leaves it STALE, unchanged.
    QSignalSpy states(model, &QAbstractItemModel::dataChanged);
    m_window->checklist()->selectItem(QStringLiteral("SEC-02"));
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_1);
    QCOMPARE(onDisk(QStringLiteral("SELECT status FROM item WHERE id = 'SEC-02'")).toString(), QStringLiteral("PASS"));
    QCOMPARE(model->index(0, SignoffModel::StateColumn).data(StateCodeRole).toString(), QStringLiteral("STALE"));
    QCOMPARE(states.count(), 0);
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

void TestSignoff::pollFillsInTheVote()
{
    // Security answered NO-GO in the roll call; the meeting decides NO-GO (the fresh checklist's
    // recommendation), so Security concurs, and Ops, who answered GO, does not.
    const QVector<Stakeholder> people = doc()->snapshot().stakeholders;
    QVERIFY(doc()->answerPoll(people.at(3).id, PollAnswer::NoGo, QStringLiteral("Pen test still open")));
    QVERIFY(doc()->answerPoll(people.at(2).id, PollAnswer::Go));
    QVERIFY(doc()->setPollRationale(QStringLiteral("Split room; the checklist decides.")));
    DecisionDraft d;
    d.decision = Decision::NoGo;
    d.rationale = QStringLiteral("Nothing has passed yet.");
    QVERIFY(doc()->recordDecision(d));
    auto check = [this](int row, Vote expected, const QString &comment) {
        m_window->signoff()->selectStakeholder(row);
        QTimer::singleShot(0, this, [=] {
            auto *dialog = qobject_cast<SignDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(static_cast<Vote>(dialog->voteField()->currentData().toInt()), expected);
            QCOMPARE(dialog->commentField()->toPlainText(), comment);
            QVERIFY(dialog->suggestionLabel()->isVisible());
            dialog->reject();
        });
        m_window->signoff()->signSelected();
    };
    check(3, Vote::Concur, QStringLiteral("Pen test still open"));
    check(2, Vote::NonConcur, QString());
    QCOMPARE(onDisk(QStringLiteral("SELECT count(*) FROM signoff")).toInt(), 0); // each still signs
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

// Recording the decision and editing the people who sign are steps of Edit > Undo. Undo writes back exactly what
// was there (the earlier decision with its time and author, a person with the same ID and place), so a sign-off of
// that record is current again by the file's own fingerprint; redo writes back exactly what the step wrote.
void TestSignoff::decisionAndPeopleUndoExactly()
{
    QUndoStack *stack = doc()->undoStack();
    auto decisionOnDisk = [this] {
        return onDisk(QStringLiteral("SELECT decision || '|' || rationale || '|' || decided_at || '|' || decided_by || "
                                     "'|' || (SELECT count(*) FROM condition) FROM decision"))
            .toString();
    };
    auto peopleOnDisk = [this] {
        QStringList rows;
        for (const QVariant &v : readCommitted(m_path, QStringLiteral("SELECT id || ':' || position || ':' || name || "
                                                                      "':' || role FROM stakeholder ORDER BY id"))) {
            rows << v.toString();
        }
        return rows;
    };
    // Whether the latest sign-off is bound to the record as a second connection reads it from the file.
    auto signoffCurrentOnDisk = [this] {
        const Snapshot s = committedSnapshot(m_path);
        return !s.signoffs.isEmpty() && s.signoffs.last().fingerprint == Record::fingerprint(s);
    };
    QVERIFY(decisionOnDisk().isEmpty());

    DecisionDraft first;
    first.decision = Decision::NoGo;
    first.rationale = QStringLiteral("Not ready: 87 critical items pending.");
    QVERIFY(doc()->recordDecision(first));
    QCOMPARE(stack->undoText(), QStringLiteral("Record the decision NO-GO"));
    const QString firstOnDisk = decisionOnDisk();
    QVERIFY(firstOnDisk.startsWith(QStringLiteral("NO-GO|Not ready")));
    SignoffDraft sign;
    sign.stakeholderId = doc()->snapshot().stakeholders.first().id;
    sign.name = QStringLiteral("Dana Okafor");
    QVERIFY(doc()->sign(sign));
    QVERIFY(signoffCurrentOnDisk());

    DecisionDraft second = first;
    second.rationale = QStringLiteral("Still not ready; the payment provider contract is unsigned.");
    QVERIFY(doc()->recordDecision(second));
    const QString secondOnDisk = decisionOnDisk();
    QVERIFY(secondOnDisk.contains(QStringLiteral("payment provider")));
    QVERIFY(!signoffCurrentOnDisk());
    stack->undo();
    QCOMPARE(decisionOnDisk(), firstOnDisk); // the same time and author, not a new recording
    QVERIFY(signoffCurrentOnDisk());
    QCOMPARE(doc()->signoffState(doc()->snapshot().signoffs.last()), SignoffState::Current);
    stack->redo();
    QCOMPARE(decisionOnDisk(), secondOnDisk);
    QCOMPARE(doc()->snapshot().decision->rationale, second.rationale);
    QCOMPARE(doc()->signoffState(doc()->snapshot().signoffs.last()), SignoffState::Stale);
    stack->undo();

    // People: add, rename, move and remove, each undone and redone to the same rows.
    const QStringList fivePeople = peopleOnDisk();
    QCOMPARE(fivePeople.size(), 5);
    QVERIFY(doc()->addStakeholder(QStringLiteral("Lee"), QStringLiteral("QA Lead")));
    QCOMPARE(stack->undoText(), QStringLiteral("Add Lee (QA Lead)"));
    const QStringList withLee = peopleOnDisk();
    QCOMPARE(withLee.size(), 6);
    QVERIFY(withLee.last().endsWith(QStringLiteral(":6:Lee:QA Lead")));
    stack->undo();
    QCOMPARE(peopleOnDisk(), fivePeople);
    QCOMPARE(m_window->signoff()->model()->rowCount(), 5);
    stack->redo();
    QCOMPARE(peopleOnDisk(), withLee);
    QCOMPARE(m_window->signoff()->model()->rowCount(), 6);

    const int lee = doc()->snapshot().stakeholders.last().id;
    Stakeholder renamed = *doc()->stakeholder(lee);
    renamed.name = QStringLiteral("Lee Park");
    QVERIFY(doc()->updateStakeholder(renamed));
    QVERIFY(peopleOnDisk().last().endsWith(QStringLiteral(":Lee Park:QA Lead")));
    stack->undo();
    QCOMPARE(peopleOnDisk(), withLee);

    QVERIFY(doc()->moveStakeholder(lee, 0));
    QCOMPARE(onDisk(QStringLiteral("SELECT name FROM stakeholder ORDER BY position LIMIT 1")).toString(),
             QStringLiteral("Lee"));
    QCOMPARE(m_window->signoff()->model()->index(0, SignoffModel::NameColumn).data().toString(), QStringLiteral("Lee"));
    stack->undo();
    QCOMPARE(onDisk(QStringLiteral("SELECT name FROM stakeholder ORDER BY position DESC LIMIT 1")).toString(),
             QStringLiteral("Lee"));
    QCOMPARE(m_window->signoff()->model()->index(5, SignoffModel::NameColumn).data().toString(), QStringLiteral("Lee"));

    const Stakeholder product = doc()->snapshot().stakeholders.at(4);
    QVERIFY(doc()->removeStakeholder(product.id));
    QCOMPARE(peopleOnDisk().size(), 5);
    stack->undo();
    const QStringList restored = peopleOnDisk();
    QVERIFY(restored.contains(
        QStringLiteral("%1:%2:%3:%4").arg(product.id).arg(product.position).arg(product.name, product.role)));
    QCOMPARE(m_window->signoff()->model()->index(4, SignoffModel::RoleColumn).data().toString(), product.role);

    // Once Lee has signed, taking back the step that added Lee is refused, and nothing on disk changes.
    SignoffDraft leeSigns;
    leeSigns.stakeholderId = lee;
    leeSigns.name = QStringLiteral("Lee");
    QVERIFY(doc()->sign(leeSigns));
    QVERIFY(doc()->addStakeholder(QString(), QStringLiteral("Legal")));
    stack->undo(); // Legal goes
    const QStringList beforeRefusal = peopleOnDisk();
    QSignalSpy failed(doc(), &DecisionDocument::editFailed);
    while (stack->canUndo() && stack->undoText() != QStringLiteral("Add Lee (QA Lead)")) {
        stack->undo();
    }
    const QStringList reachedAdd = peopleOnDisk();
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    stack->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(shown.contains(QStringLiteral("has signed")), qPrintable(shown)); // the room is told why
    QVERIFY(!stack->canRedo() || stack->redoText() != QStringLiteral("Add Lee (QA Lead)"));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("has signed")));
    QCOMPARE(peopleOnDisk(), reachedAdd);
    QVERIFY(reachedAdd.contains(QStringLiteral("%1:6:Lee:QA Lead").arg(lee)));
    QVERIFY(beforeRefusal.size() == 6);

    // Every step above is in the audit log, and replaying it gives the file.
    auto report = doc()->verify();
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
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
