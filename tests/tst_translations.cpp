// English and Spanish stay complete: every string lupdate finds in the sources is in both catalogues, none that the
// sources no longer have, every Spanish entry is translated and keeps the same placeholders as its source, and
// every counted string ("%n ...") has its plural forms in both.
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
    bool numerus = false; // <message numerus="yes">
    QStringList numerusForms;
};

QVector<Message> readTs(const QString &path)
{
    QVector<Message> list;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return list;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                current = Message{context, {}, {}, {}, false, {}};
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translation = xml.readElementText();
                } // else its <numerusform> children come next
            } else if (xml.name() == QLatin1String("numerusform")) {
                current.numerusForms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            list.append(current);
        }
    }
    return list;
}

QSet<QString> keys(const QVector<Message> &list, bool includeObsolete)
{
    QSet<QString> set;
    for (const Message &m : list) {
        if (includeObsolete || (m.type != QLatin1String("obsolete") && m.type != QLatin1String("vanished"))) {
            set.insert(m.context + QLatin1Char('|') + m.source);
        }
    }
    return set;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList list;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        list << it.next().captured(0);
    }
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishIsComplete();
    void nothingVanished();
    void countsHavePluralForms();
    void catalogueMatchesSources();
    void englishShowsTheSource();
};

void TestTranslations::spanishIsComplete()
{
    const auto es = readTs(QStringLiteral(GONOGO_SOURCE_DIR "/translations/gonogo_es.ts"));
    QVERIFY(es.size() > 100);
    for (const Message &m : es) {
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished")) {
            continue;
        }
        QVERIFY2(m.type != QLatin1String("unfinished"), qPrintable(m.context + QStringLiteral(": ") + m.source));
        const QStringList forms = m.numerusForms.isEmpty() ? QStringList{m.translation} : m.numerusForms;
        for (const QString &t : forms) {
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(m.source));
            QCOMPARE(placeholders(t), placeholders(m.source));
        }
    }
    const auto en = readTs(QStringLiteral(GONOGO_SOURCE_DIR "/translations/gonogo_en.ts"));
    QCOMPARE(keys(en, false), keys(es, false));
}

void TestTranslations::nothingVanished()
{
    // An entry the sources no longer have is dead weight that lupdate -no-obsolete removes; left in, it hides a
    // string renamed in the sources without its translation following.
    for (const char *ts : {"/translations/gonogo_en.ts", "/translations/gonogo_es.ts"}) {
        for (const Message &m : readTs(QStringLiteral(GONOGO_SOURCE_DIR) + QLatin1String(ts))) {
            QVERIFY2(
                m.type != QLatin1String("obsolete") && m.type != QLatin1String("vanished"),
                qPrintable(QLatin1String(ts) + QStringLiteral(": ") + m.context + QStringLiteral(": ") + m.source));
        }
    }
}

void TestTranslations::countsHavePluralForms()
{
    // A count shown in words needs its plural forms: "1 fallido", "3 fallidos"; "1 item", "2 items".
    int counted = 0;
    for (const Message &m : readTs(QStringLiteral(GONOGO_SOURCE_DIR "/translations/gonogo_es.ts"))) {
        const QString what = m.context + QStringLiteral(": ") + m.source;
        if (!m.source.contains(QStringLiteral("%n"))) {
            QVERIFY2(!m.numerus, qPrintable(what));
            continue;
        }
        ++counted;
        QVERIFY2(m.numerus, qPrintable(what + QStringLiteral(" is counted but has no plural forms")));
        QCOMPARE(m.numerusForms.size(), 2); // Spanish: one, other
        for (const QString &form : m.numerusForms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(what));
        }
    }
    QVERIFY(counted >= 30);
    for (const Message &m : readTs(QStringLiteral(GONOGO_SOURCE_DIR "/translations/gonogo_en.ts"))) {
        if (m.source.contains(QStringLiteral("%n"))) {
            QVERIFY2(m.numerus, qPrintable(m.context + QStringLiteral(": ") + m.source));
        }
    }
}

void TestTranslations::catalogueMatchesSources()
{
    const QString lupdate = QStringLiteral(GONOGO_LUPDATE);
    QVERIFY2(QFileInfo::exists(lupdate), "lupdate is not installed (scripts/setup.sh installs qt6-l10n-tools)");
    QStringList sources;
    for (const char *dir : {"/app", "/views", "/models"}) {
        QDirIterator it(QStringLiteral(GONOGO_SOURCE_DIR) + QLatin1String(dir), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            sources << it.next();
        }
    }
    QTemporaryDir tmp;
    const QString ts = tmp.filePath(QStringLiteral("fresh.ts"));
    QProcess p;
    p.start(lupdate, QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")} +
                         sources + QStringList{QStringLiteral("-ts"), ts});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QSet<QString> fresh = keys(readTs(ts), false);
    const QSet<QString> es = keys(readTs(QStringLiteral(GONOGO_SOURCE_DIR "/translations/gonogo_es.ts")), false);
    const QSet<QString> missing = fresh - es;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in gonogo_es.ts: ") +
                                           QStringList(missing.values()).join(QStringLiteral("\n"))));
    const QSet<QString> stale = es - fresh;
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer in the sources: ") +
                                         QStringList(stale.values()).join(QStringLiteral("\n"))));
}

void TestTranslations::englishShowsTheSource()
{
    // English is the source text. Its catalogue only gives plural forms; a guess lupdate filled in from a similar
    // string ("%1: %2 {1,?}" for "%1, %2") would be shown instead of the source, since lrelease keeps unfinished
    // entries. So an English entry is either empty or has plural forms that keep the placeholders.
    const auto en = readTs(QStringLiteral(GONOGO_SOURCE_DIR "/translations/gonogo_en.ts"));
    QVERIFY(en.size() > 100);
    for (const Message &m : en) {
        const QString what = m.context + QStringLiteral(": ") + m.source + QStringLiteral(" => ") + m.translation;
        if (!m.source.contains(QStringLiteral("%n"))) {
            QVERIFY2(m.translation.trimmed().isEmpty() || m.translation == m.source, qPrintable(what));
        } else if (m.source.contains(QStringLiteral("(s)")) || m.source.contains(QStringLiteral("(ies)"))) {
            // "%n page(s)" needs its English forms, "1 page" and "2 pages".
            QCOMPARE(m.numerusForms.size(), 2);
            for (const QString &form : m.numerusForms) {
                QVERIFY2(!form.trimmed().isEmpty() && !form.contains(QStringLiteral("(s)")) &&
                             !form.contains(QStringLiteral("(ies)")),
                         qPrintable(what));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
