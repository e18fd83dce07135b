#pragma once

// The edit of `cplan set PLAN PATH=VALUE` (MODEL.md §9): a path as the validator writes places
// (§8) — `scenarios["Plan A"].budget`, `scenarios["Plan A"].channels["Search"].conversion[1]`,
// `milestones["M2"].planned`, `actuals["2025-03/Search"].spend`, `people["Li Wei"].role` — and
// the change of one value at that place in the interchange JSON's plan object. Whether the
// result is a valid plan is for the plan reader and the validator to say afterwards.

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace cplan {

struct PathStep
{
    enum class Kind
    {
        Field, // .name (or the first word)
        Named, // ["Plan A"]: an object's key, or the element of a list with that name/id
        Index  // [1]
    };
    Kind kind = Kind::Field;
    QString name;        // Field, Named
    qsizetype index = 0; // Index

    bool operator==(const PathStep &) const = default;
};

using PathSteps = std::vector<PathStep>;

// Parses a path. Names in brackets are JSON strings (`\"` and `\\` escapes, as the validator's
// messages write them). Errors quote the path and say where it goes wrong.
Result<PathSteps> parsePlanPath(const QString &path);
// The path of `steps` as the validator writes it (parsePlanPath() reads it back).
QString planPathText(const PathSteps &steps);

// Sets the value at `steps` in `planJson` (the "plan" object of the interchange JSON).
// `["X"]` on an object is its key X; on a list, the element whose id, name or "month/channel"
// (actual rows) is X; `[n]` is the n-th element of a list. A place that is not there is an
// error naming it: `scenarios["Plan Z"]: no such scenario`, `scenarios["Plan A"].budgte: unknown
// field`. A missing key may be created only at the last step and only for a field the plan
// format leaves out when unset (`saturation_spend`, `forecast`, ...); null on such a field
// removes it. A scenario's `signoff` is refused: it changes only through its transitions. On an
// error `planJson` is unchanged.
Status setJsonPath(QJsonObject &planJson, const PathSteps &steps, const QJsonValue &value);

// The name a list element is found by in a path: its "id" (milestones), else its "name", else
// "month/channel" (actual rows); empty when it has none of them.
QString listElementName(const QJsonValue &element);

// The value of `cplan set`'s `PATH=VALUE`: a JSON literal when the text is one (a number,
// "text", true, false, null, [...], {...}), else the text itself as a string (so `name=Plan B`
// needs no quotes).
QJsonValue parseSetValue(const QString &text);

} // namespace cplan
