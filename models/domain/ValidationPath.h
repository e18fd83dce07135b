#pragma once

// How a place in a plan is written in messages (MODEL.md §8), shared by the JSON reader and the
// validator so that both locate a problem the same way: `months`, `stages[2]`,
// `scenarios["Plan A"].channels["Search"].conversion[1]`.

#include <QString>

namespace cplan {

// Text in double quotes, with `"` and `\` escaped as in JSON so the quote cannot be misread.
QString quoted(const QString &text);
// `parent.key`, or `key` at the plan object itself.
QString fieldPath(const QString &parent, const QString &key);
// `parent[index]`.
QString indexPath(const QString &parent, qsizetype index);
// `parent["name"]`.
QString namedPath(const QString &parent, const QString &name);
// An element of a list whose elements have a name or id: `scenarios["Plan A"]`, or
// `scenarios[2]` while the name is empty (it cannot locate anything then).
QString elementPath(const QString &list, qsizetype index, const QString &name);

} // namespace cplan
