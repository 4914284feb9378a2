// The window as the facilitator drives it: real key presses and mouse clicks under the offscreen platform, the
// file on disk read back after every step, and screenshots at projector and laptop sizes in the build folder.
#include "categoryprogress.h"
#include "checklistfilter.h"
#include "checklistmodel.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "engine.h"
#include "itemdetailpanel.h"
#include "mainwindow.h"
#include "pollpanel.h"
#include "reasonlist.h"
#include "riskmatrixview.h"
#include "riskpanel.h"
#include "roles.h"
#include "scoreboard.h"
#include "signoffpanel.h"
#include "testsupport.h"
#include "theme.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace gonogo;
using namespace testsupport;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusByKey();
    void statusOfSeveralItemsByKey();
    void aNewScoreRepaintsTheScoresAlone();
    void undoRedoByKeyboard();
    void typingEvidenceIsSavedAndOneUndoStep();
    void searchFiltersTheTree();
    void reasonJumpsToItem();
    void reasonsFollowEveryChange();
    void aHiddenPageCatchesUpWhenShown();
    void ownerFilterListsTheOwnersOnDisk();
    void categoryJumpsToCategory();
    void refusedFileShowsReasonAndKeepsRunning();
    void exportAndPreviewRecord();
    void exportChecklistFromTheWindow();
    void mnemonicsNeverClash();
    void searchHandsDownToTheList();
    void smallScreensKeepTheTitleReadable();
    void zoomScalesTheWorkspace();
    void coloursHaveContrast();
    void bannerShowsTheDecisionOnceRecorded();
    void escapeLeavesFullScreen();
    void tabLeavesTablesAndEnterSigns();
    void tamperedFileShowsBannerAndIsNotPrintedAsFinal();
    void preferencesThatCannotBeSavedAreReported();
    void screenshots();

private:
    QString column(const QString &id, const QString &field) const
    {
        return readCommitted(m_path, QStringLiteral("SELECT %1 FROM item WHERE id = '%2'").arg(field, id))
            .value(0)
            .toString();
    }
    QRect rowRect(const QString &id) const;
    void clickRow(const QString &id, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("meeting.gonogo"));
    CreateOptions options;
    options.launchName = QStringLiteral("Checkout v2");
    QVERIFY(DecisionFile::create(m_path, TemplateImport::builtIn(QStringLiteral("p020")).value(), options));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    QCoreApplication::processEvents(); // lay out the workspace that openFile() just put in the window
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Checkout v2")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("meeting.gonogo")));
}

void TestWorkspace::cleanup()
{
    m_window.reset();
}

QRect TestWorkspace::rowRect(const QString &id) const
{
    ChecklistPanel *panel = m_window->checklist();
    const QModelIndex source = static_cast<const ChecklistModel *>(panel->filter()->sourceModel())->indexOfItem(id, 0);
    const QModelIndex index = panel->filter()->mapFromSource(source);
    panel->tree()->scrollTo(index);
    return panel->tree()->visualRect(index);
}

void TestWorkspace::clickRow(const QString &id, Qt::KeyboardModifiers modifiers)
{
    const QRect r = rowRect(id);
    QVERIFY(r.isValid());
    QTest::mouseClick(m_window->checklist()->tree()->viewport(), Qt::LeftButton, modifiers, r.center());
}

void TestWorkspace::statusByKey()
{
    QTreeView *tree = m_window->checklist()->tree();
    clickRow(QStringLiteral("SEC-03"));
    QCOMPARE(m_window->checklist()->currentItemId(), QStringLiteral("SEC-03"));
    QCOMPARE(m_window->details()->itemId(), QStringLiteral("SEC-03"));
    QTest::keyClick(tree, Qt::Key_1);
    QCOMPARE(column(QStringLiteral("SEC-03"), QStringLiteral("status")), QStringLiteral("PASS"));
    QCOMPARE(m_window->document()->item(QStringLiteral("SEC-03"))->status, Status::Pass);
    QTest::keyClick(tree, Qt::Key_2);
    QCOMPARE(column(QStringLiteral("SEC-03"), QStringLiteral("status")), QStringLiteral("PARTIAL"));
    QTest::keyClick(tree, Qt::Key_3);
    QCOMPARE(column(QStringLiteral("SEC-03"), QStringLiteral("status")), QStringLiteral("FAIL"));
    QTest::keyClick(tree, Qt::Key_4);
    QCOMPARE(column(QStringLiteral("SEC-03"), QStringLiteral("status")), QStringLiteral("PENDING"));
    // Typing a digit in the search field filters; it never sets a status.
    m_window->checklist()->searchField()->setFocus();
    QTest::keyClick(m_window->checklist()->searchField(), Qt::Key_1);
    QCOMPARE(column(QStringLiteral("SEC-03"), QStringLiteral("status")), QStringLiteral("PENDING"));
}

