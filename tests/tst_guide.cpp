// The user guide's screenshots, made from the real window on the demo decision in English and Spanish, at the
// 1600x900 of a laptop: the guide (docs/user-guide.md, docs/guia-del-usuario.md) shows what the program shows.
// Written to build/guide-images; `bash scripts/guide-images.sh` copies them into docs/images for the guide, the
// program's Help > User Guide and the AppStream metainfo.
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "scoreboard.h"
#include "testsupport.h"
#include "translations.h"
#include "widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace gonogo;
using namespace testsupport;

namespace {

const QSize shotSize(1600, 900);

QStringList picturesOf(const QString &guide)
{
    QFile f(guide);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList names;
    const QRegularExpression picture(QStringLiteral("!\\[[^\\]]*\\]\\(images/([^)]+)\\)"));
    for (auto it = picture.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();) {
        names << it.next().captured(1);
    }
    return names;
}

} // namespace

class TestGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_out;
};

void TestGuide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // The README's demo, made by the command line as scripts/run.sh makes it.
    m_demo = m_dir.filePath(QStringLiteral("launch-demo.gonogo"));
    QProcess make;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GONOGO"), QStringLiteral(GONOGO_BINARY));
    make.setProcessEnvironment(env);
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(QStringLiteral("bash"), {QStringLiteral(GONOGO_SOURCE_DIR "/scripts/make-demo.sh"), m_demo});
    QVERIFY(make.waitForFinished(120000));
    QVERIFY2(make.exitCode() == 0, make.readAll().constData());
    m_out = QStringLiteral(GONOGO_GUIDE_OUT);
    QVERIFY(QDir().mkpath(m_out));
}

void TestGuide::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("guide");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral(GONOGO_SOURCE_DIR "/docs/user-guide.md");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral(GONOGO_SOURCE_DIR "/docs/guia-del-usuario.md");
}

void TestGuide::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, guide);
    installTranslations(*qApp, language);
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    const QString copy = m_dir.filePath(QStringLiteral("demo-%1.gonogo").arg(language));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));

    QStringList made;
    auto shoot = [&](QWidget *w, const QString &name) {
        QApplication::processEvents();
        const QString file = QDir(m_out).filePath(name + suffix + QStringLiteral(".png"));
        QVERIFY2(w->grab().save(file), qPrintable(file));
        made << QFileInfo(file).fileName();
    };

    MainWindow w;
    w.secondScreenAction()->setChecked(false); // one screen: the room's view is this window
    w.resize(shotSize);
    QVERIFY(w.openFile(copy));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.size(), shotSize);
    // At the desk: an item with a gap chosen, as in the guide's first steps.
    w.checklist()->selectItem(QStringLiteral("PERF-06"));
    shoot(&w, QStringLiteral("guide-workspace"));
    w.tabs()->setCurrentIndex(3);
    shoot(&w, QStringLiteral("guide-agenda"));
    w.tabs()->setCurrentIndex(1);
    shoot(&w, QStringLiteral("guide-risks"));
    w.tabs()->setCurrentIndex(2);
    shoot(&w, QStringLiteral("guide-signoff"));
    // In the room: the checklist, then the roll call.
    w.tabs()->setCurrentIndex(0);
    w.setPresenting(true);
    shoot(&w, QStringLiteral("guide-room"));
    // The decision's words whole in either language (GO CON PRECAUCIÓN is longer than GO WITH CAUTION).
    QLabel *word = w.scoreboard()->bannerWord();
    QVERIFY2(word->height() >= word->fontMetrics().height(), qPrintable(word->text()));
    QVERIFY2(word->width() >= word->fontMetrics().horizontalAdvance(word->text()),
             qPrintable(QStringLiteral("%1: %2 px for %3 px")
                            .arg(word->text())
                            .arg(word->width())
                            .arg(word->fontMetrics().horizontalAdvance(word->text()))));
    w.tabs()->setCurrentIndex(4);
    shoot(&w, QStringLiteral("guide-poll"));
    w.setPresenting(false);

    // After go-live: the demo's launch and its two days run by scripts/demo-launch.sh, seen at T+48h.
    const QString launched = m_dir.filePath(QStringLiteral("launched-%1.gonogo").arg(language));
    QFile::remove(launched);
    QVERIFY(QFile::copy(m_demo, launched));
    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GONOGO"), QStringLiteral(GONOGO_BINARY));
    env.insert(QStringLiteral("GONOGO_LANG"), language);
    script.setProcessEnvironment(env);
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"), {QStringLiteral(GONOGO_SOURCE_DIR "/scripts/demo-launch.sh"), launched});
    QVERIFY(script.waitForFinished(120000));
    QVERIFY2(script.exitCode() == 0, script.readAll().constData());
    {
        MainWindow after;
        after.secondScreenAction()->setChecked(false);
        after.resize(shotSize);
        QVERIFY(after.openFile(launched));
        after.document()->setTimeSource([] { return QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC); });
        after.show();
        QVERIFY(QTest::qWaitForWindowExposed(&after));
        after.tabs()->setCurrentIndex(6);
        shoot(&after, QStringLiteral("guide-after-launch"));
    }

    PreferencesDialog preferences(w.preferenceChoices(), MainWindow::deskZoomLevels(), &w);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    shoot(&preferences, QStringLiteral("guide-preferences"));

    // Every picture the guide shows was made here, and the committed copy has the same size.
    const QStringList pictures = picturesOf(guide);
    QCOMPARE(pictures.size(), 8);
    for (const QString &name : pictures) {
        QVERIFY2(made.contains(name), qPrintable(name + QStringLiteral(" is in the guide but not made")));
        const QImage fresh(QDir(m_out).filePath(name));
        const QImage committed(QStringLiteral(GONOGO_SOURCE_DIR "/docs/images/") + name);
        QVERIFY2(!committed.isNull(), qPrintable(name + QStringLiteral(": run scripts/guide-images.sh")));
        QCOMPARE(committed.size(), fresh.size());
    }
    installTranslations(*qApp, QStringLiteral("en"));
}

int main(int argc, char *argv[])
{
    // One 1920x1080 screen; each picture installs its own language.
    return runWindowTest<TestGuide>(argc, argv, "tst_guide", {{"laptop", 0, 1920, 1080}}, false);
}

#include "tst_guide.moc"
