#include "models/storage/CplanWriter.h"

#include "models/storage/CplanFile.h"
#include "models/storage/CplanReader.h"
#include "models/storage/CplanSchema.h"
#include "models/storage/PlanJson.h"
#include "models/storage/SqlConnection.h"
#include "models/storage/SqlTransaction.h"

#include "cplan/Version.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cmath>
#include <optional>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanWriter)
};

QString phasingText(Phasing::Kind kind)
{
    switch (kind) {
    case Phasing::Kind::Even:
        return QStringLiteral("even");
    case Phasing::Kind::Quarterly:
        return QStringLiteral("quarterly");
    case Phasing::Kind::Monthly:
        return QStringLiteral("monthly");
    }
    return {};
}

// One prepared INSERT for a table, filled value by value in column order. The first problem
// (a value SQLite cannot hold, a failed statement) is kept and ends the writing.
class RowInserter
{
public:
    RowInserter(QSqlDatabase &database, const QString &table, const QStringList &columns)
        : m_query(database), m_table(table), m_columns(columns)
    {
        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders << QStringLiteral("?");
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")),
                                     placeholders.join(QStringLiteral(", ")));
        if (!m_query.prepare(sql))
            fail(m_query.lastError().databaseText());
    }

    RowInserter &integer(qint64 value) { return bind(QVariant(value)); }

    // An empty QString that is null would be bound as SQL NULL; NOT NULL columns want text.
    RowInserter &text(const QString &value)
    {
        return bind(QVariant(value.isNull() ? QString(QLatin1String("")) : value));
    }

    // SQLite turns a NaN into NULL, which would read back as a different plan: refuse it.
    RowInserter &real(double value)
    {
        if (std::isnan(value) && m_error.isEmpty())
            fail(Tr::tr("the value is not a number"), m_next);
        return bind(QVariant(value));
    }

    RowInserter &optionalReal(std::optional<double> value)
    {
        return value ? real(*value) : bind(QVariant(QMetaType::fromType<double>()));
    }

    RowInserter &optionalText(const std::optional<QString> &value)
    {
        return value ? text(*value) : bind(QVariant(QMetaType::fromType<QString>()));
    }

    bool insert()
    {
        m_next = 0;
        if (!m_error.isEmpty())
            return false;
        if (!m_query.exec()) {
            fail(m_query.lastError().databaseText());
            return false;
        }
        return true;
    }

    const QString &error() const { return m_error; }

private:
    RowInserter &bind(const QVariant &value)
    {
        m_query.bindValue(m_next++, value);
        return *this;
    }

    void fail(const QString &reason, int column = -1)
    {
        if (!m_error.isEmpty())
            return;
        const QString place = column >= 0 && column < m_columns.size()
                                  ? m_table + QLatin1Char('.') + m_columns[column]
                                  : m_table;
        m_error = place + QStringLiteral(": ") + reason;
    }

    QSqlQuery m_query;
    QString m_table;
    QStringList m_columns;
    int m_next = 0;
    QString m_error;
};

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}

// The Monte Carlo half-widths in the column order of the schema (cpl, conversion, arpu,
// retention).
void bindUncertainty(RowInserter &row, const Uncertainty &uncertainty)
{
    row.optionalReal(uncertainty.cpl)
        .optionalReal(uncertainty.conversion)
        .optionalReal(uncertainty.arpu)
        .optionalReal(uncertainty.retention);
}

// Writes one list of numbers owned by the row `owner` (one or two key columns).
Status writeNumberList(QSqlDatabase &database, const QString &table, const QStringList &keys,
                       const QString &valueColumn, const std::vector<qint64> &owner,
                       const std::vector<double> &values)
{
    RowInserter row(database, table, keys + QStringList{QStringLiteral("position"), valueColumn});
    for (std::size_t i = 0; i < values.size(); ++i) {
        for (qint64 key : owner)
            row.integer(key);
        row.integer(static_cast<qint64>(i)).real(values[i]);
        if (!row.insert())
            return Error{row.error()};
    }
    return row.error().isEmpty() ? success() : Status(Error{row.error()});
}

Status writePlanSettings(QSqlDatabase &database, const Plan &plan)
{
    RowInserter row(
        database, QStringLiteral("plan"),
        columns({"id", "name", "name_zh", "currency", "start_month", "months",
                 "value_horizon_months", "discount_rate_annual", "status_date",
                 "variance_threshold", "milestone_level1_days", "milestone_level2_days"}));
    row.integer(1)
        .text(plan.name)
        .text(plan.nameZh)
        .text(plan.currency)
        .text(plan.start)
        .integer(plan.months)
        .integer(plan.valueHorizonMonths)
        .real(plan.discountRateAnnual)
        .text(plan.statusDate)
        .real(plan.varianceThreshold)
        .integer(plan.milestoneThresholdsDays[0])
        .integer(plan.milestoneThresholdsDays[1]);
    return row.insert() ? success() : Status(Error{row.error()});
}

