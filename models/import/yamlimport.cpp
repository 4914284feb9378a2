// YAML checklists, read by libyaml (the YAML 1.1 parser PyYAML uses): a list of categories, or a mapping that
// holds one ("categories:", "sections:") or names them ("Security: [...]"), each with a list of items. An item is
// a text or a mapping with at least a title; description, id, owner, evidence and critical (or a priority such as
// "critical" or "high") are read when present, under the names published checklists use for them. Markup in
// titles is stripped and in descriptions made readable, as the Markdown importer does. Errors name the line and
// column, and nothing is imported unless everything is.
#include "importsupport.h"

#include <yaml.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <initializer_list>
#include <memory>

namespace gonogo {

using namespace importing;

namespace {

// Translation context of the importers.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::TemplateImport)
};

struct Node
{
    enum Kind { Scalar, Sequence, Mapping };
    Kind kind = Scalar;
    QString text;          // a scalar's value
    bool plain = false;    // an unquoted scalar (only those are booleans)
    QVector<Node> entries; // a sequence's items; a mapping's keys and values, alternating
    int line = 0;          // from 1
    int column = 0;        // from 1
};

// Reads the event stream into a tree. Aliases are copied, within a budget, so that a "billion laughs" file is
// refused instead of filling memory; nesting is limited so that the reader's recursion stays shallow.
class Builder
{
public:
    explicit Builder(const QString &source) : m_source(source) {}

    ~Builder()
    {
        if (m_started) {
            yaml_parser_delete(&m_parser);
        }
    }

    Result<Node> read(const QByteArray &utf8)
    {
        if (!yaml_parser_initialize(&m_parser)) {
            return Error{ErrorKind::Io, Text::tr("%1: the YAML reader could not start.").arg(m_source)};
        }
        m_started = true;
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                     static_cast<size_t>(utf8.size()));
        yaml_parser_set_encoding(&m_parser, YAML_UTF8_ENCODING);
        Event e;
        if (auto ok = next(e); !ok) {
            return ok.error(); // STREAM-START
        }
        if (auto ok = next(e); !ok) {
            return ok.error();
        }
        if (e.event.type == YAML_STREAM_END_EVENT) {
            return Error{ErrorKind::InvalidInput, Text::tr("%1 is empty; it holds no checklist.").arg(m_source)};
        }
        // DOCUMENT-START, then the root node.
        if (auto ok = next(e); !ok) {
            return ok.error();
        }
        auto root = node(e, 0);
        if (!root) {
            return root.error();
        }
        if (auto ok = next(e); !ok) {
            return ok.error(); // DOCUMENT-END
        }
        if (auto ok = next(e); !ok) {
            return ok.error();
        }
        if (e.event.type != YAML_STREAM_END_EVENT) {
            return at(m_source, lineOf(e), columnOf(e),
                      Text::tr("a second YAML document starts here; a checklist file holds one."));
        }
        return root;
    }

private:
    struct Event
    {
        yaml_event_t event{};
        bool held = false;
        ~Event() { release(); }
        void release()
        {
            if (held) {
                yaml_event_delete(&event);
                held = false;
            }
        }
    };

    static int lineOf(const Event &e) { return static_cast<int>(e.event.start_mark.line) + 1; }
    static int columnOf(const Event &e) { return static_cast<int>(e.event.start_mark.column) + 1; }

    Outcome next(Event &e)
    {
        e.release();
        if (!yaml_parser_parse(&m_parser, &e.event)) {
            const QString problem = QString::fromUtf8(m_parser.problem ? m_parser.problem : "syntax error");
            const QString context = m_parser.context ? QString::fromUtf8(m_parser.context) : QString();
            const auto &mark = m_parser.problem_mark;
            return at(m_source, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1,
                      context.isEmpty() ? Text::tr("invalid YAML: %1.").arg(problem)
                                        : Text::tr("invalid YAML: %1 %2.").arg(context, problem));
        }
        e.held = true;
        return Done{};
    }

    static QString anchorOf(const unsigned char *anchor)
    {
        return anchor ? QString::fromUtf8(reinterpret_cast<const char *>(anchor)) : QString();
    }

    Outcome spend(int nodes, const Event &e)
    {
        m_nodes += nodes;
        if (m_nodes > maxNodes) {
            return at(m_source, lineOf(e), columnOf(e),
                      Text::tr("the file expands to more than %1 values (through aliases); it is not a checklist.")
                          .arg(maxNodes));
        }
        return Done{};
    }

    static int sizeOf(const Node &n)
    {
        int size = 1;
        for (const Node &c : n.entries) {
            size += sizeOf(c);
        }
        return size;
    }

