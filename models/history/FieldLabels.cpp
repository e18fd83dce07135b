#include "models/history/FieldLabels.h"

#include "models/domain/NumberText.h"
#include "models/history/JsonPathEdit.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)
};

using Kind = PathStep::Kind;

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(" ▸ "));
}

bool isField(const PathSteps &steps, std::size_t at, const char *name)
{
    return at < steps.size() && steps[at].kind == Kind::Field &&
           steps[at].name == QLatin1String(name);
}

// A field the tables below do not know (added to the format later): its key in words.
QString fieldInWords(const QString &key)
{
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString driverLabel(const QString &key);

// The remaining steps in words: fields by their labels, named elements by name, indexes counted
// from 1.
void appendGeneric(const PathSteps &steps, std::size_t from, QStringList &parts)
{
    for (std::size_t i = from; i < steps.size(); ++i) {
        const PathStep &step = steps[i];
        if (step.kind == Kind::Field)
            parts.append(driverLabel(step.name));
        else if (step.kind == Kind::Named)
            parts.append(step.name);
        else
            parts.append(QString::number(step.index + 1));
    }
}

QString stageName(const Plan &plan, qsizetype k)
{
    return k >= 0 && k < plan.stages.size() ? plan.stages[k] : Tr::tr("Stage %1").arg(k + 1);
}

QString uncertaintyLabel(const QString &key)
{
    if (key == QLatin1String("cpl"))
        return Tr::tr("Cost per lead");
    if (key == QLatin1String("conversion"))
        return Tr::tr("Conversion rates");
    if (key == QLatin1String("arpu"))
        return Tr::tr("ARPU (monthly)");
    if (key == QLatin1String("retention"))
        return Tr::tr("Retention (monthly)");
    return fieldInWords(key);
}

// phasing, phasing.quarterly[1] (Q2), phasing.monthly[3] (the month), uncertainty.cpl.
bool appendPhasingOrUncertainty(const PathSteps &steps, std::size_t at, const Plan &plan,
                                QStringList &parts)
{
    if (isField(steps, at, "phasing")) {
        parts.append(Tr::tr("Phasing"));
        if (isField(steps, at + 1, "quarterly")) {
            if (at + 2 < steps.size() && steps[at + 2].kind == Kind::Index)
                parts.append(Tr::tr("Q%1").arg(steps[at + 2].index + 1));
            else
                parts.append(Tr::tr("Quarterly weights"));
            return true;
        }
        if (isField(steps, at + 1, "monthly")) {
            if (at + 2 < steps.size() && steps[at + 2].kind == Kind::Index) {
                const QDate first =
                    QDate::fromString(plan.start + QStringLiteral("-01"), Qt::ISODate);
                parts.append(first.isValid() ? NumberText::formatMonth(
                                                   first.addMonths(int(steps[at + 2].index)))
                                             : Tr::tr("Month %1").arg(steps[at + 2].index + 1));
            } else {
                parts.append(Tr::tr("Monthly weights"));
            }
            return true;
        }
        appendGeneric(steps, at + 1, parts);
        return true;
    }
    if (isField(steps, at, "uncertainty")) {
        parts.append(Tr::tr("Uncertainty"));
        if (at + 1 < steps.size() && steps[at + 1].kind == Kind::Field)
            parts.append(uncertaintyLabel(steps[at + 1].name));
        return true;
    }
    return false;
}

QString driverLabel(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"share", QT_TRANSLATE_NOOP("FieldLabels", "Share")},
        {"cpl", QT_TRANSLATE_NOOP("FieldLabels", "Cost per lead")},
        {"saturation_spend", QT_TRANSLATE_NOOP("FieldLabels", "Saturation spend")},
        {"carryover", QT_TRANSLATE_NOOP("FieldLabels", "Carryover")},
        {"conversion", QT_TRANSLATE_NOOP("FieldLabels", "Conversion rates")},
        {"arpu_monthly", QT_TRANSLATE_NOOP("FieldLabels", "ARPU (monthly)")},
        {"margin", QT_TRANSLATE_NOOP("FieldLabels", "Margin")},
        {"retention_monthly", QT_TRANSLATE_NOOP("FieldLabels", "Retention (monthly)")},
        {"min_share", QT_TRANSLATE_NOOP("FieldLabels", "Min share")},
        {"max_share", QT_TRANSLATE_NOOP("FieldLabels", "Max share")},
        {"budget", QT_TRANSLATE_NOOP("FieldLabels", "Budget")},
        {"name", QT_TRANSLATE_NOOP("FieldLabels", "Name")},
        {"name_zh", QT_TRANSLATE_NOOP("FieldLabels", "Chinese name")},
        {"currency", QT_TRANSLATE_NOOP("FieldLabels", "Currency")},
        {"start", QT_TRANSLATE_NOOP("FieldLabels", "Start month")},
        {"months", QT_TRANSLATE_NOOP("FieldLabels", "Horizon (months)")},
        {"value_horizon_months", QT_TRANSLATE_NOOP("FieldLabels", "Value horizon (months)")},
        {"discount_rate_annual", QT_TRANSLATE_NOOP("FieldLabels", "Discount rate (annual)")},
        {"status_date", QT_TRANSLATE_NOOP("FieldLabels", "Status date")},
        {"baseline_scenario", QT_TRANSLATE_NOOP("FieldLabels", "Actuals compared with")},
        {"variance_threshold", QT_TRANSLATE_NOOP("FieldLabels", "Variance threshold")},
        {"stages", QT_TRANSLATE_NOOP("FieldLabels", "Stages")},
        {"phase", QT_TRANSLATE_NOOP("FieldLabels", "Phase")},
        {"owner", QT_TRANSLATE_NOOP("FieldLabels", "Owner")},
        {"planned", QT_TRANSLATE_NOOP("FieldLabels", "Planned date")},
        {"forecast", QT_TRANSLATE_NOOP("FieldLabels", "Forecast date")},
        {"actual", QT_TRANSLATE_NOOP("FieldLabels", "Actual date")},
        {"status", QT_TRANSLATE_NOOP("FieldLabels", "Status")},
        {"depends_on", QT_TRANSLATE_NOOP("FieldLabels", "Depends on")},
        {"gates", QT_TRANSLATE_NOOP("FieldLabels", "Gated channels")},
        {"checks", QT_TRANSLATE_NOOP("FieldLabels", "Checks")},
        {"metric", QT_TRANSLATE_NOOP("FieldLabels", "Metric")},
        {"op", QT_TRANSLATE_NOOP("FieldLabels", "Comparison")},
        {"value", QT_TRANSLATE_NOOP("FieldLabels", "Value")},
        {"label", QT_TRANSLATE_NOOP("FieldLabels", "Label")},
        {"kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind")},
        {"group", QT_TRANSLATE_NOOP("FieldLabels", "Group")},
        {"month", QT_TRANSLATE_NOOP("FieldLabels", "Month")},
        {"channel", QT_TRANSLATE_NOOP("FieldLabels", "Channel")},
        {"spend", QT_TRANSLATE_NOOP("FieldLabels", "Spend")},
        {"volumes", QT_TRANSLATE_NOOP("FieldLabels", "Measured volumes")},
        {"role", QT_TRANSLATE_NOOP("FieldLabels", "Role")},
        {"category_shares", QT_TRANSLATE_NOOP("FieldLabels", "Budget split")},
        {"signoff", QT_TRANSLATE_NOOP("FieldLabels", "Sign-off")},
        {"state", QT_TRANSLATE_NOOP("FieldLabels", "State")},
        {"by", QT_TRANSLATE_NOOP("FieldLabels", "By")},
        {"at", QT_TRANSLATE_NOOP("FieldLabels", "Time")},
        {"comment", QT_TRANSLATE_NOOP("FieldLabels", "Comment")},
        {"approved_by", QT_TRANSLATE_NOOP("FieldLabels", "Approved by")},
        {"approved_at", QT_TRANSLATE_NOOP("FieldLabels", "Approved at")},
    };
    for (const auto &entry : labels) {
        if (key == QLatin1String(entry.key))
            return Tr::tr(entry.label);
    }
    return fieldInWords(key);
}

