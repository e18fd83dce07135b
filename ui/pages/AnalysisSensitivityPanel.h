#pragma once

// The sensitivity part of the Analysis page (MODEL.md §5.4): a tornado of the chosen metric
// (default ROI) for ±swing (default 20%) on each driver family and each channel share. A run
// is a few dozen projections (well under a millisecond each), so it follows every change of the
// plan and is never out of date.

#include "models/engine/Sensitivity.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace cplan {

class PlanDocument;
class TornadoChart;

class AnalysisSensitivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisSensitivityPanel(PlanDocument *document, QWidget *parent = nullptr);

    void setMetric(const QString &metric);
    // The swing as a fraction (0.2 = ±20%).
    void setSwing(double swing);

    const std::optional<SensitivityResult> &result() const { return m_result; }
    TornadoChart *chart() const { return m_chart; }
    QLabel *note() const { return m_note; }

private:
    void refresh();

    PlanDocument *m_document;
    QComboBox *m_metric;
    QDoubleSpinBox *m_swing;
    QLabel *m_note;
    TornadoChart *m_chart;
    std::optional<SensitivityResult> m_result;
};

} // namespace cplan
