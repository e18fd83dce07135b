#pragma once

// The sample plan (tests/data/brokerage-2025.json), read once per test. Shared by every engine
// test that checks the sample against the golden files or edits it for an edge case.

#include "TestPaths.h"

#include "models/domain/Plan.h"
#include "models/storage/PlanJson.h"

#include <QFile>
#include <QtGlobal>

#include <utility>

namespace cplan::test {

// Stops the test program when the sample cannot be read: every later check would fail anyway.
inline Plan loadSamplePlan()
{
    QFile file(dataPath(QStringLiteral("brokerage-2025.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the sample plan");
    auto plan = readPlanJson(file.readAll());
    if (!plan)
        qFatal("cannot read the sample plan: %s", qPrintable(plan.error()));
    return std::move(plan).value();
}

} // namespace cplan::test