// The field steps from `at` on, for a channel's drivers and the other named elements.
void appendFields(const PathSteps &steps, std::size_t at, const Plan &plan, QStringList &parts)
{
    if (at >= steps.size())
        return;
    if (appendPhasingOrUncertainty(steps, at, plan, parts))
        return;
    const PathStep &step = steps[at];
    if (step.kind != Kind::Field) {
        appendGeneric(steps, at, parts);
        return;
    }
    const bool indexed = at + 1 < steps.size() && steps[at + 1].kind == Kind::Index;
    const qsizetype index = indexed ? steps[at + 1].index : 0;
    if (step.name == QLatin1String("conversion") && indexed) {
        parts.append(
            Tr::tr("Conversion %1 → %2").arg(stageName(plan, index), stageName(plan, index + 1)));
        appendGeneric(steps, at + 2, parts);
        return;
    }
    if (step.name == QLatin1String("volumes") && indexed) {
        parts.append(stageName(plan, index));
        return;
    }
    if (step.name == QLatin1String("checks") && indexed) {
        parts.append(Tr::tr("Check %1").arg(index + 1));
        appendFields(steps, at + 2, plan, parts);
        return;
    }
    parts.append(driverLabel(step.name));
    appendGeneric(steps, at + 1, parts);
}

QString scenarioLabel(const PathSteps &steps, const Plan &plan)
{
    const QString &scenario = steps[1].name;
    if (steps.size() == 2)
        return Tr::tr("Scenario %1").arg(scenario);
    QStringList parts{scenario};
    if ((isField(steps, 2, "channels") || isField(steps, 2, "category_shares")) &&
        steps.size() > 3 && steps[3].kind == Kind::Named) {
        parts.append(steps[3].name);
        if (isField(steps, 2, "category_shares"))
            parts.append(Tr::tr("Share of budget"));
        else if (steps.size() == 4)
            parts.append(Tr::tr("Drivers"));
        appendFields(steps, 4, plan, parts);
        return joined(parts);
    }
    appendFields(steps, 2, plan, parts);
    return joined(parts);
}

