#include "models/exchange/ReportContent.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportContent)
};

// The headline figures on the title page, by metric id (rows of the summary table).
const QStringList headlineMetrics = {
    QStringLiteral("budget"),       QStringLiteral("channel_spend"), QStringLiteral("leads"),
    QStringLiteral("customers"),    QStringLiteral("cac"),           QStringLiteral("ltv"),
    QStringLiteral("value"),        QStringLiteral("roi"),           QStringLiteral("return_ratio"),
    QStringLiteral("payback_month")};

int scenarioColumn(const ExportTable &summary, const QString &scenario)
{
    const auto index = summary.columns.indexOf(scenario);
    return index > 0 ? int(index) : 1;
}

std::vector<ReportKeyFigure> keyFigures(const ExportWorkbook &workbook)
{
    std::vector<ReportKeyFigure> figures;
    const ExportTable *summary = workbook.table(QStringLiteral("summary"));
    const ExportTable *targets = workbook.table(QStringLiteral("targets"));
    if (!summary)
        return figures;
    const int column = scenarioColumn(*summary, workbook.scenario);
    for (std::size_t r = 0; r < summary->rows.size(); ++r) {
        const auto &row = summary->rows[r];
        if (headlineMetrics.contains(summary->rowKeys.value(qsizetype(r)))) {
            figures.push_back({row.front().text,
                               reportCellText(row[std::size_t(column)], workbook.currency),
                               {},
                               {}});
        }
    }
    if (targets) {
        // Targets columns: label, metric, goal, target value, then projected and met per scenario.
        const int projected = 4 + 2 * (column - 1);
        for (const auto &row : targets->rows) {
            if (int(row.size()) <= projected + 1)
                continue;
            figures.push_back({row[0].text,
                               reportCellText(row[std::size_t(projected)], workbook.currency),
                               reportCellText(row[2], workbook.currency) + QLatin1Char(' ') +
                                   reportCellText(row[3], workbook.currency),
                               row[std::size_t(projected + 1)].text == Tr::tr("yes")});
        }
    }
    return figures;
}

// The comparison on paper: each scenario's value and Δ%, not the absolute Δ (the workbook has
// it), so three scenarios fit the width of a page.
std::vector<int> comparisonColumns(const ExportWorkbook &workbook)
{
    const ExportTable *table = workbook.table(QStringLiteral("comparison"));
    std::vector<int> columns = {0, 1};
    for (int c = 2; table && c + 2 < int(table->columns.size()); c += 3) {
        columns.push_back(c);
        columns.push_back(c + 2);
    }
    return columns;
}

} // namespace

ReportContent buildReportContent(ExportWorkbook workbook, QDate printedOn,
                                 const ReportOptions &options)
{
    ReportContent content;
    content.title = workbook.planName;
    content.titleZh = workbook.planNameZh;
    content.scenario = workbook.scenario;
    content.currency = workbook.currency;
    content.printedOn = printedOn;
    content.statusDate = workbook.statusDate;
    content.approval = workbook.approval;
    content.keyFigures = keyFigures(workbook);

    content.pages.push_back({ReportPageKind::Title, Tr::tr("Key figures against targets"), {}, {}});
    content.pages.push_back({ReportPageKind::Dashboard,
                             Tr::tr("Dashboard: %1").arg(workbook.scenario),
                             Tr::tr("Monthly spend, channel split, funnel, cash curve and lifetime "
                                    "value against acquisition cost of the scenario."),
                             {}});
    content.pages.push_back({ReportPageKind::Comparison,
                             Tr::tr("Scenario comparison"),
                             Tr::tr("Every scenario against the base; Δ and Δ% are the difference "
                                    "to the base."),
                             {{QStringLiteral("comparison"), comparisonColumns(workbook), false}}});
    content.pages.push_back({ReportPageKind::Milestones,
                             Tr::tr("Milestones"),
                             Tr::tr("Status date %1. Level 1 to 3: how far a delay is escalated.")
                                 .arg(workbook.statusDate.toString(Qt::ISODate)),
                             {{QStringLiteral("milestones"), {0, 1, 4, 5, 6, 7, 8, 9}, false},
                              {QStringLiteral("checks"), {}, false},
                              // Only there when a late milestone gates spend (MODEL.md §6).
                              {QStringLiteral("delays"), {0, 1, 2, 5, 6, 7, 8, 9}, false}}});
    content.pages.push_back(
        {ReportPageKind::Actuals,
         Tr::tr("Actuals against plan"),
         Tr::tr("Rows whose spend or a measured stage deviates by more than the "
                "threshold are flagged and shaded."),
         {{QStringLiteral("actuals"), {0, 1, 2, 3, 4, 5}, true},
          {QStringLiteral("reforecast"), {}, false}}});
    if (options.monteCarlo) {
        content.pages.push_back(
            {ReportPageKind::MonteCarlo,
             Tr::tr("Uncertainty (Monte Carlo)"),
             Tr::tr("The spread of the results when the uncertain drivers vary."),
             {}});
    }
    if (options.tornado) {
        content.pages.push_back({ReportPageKind::Tornado,
                                 Tr::tr("Sensitivity (tornado)"),
                                 Tr::tr("Each driver moved up and down on its own."),
                                 {}});
    }
    // The appendix, when the export was given the plan's history (addChangesTable()).
    if (const ExportTable *changes = workbook.table(QStringLiteral("changes"))) {
        content.pages.push_back(
            {ReportPageKind::Changes,
             Tr::tr("Appendix: changes"),
             changes->title + QStringLiteral(". ") +
                 Tr::tr("Every change recorded in the plan's history, with its author."),
             {{QStringLiteral("changes"), {1, 2, 3, 4, 5, 6}, false}}});
    }
    content.workbook = std::move(workbook);
    return content;
}

QString reportCellText(const ExportCell &cell, const QString &currency)
{
    if (!cell.number) {
        // A comparison as the interface writes it (≥, not the file's ">="), in every language
        // (issue 22 D.16).
        if (cell.format == CellFormat::Text) {
            if (cell.text == QLatin1String(">="))
                return QStringLiteral("≥");
            if (cell.text == QLatin1String("<="))
                return QStringLiteral("≤");
        }
        return cell.text.isEmpty() && cell.format != CellFormat::Text ? QStringLiteral("—")
                                                                      : cell.text;
    }
    const QLocale locale(QLocale::English);
    const double value = *cell.number;
    const QString symbol =
        currency == QLatin1String("CNY") ? QStringLiteral("¥") : currency + QLatin1Char(' ');
    switch (cell.format) {
    case CellFormat::Money:
        return (value < 0 ? QStringLiteral("-") : QString()) + symbol +
               locale.toString(std::abs(value), 'f', 0);
    case CellFormat::MoneyPrecise:
        return (value < 0 ? QStringLiteral("-") : QString()) + symbol +
               locale.toString(std::abs(value), 'f', 2);
    case CellFormat::Count:
        return locale.toString(value, 'f', 0);
    case CellFormat::Percent:
        return locale.toString(value * 100.0, 'f', 1) + QLatin1Char('%');
    case CellFormat::Ratio:
        return locale.toString(value, 'f', 2);
    case CellFormat::ReturnRatio:
        // As the interface writes it: "1 : 2.10" (issue 22 D.16).
        return QStringLiteral("1 : ") + locale.toString(value, 'f', 2);
    case CellFormat::Integer:
    case CellFormat::Text:
        return QString::number(value, 'f', 0);
    }
    return QString::number(value);
}

} // namespace cplan
