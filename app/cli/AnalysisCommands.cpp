// cplan compare | optimize | montecarlo | sensitivity (MODEL.md §5, §9).

#include "app/cli/CliCommand.h"
#include "app/cli/CliOutput.h"

#include "models/engine/AnalysisJson.h"

#include <cmath>

namespace cplan::cli {

namespace {

// Aligned columns: the first left-aligned (names), the others right-aligned (numbers).
void printTable(const std::vector<QStringList> &rows, QTextStream &out)
{
    std::vector<qsizetype> widths;
    for (const auto &row : rows) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(row.size())), 0);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], row.at(i).size());
    }
    for (const auto &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const auto width = widths[static_cast<std::size_t>(i)];
            cells << (i == 0 ? row.at(i).leftJustified(width) : row.at(i).rightJustified(width));
        }
        // Only trailing blanks go: a row whose first cell is empty (a header over the number
        // columns) must keep its leading padding to stay aligned.
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << QStringLiteral("  ") << line << '\n';
    }
}

// A number option: nullopt (and a message naming the option) when it is not a finite number.
std::optional<double> numberOption(const Arguments &args, const QString &option, Streams &streams)
{
    const QString text = args.value(option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        streams.err << tr("%1: must be a number (got \"%2\")\n").arg(option, text);
        return std::nullopt;
    }
    return value;
}

// The steps every command shares: load and validate the plan, pick the scenario.
struct Loaded
{
    Plan plan;
    const Scenario *scenario = nullptr;
};

std::optional<Loaded> loadWithScenario(const Arguments &args, Streams &streams, int *exitCode)
{
    auto plan = loadPlanOrReport(args.positional.at(0), streams, true, exitCode);
    if (!plan)
        return std::nullopt;
    std::optional<Loaded> loaded(Loaded{std::move(*plan), nullptr});
    loaded->scenario = scenarioOrReport(loaded->plan, args, streams);
    if (!loaded->scenario) {
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    return loaded;
}

// ---- compare -------------------------------------------------------------------------------

int runCompare(const Arguments &args, Streams &streams)
{
    int exitCode = ExitOk;
    auto plan = loadPlanOrReport(args.positional.at(0), streams, true, &exitCode);
    if (!plan)
        return exitCode;
    const auto report = compareScenarios(*plan, args.value(QStringLiteral("--base")));
    if (!report) {
        streams.err << report.error() << '\n';
        return ExitBadInput;
    }
    if (args.has(QStringLiteral("--json"))) {
        printJson(comparisonJson(*report), streams);
        return ExitOk;
    }
    QTextStream &out = streams.out;
    out << tr("Scenarios against \"%1\" (%2)\n\n").arg(oneLine(report->base), plan->currency);
    std::vector<QStringList> rows;
    QStringList header{tr("Total")};
    for (const auto &scenario : report->scenarios)
        header << scenario.scenario << tr("Δ %");
    rows.push_back(header);
    const auto &fields = report->scenarios.front().fields;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const TotalField &field = fields[i];
        const bool isRatio =
            field.key.startsWith(QLatin1String("roi")) || field.key == QLatin1String("conversion");
        QString name = field.key;
        if (field.stage >= 0 && field.stage < plan->stages.size())
            name = QStringLiteral("%1 (%2)").arg(field.key, plan->stages.at(field.stage));
        QStringList row{name};
        for (const auto &scenario : report->scenarios) {
            const auto &value = scenario.fields[i].value;
            row << (isRatio ? percent(value) : number(value, 2))
                << percent(scenario.deltaRelative[i]);
        }
        rows.push_back(row);
    }
    printTable(rows, out);

    out << '\n' << tr("Channels: spend and customers\n");
    rows.clear();
    header = QStringList{tr("Channel")};
    for (const auto &scenario : report->scenarios)
        header << tr("%1 spend").arg(scenario.scenario) << tr("customers") << tr("Δ %");
    rows.push_back(header);
    for (std::size_t c = 0; c < plan->channels.size(); ++c) {
        QStringList row{plan->channels[c].name};
        for (const auto &scenario : report->scenarios) {
            const auto &channel = scenario.channels[c];
            row << number(channel.spend) << number(channel.customers)
                << percent(channel.customersDeltaRelative);
        }
        rows.push_back(row);
    }
    printTable(rows, out);
    return ExitOk;
}

