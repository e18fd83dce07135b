#include "models/storage/CplanReader.h"

#include "models/storage/CplanRowReader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanReader)
};

// Lists owned by another row are read with NOT INDEXED (forEachRow, CplanRowReader.h): their
// order then comes from the table rows themselves, never from the primary-key index, which
// PRAGMA quick_check does not compare with the table (a damaged index could otherwise hide rows
// without any error).

std::optional<Phasing::Kind> phasingKindFromText(const QString &text)
{
    if (text == QLatin1String("even"))
        return Phasing::Kind::Even;
    if (text == QLatin1String("quarterly"))
        return Phasing::Kind::Quarterly;
    if (text == QLatin1String("monthly"))
        return Phasing::Kind::Monthly;
    return std::nullopt;
}

// The text forms of the enumerations; anything else in the file is an error, since a Plan
// cannot hold it.
template <typename Enum, typename Parse>
Enum enumValue(CplanRowReader &row, int column, Parse parse, const char *allowed)
{
    const QString text = row.text(column);
    if (row.failed())
        return Enum{};
    const std::optional<Enum> value = parse(text);
    if (!value) {
        row.failColumn(
            column,
            Tr::tr("must be one of %1 (found \"%2\")").arg(QLatin1String(allowed), text.left(40)));
        return Enum{};
    }
    return *value;
}

Uncertainty uncertaintyAt(CplanRowReader &row, int firstColumn)
{
    Uncertainty uncertainty;
    uncertainty.cpl = row.optionalReal(firstColumn);
    uncertainty.conversion = row.optionalReal(firstColumn + 1);
    uncertainty.arpu = row.optionalReal(firstColumn + 2);
    uncertainty.retention = row.optionalReal(firstColumn + 3);
    return uncertainty;
}

// A list of numbers whose rows start with `ownerKeys` key columns, then the position, then the
// number. `listOf(keys, row)` returns the list the row belongs to, or nullptr after recording
// why the owner cannot hold it.
template <typename ListOf>
QString readNumberLists(QSqlDatabase &database, const QString &table, const QString &sql,
                        int ownerKeys, ListOf listOf)
{
    return forEachRow(database, table, sql, [&](CplanRowReader &row) {
        const std::vector<qint64> keys = row.readKeys(ownerKeys + 1);
        if (row.failed())
            return;
        std::vector<double> *list = listOf(keys, row);
        if (!list || !row.expectPosition(ownerKeys, keys.back(), static_cast<qint64>(list->size())))
            return;
        const double value = row.real(ownerKeys + 1);
        if (!row.failed())
            list->push_back(value);
    });
}

QString readSettings(QSqlDatabase &database, Plan &plan)
{
    int rows = 0;
    const QString error = forEachRow(
        database, QStringLiteral("plan"),
        QStringLiteral("SELECT id, name, name_zh, currency, start_month, months, "
                       "value_horizon_months, discount_rate_annual, status_date, "
                       "variance_threshold, milestone_level1_days, milestone_level2_days "
                       "FROM plan"),
        [&](CplanRowReader &row) {
            if (++rows > 1) {
                row.fail(Tr::tr("there must be exactly one row of plan settings"));
                return;
            }
            if (row.integer(0) != 1)
                row.failColumn(0, Tr::tr("must be 1"));
            plan.name = row.text(1);
            plan.nameZh = row.text(2);
            plan.currency = row.text(3);
            plan.start = row.text(4);
            plan.months = row.smallInteger(5);
            plan.valueHorizonMonths = row.smallInteger(6);
            plan.discountRateAnnual = row.real(7);
            plan.statusDate = row.text(8);
            plan.varianceThreshold = row.real(9);
            plan.milestoneThresholdsDays = {row.smallInteger(10), row.smallInteger(11)};
        });
    if (error.isEmpty() && rows == 0)
        return Tr::tr("plan: the plan settings are missing");
    if (!error.isEmpty())
        return error;
    // Schema 3; an older file was migrated (on a copy) before it is read.
    return forEachRow(database, QStringLiteral("plan"),
                      QStringLiteral("SELECT baseline_scenario FROM plan"),
                      [&](CplanRowReader &row) { plan.baselineScenario = row.text(0); });
}