// Every key changes the scores; their labels have a fixed size, wide enough for any score of this checklist, so a
// new score is repainted without the scoreboard, its splitter and the window being laid out again.
void TestWorkspace::aNewScoreRepaintsTheScoresAlone()
{
    QWidget *side = m_window->scoreboard()->side();
    QList<QLabel *> scores;
    for (QLabel *label : side->findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("Critical")) || label->text().startsWith(QStringLiteral("Total")) ||
            label->text().contains(QStringLiteral("PENDING"))) {
            scores << label;
        }
    }
    QCOMPARE(scores.size(), 3);
    struct LayoutCount final : QObject
    {
        int requests = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            requests += event->type() == QEvent::LayoutRequest ? 1 : 0;
            return false;
        }
    } count;
    side->installEventFilter(&count);
    QHash<QLabel *, QString> before;
    for (QLabel *label : scores) {
        before[label] = label->text();
    }
    clickRow(QStringLiteral("SEC-01"));
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_1);
    for (const QString &id : {QStringLiteral("SEC-02"), QStringLiteral("PERF-01"), QStringLiteral("OPS-01")}) {
        QVERIFY(m_window->document()->setStatus({id}, Status::Partial));
    }
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(column(QStringLiteral("SEC-01"), QStringLiteral("status")), QStringLiteral("PASS"));
    QCOMPARE(count.requests, 0);
    for (QLabel *label : scores) {
        QVERIFY2(label->text() != before[label], qPrintable(label->text()));
        for (const QString &line : label->text().split(QLatin1Char('\n'))) {
            QVERIFY2(label->contentsRect().width() >= label->fontMetrics().horizontalAdvance(line), qPrintable(line));
        }
        QVERIFY(label->contentsRect().height() >= label->sizeHint().height() - 2 * label->margin());
    }
    QVERIFY(scores.first()->text().contains(QStringLiteral("(1 of 87 PASS)")));
}

void TestWorkspace::statusOfSeveralItemsByKey()
{
    clickRow(QStringLiteral("SEC-02"));
    clickRow(QStringLiteral("SEC-05"), Qt::ShiftModifier);
    clickRow(QStringLiteral("PERF-01"), Qt::ControlModifier);
    QCOMPARE(m_window->checklist()->selectedItemIds().size(), 5);
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_3);
    for (const QString &id : {QStringLiteral("SEC-02"), QStringLiteral("SEC-03"), QStringLiteral("SEC-04"),
                              QStringLiteral("SEC-05"), QStringLiteral("PERF-01")}) {
        QCOMPARE(column(id, QStringLiteral("status")), QStringLiteral("FAIL"));
    }
    QCOMPARE(column(QStringLiteral("SEC-01"), QStringLiteral("status")), QStringLiteral("PENDING"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->scoreboard()->bannerText(), QStringLiteral("NO-GO"));
    QVERIFY(m_window->reasons()->item(1)->text().contains(QStringLiteral("SEC-01")));
}

void TestWorkspace::undoRedoByKeyboard()
{
    clickRow(QStringLiteral("OPS-01"));
    clickRow(QStringLiteral("OPS-03"), Qt::ShiftModifier);
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_1);
    QCOMPARE(column(QStringLiteral("OPS-02"), QStringLiteral("status")), QStringLiteral("PASS"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    for (const QString &id : {QStringLiteral("OPS-01"), QStringLiteral("OPS-02"), QStringLiteral("OPS-03")}) {
        QCOMPARE(column(id, QStringLiteral("status")), QStringLiteral("PENDING"));
    }
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    for (const QString &id : {QStringLiteral("OPS-01"), QStringLiteral("OPS-02"), QStringLiteral("OPS-03")}) {
        QCOMPARE(column(id, QStringLiteral("status")), QStringLiteral("PASS"));
    }
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(column(QStringLiteral("OPS-03"), QStringLiteral("status")), QStringLiteral("PASS"));
    QCOMPARE(
        m_window->checklist()->tree()->currentIndex().siblingAtColumn(ChecklistModel::StatusColumn).data().toString(),
        QStringLiteral("PASS"));
}

void TestWorkspace::typingEvidenceIsSavedAndOneUndoStep()
{
    clickRow(QStringLiteral("PERF-01"));
    QPlainTextEdit *evidence = m_window->details()->evidenceField();
    QTest::mouseClick(evidence->viewport(), Qt::LeftButton);
    QTest::keyClicks(evidence, QStringLiteral("k6 run LT-118"));
    QVERIFY(m_window->details()->hasUnsavedText());
    QLineEdit *owner = m_window->details()->ownerField();
    QTest::mouseClick(owner, Qt::LeftButton); // leaving the field saves it
    QVERIFY(!m_window->details()->hasUnsavedText());
    QCOMPARE(column(QStringLiteral("PERF-01"), QStringLiteral("evidence")), QStringLiteral("k6 run LT-118"));
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Priya"));
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(column(QStringLiteral("PERF-01"), QStringLiteral("owner")), QStringLiteral("Priya"));
    QUndoStack *stack = m_window->document()->undoStack();
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->text(0), QStringLiteral("Edit evidence of PERF-01"));
    stack->undo();
    stack->undo();
    QCOMPARE(column(QStringLiteral("PERF-01"), QStringLiteral("evidence")), QString());
    QCOMPARE(evidence->toPlainText(), QString());
    QCOMPARE(owner->text(), QStringLiteral("Engineering Lead"));
}

