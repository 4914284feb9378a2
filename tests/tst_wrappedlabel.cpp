// WrappedLabel (views/wrappedlabel.h) answers a layout's height questions as QLabel does, from memory when the
// same width is asked again, and never from memory once its text or settings changed. In the item detail panel,
// a status change lays out only the label whose text changed.
#include "widgetsupport.h"

#include "checklistpanel.h"
#include "decisiondocument.h"
#include "itemdetailpanel.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "wrappedlabel.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gonogo;
using namespace testsupport;

namespace {

const QStringList texts{
    QStringLiteral("Route inventory with auth requirement per route; automated test proving 401 on unauthenticated "
                   "requests to every protected endpoint."),
    QStringLiteral("Short."),
    QStringLiteral("Averyveryverylongwordwithoutanyplacetobreakitatall plus a few more words after it"),
    QStringLiteral("Dos líneas:\nla segunda es más larga que la primera, y se parte en varias al estrecharla"),
    QStringLiteral("मुख्य सेवाओं के लिए निगरानी और चेतावनी की व्यवस्था पूरी तरह से काम कर रही है"),
    QStringLiteral("所有面向用户的端点都需要身份验证，匿名访问仅限于明确记录的地方。"),
};

// A QLabel set up as LABEL is, for the expected answers.
void copySettings(const QLabel &from, QLabel &to)
{
    to.setTextFormat(from.textFormat());
    to.setWordWrap(from.wordWrap());
    to.setFont(from.font());
    to.setContentsMargins(from.contentsMargins());
    to.setMargin(from.margin());
    to.setIndent(from.indent());
    to.setAlignment(from.alignment());
    to.setTextInteractionFlags(from.textInteractionFlags());
    to.setText(from.text());
}

void compareAtWidths(const WrappedLabel &label)
{
    QLabel plain;
    copySettings(label, plain);
    for (int width = 30; width <= 700; width += 37) {
        const int expected = plain.heightForWidth(width);
        QCOMPARE(label.heightForWidth(width), expected);
        QCOMPARE(label.heightForWidth(width), expected); // the second time from memory
    }
}

} // namespace

class TestWrappedLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void answersAsQLabelDoes()
    {
        for (const QString &text : texts) {
            WrappedLabel label(text);
            compareAtWidths(label);
            label.setTextInteractionFlags(Qt::TextSelectableByMouse);
            compareAtWidths(label);
        }
    }

    void remembersTheWidthsItWasAskedAbout()
    {
        WrappedLabel label(texts.first());
        for (int round = 0; round < 5; ++round) {
            for (int width : {256, 246, 214}) {
                QVERIFY(label.heightForWidth(width) > 0);
            }
        }
        QCOMPARE(label.heightsLaidOut(), 3);
    }

    // Each change gives an answer that differs from the remembered one at the width asked, so a stale answer fails.
    void forgetsWhenWhatItShowsChanges()
    {
        WrappedLabel label(texts.first());
        const int width = 150;
        int before = label.heightForWidth(width);
        const auto changed = [&](const char *what) {
            QLabel plain;
            copySettings(label, plain);
            const int now = label.heightForWidth(width);
            QVERIFY2(now != before, what);
            QCOMPARE(now, plain.heightForWidth(width));
            before = now;
        };
        label.setText(texts.at(1));
        changed("text");
        label.setText(texts.first());
        changed("text back");
        QFont bigger = label.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        label.setFont(bigger);
        changed("font");
        label.setContentsMargins(0, 20, 0, 20);
        changed("contents margins");
        label.setMargin(12);
        changed("margin");
        label.setIndent(60);
        changed("indent");
        label.setWordWrap(false);
        changed("word wrap");
    }

    // The detail panel's wrapped labels: a status change lays out again the one whose text changed ("Last
    // changed ...") and none of the others.
    void aStatusChangeLaysOutOnlyTheChangedLabel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("labels.gonogo"));
        QVERIFY(gonogoRun({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Labels")}).code ==
                0);
        QString id;
        {
            MainWindow window;
            window.resize(1600, 1000);
            QVERIFY(window.openFile(path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *panel = window.findChild<ItemDetailPanel *>();
            QVERIFY(panel);
            const QList<WrappedLabel *> labels = panel->findChildren<WrappedLabel *>();
            QCOMPARE(labels.size(), 6);
            QCoreApplication::processEvents();

            QHash<WrappedLabel *, QString> texts;
            QHash<WrappedLabel *, int> laidOut;
            for (WrappedLabel *label : labels) {
                texts[label] = label->text();
                laidOut[label] = label->heightsLaidOut();
            }
            id = panel->itemId();
            QVERIFY(!id.isEmpty());
            QVERIFY(window.document()->setStatus({id}, Status::Pass));
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();

            int changedLabels = 0;
            for (WrappedLabel *label : labels) {
                if (label->text() != texts[label]) {
                    ++changedLabels;
                    QVERIFY(label->heightsLaidOut() > laidOut[label]);
                } else {
                    QVERIFY2(label->heightsLaidOut() == laidOut[label], qPrintable(label->text()));
                }
            }
            QCOMPARE(changedLabels, 1);
        } // the window closes the file
        QCOMPARE(rawQuery(path, {QStringLiteral("SELECT status FROM item WHERE id = '%1'").arg(id)}).value(0),
                 QVariant(QStringLiteral("PASS")));
    }
};

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"
