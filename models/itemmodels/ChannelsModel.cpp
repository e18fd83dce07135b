#include "models/itemmodels/ChannelsModel.h"

#include "models/document/PlanFields.h"
#include "models/document/PlanTransforms.h"
#include "models/domain/ValidationPath.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ValueFormat.h"

namespace cplan {

namespace {

// The driver columns after the fixed ones, in order; conversion expands to K-1 columns.
constexpr ChannelDriver leadingDrivers[] = {ChannelDriver::Cpl, ChannelDriver::SaturationSpend,
                                            ChannelDriver::Carryover};
constexpr ChannelDriver trailingDrivers[] = {ChannelDriver::ArpuMonthly, ChannelDriver::Margin,
                                             ChannelDriver::RetentionMonthly,
                                             ChannelDriver::MinShare, ChannelDriver::MaxShare};
constexpr int fixedColumns = 4;
constexpr int leadingCount = 3;
constexpr int trailingCount = 5;

// MODEL.md §3.1: the channel pool P = B x the shares of the `channel` categories.
double channelPool(const Plan &plan, const Scenario &scenario)
{
    double share = 0.0;
    for (std::size_t i = 0; i < plan.categories.size() && i < scenario.categoryShares.size(); ++i) {
        if (plan.categories[i].kind == CategoryKind::Channel)
            share += scenario.categoryShares[i];
    }
    return scenario.budget * share;
}

} // namespace

ChannelsModel::ChannelsModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanChange::Area::Channels | PlanChange::Area::Stages, parent)
{
    // Amounts follow the budget and the marketing categories.
    setValueAreas(PlanChange::Area::Channels | PlanChange::Area::Stages |
                  PlanChange::Area::Categories | PlanChange::Area::Scenarios |
                  PlanChange::Area::Actuals | PlanChange::Area::Settings);
}

int ChannelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(plan().channels.size());
}

int ChannelsModel::columnCount(const QModelIndex &parent) const
{
    const int rates = std::max(0, static_cast<int>(plan().stages.size()) - 1);
    return parent.isValid() ? 0 : fixedColumns + leadingCount + rates + trailingCount;
}

int ChannelsModel::columnOf(ChannelDriver driver, int conversionIndex) const
{
    if (driver == ChannelDriver::Share)
        return ShareColumn;
    for (int i = 0; i < leadingCount; ++i) {
        if (leadingDrivers[i] == driver)
            return fixedColumns + i;
    }
    const int rates = std::max(0, static_cast<int>(plan().stages.size()) - 1);
    if (driver == ChannelDriver::Conversion)
        return fixedColumns + leadingCount + conversionIndex;
    for (int i = 0; i < trailingCount; ++i) {
        if (trailingDrivers[i] == driver)
            return fixedColumns + leadingCount + rates + i;
    }
    return -1;
}

std::optional<ChannelDriver> ChannelsModel::driverAt(int column, int *conversionIndex) const
{
    if (conversionIndex)
        *conversionIndex = 0;
    if (column == ShareColumn)
        return ChannelDriver::Share;
    if (column < fixedColumns)
        return std::nullopt;
    int offset = column - fixedColumns;
    if (offset < leadingCount)
        return leadingDrivers[offset];
    offset -= leadingCount;
    const int rates = std::max(0, static_cast<int>(plan().stages.size()) - 1);
    if (offset < rates) {
        if (conversionIndex)
            *conversionIndex = offset;
        return ChannelDriver::Conversion;
    }
    offset -= rates;
    if (offset < trailingCount)
        return trailingDrivers[offset];
    return std::nullopt;
}

