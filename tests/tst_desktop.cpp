// GoNoGo as a desktop program: the application ID, the desktop file, AppStream metainfo and MIME type (checked by
// the freedesktop.org tools and by Qt's own MIME database), Edit > Preferences applied at once and kept on disk,
// the language changed under a running window, Help > User Guide and Help > About.
#include "application.h"
#include "checklistpanel.h"
#include "decisiondocument.h"
#include "decisionfile.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "riskmodels.h"
#include "riskpanel.h"
#include "testsupport.h"
#include "theme.h"
#include "translations.h"
#include "userguide.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace gonogo;
using namespace testsupport;

namespace {

const QString desktopDir = QStringLiteral(GONOGO_SOURCE_DIR "/resources/desktop");

struct Tool
{
    int code = -1;
    QString output;
};

Tool runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        return {-2, QStringLiteral("%1 did not start or timed out: %2").arg(program, p.errorString())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, QString::fromUtf8(p.readAll())};
}

QStringList menuTitles(QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions()) {
        titles << a->text();
    }
    return titles;
}

// Every key sequence the window answers, with how many actions answer it.
QMap<QString, int> windowKeys(QMainWindow &w)
{
    QMap<QString, int> keys;
    for (QAction *a : w.actions()) {
        for (const QKeySequence &k : a->shortcuts()) {
            keys[k.toString()] += 1;
        }
    }
    return keys;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void appIdEverywhere();
    void desktopFileValidates();
    void metainfoValidates();
    void mimeTypeByContent();
    void preferencesAreStoredAndApplied();
    void actorNameGoesToTheAuditLog();
    void templateForNewDecisions();
    void languageChangesWithoutRestart();
    void qtDialogsAreTranslated();
    void spanishRiskWordsAgreeAndFit();
    void userGuideShowsItsPictures();
    void aboutNamesVersionLicenceAndQt();

private:
    QTemporaryDir m_dir;
    QString newDecision(const QString &name);
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDesktop::init()
{
    QSettings().clear();
    installTranslations(*qApp, QStringLiteral("en"));
    theme::currentScheme() = theme::Scheme::Standard;
}

QString TestDesktop::newDecision(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const Run r = gonogoRun({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Desktop check")});
    if (r.code != 0) {
        qWarning() << r.err;
    }
    return path;
}

void TestDesktop::appIdEverywhere()
{
    // What main() sets; the names the desktop file, the icon and the metainfo carry must agree with it.
    QCOMPARE(QGuiApplication::desktopFileName(), gonogo::applicationId());
    for (const QString &suffix : {QStringLiteral(".desktop"), QStringLiteral(".metainfo.xml"), QStringLiteral(".svg"),
                                  QStringLiteral(".xml")}) {
        QVERIFY2(QFileInfo::exists(desktopDir + QLatin1Char('/') + gonogo::applicationId() + suffix),
                 qPrintable(suffix));
    }
    const QByteArray metainfo = readFile(desktopDir + QStringLiteral("/org.gonogo.GoNoGo.metainfo.xml"));
    QVERIFY(metainfo.contains("<id>" + gonogo::applicationId().toUtf8() + "</id>"));
    QVERIFY(metainfo.contains("<launchable type=\"desktop-id\">" + gonogo::applicationId().toUtf8() + ".desktop"));
    const QByteArray desktop = readFile(desktopDir + QStringLiteral("/org.gonogo.GoNoGo.desktop"));
    QVERIFY(desktop.contains("\nIcon=" + gonogo::applicationId().toUtf8() + "\n"));
    // The preferences live under the application ID.
    QVERIFY2(QSettings().fileName().contains(gonogo::applicationId()), qPrintable(QSettings().fileName()));
    // The icon draws: not a blank square.
    const QImage icon = applicationIcon().pixmap(64, 64).toImage();
    QCOMPARE(icon.size(), QSize(64, 64));
    QVERIFY(qAlpha(icon.pixel(32, 32)) == 255);
    QVERIFY(qAlpha(icon.pixel(0, 0)) == 0);
}

void TestDesktop::desktopFileValidates()
{
    const Tool t =
        runTool(QStringLiteral("desktop-file-validate"), {desktopDir + QStringLiteral("/org.gonogo.GoNoGo.desktop")});
    QVERIFY2(t.code == 0 && t.output.trimmed().isEmpty(), qPrintable(t.output));
}

void TestDesktop::metainfoValidates()
{
    const Tool t = runTool(QStringLiteral("appstreamcli"),
                           {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                            desktopDir + QStringLiteral("/org.gonogo.GoNoGo.metainfo.xml")});
    QVERIFY2(t.code == 0, qPrintable(t.output));
    // The screenshots it names are the guide's, made by tst_guide and kept in docs/images.
    const QString metainfo =
        QString::fromUtf8(readFile(desktopDir + QStringLiteral("/org.gonogo.GoNoGo.metainfo.xml")));
    const QRegularExpression shot(QStringLiteral("screenshots/([a-z-]+\\.png)"));
    int shots = 0;
    for (auto it = shot.globalMatch(metainfo); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(QFileInfo::exists(QStringLiteral(GONOGO_SOURCE_DIR "/docs/images/") + name), qPrintable(name));
        ++shots;
    }
    QVERIFY(shots >= 3);
}

void TestDesktop::mimeTypeByContent()
{
    // The package's MIME type installed beside the system's, in one database, as the package's trigger runs
    // update-mime-database on /usr/share/mime. (Qt 6.4 lets a later database's magic override an earlier one's
    // whatever the priorities, so a database of its own would not show what an installed system does.)
    QTemporaryDir data;
    QDir().mkpath(data.filePath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(desktopDir + QStringLiteral("/org.gonogo.GoNoGo.xml"),
                        data.filePath(QStringLiteral("mime/packages/org.gonogo.GoNoGo.xml"))));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        data.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
    const Tool t = runTool(QStringLiteral("update-mime-database"), {data.filePath(QStringLiteral("mime"))});
    QVERIFY2(t.code == 0, qPrintable(t.output));
    QVERIFY(QFileInfo::exists(data.filePath(QStringLiteral("mime/mime.cache"))));
    // A helper process reads it (Qt reads the MIME folders once per process): each file's type by content alone.
    const QString decision = newDecision(QStringLiteral("renamed.bin"));
    const QString plain = m_dir.filePath(QStringLiteral("plain.gonogo"));
    QFile::remove(plain);
    {
        const Run made = gonogoRun({QStringLiteral("new"), m_dir.filePath(QStringLiteral("other.gonogo"))});
        QCOMPARE(made.code, 0);
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("other.gonogo")), plain));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(68));
        QVERIFY(f.write(QByteArray(4, '\0')) == 4); // application_id 0: an SQLite file, not a decision
    }
    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), data.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.filePath(QStringLiteral("home")));
    helper.setProcessEnvironment(env);
    helper.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--mime-of"), decision, plain});
    QVERIFY(helper.waitForFinished(30000));
    const QStringList types = QString::fromUtf8(helper.readAllStandardOutput()).split(QLatin1Char('\n'));
    QCOMPARE(types.value(0), QStringLiteral("application/x-gonogo"));
    // An SQLite file that is not a decision stays an SQLite database, whatever its name.
    QCOMPARE(types.value(1), QStringLiteral("application/vnd.sqlite3"));
}

