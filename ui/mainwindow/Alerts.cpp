#include "ui/mainwindow/Alerts.h"

#include "models/document/PlanDocument.h"
#include "models/domain/MetricNames.h"
#include "models/domain/Months.h"
#include "models/domain/NumberText.h"
#include "models/domain/ViolationSentence.h"
#include "models/engine/Milestones.h"
#include "models/engine/Projection.h"
#include "models/engine/Variance.h"
#include "models/itemmodels/ActualsModel.h"
#include "models/itemmodels/ValueFormat.h"
#include "models/reports/PlanReports.h"
#include "ui/widgets/DelayCostText.h"
#include "ui/widgets/FigureFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

QString percent(std::optional<double> value)
{
    return formatFigure(value, FigureKind::Percent, {});
}

// The page a validator path belongs to (MODEL.md §8 paths).
PlanPlace placeOfPath(const Plan &plan, const QString &path)
{
    PlanPlace place;
    place.path = path;
    static const QRegularExpression scenarioPattern(
        QStringLiteral(R"re(^scenarios\["((?:[^"\\]|\\.)*)"\])re"));
    if (const auto match = scenarioPattern.match(path); match.hasMatch()) {
        QString name = match.captured(1);
        name.replace(QStringLiteral("\\\""), QStringLiteral("\""))
            .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        place.scenario = plan.scenarioIndex(name);
        const QString rest = path.mid(match.capturedLength());
        if (rest.contains(QLatin1String(".phasing")))
            place.page = PageId::Phasing;
        else if (rest.startsWith(QLatin1String(".channels")))
            place.page = PageId::Channels;
        else if (rest.startsWith(QLatin1String(".category_shares")) ||
                 rest.startsWith(QLatin1String(".budget")))
            place.page = PageId::Budget;
        else
            place.page = PageId::Scenarios;
        return place;
    }
    if (path.startsWith(QLatin1String("scenarios")))
        place.page = PageId::Scenarios;
    else if (path.startsWith(QLatin1String("milestones")))
        place.page = PageId::Milestones;
    else if (path.startsWith(QLatin1String("actuals")))
        place.page = PageId::Actuals;
    else if (path.startsWith(QLatin1String("categories")))
        place.page = PageId::Budget;
    else if (path.startsWith(QLatin1String("channels")))
        place.page = PageId::Channels;
    else
        place.page = PageId::Settings;
    return place;
}

// Actuals are compared with the plan's baseline scenario, whichever scenario is being edited.
// A large plan can flag thousands of cells; the list names the largest variances
// (maxVarianceAlerts, in file order) and counts the rest, which the Actuals page marks.
void addVarianceAlerts(const PlanDocument &document, std::vector<Alert> &alerts)
{
    const Plan &plan = document.plan();
    const VarianceReport *variance = document.reports().variance();
    if (!variance)
        return;
    const VarianceReport &report = *variance;
    const int channelCount = int(plan.channels.size());

    // Every flagged cell: its row, its stage (-1 = spend) and its variance.
    struct Flagged
    {
        std::size_t row;
        int stage;
        std::optional<double> variance;
        double size() const { return std::abs(variance.value_or(0.0)); }
    };
    std::vector<Flagged> flagged;
    for (std::size_t r = 0; r < report.rows.size(); ++r) {
        const VarianceRow &row = report.rows[r];
        if (row.spendFlag)
            flagged.push_back({r, -1, row.spendVariance});
        for (const StageVariance &stage : row.stages) {
            if (stage.flag)
                flagged.push_back({r, stage.stage, stage.variance});
        }
    }
    const std::size_t unlisted =
        flagged.size() > maxVarianceAlerts ? flagged.size() - maxVarianceAlerts : 0;
    if (unlisted > 0) {
        const auto larger = [](const Flagged &a, const Flagged &b) {
            return a.size() > b.size();
        };
        std::nth_element(flagged.begin(), flagged.begin() + maxVarianceAlerts, flagged.end(),
                         larger);
        flagged.resize(maxVarianceAlerts);
        std::sort(flagged.begin(), flagged.end(), [](const Flagged &a, const Flagged &b) {
            return a.row != b.row ? a.row < b.row : a.stage < b.stage;
        });
    }

    // Translated once: a large plan has many flagged cells.
    const QString spendText = Tr::tr("%1 · %2: spend %3 against plan");
    const QString stageText = Tr::tr("%1 · %2: %3 %4 against plan");
    QString month;
    QString shownMonth;
    for (const Flagged &cell : flagged) {
        const VarianceRow &row = report.rows[cell.row];
        const int gridRow = row.monthIndex * channelCount + row.channelIndex;
        if (row.month != month) {
            month = row.month;
            shownMonth = NumberText::formatMonth(month);
        }
        if (cell.stage < 0) {
            alerts.push_back({Alert::Kind::Variance,
                              Alert::Severity::Warning,
                              spendText.arg(shownMonth, row.channel, percent(cell.variance)),
                              {PageId::Actuals, -1, {}, gridRow, ActualsModel::SpendColumn}});
            continue;
        }
        alerts.push_back(
            {Alert::Kind::Variance,
             Alert::Severity::Warning,
             stageText.arg(shownMonth, row.channel, plan.stages.value(cell.stage),
                           percent(cell.variance)),
             {PageId::Actuals, -1, {}, gridRow, ActualsModel::FirstVolumeColumn + cell.stage}});
    }
    if (unlisted > 0) {
        alerts.push_back({Alert::Kind::Variance,
                          Alert::Severity::Warning,
                          Tr::tr("%n smaller variance(s) over the threshold not listed here: the "
                                 "Actuals page marks every one",
                                 nullptr, int(unlisted)),
                          {PageId::Actuals, -1, {}, 0, ActualsModel::SpendColumn}});
    }
    for (const ChannelVariance &channel : report.byChannel) {
        if (!channel.overBenchmark)
            continue;
        const int channelIndex = plan.channelIndex(channel.channel);
        alerts.push_back(
            {Alert::Kind::Variance,
             Alert::Severity::Warning,
             Tr::tr("%1: actual cost per %2 is over 1.2× the plan")
                 .arg(channel.channel, plan.stages.value(channel.benchmarkStage.value_or(0))),
             {PageId::Actuals, -1, {}, std::max(channelIndex, 0), ActualsModel::SpendColumn}});
    }
}

void addMilestoneAlerts(const PlanDocument &document, std::vector<Alert> &alerts)
{
    const Plan &plan = document.plan();
    const MilestoneReport *milestones = document.reports().milestones();
    if (!milestones)
        return;
    const MilestoneReport &report = *milestones;
    const DelayCostReport *costs = document.reports().delayCosts();
    for (std::size_t i = 0; i < report.milestones.size(); ++i) {
        const MilestoneResult &milestone = report.milestones[i];
        const PlanPlace place{PageId::Milestones, -1, {}, int(i), 0};
        // A late milestone that gates channels says what the delay costs (MODEL.md §6).
        const DelayCost *cost = nullptr;
        for (std::size_t c = 0; costs && c < costs->milestones.size(); ++c) {
            if (costs->milestones[c].id == milestone.id)
                cost = &costs->milestones[c];
        }
        if (milestone.level > 0 && cost) {
            alerts.push_back(
                {Alert::Kind::Milestone,
                 milestone.level >= 3 ? Alert::Severity::Error : Alert::Severity::Warning,
                 delayCostAlert(*cost, plan.currency), place});
        } else if (milestone.level > 0) {
            alerts.push_back(
                {Alert::Kind::Milestone,
                 milestone.level >= 3 ? Alert::Severity::Error : Alert::Severity::Warning,
                 milestone.delayDays == 1 ? Tr::tr("%1 is 1 day late (escalation level %2)")
                                                .arg(milestone.id)
                                                .arg(milestone.level)
                                          : Tr::tr("%1 is %3 days late (escalation level %2)")
                                                .arg(milestone.id)
                                                .arg(milestone.level)
                                                .arg(milestone.delayDays),
                 place});
        }
        if (!milestone.blockedBy.isEmpty()) {
            alerts.push_back(
                {Alert::Kind::Milestone, Alert::Severity::Warning,
                 Tr::tr("%1 is blocked by %2")
                     .arg(milestone.id, milestone.blockedBy.join(QStringLiteral(", "))),
                 place});
        }
        for (const CheckResult &check : milestone.checks) {
            if (check.met.value_or(true))
                continue;
            alerts.push_back({Alert::Kind::Milestone, Alert::Severity::Warning,
                              Tr::tr("%1 checkpoint missed: %2 %3 %4 (projected %5)")
                                  .arg(milestone.id, metricDisplayName(plan, check.metric),
                                       comparisonSymbol(check.op),
                                       formatMetric(check.metric, check.target, plan.currency),
                                       formatMetric(check.metric, check.projected, plan.currency)),
                              place});
        }
    }
}
// Dates that are most likely typing slips (issue 22 C.12): an actual row for a month that
// begins after the status date (measured figures cannot lie in the future) and a milestone
// planned after the plan's last day. Listed, not refused: the user may know better.
void addDateAlerts(const PlanDocument &document, std::vector<Alert> &alerts)
{
    const Plan &plan = document.plan();
    const QDate status = parseIsoDate(plan.statusDate).value_or(document.today());
    constexpr int listed = 50;
    int futureActuals = 0;
    for (std::size_t r = 0; r < plan.actuals.size(); ++r) {
        const Actual &actual = plan.actuals[r];
        const auto month = parseMonth(actual.month);
        if (!month || !status.isValid() || *month <= status)
            continue;
        if (++futureActuals <= listed)
            alerts.push_back(
                {Alert::Kind::Variance,
                 Alert::Severity::Warning,
                 Tr::tr("Actuals for %1 × %2 lie after the status date %3: check the month")
                     .arg(NumberText::formatMonth(*month), actual.channel,
                          NumberText::formatDate(status)),
                 {PageId::Actuals, -1, {}, int(r), ActualsModel::MonthColumn}});
    }
    if (futureActuals > listed)
        alerts.push_back({Alert::Kind::Variance,
                          Alert::Severity::Warning,
                          Tr::tr("%n more actual row(s) lie after the status date", nullptr,
                                 futureActuals - listed),
                          {PageId::Actuals, -1, {}, -1, -1}});
    // A funnel narrows: a stage measured above the one before it (conversion above 100 %) is
    // most often two columns swapped on entry or import (issue 21, "smaller").
    int growing = 0;
    for (std::size_t r = 0; r < plan.actuals.size(); ++r) {
        const Actual &actual = plan.actuals[r];
        for (std::size_t k = 1; k < actual.volumes.size(); ++k) {
            if (actual.volumes[k] <= actual.volumes[k - 1])
                continue;
            if (++growing <= listed)
                alerts.push_back(
                    {Alert::Kind::Variance,
                     Alert::Severity::Warning,
                     Tr::tr("%1 × %2: %3 %4 is more than %5 %6 before it in the funnel")
                         .arg(NumberText::formatMonth(actual.month), actual.channel,
                              plan.stages.value(int(k)), ValueFormat::number(actual.volumes[k], 0),
                              plan.stages.value(int(k) - 1),
                              ValueFormat::number(actual.volumes[k - 1], 0)),
                     {PageId::Actuals, -1, {}, int(r), ActualsModel::FirstVolumeColumn + int(k)}});
            break;
        }
    }
    const auto start = parseMonth(plan.start);
    if (!start)
        return;
    const QDate end = start->addMonths(plan.months).addDays(-1);
    for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
        const Milestone &milestone = plan.milestones[i];
        const auto planned = parseIsoDate(milestone.planned);
        if (planned && *planned > end)
            alerts.push_back({Alert::Kind::Milestone,
                              Alert::Severity::Warning,
                              Tr::tr("%1 is planned for %2, after the plan ends on %3")
                                  .arg(milestone.id, NumberText::formatDate(*planned),
                                       NumberText::formatDate(end)),
                              {PageId::Milestones, -1, {}, int(i), 0}});
    }
}

} // namespace

std::vector<Alert> collectAlerts(const PlanDocument &document)
{
    std::vector<Alert> alerts;
    const Plan &plan = document.plan();
    for (const Violation &violation : document.violations()) {
        alerts.push_back({Alert::Kind::Validation, Alert::Severity::Error,
                          violationSentence(plan, violation, ScenarioMention::Include),
                          placeOfPath(plan, violation.path)});
    }
    const Projection *projection = document.projection();
    if (!projection)
        return alerts;
    for (std::size_t i = 0; i < projection->targets.size(); ++i) {
        const TargetStatus &target = projection->targets[i];
        if (target.met)
            continue;
        const QString label =
            target.label.isEmpty() ? metricDisplayName(plan, target.metric) : target.label;
        alerts.push_back(
            {Alert::Kind::Target,
             Alert::Severity::Warning,
             Tr::tr("Target missed: %1 — projected %2, target %3 %4")
                 .arg(label, formatMetric(target.metric, target.projected, plan.currency),
                      comparisonSymbol(target.op),
                      formatMetric(target.metric, target.target, plan.currency)),
             {PageId::Overview, -1, {}, int(i), 0}});
    }
    // Only a plan without errors has meaningful variance and milestone figures.
    if (!document.violations().empty())
        return alerts;
    addMilestoneAlerts(document, alerts);
    addDateAlerts(document, alerts);
    addVarianceAlerts(document, alerts);
    return alerts;
}

QString alertKindName(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::Validation:
        return Tr::tr("Error");
    case Alert::Kind::Target:
        return Tr::tr("Target");
    case Alert::Kind::Variance:
        return Tr::tr("Variance");
    case Alert::Kind::Milestone:
        return Tr::tr("Milestone");
    }
    return {};
}

QString alertGroupName(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::Validation:
        return Tr::tr("Errors");
    case Alert::Kind::Target:
        return Tr::tr("Targets missed");
    case Alert::Kind::Variance:
        return Tr::tr("Variance");
    case Alert::Kind::Milestone:
        return Tr::tr("Milestones");
    }
    return {};
}

} // namespace cplan