QString readNamedLists(QSqlDatabase &database, Plan &plan)
{
    QString error =
        forEachRow(database, QStringLiteral("stages"),
                   QStringLiteral("SELECT position, name FROM stages ORDER BY position"),
                   [&](CplanRowReader &row) {
                       const auto keys = row.readKeys(1);
                       if (row.expectPosition(0, keys[0], plan.stages.size()))
                           plan.stages << row.text(1);
                   });
    if (error.isEmpty())
        error = forEachRow(
            database, QStringLiteral("categories"),
            QStringLiteral("SELECT position, name, kind FROM categories ORDER BY position"),
            [&](CplanRowReader &row) {
                const auto keys = row.readKeys(1);
                if (!row.expectPosition(0, keys[0], static_cast<qint64>(plan.categories.size())))
                    return;
                Category category;
                category.name = row.text(1);
                category.kind = enumValue<CategoryKind>(row, 2, categoryKindFromString,
                                                        "channel, overhead, reserve");
                plan.categories.push_back(category);
            });
    if (error.isEmpty())
        error = forEachRow(
            database, QStringLiteral("channels"),
            QStringLiteral("SELECT position, name, channel_group FROM channels "
                           "ORDER BY position"),
            [&](CplanRowReader &row) {
                const auto keys = row.readKeys(1);
                if (!row.expectPosition(0, keys[0], static_cast<qint64>(plan.channels.size())))
                    return;
                plan.channels.push_back(Channel{row.text(1), row.text(2)});
            });
    if (error.isEmpty())
        error = forEachRow(
            database, QStringLiteral("targets"),
            QStringLiteral(
                "SELECT position, metric, op, value, label FROM targets ORDER BY position"),
            [&](CplanRowReader &row) {
                const auto keys = row.readKeys(1);
                if (!row.expectPosition(0, keys[0], static_cast<qint64>(plan.targets.size())))
                    return;
                Target target;
                target.metric = row.text(1);
                target.op = enumValue<Comparison>(row, 2, comparisonFromString, "<=, >=");
                target.value = row.real(3);
                target.label = row.text(4);
                plan.targets.push_back(target);
            });
    return error;
}

QString readMilestones(QSqlDatabase &database, Plan &plan)
{
    QString error = forEachRow(
        database, QStringLiteral("milestones"),
        QStringLiteral("SELECT position, milestone_id, name, phase, owner, planned, forecast, "
                       "actual, status FROM milestones ORDER BY position"),
        [&](CplanRowReader &row) {
            const auto keys = row.readKeys(1);
            if (!row.expectPosition(0, keys[0], static_cast<qint64>(plan.milestones.size())))
                return;
            Milestone milestone;
            milestone.id = row.text(1);
            milestone.name = row.text(2);
            milestone.phase = row.text(3);
            milestone.owner = row.text(4);
            milestone.planned = row.text(5);
            milestone.forecast = row.text(6);
            milestone.actual = row.text(7);
            milestone.status = enumValue<MilestoneStatus>(row, 8, milestoneStatusFromString,
                                                          "planned, in_progress, done, cancelled");
            plan.milestones.push_back(milestone);
        });
    if (error.isEmpty())
        error = forEachRow(
            database, QStringLiteral("milestone_dependencies"),
            QStringLiteral(
                "SELECT milestone, position, depends_on FROM milestone_dependencies NOT INDEXED "
                "ORDER BY milestone, position"),
            [&](CplanRowReader &row) {
                const auto keys = row.readKeys(2);
                if (!row.expectOwner(0, keys[0], plan.milestones.size()))
                    return;
                QStringList &dependsOn =
                    plan.milestones[static_cast<std::size_t>(keys[0])].dependsOn;
                if (row.expectPosition(1, keys[1], dependsOn.size()))
                    dependsOn << row.text(2);
            });
    if (error.isEmpty())
        error = forEachRow(
            database, QStringLiteral("milestone_checks"),
            QStringLiteral(
                "SELECT milestone, position, metric, op, value FROM milestone_checks NOT INDEXED "
                "ORDER BY milestone, position"),
            [&](CplanRowReader &row) {
                const auto keys = row.readKeys(2);
                if (!row.expectOwner(0, keys[0], plan.milestones.size()))
                    return;
                auto &checks = plan.milestones[static_cast<std::size_t>(keys[0])].checks;
                if (!row.expectPosition(1, keys[1], static_cast<qint64>(checks.size())))
                    return;
                Check check;
                check.metric = row.text(2);
                check.op = enumValue<Comparison>(row, 3, comparisonFromString, "<=, >=");
                check.value = row.real(4);
                checks.push_back(check);
            });
    // MODEL.md §6 "Gates"; an older file was migrated (on a copy) before it is read.
    if (error.isEmpty())
        error = forEachRow(
            database, QStringLiteral("milestone_gates"),
            QStringLiteral("SELECT milestone, position, channel FROM milestone_gates NOT INDEXED "
                           "ORDER BY milestone, position"),
            [&](CplanRowReader &row) {
                const auto keys = row.readKeys(2);
                if (!row.expectOwner(0, keys[0], plan.milestones.size()))
                    return;
                QStringList &gates = plan.milestones[static_cast<std::size_t>(keys[0])].gates;
                if (row.expectPosition(1, keys[1], gates.size()))
                    gates << row.text(2);
            });
    return error;
}