void TestDesktop::preferencesAreStoredAndApplied()
{
    const QString path = newDecision(QStringLiteral("prefs.gonogo"));
    MainWindow w;
    QVERIFY(w.openFile(path));
    w.show();
    PreferenceChoices c = w.preferenceChoices();
    QCOMPARE(c.pageSize, QStringLiteral("A4"));
    QCOMPARE(c.templateSource, QStringLiteral("p020"));
    QCOMPARE(c.zoom, 100);
    QVERIFY(!c.highContrast);

    // Through the dialog, as the facilitator does it: each box changed, then OK.
    PreferencesDialog dialog(c, MainWindow::deskZoomLevels(), &w);
    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(QStringLiteral("Letter")));
    dialog.zoomBox()->setCurrentIndex(dialog.zoomBox()->findData(125));
    dialog.themeBox()->setCurrentIndex(1);
    dialog.nameField()->setText(QStringLiteral("  Sofía   Marín "));
    const PreferenceChoices chosen = dialog.choices();
    QCOMPARE(chosen.actorName, QStringLiteral("Sofía Marín"));
    QVERIFY(w.applyPreferences(chosen));

    // On disk, read back from the file itself.
    QSettings onDisk(QSettings().fileName(), QSettings::IniFormat);
    QCOMPARE(onDisk.value(QStringLiteral("report/pageSize")).toString(), QStringLiteral("Letter"));
    QCOMPARE(onDisk.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("highContrast"));
    QCOMPARE(onDisk.value(QStringLiteral("user/name")).toString(), QStringLiteral("Sofía Marín"));
    QCOMPARE(onDisk.value(w.deskZoomKey()).toInt(), 125);
    // In the window, at once.
    QCOMPARE(w.zoom(), 125);
    QVERIFY(theme::highContrast());
    QVERIFY(w.highContrastAction()->isChecked());
    QCOMPARE(w.font().pointSizeF(), QApplication::font().pointSizeF() * 1.25);
    QCOMPARE(w.preferenceChoices(), chosen);
    // File > Page Size shows the paper chosen.
    int checkedLetter = 0;
    for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
        if (a->isCheckable() && a->isChecked() && a->data().toString() == QLatin1String("Letter")) {
            ++checkedLetter;
        }
    }
    QCOMPARE(checkedLetter, 1);
    // A new window starts from them.
    MainWindow again;
    QCOMPARE(again.preferenceChoices().pageSize, QStringLiteral("Letter"));
    QCOMPARE(again.highContrastAction()->isChecked(), true);
}

