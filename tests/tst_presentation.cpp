// Presentation mode and the room's screens: the window on a 1920x1080 projector (and on 1280x720 and 1024x768
// ones), F5 and Esc, type measured as it is drawn, the same keys as at the desk with the file on disk read back,
// and screenshots of every tab in both modes at two zoom levels, in the build folder.
#include "categoryprogress.h"
#include "checklistfilter.h"
#include "checklistmodel.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "engine.h"
#include "keyboardmap.h"
#include "mainwindow.h"
#include "reasonlist.h"
#include "scoreboard.h"
#include "signoffpanel.h"
#include "testsupport.h"
#include "theme.h"
#include "translations.h"
#include "widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <array>
#include <cmath>

using namespace gonogo;
using namespace testsupport;

namespace {

// The height in pixels of a capital H drawn in FONT: the rows that the glyph actually inks.
int renderedCapHeight(const QFont &font)
{
    const QFontMetrics fm(font);
    QImage image(fm.horizontalAdvance(QLatin1Char('H')) + 20, fm.height() + 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(10, 10 + fm.ascent(), QStringLiteral("H"));
    }
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                top = top < 0 ? y : top;
                bottom = y;
                break;
            }
        }
    }
    return top < 0 ? 0 : bottom - top + 1;
}

// The texts of the labels under ROOT that are shown and lie inside WINDOW.
QStringList shownTexts(QWidget *root, QWidget *window)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QRect r(label->mapTo(window, QPoint(0, 0)), label->size());
        if (label->isVisible() && window->rect().contains(r)) {
            texts << label->text();
        }
    }
    return texts;
}

// Colour as a reader with protanopia or deuteranopia sees it (Machado, Oliveira and Fernandes 2009, severity 1),
// and the CIE 1976 distance between two colours in L*a*b*: about 2 is just noticeable, over 20 is clearly
// different.
enum class Vision { Normal, Protan, Deutan };

QColor seenWith(const QColor &c, Vision v)
{
    if (v == Vision::Normal) {
        return c;
    }
    static const double protan[3][3] = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    static const double deutan[3][3] = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    const auto &m = v == Vision::Protan ? protan : deutan;
    auto lin = [](double x) { return x <= 0.04045 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4); };
    auto gamma = [](double x) {
        x = std::clamp(x, 0.0, 1.0);
        return x <= 0.0031308 ? 12.92 * x : 1.055 * std::pow(x, 1 / 2.4) - 0.055;
    };
    const double in[3] = {lin(c.redF()), lin(c.greenF()), lin(c.blueF())};
    double out[3];
    for (int i = 0; i < 3; ++i) {
        out[i] = gamma(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2]);
    }
    return QColor::fromRgbF(static_cast<float>(out[0]), static_cast<float>(out[1]), static_cast<float>(out[2]));
}

double labDistance(const QColor &a, const QColor &b)
{
    auto lab = [](const QColor &c) {
        auto lin = [](double x) { return x <= 0.04045 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4); };
        const double r = lin(c.redF()), g = lin(c.greenF()), bl = lin(c.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const auto p = lab(a);
    const auto q = lab(b);
    return std::sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
}

QScreen *screenNamed(const QString &name)
{
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == name) {
            return s;
        }
    }
    return nullptr;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typeIsLargeEnoughForTheRoom();
    void decisionAndRecommendationAreToldApart();
    void sameKeysWhilePresenting();
    void walkTheChecklistInTheRoom();
    void escapeGoesBackToTheDesk();
    void deskShowsEveryReason();
    void coloursWorkForEveryone();
    void highContrastScheme();
    void keyboardMapShowsEveryKey();
    void screenshotsOfEveryTab();

private:
    void putOn(const QString &screenName);
    void mixedState();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(screenNamed(QStringLiteral("fullhd")));
    QCOMPARE(screenNamed(QStringLiteral("fullhd"))->geometry().size(), QSize(1920, 1080));
}

