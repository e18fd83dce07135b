#include "models/itemmodels/PhasingModel.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanFields.h"
#include "models/document/PlanTransforms.h"
#include "models/domain/Months.h"
#include "models/domain/ValidationPath.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ValueFormat.h"

namespace cplan {

namespace {

const QString inheritKey = QStringLiteral("scenario");

QString kindKey(Phasing::Kind kind)
{
    switch (kind) {
    case Phasing::Kind::Even:
        return QStringLiteral("even");
    case Phasing::Kind::Quarterly:
        return QStringLiteral("quarterly");
    case Phasing::Kind::Monthly:
        return QStringLiteral("monthly");
    }
    return {};
}

QString formLabel(const QString &key)
{
    if (key == QLatin1String("even"))
        return PhasingModel::tr("Even");
    if (key == QLatin1String("quarterly"))
        return PhasingModel::tr("Quarterly");
    if (key == QLatin1String("monthly"))
        return PhasingModel::tr("Monthly");
    return PhasingModel::tr("As scenario");
}

// The form named by a key or its label; nullopt = "as scenario" (no override).
Result<std::optional<Phasing::Kind>> formFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (auto kind : {Phasing::Kind::Even, Phasing::Kind::Quarterly, Phasing::Kind::Monthly}) {
        if (trimmed.compare(kindKey(kind), Qt::CaseInsensitive) == 0 ||
            trimmed.compare(formLabel(kindKey(kind)), Qt::CaseInsensitive) == 0)
            return std::optional<Phasing::Kind>(kind);
    }
    if (trimmed.compare(inheritKey, Qt::CaseInsensitive) == 0 ||
        trimmed.compare(formLabel(inheritKey), Qt::CaseInsensitive) == 0)
        return std::optional<Phasing::Kind>();
    return Error{PhasingModel::tr("\"%1\" is not a phasing form (even, quarterly, monthly, "
                                  "scenario)")
                     .arg(text)};
}

// The weight month m gets from a phasing (MODEL.md §3.2), before normalisation.
double weightOfMonth(const Phasing &phasing, int month)
{
    if (phasing.kind == Phasing::Kind::Quarterly && phasing.weights.size() == 4)
        return phasing.weights[(month / 3) % 4];
    if (phasing.kind == Phasing::Kind::Monthly && month < static_cast<int>(phasing.weights.size()))
        return phasing.weights[month];
    return 1.0;
}

} // namespace

PhasingModel::PhasingModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanChange::Area::Phasing | PlanChange::Area::Channels, parent)
{
    // Rows without their own form show the scenario's phasing.
    setValueAreas(PlanChange::Area::Phasing | PlanChange::Area::Channels |
                  PlanChange::Area::Scenarios | PlanChange::Area::Settings);
}

int PhasingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(plan().channels.size());
}

int PhasingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMonthColumn + std::max(plan().months, 0);
}

QVariant PhasingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return rowTitle(section);
    if (section == FormColumn)
        return tr("Phasing");
    return NumberText::formatMonth(monthLabel(plan().start, section - FirstMonthColumn));
}