QString actualsLabel(const PathSteps &steps, const Plan &plan)
{
    QStringList parts{steps[0].name == QLatin1String("actuals") ? Tr::tr("Actuals")
                                                                : Tr::tr("Past actuals")};
    if (steps.size() > 1 && steps[1].kind == Kind::Named) {
        const QString &row = steps[1].name;
        const qsizetype slash = row.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            parts.append(NumberText::formatMonth(row.left(slash)));
            parts.append(row.mid(slash + 1));
        } else {
            parts.append(row);
        }
        appendFields(steps, 2, plan, parts);
    } else {
        appendGeneric(steps, 1, parts);
    }
    return joined(parts);
}

QString planSettingLabel(const PathSteps &steps, const Plan &plan)
{
    QStringList parts{Tr::tr("Plan")};
    const QString &key = steps[0].name;
    const bool indexed = steps.size() > 1 && steps[1].kind == Kind::Index;
    if (key == QLatin1String("stages") && indexed) {
        parts.append(Tr::tr("Stage %1").arg(steps[1].index + 1));
    } else if (key == QLatin1String("milestone_thresholds_days") && indexed) {
        parts.append(steps[1].index == 0 ? Tr::tr("Delay level 1 up to (days)")
                                         : Tr::tr("Delay level 2 up to (days)"));
    } else if (key == QLatin1String("milestone_thresholds_days")) {
        parts.append(Tr::tr("Delay levels (days)"));
    } else {
        appendFields(steps, 0, plan, parts);
    }
    return joined(parts);
}

// The label of an element of a plan list: "Milestone M2", "Channel Search", "Target Cost per
// registered user".
QString elementLabel(const PathSteps &steps, const Plan &plan)
{
    const QString &list = steps[0].name;
    const PathStep &element = steps[1];
    const QString name =
        element.kind == Kind::Named ? element.name : QString::number(element.index + 1);
    QString title;
    if (list == QLatin1String("milestones"))
        title = Tr::tr("Milestone %1").arg(name);
    else if (list == QLatin1String("channels"))
        title = Tr::tr("Channel %1").arg(name);
    else if (list == QLatin1String("categories"))
        title = Tr::tr("Category %1").arg(name);
    else if (list == QLatin1String("people"))
        title = Tr::tr("Person %1").arg(name);
    else if (list == QLatin1String("targets")) {
        const bool known = element.kind == Kind::Index && element.index >= 0 &&
                           std::size_t(element.index) < plan.targets.size() &&
                           !plan.targets[std::size_t(element.index)].label.isEmpty();
        title =
            Tr::tr("Target %1").arg(known ? plan.targets[std::size_t(element.index)].label : name);
    } else {
        QStringList parts;
        appendGeneric(steps, 0, parts);
        return joined(parts);
    }
    QStringList parts{title};
    appendFields(steps, 2, plan, parts);
    return joined(parts);
}

enum class ValueKind
{
    Money,
    Percent,
    Date,
    Month,
    Other
};

