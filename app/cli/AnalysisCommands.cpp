// cplan compare | optimize | montecarlo | sensitivity (MODEL.md §5, §9).

#include "app/cli/CliCommand.h"

namespace cplan::cli {

void addAnalysisCommands(CommandTable &)
{
}

} // namespace cplan::cli