Status writeNamedLists(QSqlDatabase &database, const Plan &plan)
{
    RowInserter stage(database, QStringLiteral("stages"), columns({"position", "name"}));
    for (qsizetype i = 0; i < plan.stages.size(); ++i) {
        if (!stage.integer(i).text(plan.stages[i]).insert())
            return Error{stage.error()};
    }
    RowInserter category(database, QStringLiteral("categories"),
                         columns({"position", "name", "kind"}));
    for (std::size_t i = 0; i < plan.categories.size(); ++i) {
        const Category &item = plan.categories[i];
        if (!category.integer(static_cast<qint64>(i))
                 .text(item.name)
                 .text(toString(item.kind))
                 .insert())
            return Error{category.error()};
    }
    RowInserter channel(database, QStringLiteral("channels"),
                        columns({"position", "name", "channel_group"}));
    for (std::size_t i = 0; i < plan.channels.size(); ++i) {
        const Channel &item = plan.channels[i];
        if (!channel.integer(static_cast<qint64>(i)).text(item.name).text(item.group).insert())
            return Error{channel.error()};
    }
    RowInserter target(database, QStringLiteral("targets"),
                       columns({"position", "metric", "op", "value", "label"}));
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        const Target &item = plan.targets[i];
        if (!target.integer(static_cast<qint64>(i))
                 .text(item.metric)
                 .text(toString(item.op))
                 .real(item.value)
                 .text(item.label)
                 .insert())
            return Error{target.error()};
    }
    return success();
}

Status writeMilestones(QSqlDatabase &database, const Plan &plan)
{
    RowInserter milestone(database, QStringLiteral("milestones"),
                          columns({"position", "milestone_id", "name", "phase", "owner", "planned",
                                   "forecast", "actual", "status"}));
    RowInserter dependency(database, QStringLiteral("milestone_dependencies"),
                           columns({"milestone", "position", "depends_on"}));
    RowInserter check(database, QStringLiteral("milestone_checks"),
                      columns({"milestone", "position", "metric", "op", "value"}));
    for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
        const Milestone &item = plan.milestones[i];
        const auto position = static_cast<qint64>(i);
        if (!milestone.integer(position)
                 .text(item.id)
                 .text(item.name)
                 .text(item.phase)
                 .text(item.owner)
                 .text(item.planned)
                 .text(item.forecast)
                 .text(item.actual)
                 .text(toString(item.status))
                 .insert())
            return Error{milestone.error()};
        for (qsizetype d = 0; d < item.dependsOn.size(); ++d) {
            if (!dependency.integer(position).integer(d).text(item.dependsOn[d]).insert())
                return Error{dependency.error()};
        }
        for (std::size_t c = 0; c < item.checks.size(); ++c) {
            const Check &entry = item.checks[c];
            if (!check.integer(position)
                     .integer(static_cast<qint64>(c))
                     .text(entry.metric)
                     .text(toString(entry.op))
                     .real(entry.value)
                     .insert())
                return Error{check.error()};
        }
    }
    return success();
}

Status writeChannelDrivers(QSqlDatabase &database, qint64 scenario,
                           const std::vector<ChannelDrivers> &drivers)
{
    RowInserter row(
        database, QStringLiteral("channel_drivers"),
        columns({"scenario", "position", "share", "cpl", "saturation_spend", "carryover",
                 "arpu_monthly", "margin", "retention_monthly", "min_share", "max_share", "phasing",
                 "uncertainty_cpl", "uncertainty_conversion", "uncertainty_arpu",
                 "uncertainty_retention"}));
    for (std::size_t i = 0; i < drivers.size(); ++i) {
        const ChannelDrivers &item = drivers[i];
        const auto position = static_cast<qint64>(i);
        row.integer(scenario)
            .integer(position)
            .real(item.share)
            .real(item.cpl)
            .optionalReal(item.saturationSpend)
            .real(item.carryover)
            .real(item.arpuMonthly)
            .real(item.margin)
            .real(item.retentionMonthly)
            .real(item.minShare)
            .real(item.maxShare)
            .optionalText(item.phasing ? std::optional<QString>(phasingText(item.phasing->kind))
                                       : std::nullopt);
        bindUncertainty(row, item.uncertainty);
        if (!row.insert())
            return Error{row.error()};
        const QStringList keys{QStringLiteral("scenario"), QStringLiteral("channel")};
        Status written =
            writeNumberList(database, QStringLiteral("channel_conversion_rates"), keys,
                            QStringLiteral("rate"), {scenario, position}, item.conversion);
        if (!written)
            return written;
        if (item.phasing) {
            written = writeNumberList(database, QStringLiteral("channel_phasing_weights"), keys,
                                      QStringLiteral("weight"), {scenario, position},
                                      item.phasing->weights);
            if (!written)
                return written;
        }
    }
    return success();
}