void TestDesktop::actorNameGoesToTheAuditLog()
{
    const QString path = newDecision(QStringLiteral("actor.gonogo"));
    MainWindow w;
    QVERIFY(w.openFile(path));
    w.show();
    // Before: the login name.
    QCOMPARE(w.document()->actor(), DecisionFile::defaultActor());
    PreferenceChoices c = w.preferenceChoices();
    c.actorName = QStringLiteral("Sofía Marín");
    QVERIFY(w.applyPreferences(c));
    // A status set as the facilitator sets it: click the row, press 1 (a shortcut of the active window; the
    // offscreen platform has no window manager to make it active).
    QApplication::setActiveWindow(&w);
    w.checklist()->selectItem(QStringLiteral("SEC-01"));
    QTreeView *tree = w.checklist()->tree();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                      tree->visualRect(tree->currentIndex()).center());
    QCOMPARE(w.checklist()->currentItemId(), QStringLiteral("SEC-01"));
    QTest::keyClick(tree, Qt::Key_1);
    const QVariantList actors =
        readCommitted(path, QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'item:SEC-01' ORDER BY seq "
                                           "DESC LIMIT 1"));
    QCOMPARE(actors.value(0).toString(), QStringLiteral("Sofía Marín"));
    // And for a file opened later.
    w.close();
    MainWindow later;
    QVERIFY(later.openFile(path));
    QCOMPARE(later.document()->actor(), QStringLiteral("Sofía Marín"));
}

void TestDesktop::templateForNewDecisions()
{
    MainWindow w;
    PreferencesDialog dialog(w.preferenceChoices(), MainWindow::deskZoomLevels(), &w);
    // A file that is no checklist is named and refused; the choice stays as it was.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(broken, QByteArray("{\"categories\": [")));
    QVERIFY(!dialog.chooseTemplateFile(broken));
    QCOMPARE(dialog.choices().templateSource, QStringLiteral("p020"));
    const auto notes = dialog.findChildren<QLabel *>();
    const bool named = std::any_of(notes.cbegin(), notes.cend(),
                                   [](QLabel *l) { return l->text().contains(QLatin1String("broken.json")); });
    QVERIFY(named);
    // A real checklist is taken, with its size said.
    const QString csv = QStringLiteral(GONOGO_FIXTURES "/real-checklists/deon-data-science-ethics.yml");
    QVERIFY2(QFileInfo::exists(csv), qPrintable(csv));
    QVERIFY(dialog.chooseTemplateFile(csv));
    QCOMPARE(dialog.choices().templateSource, QFileInfo(csv).absoluteFilePath());
    QVERIFY(w.applyPreferences(dialog.choices()));
    // File > New Decision now makes decisions from it.
    const QString made = m_dir.filePath(QStringLiteral("from-template.gonogo"));
    QFile::remove(made);
    QVERIFY(w.createFile(made, w.preferenceChoices().templateSource, QStringLiteral("From CSV")));
    const auto expected = TemplateImport::fromFile(csv);
    QVERIFY(expected);
    QCOMPARE(committedSnapshot(made).items.size(), expected.value().itemCount());
}

