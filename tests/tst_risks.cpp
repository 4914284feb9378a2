// Risk register and risk matrix: the models under QAbstractItemModelTester with their change signals counted,
// and the Risks tab driven with real clicks and drags; the file on disk is read back after each step.
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "mainwindow.h"
#include "riskdialog.h"
#include "riskmatrixview.h"
#include "riskmodels.h"
#include "riskpanel.h"
#include "roles.h"
#include "scoreboard.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gonogo;
using namespace testsupport;

class TestRisks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registerModelSignals();
    void matrixModelCounts();
    void deleteIsUndoable();
    void acceptanceNeedsRationaleAndPerson();
    void changedMatrixIsStoredAndUsed();
    void clickCellFiltersRegister();
    void dragChipMovesRisk();
    void keyboardReachesCells();
    void matrixPaintsEachRisksOwnState();
    void tabLeavesTheRegister();
    void raiseRiskFromFailedItem();
    void dialogRefusesAcceptanceWithoutRationale();
    void screenshots();

private:
    QVariant onDisk(const QString &sql) const { return readCommitted(m_path, sql).value(0); }
    DecisionDocument *doc() const { return m_window->document(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestRisks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRisks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("risks.gonogo"));
    QVERIFY(DecisionFile::create(m_path, TemplateImport::builtIn(QStringLiteral("p020")).value(), {}));
    {
        auto file = DecisionFile::open(m_path);
        QVERIFY(file);
        const RiskRepository risks = file.value()->risks();
        const struct
        {
            const char *title;
            Likelihood l;
            Impact i;
        } seed[] = {{"PMS API rate limits", Likelihood::Medium, Impact::High},
                    {"WhatsApp template approval", Likelihood::Low, Impact::Medium},
                    {"Unpatched OpenSSL", Likelihood::Medium, Impact::Critical},
                    {"On-call fatigue", Likelihood::Medium, Impact::Medium}};
        for (const auto &s : seed) {
            RiskDraft d;
            d.title = QString::fromUtf8(s.title);
            d.likelihood = s.l;
            d.impact = s.i;
            QVERIFY(risks.add(d, QStringLiteral("seed")));
        }
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    m_window->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
}

void TestRisks::cleanup()
{
    m_window.reset();
}

void TestRisks::registerModelSignals()
{
    RiskModel model(doc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QModelIndex likelihood = model.indexOfRisk(QStringLiteral("R-01"), RiskModel::LikelihoodColumn);
    QVERIFY(model.setData(likelihood, QStringLiteral("HIGH")));
    QCOMPARE(onDisk(QStringLiteral("SELECT likelihood FROM risk WHERE id = 'R-01'")).toString(),
             QStringLiteral("HIGH"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.index(0, RiskModel::LevelColumn).data().toString(), QStringLiteral("Red"));
    QCOMPARE(doc()->assessment().openRed, 2);
    RiskDraft draft;
    draft.title = QStringLiteral("Data migration overruns the window");
    draft.likelihood = Likelihood::Low;
    draft.impact = Impact::High;
    auto id = doc()->addRisk(draft);
    QVERIFY(id);
    QCOMPARE(id.value(), QStringLiteral("R-05"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    doc()->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(onDisk(QStringLiteral("SELECT count(*) FROM risk")).toInt(), 4);
    doc()->undoStack()->undo();
    QCOMPARE(onDisk(QStringLiteral("SELECT likelihood FROM risk WHERE id = 'R-01'")).toString(),
             QStringLiteral("MEDIUM"));
    QCOMPARE(reset.count(), 0);
    QVERIFY(!model.setData(likelihood, QStringLiteral("SOMETIMES")));
}

void TestRisks::matrixModelCounts()
{
    RiskMatrixModel matrix(doc());
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(matrix.rowCount(), 3);
    QCOMPARE(matrix.columnCount(), 4);
    const QModelIndex cell = RiskMatrixModel::cellIndex(&matrix, Likelihood::Medium, Impact::Critical);
    QCOMPARE(cell.data(CellOpenRole).toInt(), 1);
    QCOMPARE(cell.data(CellRisksRole).toStringList(), QStringList{QStringLiteral("R-03")});
    QCOMPARE(static_cast<RiskLevel>(cell.data(LevelRole).toInt()), RiskLevel::Red);
    QSignalSpy changed(&matrix, &QAbstractItemModel::dataChanged);
    RiskChange c;
    c.id = QStringLiteral("R-03");
    c.state = RiskState::Mitigated;
    QVERIFY(doc()->updateRisk(c));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell.data(CellOpenRole).toInt(), 0);
    QCOMPARE(cell.data(CellMitigatedRole).toInt(), 1);
    QCOMPARE(matrix.mitigatedCount(), 1);
}

void TestRisks::deleteIsUndoable()
{
    RiskPanel *panel = m_window->risks();
    panel->selectRisk(QStringLiteral("R-02"));
    QCOMPARE(panel->currentRiskId(), QStringLiteral("R-02"));
    QString question;
    QTimer::singleShot(0, this, [&question] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    panel->deleteRisk();
    QVERIFY2(question.contains(QStringLiteral("R-02")), qPrintable(question));
    QCOMPARE(onDisk(QStringLiteral("SELECT group_concat(id) FROM risk")).toString(), QStringLiteral("R-01,R-03,R-04"));
    QCOMPARE(onDisk(QStringLiteral("SELECT count(*) FROM risk WHERE id = 'R-02'")).toInt(), 0);
    QCOMPARE(onDisk(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'risk:R-02'"))
                 .toInt(),
             1);
    QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Delete risk R-02"));
    // The window is active again once the question is gone, as it is for a person.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(onDisk(QStringLiteral("SELECT title || '|' || position FROM risk WHERE id = 'R-02'")).toString(),
             QStringLiteral("WhatsApp template approval|2"));
    QCOMPARE(panel->model()->index(1, RiskModel::IdColumn).data().toString(), QStringLiteral("R-02"));
}

void TestRisks::acceptanceNeedsRationaleAndPerson()
{
    QSignalSpy failed(doc(), &DecisionDocument::editFailed);
    const int steps = doc()->undoStack()->count();
    RiskChange c;
    c.id = QStringLiteral("R-03");
    c.state = RiskState::Accepted;
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->accept();
        }
    });
    QVERIFY(!doc()->updateRisk(c));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("rationale")));
    QCOMPARE(onDisk(QStringLiteral("SELECT state FROM risk WHERE id = 'R-03'")).toString(), QStringLiteral("OPEN"));
    // The refused edit is not a step: there is nothing to undo for it.
    QCOMPARE(doc()->undoStack()->count(), steps);
    c.acceptanceRationale = QStringLiteral("Patched image ready; exposure limited to the internal network");
    c.acceptedBy = QStringLiteral("Dana (CTO)");
    c.acceptedUntil = QDate(2026, 12, 15);
    QVERIFY(doc()->updateRisk(c));
    QCOMPARE(doc()->undoStack()->count(), steps + 1);
    QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Set risk R-03 to Accepted"));
    QCOMPARE(onDisk(QStringLiteral(
                        "SELECT state || '|' || accepted_by || '|' || accepted_until FROM risk WHERE id = 'R-03'"))
                 .toString(),
             QStringLiteral("ACCEPTED|Dana (CTO)|2026-12-15"));
    QCOMPARE(doc()->assessment().decision, Decision::NoGo); // the checklist is still empty of PASS
    QCOMPARE(doc()->assessment().openRed, 0);
    QCOMPARE(doc()->assessment().accepted, 1);
}