void TestWorkspace::searchFiltersTheTree()
{
    QLineEdit *search = m_window->checklist()->searchField();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("rollback"));
    QTreeView *tree = m_window->checklist()->tree();
    int shown = 0;
    for (int c = 0; c < tree->model()->rowCount(); ++c) {
        shown += tree->model()->rowCount(tree->model()->index(c, 0));
    }
    int expected = 0;
    for (const Item &item : m_window->document()->snapshot().items) {
        expected += (item.id + item.title + item.owner + item.evidence)
                        .contains(QStringLiteral("rollback"), Qt::CaseInsensitive);
    }
    QVERIFY(expected > 1);
    QCOMPARE(shown, expected);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->checklist()->filter()->notPassOnly());
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->checklist()->filter()->isFiltering());
    QCOMPARE(tree->model()->rowCount(), 12);
}

void TestWorkspace::reasonJumpsToItem()
{
    QListWidget *reasons = m_window->reasons();
    QListWidgetItem *reason = reasons->item(5);
    const QString id = reason->data(Qt::UserRole).toString();
    QVERIFY(!id.isEmpty());
    QTest::mouseClick(reasons->viewport(), Qt::LeftButton, Qt::NoModifier, reasons->visualItemRect(reason).center());
    QCOMPARE(m_window->checklist()->currentItemId(), id);
    QCOMPARE(m_window->details()->itemId(), id);
}

void TestWorkspace::aHiddenPageCatchesUpWhenShown()
{
    // The poll page shows the recommendation beside the tally. While the checklist is open, its keys do not lay the
    // hidden poll page out again; it catches up before it paints, when its tab is chosen.
    DecisionDocument *doc = m_window->document();
    PollPanel *poll = m_window->poll();
    QVERIFY(!poll->isVisible());
    QVERIFY(poll->tallyLabel()->text().contains(QStringLiteral("Recommendation: NO-GO.")));
    QStringList all;
    for (const Item &i : doc->snapshot().items) {
        all << i.id;
    }
    QVERIFY(doc->setStatus(all, Status::Pass));
    QCOMPARE(DecisionEngine::assess(committedSnapshot(m_path)).decision, Decision::Go); // on disk, from the file
    QVERIFY2(poll->tallyLabel()->text().contains(QStringLiteral("Recommendation: NO-GO.")),
             "the hidden page was refreshed on the key");
    const QImage before = poll->grab().toImage(); // grabbing does not show it: no Show event, no refresh
    QVERIFY(poll->tallyLabel()->text().contains(QStringLiteral("Recommendation: NO-GO.")));
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(poll)) {
            tabs->setCurrentIndex(i);
        }
    }
    QVERIFY(poll->isVisible());
    QVERIFY2(poll->tallyLabel()->text().contains(QStringLiteral("Recommendation: GO.")),
             qPrintable(poll->tallyLabel()->text()));
    QVERIFY(before != poll->grab().toImage());
}

void TestWorkspace::ownerFilterListsTheOwnersOnDisk()
{
    // The owner filter is counted again only for the items an edit changed; after any edits it lists exactly the
    // distinct owners the file holds, sorted, after "All owners".
    DecisionDocument *doc = m_window->document();
    QComboBox *box = nullptr;
    for (QComboBox *b : m_window->checklist()->findChildren<QComboBox *>()) {
        if (b->accessibleName() == QStringLiteral("Owner filter")) {
            box = b;
        }
    }
    QVERIFY(box);
    auto listed = [box] {
        QStringList owners;
        for (int i = 1; i < box->count(); ++i) {
            owners << box->itemText(i);
        }
        return owners;
    };
    auto onDisk = [this] {
        QSet<QString> distinct;
        for (const Item &i : committedSnapshot(m_path).items) {
            if (!i.owner.isEmpty()) {
                distinct.insert(i.owner);
            }
        }
        QStringList owners(distinct.cbegin(), distinct.cend());
        owners.sort(Qt::CaseInsensitive);
        return owners;
    };
    QVERIFY(onDisk().size() > 1);
    QCOMPARE(listed(), onDisk());
    const QVector<Item> items = doc->snapshot().items;
    // A new owner comes; a status changes no owner.
    QVERIFY(doc->setItemText(items.at(0).id, ItemField::Owner, QStringLiteral("Zed Newcomer")));
    QVERIFY(doc->setStatus({items.at(1).id}, Status::Fail));
    QVERIFY(listed().contains(QStringLiteral("Zed Newcomer")));
    QCOMPARE(listed(), onDisk());
    // Every item of one owner handed to another: that owner goes.
    const QString leaving = onDisk().constFirst();
    for (const Item &i : items) {
        if (doc->item(i.id)->owner == leaving) {
            QVERIFY(doc->setItemText(i.id, ItemField::Owner, QStringLiteral("Zed Newcomer")));
        }
    }
    QVERIFY(!listed().contains(leaving));
    QCOMPARE(listed(), onDisk());
    // And back, through undo.
    while (doc->undoStack()->canUndo()) {
        doc->undoStack()->undo();
    }
    QVERIFY(!listed().contains(QStringLiteral("Zed Newcomer")));
    QCOMPARE(listed(), onDisk());
}

