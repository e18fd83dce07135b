#pragma once

// Name checks shared by PlanDocument's edits (PlanDocumentEdits.cpp, PlanDocumentRecordEdits.cpp):
// a refusal names the problem before the validator sees the plan.

#include "models/document/PlanDocument.h"

#include <QStringList>

namespace cplan {

inline Status uniqueName(const QString &name, const QStringList &others, const QString &what)
{
    if (name.trimmed().isEmpty())
        return Error{PlanDocument::tr("%1 needs a name.").arg(what)};
    if (others.contains(name))
        return Error{PlanDocument::tr("%1 \"%2\" already exists.").arg(what, name)};
    return success();
}

template <typename Items, typename Name>
inline QStringList namesExcept(const Items &items, int skip, Name name)
{
    QStringList names;
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
        if (i != skip)
            names.append(name(items[i]));
    }
    return names;
}

} // namespace cplan
