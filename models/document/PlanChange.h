#pragma once

// What an edit touched, so item models can translate a document change precisely
// (ARCHITECTURE.md rule 4): value edits become `dataChanged` (only in the tables that show the
// touched areas); adding, removing or moving one entry of a list (a channel, a stage, a
// scenario…) becomes rows inserted, removed or moved in the tables whose rows are that list;
// any other change of a table's shape becomes a model reset.

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

    // A structural change that is one operation on one list, so the tables whose rows are that
    // list keep their other rows (and the selection and scroll position) through it.
    enum class RowOp
    {
        None,
        Insert, // a new entry at `row`
        Remove, // the entry at `row`
        Move,   // the entry at `row` now at `to`
    };

    Areas areas = Area::Everything;
    Kind kind = Kind::Structure;
    RowOp rowOp = RowOp::None;
    Area rowList = Area::Everything; // the list of rowOp: Stages, Categories, Channels,
                                     // Scenarios, Targets or Milestones
    int row = -1;
    int to = -1;

    bool touches(Area area) const { return areas.testFlag(area); }
    bool isStructural() const { return kind == Kind::Structure; }

    PlanChange withRowOp(RowOp op, Area list, int at, int movedTo = -1) const
    {
        PlanChange change = *this;
        change.rowOp = op;
        change.rowList = list;
        change.row = at;
        change.to = movedTo;
        return change;
    }
    // The change that takes this one back (undo): an insert becomes a removal and so on.
    PlanChange inverse() const
    {
        switch (rowOp) {
        case RowOp::Insert:
            return withRowOp(RowOp::Remove, rowList, row);
        case RowOp::Remove:
            return withRowOp(RowOp::Insert, rowList, row);
        case RowOp::Move:
            return withRowOp(RowOp::Move, rowList, to, row);
        case RowOp::None:
            break;
        }
        return *this;
    }

    static PlanChange values(Areas changed) { return {changed, Kind::Values}; }
    static PlanChange structure(Areas changed) { return {changed, Kind::Structure}; }
    // A new, opened, reverted or restored plan: everything may differ.
    static PlanChange everything() { return {Area::Everything, Kind::Structure}; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PlanChange::Areas)

} // namespace cplan
