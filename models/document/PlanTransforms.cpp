#include "models/document/PlanTransforms.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <numeric>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanTransforms)
};

Error outOfRange(const QString &what, int index, int count)
{
    return Error{Tr::tr("%1 %2 does not exist (there are %3)").arg(what).arg(index + 1).arg(count)};
}

bool validIndex(int index, std::size_t count)
{
    return index >= 0 && static_cast<std::size_t>(index) < count;
}

// Every phasing of the plan (scenario and channel overrides), for horizon changes.
template <typename Visit>
void forEachPhasing(Plan &plan, Visit visit)
{
    for (Scenario &scenario : plan.scenarios) {
        visit(scenario.phasing);
        for (ChannelDrivers &drivers : scenario.channels) {
            if (drivers.phasing)
                visit(*drivers.phasing);
        }
    }
}

// The lists of measured rows, which follow every change of the stages and channels: the
// actuals and the past actuals calibration uses (MODEL.md §5.6).
std::array<std::vector<Actual> *, 2> measuredLists(Plan &plan)
{
    return {&plan.actuals, &plan.pastActuals};
}

} // namespace

Status insertStage(Plan &plan, int index, const QString &name)
{
    const int stageCount = static_cast<int>(plan.stages.size());
    if (index < 0 || index > stageCount)
        return outOfRange(Tr::tr("Stage position"), index, stageCount + 1);
    plan.stages.insert(index, name);
    // The rate into the new stage is 1 (rate index index-1); a new first stage passes everyone
    // to the old first stage (rate index 0). Either way the rate is inserted at max(index-1, 0).
    const int rateIndex = std::max(index - 1, 0);
    for (Scenario &scenario : plan.scenarios) {
        for (ChannelDrivers &drivers : scenario.channels) {
            const int at = std::min<int>(rateIndex, static_cast<int>(drivers.conversion.size()));
            drivers.conversion.insert(drivers.conversion.begin() + at, 1.0);
        }
    }
    for (std::vector<Actual> *rows : measuredLists(plan))
        for (Actual &actual : *rows) {
            const int measured = static_cast<int>(actual.volumes.size());
            if (index < measured) {
                // Measured beyond the new stage: a rate of 1 means it saw its neighbour's volume.
                const double neighbour = actual.volumes[std::max(index - 1, 0)];
                actual.volumes.insert(actual.volumes.begin() + index, neighbour);
            }
        }
    return success();
}

Status eraseStage(Plan &plan, int index)
{
    const int stageCount = static_cast<int>(plan.stages.size());
    if (!validIndex(index, plan.stages.size()))
        return outOfRange(Tr::tr("Stage"), index, stageCount);
    if (stageCount <= 2)
        return Error{Tr::tr("A funnel needs at least two stages (leads and customers).")};
    plan.stages.removeAt(index);
    for (Scenario &scenario : plan.scenarios) {
        for (ChannelDrivers &drivers : scenario.channels) {
            auto &rates = drivers.conversion;
            if (rates.empty())
                continue;
            if (index == 0) {
                rates.erase(rates.begin());
            } else if (index >= static_cast<int>(rates.size())) {
                rates.pop_back();
            } else {
                // Stage `index` sat between rate index-1 (into it) and rate index (out of it).
                rates[index - 1] *= rates[index];
                rates.erase(rates.begin() + index);
            }
        }
    }
    for (std::vector<Actual> *rows : measuredLists(plan))
        for (Actual &actual : *rows) {
            if (index < static_cast<int>(actual.volumes.size()))
                actual.volumes.erase(actual.volumes.begin() + index);
        }
    return success();
}

Status moveStageTo(Plan &plan, int from, int to)
{
    const int stageCount = static_cast<int>(plan.stages.size());
    if (!validIndex(from, plan.stages.size()))
        return outOfRange(Tr::tr("Stage"), from, stageCount);
    if (!validIndex(to, plan.stages.size()))
        return outOfRange(Tr::tr("Stage position"), to, stageCount);
    plan.stages.move(from, to);
    for (std::vector<Actual> *rows : measuredLists(plan))
        for (Actual &actual : *rows) {
            // Volumes travel with their stage; a measured volume moved behind an unmeasured stage
            // cannot stay (volumes are the first stages measured), so the list ends there.
            std::vector<std::optional<double>> byStage(stageCount);
            for (std::size_t k = 0; k < actual.volumes.size() && k < byStage.size(); ++k)
                byStage[k] = actual.volumes[k];
            moveElement(byStage, from, to);
            actual.volumes.clear();
            for (const auto &volume : byStage) {
                if (!volume)
                    break;
                actual.volumes.push_back(*volume);
            }
        }
    return success();
}