void TestWorkspace::reasonsFollowEveryChange()
{
    // The scoreboard replaces only the reasons that changed; after any sequence of changes, undos and redos its
    // list is exactly the engine's reasons for the file, in order, each with its subject and colour.
    DecisionDocument *doc = m_window->document();
    QListWidget *reasons = m_window->reasons();
    QRandomGenerator random(7);
    const QVector<Item> items = doc->snapshot().items;
    QStringList all;
    for (const Item &i : items) {
        all << i.id;
    }
    for (int step = 0; step < 120; ++step) {
        const int kind = static_cast<int>(random.bounded(10));
        if (kind == 0) {
            QVERIFY(doc->setStatus(all, Status::Pass)); // all at once: only "every criterion is met" stays
        } else if (kind == 1 && doc->undoStack()->canUndo()) {
            doc->undoStack()->undo();
        } else if (kind == 2 && doc->undoStack()->canRedo()) {
            doc->undoStack()->redo();
        } else {
            const QString id = items.at(static_cast<int>(random.bounded(static_cast<int>(items.size())))).id;
            QVERIFY(doc->setStatus({id}, allStatuses.at(random.bounded(4))));
        }
        const Assessment fresh = DecisionEngine::assess(committedSnapshot(m_path));
        // The checklist tab's title follows too, laid out wide enough for its words (the tab widget lays itself out
        // only when a size changes: TabLayoutGuard).
        QCoreApplication::processEvents();
        QTabBar *bar = m_window->tabs()->tabBar();
        const QString title = QStringLiteral("Checklist (%1 of %2 PASS)").arg(fresh.items.pass).arg(fresh.items.total);
        QCOMPARE(bar->tabText(0), title);
        QVERIFY(bar->tabRect(0).width() >= bar->fontMetrics().horizontalAdvance(title));
        QVERIFY(bar->geometry().width() >= bar->tabRect(2).right());
        const int expected = fresh.reasons.isEmpty() ? 1 : static_cast<int>(fresh.reasons.size());
        QCOMPARE(reasons->count(), expected);
        for (int r = 0; r < fresh.reasons.size(); ++r) {
            QCOMPARE(reasons->item(r)->text(), fresh.reasons.at(r).text);
            QCOMPARE(reasons->item(r)->data(Qt::UserRole).toString(), fresh.reasons.at(r).subject);
            QCOMPARE(reasons->item(r)->foreground().color(), theme::decisionColour(fresh.reasons.at(r).effect));
        }
    }
}

void TestWorkspace::categoryJumpsToCategory()
{
    CategoryProgress *categories = m_window->categories();
    QTest::mouseClick(categories, Qt::LeftButton, Qt::NoModifier, categories->rowRect(11).center()); // Final Validation
    QCOMPARE(m_window->checklist()->currentItemId(), QStringLiteral("FINAL-01"));
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_1);
    QCOMPARE(column(QStringLiteral("FINAL-01"), QStringLiteral("status")), QStringLiteral("PASS"));
    // The same by keyboard: Up to Data & Database, Enter.
    categories->setFocus();
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(categories, Qt::Key_Up);
    }
    QTest::keyClick(categories, Qt::Key_Return);
    QCOMPARE(m_window->checklist()->currentItemId(), QStringLiteral("DATA-01"));
}

void TestWorkspace::refusedFileShowsReasonAndKeepsRunning()
{
    const QString bad = m_dir->filePath(QStringLiteral("notes.gonogo"));
    QVERIFY(writeFile(bad, "just text"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!m_window->openFile(bad));
    QVERIFY2(shown.contains(QStringLiteral("notes.gonogo")) && shown.contains(QStringLiteral("not an SQLite")),
             qPrintable(shown));
    QCOMPARE(readFile(bad), QByteArray("just text"));
    // The open file is still the one being worked on.
    QCOMPARE(m_window->document()->path(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Checkout v2")));
}

void TestWorkspace::exportAndPreviewRecord()
{
    const QString pdf = m_dir->filePath(QStringLiteral("record.pdf"));
    QTimer::singleShot(0, this, [pdf] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(pdf);
        QMetaObject::invokeMethod(dialog, "accept"); // a slot; what the Save button calls
    });
    m_window->exportAction()->trigger();
    QVERIFY(QFileInfo::exists(pdf));
    QVERIFY(readFile(pdf).startsWith("%PDF-1.4"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("record.pdf")));
    // The preview shows the same record; grab it for a person to look at.
    bool shown = false;
    QTimer::singleShot(0, this, [&shown] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->resize(1400, 1000);
        QCoreApplication::processEvents();
        shown = dialog->grab().save(QStringLiteral("print-preview.png"));
        dialog->reject();
    });
    m_window->printPreviewAction()->trigger();
    QVERIFY(shown);
}

void TestWorkspace::exportChecklistFromTheWindow()
{
    // The type chosen in the dialog gives the extension of a name typed without one.
    const QString typed = m_dir->filePath(QStringLiteral("for-the-wiki"));
    QTimer::singleShot(0, this, [typed] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->nameFilters().size(), 3);
        dialog->selectNameFilter(dialog->nameFilters().at(1)); // Markdown
        dialog->selectFile(typed);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QVERIFY(m_window->exportChecklistAction()->isEnabled());
    m_window->exportChecklistAction()->trigger();
    const QString md = typed + QStringLiteral(".md");
    QVERIFY(QFileInfo::exists(md));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("for-the-wiki.md")));
    // The next export offers the type chosen last.
    QString offered;
    QTimer::singleShot(0, this, [&offered] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        offered = dialog->selectedNameFilter();
        dialog->reject();
    });
    m_window->exportChecklistAction()->trigger();
    QVERIFY2(offered.contains(QStringLiteral("*.md")), qPrintable(offered));
    m_window.reset(); // closes the file, so that SQLite can read it beside GoNoGo
    const QString text = QString::fromUtf8(readFile(md));
    // One table row per item of the file, as SQLite holds them.
    const int items = rawQuery(m_path, {QStringLiteral("SELECT count(*) FROM item")}).value(0).toInt();
    static const QRegularExpression row(QStringLiteral("^\\| [A-Z]+-\\d+ \\|"), QRegularExpression::MultilineOption);
    QCOMPARE(static_cast<int>(text.count(row)), items);
}

