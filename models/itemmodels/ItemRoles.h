#pragma once

// Custom item data roles shared by every plan item model (Qt::UserRole and above).
//
// DisplayRole: the value formatted with the locale (thousands separators; money with the plan's
// currency; percentages as "12.5%"; "—" for no value). EditRole: the raw value (double, int,
// QString, QDate, or an invalid QVariant for "none"). ToolTipRole: the validator's messages for
// a cell that breaks a rule (one per line), else a description of the cell.

#include <Qt>

namespace cplan {

enum ItemRole
{
    // bool: the list this cell belongs to does not sum to 1 (category or channel shares,
    // MODEL.md §2). Also answered by headerData() of a share column.
    SumOffRole = Qt::UserRole + 1,
    // double: the money a share stands for (budget x share; for a channel, x the channel pool).
    AmountRole,
    // bool: the cell breaks a validation rule (its ToolTipRole says which). Asked of the root
    // (an invalid index): whether any cell of the table may break one, a cheap answer that lets
    // a view skip looking at every cell of a clean table.
    ViolationRole,
    // QString: the validator path of the cell (`scenarios["A"].channels["Search"].cpl`).
    PathRole,
    // bool: the cell shows an inherited/derived value (e.g. a channel row without a phasing
    // override shows the scenario's weights); views may grey it.
    InheritedRole,
    // QDate: where a calendar for a date cell without a date opens (planCalendarDate(): the
    // status date, else today by the document's clock inside the plan's months, else its first
    // month).
    DefaultDateRole,
};

} // namespace cplan