QString readChannelDrivers(QSqlDatabase &database, Plan &plan)
{
    QString error = forEachRow(
        database, QStringLiteral("channel_drivers"),
        QStringLiteral(
            "SELECT scenario, position, share, cpl, saturation_spend, carryover, "
            "arpu_monthly, margin, retention_monthly, min_share, max_share, phasing, "
            "uncertainty_cpl, uncertainty_conversion, uncertainty_arpu, "
            "uncertainty_retention FROM channel_drivers NOT INDEXED ORDER BY scenario, position"),
        [&](CplanRowReader &row) {
            const auto keys = row.readKeys(2);
            if (!row.expectOwner(0, keys[0], plan.scenarios.size()))
                return;
            auto &channels = plan.scenarios[static_cast<std::size_t>(keys[0])].channels;
            if (!row.expectPosition(1, keys[1], static_cast<qint64>(channels.size())))
                return;
            ChannelDrivers drivers;
            drivers.share = row.real(2);
            drivers.cpl = row.real(3);
            drivers.saturationSpend = row.optionalReal(4);
            drivers.carryover = row.real(5);
            drivers.arpuMonthly = row.real(6);
            drivers.margin = row.real(7);
            drivers.retentionMonthly = row.real(8);
            drivers.minShare = row.real(9);
            drivers.maxShare = row.real(10);
            if (row.optionalText(11)) {
                Phasing phasing;
                phasing.kind = enumValue<Phasing::Kind>(row, 11, phasingKindFromText,
                                                        "even, quarterly, monthly");
                drivers.phasing = phasing;
            }
            drivers.uncertainty = uncertaintyAt(row, 12);
            channels.push_back(drivers);
        });
    // The driver a rate or weight belongs to, or nullptr after recording why there is none.
    const auto driversOf = [&plan](const std::vector<qint64> &keys,
                                   CplanRowReader &row) -> ChannelDrivers * {
        if (!row.expectOwner(0, keys[0], plan.scenarios.size()))
            return nullptr;
        auto &channels = plan.scenarios[static_cast<std::size_t>(keys[0])].channels;
        if (!row.expectOwner(1, keys[1], channels.size()))
            return nullptr;
        return &channels[static_cast<std::size_t>(keys[1])];
    };
    if (error.isEmpty())
        error = readNumberLists(
            database, QStringLiteral("channel_conversion_rates"),
            QStringLiteral(
                "SELECT scenario, channel, position, rate FROM "
                "channel_conversion_rates NOT INDEXED ORDER BY scenario, channel, position"),
            2, [&](const std::vector<qint64> &keys, CplanRowReader &row) {
                ChannelDrivers *drivers = driversOf(keys, row);
                return drivers ? &drivers->conversion : nullptr;
            });
    if (error.isEmpty())
        error = readNumberLists(
            database, QStringLiteral("channel_phasing_weights"),
            QStringLiteral(
                "SELECT scenario, channel, position, weight FROM "
                "channel_phasing_weights NOT INDEXED ORDER BY scenario, channel, position"),
            2, [&](const std::vector<qint64> &keys, CplanRowReader &row) -> std::vector<double> * {
                ChannelDrivers *drivers = driversOf(keys, row);
                if (!drivers)
                    return nullptr;
                if (!drivers->phasing) {
                    row.fail(Tr::tr("belongs to a channel that has no phasing of its own"));
                    return nullptr;
                }
                return &drivers->phasing->weights;
            });
    return error;
}

