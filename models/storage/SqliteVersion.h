#pragma once

// The version of the SQLite library behind Qt's SQLite driver, for Help ▸ About: the driver
// may bundle its own copy or use the system's, so only SQLite itself can say which it is.

#include "models/domain/Result.h"

#include <QString>

namespace cplan {

// Asks an in-memory database `select sqlite_version()`, e.g. "3.40.1".
Result<QString> sqliteLibraryVersion();

} // namespace cplan