    // The node that starts with event E (already read).
    Result<Node> node(Event &e, int depth)
    {
        if (depth > maxDepth) {
            return at(m_source, lineOf(e), columnOf(e),
                      Text::tr("the values nest more than %1 levels deep here; a checklist does not.").arg(maxDepth));
        }
        Node n;
        n.line = lineOf(e);
        n.column = columnOf(e);
        if (auto ok = spend(1, e); !ok) {
            return ok.error();
        }
        switch (e.event.type) {
        case YAML_ALIAS_EVENT: {
            const QString name = anchorOf(e.event.data.alias.anchor);
            if (!m_anchors.contains(name)) {
                return at(m_source, n.line, n.column, Text::tr("the alias *%1 names no anchor before it.").arg(name));
            }
            Node copy = m_anchors.value(name);
            if (auto ok = spend(sizeOf(copy), e); !ok) {
                return ok.error();
            }
            copy.line = n.line;
            copy.column = n.column;
            return copy;
        }
        case YAML_SCALAR_EVENT: {
            const auto &s = e.event.data.scalar;
            n.kind = Node::Scalar;
            n.text = QString::fromUtf8(reinterpret_cast<const char *>(s.value), static_cast<qsizetype>(s.length));
            n.plain = s.style == YAML_PLAIN_SCALAR_STYLE && !s.tag;
            const QString anchor = anchorOf(s.anchor);
            if (!anchor.isEmpty()) {
                m_anchors.insert(anchor, n);
            }
            return n;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            const bool sequence = e.event.type == YAML_SEQUENCE_START_EVENT;
            n.kind = sequence ? Node::Sequence : Node::Mapping;
            const QString anchor =
                anchorOf(sequence ? e.event.data.sequence_start.anchor : e.event.data.mapping_start.anchor);
            const yaml_event_type_t end = sequence ? YAML_SEQUENCE_END_EVENT : YAML_MAPPING_END_EVENT;
            Event child;
            for (;;) {
                if (auto ok = next(child); !ok) {
                    return ok.error();
                }
                if (child.event.type == end) {
                    break;
                }
                auto c = node(child, depth + 1);
                if (!c) {
                    return c.error();
                }
                n.entries.append(std::move(c.value()));
            }
            if (!anchor.isEmpty()) {
                m_anchors.insert(anchor, n);
            }
            return n;
        }
        default:
            return at(m_source, n.line, n.column, Text::tr("unexpected YAML here."));
        }
    }

    static constexpr int maxNodes = 1000000;
    static constexpr int maxDepth = 64;

    QString m_source;
    yaml_parser_t m_parser{};
    bool m_started = false;
    QHash<QString, Node> m_anchors;
    int m_nodes = 0;
};

// A mapping's value under the first of KEYS it has (keys compared without case), or nullptr.
const Node *valueOf(const Node &mapping, std::initializer_list<const char *> keys)
{
    if (mapping.kind != Node::Mapping) {
        return nullptr;
    }
    for (const char *key : keys) {
        for (int i = 0; i + 1 < mapping.entries.size(); i += 2) {
            const Node &k = mapping.entries.at(i);
            if (k.kind == Node::Scalar && k.text.trimmed().compare(QLatin1String(key), Qt::CaseInsensitive) == 0) {
                return &mapping.entries.at(i + 1);
            }
        }
    }
    return nullptr;
}

// The names published checklists give to their parts.
const std::initializer_list<const char *> categoryListKeys{"categories", "sections", "groups", "areas", "chapters"};
const std::initializer_list<const char *> categoryNameKeys{"category", "name", "title", "section", "group", "area"};
const std::initializer_list<const char *> itemListKeys{"items",    "checks",       "lines",     "checklist",
                                                       "controls", "requirements", "questions", "tasks"};
const std::initializer_list<const char *> titleKeys{"title",    "name",         "check",  "item",
                                                    "summary",  "line_summary", "task",   "requirement",
                                                    "question", "control",      "heading"};
const std::initializer_list<const char *> descriptionKeys{"description", "details", "detail",    "line",
                                                          "text",        "body",    "rationale", "why"};
const std::initializer_list<const char *> idKeys{"id", "line_id", "ref", "code", "key"};
const std::initializer_list<const char *> ownerKeys{"owner", "responsible", "team", "assignee"};
const std::initializer_list<const char *> evidenceKeys{"evidence", "evidence_required", "proof"};
const std::initializer_list<const char *> criticalKeys{"critical", "required", "mandatory", "blocker"};
const std::initializer_list<const char *> priorityKeys{"priority", "severity", "importance"};

class Interpreter
{
public:
    explicit Interpreter(const QString &source) : m_source(source) {}

