#pragma once

// The interchange JSON, "format": "campaign-planner/1" (MODEL.md §1).

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cplan {

// Parses the interchange JSON. Structural problems (not JSON, wrong format tag, a field of the
// wrong type, an unknown channel or category key in a scenario, a missing required field) fail
// with every problem found, one per line, each located like a validator message
// (`scenarios["Plan A"].channels["Search"].cpl: must be a number (got "abc")`).
// Value rules (ranges, sums, ...) are left to validatePlan().
Result<Plan> readPlanJson(const QByteArray &bytes);

// The interchange JSON with the plan's record (MODEL.md §10): "history" (entries as stored,
// hash included) and "versions" ({name, at, author, comment, content_hash, plan}) beside "plan".
// Their entries are checked by the history layer (models/history), not here.
struct PlanJsonFile
{
    Plan plan;
    QJsonArray history;
    QJsonArray versions;
};
Result<PlanJsonFile> readPlanJsonFile(const QByteArray &bytes);
QByteArray writePlanJson(const Plan &plan, const QJsonArray &history, const QJsonArray &versions);
// A plan from the "plan" object alone (a version's snapshot), with readPlanJson()'s messages.
Result<Plan> readPlanContentJson(const QJsonObject &object);

// UTF-8 JSON, Chinese text unescaped. Defaults that the sample leaves out stay out (carryover 0,
// no saturation, even phasing, empty depends_on/uncertainty), so the sample round-trips.
QByteArray writePlanJson(const Plan &plan);

// The "plan" object of the interchange JSON: the plan's whole content.
QJsonObject planContentJson(const Plan &plan);

// The plan's content checksum (MODEL.md §10 "Checksum"): SHA-256, as 64 hex digits, of the
// canonical JSON (RFC 8785, models/history/CanonicalJson.h) of planContentJson(). A .cplan keeps
// it in its meta table and is refused as damaged when what it holds no longer matches.
QString planContentHash(const Plan &plan);

// The embedded sample plan (resources/sample/brokerage-2025.json), and its raw bytes.
Plan samplePlan();
QByteArray samplePlanJson();

} // namespace cplan
