#pragma once

// What differs between two plans, field by field, in the paths of the interchange JSON
// (`scenarios[0].channels["Search"].cpl: 50 → 55`). Used where a person must see the
// difference: "Compare" when the file changed on disk while the window had it open, and the
// tests' plan comparison (a failed `plan == before` printed only "false").

#include "models/domain/Plan.h"

#include <QStringList>

namespace cplan {

// One line per difference, at most `maxLines` (the last line then says how many more). Empty
// when the plans are equal.
QStringList planDifferences(const Plan &before, const Plan &after, int maxLines = 20);

} // namespace cplan