    Result<ChecklistTemplate> checklist(const Node &document)
    {
        const Node *root = &document;
        // "checklist: {...}" around the whole thing.
        if (const Node *inner = valueOf(*root, {"checklist"}); inner && inner->kind != Node::Scalar) {
            root = inner;
        }
        ChecklistTemplate t;
        t.name = QFileInfo(m_source).completeBaseName();
        if (const Node *name = valueOf(*root, {"title", "name"}); name && name->kind == Node::Scalar) {
            const QString n = withoutShortcodes(TemplateImport::plainText(name->text));
            if (!n.isEmpty()) {
                t.name = n;
            }
        }
        if (root->kind == Node::Sequence) {
            // A list of categories, or a list of items with no categories at all.
            const bool itemsOnly = std::none_of(root->entries.cbegin(), root->entries.cend(), [](const Node &n) {
                return valueOf(n, itemListKeys) != nullptr || isNamedList(n);
            });
            if (itemsOnly) {
                if (auto ok = addCategory(t, Text::tr("General"), *root, *root); !ok) {
                    return ok.error();
                }
            } else {
                for (const Node &c : root->entries) {
                    if (auto ok = category(t, c); !ok) {
                        return ok.error();
                    }
                }
            }
        } else if (root->kind == Node::Mapping) {
            if (const Node *list = valueOf(*root, categoryListKeys)) {
                if (list->kind == Node::Sequence) {
                    for (const Node &c : list->entries) {
                        if (auto ok = category(t, c); !ok) {
                            return ok.error();
                        }
                    }
                } else if (list->kind == Node::Mapping) {
                    if (auto ok = namedCategories(t, *list); !ok) {
                        return ok.error();
                    }
                } else {
                    return at(m_source, list->line, list->column, Text::tr("the categories must be a list."));
                }
            } else if (const Node *items = valueOf(*root, itemListKeys); items && items->kind == Node::Sequence) {
                if (auto ok = addCategory(t, Text::tr("General"), *root, *items); !ok) {
                    return ok.error();
                }
            } else if (auto ok = namedCategories(t, *root); !ok) {
                return ok.error();
            }
        } else {
            return at(m_source, root->line, root->column,
                      Text::tr("a checklist is a list of categories, or a mapping of category names to their "
                               "items; this is a single value."));
        }
        if (t.itemCount() == 0) {
            return Error{
                ErrorKind::InvalidInput,
                Text::tr("%1 contains no checklist items (no category with a list of items was found).").arg(m_source)};
        }
        if (auto done = finish(t, m_source); !done) {
            return done.error();
        }
        return t;
    }

private:
    // {"Security": [ ... ]}: a category named by its only key.
    static bool isNamedList(const Node &n)
    {
        return n.kind == Node::Mapping && n.entries.size() == 2 && n.entries.at(0).kind == Node::Scalar &&
               n.entries.at(1).kind == Node::Sequence;
    }

    // A mapping whose keys are category names and whose values are their items. Keys with a text value ("title:
    // ...") are the checklist's own fields, not categories.
    Outcome namedCategories(ChecklistTemplate &t, const Node &mapping)
    {
        for (int i = 0; i + 1 < mapping.entries.size(); i += 2) {
            const Node &key = mapping.entries.at(i);
            const Node &value = mapping.entries.at(i + 1);
            if (value.kind == Node::Scalar) {
                continue;
            }
            if (key.kind != Node::Scalar) {
                return at(m_source, key.line, key.column, Text::tr("a category name must be text."));
            }
            if (value.kind == Node::Sequence) {
                if (auto ok = addCategory(t, key.text, key, value); !ok) {
                    return ok;
                }
            } else if (const Node *items = valueOf(value, itemListKeys)) {
                if (auto ok = addCategory(t, key.text, key, *items); !ok) {
                    return ok;
                }
            } else {
                return at(m_source, value.line, value.column,
                          Text::tr("the category \"%1\" has no list of items.").arg(key.text.simplified()));
            }
        }
        return Done{};
    }

    Outcome category(ChecklistTemplate &t, const Node &c)
    {
        if (isNamedList(c) && !valueOf(c, itemListKeys)) {
            return addCategory(t, c.entries.at(0).text, c, c.entries.at(1));
        }
        if (c.kind != Node::Mapping) {
            return at(m_source, c.line, c.column,
                      Text::tr("a category is a mapping with a name and a list of items (items:)."));
        }
        const Node *items = valueOf(c, itemListKeys);
        if (!items) {
            return at(m_source, c.line, c.column, Text::tr("the category has no list of items (items:)."));
        }
        const Node *name = valueOf(c, categoryNameKeys);
        if (name && name->kind != Node::Scalar) {
            return at(m_source, name->line, name->column, Text::tr("a category name must be text."));
        }
        return addCategory(t, name ? name->text : QString(), c, *items);
    }

