// A checklist to start a decision file from: the built-in P020 template, or a user's JSON, CSV, Markdown or YAML
// file.
// Import is all or nothing: an error names the line (and column) and no template is returned.
#pragma once

#include "domain.h"
#include "result.h"

#include <QByteArray>

namespace gonogo {

struct TemplateItem
{
    QString id;
    QString title;
    QString description;
    QString evidenceRequired;
    QString owner;
    bool critical = false;
    int sourceLine = 0;
};

struct TemplateCategory
{
    QString code;
    QString name;
    QVector<TemplateItem> items;
};

struct ChecklistTemplate
{
    QString name;
    QVector<TemplateCategory> categories;

    int itemCount() const;
    int criticalCount() const;
};

// How to read a checklist beyond its own text.
struct ImportOptions
{
    // Markdown tables: the column that marks an item critical ("Level A"), and the value that does (empty: any
    // value but an empty cell or a "no" such as no, false, 0, -, ❌).
    QString criticalColumn;
    QString criticalValue;

    // "NAME" or "NAME=VALUE", as the command line's --critical-column takes it.
    static ImportOptions criticalColumnFrom(const QString &argument);
};

class TemplateImport
{
public:
    static QStringList builtInNames(); // {"p020"}
    // In LANGUAGE ("en", "es"; a locale name such as "es_ES" too) where the template has that language's texts
    // (category names and descriptions, item titles and the evidence each requires), else in English. The IDs,
    // the critical marks and the owners' roles are the same in every language.
    static Result<ChecklistTemplate> builtIn(const QString &name, const QString &language = QStringLiteral("en"));
    static QStringList builtInLanguages(); // {"en", "es"}

    // Chooses the reader by extension: .json, .csv, .md/.markdown, .yml/.yaml.
    static Result<ChecklistTemplate> fromFile(const QString &path, const ImportOptions &options = {});
    // The file name patterns fromFile reads, for a file dialog: "*.json *.csv *.md *.markdown *.yml *.yaml".
    static QString filePatterns();

    static Result<ChecklistTemplate> fromJson(const QByteArray &data, const QString &source);
    static Result<ChecklistTemplate> fromCsv(const QByteArray &data, const QString &source);
    static Result<ChecklistTemplate> fromMarkdown(const QByteArray &data, const QString &source,
                                                  const ImportOptions &options = {});
    static Result<ChecklistTemplate> fromYaml(const QByteArray &data, const QString &source);

    // Strips Markdown and HTML inline markup to plain text: links keep their text, entities are decoded.
    static QString plainText(const QString &markdown);
    // The same, for reading: paragraphs and list items on their own lines, a link's target after its text
    // ("Packer (https://www.packer.io/)"), known emoji shortcodes as emoji.
    static QString readableText(const QString &markup);
};

} // namespace gonogo
