// A checklist to start a decision file from: the built-in P020 template, or a user's JSON, CSV or Markdown file.
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

class TemplateImport
{
public:
    static QStringList builtInNames(); // {"p020"}
    static Result<ChecklistTemplate> builtIn(const QString &name);

    // Chooses the reader by extension: .json, .csv, .md/.markdown.
    static Result<ChecklistTemplate> fromFile(const QString &path);

    static Result<ChecklistTemplate> fromJson(const QByteArray &data, const QString &source);
    static Result<ChecklistTemplate> fromCsv(const QByteArray &data, const QString &source);
    static Result<ChecklistTemplate> fromMarkdown(const QByteArray &data, const QString &source);

    // Strips Markdown and HTML inline markup to plain text: links keep their text, entities are decoded.
    static QString plainText(const QString &markdown);
};

} // namespace gonogo
