#pragma once

// Axis tick labels: short, in the locale's number format, money in the plan's currency
// (written once in the axis title) and, for Chinese yuan, optionally in 万 (10⁴) and 亿 (10⁸),
// the units a Chinese planner reads budgets in. Tooltips use the full figures of
// ui/widgets/FigureFormat.h instead.

#include "ui/widgets/FigureFormat.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace cplan {

// 1,200,000 → "120万", 250,000,000 → "2.5亿", 9,800 → "9,800".
// With `unitOf`, the unit is the one `unitOf` would get, so every label of an axis uses the
// same unit (9,000 beside 12,000 reads "0.9万", "1.2万", not "9,000", "1.2万").
QString chineseUnitsText(double value, const QLocale &locale = QLocale(),
                         std::optional<double> unitOf = std::nullopt);
// 1,200,000 → "1.2M", 2,500 → "2.5k" (Money and Count); percentages and ratios as such.
QString axisValueText(double value, FigureKind kind, bool chineseUnits,
                      const QLocale &locale = QLocale(),
                      std::optional<double> unitOf = std::nullopt);
// "Spend (CNY)", or "Spend" for kinds that carry no currency.
QString axisTitle(const QString &quantity, FigureKind kind, const QString &currency);

} // namespace cplan
