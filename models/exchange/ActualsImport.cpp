// The preview of an actuals import and its application (MODEL.md §7).

#include "models/exchange/ActualsImport.h"

#include "models/domain/Months.h"
#include "models/exchange/ImportCellParsing.h"
#include "models/exchange/ImportHeaders.h"

#include <QCoreApplication>
#include <QLocale>

#include <QHash>

#include <cmath>
#include <map>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActualsImport)
};

// Amounts in messages: grouped, at most two decimals, independent of the user's locale so the
// CLI's report is stable.
QString amountText(double value)
{
    QLocale c(QLocale::C);
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    // Whole without a conversion to an integer: past 2^63 (a volume of 1.2e19 in a file) that
    // conversion is undefined behaviour (the CSV fuzzer, issue 21); every such double is whole.
    const bool whole = std::trunc(value) == value;
    QString text = c.toString(value, 'f', whole ? 0 : 2);
    return text;
}

QString cellText(const QStringList &row, int column)
{
    return column >= 0 ? row.value(column).trimmed() : QString();
}

struct RowCheck
{
    ImportRow row;
    bool refused = false;

    void refuse(const QString &reason)
    {
        if (refused)
            return;
        refused = true;
        row.outcome = ImportRow::Outcome::Refused;
        row.detail = reason;
        row.reason = Tr::tr("row %1: %2").arg(row.rowNumber).arg(reason);
    }
};

// A value read in a scaled unit, to the cent: 10.1235 万元 is 101,235.00, not 101,234.99999.
double scaled(double value, double scale)
{
    return scale == 1.0 ? value : std::round(value * scale * 100.0) / 100.0;
}

// The row's label of a totals row ("合计" in the month or channel column, or its first cell).
QString totalsLabel(const QStringList &row, const ImportMapping &mapping)
{
    for (int column : {mapping.month, mapping.channel, 0}) {
        const QString text = cellText(row, column);
        if (isTotalsLabel(text))
            return text;
    }
    return {};
}

// A measured number: spend or a volume. Names the cell when it is not a number.
std::optional<double> readNumber(const QString &text, const QString &what, RowCheck &check)
{
    const auto value = parseAmount(text);
    if (!value) {
        check.refuse(Tr::tr("%1 “%2” is not a number").arg(what, text));
        return std::nullopt;
    }
    if (*value < 0) {
        check.refuse(Tr::tr("%1 %2 is negative").arg(what, text));
        return std::nullopt;
    }
    return value;
}

// The plan's list that `target` names.
std::vector<Actual> &rowsOf(Plan &plan, ImportTarget target)
{
    return target == ImportTarget::Actuals ? plan.actuals : plan.pastActuals;
}

const std::vector<Actual> &rowsOf(const Plan &plan, ImportTarget target)
{
    return target == ImportTarget::Actuals ? plan.actuals : plan.pastActuals;
}

} // namespace

double columnScale(const SourceTable &table, int column, bool money, QString *unit)
{
    if (column < 0)
        return 1.0;
    if (const auto own = headerUnit(table.header.value(column))) {
        if (unit)
            *unit = own->text;
        return own->scale;
    }
    if (money) {
        for (const QStringList &row : table.titleRows) {
            for (const QString &cell : row) {
                if (const auto note = noteUnit(cell)) {
                    if (unit)
                        *unit = note->text;
                    return note->scale;
                }
            }
        }
    }
    return 1.0;
}

