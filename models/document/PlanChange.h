#pragma once

// What an edit touched, so item models can translate a document change precisely
// (ARCHITECTURE.md rule 4): value edits become `dataChanged`, edits that change the shape of a
// table (rows or columns appear, vanish or move) become a model reset.

#include <QFlags>

namespace cplan {

struct PlanChange
{
    // The parts of a plan an editor shows. A change names every area it touched.
    enum class Area
    {
        Settings = 0x001,   // name, currency, start, horizon, value horizon, rates, thresholds
        Stages = 0x002,     // the funnel stage list
        Categories = 0x004, // category names/kinds and the scenarios' category shares
        Channels = 0x008,   // channel names/groups and the scenarios' channel drivers
        Phasing = 0x010,    // scenario and channel phasing
        Scenarios = 0x020,  // scenario list, names, budgets
        Targets = 0x040,
        Milestones = 0x080,
        Actuals = 0x100,
        Everything = 0x1FF,
    };
    Q_DECLARE_FLAGS(Areas, Area)

    enum class Kind
    {
        Values,    // only cell values changed; every table keeps its rows and columns
        Structure, // rows or columns of some table in `areas` changed: models reset
    };

    Areas areas = Area::Everything;
    Kind kind = Kind::Structure;

    bool touches(Area area) const { return areas.testFlag(area); }
    bool isStructural() const { return kind == Kind::Structure; }

    static PlanChange values(Areas changed) { return {changed, Kind::Values}; }
    static PlanChange structure(Areas changed) { return {changed, Kind::Structure}; }
    // A new, opened, reverted or restored plan: everything may differ.
    static PlanChange everything() { return {Area::Everything, Kind::Structure}; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PlanChange::Areas)

} // namespace cplan
