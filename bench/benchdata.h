// Checklists of a chosen size for the benchmarks: realistic titles, a critical item in three.
#pragma once

#include "checklisttemplate.h"

namespace gonogo::bench {

inline ChecklistTemplate largeTemplate(int items)
{
    ChecklistTemplate t;
    t.name = QStringLiteral("Large");
    for (int c = 0; c < 20; ++c) {
        TemplateCategory category;
        category.code = QStringLiteral("C%1").arg(c);
        category.name = QStringLiteral("Category %1").arg(c);
        for (int i = 0; i < items / 20; ++i) {
            TemplateItem item;
            item.id = QStringLiteral("C%1-%2").arg(c).arg(i + 1, 3, 10, QLatin1Char('0'));
            item.title = QStringLiteral("A readiness check with a realistic title number %1").arg(i);
            item.critical = i % 3 == 0;
            item.owner = QStringLiteral("Owner %1").arg(i % 7);
            category.items.append(item);
        }
        t.categories.append(category);
    }
    return t;
}

inline ChecklistTemplate templateFor(int items)
{
    return items == 145 ? TemplateImport::builtIn(QStringLiteral("p020")).value() : largeTemplate(items);
}

} // namespace gonogo::bench