QString readScenarios(QSqlDatabase &database, Plan &plan)
{
    QString error = forEachRow(
        database, QStringLiteral("scenarios"),
        QStringLiteral("SELECT position, name, budget, phasing, uncertainty_cpl, "
                       "uncertainty_conversion, uncertainty_arpu, uncertainty_retention, "
                       "signoff_state, signoff_by, signoff_at, signoff_comment, approved_by, "
                       "approved_at FROM scenarios ORDER BY position"),
        [&](CplanRowReader &row) {
            const auto keys = row.readKeys(1);
            if (!row.expectPosition(0, keys[0], static_cast<qint64>(plan.scenarios.size())))
                return;
            Scenario scenario;
            scenario.name = row.text(1);
            scenario.budget = row.real(2);
            scenario.phasing.kind =
                enumValue<Phasing::Kind>(row, 3, phasingKindFromText, "even, quarterly, monthly");
            scenario.uncertainty = uncertaintyAt(row, 4);
            scenario.signoff.state = enumValue<SignoffState>(row, 8, signoffStateFromString,
                                                             "draft, submitted, approved, locked");
            scenario.signoff.by = row.text(9);
            scenario.signoff.at = row.text(10);
            scenario.signoff.comment = row.text(11);
            scenario.signoff.approvedBy = row.text(12);
            scenario.signoff.approvedAt = row.text(13);
            plan.scenarios.push_back(scenario);
        });
    const auto scenarioOf = [&plan](const std::vector<qint64> &keys,
                                    CplanRowReader &row) -> Scenario * {
        if (!row.expectOwner(0, keys[0], plan.scenarios.size()))
            return nullptr;
        return &plan.scenarios[static_cast<std::size_t>(keys[0])];
    };
    if (error.isEmpty())
        error = readNumberLists(
            database, QStringLiteral("scenario_category_shares"),
            QStringLiteral(
                "SELECT scenario, position, share FROM scenario_category_shares NOT INDEXED "
                "ORDER BY scenario, position"),
            1, [&](const std::vector<qint64> &keys, CplanRowReader &row) {
                Scenario *scenario = scenarioOf(keys, row);
                return scenario ? &scenario->categoryShares : nullptr;
            });
    if (error.isEmpty())
        error = readNumberLists(
            database, QStringLiteral("scenario_phasing_weights"),
            QStringLiteral(
                "SELECT scenario, position, weight FROM scenario_phasing_weights NOT INDEXED "
                "ORDER BY scenario, position"),
            1, [&](const std::vector<qint64> &keys, CplanRowReader &row) {
                Scenario *scenario = scenarioOf(keys, row);
                return scenario ? &scenario->phasing.weights : nullptr;
            });
    if (error.isEmpty())
        error = readChannelDrivers(database, plan);
    return error;
}

// Rows of the actuals' form from `table` and their volumes from `volumeTable` (owner column
// `owner`): the actuals, and the past actuals (their schema step: pastActualsSchemaVersion()).
QString readActualRows(QSqlDatabase &database, std::vector<Actual> &rows, const QString &table,
                       const QString &volumeTable, const QString &owner)
{
    QString error = forEachRow(
        database, table,
        QStringLiteral("SELECT position, month, channel, spend FROM %1 ORDER BY position")
            .arg(table),
        [&](CplanRowReader &row) {
            const auto keys = row.readKeys(1);
            if (!row.expectPosition(0, keys[0], static_cast<qint64>(rows.size())))
                return;
            Actual actual;
            actual.month = row.text(1);
            actual.channel = row.text(2);
            actual.spend = row.real(3);
            rows.push_back(actual);
        });
    if (error.isEmpty())
        error = readNumberLists(
            database, volumeTable,
            QStringLiteral("SELECT %1, position, volume FROM %2 NOT INDEXED ORDER BY %1, position")
                .arg(owner, volumeTable),
            1, [&](const std::vector<qint64> &keys, CplanRowReader &row) -> std::vector<double> * {
                if (!row.expectOwner(0, keys[0], rows.size()))
                    return nullptr;
                return &rows[static_cast<std::size_t>(keys[0])].volumes;
            });
    return error;
}

QString readActuals(QSqlDatabase &database, Plan &plan)
{
    QString error = readActualRows(database, plan.actuals, QStringLiteral("actuals"),
                                   QStringLiteral("actual_volumes"), QStringLiteral("actual"));
    // Schema 4; an older file was migrated (on a copy) before it is read.
    if (error.isEmpty())
        error =
            readActualRows(database, plan.pastActuals, QStringLiteral("past_actuals"),
                           QStringLiteral("past_actual_volumes"), QStringLiteral("past_actual"));
    return error;
}

// MODEL.md §10 "People and roles" (the history schema step).
QString readPeople(QSqlDatabase &database, Plan &plan)
{
    return forEachRow(
        database, QStringLiteral("people"),
        QStringLiteral("SELECT position, name, role FROM people ORDER BY position"),
        [&](CplanRowReader &row) {
            const auto keys = row.readKeys(1);
            if (!row.expectPosition(0, keys[0], static_cast<qint64>(plan.people.size())))
                return;
            Person person;
            person.name = row.text(1);
            person.role = enumValue<PersonRole>(row, 2, personRoleFromString,
                                                "director, finance, pm, viewer");
            plan.people.push_back(person);
        });
}

} // namespace

Result<Plan> readPlanTables(QSqlDatabase &database)
{
    // Start from an empty plan, not Plan's defaults: every field comes from the file.
    Plan plan;
    plan.stages.clear();
    for (auto *part : {&readSettings, &readNamedLists, &readMilestones, &readScenarios,
                       &readActuals, &readPeople}) {
        const QString error = part(database, plan);
        if (!error.isEmpty())
            return Error{error};
    }
    return plan;
}

} // namespace cplan
