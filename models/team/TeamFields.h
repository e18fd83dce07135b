#pragma once

// A plan's content as the team store keeps it (MODEL.md §11): one row per field, so that edits
// of different fields by two members both apply and a stale edit of the same field is found by
// the revision of that one row.
//
// The rows are taken from the interchange JSON's plan object: an object is split into its keys;
// a list whose elements all have distinct names (an id, a name, or "month/channel" for actual
// rows — listElementName()) is split into one row holding the names in order (shape "names")
// and the elements' own rows; anything else (a number, a text, a list of numbers, a list of
// unnamed targets, an empty object) is one row. Paths are written as in MODEL.md §8
// (`scenarios["Plan A"].channels["Search"].cpl`), so the history speaks the plan's language.

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <map>
#include <vector>

namespace cplan {

struct TeamField
{
    QString path;
    bool names = false; // the names of a list's elements, in order
    QJsonValue value;

    // Equal values by their canonical JSON (a number read back from the server as 2e7 equals
    // the plan's 20000000).
    bool operator==(const TeamField &other) const;
};

// The rows of a plan object, keyed by path.
using TeamFields = std::map<QString, TeamField>;

TeamFields teamFields(const QJsonObject &plan);
// The plan object back from its rows. Errors name the row that does not fit.
Result<QJsonObject> planFromTeamFields(const TeamFields &fields);
// The same from rows as the store sends them (distinct paths, any order).
Result<QJsonObject> planFromTeamFields(const std::vector<TeamField> &fields);

// What turns `before` into `after`: rows to write (new or changed) and paths to delete.
struct TeamFieldChanges
{
    std::vector<TeamField> write;
    std::vector<QString> remove;
    bool isEmpty() const { return write.empty() && remove.empty(); }
};
TeamFieldChanges teamFieldChanges(const TeamFields &before, const TeamFields &after);

// The part of the plan a path belongs to, as the server's cplan.path_part() says (who may edit
// it, MODEL.md §10): "structure", "scenario", "signoff", "milestone" or "actual".
QString teamFieldPart(const QString &path);

} // namespace cplan