    Outcome addCategory(ChecklistTemplate &t, const QString &rawName, const Node &where, const Node &items)
    {
        if (items.kind != Node::Sequence) {
            return at(m_source, items.line, items.column, Text::tr("the items must be a list."));
        }
        QString name = withoutShortcodes(TemplateImport::plainText(rawName));
        if (name.isEmpty()) {
            name = Text::tr("General");
        }
        // The same name twice (two "General" parts, say) is one category.
        TemplateCategory *category = nullptr;
        for (TemplateCategory &c : t.categories) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
                category = &c;
            }
        }
        if (!category) {
            TemplateCategory c;
            c.name = name;
            c.code = categoryCodeFor(name, m_codes);
            m_codes.insert(c.code);
            t.categories.append(c);
            category = &t.categories.last();
        }
        Q_UNUSED(where)
        for (const Node &i : items.entries) {
            auto item = itemFrom(i);
            if (!item) {
                return item.error();
            }
            category->items.append(item.value());
        }
        return Done{};
    }

    Result<QString> textOf(const Node *n, const QString &field)
    {
        if (!n) {
            return QString();
        }
        if (n->kind != Node::Scalar) {
            return at(m_source, n->line, n->column, Text::tr("\"%1\" must be text.").arg(field));
        }
        return n->text;
    }

    Result<TemplateItem> itemFrom(const Node &n)
    {
        TemplateItem item;
        item.sourceLine = n.line;
        QString title;
        QString description;
        if (n.kind == Node::Scalar) {
            title = n.text;
        } else if (n.kind == Node::Mapping) {
            auto t = textOf(valueOf(n, titleKeys), QStringLiteral("title"));
            auto d = textOf(valueOf(n, descriptionKeys), QStringLiteral("description"));
            auto id = textOf(valueOf(n, idKeys), QStringLiteral("id"));
            auto owner = textOf(valueOf(n, ownerKeys), QStringLiteral("owner"));
            for (const auto *r : {&t, &d, &id, &owner}) {
                if (!*r) {
                    return r->error();
                }
            }
            title = t.value();
            description = d.value();
            item.id = id->trimmed();
            item.owner = TemplateImport::plainText(owner.value());
            if (const Node *evidence = valueOf(n, evidenceKeys);
                evidence && evidence->kind == Node::Scalar && !(evidence->plain && boolean(evidence->text))) {
                item.evidenceRequired = TemplateImport::readableText(evidence->text);
            }
            auto critical = criticalOf(n);
            if (!critical) {
                return critical.error();
            }
            item.critical = critical.value();
        } else {
            return at(m_source, n.line, n.column, Text::tr("an item is a text or a mapping with a title."));
        }
        const QString readableTitle = TemplateImport::readableText(title);
        item.title = shortTitle(withoutShortcodes(TemplateImport::plainText(title)));
        if (item.title.isEmpty() && !description.isEmpty()) {
            item.title = shortTitle(withoutShortcodes(TemplateImport::plainText(description)));
        }
        if (item.title.isEmpty()) {
            return at(m_source, n.line, n.column, Text::tr("the item has no title."));
        }
        QStringList parts;
        if (!readableTitle.isEmpty() && readableTitle != item.title) {
            parts << readableTitle; // a long title, or one with a link: all of it
        }
        const QString readableDescription = TemplateImport::readableText(description);
        if (!readableDescription.isEmpty()) {
            parts << readableDescription;
        }
        item.description = parts.join(QLatin1Char('\n'));
        return item;
    }

    static std::optional<bool> boolean(const QString &text)
    {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
            t == QLatin1String("y")) {
            return true;
        }
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
            t == QLatin1String("n")) {
            return false;
        }
        return std::nullopt;
    }

    Result<bool> criticalOf(const Node &item)
    {
        if (const Node *flag = valueOf(item, criticalKeys)) {
            const auto b = flag->kind == Node::Scalar ? boolean(flag->text) : std::nullopt;
            if (!b) {
                return at(m_source, flag->line, flag->column,
                          Text::tr("\"critical\" must be true or false, not \"%1\".").arg(flag->text.simplified()));
            }
            return *b;
        }
        if (const Node *priority = valueOf(item, priorityKeys); priority && priority->kind == Node::Scalar) {
            static const QStringList critical{QStringLiteral("critical"), QStringLiteral("blocker"),
                                              QStringLiteral("high"),     QStringLiteral("highest"),
                                              QStringLiteral("must"),     QStringLiteral("p0"),
                                              QStringLiteral("p1")};
            return critical.contains(priority->text.trimmed().toLower());
        }
        return false;
    }

    QString m_source;
    QSet<QString> m_codes;
};

} // namespace

Result<ChecklistTemplate> TemplateImport::fromYaml(const QByteArray &data, const QString &source)
{
    auto decoded = decodeUtf8(data, source);
    if (!decoded) {
        return decoded.error();
    }
    Builder builder(source);
    auto document = builder.read(decoded->toUtf8());
    if (!document) {
        return document.error();
    }
    return Interpreter(source).checklist(document.value());
}

} // namespace gonogo