ImportPreview previewImport(const SourceTable &table, const ImportMapping &mapping,
                            const Plan &plan, const QString &fileName, ImportTarget target)
{
    ImportPreview preview;
    preview.fileName = fileName;
    preview.target = target;
    const auto start = parseMonth(plan.start);
    const QString firstMonth = plan.start;
    const QString lastMonth = monthLabel(plan.start, plan.months - 1);
    // Units in the headers (A.1 of issue 22): each scaled column is named in a note.
    const auto scaleOf = [&](int column, bool money) {
        QString unit;
        const double scale = columnScale(table, column, money, &unit);
        if (scale != 1.0)
            preview.notes << Tr::tr("Column %1 (“%2”) is in %3: its values are multiplied by %4.")
                                 .arg(column + 1)
                                 .arg(table.header.value(column), unit, amountText(scale));
        return scale;
    };
    const double spendScale = scaleOf(mapping.spend, true);
    std::vector<double> stageScales;
    for (int stage = 0; stage < int(mapping.stages.size()); ++stage)
        stageScales.push_back(scaleOf(mapping.stageColumn(stage), false));
    // The plan's existing rows by month × channel (one look-up per source row, not a scan).
    const std::vector<Actual> &targetRows = rowsOf(plan, target);
    QHash<QString, std::size_t> existingRows;
    for (std::size_t i = 0; i < targetRows.size(); ++i)
        existingRows.insert(targetRows[i].month + QLatin1Char('\n') + targetRows[i].channel, i);
    // Source channel name -> plan channel, matched once per distinct name.
    QHash<QString, QString> channelOf;
    // month × channel -> the row that gave it first.
    std::map<std::pair<QString, QString>, int> seen;
    preview.rows.reserve(table.rows.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const QStringList &source = table.rows[i];
        RowCheck check;
        check.row.rowNumber = i < table.rowNumbers.size() ? table.rowNumbers[i] : int(i) + 2;
        const QString monthCell = cellText(source, mapping.month);
        check.row.month = monthCell;
        check.row.sourceChannel = cellText(source, mapping.channel);

        // A totals row (A.5 of issue 22) is not data: skipped with a note, not refused.
        if (const QString label = totalsLabel(source, mapping); !label.isEmpty()) {
            check.row.outcome = ImportRow::Outcome::Skipped;
            check.row.detail = Tr::tr("a totals row (“%1”), skipped").arg(label);
            check.row.reason = Tr::tr("row %1: %2").arg(check.row.rowNumber).arg(check.row.detail);
            ++preview.skipped;
            preview.rows.push_back(std::move(check.row));
            continue;
        }

        // Month.
        const auto month = parseMonthCell(monthCell);
        if (monthCell.isEmpty()) {
            check.refuse(Tr::tr("the month is empty"));
        } else if (!month) {
            check.refuse(Tr::tr("“%1” is not a month (write 2025-03, 2025/3, 2025年3月, Mar 2025 "
                                "or the first day of the month)")
                             .arg(monthCell));
        } else {
            check.row.month = *month;
            const auto date = parseMonth(*month);
            const int offset = start && date ? monthOffset(*start, *date) : -1;
            if (target == ImportTarget::Actuals && (offset < 0 || offset >= plan.months))
                check.refuse(Tr::tr("month %1 is outside the plan's horizon %2 to %3")
                                 .arg(*month, firstMonth, lastMonth));
        }

        // Channel.
        const QString sourceChannel = check.row.sourceChannel;
        auto known = channelOf.constFind(sourceChannel);
        if (known == channelOf.cend())
            known = channelOf.insert(sourceChannel,
                                     matchChannel(sourceChannel, plan, mapping.channelChoices));
        const QString channel = *known;
        if (sourceChannel.isEmpty())
            check.refuse(Tr::tr("the channel is empty"));
        else if (channel.isEmpty() && mapping.channelChoices.contains(sourceChannel))
            check.refuse(Tr::tr("channel “%1” is left out by your choice").arg(sourceChannel));
        else if (channel.isEmpty())
            check.refuse(Tr::tr("channel “%1” is not in the plan").arg(sourceChannel));

        // Spend and volumes.
        const QString spendCell = cellText(source, mapping.spend);
        std::optional<double> spend;
        if (isBlankCell(spendCell))
            check.refuse(Tr::tr("the spend is empty"));
        else
            spend = readNumber(spendCell, Tr::tr("spend"), check);
        if (spend)
            spend = scaled(*spend, spendScale);
        std::vector<double> volumes;
        int firstBlank = -1;
        for (int stage = 0; stage < int(mapping.stages.size()); ++stage) {
            const int column = mapping.stageColumn(stage);
            if (column < 0)
                break;
            const QString text = cellText(source, column);
            if (isBlankCell(text)) {
                if (firstBlank < 0)
                    firstBlank = stage;
                continue;
            }
            const QString stageName = plan.stages.value(stage);
            if (firstBlank >= 0) {
                check.refuse(Tr::tr("“%1” is given but “%2” before it is empty; volumes are "
                                    "measured from the first stage on")
                                 .arg(stageName, plan.stages.value(firstBlank)));
                break;
            }
            if (const auto volume = readNumber(text, stageName, check))
                volumes.push_back(scaled(*volume, stageScales[std::size_t(stage)]));
        }
        // A funnel narrows: a stage measured above the stage before it means conversion above
        // 100 % (MODEL.md §2, conversion between 0 and 1), most often two columns swapped.
        for (std::size_t k = 1; k < volumes.size(); ++k) {
            if (volumes[k] > volumes[k - 1])
                check.row.warnings
                    << Tr::tr("“%1” %2 is more than “%3” %4 before it in the funnel; check "
                              "that the columns are not swapped")
                           .arg(plan.stages.value(int(k)), amountText(volumes[k]),
                                plan.stages.value(int(k) - 1), amountText(volumes[k - 1]));
        }

        // Duplicates within the file.
        if (!check.refused) {
            const auto key = std::make_pair(*month, channel);
            if (const auto found = seen.find(key); found != seen.end())
                check.refuse(Tr::tr("%1 × %2 was already given in row %3")
                                 .arg(*month, channel)
                                 .arg(found->second));
            else
                seen.emplace(key, check.row.rowNumber);
        }

        if (!check.refused) {
            check.row.actual = Actual{*month, channel, *spend, std::move(volumes)};
            const auto existing = existingRows.constFind(*month + QLatin1Char('\n') + channel);
            if (existing != existingRows.cend()) {
                check.row.outcome = ImportRow::Outcome::Replaced;
                check.row.previous = targetRows[*existing];
                ++preview.replaced;
            } else {
                check.row.outcome = ImportRow::Outcome::Added;
                ++preview.added;
            }
        } else {
            ++preview.refused;
        }
        preview.rows.push_back(std::move(check.row));
    }
    return preview;
}