Status writeScenarios(QSqlDatabase &database, const Plan &plan)
{
    RowInserter row(
        database, QStringLiteral("scenarios"),
        columns({"position", "name", "budget", "phasing", "uncertainty_cpl",
                 "uncertainty_conversion", "uncertainty_arpu", "uncertainty_retention"}));
    const QStringList key{QStringLiteral("scenario")};
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const Scenario &item = plan.scenarios[i];
        const auto position = static_cast<qint64>(i);
        row.integer(position)
            .text(item.name)
            .real(item.budget)
            .text(phasingText(item.phasing.kind));
        bindUncertainty(row, item.uncertainty);
        if (!row.insert())
            return Error{row.error()};
        Status written = writeNumberList(database, QStringLiteral("scenario_category_shares"), key,
                                         QStringLiteral("share"), {position}, item.categoryShares);
        if (written)
            written = writeNumberList(database, QStringLiteral("scenario_phasing_weights"), key,
                                      QStringLiteral("weight"), {position}, item.phasing.weights);
        if (written)
            written = writeChannelDrivers(database, position, item.channels);
        if (!written)
            return written;
    }
    return success();
}

// Rows of the actuals' form into `table` and their volumes into `table`'s volume list, whose
// owner column is `owner` ("actuals"/"actual_volumes"/"actual", and the same for past actuals).
Status writeActualRows(QSqlDatabase &database, const std::vector<Actual> &rows,
                       const QString &table, const QString &volumeTable, const QString &owner)
{
    RowInserter row(database, table, columns({"position", "month", "channel", "spend"}));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Actual &item = rows[i];
        const auto position = static_cast<qint64>(i);
        if (!row.integer(position).text(item.month).text(item.channel).real(item.spend).insert())
            return Error{row.error()};
        const Status written = writeNumberList(database, volumeTable, {owner},
                                               QStringLiteral("volume"), {position}, item.volumes);
        if (!written)
            return written;
    }
    return success();
}

Status writeActuals(QSqlDatabase &database, const Plan &plan)
{
    return writeActualRows(database, plan.actuals, QStringLiteral("actuals"),
                           QStringLiteral("actual_volumes"), QStringLiteral("actual"));
}

// The past actuals step added the tables.
Status writePastActuals(QSqlDatabase &database, const Plan &plan)
{
    return writeActualRows(database, plan.pastActuals, QStringLiteral("past_actuals"),
                           QStringLiteral("past_actual_volumes"), QStringLiteral("past_actual"));
}

Status writeMeta(QSqlDatabase &database, const QDateTime &savedAt)
{
    RowInserter row(database, QStringLiteral("meta"), columns({"key", "value"}));
    row.text(QStringLiteral("written_by"))
        .text(QStringLiteral("Campaign Planner ") + QLatin1String(versionString));
    if (!row.insert())
        return Error{row.error()};
    row.text(QStringLiteral("saved_at")).text(savedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!row.insert())
        return Error{row.error()};
    return success();
}

// The content checksum (MODEL.md §10), checked on open (CplanFile.cpp): a flipped byte in a name
// or a number is found there. It is taken of the plan as the tables hold it, read back, so text
// that SQLite stores differently (a lone UTF-16 surrogate, say) cannot make a file the program
// just wrote look damaged.
Status writeContentHash(QSqlDatabase &database)
{
    const Result<Plan> stored = readPlanTables(database);
    if (!stored)
        return Error{stored.error()};
    RowInserter row(database, QStringLiteral("meta"), columns({"key", "value"}));
    row.text(QLatin1String(cplanContentHashKey)).text(planContentHash(*stored));
    if (!row.insert())
        return Error{row.error()};
    return success();
}

// Schema 3 added the column to the plan row written above.
Status writeBaselineScenario(QSqlDatabase &database, const Plan &plan)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE plan SET baseline_scenario = ? WHERE id = 1"));
    // An empty QString is null to SQL; the column is NOT NULL with '' for "the first".
    query.addBindValue(plan.baselineScenario.isNull() ? QString(QLatin1String(""))
                                                      : plan.baselineScenario);
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    return success();
}