Status insertCategory(Plan &plan, int index, const QString &name, CategoryKind kind)
{
    if (index < 0 || index > static_cast<int>(plan.categories.size()))
        return outOfRange(Tr::tr("Category position"), index,
                          static_cast<int>(plan.categories.size()) + 1);
    plan.categories.insert(plan.categories.begin() + index, Category{name, kind});
    for (Scenario &scenario : plan.scenarios) {
        const int at = std::min<int>(index, static_cast<int>(scenario.categoryShares.size()));
        scenario.categoryShares.insert(scenario.categoryShares.begin() + at, 0.0);
    }
    return success();
}

Status eraseCategory(Plan &plan, int index)
{
    if (!validIndex(index, plan.categories.size()))
        return outOfRange(Tr::tr("Category"), index, static_cast<int>(plan.categories.size()));
    plan.categories.erase(plan.categories.begin() + index);
    for (Scenario &scenario : plan.scenarios) {
        if (validIndex(index, scenario.categoryShares.size()))
            scenario.categoryShares.erase(scenario.categoryShares.begin() + index);
    }
    return success();
}

Status moveCategoryTo(Plan &plan, int from, int to)
{
    const int count = static_cast<int>(plan.categories.size());
    if (!validIndex(from, plan.categories.size()) || !validIndex(to, plan.categories.size()))
        return outOfRange(Tr::tr("Category"), validIndex(from, plan.categories.size()) ? to : from,
                          count);
    moveElement(plan.categories, from, to);
    for (Scenario &scenario : plan.scenarios) {
        if (validIndex(from, scenario.categoryShares.size()) &&
            validIndex(to, scenario.categoryShares.size()))
            moveElement(scenario.categoryShares, from, to);
    }
    return success();
}

Status insertChannel(Plan &plan, int index, const QString &name, const QString &group)
{
    if (index < 0 || index > static_cast<int>(plan.channels.size()))
        return outOfRange(Tr::tr("Channel position"), index,
                          static_cast<int>(plan.channels.size()) + 1);
    plan.channels.insert(plan.channels.begin() + index, Channel{name, group});
    const int rateCount = std::max(0, static_cast<int>(plan.stages.size()) - 1);
    for (Scenario &scenario : plan.scenarios) {
        ChannelDrivers drivers;
        if (!scenario.channels.empty())
            drivers = scenario.channels.front();
        else
            drivers.conversion.assign(rateCount, 0.1);
        // A new channel starts without money so the scenario's split is unchanged.
        drivers.share = 0.0;
        drivers.minShare = 0.0;
        drivers.maxShare = 1.0;
        drivers.phasing.reset();
        const int at = std::min<int>(index, static_cast<int>(scenario.channels.size()));
        scenario.channels.insert(scenario.channels.begin() + at, drivers);
    }
    return success();
}

Status eraseChannel(Plan &plan, int index)
{
    if (!validIndex(index, plan.channels.size()))
        return outOfRange(Tr::tr("Channel"), index, static_cast<int>(plan.channels.size()));
    if (plan.channels.size() == 1)
        return Error{Tr::tr("A plan needs at least one channel.")};
    const QString name = plan.channels[index].name;
    plan.channels.erase(plan.channels.begin() + index);
    for (Scenario &scenario : plan.scenarios) {
        if (validIndex(index, scenario.channels.size()))
            scenario.channels.erase(scenario.channels.begin() + index);
    }
    std::erase_if(plan.actuals, [&](const Actual &actual) { return actual.channel == name; });
    std::erase_if(plan.pastActuals, [&](const Actual &actual) { return actual.channel == name; });
    // A removed channel no longer waits for a milestone (MODEL.md §6 "Gates").
    for (Milestone &milestone : plan.milestones)
        milestone.gates.removeAll(name);
    return success();
}

Status renameChannelTo(Plan &plan, int index, const QString &name)
{
    if (!validIndex(index, plan.channels.size()))
        return outOfRange(Tr::tr("Channel"), index, static_cast<int>(plan.channels.size()));
    const QString oldName = plan.channels[index].name;
    plan.channels[index].name = name;
    for (std::vector<Actual> *rows : measuredLists(plan))
        for (Actual &actual : *rows) {
            if (actual.channel == oldName)
                actual.channel = name;
        }
    for (Milestone &milestone : plan.milestones) {
        for (QString &gate : milestone.gates) {
            if (gate == oldName)
                gate = name;
        }
    }
    return success();
}

