#include "ui/pages/AnalysisSensitivityPanel.h"

#include "models/document/PlanDocument.h"
#include "ui/charts/TornadoAdapter.h"
#include "ui/charts/TornadoChart.h"
#include "ui/widgets/RefreshWhenShown.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cplan {

namespace {
// The metrics a planner asks "what moves it most?" about; ROI first (the default, §5.4).
const char *const tornadoMetrics[] = {"roi", "return_ratio", "customers", "cac", "value", "ltv"};
} // namespace

AnalysisSensitivityPanel::AnalysisSensitivityPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_metric(new QComboBox(this)),
      m_swing(new QDoubleSpinBox(this)), m_note(new QLabel(this)), m_chart(new TornadoChart(this))
{
    for (const char *metric : tornadoMetrics)
        m_metric->addItem(analysisMetricTitle(QLatin1String(metric)), QLatin1String(metric));
    m_metric->setToolTip(tr("The metric each bar shows at both ends of the swing"));
    m_swing->setRange(1.0, 90.0);
    m_swing->setDecimals(0);
    m_swing->setSuffix(QStringLiteral(" %"));
    m_swing->setPrefix(QStringLiteral("± "));
    m_swing->setValue(20.0);
    m_swing->setToolTip(tr("How far each driver moves down and up, one at a time"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metric);
    auto *swingLabel = new QLabel(tr("&Swing:"), this);
    swingLabel->setBuddy(m_swing);
    auto *controls = new QHBoxLayout;
    controls->addWidget(metricLabel);
    controls->addWidget(m_metric);
    controls->addSpacing(12);
    controls->addWidget(swingLabel);
    controls->addWidget(m_swing);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &AnalysisSensitivityPanel::refresh);
    connect(m_swing, &QDoubleSpinBox::valueChanged, this, &AnalysisSensitivityPanel::refresh);
    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refresh(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    refresh();
}

void AnalysisSensitivityPanel::setMetric(const QString &metric)
{
    m_metric->setCurrentIndex(m_metric->findData(metric));
}

void AnalysisSensitivityPanel::setSwing(double swing)
{
    m_swing->setValue(swing * 100.0);
}

void AnalysisSensitivityPanel::refresh()
{
    m_result.reset();
    const Scenario &scenario = m_document->activeScenario();
    if (!m_document->projection()) {
        m_note->setText(tr("The plan cannot be projected yet; see the Alerts."));
        m_chart->setData({});
        return;
    }
    auto result = runSensitivity(m_document->plan(), scenario, m_swing->value() / 100.0,
                                 m_metric->currentData().toString());
    if (!result) {
        m_note->setText(result.error());
        m_chart->setData({});
        return;
    }
    m_result = std::move(result).value();
    m_note->setText(tr("Each driver moved down and up by %1, one at a time, on \"%2\"; the "
                       "largest effect on top. Hover a bar for the exact values.")
                        .arg(m_swing->text(), scenario.name));
    m_chart->setCurrency(m_document->plan().currency);
    m_chart->setTitle(tr("%1: what moves it most").arg(analysisMetricTitle(m_result->metric)));
    m_chart->setData(tornadoChartData(*m_result));
}

} // namespace cplan
