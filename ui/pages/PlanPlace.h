#pragma once

// A place in the plan a user can be taken to (the Alerts dock's "jump to the place"): a page,
// optionally a scenario to make active, and a cell given by its validator path (matched against
// the models' PathRole) or by row and column of the page's main table.

#include <QString>

namespace cplan {

enum class PageId
{
    Overview,
    Budget,
    Phasing,
    Channels,
    Scenarios,
    Comparison,
    Analysis,
    Milestones,
    Actuals,
    Settings
};
inline constexpr int pageCount = 10;

struct PlanPlace
{
    PageId page = PageId::Overview;
    int scenario = -1; // -1 = keep the active scenario
    QString path;      // validator path of the cell, e.g. `scenarios["A"].channels["B"].cpl`
    int row = -1;
    int column = -1;
};

} // namespace cplan