void TestPresentation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("meeting.gonogo"));
    CreateOptions options;
    options.launchName = QStringLiteral("Checkout v2");
    QVERIFY(DecisionFile::create(m_path, TemplateImport::builtIn(QStringLiteral("p020")).value(), options));
    m_window = std::make_unique<MainWindow>();
    // These tests are about the room's view in this window, as on a laptop alone or with a mirrored projector;
    // tst_audience has the room's view on a screen of its own.
    m_window->secondScreenAction()->setChecked(false);
    putOn(QStringLiteral("fullhd"));
    QVERIFY(m_window->openFile(m_path));
    QCoreApplication::processEvents();
}

void TestPresentation::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

void TestPresentation::putOn(const QString &screenName)
{
    QScreen *screen = screenNamed(screenName);
    QVERIFY(screen);
    m_window->hide();
    m_window->setScreen(screen);
    m_window->move(screen->geometry().topLeft());
    m_window->placeOnScreen();
    m_window->resize(screen->availableGeometry().size()); // the whole screen, as a maximised window has it
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->screen(), screen);
}

void TestPresentation::mixedState()
{
    // Mid-meeting: most items PASS, a few gaps and two open risks, so there are reasons of both kinds.
    DecisionDocument *doc = m_window->document();
    QStringList all;
    for (const Item &item : doc->snapshot().items) {
        all << item.id;
    }
    QVERIFY(doc->setStatus(all.mid(0, 134), Status::Pass));
    QVERIFY(doc->setStatus({QStringLiteral("FINAL-01"), QStringLiteral("FINAL-02"), QStringLiteral("FINAL-05")},
                           Status::Partial));
    QVERIFY(doc->setStatus({QStringLiteral("FINAL-03"), QStringLiteral("FINAL-07")}, Status::Fail));
    RiskDraft risk;
    risk.title = QStringLiteral("PMS API rate limits during check-in peak");
    risk.likelihood = Likelihood::Medium;
    risk.impact = Impact::High;
    risk.owner = QStringLiteral("Ops Lead");
    QVERIFY(doc->addRisk(risk));
    risk.title = QStringLiteral("Card payments fail over to the backup provider too slowly");
    risk.likelihood = Likelihood::High;
    risk.impact = Impact::Medium;
    QVERIFY(doc->addRisk(risk));
    QCoreApplication::processEvents();
}

void TestPresentation::typeIsLargeEnoughForTheRoom()
{
    // At the desk the body is the application's 10 pt: a 9 px capital, read from 2 m.
    QVERIFY(renderedCapHeight(m_window->checklist()->tree()->font()) < 12);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_window->isPresenting());
    QCoreApplication::processEvents();
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    // In the room, on a 1080-line projector: body text (the checklist's rows, the reasons, the scores) with
    // capitals at least 30 px tall as drawn, the banner's word at least 80 px.
    const int body = renderedCapHeight(m_window->checklist()->tree()->font());
    const int reasons = renderedCapHeight(m_window->reasons()->font());
    const int banner = renderedCapHeight(m_window->scoreboard()->bannerWord()->font());
    qInfo("presentation at 1920x1080: body cap height %d px, reasons %d px, banner %d px", body, reasons, banner);
    QVERIFY2(body >= 30, qPrintable(QString::number(body)));
    QVERIFY2(reasons >= 30, qPrintable(QString::number(reasons)));
    QVERIFY2(banner >= 80, qPrintable(QString::number(banner)));
    // ... and no larger than needed: the room sees as many rows as that size allows.
    QVERIFY2(body <= 33, qPrintable(QString::number(body)));
    // Every label in the room is body size or larger, but the facilitator's small line of what comes next.
    for (QLabel *label : m_window->centralWidget()->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty() && label != m_window->presenterLine()) {
            QVERIFY2(renderedCapHeight(label->font()) >= 30, qPrintable(label->text()));
        }
    }
    // The words fit: the banner's word is not cut, and the window is no larger than the screen.
    QLabel *word = m_window->scoreboard()->bannerWord();
    QVERIFY(word->width() >= word->fontMetrics().horizontalAdvance(word->text()));
    QVERIFY(m_window->width() <= 1920 && m_window->height() <= 1080);
    QVERIFY(m_window->minimumSizeHint().height() <= 1080);
    // Ctrl+plus makes the room larger and is remembered apart from the desk's zoom.
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_window->zoom(), 110);
    QVERIFY(renderedCapHeight(m_window->checklist()->tree()->font()) > body);
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("ui/presentationZoom/fullhd")).toInt(), 110);
    QVERIFY(!settings.contains(QStringLiteral("ui/zoom/fullhd")));
}

