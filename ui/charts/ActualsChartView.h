#pragma once

// The Actuals page's chart: a channel picker ("All channels" or one channel) above the
// planned-against-actual chart of one scenario (the plan's baseline unless told otherwise),
// redrawn when the plan changes.

#include <QWidget>

class QComboBox;

namespace cplan {

class ActualsChart;
class PlanDocument;

class ActualsChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ActualsChartView(PlanDocument *document, QWidget *parent = nullptr);

    ActualsChart *chart() const { return m_chart; }
    QComboBox *channelPicker() const { return m_channel; }
    // -1 = all channels.
    void showChannel(int channel);
    // The scenario the actuals are drawn against; -1 = the plan's baseline.
    void setScenario(int scenario);

private:
    void rebuildPicker();
    void refresh();

    PlanDocument *m_document;
    QComboBox *m_channel;
    ActualsChart *m_chart;
    int m_scenario = -1;
};

} // namespace cplan
