#pragma once

// Reading and writing the plan's scalar fields and channel drivers by name, shared by the
// document's typed edits and the item models (so a cell edit and a menu edit are the same edit).
// Paths are the validator's (MODEL.md §8, ValidationPath.h).

#include "models/document/PlanDocument.h"
#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QString>
#include <QVariant>

namespace cplan {

// A number from a QVariant holding a number, or text read by NumberText (models/domain): a plain
// number ("1,234.5"; "12.5%" -> 0.125; "3万"), an amount of money in `currency` ("¥20,000,000",
// "2000万", "CNY 20M"), or a share/rate ("60", "60%" and "0.6" are all 0.6). An Error quotes the
// text otherwise; nothing is rounded or clamped.
Result<double> numberFromVariant(const QVariant &value);
Result<double> amountFromVariant(const QVariant &value, const QString &currency);
Result<double> percentFromVariant(const QVariant &value);

QString settingKey(PlanSetting setting);   // "value_horizon_months"
QString settingTitle(PlanSetting setting); // "Value horizon (months)"
QString settingPath(PlanSetting setting);  // validator path
QVariant settingValue(const Plan &plan, PlanSetting setting);
Status writeSetting(Plan &plan, PlanSetting setting, const QVariant &value);

QString driverKey(ChannelDriver driver); // "arpu_monthly"
// "CPL", "Conversion Leads → Registered users".
QString driverTitle(const Plan &plan, ChannelDriver driver, int conversionIndex = 0);
QString scenarioPath(const Plan &plan, int scenario); // scenarios["Plan A"]
QString driverPath(const Plan &plan, int scenario, int channel, ChannelDriver driver,
                   int conversionIndex = 0);
// Invalid QVariant for "no saturation".
QVariant driverValue(const ChannelDrivers &drivers, ChannelDriver driver, int conversionIndex = 0);
// Text in a money driver (CPL, saturation spend, ARPU) is an amount in `currency`; in a share or
// rate, a percentage.
Status writeDriver(ChannelDrivers &drivers, ChannelDriver driver, int conversionIndex,
                   const QVariant &value, const QString &currency = {});
// Shown as a percentage ("12.5%") rather than a plain number or money.
bool isPercentDriver(ChannelDriver driver);

} // namespace cplan