void TestPresentation::decisionAndRecommendationAreToldApart()
{
    mixedState();
    m_window->setPresenting(true);
    QCoreApplication::processEvents();
    Scoreboard *board = m_window->scoreboard();
    const Decision recommended = DecisionEngine::assess(committedSnapshot(m_path)).decision;
    QCOMPARE(recommended, Decision::NoGo);
    QCOMPARE(board->bannerText(), QStringLiteral("NO-GO"));
    QCOMPARE(board->bannerCaption(), QStringLiteral("Recommendation\nNo decision recorded yet"));
    QVERIFY(shownTexts(m_window.get(), m_window.get()).contains(QStringLiteral("No decision recorded yet")));
    // The meeting records GO WITH CAUTION: the banner is the decision, in its colour; the recommendation stays
    // beside it in its own, named as such, and both are on the screen.
    DecisionDraft d;
    d.decision = Decision::GoWithCaution;
    d.rationale = QStringLiteral("Conditions agreed");
    d.overrideRationale = QStringLiteral("The gaps are in the final validation only");
    QVERIFY(m_window->document()->recordDecision(d));
    QCoreApplication::processEvents();
    QCOMPARE(committedSnapshot(m_path).decision->decision, Decision::GoWithCaution);
    QCOMPARE(board->bannerText(), QStringLiteral("GO WITH CAUTION"));
    QCOMPARE(board->bannerCaption(), QStringLiteral("Decision\nRecommendation now: NO-GO"));
    QCOMPARE(board->banner()->palette().color(QPalette::Window), theme::decisionColour(Decision::GoWithCaution));
    const QStringList shown = shownTexts(m_window.get(), m_window.get());
    QVERIFY(shown.contains(QStringLiteral("GO WITH CAUTION")));
    QVERIFY(shown.contains(QStringLiteral("DECISION")));
    // (NO-GO with a non-breaking hyphen: a wrapped line never splits it.)
    QVERIFY(shown.contains(QStringLiteral("Recommendation now: NO\u2011GO")));
    // The longest decision, one line, whole, at 80 px capitals.
    QLabel *word = board->bannerWord();
    QVERIFY(word->width() >= word->fontMetrics().horizontalAdvance(word->text()));
    QVERIFY2(renderedCapHeight(word->font()) >= 80, qPrintable(QString::number(renderedCapHeight(word->font()))));
    QVERIFY(m_window->grab().save(QStringLiteral("presentation-decided-1920x1080.png")));
}