void TestRisks::changedMatrixIsStoredAndUsed()
{
    RiskMatrix strict = doc()->snapshot().matrix;
    strict.setLevel(Likelihood::Medium, Impact::Medium, RiskLevel::Red);
    QVERIFY(doc()->setMatrix(strict));
    QCOMPARE(
        onDisk(QStringLiteral("SELECT level FROM risk_matrix_cell WHERE likelihood = 'MEDIUM' AND impact = 'MEDIUM'"))
            .toString(),
        QStringLiteral("RED"));
    QCOMPARE(onDisk(QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE entity = 'matrix'"))
                 .toString(),
             QStringLiteral("YELLOW>RED"));
    QCOMPARE(doc()->assessment().openRed, 2); // R-03 and now R-04
    doc()->undoStack()->undo();
    QCOMPARE(doc()->assessment().openRed, 1);
    // The dialog changes the same thing.
    MatrixSettingsDialog dialog(doc()->snapshot().matrix);
    QComboBox *cell = dialog.cell(Likelihood::Low, Impact::Low);
    cell->setCurrentIndex(cell->findData(static_cast<int>(RiskLevel::Red)));
    QCOMPARE(dialog.matrix().level(Likelihood::Low, Impact::Low), RiskLevel::Red);
    QCOMPARE(dialog.matrix().level(Likelihood::High, Impact::High), RiskLevel::Red);
}

void TestRisks::clickCellFiltersRegister()
{
    RiskPanel *panel = m_window->risks();
    RiskMatrixView *view = panel->matrixView();
    const QRect cell = view->cellRect(Likelihood::Medium, Impact::Medium);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(cell.right() - 6, cell.top() + 6));
    QCOMPARE(panel->filter()->rowCount(), 1);
    QCOMPARE(panel->filter()->index(0, 0).data().toString(), QStringLiteral("R-04"));
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(cell.right() - 6, cell.top() + 6));
    QCOMPARE(panel->filter()->rowCount(), 4);
}

