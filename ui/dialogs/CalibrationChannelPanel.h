#pragma once

// One channel of the calibration dialog (MODEL.md §5.6): the chart of actual against fitted
// leads by past month (hold-out months marked), a table with one row per driver — a checkbox
// (enabled only for a driver the data identified), the scenario's current value, the fitted
// value ± its standard error, and in words why a driver keeps its current value — and the
// quality of the fit (R², MAPE, hold-out error) in words.

#include "models/engine/Calibration.h"

#include <QWidget>

#include <algorithm>
#include <vector>

class QLabel;
class QTableWidget;

namespace cplan {

class CalibrationChart;

class CalibrationChannelPanel : public QWidget
{
    Q_OBJECT

public:
    // The driver rows: cost per lead, saturation spend, carryover, then one per conversion rate.
    enum Row
    {
        CplRow,
        SaturationRow,
        CarryoverRow,
        FirstConversionRow
    };
    enum Column
    {
        DriverColumn, // the checkbox and the driver's name
        CurrentColumn,
        FittedColumn,
        NoteColumn,
        ColumnCount
    };

    explicit CalibrationChannelPanel(QWidget *parent = nullptr);

    // Shows `channel` of `plan`: its drivers in `scenario`, its series and calibration, and the
    // rows' checkboxes as `checked` says (one per row).
    void showChannel(const Plan &plan, const Scenario &scenario, int channel,
                     const ChannelHistory &history, const ChannelCalibration &calibration,
                     const std::vector<bool> &checked);
    // No channel to show (no channels, or the past months were refused): `message` instead.
    void showMessage(const QString &message);

    // The rows of a channel with `stageCount` stages, and whether row `row` has a value the
    // data identified (the only rows that may be applied).
    static int rowCount(int stageCount) { return FirstConversionRow + std::max(stageCount - 1, 0); }
    static bool identified(const ChannelCalibration &calibration, int row);

    int channel() const { return m_channel; }
    CalibrationChart *chart() const { return m_chart; }
    QTableWidget *driverTable() const { return m_table; }
    QLabel *qualityLabel() const { return m_quality; }

signals:
    // The user ticked or cleared the checkbox of `row` of the channel shown.
    void checkedChanged(int channel, int row, bool checked);

private:
    void showQuality(const LeadResponseFit &fit);
    void fitTableHeight();

    int m_channel = -1;
    bool m_filling = false;
    CalibrationChart *m_chart;
    QTableWidget *m_table;
    QLabel *m_quality;
};

} // namespace cplan