void TestPresentation::walkTheChecklistInTheRoom()
{
    // One screen: the room's view in this window, the agenda driving it, the item's texts typed in the room.
    DecisionDocument *doc = m_window->document();
    auto now = std::make_shared<QDateTime>(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC);
    doc->setTimeSource([now] { return *now; });
    m_window->setPresenting(true);
    QCoreApplication::processEvents();
    QVERIFY(m_window->presenterLine()->isVisible());
    QVERIFY(m_window->presenterLine()->text().startsWith(QStringLiteral("Next: Opening and context")));
    QTest::keyClick(m_window.get(), Qt::Key_Space, Qt::ControlModifier);
    *now = now->addSecs(5 * 60);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::ControlModifier); // the critical items not passed
    QCoreApplication::processEvents();
    QVERIFY(m_window->isPresenting());
    QCOMPARE(m_window->roomViewTitle()->text(), QStringLiteral("Checklist"));
    QVERIFY(m_window->checklist()->filter()->criticalOnly());
    QVERIFY(m_window->presenterLine()->text().startsWith(QStringLiteral("Next: Remaining gaps")));
    // The small presenter line is in the desk's type, far below the room's.
    QVERIFY(m_window->presenterLine()->font().pointSizeF() < m_window->checklist()->tree()->font().pointSizeF() / 2);
    QTreeView *tree = m_window->checklist()->tree();
    QVERIFY(tree->hasFocus());
    const QString first = m_window->checklist()->currentItemId();
    const QString ownerBefore = doc->item(first)->owner;
    auto column = [this, &first](const char *name) {
        return readCommitted(
                   m_path, QStringLiteral("SELECT %1 FROM item WHERE id = '%2'").arg(QString::fromLatin1(name), first))
            .value(0)
            .toString();
    };
    // E: the evidence, typed in a dialog in the room's type; on disk before the list shows it; undoable.
    QTimer::singleShot(0, this, [this] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->font().pointSizeF() >= m_window->font().pointSizeF());
        dialog->setTextValue(QStringLiteral("Pen test retest letter 2026-11-26"));
        dialog->accept();
    });
    QTest::keyClick(tree, Qt::Key_E);
    QCOMPARE(column("evidence"), QStringLiteral("Pen test retest letter 2026-11-26"));
    QCOMPARE(doc->item(first)->evidence, QStringLiteral("Pen test retest letter 2026-11-26"));
    // O: the owner.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Lucía Fernández"));
        dialog->accept();
    });
    // The dialog closed: the window manager gives the keyboard back to the window (offscreen does not).
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_O);
    QCOMPARE(column("owner"), QStringLiteral("Lucía Fernández"));
    // 1 passes it: it leaves the list of items to discuss, and the next one has the keyboard.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_1);
    QCOMPARE(column("status"), QStringLiteral("PASS"));
    QVERIFY(m_window->checklist()->currentItemId() != first);
    QVERIFY(!m_window->checklist()->currentItemId().isEmpty());
    // All of it through the one undo stack.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(column("owner"), ownerBefore);
    QCOMPARE(column("status"), QStringLiteral("PENDING"));
    QCOMPARE(column("evidence"), QStringLiteral("Pen test retest letter 2026-11-26"));
}

void TestPresentation::sameKeysWhilePresenting()
{
    m_window->setPresenting(true);
    QCoreApplication::processEvents();
    QTreeView *tree = m_window->checklist()->tree();
    m_window->checklist()->selectItem(QStringLiteral("SEC-03"));
    tree->setFocus();
    // 1-4 set the status, on disk before the scoreboard shows it.
    QTest::keyClick(tree, Qt::Key_3);
    QCOMPARE(committedSnapshot(m_path).items.at(2).status, Status::Fail);
    QCOMPARE(m_window->document()->assessment().items.fail, 1);
    // Undo, with the menu bar hidden.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(committedSnapshot(m_path).items.at(2).status, Status::Pending);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(committedSnapshot(m_path).items.at(2).status, Status::Fail);
    // The reasons beside the list follow: the FAIL is named.
    bool named = false;
    for (int r = 0; r < m_window->reasons()->count(); ++r) {
        named = named || m_window->reasons()->item(r)->data(Qt::UserRole).toString() == QLatin1String("SEC-03");
    }
    QVERIFY(named);
    // Filters and tabs.
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->checklist()->filter()->criticalOnly());
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->checklist()->filter()->isFiltering());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    // Ctrl+F finds in the room too: the search field is there, and shown.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->checklist()->searchField()->isVisible());
    QVERIFY(m_window->checklist()->searchField()->hasFocus());
}

void TestPresentation::escapeGoesBackToTheDesk()
{
    m_window->checklist()->selectItem(QStringLiteral("OPS-04"));
    const QFont desk = m_window->checklist()->tree()->font();
    const QByteArray file = sha256(m_path);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_window->isPresenting());
    QVERIFY(m_window->presentAction()->isChecked());
    QCOMPARE(m_window->checklist()->currentItemId(), QStringLiteral("OPS-04"));
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresenting());
    QVERIFY(!m_window->presentAction()->isChecked());
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());
    QCOMPARE(m_window->checklist()->tree()->font(), desk);
    QCOMPARE(m_window->checklist()->currentItemId(), QStringLiteral("OPS-04"));
    // F5 again, then F5 to leave as well; presenting is a view: the file is not touched.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_window->isPresenting());
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(!m_window->isPresenting());
    QCOMPARE(sha256(m_path), file);
}

