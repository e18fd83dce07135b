#include "models/domain/ValidationReport.h"

#include "models/domain/ValidationPath.h"

#include <QCoreApplication>

#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
};

// MODEL.md §2: shares sum to 1 within 1e-6.
constexpr double sumTolerance = 1e-6;

} // namespace

QString formatSum(double sum)
{
    return formatNumber(QString::number(sum, 'g', 12).toDouble());
}

void ValidationReport::add(const QString &path, const QString &message)
{
    m_violations.push_back(Violation{path, message});
}

bool ValidationReport::requireFinite(const QString &path, double value)
{
    if (std::isfinite(value))
        return true;
    add(path, Tr::tr("must be a finite number (got %1)").arg(formatNumber(value)));
    return false;
}

bool ValidationReport::requireBetween(const QString &path, double value, double low, double high)
{
    if (!requireFinite(path, value))
        return false;
    if (value >= low && value <= high)
        return true;
    add(path, Tr::tr("must be between %1 and %2 (got %3)")
                  .arg(formatNumber(low), formatNumber(high), formatNumber(value)));
    return false;
}

bool ValidationReport::requireAtLeast(const QString &path, double value, double low)
{
    if (!requireFinite(path, value))
        return false;
    if (value >= low)
        return true;
    add(path, Tr::tr("must be at least %1 (got %2)").arg(formatNumber(low), formatNumber(value)));
    return false;
}

bool ValidationReport::requireGreaterThan(const QString &path, double value, double low)
{
    if (!requireFinite(path, value))
        return false;
    if (value > low)
        return true;
    add(path,
        Tr::tr("must be greater than %1 (got %2)").arg(formatNumber(low), formatNumber(value)));
    return false;
}

bool ValidationReport::requireAtMost(const QString &path, double value, double high)
{
    if (!std::isfinite(value) || value <= high)
        return true;
    add(path, Tr::tr("must be at most %1 (got %2)").arg(formatNumber(high), formatNumber(value)));
    return false;
}

bool ValidationReport::requireNotBelow(const QString &path, double value, double low)
{
    if (!std::isfinite(value) || value >= low)
        return true;
    add(path, Tr::tr("must be at least %1 (got %2)").arg(formatNumber(low), formatNumber(value)));
    return false;
}

bool ValidationReport::requireFraction(const QString &path, double value)
{
    if (!requireFinite(path, value))
        return false;
    if (value >= 0.0 && value < 1.0)
        return true;
    add(path, Tr::tr("must be at least 0 and less than 1 (got %1)").arg(formatNumber(value)));
    return false;
}

bool ValidationReport::requireSumToOne(const QString &path, const std::vector<double> &values,
                                       const QString &what)
{
    double sum = 0.0;
    for (double value : values) {
        // A non-finite value is reported where it stands; its sum would say nothing more.
        if (!std::isfinite(value))
            return false;
        sum += value;
    }
    if (std::abs(sum - 1.0) <= sumTolerance)
        return true;
    const QString message = Tr::tr("must sum to 1 (got %1)").arg(formatSum(sum));
    add(path, what.isEmpty() ? message : what + QLatin1Char(' ') + message);
    return false;
}

bool ValidationReport::requireNotEmpty(const QString &path, const QString &text)
{
    if (!text.trimmed().isEmpty())
        return true;
    add(path, Tr::tr("must not be empty"));
    return false;
}

QString ValidationReport::duplicateMessage(const QString &name, bool isId)
{
    return (isId ? Tr::tr("duplicate id %1") : Tr::tr("duplicate name %1")).arg(quoted(name));
}

} // namespace cplan
