#include "ui/charts/ComparisonAdapter.h"

#include "ui/charts/ChartFormat.h"
#include "ui/charts/ChartPalette.h"

#include <QCoreApplication>

#include <algorithm>

namespace cplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonAdapter)
};

// The report's scenarios that are shown, in plan order, base included.
std::vector<std::size_t> shownScenarios(const ComparisonReport &report, const QStringList &shown)
{
    std::vector<std::size_t> indexes;
    for (std::size_t i = 0; i < report.scenarios.size(); ++i) {
        const QString &name = report.scenarios[i].scenario;
        if (name == report.base || shown.contains(name))
            indexes.push_back(i);
    }
    return indexes;
}

CategoryChart channelChart(const Plan &plan, const ComparisonReport &report,
                           const QStringList &shown, bool customers)
{
    CategoryChart chart;
    for (const Channel &channel : plan.channels)
        chart.categories << channel.name;
    chart.kind = customers ? FigureKind::Count : FigureKind::Money;
    chart.valueTitle = customers ? Tr::tr("Customers")
                                 : axisTitle(Tr::tr("Spend"), FigureKind::Money, plan.currency);
    for (std::size_t i : shownScenarios(report, shown)) {
        const ScenarioComparison &scenario = report.scenarios[i];
        ChartSeries series;
        series.name = scenario.scenario;
        // The colour follows the scenario's place in the plan, not in the selection.
        series.colour = scenarioColour(plan.scenarioIndex(scenario.scenario));
        for (const ChannelComparison &channel : scenario.channels)
            series.values.push_back(customers ? channel.customers : channel.spend);
        chart.series.push_back(std::move(series));
    }
    return chart;
}
// The column with the best value; none when the metric has no better way, values tie or are
// missing.
int bestScenario(const ComparisonRow &row)
{
    if (row.direction == MetricDirection::Neutral || row.values.size() < 2)
        return -1;
    int best = -1;
    bool tie = false;
    for (int i = 0; i < int(row.values.size()); ++i) {
        const std::optional<double> &value = row.values[std::size_t(i)];
        if (!value)
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        const double current = *row.values[std::size_t(best)];
        const bool better =
            row.direction == MetricDirection::LowerIsBetter ? *value < current : *value > current;
        if (better) {
            best = i;
            tie = false;
        } else if (*value == current) {
            tie = true;
        }
    }
    return tie ? -1 : best;
}

// The latest-estimate row after the customers row (issue 22 C.11), its difference to the base
// as the other rows have; nothing when no shown scenario has an estimate.
void addLatestEstimate(
    ComparisonTable &table,
    const std::function<std::optional<double>(const QString &scenario)> &latestCustomers)
{
    const auto customers =
        std::find_if(table.rows.begin(), table.rows.end(), [](const ComparisonRow &row) {
            return row.metric == QLatin1String("customers");
        });
    if (customers == table.rows.end())
        return;
    ComparisonRow row;
    row.metric = QStringLiteral("customers_latest_estimate");
    row.kind = FigureKind::Count;
    row.direction = MetricDirection::HigherIsBetter;
    bool any = false;
    for (const QString &scenario : table.scenarios) {
        row.values.push_back(latestCustomers(scenario));
        any = any || row.values.back().has_value();
    }
    if (!any)
        return;
    const std::optional<double> base = row.values.at(std::size_t(table.baseColumn));
    for (const std::optional<double> &value : row.values) {
        row.delta.push_back(value && base ? std::optional<double>(*value - *base) : std::nullopt);
        row.deltaRelative.push_back(value && base && *base != 0.0
                                        ? std::optional<double>((*value - *base) / *base)
                                        : std::nullopt);
    }
    row.best = bestScenario(row);
    row.label = Tr::tr("Customers (latest estimate)");
    row.description = Tr::tr("The actual customers of the months with actuals, then the "
                             "projection for the rest: the figure the re-plan shows. The row "
                             "above is the model's projection for every month.");
    customers->label = Tr::tr("Customers (projection)");
    customers->description = Tr::tr("The model's projection for every month, actuals aside. The "
                                    "row below is the latest estimate.");
    table.rows.insert(customers + 1, std::move(row));
}
} // namespace

int deltaVerdict(MetricDirection direction, std::optional<double> delta)
{
    if (!delta || *delta == 0.0 || direction == MetricDirection::Neutral)
        return 0;
    const bool higher = *delta > 0.0;
    return (direction == MetricDirection::HigherIsBetter) == higher ? 1 : -1;
}

FigureKind totalKind(const QString &key)
{
    if (key == QLatin1String("stage_volumes"))
        return FigureKind::Count;
    if (key == QLatin1String("cost_per_stage"))
        return FigureKind::Money;
    return figureKindOf(key);
}

