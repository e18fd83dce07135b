// Every channel driver outside its range is reported at its own path, and a value inside is not:
// each driver and phasing weight of a channel, with values on, inside and past each bound (and
// NaN, infinities). The validator checks a channel's drivers by their values first and builds
// the paths only for a channel that breaks a rule (plainlyValidDrivers, issue 21 C); this test
// holds that shortcut to the rules.

#include "models/domain/PlanValidator.h"
#include "models/storage/PlanJson.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace cplan;

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

struct Rule
{
    const char *key; // the path after the channel's, e.g. "cpl", "phasing.monthly[3]"
    std::function<void(ChannelDrivers &, double)> set;
    std::function<bool(double)> valid;
};

QStringList pathsOf(const std::vector<Violation> &violations)
{
    QStringList paths;
    for (const Violation &violation : violations)
        paths << violation.path;
    return paths;
}

} // namespace

class PlanValidatorDriversTest : public QObject
{
    Q_OBJECT

private slots:
    void everyDriverOutsideItsRangeIsReported();
};

void PlanValidatorDriversTest::everyDriverOutsideItsRangeIsReported()
{
    Plan plan = samplePlan();
    QVERIFY(validatePlan(plan).empty());
    const int months = plan.months;
    // One channel with its own monthly phasing, so its weights are checked too.
    ChannelDrivers &base = plan.scenarios[0].channels[1];
    base.phasing = Phasing{Phasing::Kind::Monthly, std::vector<double>(std::size_t(months), 1.0)};
    base.saturationSpend = 500'000.0;
    base.uncertainty = {0.1, 0.1, 0.1, 0.01};
    QVERIFY(validatePlan(plan).empty());
    const QString channelPath = QStringLiteral("scenarios[\"%1\"].channels[\"%2\"].")
                                    .arg(plan.scenarios[0].name, plan.channels[1].name);

    const auto within = [](double low, double high) {
        return [low, high](double v) {
            return v >= low && v <= high;
        };
    };
    const auto fraction = [](double v) {
        return v >= 0.0 && v < 1.0;
    };
    const std::vector<Rule> rules = {
        {"share", [](ChannelDrivers &d, double v) { d.share = v; }, within(0.0, 1.0)},
        {"cpl", [](ChannelDrivers &d, double v) { d.cpl = v; }, within(1e-6, 1e12)},
        {"saturation_spend", [](ChannelDrivers &d, double v) { d.saturationSpend = v; },
         within(1e-6, 1e15)},
        {"carryover", [](ChannelDrivers &d, double v) { d.carryover = v; }, fraction},
        {"conversion[0]", [](ChannelDrivers &d, double v) { d.conversion[0] = v; },
         within(0.0, 1.0)},
        {"conversion[1]", [](ChannelDrivers &d, double v) { d.conversion[1] = v; },
         within(0.0, 1.0)},
        {"arpu_monthly", [](ChannelDrivers &d, double v) { d.arpuMonthly = v; }, within(0.0, 1e12)},
        {"margin", [](ChannelDrivers &d, double v) { d.margin = v; }, within(0.0, 1.0)},
        {"retention_monthly", [](ChannelDrivers &d, double v) { d.retentionMonthly = v; },
         within(0.0, 1.0)},
        {"max_share", [](ChannelDrivers &d, double v) { d.maxShare = v; }, within(0.0, 1.0)},
        {"phasing.monthly[0]", [](ChannelDrivers &d, double v) { d.phasing->weights[0] = v; },
         within(0.0, 1e12)},
        {"phasing.monthly[7]", [](ChannelDrivers &d, double v) { d.phasing->weights[7] = v; },
         within(0.0, 1e12)},
        {"uncertainty.cpl", [](ChannelDrivers &d, double v) { d.uncertainty.cpl = v; }, fraction},
        {"uncertainty.conversion",
         [](ChannelDrivers &d, double v) { d.uncertainty.conversion = v; }, fraction},
        {"uncertainty.arpu", [](ChannelDrivers &d, double v) { d.uncertainty.arpu = v; }, fraction},
        {"uncertainty.retention", [](ChannelDrivers &d, double v) { d.uncertainty.retention = v; },
         fraction},
    };
    const std::vector<double> values = {
        -infinity, -1e300,       -1.0, -1e-300,      -0.0,  0.0,       1e-300,
        1e-7,      1e-6,         0.5,  0.999999,     1.0,   1.0000001, 2.0,
        1e12,      1.0000001e12, 1e15, 1.0000001e15, 1e300, infinity,  notANumber};
    int checked = 0;
    for (const Rule &rule : rules) {
        for (const double value : values) {
            Plan edited = plan;
            rule.set(edited.scenarios[0].channels[1], value);
            // The other rules of the same channel are met (the share keeps its sum: a value
            // other than the original share breaks the sum rule, reported on the list).
            const QStringList paths = pathsOf(validatePlan(edited));
            const QString path = channelPath + QLatin1String(rule.key);
            const bool reported = paths.contains(path);
            QVERIFY2(reported == !rule.valid(value),
                     qPrintable(QStringLiteral("%1 = %2: %3")
                                    .arg(path)
                                    .arg(value)
                                    .arg(reported ? QStringLiteral("reported")
                                                  : QStringLiteral("not reported"))));
            ++checked;
        }
    }
    QCOMPARE(checked, int(rules.size() * values.size()));

    // Rules between drivers and on counts: min above max, too few rates, a weight missing, a
    // zero sum.
    const auto reportedAt = [&](const std::function<void(ChannelDrivers &)> &edit,
                                const char *key) {
        Plan edited = plan;
        edit(edited.scenarios[0].channels[1]);
        return pathsOf(validatePlan(edited)).contains(channelPath + QLatin1String(key));
    };
    QVERIFY(reportedAt(
        [](ChannelDrivers &d) {
            d.minShare = 0.6;
            d.maxShare = 0.5;
        },
        "min_share"));
    QVERIFY(reportedAt([](ChannelDrivers &d) { d.conversion.pop_back(); }, "conversion"));
    QVERIFY(
        reportedAt([](ChannelDrivers &d) { d.phasing->weights.pop_back(); }, "phasing.monthly"));
    QVERIFY(reportedAt(
        [](ChannelDrivers &d) {
            std::fill(d.phasing->weights.begin(), d.phasing->weights.end(), 0.0);
        },
        "phasing.monthly"));
    QVERIFY(reportedAt(
        [](ChannelDrivers &d) {
            d.phasing = Phasing{Phasing::Kind::Quarterly, {1.0, 1.0, 1.0}};
        },
        "phasing.quarterly"));
}

QTEST_GUILESS_MAIN(PlanValidatorDriversTest)
#include "PlanValidatorDriversTest.moc"
