#include "models/document/PlanPatch.h"

#include <algorithm>
#include <utility>

namespace cplan {

namespace {

using Pieces = std::vector<PlanPatch::Piece>;

// between() names every field of Plan and Scenario. A field added without a line there would be
// lost by undo, so a changed layout stops the build here: add the field below, then the size.
static_assert(sizeof(void *) != 8 || sizeof(Plan) == 392,
              "Plan changed: add the new field to PlanPatch::between(), then update this size");
static_assert(sizeof(void *) != 8 || sizeof(Scenario) == 304,
              "Scenario changed: add the new field to ScenarioElement, then update this size");

// A whole value: kept twice only when it changed. `locate` finds its place in a plan.
template <typename T, typename Locate>
void addValue(Pieces &pieces, const T &before, const T &after, Locate locate)
{
    if (before == after)
        return;
    pieces.push_back([before, after, locate](Plan &plan, bool forward) {
        locate(plan) = forward ? after : before;
    });
}

// A list: the common head and tail are not kept. Same length: each changed element (through
// `element`, which may look inside it); otherwise the changed middle is replaced as a block, so
// adding or removing one of 12,000 actual rows keeps that row only.
template <typename T, typename Locate, typename Element>
void addList(Pieces &pieces, const std::vector<T> &before, const std::vector<T> &after,
             Locate locate, Element element)
{
    const std::size_t shorter = std::min(before.size(), after.size());
    std::size_t head = 0;
    while (head < shorter && before[head] == after[head])
        ++head;
    std::size_t tail = 0;
    while (tail < shorter - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    if (before.size() == after.size()) {
        for (std::size_t i = head; i < before.size() - tail; ++i) {
            if (!(before[i] == after[i]))
                element(pieces, before[i], after[i], locate, i);
        }
        return;
    }
    std::vector<T> removed(before.begin() + std::ptrdiff_t(head),
                           before.end() - std::ptrdiff_t(tail));
    std::vector<T> inserted(after.begin() + std::ptrdiff_t(head),
                            after.end() - std::ptrdiff_t(tail));
    pieces.push_back([head, removed = std::move(removed), inserted = std::move(inserted),
                      locate](Plan &plan, bool forward) {
        std::vector<T> &list = locate(plan);
        const std::vector<T> &gone = forward ? removed : inserted;
        const std::vector<T> &come = forward ? inserted : removed;
        const auto at = list.begin() + std::ptrdiff_t(head);
        list.erase(at, at + std::ptrdiff_t(gone.size()));
        list.insert(list.begin() + std::ptrdiff_t(head), come.begin(), come.end());
    });
}

// An element of a list kept whole.
struct WholeElement
{
    template <typename T, typename Locate>
    void operator()(Pieces &pieces, const T &before, const T &after, Locate locate,
                    std::size_t i) const
    {
        addValue(pieces, before, after, [locate, i](Plan &plan) -> T & { return locate(plan)[i]; });
    }
};

// A scenario: its own fields, and its channels' drivers one channel at a time.
struct ScenarioElement
{
    template <typename Locate>
    void operator()(Pieces &pieces, const Scenario &before, const Scenario &after, Locate,
                    std::size_t i) const
    {
        auto scenario = [i](Plan &plan) -> Scenario & {
            return plan.scenarios[i];
        };
        addValue(pieces, before.name, after.name,
                 [scenario](Plan &plan) -> QString & { return scenario(plan).name; });
        addValue(pieces, before.budget, after.budget,
                 [scenario](Plan &plan) -> double & { return scenario(plan).budget; });
        addValue(pieces, before.categoryShares, after.categoryShares,
                 [scenario](Plan &plan) -> std::vector<double> & {
                     return scenario(plan).categoryShares;
                 });
        addValue(pieces, before.phasing, after.phasing,
                 [scenario](Plan &plan) -> Phasing & { return scenario(plan).phasing; });
        addValue(pieces, before.uncertainty, after.uncertainty,
                 [scenario](Plan &plan) -> Uncertainty & { return scenario(plan).uncertainty; });
        addValue(pieces, before.signoff, after.signoff,
                 [scenario](Plan &plan) -> Signoff & { return scenario(plan).signoff; });
        addList(
            pieces, before.channels, after.channels,
            [scenario](Plan &plan) -> std::vector<ChannelDrivers> & {
                return scenario(plan).channels;
            },
            WholeElement{});
    }
};

#define CPLAN_FIELD(member)                                                                        \
    [](Plan &plan) -> decltype(Plan::member) & {                                                   \
        return plan.member;                                                                        \
    }

} // namespace

PlanPatch PlanPatch::between(const Plan &before, const Plan &after)
{
    PlanPatch patch;
    Pieces &pieces = patch.m_pieces;
    addValue(pieces, before.name, after.name, CPLAN_FIELD(name));
    addValue(pieces, before.nameZh, after.nameZh, CPLAN_FIELD(nameZh));
    addValue(pieces, before.currency, after.currency, CPLAN_FIELD(currency));
    addValue(pieces, before.start, after.start, CPLAN_FIELD(start));
    addValue(pieces, before.months, after.months, CPLAN_FIELD(months));
    addValue(pieces, before.valueHorizonMonths, after.valueHorizonMonths,
             CPLAN_FIELD(valueHorizonMonths));
    addValue(pieces, before.discountRateAnnual, after.discountRateAnnual,
             CPLAN_FIELD(discountRateAnnual));
    addValue(pieces, before.statusDate, after.statusDate, CPLAN_FIELD(statusDate));
    addValue(pieces, before.baselineScenario, after.baselineScenario,
             CPLAN_FIELD(baselineScenario));
    addValue(pieces, before.stages, after.stages, CPLAN_FIELD(stages));
    addList(pieces, before.categories, after.categories, CPLAN_FIELD(categories), WholeElement{});
    addList(pieces, before.channels, after.channels, CPLAN_FIELD(channels), WholeElement{});
    addList(pieces, before.targets, after.targets, CPLAN_FIELD(targets), WholeElement{});
    addValue(pieces, before.varianceThreshold, after.varianceThreshold,
             CPLAN_FIELD(varianceThreshold));
    addValue(pieces, before.milestoneThresholdsDays, after.milestoneThresholdsDays,
             CPLAN_FIELD(milestoneThresholdsDays));
    addList(pieces, before.milestones, after.milestones, CPLAN_FIELD(milestones), WholeElement{});
    addList(pieces, before.scenarios, after.scenarios, CPLAN_FIELD(scenarios), ScenarioElement{});
    addList(pieces, before.actuals, after.actuals, CPLAN_FIELD(actuals), WholeElement{});
    addList(pieces, before.pastActuals, after.pastActuals, CPLAN_FIELD(pastActuals),
            WholeElement{});
    addValue(pieces, before.people, after.people, CPLAN_FIELD(people));
    return patch;
}

#undef CPLAN_FIELD

void PlanPatch::applyForward(Plan &plan) const
{
    for (const Piece &piece : m_pieces)
        piece(plan, true);
}

void PlanPatch::applyBackward(Plan &plan) const
{
    for (auto piece = m_pieces.rbegin(); piece != m_pieces.rend(); ++piece)
        (*piece)(plan, false);
}

} // namespace cplan
