#pragma once

// The tornado of MODEL.md §5.4: each driver family across all channels, and each channel's
// share, moved by ±swing one at a time; the chosen metric at both ends.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace cplan {

struct SensitivityBar
{
    QString driver;             // a family ("cpl", "conversion", ...) or "share:<channel>"
    std::optional<double> low;  // the metric with the driver at (1 − swing) x
    std::optional<double> high; // ... at (1 + swing) x
};

struct SensitivityResult
{
    QString scenario;
    QString metric;
    double swing = 0.2;
    std::optional<double> base;
    std::vector<SensitivityBar> bars; // by |high − low|, largest first; null spans last
};

// The driver families in report order before sorting.
QStringList sensitivityFamilies(); // cpl, conversion, arpu, margin, retention, saturation

// `metric` is any name of MODEL.md §4; swing in [0, 1). Fails with a located message otherwise.
Result<SensitivityResult> runSensitivity(const Plan &plan, const Scenario &scenario,
                                         double swing = 0.2,
                                         const QString &metric = QStringLiteral("roi"));

// The scenario with channel `channel`'s share multiplied by `factor` (clipped to [0, 1]) and
// the other shares re-normalised so they still sum to 1 (MODEL.md §5.4).
Scenario withScaledShare(const Scenario &scenario, int channel, double factor);

} // namespace cplan