ValueKind valueKind(const PathSteps &steps)
{
    QString key;
    bool uncertainty = false;
    for (const PathStep &step : steps) {
        if (step.kind == Kind::Field) {
            key = step.name;
            uncertainty = uncertainty || key == QLatin1String("uncertainty");
        }
    }
    // Uncertainty half-widths are relative, whatever driver they widen.
    if (uncertainty)
        return ValueKind::Percent;
    for (const char *money : {"budget", "spend", "saturation_spend", "arpu_monthly", "cpl"}) {
        if (key == QLatin1String(money))
            return ValueKind::Money;
    }
    for (const char *percent :
         {"share", "min_share", "max_share", "carryover", "margin", "retention_monthly",
          "conversion", "category_shares", "discount_rate_annual", "variance_threshold"}) {
        if (key == QLatin1String(percent))
            return ValueKind::Percent;
    }
    for (const char *date : {"planned", "forecast", "actual", "status_date"}) {
        if (key == QLatin1String(date))
            return ValueKind::Date;
    }
    if (key == QLatin1String("start") || key == QLatin1String("month"))
        return ValueKind::Month;
    return ValueKind::Other;
}

QString scalarText(ValueKind kind, const QJsonValue &value, const Plan &plan)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        switch (kind) {
        case ValueKind::Money:
            return NumberText::formatAmount(number, plan.currency);
        case ValueKind::Percent:
            return NumberText::formatPercent(number);
        default:
            return NumberText::formatQuantity(number);
        }
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (kind == ValueKind::Date) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            return date.isValid() ? NumberText::formatDate(date) : text;
        }
        if (kind == ValueKind::Month)
            return NumberText::formatMonth(text);
        return text;
    }
    if (value.isBool())
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    if (value.isNull())
        return Tr::tr("(none)");
    if (value.isUndefined())
        return QStringLiteral("—");
    if (value.isObject()) {
        // A whole element (an added scenario, channel, row) by its name; else its JSON.
        const QString name = listElementName(value);
        if (!name.isEmpty())
            return name;
        const QString text =
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return text.size() > 80 ? text.left(80) + QStringLiteral("…") : text;
    }
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(scalarText(kind, item, plan));
    return items.join(QStringLiteral(", "));
}

} // namespace

QString fieldLabel(const QString &path, const Plan &plan)
{
    const Result<PathSteps> parsed = parsePlanPath(path);
    if (!parsed)
        return path;
    const PathSteps &steps = *parsed;
    const QString &first = steps[0].name;
    const bool element = steps.size() > 1 && steps[1].kind != Kind::Field;
    if (first == QLatin1String("scenarios") && element && steps[1].kind == Kind::Named)
        return scenarioLabel(steps, plan);
    if ((first == QLatin1String("actuals") || first == QLatin1String("past_actuals")))
        return actualsLabel(steps, plan);
    if (element && first != QLatin1String("stages") &&
        first != QLatin1String("milestone_thresholds_days"))
        return elementLabel(steps, plan);
    return planSettingLabel(steps, plan);
}

QString valueText(const QString &path, const QJsonValue &value, const Plan &plan)
{
    const Result<PathSteps> parsed = parsePlanPath(path);
    return scalarText(parsed ? valueKind(*parsed) : ValueKind::Other, value, plan);
}

std::vector<ChangeGroup> groupChanges(const std::vector<FieldChange> &changes, const Plan &plan)
{
    Q_UNUSED(plan)
    std::vector<ChangeGroup> groups;
    for (const FieldChange &change : changes) {
        const Result<PathSteps> parsed = parsePlanPath(change.path);
        QString title = Tr::tr("Plan settings");
        if (parsed) {
            const PathSteps &steps = *parsed;
            const QString &first = steps[0].name;
            const bool named = steps.size() > 1 && steps[1].kind == Kind::Named;
            if (first == QLatin1String("scenarios") && named) {
                if (isField(steps, 2, "channels") && steps.size() > 3 &&
                    steps[3].kind == Kind::Named)
                    title = joined({steps[1].name, steps[3].name});
                else
                    title = Tr::tr("Scenario %1").arg(steps[1].name);
            } else if (first == QLatin1String("milestones") && named) {
                title = Tr::tr("Milestone %1").arg(steps[1].name);
            } else if (first == QLatin1String("actuals")) {
                title = Tr::tr("Actuals");
            } else if (first == QLatin1String("past_actuals")) {
                title = Tr::tr("Past actuals");
            } else if (first == QLatin1String("people")) {
                title = Tr::tr("People");
            }
        }
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&title](const ChangeGroup &g) { return g.title == title; });
        if (group == groups.end()) {
            groups.push_back({title, {}});
            group = groups.end() - 1;
        }
        group->changes.push_back(change);
    }
    return groups;
}

} // namespace cplan