void TestPresentation::deskShowsEveryReason()
{
    // 1920x1080 at the desk, mid-meeting with seven reasons: every one is shown whole, none behind a scroll bar.
    mixedState();
    ReasonList *reasons = m_window->reasons();
    const Assessment a = DecisionEngine::assess(committedSnapshot(m_path));
    QCOMPARE(reasons->count(), a.reasons.size());
    QVERIFY(reasons->count() >= 7);
    for (int r = 0; r < reasons->count(); ++r) {
        const QRect shown = reasons->visualItemRect(reasons->item(r));
        QVERIFY2(reasons->viewport()->rect().contains(shown), qPrintable(reasons->item(r)->text()));
    }
    QVERIFY(m_window->grab().save(QStringLiteral("desk-reasons-1920x1080.png")));
}

void TestPresentation::coloursWorkForEveryone()
{
    // Statuses apart for colour-blind readers: every pair of fills at least 20 L*a*b* units apart as seen with
    // protanopia and deuteranopia (the old green and orange were 15 apart for protanopes, red and orange 12 for
    // deuteranopes), and PASS and PARTIAL apart in lightness, not only in hue.
    QVERIFY(!theme::highContrast());
    for (Vision v : {Vision::Normal, Vision::Protan, Vision::Deutan}) {
        for (Status a : allStatuses) {
            for (Status b : allStatuses) {
                if (a < b) {
                    const double d =
                        labDistance(seenWith(theme::statusColour(a), v), seenWith(theme::statusColour(b), v));
                    QVERIFY2(d >= 20, qPrintable(QStringLiteral("%1 %2 vision %3: %4")
                                                     .arg(toCode(a), toCode(b))
                                                     .arg(static_cast<int>(v))
                                                     .arg(d)));
                }
            }
        }
    }
    QVERIFY(theme::contrast(theme::statusColour(Status::Pass), theme::statusColour(Status::Partial)) >= 1.25);
    // ... and told without colour where no word fits: each status other than PASS has its own pattern.
    QSet<int> patterns;
    for (Status s : allStatuses) {
        patterns.insert(static_cast<int>(theme::statusPattern(s)));
    }
    QCOMPARE(patterns.size(), 4);
    // The category bars draw it: a FAIL segment holds white pattern pixels among its colour.
    DecisionDocument *doc = m_window->document();
    QVERIFY(doc->setStatus({QStringLiteral("SEC-01"), QStringLiteral("SEC-02"), QStringLiteral("SEC-03"),
                            QStringLiteral("SEC-04"), QStringLiteral("SEC-05"), QStringLiteral("SEC-06"),
                            QStringLiteral("SEC-07"), QStringLiteral("SEC-08"), QStringLiteral("SEC-09"),
                            QStringLiteral("SEC-10"), QStringLiteral("SEC-11")},
                           Status::Fail));
    QCoreApplication::processEvents();
    QWidget *bars = m_window->categories();
    const QImage image = bars->grab().toImage();
    const QColor fail = theme::statusColour(Status::Fail);
    int failPixels = 0;
    int whitePixels = 0;
    const int barY = bars->fontMetrics().height() * 3 / 2 + 12; // inside the first category's bar
    for (int x = 0; x < image.width() / 3; ++x) {
        const QColor c = image.pixelColor(x, barY);
        failPixels += c == fail;
        whitePixels += c == QColor(Qt::white);
    }
    QVERIFY2(failPixels > 5 && whitePixels > 5, qPrintable(QStringLiteral("%1 %2").arg(failPixels).arg(whitePixels)));
    // Text on every background it is drawn on, from the palette the widgets use: 4.5:1 at least.
    const QPalette p = m_window->checklist()->tree()->palette();
    for (Decision d : {Decision::Go, Decision::GoWithCaution, Decision::NoGo}) {
        for (QPalette::ColorRole bg : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
            QVERIFY2(theme::contrast(theme::decisionColour(d), p.color(bg)) >= 4.5, qPrintable(displayName(d)));
        }
    }
    QVERIFY(theme::contrast(theme::criticalColour(), p.color(QPalette::AlternateBase)) >= 4.5);
}