// ---- optimize ------------------------------------------------------------------------------

void printSplits(const OptimizerResult &result, QTextStream &out)
{
    out << tr("Objective: %1; channel pool %2\n\n")
               .arg(toString(result.objective), number(result.pool));
    std::vector<QStringList> rows;
    rows.push_back({tr("Channel"), tr("Current share"), tr("Optimal share"), tr("Optimal spend"),
                    tr("Marginal now"), tr("Marginal at optimum")});
    for (qsizetype c = 0; c < result.channels.size(); ++c) {
        const auto index = static_cast<Eigen::Index>(c);
        rows.push_back(
            {result.channels.at(c), percent(result.current.shares[index]),
             percent(result.optimal.shares[index]), number(result.optimal.amounts[index]),
             number(result.current.marginal[index], 2), number(result.optimal.marginal[index], 2)});
    }
    printTable(rows, out);
    out << tr("  (marginal = extra %1 per extra 1,000 of spend)\n\n")
               .arg(toString(result.objective));
    rows.clear();
    rows.push_back({QString(), tr("Current"), tr("Optimal")});
    rows.push_back(
        {tr("Customers"), number(result.current.customers), number(result.optimal.customers)});
    rows.push_back(
        {tr("Customer value"), number(result.current.value), number(result.optimal.value)});
    rows.push_back({tr("Uplift"), QString(),
                    number(result.uplift) + QStringLiteral(" (") + percent(result.upliftRelative) +
                        QLatin1Char(')')});
    printTable(rows, out);
}

// Writes the optimal split as a new scenario into the plan file (MODEL.md §9 --save-as).
int saveOptimalSplit(const Loaded &loaded, const OptimizerResult &result,
                     std::optional<double> budget, const Arguments &args, Streams &streams)
{
    const QString name = args.value(QStringLiteral("--save-as")).trimmed();
    if (name.isEmpty()) {
        streams.err << tr("--save-as: the scenario name must not be empty\n");
        return ExitBadInput;
    }
    if (loaded.plan.scenarioIndex(name) >= 0) {
        streams.err << tr("--save-as: the plan already has a scenario named \"%1\"\n").arg(name);
        return ExitBadInput;
    }
    Plan plan = loaded.plan;
    Scenario scenario = *loaded.scenario;
    scenario.name = name;
    if (budget)
        scenario.budget = *budget;
    for (std::size_t c = 0; c < scenario.channels.size(); ++c)
        scenario.channels[c].share =
            std::clamp(result.optimal.shares[static_cast<Eigen::Index>(c)], 0.0, 1.0);
    plan.scenarios.push_back(scenario);
    const QString path = args.positional.at(0);
    if (const int status =
            commitPlanChange(plan, path, tr("Save the optimised split as scenario “%1”").arg(name),
                             QStringLiteral("--save-as"), streams);
        status != ExitOk)
        return status;
    streams.err << tr("saved the optimal split as scenario \"%1\" in %2\n").arg(name, path);
    return ExitOk;
}

