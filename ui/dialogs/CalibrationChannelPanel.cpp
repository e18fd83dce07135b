#include "ui/dialogs/CalibrationChannelPanel.h"

#include "models/itemmodels/ValueFormat.h"
#include "ui/charts/CalibrationChart.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cplan {

namespace {

QString monthAfter(const QString &first, int months)
{
    const QDate start =
        QDate::fromString(first + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return start.isValid() ? start.addMonths(months).toString(QStringLiteral("yyyy-MM"))
                           : QString();
}

QTableWidgetItem *readOnlyItem(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CalibrationChannelPanel::CalibrationChannelPanel(QWidget *parent)
    : QWidget(parent), m_chart(new CalibrationChart(this)), m_table(new QTableWidget(this)),
      m_quality(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("calibrationDrivers"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Driver"), tr("Current"), tr("Fitted ± standard error"), tr("Not identified because")});
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_quality->setTextFormat(Qt::PlainText);
    m_quality->setWordWrap(true);
    m_chart->setMinimumHeight(220);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == DriverColumn && m_channel >= 0)
            emit checkedChanged(m_channel, item->row(), item->checkState() == Qt::Checked);
    });

    // The table is as tall as its rows; the chart takes the rest.
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_table);
    layout->addWidget(m_quality);
}

void CalibrationChannelPanel::fitTableHeight()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setMaximumHeight(height);
}

bool CalibrationChannelPanel::identified(const ChannelCalibration &calibration, int row)
{
    switch (row) {
    case CplRow:
        return calibration.leads.cpl.identified() && calibration.leads.cpl.estimate.has_value();
    case SaturationRow:
        return calibration.leads.saturationSpend.identified() &&
               calibration.leads.saturationSpend.estimate.has_value();
    case CarryoverRow:
        return calibration.leads.carryover.identified() &&
               calibration.leads.carryover.estimate.has_value();
    default: {
        const int k = row - FirstConversionRow;
        return k >= 0 && k < static_cast<int>(calibration.conversion.size()) &&
               calibration.conversion[static_cast<std::size_t>(k)].estimate.has_value();
    }
    }
}

void CalibrationChannelPanel::showMessage(const QString &message)
{
    m_channel = -1;
    m_filling = true;
    m_table->setRowCount(0);
    m_filling = false;
    m_chart->setSeries({});
    m_quality->setText(message);
}

