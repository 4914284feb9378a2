#include "checklisttemplate.h"

#include "import/importsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gonogo {

using namespace importing;

namespace {

// Translation context of the importers.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::TemplateImport)
};

} // namespace

int ChecklistTemplate::itemCount() const
{
    int n = 0;
    for (const TemplateCategory &c : categories) {
        n += static_cast<int>(c.items.size());
    }
    return n;
}

int ChecklistTemplate::criticalCount() const
{
    int n = 0;
    for (const TemplateCategory &c : categories) {
        for (const TemplateItem &i : c.items) {
            n += i.critical ? 1 : 0;
        }
    }
    return n;
}

QStringList TemplateImport::builtInNames()
{
    return {QStringLiteral("p020")};
}

QStringList TemplateImport::builtInLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

Result<ChecklistTemplate> TemplateImport::builtIn(const QString &name, const QString &language)
{
    const QString key = name.trimmed().toLower();
    if (!builtInNames().contains(key)) {
        return Error{ErrorKind::InvalidInput, Text::tr("There is no built-in template called \"%1\" (available: %2).")
                                                  .arg(name, builtInNames().join(QStringLiteral(", ")))};
    }
    const QString lang = language.left(2).toLower();
    const QString translated = QStringLiteral(":/templates/%1.%2.json").arg(key, lang);
    QFile f(lang != QLatin1String("en") && QFile::exists(translated) ? translated
                                                                     : QStringLiteral(":/templates/%1.json").arg(key));
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Text::tr("The built-in template \"%1\" is missing from this build.").arg(name)};
    }
    return fromJson(f.readAll(), key);
}

QString TemplateImport::filePatterns()
{
    return QStringLiteral("*.json *.csv *.md *.markdown *.yml *.yaml");
}

Result<ChecklistTemplate> TemplateImport::fromFile(const QString &path, const ImportOptions &options)
{
    const QString source = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!QFileInfo(path).isFile()) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 does not exist or is not a file.").arg(source)};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, Text::tr("%1 cannot be read: %2").arg(source, f.errorString())};
    }
    if (f.size() > 16 * 1024 * 1024) {
        return Error{ErrorKind::InvalidInput, Text::tr("%1 is larger than 16 MiB; it is not a checklist.").arg(source)};
    }
    const QByteArray data = f.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool markdown = suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
    if (!options.criticalColumn.isEmpty() && !markdown) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1: --critical-column reads the columns of Markdown tables; this is not a Markdown "
                              "file. Mark critical items in the file itself.")
                         .arg(source)};
    }
    if (suffix == QLatin1String("json")) {
        return fromJson(data, source);
    }
    if (suffix == QLatin1String("csv")) {
        return fromCsv(data, source);
    }
    if (markdown) {
        return fromMarkdown(data, source, options);
    }
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml")) {
        return fromYaml(data, source);
    }
    return Error{ErrorKind::InvalidInput,
                 Text::tr("%1: unknown checklist format \".%2\"; use .json, .csv, .md or .yml.").arg(source, suffix)};
}

Result<ChecklistTemplate> TemplateImport::fromJson(const QByteArray &data, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return at(source, line, column, Text::tr("invalid JSON: %1.").arg(parseError.errorString()));
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("categories")).isArray()) {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1: a checklist template is a JSON object with a \"categories\" list.").arg(source)};
    }
    const QJsonObject root = doc.object();
    ChecklistTemplate t;
    t.name = root.value(QStringLiteral("name")).toString(QFileInfo(source).completeBaseName());
    QSet<QString> codes;
    const QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    for (int ci = 0; ci < categories.size(); ++ci) {
        const QJsonObject c = categories.at(ci).toObject();
        const QString where = QStringLiteral("categories[%1]").arg(ci);
        TemplateCategory category;
        category.name = c.value(QStringLiteral("name")).toString().trimmed();
        if (category.name.isEmpty()) {
            return Error{ErrorKind::InvalidInput, Text::tr("%1, %2: the category has no name.").arg(source, where)};
        }
        category.code = c.value(QStringLiteral("code")).toString().trimmed().toUpper();
        if (category.code.isEmpty()) {
            category.code = categoryCodeFor(category.name, codes);
        } else if (!idPattern().match(category.code).hasMatch() || codes.contains(category.code)) {
            return Error{ErrorKind::InvalidInput, Text::tr("%1, %2: the category code \"%3\" is invalid or used twice.")
                                                      .arg(source, where, category.code)};
        }
        codes.insert(category.code);
        const QJsonArray items = c.value(QStringLiteral("items")).toArray();
        for (int ii = 0; ii < items.size(); ++ii) {
            const QJsonObject o = items.at(ii).toObject();
            const QString itemWhere = QStringLiteral("%1.items[%2]").arg(where, QString::number(ii));
            TemplateItem item;
            item.id = o.value(QStringLiteral("id")).toString().trimmed();
            item.title = o.value(QStringLiteral("title")).toString().trimmed();
            item.description = o.value(QStringLiteral("description")).toString().trimmed();
            item.evidenceRequired = o.value(QStringLiteral("evidence")).toString().trimmed();
            item.owner = o.value(QStringLiteral("owner")).toString().trimmed();
            const QJsonValue critical = o.value(QStringLiteral("critical"));
            if (!critical.isUndefined() && !critical.isBool()) {
                return Error{ErrorKind::InvalidInput,
                             Text::tr("%1, %2: \"critical\" must be true or false.").arg(source, itemWhere)};
            }
            item.critical = critical.toBool(false);
            if (item.title.isEmpty()) {
                return Error{ErrorKind::InvalidInput,
                             Text::tr("%1, %2: the item has no title.").arg(source, itemWhere)};
            }
            if (!item.id.isEmpty() && !idPattern().match(item.id).hasMatch()) {
                return Error{ErrorKind::InvalidInput,
                             Text::tr("%1, %2: \"%3\" is not a valid item ID.").arg(source, itemWhere, item.id)};
            }
            category.items.append(item);
        }
        t.categories.append(category);
    }
    // JSON has no useful line per item: report duplicates by ID.
    QSet<QString> ids;
    for (const TemplateCategory &c : t.categories) {
        for (const TemplateItem &i : c.items) {
            if (!i.id.isEmpty() && ids.contains(i.id.toUpper())) {
                return Error{ErrorKind::InvalidInput, Text::tr("%1: the item ID %2 is used twice.").arg(source, i.id)};
            }
            ids.insert(i.id.toUpper());
        }
    }
    if (auto done = finish(t, source); !done) {
        return done.error();
    }
    return t;
}

} // namespace gonogo
