#pragma once

// Name lookups of a plan by hash instead of a linear search with string compares: channel,
// category, scenario and milestone by name, and an actual row by month and channel (a
// 200-channel plan with 12,000 actual rows asks these thousands of times per change). A snapshot
// of the plan it was built from: build it once per plan (per report, or cached until the plan
// changes) and never use it after the plan changed. Each table is built on its first lookup; an
// object is used by one thread at a time.

#include "models/domain/Plan.h"

#include <QHash>
#include <QString>

namespace cplan {

class PlanIndex
{
public:
    // `plan` must outlive the index and stay unchanged while it is used.
    explicit PlanIndex(const Plan &plan) : m_plan(&plan) {}

    // -1 when there is none (the first one when names repeat, as Plan::channelIndex()).
    int channel(const QString &name) const;
    int category(const QString &name) const;
    int scenario(const QString &name) const;
    int milestone(const QString &id) const;
    // The row of plan.actuals for `month` ("YYYY-MM") and `channel`; -1 when none.
    int actual(const QString &month, const QString &channel) const;

private:
    struct Table
    {
        bool built = false;
        QHash<QString, int> rows;
    };
    const Plan *m_plan;
    mutable Table m_channels;
    mutable Table m_categories;
    mutable Table m_scenarios;
    mutable Table m_milestones;
    mutable Table m_actuals; // month + '\n' + channel
};

} // namespace cplan
