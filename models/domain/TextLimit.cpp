#include "models/domain/TextLimit.h"

#include <QCoreApplication>

#include <utility>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextLimit)
};

} // namespace

qsizetype textLength(QStringView text)
{
    qsizetype characters = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --characters;
            ++i;
        }
    }
    return characters;
}

Status checkTextLength(QStringView text, const QString &what)
{
    // UTF-16 units are never fewer than characters: most texts are decided without counting.
    if (text.size() <= longestText)
        return success();
    const qsizetype length = textLength(text);
    if (length <= longestText)
        return success();
    return Error{Tr::tr("%1: a text of %2 characters, longer than the %3 a plan allows")
                     .arg(what)
                     .arg(length)
                     .arg(longestText)};
}

Status checkPlanTextLengths(const Plan &plan)
{
    // Cheap on every edit: the location is only spelled out for a text that is too long.
    const auto fits = [](const QString &text) {
        return text.size() <= longestText || textLength(text) <= longestText;
    };
    const auto tooLong = [](const QString &text, const QString &where) {
        return checkTextLength(text, where);
    };
    const auto at = [](const char *list, std::size_t i, const char *field) {
        return QStringLiteral("%1[%2].%3")
            .arg(QLatin1String(list))
            .arg(i)
            .arg(QLatin1String(field));
    };
    for (const auto &[field, text] :
         {std::pair{"name", &plan.name}, std::pair{"name_zh", &plan.nameZh},
          std::pair{"currency", &plan.currency}, std::pair{"start", &plan.start},
          std::pair{"status_date", &plan.statusDate},
          std::pair{"baseline_scenario", &plan.baselineScenario}}) {
        if (!fits(*text))
            return tooLong(*text, QLatin1String(field));
    }
    for (qsizetype i = 0; i < plan.stages.size(); ++i) {
        if (!fits(plan.stages[i]))
            return tooLong(plan.stages[i], QStringLiteral("stages[%1]").arg(i));
    }
    for (std::size_t i = 0; i < plan.categories.size(); ++i) {
        if (!fits(plan.categories[i].name))
            return tooLong(plan.categories[i].name, at("categories", i, "name"));
    }
    for (std::size_t i = 0; i < plan.channels.size(); ++i) {
        if (!fits(plan.channels[i].name))
            return tooLong(plan.channels[i].name, at("channels", i, "name"));
        if (!fits(plan.channels[i].group))
            return tooLong(plan.channels[i].group, at("channels", i, "group"));
    }
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        if (!fits(plan.targets[i].metric))
            return tooLong(plan.targets[i].metric, at("targets", i, "metric"));
        if (!fits(plan.targets[i].label))
            return tooLong(plan.targets[i].label, at("targets", i, "label"));
    }
    for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
        const Milestone &milestone = plan.milestones[i];
        for (const auto &[field, text] :
             {std::pair{"id", &milestone.id}, std::pair{"name", &milestone.name},
              std::pair{"phase", &milestone.phase}, std::pair{"owner", &milestone.owner},
              std::pair{"planned", &milestone.planned}, std::pair{"forecast", &milestone.forecast},
              std::pair{"actual", &milestone.actual}}) {
            if (!fits(*text))
                return tooLong(*text, at("milestones", i, field));
        }
        for (qsizetype d = 0; d < milestone.dependsOn.size(); ++d) {
            if (!fits(milestone.dependsOn[d]))
                return tooLong(milestone.dependsOn[d],
                               at("milestones", i, "depends_on") + QStringLiteral("[%1]").arg(d));
        }
        for (std::size_t c = 0; c < milestone.checks.size(); ++c) {
            if (!fits(milestone.checks[c].metric))
                return tooLong(milestone.checks[c].metric,
                               at("milestones", i, "checks") +
                                   QStringLiteral("[%1].metric").arg(c));
        }
    }
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        if (!fits(plan.scenarios[i].name))
            return tooLong(plan.scenarios[i].name, at("scenarios", i, "name"));
    }
    for (std::size_t i = 0; i < plan.actuals.size(); ++i) {
        if (!fits(plan.actuals[i].month))
            return tooLong(plan.actuals[i].month, at("actuals", i, "month"));
        if (!fits(plan.actuals[i].channel))
            return tooLong(plan.actuals[i].channel, at("actuals", i, "channel"));
    }
    return success();
}

} // namespace cplan