namespace {

// Every Alt+letter the window answers on its current page: the menu bar's menus, the tabs, and every visible
// button, check box and labelled field. Two owners of one letter is a clash: Alt+letter picks one silently.
QMultiMap<QChar, QString> mnemonics(QMainWindow *window)
{
    QMultiMap<QChar, QString> owners;
    auto add = [&owners](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty()) {
            const QString name = key.toString(QKeySequence::PortableText);
            owners.insert(name.at(name.size() - 1).toUpper(), what + QStringLiteral(" \"") + text + QLatin1Char('"'));
        }
    };
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->isVisible()) {
            add(menu->text(), QStringLiteral("menu"));
        }
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (bar->isVisible()) {
            for (int i = 0; i < bar->count(); ++i) {
                add(bar->tabText(i), QStringLiteral("tab"));
            }
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !qobject_cast<QToolButton *>(button)) {
            add(button->text(), QStringLiteral("button"));
        }
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy()) {
            add(label->text(), QStringLiteral("label"));
        }
    }
    return owners;
}

QStringList clashes(QMainWindow *window, QTabWidget *tabs)
{
    QStringList found;
    // Inside each menu, too: an open menu answers its items' letters.
    for (QAction *top : window->menuBar()->actions()) {
        QMultiMap<QChar, QString> items;
        if (!top->menu()) {
            continue;
        }
        for (QAction *a : top->menu()->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(a->text());
            if (!a->isSeparator() && !key.isEmpty()) {
                const QString name = key.toString(QKeySequence::PortableText);
                items.insert(name.at(name.size() - 1).toUpper(), a->text());
            }
        }
        for (const QChar key : items.uniqueKeys()) {
            if (items.count(key) > 1) {
                found << QStringLiteral("menu %1, %2: %3")
                             .arg(top->text())
                             .arg(key)
                             .arg(QStringList(items.values(key)).join(QStringLiteral(", ")));
            }
        }
    }
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const QMultiMap<QChar, QString> owners = mnemonics(window);
        for (const QChar key : owners.uniqueKeys()) {
            if (owners.count(key) > 1) {
                found << QStringLiteral("tab %1, Alt+%2: %3")
                             .arg(page)
                             .arg(key)
                             .arg(QStringList(owners.values(key)).join(QStringLiteral(", ")));
            }
        }
    }
    return found;
}

} // namespace