int runOptimize(const Arguments &args, Streams &streams)
{
    // In the order of GoalKind.
    const QStringList goalOptions = {QStringLiteral("--cac-cap"),
                                     QStringLiteral("--reach-customers"),
                                     QStringLiteral("--reach-value")};
    std::optional<GoalKind> goal;
    double goalValue = 0.0;
    for (qsizetype i = 0; i < goalOptions.size(); ++i) {
        if (!args.has(goalOptions.at(i)))
            continue;
        if (goal) {
            streams.err << tr("optimize: give at most one of --cac-cap, --reach-customers, "
                              "--reach-value\n");
            return ExitBadInput;
        }
        goal = static_cast<GoalKind>(i);
        const auto value = numberOption(args, goalOptions.at(i), streams);
        if (!value)
            return ExitBadInput;
        goalValue = *value;
    }
    OptimizerOptions options;
    if (args.has(QStringLiteral("--objective"))) {
        const QString text = args.value(QStringLiteral("--objective"));
        const auto objective = optimizerObjectiveFromString(text);
        if (!objective) {
            streams.err << tr("--objective: must be value or customers (got \"%1\")\n").arg(text);
            return ExitBadInput;
        }
        // A goal decides what the split maximises at every pool tried (GoalSeek.h).
        if (goal && *objective != goalObjective(*goal)) {
            streams.err << tr("--objective: the %1 goal optimizes for %2\n")
                               .arg(toString(*goal), toString(goalObjective(*goal)));
            return ExitBadInput;
        }
        options.objective = *objective;
    }
    // --lock takes channel names separated by commas (the option parser keeps one value per
    // option).
    if (args.has(QStringLiteral("--lock"))) {
        for (const QString &name :
             args.value(QStringLiteral("--lock")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.lockedChannels << name.trimmed();
    }

    int exitCode = ExitOk;
    const auto loaded = loadWithScenario(args, streams, &exitCode);
    if (!loaded)
        return exitCode;
    const bool json = args.has(QStringLiteral("--json"));
    const OptimizerResult *optimization = nullptr;
    std::optional<double> savedBudget;
    std::optional<GoalSeekResult> seek;
    std::optional<OptimizerResult> plain;
    if (goal) {
        auto result = seekGoal(loaded->plan, *loaded->scenario, *goal, goalValue, options);
        if (!result) {
            streams.err << result.error() << '\n';
            return ExitBadInput;
        }
        seek = std::move(result).value();
        optimization = &seek->optimization;
        savedBudget = seek->budget;
        if (json) {
            printJson(goalSeekJson(*seek, options.lockedChannels), streams);
        } else {
            streams.out << tr("%1 — scenario \"%2\": goal %3 %4\n%5\n\n")
                               .arg(oneLine(loaded->plan.name), oneLine(loaded->scenario->name),
                                    toString(*goal), number(goalValue, 2), seek->explanation);
            if (seek->budget)
                streams.out << tr("Budget at the scenario's category shares: %1 %2\n\n")
                                   .arg(number(*seek->budget), loaded->plan.currency);
            printSplits(*optimization, streams.out);
        }
    } else {
        auto result = optimizeSplit(loaded->plan, *loaded->scenario, options);
        if (!result) {
            streams.err << result.error() << '\n';
            return ExitBadInput;
        }
        plain = std::move(result).value();
        optimization = &*plain;
        if (json) {
            printJson(optimizerJson(*plain, options.lockedChannels), streams);
        } else {
            streams.out << tr("%1 — scenario \"%2\" (%3)\n")
                               .arg(oneLine(loaded->plan.name), oneLine(loaded->scenario->name),
                                    loaded->plan.currency);
            printSplits(*plain, streams.out);
        }
    }
    if (!args.has(QStringLiteral("--save-as")))
        return ExitOk;
    if (seek && !seek->pool) {
        streams.err << tr("--save-as: nothing to save: %1\n").arg(seek->explanation);
        return ExitFailed;
    }
    return saveOptimalSplit(*loaded, *optimization, savedBudget, args, streams);
}

// ---- montecarlo ----------------------------------------------------------------------------

int runMonteCarloCommand(const Arguments &args, Streams &streams)
{
    MonteCarloOptions options;
    // Only the JSON prints the monthly fan ("monthly_customers"): the table output does not
    // keep the trials x months it is made from.
    options.fan = args.has(QStringLiteral("--json"));
    const auto integerOption = [&](const QString &option, qint64 low, qint64 high, qint64 *target) {
        const QString text = args.value(option);
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < low || value > high) {
            streams.err << tr("%1: must be a whole number from %2 to %3 (got \"%4\")\n")
                               .arg(option)
                               .arg(low)
                               .arg(high)
                               .arg(text);
            return false;
        }
        *target = value;
        return true;
    };
    qint64 value = 0;
    if (args.has(QStringLiteral("--trials"))) {
        if (!integerOption(QStringLiteral("--trials"), 1, maximumMonteCarloTrials, &value))
            return ExitBadInput;
        options.trials = static_cast<int>(value);
    }
    if (args.has(QStringLiteral("--seed"))) {
        // Below 2^53, so the seed in the JSON is exact.
        if (!integerOption(QStringLiteral("--seed"), 0, (qint64(1) << 53) - 1, &value))
            return ExitBadInput;
        options.seed = static_cast<std::uint64_t>(value);
    }
    if (args.has(QStringLiteral("--threads"))) {
        if (!integerOption(QStringLiteral("--threads"), 1, 256, &value))
            return ExitBadInput;
        options.threads = static_cast<int>(value);
    }
    if (args.has(QStringLiteral("--bins"))) {
        if (!integerOption(QStringLiteral("--bins"), 1, 1000, &value))
            return ExitBadInput;
        options.histogramBins = static_cast<int>(value);
    }
    if (args.has(QStringLiteral("--histogram")))
        options.histogramMetric = args.value(QStringLiteral("--histogram"));

    int exitCode = ExitOk;
    const auto loaded = loadWithScenario(args, streams, &exitCode);
    if (!loaded)
        return exitCode;
    const auto result = runMonteCarlo(loaded->plan, *loaded->scenario, options);
    if (!result) {
        streams.err << QStringLiteral("--") << result.error() << '\n';
        return ExitBadInput;
    }
    if (args.has(QStringLiteral("--json"))) {
        printJson(monteCarloJson(*result), streams);
        return ExitOk;
    }
    QTextStream &out = streams.out;
    out << tr("%1 — scenario \"%2\": %3 trials, seed %4\n\n")
               .arg(oneLine(loaded->plan.name), oneLine(result->scenario))
               .arg(result->trials)
               .arg(result->seed);
    std::vector<QStringList> rows;
    rows.push_back(
        {tr("Metric"), tr("Mean"), tr("P5"), tr("P10"), tr("P50"), tr("P90"), tr("P95")});
    for (const auto &metric : result->metrics) {
        const bool ratio = metric.metric == QLatin1String("roi");
        const int decimals =
            metric.metric == QLatin1String("customers") || metric.metric == QLatin1String("value")
                ? 0
                : 2;
        const auto show = [&](const std::optional<double> &v) {
            return ratio ? percent(v) : number(v, decimals);
        };
        rows.push_back({metric.metric, show(metric.mean), show(metric.p5), show(metric.p10),
                        show(metric.p50), show(metric.p90), show(metric.p95)});
    }
    printTable(rows, out);
    if (!result->targets.empty()) {
        out << '\n' << tr("Probability of meeting each target\n");
        rows.clear();
        rows.push_back({tr("Target"), tr("Goal"), tr("Probability")});
        for (const auto &target : result->targets)
            rows.push_back({target.label.isEmpty() ? target.metric : target.label,
                            target.metric + QLatin1Char(' ') + toString(target.op) +
                                QLatin1Char(' ') + number(target.target, 2),
                            percent(target.probability)});
        printTable(rows, out);
    }
    return ExitOk;
}

// ---- sensitivity ---------------------------------------------------------------------------

int runSensitivityCommand(const Arguments &args, Streams &streams)
{
    double swing = 0.2;
    if (args.has(QStringLiteral("--swing"))) {
        const auto value = numberOption(args, QStringLiteral("--swing"), streams);
        if (!value)
            return ExitBadInput;
        swing = *value;
    }
    const QString metric = args.value(QStringLiteral("--metric"), QStringLiteral("roi"));
    int exitCode = ExitOk;
    const auto loaded = loadWithScenario(args, streams, &exitCode);
    if (!loaded)
        return exitCode;
    const auto result = runSensitivity(loaded->plan, *loaded->scenario, swing, metric);
    if (!result) {
        streams.err << QStringLiteral("--") << result.error() << '\n';
        return ExitBadInput;
    }
    if (args.has(QStringLiteral("--json"))) {
        printJson(sensitivityJson(*result), streams);
        return ExitOk;
    }
    QTextStream &out = streams.out;
    out << tr("%1 — scenario \"%2\": %3 with each driver at ±%4 (base %5)\n\n")
               .arg(oneLine(loaded->plan.name), oneLine(result->scenario), metric, percent(swing),
                    number(result->base, 4));
    std::vector<QStringList> rows;
    rows.push_back({tr("Driver"), tr("Low"), tr("High"), tr("Span")});
    for (const auto &bar : result->bars) {
        const std::optional<double> span =
            bar.low && bar.high ? std::optional<double>(std::abs(*bar.high - *bar.low))
                                : std::nullopt;
        rows.push_back({bar.driver, number(bar.low, 4), number(bar.high, 4), number(span, 4)});
    }
    printTable(rows, out);
    return ExitOk;
}

} // namespace

