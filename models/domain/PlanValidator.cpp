#include "models/domain/PlanValidator.h"

#include "models/domain/Months.h"
#include "models/domain/PlanIndex.h"
#include "models/domain/PlanValidatorParts.h"
#include "models/domain/ValidationMetrics.h"
#include "models/domain/ValidationPath.h"
#include "models/domain/ValidationReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
};

// MODEL.md §1: the limits of the plan-level fields.
constexpr int maxMonths = 120;
constexpr int maxValueHorizonMonths = 240;
constexpr qsizetype minStages = 2;

void requireMonth(const QString &path, const QString &text, ValidationReport &report)
{
    if (!parseMonth(text))
        report.add(path, Tr::tr("must be a month YYYY-MM (got %1)").arg(quoted(text)));
}

// MODEL.md §1, the plan table.
void validatePlanFields(const Plan &plan, ValidationReport &report)
{
    report.requireNotEmpty(QStringLiteral("name"), plan.name);
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.match(plan.currency).hasMatch())
        report.add(QStringLiteral("currency"),
                   Tr::tr("must be 3 capital letters A-Z (got %1)").arg(quoted(plan.currency)));
    requireMonth(QStringLiteral("start"), plan.start, report);
    report.requireBetween(QStringLiteral("months"), plan.months, 1, maxMonths);
    report.requireBetween(QStringLiteral("value_horizon_months"), plan.valueHorizonMonths, 1,
                          maxValueHorizonMonths);
    report.requireBetween(QStringLiteral("discount_rate_annual"), plan.discountRateAnnual, 0.0,
                          1.0);
    if (!plan.statusDate.isEmpty() && !parseIsoDate(plan.statusDate))
        report.add(QStringLiteral("status_date"),
                   Tr::tr("must be a date YYYY-MM-DD (got %1)").arg(quoted(plan.statusDate)));
    if (!plan.baselineScenario.isEmpty() && plan.scenarioIndex(plan.baselineScenario) < 0)
        report.add(
            QStringLiteral("baseline_scenario"),
            Tr::tr("must name a scenario of the plan (got %1)").arg(quoted(plan.baselineScenario)));
}

void validateStages(const Plan &plan, ValidationReport &report)
{
    const QString listPath = QStringLiteral("stages");
    if (plan.stages.size() < minStages || plan.stages.size() > maxStages)
        report.add(listPath, Tr::tr("must have between %1 and %2 stages (got %3)")
                                 .arg(minStages)
                                 .arg(maxStages)
                                 .arg(plan.stages.size()));
    // Past the limit the list is wrong as a whole; checking a million names one by one would
    // only bury that message (issue 14, item 5).
    const QStringList checked = plan.stages.mid(0, maxStages);
    for (qsizetype i = 0; i < checked.size(); ++i)
        report.requireNotEmpty(indexPath(listPath, i), checked[i]);
    report.requireUnique(checked, [&](qsizetype i) { return indexPath(listPath, i); });
}

void validateCategories(const Plan &plan, ValidationReport &report)
{
    const QString listPath = QStringLiteral("categories");
    const auto namePath = [&](qsizetype i) {
        return fieldPath(indexPath(listPath, i), QStringLiteral("name"));
    };
    QStringList names;
    bool hasChannelCategory = false;
    for (std::size_t i = 0; i < plan.categories.size(); ++i) {
        report.requireNotEmpty(namePath(static_cast<qsizetype>(i)), plan.categories[i].name);
        names.append(plan.categories[i].name);
        hasChannelCategory = hasChannelCategory || plan.categories[i].kind == CategoryKind::Channel;
    }
    report.requireUnique(names, namePath);
    // MODEL.md §3.1: without a channel category there is no pool to spend.
    if (!hasChannelCategory)
        report.add(listPath, Tr::tr("must include at least one category of kind \"channel\""));
}