QString totalLabel(const QString &key, int stage, const QStringList &stages)
{
    if (key == QLatin1String("stage_volumes"))
        return Tr::tr("Volume: %1").arg(stages.value(stage));
    if (stage >= 0)
        return metricDisplayName(stages, key + QLatin1Char('.') + QString::number(stage));
    // The metrics of MODEL.md §4 are named as everywhere else in the window.
    if (const QString name = metricDisplayName(stages, key); name != key)
        return name;
    static const std::pair<const char *, const char *> names[] = {
        {"budget", QT_TRANSLATE_NOOP("ComparisonAdapter", "Budget")},
        {"channel_spend", QT_TRANSLATE_NOOP("ComparisonAdapter", "Channel spend")},
        {"overhead", QT_TRANSLATE_NOOP("ComparisonAdapter", "Overhead")},
        {"reserve", QT_TRANSLATE_NOOP("ComparisonAdapter", "Reserve")},
        {"leads", QT_TRANSLATE_NOOP("ComparisonAdapter", "Leads")},
        {"customers", QT_TRANSLATE_NOOP("ComparisonAdapter", "Customers")},
        {"cost_per_lead", QT_TRANSLATE_NOOP("ComparisonAdapter", "Cost per lead")},
        {"cac", QT_TRANSLATE_NOOP("ComparisonAdapter", "Customer acquisition cost (CAC)")},
        {"cac_loaded", QT_TRANSLATE_NOOP("ComparisonAdapter", "CAC with overhead")},
        {"conversion", QT_TRANSLATE_NOOP("ComparisonAdapter", "Lead to customer conversion")},
        {"ltv", QT_TRANSLATE_NOOP("ComparisonAdapter", "Lifetime value per customer (LTV)")},
        {"value", QT_TRANSLATE_NOOP("ComparisonAdapter", "Customer value")},
        {"roi", QT_TRANSLATE_NOOP("ComparisonAdapter", "Return on investment (ROI)")},
        {"roi_loaded", QT_TRANSLATE_NOOP("ComparisonAdapter", "ROI with overhead")},
        {"return_ratio", QT_TRANSLATE_NOOP("ComparisonAdapter", "Return ratio")},
        {"ltv_cac", QT_TRANSLATE_NOOP("ComparisonAdapter", "LTV : CAC")},
        {"payback_month", QT_TRANSLATE_NOOP("ComparisonAdapter", "Payback month")},
    };
    for (const auto &[name, label] : names) {
        if (key == QLatin1String(name))
            return Tr::tr(label);
    }
    return key;
}

ComparisonTable comparisonTable(
    const Plan &plan, const ComparisonReport &report, const QStringList &shown,
    const std::function<std::optional<double>(const QString &scenario)> &latestCustomers)
{
    ComparisonTable table;
    const std::vector<std::size_t> indexes = shownScenarios(report, shown);
    for (std::size_t column = 0; column < indexes.size(); ++column) {
        const QString &name = report.scenarios[indexes[column]].scenario;
        table.scenarios << name;
        if (name == report.base)
            table.baseColumn = int(column);
    }
    if (indexes.empty())
        return table;
    const std::vector<TotalField> &fields = report.scenarios[indexes.front()].fields;
    const int lastStage = int(plan.stages.size()) - 1;
    for (std::size_t f = 0; f < fields.size(); ++f) {
        // Leads, customers, cost per lead and CAC have their own rows already.
        const bool perStage = fields[f].key == QLatin1String("stage_volumes") ||
                              fields[f].key == QLatin1String("cost_per_stage");
        if (perStage && (fields[f].stage == 0 || fields[f].stage == lastStage))
            continue;
        ComparisonRow row;
        row.metric = fields[f].stage < 0
                         ? fields[f].key
                         : fields[f].key + QLatin1Char('.') + QString::number(fields[f].stage);
        row.label = totalLabel(fields[f].key, fields[f].stage, plan.stages);
        row.kind = totalKind(fields[f].key);
        row.direction = fields[f].key == QLatin1String("stage_volumes")
                            ? MetricDirection::HigherIsBetter
                            : metricDirection(row.metric);
        for (std::size_t i : indexes) {
            const ScenarioComparison &scenario = report.scenarios[i];
            row.values.push_back(f < scenario.fields.size() ? scenario.fields[f].value
                                                            : std::nullopt);
            row.delta.push_back(f < scenario.delta.size() ? scenario.delta[f] : std::nullopt);
            row.deltaRelative.push_back(
                f < scenario.deltaRelative.size() ? scenario.deltaRelative[f] : std::nullopt);
        }
        row.best = bestScenario(row);
        table.rows.push_back(std::move(row));
    }
    if (latestCustomers)
        addLatestEstimate(table, latestCustomers);
    return table;
}

CategoryChart channelSpendByScenario(const Plan &plan, const ComparisonReport &report,
                                     const QStringList &shown)
{
    return channelChart(plan, report, shown, false);
}

CategoryChart channelCustomersByScenario(const Plan &plan, const ComparisonReport &report,
                                         const QStringList &shown)
{
    return channelChart(plan, report, shown, true);
}

} // namespace cplan
