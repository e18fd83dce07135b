#pragma once

// The cost of each slipped gate (MODEL.md §6 "Gates", `cplan milestones --impact`): per gated
// milestone that is late, the customers, value and CAC of the projection with that milestone on
// time against the projection as forecast, and the planned spend that leaves the horizon.
//
// "On time" holds only that milestone to its planned date; every other slip stays as forecast,
// so each figure is the price of that one delay. The two projections differ in nothing else.

#include "models/domain/Plan.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

// The figures of one projection that a delay changes.
struct DelayFigures
{
    double spend = 0.0;
    double customers = 0.0;
    double value = 0.0;
    std::optional<double> cac; // null when there are no customers
};

struct DelayCost
{
    QString id;
    QString name;
    QString planned;       // as in the plan
    QDate reference;       // MODEL.md §6 reference date
    int delayDays = 0;     // > 0
    int slipMonths = 0;    // reference month − planned month (0: late within the month)
    QStringList gates;     // the channels it gates
    DelayFigures onTime;   // this milestone on time, every other as forecast
    DelayFigures forecast; // everything as forecast (the scenario's projection)
    double spendLost = 0.0; // planned spend this slip moved past the horizon (≈ onTime − forecast)

    double customersDelta() const { return forecast.customers - onTime.customers; }
    double valueDelta() const { return forecast.value - onTime.value; }
    std::optional<double> cacDelta() const;
};

struct DelayCostReport
{
    QString scenario;
    QDate statusDate;
    std::vector<DelayCost> milestones; // plan order: gated milestones with delayDays > 0
    double spendLost = 0.0;            // every slip together (the forecast projection's)
};

// `statusDate` is the status date of the milestone report (effectiveStatusDate()); the
// projections are made with the same one, so "as forecast" is the projection the plan shows.
DelayCostReport delayCosts(const Plan &plan, const Scenario &scenario, QDate statusDate);

} // namespace cplan