void addAnalysisCommands(CommandTable &table)
{
    const OptionSpec scenario{QStringLiteral("--scenario"), true};
    const OptionSpec json{QStringLiteral("--json"), false};
    table.push_back({QStringLiteral("compare"),
                     QStringLiteral("cplan compare PLAN [--base NAME] [--json]"),
                     tr("every scenario's totals and channels side by side, with the "
                        "difference to a base scenario"),
                     1,
                     1,
                     {{QStringLiteral("--base"), true}, json},
                     runCompare});
    table.push_back(
        {QStringLiteral("optimize"),
         QStringLiteral("cplan optimize PLAN --scenario NAME [--objective value|customers] "
                        "[--cac-cap X | --reach-customers N | --reach-value V] "
                        "[--lock NAME[,NAME...]] [--save-as NAME] [--json]"),
         tr("the channel split with the most value (or customers) within each channel's "
            "min/max share; with a goal, the channel pool that meets it"),
         1,
         1,
         {scenario,
          {QStringLiteral("--objective"), true},
          {QStringLiteral("--cac-cap"), true},
          {QStringLiteral("--reach-customers"), true},
          {QStringLiteral("--reach-value"), true},
          {QStringLiteral("--lock"), true},
          {QStringLiteral("--save-as"), true},
          json},
         runOptimize});
    table.push_back(
        {QStringLiteral("montecarlo"),
         QStringLiteral("cplan montecarlo PLAN --scenario NAME [--trials N] [--seed S] "
                        "[--threads N] [--histogram METRIC] [--bins N] [--json]"),
         tr("percentiles of customers, CAC, value and ROI and the chance of meeting each "
            "target under the drivers' uncertainty (default 10,000 trials, seed 20250101)"),
         1,
         1,
         {scenario,
          {QStringLiteral("--trials"), true},
          {QStringLiteral("--seed"), true},
          {QStringLiteral("--threads"), true},
          {QStringLiteral("--histogram"), true},
          {QStringLiteral("--bins"), true},
          json},
         runMonteCarloCommand});
    table.push_back(
        {QStringLiteral("sensitivity"),
         QStringLiteral("cplan sensitivity PLAN --scenario NAME [--swing 0.2] "
                        "[--metric roi] [--json]"),
         tr("a metric with each driver family and each channel's share moved by "
            "±swing, largest effect first"),
         1,
         1,
         {scenario, {QStringLiteral("--swing"), true}, {QStringLiteral("--metric"), true}, json},
         runSensitivityCommand});
}

} // namespace cplan::cli
