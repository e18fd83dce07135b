#pragma once

// The colours every chart uses. Channels take the Okabe–Ito palette (distinguishable with the
// common colour-vision deficiencies) by their position in the plan's channel list, so a channel
// has the same colour on every chart. Scenarios take Paul Tol's "bright" palette, so they are
// not confused with channels on the comparison charts.

#include <QColor>

namespace cplan {

// The colour of plan channel `index` (0-based). Past the palette's eight colours the cycle
// repeats lighter, then darker, so neighbours stay apart.
QColor channelColour(int index);
// The colour of the `index`-th scenario shown side by side.
QColor scenarioColour(int index);
// The colour of a milestone escalation level (MODEL.md §6: 0 on track .. 3), the same as the
// Milestones page's status table.
QColor escalationColour(int level);

} // namespace cplan