void TestPresentation::highContrastScheme()
{
    m_window->checklist()->selectItem(QStringLiteral("OPS-02"));
    m_window->highContrastAction()->trigger();
    QVERIFY(theme::highContrast());
    QCOMPARE(m_window->checklist()->currentItemId(), QStringLiteral("OPS-02"));
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("highContrast"));
    // Black on white, every text pair at 7:1 (WCAG AAA), every fill 7:1 with its white words.
    const QPalette p = m_window->checklist()->tree()->palette();
    const std::array<std::pair<QPalette::ColorRole, QPalette::ColorRole>, 8> pairs{
        {{QPalette::Text, QPalette::Base},
         {QPalette::Text, QPalette::AlternateBase},
         {QPalette::WindowText, QPalette::Window},
         {QPalette::ButtonText, QPalette::Button},
         {QPalette::PlaceholderText, QPalette::Base},
         {QPalette::PlaceholderText, QPalette::Window},
         {QPalette::HighlightedText, QPalette::Highlight},
         {QPalette::ToolTipText, QPalette::ToolTipBase}}};
    for (const auto &[fg, bg] : pairs) {
        QVERIFY2(theme::contrast(p.color(fg), p.color(bg)) >= 7,
                 qPrintable(p.color(fg).name() + QLatin1Char('/') + p.color(bg).name()));
    }
    QVERIFY(theme::contrast(p.color(QPalette::Highlight), p.color(QPalette::Base)) >= 7);
    for (Status s : allStatuses) {
        QVERIFY2(theme::contrast(theme::statusColour(s), Qt::white) >= 7, qPrintable(toCode(s)));
    }
    for (RiskLevel l : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
        QVERIFY2(theme::contrast(theme::levelColour(l), Qt::white) >= 7, qPrintable(toCode(l)));
    }
    for (Decision d : {Decision::Go, Decision::GoWithCaution, Decision::NoGo}) {
        QVERIFY(theme::contrast(theme::decisionColour(d), p.color(QPalette::AlternateBase)) >= 7);
    }
    // The views were made again in it: the banner wears the high-contrast NO-GO.
    QCOMPARE(m_window->scoreboard()->banner()->palette().color(QPalette::Window),
             theme::decisionColour(Decision::NoGo));
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(QStringLiteral("desk-high-contrast-1920x1080.png")));
    m_window->setPresenting(true);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(QStringLiteral("presentation-high-contrast-1920x1080.png")));
    m_window->setPresenting(false);
    // A new window starts in the scheme chosen; the printed record is in the standard one whatever the screen.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->highContrastAction()->isChecked());
    m_window->highContrastAction()->trigger();
    QVERIFY(!theme::highContrast());
}

void TestPresentation::keyboardMapShowsEveryKey()
{
    // ? in a text field is text: the search gets it, no map opens.
    QLineEdit *search = m_window->checklist()->searchField();
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Question);
    QCOMPARE(search->text(), QStringLiteral("?"));
    QVERIFY(!m_window->keyboardMap());
    search->clear();
    // In the room, ? on the list opens the map, in the room's type.
    m_window->setPresenting(true);
    QCoreApplication::processEvents();
    m_window->checklist()->tree()->setFocus();
    QTest::keyClick(m_window->checklist()->tree(), Qt::Key_Question);
    KeyboardMap *map = m_window->keyboardMap();
    QVERIFY(map);
    QVERIFY(map->isVisible());
    QStringList keys;
    for (const KeyboardMap::Group &g : map->groups()) {
        for (const KeyboardMap::Entry &e : g.entries) {
            keys << e.keys.split(QLatin1Char('\n'));
        }
    }
    // The keys the meeting is run with, each on the map.
    for (const char *key :
         {"1",      "2",      "3",      "4",      "Ctrl+Z", "Ctrl+F", "Ctrl+Shift+C", "Ctrl+Shift+N", "Ctrl+Shift+A",
          "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+R", "Ctrl+E", "Ctrl+P", "F5",           "F11",          "?",
          "F1",     "Ctrl+0", "Tab",    "Esc",    "Enter"}) {
        QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    }
    for (QLabel *label : map->findChildren<QLabel *>()) {
        QVERIFY2(renderedCapHeight(label->font()) >= 30, qPrintable(label->text()));
    }
    QVERIFY(map->width() <= 1920 && map->height() <= 1080);
    QCoreApplication::processEvents();
    QVERIFY(map->grab().save(QStringLiteral("presentation-keyboard-map-1920x1080.png")));
    // Esc closes the map and only the map: the room stays.
    QTest::keyClick(map, Qt::Key_Escape);
    QCoreApplication::processEvents();
    QVERIFY(!m_window->keyboardMap() || !m_window->keyboardMap()->isVisible());
    QVERIFY(m_window->isPresenting());
}