QVariant ChannelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    const ShareSum sum = document()->channelShareSum(document()->activeScenarioIndex());
    if (role == SumOffRole)
        return section == ShareColumn ? QVariant(sum.off) : QVariant();
    if (role == Qt::ToolTipRole && section == ShareColumn)
        return (sum.off ? tr("The channel shares add up to %1, not 100%.")
                              .arg(ValueFormat::percent(sum.sum))
                        : tr("The channel shares add up to 100%.")) +
               QLatin1Char('\n') + columnExplanation(section);
    if (role == Qt::ToolTipRole)
        return columnExplanation(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Channel");
    case GroupColumn:
        return tr("Group");
    case AmountColumn:
        return tr("Amount");
    default:
        break;
    }
    int rate = 0;
    const auto driver = driverAt(section, &rate);
    if (!driver)
        return QString();
    QString title = driverTitle(plan(), *driver, rate);
    // "Leads → Registered users" on two lines keeps the rate columns as narrow as their numbers.
    if (*driver == ChannelDriver::Conversion)
        title.replace(QStringLiteral(" → "), QStringLiteral(" →\n"));
    return title;
}

QString ChannelsModel::columnExplanation(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("The channel's name, as it appears in every table, chart and export.");
    case GroupColumn:
        return tr("An optional group of channels (public traffic, content, …).");
    case ShareColumn:
        return tr("Share of the channel pool spent on this channel; the shares add up to 100%.");
    case AmountColumn:
        return tr("The money the share stands for: the channel pool × the share.");
    default:
        break;
    }
    int rate = 0;
    const auto driver = driverAt(column, &rate);
    if (!driver)
        return {};
    switch (*driver) {
    case ChannelDriver::Cpl:
        return tr("Cost per lead (CPL): what one lead costs at low spend, before saturation.");
    case ChannelDriver::SaturationSpend:
        return tr("Saturation: the monthly spend at which the cost per lead has doubled (empty "
                  "= the channel never saturates).");
    case ChannelDriver::Carryover:
        return tr("Carryover: the share of a month's response that arrives in later months "
                  "(0% = all at once).");
    case ChannelDriver::Conversion:
        return tr("Conversion: the share of %1 who become %2.")
            .arg(plan().stages.value(rate).toLower(), plan().stages.value(rate + 1).toLower());
    case ChannelDriver::ArpuMonthly:
        return tr("ARPU: revenue per active customer per month.");
    case ChannelDriver::Margin:
        return tr("Margin: the gross margin kept from that revenue.");
    case ChannelDriver::RetentionMonthly:
        return tr("Retention: the share of customers still active the next month.");
    case ChannelDriver::MinShare:
        return tr("Minimum share: the optimiser never gives the channel less than this.");
    case ChannelDriver::MaxShare:
        return tr("Maximum share: the optimiser never gives the channel more than this.");
    default:
        return {};
    }
}

QString ChannelsModel::columnTitle(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole)
        .toString()
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString ChannelsModel::rowTitle(int row) const
{
    return row >= 0 && row < static_cast<int>(plan().channels.size()) ? plan().channels[row].name
                                                                      : QString();
}

bool ChannelsModel::isCellEditable(int, int) const
{
    return true; // the amount too: typing one sets the share (budget by amount)
}

PlanChange ChannelsModel::editChange(int column) const
{
    if (column == NameColumn) // the actuals grid shows channel names too
        return PlanChange::values(PlanChange::Area::Channels | PlanChange::Area::Phasing |
                                  PlanChange::Area::Actuals);
    return PlanChange::values(PlanChange::Area::Channels);
}

PlanChange::Areas ChannelsModel::columnAreas(int column) const
{
    if (column == ShareColumn || column == AmountColumn)
        return valueAreas();
    return valueAreas() &
           ~PlanChange::Areas(PlanChange::Area::Scenarios | PlanChange::Area::Categories);
}