void TestWorkspace::mnemonicsNeverClash()
{
    QStringList found = clashes(m_window.get(), m_window->tabs());
    // The same window in Spanish.
    QTranslator spanish;
    QVERIFY(spanish.load(QStringLiteral(":/i18n/gonogo_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    {
        MainWindow es;
        es.resize(1600, 1000);
        es.show();
        QVERIFY(QTest::qWaitForWindowExposed(&es));
        m_window.reset(); // one window holds the file at a time
        QVERIFY(es.openFile(m_path));
        QCoreApplication::processEvents();
        for (const QString &c : clashes(&es, es.tabs())) {
            found << QStringLiteral("es: ") + c;
        }
    }
    QCoreApplication::removeTranslator(&spanish);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestWorkspace::searchHandsDownToTheList()
{
    ChecklistPanel *panel = m_window->checklist();
    panel->selectItem(QStringLiteral("SEC-01"));
    QCOMPARE(m_window->details()->itemId(), QStringLiteral("SEC-01"));
    // A search that hides the item being shown: the panel shows the first item the list still has, never one
    // the list hides.
    panel->searchField()->setFocus();
    QTest::keyClicks(panel->searchField(), QStringLiteral("backup"));
    const QString shown = m_window->details()->itemId();
    QVERIFY(!shown.isEmpty());
    QVERIFY(shown != QStringLiteral("SEC-01"));
    const QModelIndex current = panel->tree()->currentIndex();
    QCOMPARE(current.data(ItemIdRole).toString(), shown);
    QVERIFY(current.data(Qt::DisplayRole).toString().contains(QStringLiteral("backup"), Qt::CaseInsensitive) ||
            panel->filter()->mapToSource(current).isValid());
    // Down hands the keyboard to the list, on that item; Down again moves within the results.
    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    QVERIFY(panel->tree()->hasFocus());
    QCOMPARE(panel->tree()->currentIndex().data(ItemIdRole).toString(), shown);
    QString next;
    for (int n = 0; n < 3 && next.isEmpty(); ++n) { // past a category's heading row
        QTest::keyClick(panel->tree(), Qt::Key_Down);
        next = m_window->details()->itemId();
    }
    QVERIFY(!next.isEmpty() && next != shown);
    QVERIFY(
        panel->filter()
            ->mapFromSource(static_cast<const ChecklistModel *>(panel->filter()->sourceModel())->indexOfItem(next, 0))
            .isValid());
    // A search that matches nothing empties the panel rather than keep a hidden item.
    panel->searchField()->setText(QStringLiteral("zzzz-no-such-words"));
    QVERIFY(m_window->details()->itemId().isEmpty());
}

void TestWorkspace::smallScreensKeepTheTitleReadable()
{
    // The first size never runs off a small screen's edge; a large one gets the usual window.
    QCOMPARE(MainWindow::initialSize(QSize(1024, 740)), QSize(1024, 740));
    QCOMPARE(MainWindow::initialSize(QSize(1280, 690)), QSize(1280, 690));
    QCOMPARE(MainWindow::initialSize(QSize(1366, 740)), QSize(1366, 740));
    QCOMPARE(MainWindow::initialSize(QSize(1920, 1050)), QSize(1280, 800));
    // At 1024 pixels the title keeps room for about 30 characters of text (24 zero digits); the last-change column
    // gives way first, and comes back when there is room again.
    ChecklistPanel *panel = m_window->checklist();
    QHeaderView *header = panel->tree()->header();
    const int zero = panel->tree()->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_window->resize(1024, 740);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(QStringLiteral("workspace-1024x740.png")));
    QStringList sizes;
    for (int c = 0; c < header->count(); ++c) {
        sizes << QString::number(header->isSectionHidden(c) ? -1 : header->sectionSize(c));
    }
    QVERIFY2(header->sectionSize(ChecklistModel::TitleColumn) >= zero * 24,
             qPrintable(sizes.join(QLatin1Char(' ')) + QStringLiteral(" viewport ") +
                        QString::number(panel->tree()->viewport()->width())));
    QVERIFY(header->isSectionHidden(ChecklistModel::ChangedColumn));
    QVERIFY(panel->searchField()->width() >= zero * 14);
    QVERIFY(m_window->grab().save(QStringLiteral("workspace-1024x740.png")));
    m_window->resize(1920, 1050);
    QCoreApplication::processEvents();
    QVERIFY(!header->isSectionHidden(ChecklistModel::ChangedColumn));
    QVERIFY(header->sectionSize(ChecklistModel::TitleColumn) >= zero * 24);
}

void TestWorkspace::zoomScalesTheWorkspace()
{
    const double base = QApplication::font().pointSizeF();
    m_window->checklist()->selectItem(QStringLiteral("SEC-05"));
    m_window->checklist()->searchField()->setText(QStringLiteral("SEC"));
    const QByteArray file = sha256(m_path);
    // Ctrl+plus twice: 110 %, then 125 %; every view is made again at that size, on the same item.
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->zoom(), 125);
    QCOMPARE(m_window->checklist()->tree()->font().pointSizeF(), base * 1.25);
    QCOMPARE(m_window->details()->font().pointSizeF(), base * 1.25);
    QCOMPARE(m_window->details()->itemId(), QStringLiteral("SEC-05"));
    QCOMPARE(m_window->checklist()->searchField()->text(), QStringLiteral("SEC"));
    // Remembered for this screen, on disk.
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("ui/zoom/%1").arg(m_window->screen()->name())).toInt(), 125);
    // 200 % on a 1080p screen: a picture to judge; then back down, and Ctrl+0 for the normal size.
    m_window->resize(1920, 1080);
    m_window->setZoom(200);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(QStringLiteral("workspace-1920x1080-zoom200.png")));
    // Nothing makes the window taller than the screen it was made for.
    QStringList pages;
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        pages << QString::number(m_window->tabs()->widget(i)->minimumSizeHint().height());
    }
    QVERIFY2(m_window->minimumSizeHint().height() <= 1080,
             qPrintable(QString::number(m_window->minimumSizeHint().height()) + QStringLiteral(" pages ") +
                        pages.join(QLatin1Char(' '))));
    QCOMPARE(m_window->checklist()->tree()->font().pointSizeF(), base * 2);
    m_window->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(QStringLiteral("workspace-risks-zoom200.png")));
    m_window->tabs()->setCurrentIndex(0);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->zoom(), 175);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->zoom(), 100);
    QCOMPARE(m_window->checklist()->tree()->font().pointSizeF(), base);
    // Zoom is a view: the decision file is not touched.
    QCOMPARE(sha256(m_path), file);
}

