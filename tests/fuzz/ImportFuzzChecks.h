#pragma once

// What the CSV and XLSX actuals harnesses do with a table that reads: map its columns (the
// header's words, else month, channel, spend and the stages in file order), preview the import
// against the sample plan and apply it. Whatever the cells hold, the preview accounts for every
// source row, a refused row says why, and what is stored is finite (a plan never holds NaN).

#include "models/domain/PlanValidator.h"
#include "models/domain/Result.h"
#include "models/exchange/ActualsImport.h"
#include "models/storage/PlanJson.h"

#include <cmath>

namespace cplan::fuzz {

inline void checkImport(const SourceTable &table)
{
    static const Plan plan = samplePlan();
    ImportMapping mapping = guessMapping(table.header, plan);
    if (!checkMapping(mapping, plan, table.header).ok() && table.header.size() >= 3) {
        mapping = ImportMapping{};
        mapping.month = 0;
        mapping.channel = 1;
        mapping.spend = 2;
        for (int column = 3; column < table.header.size() &&
                             mapping.stages.size() < std::size_t(plan.stages.size());
             ++column)
            mapping.stages.push_back(column);
        mapping.stages.resize(std::size_t(plan.stages.size()), -1);
    }
    if (!checkMapping(mapping, plan, table.header).ok())
        return;
    (void)unknownChannels(table, mapping, plan);
    const ImportPreview preview = previewImport(table, mapping, plan, QStringLiteral("fuzz"));
    if (preview.rows.size() != table.rows.size() ||
        preview.added + preview.replaced + preview.refused != int(preview.rows.size()))
        __builtin_trap(); // every source row has exactly one outcome
    for (const ImportRow &row : preview.rows) {
        if (row.outcome == ImportRow::Outcome::Refused) {
            if (row.reason.isEmpty())
                __builtin_trap(); // a refusal says why
            continue;
        }
        if (!std::isfinite(row.actual.spend))
            __builtin_trap();
        for (const double volume : row.actual.volumes) {
            if (!std::isfinite(volume))
                __builtin_trap();
        }
    }
    (void)previewReport(preview, plan);
    Plan imported = plan;
    const Status applied = applyImport(imported, preview);
    if (applied.ok() != (preview.accepted() > 0))
        __builtin_trap(); // applied exactly when something is accepted
    if (!applied.ok() && !(imported == plan))
        __builtin_trap(); // a failed import leaves the plan unchanged
    (void)validatePlan(imported);
}

// A read table goes through checkImport(); a file refused must say why.
inline void checkRead(const Result<SourceTable> &table)
{
    if (!table.ok()) {
        if (table.error().isEmpty())
            __builtin_trap(); // every refusal says why
        return;
    }
    checkImport(*table);
}

} // namespace cplan::fuzz
