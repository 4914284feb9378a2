// Custom item-data roles shared by the models and the views that read them.
#pragma once

#include <Qt>

namespace gonogo {

enum Role : int {
    IsCategoryRole = Qt::UserRole + 1, // bool
    ItemIdRole,                        // QString, item rows
    CategoryCodeRole,                  // QString, both kinds of rows
    StatusRole,                        // int (gonogo::Status), item rows
    CriticalRole,                      // bool, item rows
    OwnerRole,                         // QString
    EvidenceRole,                      // QString
    SearchTextRole,                    // QString: ID, title, owner and evidence, lower case
    CategoryCountsRole,                // QVariantList {total, pass, partial, fail, pending, critical, criticalPass}
};

} // namespace gonogo