void validateChannels(const Plan &plan, ValidationReport &report)
{
    const QString listPath = QStringLiteral("channels");
    const auto count = static_cast<qsizetype>(plan.channels.size());
    if (count < 1 || count > maxChannels)
        report.add(
            listPath,
            Tr::tr("must have between 1 and %1 channels (got %2)").arg(maxChannels).arg(count));
    const auto namePath = [&](qsizetype i) {
        return fieldPath(indexPath(listPath, i), QStringLiteral("name"));
    };
    QStringList names;
    for (qsizetype i = 0; i < std::min(count, maxChannels); ++i) {
        report.requireNotEmpty(namePath(i), plan.channels[static_cast<std::size_t>(i)].name);
        names.append(plan.channels[static_cast<std::size_t>(i)].name);
    }
    report.requireUnique(names, namePath);
}

void validateTargets(const Plan &plan, ValidationReport &report)
{
    const int stageCount = static_cast<int>(plan.stages.size());
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        const QString path = indexPath(QStringLiteral("targets"), static_cast<qsizetype>(i));
        const Target &target = plan.targets[i];
        const QString problem = metricProblem(target.metric, stageCount, MetricUse::Target);
        if (!problem.isEmpty())
            report.add(fieldPath(path, QStringLiteral("metric")), problem);
        const QString valuePath = fieldPath(path, QStringLiteral("value"));
        report.requireBetween(valuePath, target.value, -largestTargetValue, largestTargetValue);
    }
}

// MODEL.md §1 (variance_threshold) and §6 (milestone_thresholds_days).
void validateThresholds(const Plan &plan, ValidationReport &report)
{
    if (report.requireAtLeast(QStringLiteral("variance_threshold"), plan.varianceThreshold, 0.0))
        report.requireAtMost(QStringLiteral("variance_threshold"), plan.varianceThreshold,
                             largestVarianceThreshold);
    const auto [first, second] = plan.milestoneThresholdsDays;
    if (first < 0 || second < first)
        report.add(QStringLiteral("milestone_thresholds_days"),
                   Tr::tr("must be [a, b] with 0 <= a <= b (got [%1, %2])").arg(first).arg(second));
}

// MODEL.md §7: actual rows in `rows`, named `list` in messages; `inHorizon` asks for the
// horizon rule (the past actuals of §5.6 may lie before the plan).
void validateActualRows(const Plan &plan, const std::vector<Actual> &rows, const QString &list,
                        bool inHorizon, ValidationReport &report)
{
    const auto start = parseMonth(plan.start);
    const auto stageCount = static_cast<std::size_t>(plan.stages.size());
    // At most one row per month x channel: the first row of each pair, by position.
    QHash<QPair<QString, QString>, std::size_t> firstRowOf;
    QSet<QString> channelNames;
    for (const Channel &channel : plan.channels)
        channelNames.insert(channel.name);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Actual &actual = rows[i];
        const QString path = indexPath(list, static_cast<qsizetype>(i));
        const QString monthPath = fieldPath(path, QStringLiteral("month"));
        if (const auto month = parseMonth(actual.month); !month) {
            requireMonth(monthPath, actual.month, report);
        } else if (start && inHorizon) {
            const int offset = monthOffset(*start, *month);
            if (offset < 0 || offset >= plan.months)
                report.add(monthPath,
                           Tr::tr("must be inside the plan, %1 to %2 (got %3)")
                               .arg(monthLabel(plan.start, 0),
                                    monthLabel(plan.start, plan.months - 1), quoted(actual.month)));
        }
        if (!channelNames.contains(actual.channel))
            report.add(fieldPath(path, QStringLiteral("channel")),
                       Tr::tr("unknown channel %1").arg(quoted(actual.channel)));
        const auto first = firstRowOf.constFind(qMakePair(actual.month, actual.channel));
        if (first != firstRowOf.constEnd())
            report.add(path, Tr::tr("duplicate row: same month and channel as %1")
                                 .arg(indexPath(list, static_cast<qsizetype>(*first))));
        else
            firstRowOf.insert(qMakePair(actual.month, actual.channel), i);
        const QString spendPath = fieldPath(path, QStringLiteral("spend"));
        if (report.requireAtLeast(spendPath, actual.spend, 0.0))
            report.requireAtMost(spendPath, actual.spend, largestAmount);
        const QString volumesPath = fieldPath(path, QStringLiteral("volumes"));
        if (actual.volumes.size() > stageCount)
            report.add(volumesPath, Tr::tr("must have at most %1 values, one per stage (got %2)")
                                        .arg(stageCount)
                                        .arg(actual.volumes.size()));
        for (std::size_t k = 0; k < actual.volumes.size(); ++k) {
            const QString volumePath = indexPath(volumesPath, static_cast<qsizetype>(k));
            if (report.requireAtLeast(volumePath, actual.volumes[k], 0.0))
                report.requireAtMost(volumePath, actual.volumes[k], largestAmount);
        }
    }
}