void TestDesktop::languageChangesWithoutRestart()
{
    const QString path = newDecision(QStringLiteral("language.gonogo"));
    MainWindow w;
    QVERIFY(w.openFile(path));
    w.show();
    w.checklist()->selectItem(QStringLiteral("PERF-03"));
    w.tabs()->setCurrentIndex(1);
    const QStringList english = menuTitles(w);
    QCOMPARE(english.value(0), QStringLiteral("&File"));
    const QMap<QString, int> keysBefore = windowKeys(w);

    PreferenceChoices c = w.preferenceChoices();
    c.language = QStringLiteral("es");
    QVERIFY(w.applyPreferences(c));
    // The menus and views are made again once Qt has told every widget; no restart.
    QTRY_COMPARE(menuTitles(w).value(0), QStringLiteral("&Archivo"));
    const QStringList spanish = menuTitles(w);
    QCOMPARE(spanish.size(), english.size());
    QVERIFY2(w.tabs()->tabText(0).startsWith(QStringLiteral("Lista de control")), qPrintable(w.tabs()->tabText(0)));
    // What the facilitator was looking at is kept, and the file stays open.
    QCOMPARE(w.tabs()->currentIndex(), 1);
    QCOMPARE(w.checklist()->currentItemId(), QStringLiteral("PERF-03"));
    QVERIFY(w.document());
    // Every key still does one thing: the old menus' actions are gone, not doubled.
    QCOMPARE(windowKeys(w), keysBefore);
    // Stored, and used by the next start.
    QSettings onDisk(QSettings().fileName(), QSettings::IniFormat);
    QCOMPARE(onDisk.value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));

    // A new decision made now takes the built-in template's Spanish texts.
    const QString made = m_dir.filePath(QStringLiteral("nueva.gonogo"));
    QFile::remove(made);
    QVERIFY(w.createFile(made, QStringLiteral("p020"), QStringLiteral("Lanzamiento")));
    QCOMPARE(committedSnapshot(made).categories.value(0).name, QStringLiteral("Seguridad"));

    c.language = QStringLiteral("en");
    QVERIFY(w.applyPreferences(c));
    QTRY_COMPARE(menuTitles(w), english);
    QCOMPARE(windowKeys(w), keysBefore);
}

void TestDesktop::qtDialogsAreTranslated()
{
    installTranslations(*qApp, QStringLiteral("es"));
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
    const QString close = box.button(QDialogButtonBox::Close)->text();
    installTranslations(*qApp, QStringLiteral("en"));
    QVERIFY2(cancel.contains(QStringLiteral("Cancelar")), qPrintable(cancel));
    QVERIFY2(close.contains(QStringLiteral("Cerrar")), qPrintable(close));
}