QString PhasingModel::columnTitle(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString PhasingModel::valueWords(int row, int column, const QVariant &value) const
{
    if (column == FormColumn) {
        if (const auto form = formFromText(value.toString()))
            return formLabel(form.value() ? kindKey(*form.value()) : inheritKey);
    }
    return PlanTableModel::valueWords(row, column, value);
}

QString PhasingModel::rowTitle(int row) const
{
    if (row == 0)
        return tr("Scenario");
    const int channel = channelOfRow(row);
    return channel >= 0 && channel < static_cast<int>(plan().channels.size())
               ? plan().channels[channel].name
               : QString();
}

bool PhasingModel::isCellEditable(int row, int column) const
{
    if (column == FormColumn)
        return true;
    const Scenario &scenario = document()->activeScenario();
    const int channel = channelOfRow(row);
    const Phasing *phasing = &scenario.phasing;
    if (channel >= 0) {
        if (channel >= static_cast<int>(scenario.channels.size()) ||
            !scenario.channels[channel].phasing)
            return false;
        phasing = &*scenario.channels[channel].phasing;
    }
    return phasing->kind != Phasing::Kind::Even;
}

QVariant PhasingModel::cellData(int row, int column, int role) const
{
    const Scenario &scenario = document()->activeScenario();
    const int channel = channelOfRow(row);
    if (channel >= static_cast<int>(scenario.channels.size()))
        return {};
    const bool inherited = channel >= 0 && !scenario.channels[channel].phasing;
    const Phasing &phasing =
        channel >= 0 && !inherited ? *scenario.channels[channel].phasing : scenario.phasing;
    if (role == InheritedRole)
        return inherited;
    if (column == FormColumn) {
        const QString key = inherited ? inheritKey : kindKey(phasing.kind);
        if (role == Qt::EditRole)
            return key;
        if (role == Qt::DisplayRole)
            return formLabel(key);
        return {};
    }
    const int month = column - FirstMonthColumn;
    const double weight = weightOfMonth(phasing, month);
    switch (role) {
    case Qt::EditRole:
        return weight;
    case Qt::DisplayRole:
        return ValueFormat::number(weight);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (phasing.kind == Phasing::Kind::Quarterly)
            return tr("Quarter %1 weight").arg((month / 3) % 4 + 1);
        return {};
    default:
        return {};
    }
}

Status PhasingModel::writeCell(Plan &edited, int row, int column, const QVariant &value) const
{
    const int scenarioIndex = document()->activeScenarioIndex();
    if (scenarioIndex >= static_cast<int>(edited.scenarios.size()))
        return Error{tr("there is no active scenario")};
    Scenario &scenario = edited.scenarios[scenarioIndex];
    const int channel = channelOfRow(row);
    if (channel >= static_cast<int>(scenario.channels.size()))
        return Error{tr("there is no channel %1").arg(channel + 1)};
    if (column == FormColumn) {
        auto form = formFromText(value.toString());
        if (!form)
            return Error{form.error()};
        if (!form.value()) {
            if (channel < 0)
                return Error{tr("the scenario's own phasing cannot follow itself")};
            scenario.channels[channel].phasing.reset();
            return success();
        }
        const Phasing &from = channel < 0
                                  ? scenario.phasing
                                  : scenario.channels[channel].phasing.value_or(scenario.phasing);
        const Phasing converted = convertPhasing(from, *form.value(), edited.months);
        if (channel < 0)
            scenario.phasing = converted;
        else
            scenario.channels[channel].phasing = converted;
        return success();
    }
    Phasing *phasing =
        channel < 0
            ? &scenario.phasing
            : (scenario.channels[channel].phasing ? &*scenario.channels[channel].phasing : nullptr);
    if (!phasing)
        return Error{tr("this channel follows the scenario; choose its own phasing first")};
    if (phasing->kind == Phasing::Kind::Even)
        return Error{tr("even phasing has no weights; choose quarterly or monthly first")};
    auto weight = numberFromVariant(value);
    if (!weight)
        return Error{weight.error()};
    const int month = column - FirstMonthColumn;
    const std::size_t at = phasing->kind == Phasing::Kind::Quarterly ? (month / 3) % 4 : month;
    if (at >= phasing->weights.size())
        return Error{tr("there is no weight for this month")};
    phasing->weights[at] = *weight;
    return success();
}

QString PhasingModel::cellPath(const Plan &edited, int row, int) const
{
    const int scenarioIndex = document()->activeScenarioIndex();
    const QString scenario = scenarioPath(edited, scenarioIndex);
    const int channel = channelOfRow(row);
    if (channel < 0)
        return fieldPath(scenario, QStringLiteral("phasing"));
    if (channel >= static_cast<int>(edited.channels.size()))
        return {};
    return fieldPath(
        namedPath(fieldPath(scenario, QStringLiteral("channels")), edited.channels[channel].name),
        QStringLiteral("phasing"));
}

} // namespace cplan
