#pragma once

// The "Changes" of an export (MODEL.md §10, issue 23 item 8): the XLSX sheet "Changes" and the
// PDF appendix list the plan's history since the last approved version — the last version in
// which a scenario is approved or locked — or else since the last version, or else all of it.
// One row per changed field, named and written as the diff view does (FieldLabels.h).

#include "models/document/PlanHome.h"
#include "models/domain/Plan.h"
#include "models/exchange/ExportWorkbook.h"
#include "models/history/HistoryEntry.h"

#include <functional>
#include <vector>

namespace cplan {

class PlanDocument;

struct ChangesSince
{
    QString version;       // the version the changes start after; empty = the whole history
    bool approved = false; // `version` holds an approved or locked scenario
    std::vector<HistoryEntry> entries;
};

// The entries of `history` (in order) from the baseline version on: the last version for which
// `isApproved` is true, else the last version, else none (all entries). An entry belongs to the
// changes when it was written at or after the version's time (both are UTC to the second, so
// an entry of the same second is listed rather than lost).
ChangesSince changesSince(const std::vector<HistoryEntry> &history,
                          const std::vector<VersionInfo> &versions,
                          const std::function<bool(const VersionInfo &)> &isApproved);
// The same for an open plan: its saved and not yet saved entries, and its versions' contents.
ChangesSince changesSince(const PlanDocument &document);

// The table "changes" (sheet "Changes"): #, time, author, action, field, before, after, reason;
// labels and values in `plan`'s words and currency.
ExportTable changesTable(const Plan &plan, const ChangesSince &changes);
// Appends changesTable() to `workbook` (last, after every other table).
void addChangesTable(ExportWorkbook &workbook, const Plan &plan, const ChangesSince &changes);

} // namespace cplan