void TestDesktop::spanishRiskWordsAgreeAndFit()
{
    installTranslations(*qApp, QStringLiteral("es"));
    // Probabilidad is feminine, impacto masculine: "probabilidad Alta, impacto Alto".
    const QStringList likelihood{displayName(Likelihood::High), displayName(Likelihood::Medium),
                                 displayName(Likelihood::Low)};
    const QStringList impact{displayName(Impact::Critical), displayName(Impact::High), displayName(Impact::Medium),
                             displayName(Impact::Low)};
    // The register's level chips are whole: AMARILLO was cut to AMARI... in a column sized for YELLOW.
    const QString path = newDecision(QStringLiteral("riesgos.gonogo"));
    int levelWidth = 0;
    int needed = 0;
    {
        MainWindow w;
        QVERIFY(w.openFile(path));
        w.resize(1280, 720);
        w.show();
        QTableView *table = w.risks()->register_();
        levelWidth = table->horizontalHeader()->sectionSize(RiskModel::LevelColumn);
        QFont bold = table->font();
        bold.setBold(true);
        for (RiskLevel level : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
            needed = std::max(needed, QFontMetrics(bold).horizontalAdvance(displayName(level).toUpper()) + 28);
        }
    }
    installTranslations(*qApp, QStringLiteral("en"));
    QCOMPARE(likelihood, (QStringList{QStringLiteral("Alta"), QStringLiteral("Media"), QStringLiteral("Baja")}));
    QCOMPARE(impact, (QStringList{QStringLiteral("Crítico"), QStringLiteral("Alto"), QStringLiteral("Medio"),
                                  QStringLiteral("Bajo")}));
    QVERIFY2(levelWidth >= needed, qPrintable(QStringLiteral("%1 px for %2 px").arg(levelWidth).arg(needed)));
}

void TestDesktop::userGuideShowsItsPictures()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        installTranslations(*qApp, language);
        MainWindow w;
        w.show();
        w.userGuideAction()->trigger();
        auto *guide = w.findChild<UserGuide *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QTextDocument *doc = guide->browser()->document();
        QCOMPARE(guide->browser()->source(), UserGuide::source(QLocale(language)));
        // The headings of the meeting's steps, in the guide's language.
        const QString first = doc->firstBlock().text();
        QVERIFY2(first.contains(language == QLatin1String("es") ? QStringLiteral("Guía") : QStringLiteral("guide")),
                 qPrintable(first));
        // Every picture it names loads from the program itself, and fits the window.
        int pictures = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (!f.isImageFormat()) {
                    continue;
                }
                const QString name = f.toImageFormat().name();
                const QVariant image = guide->browser()->loadResource(QTextDocument::ImageResource,
                                                                      guide->browser()->source().resolved(QUrl(name)));
                QVERIFY2(image.canConvert<QImage>() && !image.value<QImage>().isNull(), qPrintable(name));
                QVERIFY(image.value<QImage>().width() <= guide->browser()->viewport()->width());
                ++pictures;
            }
        }
        // Every picture the guide's text names, counted in the Markdown source.
        QFile markdown(QStringLiteral(GONOGO_SOURCE_DIR "/docs/") + (language == QLatin1String("en")
                                                                         ? QStringLiteral("user-guide.md")
                                                                         : QStringLiteral("guia-del-usuario.md")));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const int named = int(QString::fromUtf8(markdown.readAll()).count(QStringLiteral("](images/")));
        QVERIFY(named >= 8);
        QCOMPARE(pictures, named);
        // For a person to look at: the guide's window, scrolled to its first picture.
        guide->browser()->verticalScrollBar()->setValue(guide->browser()->verticalScrollBar()->maximum() / 8);
        guide->grab().save(QStringLiteral("user-guide-%1.png").arg(language));
    }
    installTranslations(*qApp, QStringLiteral("en"));
}

void TestDesktop::aboutNamesVersionLicenceAndQt()
{
    MainWindow w;
    w.show();
    QString text;
    QTimer::singleShot(0, &w, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            text = box->text() + box->informativeText();
            box->grab().save(QStringLiteral("about.png")); // for a person to look at
            box->close();
        }
    });
    w.aboutAction()->trigger();
    QVERIFY2(text.contains(QStringLiteral(GONOGO_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Licence")), qPrintable(text));
    QVERIFY2(text.contains(gonogo::applicationId()), qPrintable(text));
}

int main(int argc, char *argv[])
{
    // The helper for mimeTypeByContent: each file's MIME type from its content, one per line.
    if (argc > 1 && qstrcmp(argv[1], "--mime-of") == 0) {
        QCoreApplication app(argc, argv);
        QMimeDatabase db;
        QTextStream out(stdout);
        for (int i = 2; i < argc; ++i) {
            out << db.mimeTypeForFile(QString::fromLocal8Bit(argv[i]), QMimeDatabase::MatchContent).name() << '\n';
        }
        return 0;
    }
    describeApplication();
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop"));
    TestDesktop test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktop.moc"
