#pragma once

// The "plan" object of the interchange JSON (MODEL.md §1, §2, §6, §7) turned into a Plan.
//
// Used by readPlanJson() only. It never stops at the first problem: every structural error (a
// wrong type, an unknown key, a missing field, a scenario key naming no channel) is collected,
// located the way the validator locates its messages, so a user fixes a file in one pass.
// Value rules (ranges, sums, counts) are not checked here; that is validatePlan()'s job.

#include "models/domain/Plan.h"
#include "models/storage/PlanJsonFields.h"

#include <QJsonObject>

#include <optional>

namespace cplan {

class PlanJsonReader : public PlanJsonFields
{
public:
    Plan read(const QJsonObject &planObject);

private:
    std::optional<Comparison> comparisonValue(const QJsonObject &object, const QString &path);

    void readStages(const QJsonObject &object, Plan &plan);
    void readCategories(const QJsonObject &object, Plan &plan);
    void readChannels(const QJsonObject &object, Plan &plan);
    void readTargets(const QJsonObject &object, Plan &plan);
    void readThresholds(const QJsonObject &object, Plan &plan);
    void readMilestones(const QJsonObject &object, Plan &plan);
    Milestone readMilestone(const QJsonObject &object, const QString &path);
    void readScenarios(const QJsonObject &object, Plan &plan);
    Scenario readScenario(const QJsonObject &object, const QString &path, const Plan &plan);
    Signoff readSignoff(const QJsonObject &object, const QString &path);
    void readPeople(const QJsonObject &object, Plan &plan);
    void readCategoryShares(const QJsonObject &object, const QString &path, const Plan &plan,
                            Scenario &scenario);
    void readScenarioChannels(const QJsonObject &object, const QString &path, const Plan &plan,
                              Scenario &scenario);
    ChannelDrivers readDrivers(const QJsonObject &object, const QString &path);
    std::optional<Phasing> readPhasing(const QJsonObject &object, const QString &path);
    Uncertainty readUncertainty(const QJsonObject &object, const QString &path);
    void readActuals(const QJsonObject &object, Plan &plan);
    void readActualRows(const QJsonObject &object, QLatin1String key, std::vector<Actual> &rows);
};

} // namespace cplan