void TestRisks::dragChipMovesRisk()
{
    RiskMatrixView *view = m_window->risks()->matrixView();
    const QRect chip = view->chipRect(QStringLiteral("R-01"));
    QVERIFY(chip.isValid());
    const QPoint target = view->cellRect(Likelihood::High, Impact::Critical).center();
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, chip.center());
    QTest::mouseMove(view, chip.center() + QPoint(20, 0));
    QTest::mouseMove(view, target);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, target);
    QCOMPARE(onDisk(QStringLiteral("SELECT likelihood || '/' || impact FROM risk WHERE id = 'R-01'")).toString(),
             QStringLiteral("HIGH/CRITICAL"));
    QVERIFY(view->chipRect(QStringLiteral("R-01")).intersects(view->cellRect(Likelihood::High, Impact::Critical)));
    QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Move risk R-01 to High likelihood, Critical impact"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(onDisk(QStringLiteral("SELECT likelihood || '/' || impact FROM risk WHERE id = 'R-01'")).toString(),
             QStringLiteral("MEDIUM/HIGH"));
}

void TestRisks::keyboardReachesCells()
{
    RiskPanel *panel = m_window->risks();
    RiskMatrixView *view = panel->matrixView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down); // MEDIUM x CRITICAL
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(panel->filter()->rowCount(), 1);
    QCOMPARE(panel->filter()->index(0, 0).data().toString(), QStringLiteral("R-03"));
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(panel->filter()->rowCount(), 4);
}

void TestRisks::matrixPaintsEachRisksOwnState()
{
    // Two risks in one cell; the first in the register is accepted, the second stays open. The chips must say so
    // (it used to paint the first open and the second accepted, disagreeing with the record).
    RiskChange second;
    second.id = QStringLiteral("R-02");
    second.likelihood = Likelihood::Medium;
    second.impact = Impact::High; // beside R-01
    QVERIFY(doc()->updateRisk(second));
    RiskChange accept;
    accept.id = QStringLiteral("R-01");
    accept.state = RiskState::Accepted;
    accept.acceptanceRationale = QStringLiteral("Vendor fix due next week");
    accept.acceptedBy = QStringLiteral("CTO");
    QVERIFY(doc()->updateRisk(accept));
    QCOMPARE(onDisk(QStringLiteral("SELECT group_concat(id || ':' || state) FROM risk WHERE likelihood = 'MEDIUM' AND "
                                   "impact = 'HIGH' ORDER BY position"))
                 .toString(),
             QStringLiteral("R-01:ACCEPTED,R-02:OPEN"));
    RiskMatrixView *view = m_window->risks()->matrixView();
    m_window->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    const QImage painted = view->grab().toImage();
    QVERIFY(painted.save(QStringLiteral("risk-matrix-states.png")));
    // An open chip is filled white; an accepted one is an outline over the cell's colour. Look inside each chip,
    // left of its text.
    auto filled = [&](const QString &id) {
        const QRect chip = view->chipRect(id);
        const qreal ratio = painted.devicePixelRatio();
        const QColor inside = painted.pixelColor(QPoint(chip.left() + 4, chip.center().y()) * ratio);
        return inside.lightness() > 240;
    };
    QVERIFY(view->chipRect(QStringLiteral("R-01")).isValid() && view->chipRect(QStringLiteral("R-02")).isValid());
    QVERIFY2(!filled(QStringLiteral("R-01")), "R-01 is accepted: an outline");
    QVERIFY2(filled(QStringLiteral("R-02")), "R-02 is open: a solid chip");
}

