#pragma once

// Shared helpers of the .cplan tests: a plan that uses every optional part, and raw access to
// files so a test can damage them the way another program or an attacker would.

#include "models/domain/Plan.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <cmath>
#include <limits>

namespace cplan::test {

inline Phasing phasing(Phasing::Kind kind, std::vector<double> weights)
{
    Phasing result;
    result.kind = kind;
    result.weights = std::move(weights);
    return result;
}

inline ChannelDrivers drivers(double share, double cpl, std::optional<double> saturation)
{
    ChannelDrivers result;
    result.share = share;
    result.cpl = cpl;
    result.saturationSpend = saturation;
    result.conversion = {0.35, 0.2, 1.0 / 3.0};
    result.arpuMonthly = 88.8;
    result.margin = 0.61;
    result.retentionMonthly = 0.97;
    return result;
}

// Every optional of Plan.h in use at least once, both ways where it has two (set / not set),
// with Chinese text and doubles that have no short decimal form.
inline Plan everyOptionalPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Every optional");
    plan.nameZh = QStringLiteral("全部可选项的测试计划");
    plan.currency = QStringLiteral("CNY");
    plan.start = QStringLiteral("2025-03");
    plan.months = 6;
    plan.valueHorizonMonths = 24;
    plan.discountRateAnnual = 0.1 + 0.2;
    plan.statusDate = QString();
    plan.stages = {QStringLiteral("Leads"), QStringLiteral("注册用户"), QStringLiteral("Accounts"),
                   QStringLiteral("Funded")};
    plan.categories = {{QStringLiteral("Marketing"), CategoryKind::Channel},
                       {QStringLiteral("Technology"), CategoryKind::Overhead},
                       {QStringLiteral("储备金"), CategoryKind::Reserve}};
    plan.channels = {{QStringLiteral("Search"), QStringLiteral("Public traffic")},
                     {QStringLiteral("直播带货"), QString()},
                     {QStringLiteral("Events"), QStringLiteral("线下")}};
    plan.targets = {
        {QStringLiteral("cac"), Comparison::LessOrEqual, 1234.5678, QStringLiteral("CAC cap")},
        {QStringLiteral("stage_conversion.2"), Comparison::GreaterOrEqual, 0.15, QString()}};
    plan.varianceThreshold = 0.125;
    plan.milestoneThresholdsDays = {2, 9};

    Milestone done;
    done.id = QStringLiteral("M1");
    done.name = QStringLiteral("基础建设完成");
    done.phase = QStringLiteral("Foundation");
    done.owner = QStringLiteral("PMO");
    done.planned = QStringLiteral("2025-03-31");
    done.actual = QStringLiteral("2025-04-03");
    done.status = MilestoneStatus::Done;
    done.checks = {{QStringLiteral("stage_cum.1"), Comparison::GreaterOrEqual, 30000},
                   {QStringLiteral("cac_to_date"), Comparison::LessOrEqual, 812.25}};
    Milestone running = done;
    running.id = QStringLiteral("M2");
    running.actual.clear();
    running.forecast = QStringLiteral("2025-06-15");
    running.status = MilestoneStatus::InProgress;
    running.dependsOn = {QStringLiteral("M1")};
    running.checks.clear();
    Milestone cancelled;
    cancelled.id = QStringLiteral("M3");
    cancelled.planned = QStringLiteral("2025-07-01");
    cancelled.status = MilestoneStatus::Cancelled;
    cancelled.dependsOn = {QStringLiteral("M2"), QStringLiteral("M1")};
    Milestone planned;
    planned.id = QStringLiteral("M4");
    planned.planned = QStringLiteral("2025-08-31");
    plan.milestones = {done, running, cancelled, planned};

    Scenario monthly;
    monthly.name = QStringLiteral("Plan A 方案");
    monthly.budget = 20'000'000.0;
    monthly.categoryShares = {0.7, 0.2, 0.1};
    monthly.phasing = phasing(Phasing::Kind::Monthly, {1, 2, 3, 0.5, 0.25, 1.0 / 7.0});
    monthly.uncertainty.cpl = 0.1;
    ChannelDrivers unsaturated = drivers(0.5, 42.5, std::nullopt);
    unsaturated.phasing = phasing(Phasing::Kind::Quarterly, {0.35, 0.15, 0.15, 0.35});
    unsaturated.uncertainty.conversion = 0.05;
    unsaturated.uncertainty.retention = 0.02;
    ChannelDrivers overridden = drivers(0.3, 61.0, 500'000.0);
    overridden.carryover = 0.3;
    overridden.minShare = 0.1;
    overridden.maxShare = 0.6;
    overridden.phasing = phasing(Phasing::Kind::Monthly, {0, 0, 1, 1, 2, 3});
    ChannelDrivers evenOverride = drivers(0.2, 120.0, 1e6);
    evenOverride.phasing = Phasing{};
    evenOverride.conversion.clear();
    evenOverride.uncertainty = {0.1, 0.2, 0.3, 0.4};
    monthly.channels = {unsaturated, overridden, evenOverride};

    Scenario even;
    even.name = QStringLiteral("Plan B");
    even.budget = 0.0;
    even.categoryShares = {1.0, 0.0, 0.0};
    even.channels = {drivers(1.0, 1e-9, 1e300), drivers(0.0, 5e-324, 0.1),
                     drivers(0.0, std::numeric_limits<double>::max(), std::nullopt)};
    Scenario quarterly = even;
    quarterly.name = QStringLiteral("Plan C");
    quarterly.phasing = phasing(Phasing::Kind::Quarterly, {1, 1, 1, 2});
    quarterly.uncertainty.arpu = 0.25;
    plan.scenarios = {monthly, even, quarterly};

    plan.actuals = {{QStringLiteral("2025-03"), QStringLiteral("Search"), 1000.5, {100, 20.5, 3}},
                    {QStringLiteral("2025-03"), QStringLiteral("直播带货"), 0.0, {}},
                    {QStringLiteral("2025-04"), QStringLiteral("Events"), 123.25, {7}}};
    return plan;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Runs statements on a file with plain Qt SQL, the way another SQLite tool would change it.
// Returns the first error, or an empty string.
inline QString runSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (!database.open()) {
            error = database.lastError().text();
        } else {
            QSqlQuery query(database);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The first value of a query on a file (for checking what a save wrote).
inline QVariant sqlValue(const QString &path, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace cplan::test