QVariant ChannelsModel::cellData(int row, int column, int role) const
{
    const Plan &current = plan();
    const Scenario &scenario = document()->activeScenario();
    if (row >= static_cast<int>(current.channels.size()) ||
        row >= static_cast<int>(scenario.channels.size()))
        return {};
    const Channel &channel = current.channels[row];
    const ChannelDrivers &drivers = scenario.channels[row];
    const double amount = channelPool(current, scenario) * drivers.share;
    if (column == NameColumn || column == GroupColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return column == NameColumn ? channel.name : channel.group;
        return {};
    }
    if (column == AmountColumn) {
        if (role == Qt::DisplayRole)
            return columnMoney(column, amount);
        if (role == Qt::EditRole || role == AmountRole)
            return amount;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    int rate = 0;
    const auto driver = driverAt(column, &rate);
    if (!driver)
        return {};
    const QVariant value = driverValue(drivers, *driver, rate);
    switch (role) {
    case Qt::EditRole:
        return value;
    case Qt::DisplayRole:
        if (!value.isValid())
            return QString();
        if (isPercentDriver(*driver))
            return ValueFormat::percent(value.toDouble());
        return columnMoney(column, value.toDouble());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case AmountRole:
        return *driver == ChannelDriver::Share ? QVariant(amount) : QVariant();
    case SumOffRole:
        return *driver == ChannelDriver::Share
                   ? QVariant(document()->channelShareSum(document()->activeScenarioIndex()).off)
                   : QVariant();
    case Qt::ToolTipRole:
        return *driver == ChannelDriver::Share
                   ? tr("%1 of the channel pool").arg(ValueFormat::money(amount, current.currency))
                   : QVariant();
    default:
        return {};
    }
}

Status ChannelsModel::writeCell(Plan &edited, int row, int column, const QVariant &value) const
{
    if (row < 0 || row >= static_cast<int>(edited.channels.size()))
        return Error{tr("there is no channel %1").arg(row + 1)};
    if (column == NameColumn) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return Error{tr("a channel needs a name")};
        const int existing = edited.channelIndex(name);
        if (existing >= 0 && existing != row)
            return Error{tr("channel \"%1\" already exists").arg(name)};
        return renameChannelTo(edited, row, name);
    }
    if (column == GroupColumn) {
        edited.channels[row].group = value.toString().trimmed();
        return success();
    }
    const int scenario = document()->activeScenarioIndex();
    if (column == AmountColumn && scenario < static_cast<int>(edited.scenarios.size()) &&
        row < static_cast<int>(edited.scenarios[scenario].channels.size())) {
        // Budget by amount: the share follows the typed money (MODEL.md §3.3, S = P x s).
        auto amount = amountFromVariant(value, edited.currency);
        if (!amount)
            return Error{amount.error()};
        const double pool = channelPool(edited, edited.scenarios[scenario]);
        if (!(pool > 0.0))
            return Error{tr("the channel pool is 0, so an amount cannot be turned into a share; "
                            "set the budget and the channel categories' shares first")};
        const double share = *amount / pool;
        // Said in the money typed: the validator would speak of the share it became.
        if (share < 0.0)
            return Error{tr("an amount cannot be negative (you typed %1): the share would be "
                            "below 0%")
                             .arg(ValueFormat::money(*amount, edited.currency))};
        if (share > 1.0)
            return Error{tr("%1 is more than the channel pool of %2 (%3 of it); an amount can be "
                            "at most the pool")
                             .arg(ValueFormat::money(*amount, edited.currency),
                                  ValueFormat::money(pool, edited.currency),
                                  ValueFormat::percent(share))};
        edited.scenarios[scenario].channels[row].share = share;
        return success();
    }
    int rate = 0;
    const auto driver = driverAt(column, &rate);
    if (!driver || scenario >= static_cast<int>(edited.scenarios.size()) ||
        row >= static_cast<int>(edited.scenarios[scenario].channels.size()))
        return Error{tr("this cell cannot be edited")};
    return writeDriver(edited.scenarios[scenario].channels[row], *driver, rate, value,
                       edited.currency);
}

QString ChannelsModel::cellPath(const Plan &edited, int row, int column) const
{
    if (column == NameColumn || column == GroupColumn)
        return fieldPath(indexPath(QStringLiteral("channels"), row),
                         column == NameColumn ? QStringLiteral("name") : QStringLiteral("group"));
    int rate = 0;
    const auto driver =
        column == AmountColumn ? std::optional(ChannelDriver::Share) : driverAt(column, &rate);
    if (!driver)
        return {};
    return driverPath(edited, document()->activeScenarioIndex(), row, *driver, rate);
}

} // namespace cplan