void TestPresentation::screenshotsOfEveryTab()
{
    mixedState();
    // Half an hour into the meeting: the critical items' step with a minute and a half left, three answers in.
    DecisionDocument *doc = m_window->document();
    auto now = std::make_shared<QDateTime>(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC);
    doc->setTimeSource([now] { return *now; });
    QVERIFY(doc->clock(ClockAction::StartOrPause));
    *now = now->addSecs(6 * 60);
    QVERIFY(doc->clock(ClockAction::Next));
    *now = now->addSecs(28 * 60 + 30);
    const QVector<Stakeholder> people = doc->snapshot().stakeholders;
    QVERIFY(doc->answerPoll(people.at(0).id, PollAnswer::Go));
    QVERIFY(doc->answerPoll(people.at(1).id, PollAnswer::GoWithDissent, QStringLiteral("Load test at 80 % only")));
    QVERIFY(doc->answerPoll(people.at(2).id, PollAnswer::NoGo, QStringLiteral("FINAL-03 must pass first")));
    m_window->checklist()->clearFilters();
    m_window->checklist()->selectItem(QStringLiteral("FINAL-03"));
    const QStringList tabs{QStringLiteral("checklist"), QStringLiteral("risks"), QStringLiteral("signoff"),
                           QStringLiteral("agenda"), QStringLiteral("poll")};
    for (const QString &screen : {QStringLiteral("fullhd"), QStringLiteral("hd"), QStringLiteral("xga")}) {
        m_window->setPresenting(false);
        putOn(screen);
        const QSize size = screenNamed(screen)->geometry().size();
        for (bool presenting : {false, true}) {
            m_window->setPresenting(presenting);
            // The desk at 100 % and 200 %; the room at its normal size and at its largest, 150 % of that.
            for (int zoom : {100, presenting ? 150 : 200}) {
                m_window->setZoom(zoom);
                QCOMPARE(m_window->zoom(), zoom);
                for (int t = 0; t < tabs.size(); ++t) {
                    m_window->tabs()->setCurrentIndex(t);
                    QCoreApplication::processEvents();
                    // Nothing is wider or taller than the screen.
                    QVERIFY2(m_window->width() <= size.width() && m_window->height() <= size.height(),
                             qPrintable(QStringLiteral("%1 %2 %3: window %4x%5, minimum %6x%7")
                                            .arg(screen)
                                            .arg(zoom)
                                            .arg(tabs.at(t))
                                            .arg(m_window->width())
                                            .arg(m_window->height())
                                            .arg(m_window->minimumSizeHint().width())
                                            .arg(m_window->minimumSizeHint().height())));
                    const QString name =
                        QStringLiteral("%1-%2-%3x%4-zoom%5.png")
                            .arg(presenting ? QStringLiteral("presentation") : QStringLiteral("desk"), tabs.at(t))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(zoom);
                    QVERIFY(m_window->grab().save(name));
                }
            }
            m_window->setZoom(100);
        }
    }
}

int main(int argc, char *argv[])
{
    // Three screens of the sizes a meeting room has: a 1080p projector, a 720p one and an old 1024x768 one.
    QTemporaryDir dir;
    if (!useOffscreenScreens(dir, {{"fullhd", 0, 1920, 1080}, {"hd", 1920, 1280, 720}, {"xga", 3200, 1024, 768}})) {
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    installTranslations(app, QStringLiteral("en"));
    QCoreApplication::setOrganizationName(QStringLiteral("GoNoGoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presentation"));
    TestPresentation test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_presentation.moc"
