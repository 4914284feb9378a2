// Custom item-data roles shared by the models and the views that read them.
#pragma once

#include <QStringList>
#include <QVariant>
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

namespace gonogo {

enum RiskRole : int {
    RiskIdRole = Qt::UserRole + 40, // QString
    LikelihoodRole,                 // int (gonogo::Likelihood)
    ImpactRole,                     // int (gonogo::Impact)
    LevelRole,                      // int (gonogo::RiskLevel)
    RiskStateRole,                  // int (gonogo::RiskState)
    CellRisksRole,                  // QStringList: IDs of the OPEN, then the ACCEPTED risks in a matrix cell
    CellOpenRole,                   // int
    CellAcceptedRole,               // int
    CellMitigatedRole,              // int
};

} // namespace gonogo

namespace gonogo {

enum SignoffRole : int {
    StakeholderIdRole = Qt::UserRole + 80, // int
    SignoffIdRole,                         // int, 0 when the stakeholder has not signed
    StateCodeRole,                         // QString: CURRENT, STALE, WITHDRAWN or empty
    SignatureRole,                         // QImage: the drawn signature, when there is one
};

} // namespace gonogo

namespace gonogo {

// A table model's horizontal header from its column titles, listed in the order of its Column enum.
inline QVariant columnTitle(const QStringList &titles, int section)
{
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

} // namespace gonogo