void TestRisks::tabLeavesTheRegister()
{
    // Tab used to walk every cell of the register, moving the selection, so Accept or Delete acted on another
    // risk. Now one Tab leaves it and the selected risk stays the one chosen.
    RiskPanel *panel = m_window->risks();
    m_window->tabs()->setCurrentIndex(1);
    panel->selectRisk(QStringLiteral("R-02"));
    panel->register_()->setFocus();
    QTest::keyClick(panel->register_(), Qt::Key_Tab);
    QVERIFY(!panel->register_()->hasFocus());
    QCOMPARE(panel->currentRiskId(), QStringLiteral("R-02"));
    panel->register_()->setFocus();
    QTest::keyClick(panel->register_(), Qt::Key_Down);
    QCOMPARE(panel->currentRiskId(), QStringLiteral("R-03"));
}

void TestRisks::raiseRiskFromFailedItem()
{
    m_window->tabs()->setCurrentIndex(0);
    m_window->checklist()->selectItem(QStringLiteral("PERF-06"));
    QVERIFY(!m_window->raiseRiskAction()->isEnabled()); // PENDING: nothing to raise yet
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_2);
    QVERIFY(m_window->raiseRiskAction()->isEnabled());
    QString title;
    QTimer::singleShot(0, this, [&title] {
        if (auto *dialog = qobject_cast<RiskDialog *>(QApplication::activeModalWidget())) {
            title = dialog->titleField()->text();
            dialog->accept();
        }
    });
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY2(title.startsWith(QStringLiteral("PERF-06 is PARTIAL")), qPrintable(title));
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    QCOMPARE(onDisk(QStringLiteral("SELECT r.id || '|' || r.impact FROM risk r JOIN risk_item l ON l.risk_id = r.id "
                                   "WHERE l.item_id = 'PERF-06'"))
                 .toString(),
             QStringLiteral("R-05|HIGH"));
    QCOMPARE(m_window->risks()->currentRiskId(), QStringLiteral("R-05"));
}

void TestRisks::dialogRefusesAcceptanceWithoutRationale()
{
    const Risk risk = *doc()->risk(QStringLiteral("R-01"));
    RiskDialog dialog(risk, doc()->snapshot().matrix, {QStringLiteral("SEC-01")}, false);
    dialog.stateField()->setCurrentIndex(static_cast<int>(RiskState::Accepted));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("rationale")));
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("person")));
    dialog.rationaleField()->setPlainText(QStringLiteral("Vendor SLA"));
    dialog.acceptedByField()->setText(QStringLiteral("Dana"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.values().acceptedBy, QStringLiteral("Dana"));
}

void TestRisks::screenshots()
{
    RiskChange accept;
    accept.id = QStringLiteral("R-02");
    accept.state = RiskState::Accepted;
    accept.acceptanceRationale = QStringLiteral("Email confirmations cover the gap for two weeks");
    accept.acceptedBy = QStringLiteral("Daniel Okafor");
    QVERIFY(doc()->updateRisk(accept));
    RiskChange mitigated;
    mitigated.id = QStringLiteral("R-04");
    mitigated.state = RiskState::Mitigated;
    QVERIFY(doc()->updateRisk(mitigated));
    for (const char *title : {"Payment provider outage during cutover", "Search index rebuild slower than planned"}) {
        RiskDraft d;
        d.title = QString::fromUtf8(title);
        d.likelihood = Likelihood::High;
        d.impact = Impact::Medium;
        d.owner = QStringLiteral("Priya Raman");
        d.mitigation = QStringLiteral("Fallback and rehearsal scheduled");
        QVERIFY(doc()->addRisk(d));
    }
    m_window->risks()->selectRisk(QStringLiteral("R-03"));
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("risks-%1x%2.png").arg(size.width()).arg(size.height())));
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    installTranslations(app, QStringLiteral("en"));
    QCoreApplication::setOrganizationName(QStringLiteral("GoNoGoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_risks"));
    TestRisks test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_risks.moc"