void TestWorkspace::bannerShowsTheDecisionOnceRecorded()
{
    Scoreboard *board = m_window->scoreboard();
    QCOMPARE(board->bannerText(), displayName(m_window->document()->assessment().decision));
    QCOMPARE(board->bannerCaption(), QStringLiteral("Recommendation\nNo decision recorded yet"));
    // The meeting decides GO WITH CAUTION against a NO-GO recommendation: the banner now shows the decision, in
    // its colour, and says what the recommendation is beside it.
    DecisionDraft d;
    d.decision = Decision::GoWithCaution;
    d.rationale = QStringLiteral("Conditions agreed");
    d.overrideRationale = QStringLiteral("The board accepts the gaps");
    QVERIFY(m_window->document()->recordDecision(d));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->document()->snapshot().decision->decision, Decision::GoWithCaution);
    QCOMPARE(board->bannerText(), QStringLiteral("GO WITH CAUTION"));
    QCOMPARE(board->bannerCaption(), QStringLiteral("Decision\nRecommendation now: NO-GO"));
    QCOMPARE(board->banner()->palette().color(QPalette::Window), theme::decisionColour(Decision::GoWithCaution));
    QVERIFY(m_window->grab().save(QStringLiteral("workspace-decided-banner.png")));
    // Undo takes the decision back: the recommendation is on the banner again.
    m_window->document()->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(board->bannerText(), QStringLiteral("NO-GO"));
    QCOMPARE(board->bannerCaption(), QStringLiteral("Recommendation\nNo decision recorded yet"));
}

void TestWorkspace::escapeLeavesFullScreen()
{
    m_window->setWindowState(Qt::WindowMaximized);
    QTest::keyClick(m_window.get(), Qt::Key_F11);
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(m_window->fullScreenAction()->isChecked());
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_Escape);
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QVERIFY(m_window->windowState() & Qt::WindowMaximized); // back to how it was
    QVERIFY(!m_window->fullScreenAction()->isChecked());
    // Out of full screen Esc is the widgets' again (tst_risks: Esc clears the matrix filter).
}

void TestWorkspace::coloursHaveContrast()
{
    // White text on every status, decision and risk-level fill: at least 4.5:1 (WCAG AA for normal text).
    for (Status s : allStatuses) {
        QVERIFY2(theme::contrast(theme::statusColour(s), Qt::white) >= 4.5, qPrintable(toCode(s)));
    }
    for (RiskLevel l : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
        QVERIFY2(theme::contrast(theme::levelColour(l), Qt::white) >= 4.5, qPrintable(toCode(l)));
    }
    QVERIFY(theme::contrast(theme::criticalColour(), Qt::white) >= 4.5);
    // The window's own palette, as the widgets read it: body and secondary text on their backgrounds, and the
    // selected row against the rows around it.
    const QPalette p = m_window->checklist()->palette();
    QVERIFY(theme::contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
    QVERIFY(theme::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
    const QPalette details = m_window->details()->palette();
    QVERIFY2(theme::contrast(details.color(QPalette::PlaceholderText), details.color(QPalette::Window)) >= 4.5,
             qPrintable(details.color(QPalette::PlaceholderText).name()));
    QVERIFY(theme::contrast(details.color(QPalette::PlaceholderText), details.color(QPalette::Base)) >= 4.5);
    QVERIFY(theme::contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3.0);
    QVERIFY(theme::contrast(p.color(QPalette::Highlight), p.color(QPalette::Base)) >= 3.0);
    // The selected row stays as visible when the list has lost focus (to the detail panel, say), even under a
    // desktop theme whose inactive selection is a pale tint (1.15:1, as seen on a real desktop).
    const QPalette before = QApplication::palette();
    QPalette pale = before;
    pale.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xe3, 0xe9, 0xef));
    QApplication::setPalette(pale);
    {
        MainWindow themed;
        const QPalette t = themed.palette();
        QVERIFY2(theme::contrast(t.color(QPalette::Inactive, QPalette::Highlight),
                                 t.color(QPalette::Inactive, QPalette::Base)) >= 3.0,
                 qPrintable(t.color(QPalette::Inactive, QPalette::Highlight).name()));
    }
    QApplication::setPalette(before);
    // The list with the keyboard wears a 2 px ring in the highlight colour; without it, a grey one.
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    m_window->checklist()->tree()->setFocus();
    QCoreApplication::processEvents();
    QVERIFY(m_window->checklist()->tree()->hasFocus());
    const QColor ring = p.color(QPalette::Active, QPalette::Highlight);
    auto edge = [](QWidget *w, int x) {
        const QImage image = w->grab().toImage();
        return image.pixelColor(QPoint(x, image.height() / 2) * image.devicePixelRatio()).name();
    };
    QCOMPARE(edge(m_window->checklist()->tree(), 0), ring.name());
    QCOMPARE(edge(m_window->checklist()->tree(), 1), ring.name());
    m_window->checklist()->searchField()->setFocus();
    QCoreApplication::processEvents();
    QVERIFY(edge(m_window->checklist()->tree(), 0) != ring.name());
    // The critical marker in the list, red on the row background.
    QVERIFY(theme::contrast(theme::criticalColour(), p.color(QPalette::Base)) >= 4.5);
}

