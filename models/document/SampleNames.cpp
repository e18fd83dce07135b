#include "models/document/SampleNames.h"

#include "models/document/PlanTransforms.h"
#include "models/storage/PlanJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cplan {

namespace {

QJsonObject chineseNames()
{
    QFile file(QStringLiteral(":/sample/brokerage-2025.zh_CN.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "chineseNames", "the sample's Chinese names are compiled in");
    return opened ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// The table's name for `name`, or `name` itself.
QString renamed(const QJsonObject &table, const QString &name)
{
    const QString translated = table.value(name).toString();
    return translated.isEmpty() ? name : translated;
}

} // namespace

void applyChineseSampleNames(Plan &plan)
{
    const QJsonObject names = chineseNames();
    const QJsonObject channels = names.value(QLatin1String("channels")).toObject();
    const QJsonObject groups = names.value(QLatin1String("groups")).toObject();
    for (int i = 0; i < static_cast<int>(plan.channels.size()); ++i) {
        Channel &channel = plan.channels[static_cast<std::size_t>(i)];
        channel.group = renamed(groups, channel.group);
        const QString name = renamed(channels, channel.name);
        // The index is in range and the name new: the rename cannot be refused.
        if (name != channel.name && plan.channelIndex(name) < 0)
            static_cast<void>(renameChannelTo(plan, i, name));
    }
    const QJsonObject stages = names.value(QLatin1String("stages")).toObject();
    for (QString &stage : plan.stages)
        stage = renamed(stages, stage);
    const QJsonObject categories = names.value(QLatin1String("categories")).toObject();
    for (Category &category : plan.categories) {
        const QString name = renamed(categories, category.name);
        if (plan.categoryIndex(name) < 0)
            category.name = name;
    }
    const QJsonObject targets = names.value(QLatin1String("targets")).toObject();
    for (Target &target : plan.targets)
        target.label = renamed(targets, target.label);
    const QJsonObject milestones = names.value(QLatin1String("milestones")).toObject();
    for (Milestone &milestone : plan.milestones) {
        const QJsonObject entry = milestones.value(milestone.id).toObject();
        milestone.name = entry.value(QLatin1String("name")).toString(milestone.name);
        milestone.phase = entry.value(QLatin1String("phase")).toString(milestone.phase);
        milestone.owner = entry.value(QLatin1String("owner")).toString(milestone.owner);
    }
    const QJsonObject scenarios = names.value(QLatin1String("scenarios")).toObject();
    for (int i = 0; i < static_cast<int>(plan.scenarios.size()); ++i) {
        const QString name = renamed(scenarios, plan.scenarios[static_cast<std::size_t>(i)].name);
        if (plan.scenarioIndex(name) < 0)
            static_cast<void>(renameScenarioTo(plan, i, name));
    }
}

namespace {
struct BlankTr
{
    Q_DECLARE_TR_FUNCTIONS(BlankPlan)
};
} // namespace

Plan localisedBlankPlan()
{
    Plan plan = blankPlan();
    plan.name = BlankTr::tr("Untitled plan");
    plan.scenarios.front().name = BlankTr::tr("Base");
    plan.categories.front().name = BlankTr::tr("Marketing");
    plan.channels.front().name = BlankTr::tr("Channel %1").arg(1);
    plan.stages = {BlankTr::tr("Leads"), BlankTr::tr("Customers")};
    return plan;
}

Plan localisedSamplePlan(const QLocale &locale)
{
    Plan plan = samplePlan();
    if (locale.language() == QLocale::Chinese)
        applyChineseSampleNames(plan);
    return plan;
}

} // namespace cplan