void CalibrationChannelPanel::showChannel(const Plan &plan, const Scenario &scenario, int channel,
                                          const ChannelHistory &history,
                                          const ChannelCalibration &calibration,
                                          const std::vector<bool> &checked)
{
    m_channel = channel;
    const ChannelDrivers &drivers = scenario.channels.at(static_cast<std::size_t>(channel));
    const LeadResponseFit &fit = calibration.leads;
    const QString &currency = plan.currency;

    // The chart: every month of the series, the hold-out = the last 3 observed months.
    CalibrationSeries series;
    series.channel = plan.channels.at(static_cast<std::size_t>(channel)).name;
    for (int m = 0; m < static_cast<int>(history.spend.size()); ++m)
        series.months << monthAfter(history.firstMonth, m);
    series.actual = history.leads;
    series.fitted = fit.fittedLeads;
    series.holdout.assign(history.leads.size(), false);
    if (fit.holdoutMape) {
        int marked = 0;
        for (std::size_t m = history.leads.size(); m-- > 0 && marked < 3;) {
            if (history.leads[m]) {
                series.holdout[m] = true;
                ++marked;
            }
        }
    }
    m_chart->setCurrency(currency);
    m_chart->setSeries(series);

    const auto money = [&currency](double value, int decimals) {
        const double scale = std::pow(10.0, decimals);
        return ValueFormat::money(std::round(value * scale) / scale, currency);
    };
    const auto withError = [](const QString &value, const QString &error) {
        return error.isEmpty() ? value : tr("%1 ± %2").arg(value, error);
    };
    struct Line
    {
        QString name, current, fitted, note;
    };
    std::vector<Line> lines;
    const auto leadLine = [&](const QString &name, const QString &current,
                              const FittedDriver &driver, auto format) {
        const QString value = driver.estimate ? format(*driver.estimate) : QStringLiteral("—");
        const QString error =
            driver.estimate && driver.standardError ? format(*driver.standardError) : QString();
        lines.push_back({name, current, withError(value, error), reasonText(driver.reason)});
    };
    const auto cpl = [&](double v) {
        return money(v, 2);
    };
    const auto whole = [&](double v) {
        return money(v, 0);
    };
    const auto share = [](double v) {
        return ValueFormat::percent(v);
    };
    leadLine(tr("Cost per lead"), cpl(drivers.cpl), fit.cpl, cpl);
    leadLine(tr("Saturation spend"),
             drivers.saturationSpend ? whole(*drivers.saturationSpend) : tr("none"),
             fit.saturationSpend, whole);
    leadLine(tr("Carryover"), share(drivers.carryover), fit.carryover, share);
    for (std::size_t k = 0; k < calibration.conversion.size(); ++k) {
        const FittedRate &rate = calibration.conversion[k];
        const QString name = tr("Conversion %1 → %2")
                                 .arg(plan.stages.value(static_cast<int>(k)),
                                      plan.stages.value(static_cast<int>(k) + 1));
        const QString current =
            k < drivers.conversion.size() ? share(drivers.conversion[k]) : QStringLiteral("—");
        const QString value = rate.estimate ? share(*rate.estimate) : QStringLiteral("—");
        const QString error =
            rate.estimate && rate.standardError ? share(*rate.standardError) : QString();
        lines.push_back({name, current, withError(value, error),
                         rate.estimate ? QString() : tr("no month measured both stages")});
    }

    m_filling = true;
    m_table->setRowCount(static_cast<int>(lines.size()));
    for (int row = 0; row < static_cast<int>(lines.size()); ++row) {
        const Line &line = lines[static_cast<std::size_t>(row)];
        const bool usable = identified(calibration, row);
        auto *driver = new QTableWidgetItem(line.name);
        driver->setFlags(usable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                : Qt::ItemFlags(Qt::NoItemFlags));
        const bool on = usable && row < static_cast<int>(checked.size()) &&
                        checked[static_cast<std::size_t>(row)];
        driver->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        driver->setToolTip(usable ? tr("Apply the fitted value to the scenario")
                                  : tr("Not identified: the current value is kept"));
        m_table->setItem(row, DriverColumn, driver);
        m_table->setItem(row, CurrentColumn, readOnlyItem(line.current, true));
        m_table->setItem(row, FittedColumn, readOnlyItem(line.fitted, true));
        auto *note = readOnlyItem(line.note);
        note->setToolTip(line.note);
        m_table->setItem(row, NoteColumn, note);
    }
    m_filling = false;
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    fitTableHeight();
    showQuality(fit);
}

void CalibrationChannelPanel::showQuality(const LeadResponseFit &fit)
{
    if (!fit.fitted) {
        m_quality->setText(
            tr("%n month(s) with spend and leads: a fit needs at least 6, so cost per lead, "
               "saturation and carryover keep their current values.",
               nullptr, fit.observations));
        return;
    }
    QStringList words;
    words << tr("%n month(s) with spend and leads.", nullptr, fit.observations);
    if (fit.r2)
        words << tr("The fit explains %1 of the variation in leads (R² %2).")
                     .arg(ValueFormat::percent(std::max(*fit.r2, 0.0)),
                          ValueFormat::number(*fit.r2, 3));
    else
        words << tr("The leads never varied, so R² says nothing.");
    if (fit.mape)
        words << tr("Fitted leads are %1 off on average (MAPE).")
                     .arg(ValueFormat::percent(*fit.mape));
    if (fit.holdoutMape)
        words << tr("The last 3 months, predicted from the earlier ones, are %1 off (hold-out "
                    "error).")
                     .arg(ValueFormat::percent(*fit.holdoutMape));
    else
        words << tr("Too few months to hold the last 3 out as a check.");
    // Sentences follow each other with a space in English, without one in Chinese.
    QString text = words.takeFirst();
    for (const QString &sentence : words)
        text = tr("%1 %2", "two sentences").arg(text, sentence);
    m_quality->setText(text);
}

} // namespace cplan
