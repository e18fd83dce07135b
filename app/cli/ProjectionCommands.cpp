// cplan project | milestones | variance (MODEL.md §3, §4, §6, §7, §9).

#include "app/cli/CliCommand.h"

namespace cplan::cli {

void addProjectionCommands(CommandTable &)
{
}

} // namespace cplan::cli
