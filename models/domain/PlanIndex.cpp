#include "models/domain/PlanIndex.h"

namespace cplan {

namespace {

template <typename Items, typename Key>
int lookUp(const Items &items, Key key, const QString &wanted, bool &built,
           QHash<QString, int> &rows)
{
    if (!built) {
        rows.reserve(qsizetype(items.size()));
        for (int i = 0; i < int(items.size()); ++i) {
            const QString name = key(items[std::size_t(i)]);
            if (!rows.contains(name)) // the first of repeated names wins
                rows.insert(name, i);
        }
        built = true;
    }
    return rows.value(wanted, -1);
}

QString actualKey(const QString &month, const QString &channel)
{
    return month + QLatin1Char('\n') + channel;
}

} // namespace

int PlanIndex::channel(const QString &name) const
{
    return lookUp(
        m_plan->channels, [](const Channel &c) { return c.name; }, name, m_channels.built,
        m_channels.rows);
}

int PlanIndex::category(const QString &name) const
{
    return lookUp(
        m_plan->categories, [](const Category &c) { return c.name; }, name, m_categories.built,
        m_categories.rows);
}

int PlanIndex::scenario(const QString &name) const
{
    return lookUp(
        m_plan->scenarios, [](const Scenario &s) { return s.name; }, name, m_scenarios.built,
        m_scenarios.rows);
}

int PlanIndex::milestone(const QString &id) const
{
    return lookUp(
        m_plan->milestones, [](const Milestone &m) { return m.id; }, id, m_milestones.built,
        m_milestones.rows);
}

int PlanIndex::actual(const QString &month, const QString &channel) const
{
    return lookUp(
        m_plan->actuals, [](const Actual &a) { return actualKey(a.month, a.channel); },
        actualKey(month, channel), m_actuals.built, m_actuals.rows);
}

} // namespace cplan
