#pragma once

// Reading a plan back from the tables of a .cplan database (the layout is in CplanSchema.cpp).

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace cplan {

// Reads the plan tables of `database`, whose layout checkCplanSchema() has accepted. The rows
// come from an untrusted file: every value is type-checked (text where a number belongs is an
// error, not a zero), every list's positions must run 0..n-1, and every child row must belong to
// an existing owner. Lists grow only with rows actually present, never by a count read from the
// file. The error locates the row and column and does not name the file:
// `channel_drivers (scenario 0, position 3): cpl must be a number (found text)`.
Result<Plan> readPlanTables(QSqlDatabase &database);

} // namespace cplan
