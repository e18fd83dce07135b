#pragma once

// What changed between two plans, field by field (MODEL.md §10 "History", "Diff"): the changes a
// history entry records and a diff lists, each `{path, before, after}` with paths as the
// validator writes them (§8) and values as the interchange JSON holds them.
//
// The diff is taken over planContentJson(), so every field the file has is covered, including
// ones added later. Lists whose elements have a name (an id for milestones, "month/channel" for
// actual rows) are matched by it: inserting a channel does not make every later channel look
// changed, and a removed and an added element at the same position are one renamed element
// (`scenarios["Old"].name: "Old" → "New"`). A scenario's `channels` and `category_shares` are
// tables keyed by name. Number lists of equal length differ per entry
// (`...conversion[1]`); of different lengths, as a whole.

#include "models/domain/Plan.h"
#include "models/history/HistoryEntry.h"

#include <QJsonObject>

#include <vector>

namespace cplan {

// The changes from `before` to `after`; empty when they are equal. Fast where little changed:
// parts equal in both (compared as domain values) are not converted to JSON at all.
std::vector<FieldChange> fieldChanges(const Plan &before, const Plan &after);

// The same over two plan objects of the interchange JSON (for example two versions' snapshots).
std::vector<FieldChange> jsonChanges(const QJsonObject &before, const QJsonObject &after);

} // namespace cplan