// MODEL.md §10: each person once, by a name.
void validatePeople(const Plan &plan, ValidationReport &report)
{
    const auto namePath = [&](qsizetype i) {
        return fieldPath(indexPath(QStringLiteral("people"), i), QStringLiteral("name"));
    };
    QStringList names;
    for (std::size_t i = 0; i < plan.people.size(); ++i) {
        report.requireNotEmpty(namePath(static_cast<qsizetype>(i)), plan.people[i].name);
        names.append(plan.people[i].name);
    }
    report.requireUnique(names, namePath);
}

void validateActuals(const Plan &plan, ValidationReport &report)
{
    validateActualRows(plan, plan.actuals, QStringLiteral("actuals"), true, report);
    validateActualRows(plan, plan.pastActuals, QStringLiteral("past_actuals"), false, report);
}

} // namespace

namespace {
// Everything but the actuals, which come last in the file and in the list.
void validateAllButActuals(const Plan &plan, ValidationReport &report)
{
    // In the order of the fields in the file, so a list of violations reads top to bottom.
    validatePlanFields(plan, report);
    validateStages(plan, report);
    validateCategories(plan, report);
    validateChannels(plan, report);
    validateTargets(plan, report);
    validateThresholds(plan, report);
    validateMilestones(plan, report);
    validateScenarios(plan, report);
    validatePeople(plan, report);
}
} // namespace

std::vector<Violation> validatePlan(const Plan &plan)
{
    ValidationReport report;
    validateAllButActuals(plan, report);
    validateActuals(plan, report);
    return report.take();
}

namespace {
bool sameActualsContext(const Plan &a, const Plan &b)
{
    if (a.start != b.start || a.months != b.months || a.stages != b.stages ||
        a.channels.size() != b.channels.size() || a.actuals != b.actuals ||
        a.pastActuals != b.pastActuals)
        return false;
    for (std::size_t i = 0; i < a.channels.size(); ++i) {
        if (a.channels[i].name != b.channels[i].name)
            return false;
    }
    return true;
}

bool isActualsPath(const QString &path)
{
    for (const QLatin1String list : {QLatin1String("actuals"), QLatin1String("past_actuals")}) {
        if (path == list || (path.startsWith(list) && path.mid(list.size()).startsWith(u'[')))
            return true;
    }
    return false;
}
} // namespace

std::vector<Violation> validatePlanAfter(const Plan &plan, const Plan &previous,
                                         const std::vector<Violation> &previousViolations)
{
    if (!sameActualsContext(plan, previous))
        return validatePlan(plan);
    ValidationReport report;
    validateAllButActuals(plan, report);
    std::vector<Violation> found = report.take();
    // validateActuals() runs last, so its violations are the previous list's tail.
    for (const Violation &violation : previousViolations) {
        if (isActualsPath(violation.path))
            found.push_back(violation);
    }
    return found;
}

QString formatNumber(double value)
{
    // Whole numbers are spelled out ("20000000", not "2e+07") while they stay exact in a double;
    // everything else is the shortest text that reads back to the same double.
    constexpr double largestSpelledOut = 1e15;
    if (value == 0.0)
        return QStringLiteral("0"); // also -0, which would print as "-0"
    if (std::isfinite(value) && std::floor(value) == value && std::abs(value) < largestSpelledOut)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString violationsText(const std::vector<Violation> &violations)
{
    QStringList lines;
    for (const Violation &violation : violations)
        lines.append(violation.text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace cplan
