#include "models/engine/Gates.h"

#include "models/domain/Months.h"
#include "models/engine/Milestones.h"
#include "models/engine/ScenarioInputs.h"

#include <algorithm>

namespace cplan {

std::vector<GateSlip> gateSlips(const Plan &plan, QDate statusDate)
{
    std::vector<GateSlip> slips;
    const auto start = parseMonth(plan.start);
    if (!start)
        return slips;
    for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
        const Milestone &milestone = plan.milestones[i];
        if (milestone.gates.isEmpty())
            continue;
        const auto planned = parseIsoDate(milestone.planned);
        const QDate reference = milestoneReferenceDate(milestone, statusDate);
        if (!planned || !reference.isValid())
            continue;
        const int plannedMonth = monthOffset(*start, *planned);
        const int referenceMonth = monthOffset(*start, reference);
        if (referenceMonth <= plannedMonth)
            continue;
        for (const QString &gate : milestone.gates) {
            const int channel = plan.channelIndex(gate);
            if (channel >= 0)
                slips.push_back({static_cast<int>(i), channel, plannedMonth, referenceMonth});
        }
    }
    return slips;
}

double shiftGatedWeights(Eigen::Ref<Eigen::ArrayXd> row, int plannedMonth, int referenceMonth)
{
    const auto months = static_cast<int>(row.size());
    const int shift = referenceMonth - plannedMonth;
    if (shift <= 0)
        return 0.0;
    // MODEL.md §6: the weights of months plannedMonth .. referenceMonth−1 (those inside the
    // horizon) move k months later, in order; the ones that land past the horizon are lost.
    // Every weight lands at or after the reference month, outside the months that move.
    const int first = std::max(plannedMonth, 0);
    const int last = std::min(referenceMonth, months) - 1;
    double lost = 0.0;
    for (int m = last; m >= first; --m) {
        const double weight = row[m];
        row[m] = 0.0;
        if (m + shift < months)
            row[m + shift] += weight;
        else
            lost += weight;
    }
    return lost;
}

void applyGateSlips(const std::vector<GateSlip> &slips, ScenarioInputs &inputs)
{
    if (inputs.lostWeight.size() != inputs.channelCount)
        inputs.lostWeight.setZero(inputs.channelCount);
    for (const GateSlip &slip : slips) {
        if (slip.channel < 0 || slip.channel >= inputs.channelCount)
            continue;
        Eigen::ArrayXd row = inputs.weights.row(slip.channel).transpose();
        inputs.lostWeight[slip.channel] +=
            shiftGatedWeights(row, slip.plannedMonth, slip.referenceMonth);
        inputs.weights.row(slip.channel) = row.transpose();
    }
}

} // namespace cplan