// The milestone_gates table (MODEL.md §6 "Gates"), from milestoneGatesSchemaVersion().
Status writeMilestoneGates(QSqlDatabase &database, const Plan &plan)
{
    RowInserter gate(database, QStringLiteral("milestone_gates"),
                     columns({"milestone", "position", "channel"}));
    for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
        const QStringList &gates = plan.milestones[i].gates;
        for (qsizetype g = 0; g < gates.size(); ++g) {
            if (!gate.integer(static_cast<qint64>(i)).integer(g).text(gates[g]).insert())
                return Error{gate.error()};
        }
    }
    return success();
}

// The history step's columns and table (MODEL.md §10): sign-off of each scenario, the people.
Status writeSignoffAndPeople(QSqlDatabase &database, const Plan &plan)
{
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("UPDATE scenarios SET signoff_state = ?, signoff_by = ?, signoff_at = ?, "
                       "signoff_comment = ?, approved_by = ?, approved_at = ? WHERE position = ?"));
    const auto text = [](const QString &value) {
        return value.isNull() ? QString(QLatin1String("")) : value; // NOT NULL columns
    };
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const Signoff &signoff = plan.scenarios[i].signoff;
        if (signoff == Signoff{})
            continue; // the column defaults
        query.addBindValue(toString(signoff.state));
        for (const QString *value :
             {&signoff.by, &signoff.at, &signoff.comment, &signoff.approvedBy, &signoff.approvedAt})
            query.addBindValue(text(*value));
        query.addBindValue(static_cast<qint64>(i));
        if (!query.exec())
            return Error{query.lastError().databaseText()};
    }
    RowInserter person(database, QStringLiteral("people"), columns({"position", "name", "role"}));
    for (std::size_t i = 0; i < plan.people.size(); ++i) {
        if (!person.integer(static_cast<qint64>(i))
                 .text(plan.people[i].name)
                 .text(toString(plan.people[i].role))
                 .insert())
            return Error{person.error()};
    }
    return success();
}

} // namespace

Status writeVersionedPlanContent(QSqlDatabase &database, const Plan &plan, int schemaVersion)
{
    Status written = writePlanTables(database, plan);
    if (written && schemaVersion >= 3)
        written = writeBaselineScenario(database, plan);
    if (written && schemaVersion >= milestoneGatesSchemaVersion())
        written = writeMilestoneGates(database, plan);
    if (written && schemaVersion >= pastActualsSchemaVersion())
        written = writePastActuals(database, plan);
    if (written && schemaVersion >= historySchemaVersion())
        written = writeSignoffAndPeople(database, plan);
    return written;
}

Status rewriteContentHash(QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    query.addBindValue(QLatin1String(cplanContentHashKey));
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    return writeContentHash(database);
}

Status writePlanTables(QSqlDatabase &database, const Plan &plan)
{
    for (auto *part :
         {&writePlanSettings, &writeNamedLists, &writeMilestones, &writeScenarios, &writeActuals}) {
        const Status written = part(database, plan);
        if (!written)
            return written;
    }
    return success();
}

Status writeCplanDatabase(const Plan &plan, const QString &fileName, int schemaVersion,
                          const QDateTime &savedAt)
{
    if (schemaVersion < 1 || schemaVersion > cplanSchemaVersion())
        return Error{Tr::tr("schema %1 cannot be written").arg(schemaVersion)};
    SqlConnection connection(fileName);
    if (!connection.open())
        return Error{connection.errorText()};
    QSqlDatabase &database = connection.database();
    {
        // DELETE journal and FULL sync: the file is complete and durable when the last COMMIT
        // returns, before it is synced once more and renamed over the user's file.
        QSqlQuery pragma(database);
        for (const QString &statement :
             {QStringLiteral("PRAGMA journal_mode = DELETE"),
              QStringLiteral("PRAGMA synchronous = FULL"),
              QStringLiteral("PRAGMA foreign_keys = ON"),
              QStringLiteral("PRAGMA application_id = %1").arg(cplanApplicationId)}) {
            if (!pragma.exec(statement))
                return Error{pragma.lastError().databaseText()};
        }
    }
    const Status migrated = migrateCplanSchema(database, 0, schemaVersion);
    if (!migrated)
        return migrated;
    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return Error{database.lastError().databaseText()};
    Status written = writeVersionedPlanContent(database, plan, schemaVersion);
    if (written && schemaVersion >= 2)
        written = writeMeta(database, savedAt);
    // The tables are read back at this build's schema only; older schemas (test files) had no
    // checksum anyway.
    if (written && schemaVersion == cplanSchemaVersion())
        written = writeContentHash(database);
    if (!written)
        return written;
    if (!transaction.commit())
        return Error{database.lastError().databaseText()};
    return success();
}

} // namespace cplan