void TestWorkspace::tabLeavesTablesAndEnterSigns()
{
    // Tab leaves the checklist and the sign-off table at once, keeping the selection; arrows move inside.
    ChecklistPanel *panel = m_window->checklist();
    panel->selectItem(QStringLiteral("SEC-02"));
    panel->tree()->setFocus();
    QTest::keyClick(panel->tree(), Qt::Key_Tab);
    QVERIFY(!panel->tree()->hasFocus());
    QCOMPARE(m_window->details()->itemId(), QStringLiteral("SEC-02"));

    m_window->tabs()->setCurrentIndex(2);
    QCoreApplication::processEvents();
    QTableView *table = m_window->signoff()->table();
    table->setFocus();
    table->selectRow(1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 2);
    // Enter on a row signs for that person: the signing dialog opens, named for them.
    table->setFocus();
    QString title;
    QTimer::singleShot(0, this, [&title] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        title = dialog->windowTitle();
        QMetaObject::invokeMethod(dialog, "reject");
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY2(!title.isEmpty(), "Enter opened no dialog");
    QVERIFY2(title.contains(QStringLiteral("Ops Lead")), qPrintable(title));
}

void TestWorkspace::tamperedFileShowsBannerAndIsNotPrintedAsFinal()
{
    // A clean file: no banner.
    QVERIFY(m_window->integrityBanner());
    QVERIFY(!m_window->integrityBanner()->isVisible());
    // The same file edited behind GoNoGo's back (the audit log says SEC-08 is PENDING).
    m_window.reset(); // closes the file and its lock
    rawQuery(m_path, {QStringLiteral("UPDATE item SET status = 'PASS' WHERE id = 'SEC-08'")});
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    QCoreApplication::processEvents();
    QLabel *banner = m_window->integrityBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("INTEGRITY CHECK FAILED")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("item SEC-08: status is \"PASS\" in the file but \"PENDING\"")),
             qPrintable(banner->text()));
    QVERIFY(m_window->grab().save(QStringLiteral("workspace-integrity-banner.png")));
    // Export asks first; cancelling writes nothing.
    const QString pdf = m_dir->filePath(QStringLiteral("tampered.pdf"));
    QString question;
    QTimer::singleShot(0, this, [pdf, &question] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(pdf);
        QTimer::singleShot(0, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->reject();
        });
        QMetaObject::invokeMethod(dialog, "accept");
    });
    m_window->exportAction()->trigger();
    QVERIFY2(question.contains(QStringLiteral("fails verification")), qPrintable(question));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestWorkspace::preferencesThatCannotBeSavedAreReported()
{
    // Opening the file remembered it: the settings file on disk names it.
    const QString conf = QSettings().fileName();
    QFile written(conf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains(QFileInfo(m_path).fileName().toUtf8()));
    written.close();
    // The settings file cannot be written (its name is taken by a folder; permissions do not stop root).
    QVERIFY(QFile::remove(conf));
    QVERIFY(QDir().mkpath(conf));
    QAction *letter = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QLatin1String("US Letter")) {
            letter = a;
        }
    }
    QVERIFY(letter);
    letter->trigger();
    const QString shown = m_window->statusBar()->currentMessage();
    QVERIFY(QDir(conf).removeRecursively());
    QVERIFY2(shown.contains(QStringLiteral("could not be saved")) && shown.contains(QDir::toNativeSeparators(conf)),
             qPrintable(shown));
}

void TestWorkspace::screenshots()
{
    // A realistic mix, so the screenshots show every status colour and a reason list.
    DecisionDocument *doc = m_window->document();
    QStringList all;
    for (const Item &item : doc->snapshot().items) {
        all << item.id;
    }
    QVERIFY(doc->setStatus(all.mid(0, 138), Status::Pass));
    QVERIFY(doc->setStatus({QStringLiteral("FINAL-01"), QStringLiteral("FINAL-02")}, Status::Partial));
    QVERIFY(doc->setStatus({QStringLiteral("FINAL-03")}, Status::Fail));
    m_window->checklist()->selectItem(QStringLiteral("FINAL-03"));
    QVERIFY(doc->setItemText(QStringLiteral("FINAL-03"), ItemField::Evidence,
                             QStringLiteral("Waiting for the rerun of the soak test (PERF-06) tonight at 20:00.")));
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        const QString name = QStringLiteral("workspace-%1x%2.png").arg(size.width()).arg(size.height());
        QVERIFY(m_window->grab().save(name));
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    installTranslations(app, QStringLiteral("en"));
    QCoreApplication::setOrganizationName(QStringLiteral("GoNoGoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
    TestWorkspace test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_workspace.moc"