Status renameScenarioTo(Plan &plan, int index, const QString &name)
{
    if (!validIndex(index, plan.scenarios.size()))
        return outOfRange(Tr::tr("Scenario"), index, static_cast<int>(plan.scenarios.size()));
    if (!plan.baselineScenario.isEmpty() && plan.baselineScenario == plan.scenarios[index].name)
        plan.baselineScenario = name;
    plan.scenarios[index].name = name;
    return success();
}

Status eraseScenario(Plan &plan, int index)
{
    if (!validIndex(index, plan.scenarios.size()))
        return outOfRange(Tr::tr("Scenario"), index, static_cast<int>(plan.scenarios.size()));
    if (plan.baselineScenario == plan.scenarios[index].name)
        plan.baselineScenario.clear();
    plan.scenarios.erase(plan.scenarios.begin() + index);
    return success();
}

Status moveChannelTo(Plan &plan, int from, int to)
{
    const int count = static_cast<int>(plan.channels.size());
    if (!validIndex(from, plan.channels.size()) || !validIndex(to, plan.channels.size()))
        return outOfRange(Tr::tr("Channel"), validIndex(from, plan.channels.size()) ? to : from,
                          count);
    moveElement(plan.channels, from, to);
    for (Scenario &scenario : plan.scenarios) {
        if (validIndex(from, scenario.channels.size()) && validIndex(to, scenario.channels.size()))
            moveElement(scenario.channels, from, to);
    }
    return success();
}

Status resizeHorizon(Plan &plan, int months)
{
    if (months < 1 || months > 120)
        return Error{Tr::tr("The horizon must be between 1 and 120 months (got %1).").arg(months)};
    forEachPhasing(plan, [months](Phasing &phasing) {
        if (phasing.kind != Phasing::Kind::Monthly)
            return;
        auto &weights = phasing.weights;
        const int oldSize = static_cast<int>(weights.size());
        if (months < oldSize) {
            weights.resize(months);
        } else {
            for (int m = oldSize; m < months; ++m) {
                // The same calendar month a year earlier keeps the seasonality.
                const double weight = m >= 12 ? weights[m - 12] : (m > 0 ? weights[m - 1] : 1.0);
                weights.push_back(weight);
            }
        }
        const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
        if (!(sum > 0.0))
            weights.assign(months, 1.0);
    });
    plan.months = months;
    return success();
}

Phasing convertPhasing(const Phasing &phasing, Phasing::Kind kind, int months)
{
    if (phasing.kind == kind)
        return phasing;
    Phasing converted;
    converted.kind = kind;
    switch (kind) {
    case Phasing::Kind::Even:
        break;
    case Phasing::Kind::Monthly:
        converted.weights.assign(months, 1.0);
        if (phasing.kind == Phasing::Kind::Quarterly && phasing.weights.size() == 4) {
            // MODEL.md §3.2: month m takes q[(m div 3) mod 4].
            for (int m = 0; m < months; ++m)
                converted.weights[m] = phasing.weights[(m / 3) % 4];
        }
        break;
    case Phasing::Kind::Quarterly:
        converted.weights.assign(4, 1.0);
        if (phasing.kind == Phasing::Kind::Monthly && !phasing.weights.empty()) {
            std::array<double, 4> sums{};
            std::array<int, 4> counts{};
            for (std::size_t m = 0; m < phasing.weights.size(); ++m) {
                sums[(m / 3) % 4] += phasing.weights[m];
                ++counts[(m / 3) % 4];
            }
            for (int q = 0; q < 4; ++q)
                converted.weights[q] = counts[q] > 0 ? sums[q] / counts[q] : 1.0;
        }
        break;
    }
    return converted;
}

Status normaliseShares(std::vector<double> &shares)
{
    const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
    if (!(sum > 0.0))
        return Error{Tr::tr("The shares add up to 0; enter at least one share first.")};
    for (double &share : shares)
        share /= sum;
    return success();
}

Status normaliseChannelShares(Scenario &scenario)
{
    std::vector<double> shares;
    for (const ChannelDrivers &drivers : scenario.channels)
        shares.push_back(drivers.share);
    Status status = normaliseShares(shares);
    if (!status)
        return status;
    for (std::size_t c = 0; c < shares.size(); ++c)
        scenario.channels[c].share = shares[c];
    return success();
}

QString uniqueScenarioName(const Plan &plan, const QString &base)
{
    QString name = Tr::tr("%1 (copy)").arg(base);
    for (int n = 2; plan.scenarioIndex(name) >= 0; ++n)
        name = Tr::tr("%1 (copy %2)").arg(base).arg(n);
    return name;
}

} // namespace cplan
