// libFuzzer targets for the four checklist importers: any bytes must give a template or a refusal with a
// message, never a crash, a hang or undefined behaviour. GONOGO_FUZZ_FORMAT picks the importer at compile time.
#include "checklisttemplate.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace gonogo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString source = QStringLiteral("fuzz");
#if GONOGO_FUZZ_FORMAT == 1
    auto result = TemplateImport::fromJson(bytes, source);
#elif GONOGO_FUZZ_FORMAT == 2
    auto result = TemplateImport::fromCsv(bytes, source);
#elif GONOGO_FUZZ_FORMAT == 3
    auto result = TemplateImport::fromMarkdown(bytes, source);
#else
    auto result = TemplateImport::fromYaml(bytes, source);
#endif
    if (result) {
        // What an import gives must be usable: every item has an ID and a title.
        for (const TemplateCategory &c : result->categories) {
            for (const TemplateItem &item : c.items) {
                if (item.id.isEmpty() || item.title.trimmed().isEmpty()) {
                    __builtin_trap();
                }
            }
        }
    } else if (result.error().message.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