Status applyImport(Plan &plan, const ImportPreview &preview)
{
    if (preview.accepted() == 0)
        return Error{Tr::tr("%1: no row can be imported").arg(preview.fileName)};
    for (const ImportRow &row : preview.rows) {
        if (row.outcome == ImportRow::Outcome::Refused ||
            row.outcome == ImportRow::Outcome::Skipped)
            continue;
        const Actual &actual = row.actual;
        auto &actuals = rowsOf(plan, preview.target);
        const auto found = std::find_if(actuals.begin(), actuals.end(), [&](const Actual &a) {
            return a.month == actual.month && a.channel == actual.channel;
        });
        if (found != actuals.end()) {
            *found = actual;
            continue;
        }
        // Rows ordered by month, then plan order, as the Actuals page keeps them.
        const int channelIndex = plan.channelIndex(actual.channel);
        const auto position = std::find_if(actuals.begin(), actuals.end(), [&](const Actual &a) {
            return a.month > actual.month ||
                   (a.month == actual.month && plan.channelIndex(a.channel) > channelIndex);
        });
        actuals.insert(position, actual);
    }
    return success();
}

PlanEdit importEdit(const ImportPreview &preview)
{
    const bool past = preview.target == ImportTarget::PastActuals;
    return {past ? Tr::tr("Import %n past row(s) from %1", nullptr, preview.accepted())
                       .arg(preview.fileName)
                 : Tr::tr("Import %n actual row(s) from %1", nullptr, preview.accepted())
                       .arg(preview.fileName),
            [preview](Plan &plan) { return applyImport(plan, preview); },
            PlanChange::values(PlanChange::Area::Actuals),
            {past ? QStringLiteral("past_actuals") : QStringLiteral("actuals")},
            {}};
}

QString outcomeText(const ImportRow &row, const Plan &plan)
{
    if (row.outcome == ImportRow::Outcome::Refused || row.outcome == ImportRow::Outcome::Skipped)
        return row.reason;
    QStringList volumes;
    for (std::size_t k = 0; k < row.actual.volumes.size(); ++k)
        volumes << Tr::tr("%1 %2").arg(plan.stages.value(int(k)),
                                       amountText(row.actual.volumes[k]));
    QString what = Tr::tr("%1 × %2, spend %3")
                       .arg(row.actual.month, row.actual.channel, amountText(row.actual.spend));
    if (!volumes.isEmpty())
        what += Tr::tr(", %1").arg(volumes.join(QStringLiteral(", ")));
    if (!row.warnings.isEmpty())
        what += Tr::tr(" (warning: %1)").arg(row.warnings.join(QStringLiteral("; ")));
    if (row.outcome == ImportRow::Outcome::Added)
        return Tr::tr("row %1: adds %2").arg(row.rowNumber).arg(what);
    return Tr::tr("row %1: replaces %2 (was spend %3)")
        .arg(row.rowNumber)
        .arg(what, amountText(row.previous ? row.previous->spend : 0.0));
}

QStringList previewReport(const ImportPreview &preview, const Plan &plan)
{
    QStringList lines = preview.notes;
    for (const ImportRow &row : preview.rows)
        lines << outcomeText(row, plan);
    QString summary = Tr::tr("%1: %2 row(s) to add, %3 to replace, %4 refused")
                          .arg(preview.fileName)
                          .arg(preview.added)
                          .arg(preview.replaced)
                          .arg(preview.refused);
    if (preview.skipped > 0)
        summary += Tr::tr(", %n totals row(s) skipped", nullptr, preview.skipped);
    lines << summary;
    return lines;
}

} // namespace cplan
