#include "ui/dialogs/CalibrationDialog.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanFields.h"
#include "models/exchange/ActualsImport.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/dialogs/CalibrationChannelPanel.h"
#include "ui/dialogs/ImportActualsDialog.h"
#include "ui/dialogs/ScenarioNameDialog.h"
#include "ui/mainwindow/DialogProvider.h"
#include "ui/widgets/FigureFormat.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cplan {

namespace {
const QColor errorColour(0xc0, 0x39, 0x2b);

QTableWidgetItem *readOnlyItem(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

CalibrationDialog::CalibrationDialog(PlanDocument *document, DialogProvider *dialogs,
                                     QWidget *parent)
    : QDialog(parent), m_document(document), m_dialogs(dialogs),
      m_scenarioName(document->activeScenario().name), m_tabs(new QTabWidget(this)),
      m_heading(new QLabel(this)), m_past(new QTableWidget(this)), m_pastSummary(new QLabel(this)),
      m_import(new QPushButton(tr("&Import past actuals…"), this)),
      m_channels(new QListWidget(this)), m_panel(new CalibrationChannelPanel(this)),
      m_status(new QLabel(this)), m_apply(new QPushButton(tr("&Apply"), this)),
      m_save(new QPushButton(tr("&Save as new scenario…"), this))
{
    setWindowTitle(tr("Calibrate from past actuals"));
    m_askName = [this](const QString &suggested) {
        return askScenarioName(this, tr("Save as new scenario"), suggested);
    };
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Scenario “%1”: each channel's drivers fitted to the plan's past "
                          "months. Only drivers the data identified can be applied.")
                           .arg(m_scenarioName));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_tabs->addTab(createChannelsTab(), tr("Fit per channel"));
    m_tabs->addTab(createPastTab(), tr("Past months"));

    m_apply->setToolTip(tr("Set the checked drivers of every channel in the scenario (one undo "
                           "step)"));
    m_save->setToolTip(tr("Add a copy of the scenario with the checked drivers set"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const Status applied = applyToScenario(); !applied)
            setStatus(applied.error(), true);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString name = m_askName(tr("%1 (calibrated)").arg(m_scenarioName)).trimmed();
        if (name.isEmpty())
            return;
        if (const Status saved = saveAsScenario(name); !saved) {
            setStatus(saved.error(), true);
            return;
        }
        accept();
    });
    connect(m_import, &QPushButton::clicked, this, &CalibrationDialog::importPastActuals);
    connect(m_channels, &QListWidget::currentRowChanged, this, &CalibrationDialog::showChannel);
    connect(m_panel, &CalibrationChannelPanel::checkedChanged, this,
            [this](int channel, int row, bool checked) {
                m_checked[static_cast<std::size_t>(channel)][static_cast<std::size_t>(row)] =
                    checked;
                updateButtons();
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 680);
    refresh();
    if (m_document->plan().pastActuals.empty())
        m_tabs->setCurrentIndex(PastMonthsTab);
}

QWidget *CalibrationDialog::createChannelsTab()
{
    auto *page = new QWidget(this);
    m_channels->setObjectName(QStringLiteral("calibrationChannels"));
    m_channels->setSpacing(3);
    m_channels->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_channels->setTextElideMode(Qt::ElideRight);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_channels);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({215, 755});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

QWidget *CalibrationDialog::createPastTab()
{
    auto *page = new QWidget(this);
    m_past->setObjectName(QStringLiteral("pastActuals"));
    m_past->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_past->verticalHeader()->setVisible(false);
    m_past->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_past->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_pastSummary->setTextFormat(Qt::PlainText);
    m_pastSummary->setWordWrap(true);
    m_import->setToolTip(tr("Read last year's monthly spend and volumes per channel from a CSV, "
                            "TSV or Excel file into the past months (one undo step)"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_pastSummary, 1);
    top->addWidget(m_import);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_past, 1);
    return page;
}

void CalibrationDialog::refresh()
{
    // About 0.4 s for 200 channels × 36 months (calibration_benchmark): short enough for the
    // GUI thread, long enough to show it is working.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Plan &plan = m_document->plan();
    fillPastTable();
    m_histories.clear();
    m_calibrations.clear();
    m_error.clear();
    const int stages = static_cast<int>(plan.stages.size());
    for (const Channel &channel : plan.channels) {
        auto history = channelHistory(plan.pastActuals, channel.name, stages);
        if (!history) {
            m_error = history.error();
            m_histories.clear();
            m_calibrations.clear();
            break;
        }
        m_calibrations.push_back(calibrateChannel(*history));
        m_histories.push_back(std::move(history).value());
    }
    m_checked.assign(m_calibrations.size(), {});
    for (std::size_t c = 0; c < m_calibrations.size(); ++c) {
        const int rows = CalibrationChannelPanel::rowCount(stages);
        for (int row = 0; row < rows; ++row)
            m_checked[c].push_back(CalibrationChannelPanel::identified(m_calibrations[c], row));
    }
    fillChannelList();
    QApplication::restoreOverrideCursor();
    if (!m_error.isEmpty())
        setStatus(tr("The past months cannot be used: %1").arg(m_error), true);
    else
        setStatus({}, false);
    updateButtons();
}

void CalibrationDialog::fillPastTable()
{
    const Plan &plan = m_document->plan();
    QStringList header{tr("Month"), tr("Channel"), tr("Spend")};
    for (const QString &stage : plan.stages)
        header << stage;
    m_past->clear();
    m_past->setColumnCount(static_cast<int>(header.size()));
    m_past->setHorizontalHeaderLabels(header);
    m_past->setRowCount(static_cast<int>(plan.pastActuals.size()));
    QString first, last;
    // The spend column with one number of decimals (issue 22 B.7).
    std::vector<std::optional<double>> spends;
    for (const Actual &row : plan.pastActuals)
        spends.push_back(row.spend);
    const int spendDecimals = figureDecimals(spends, FigureKind::Money);
    for (int r = 0; r < static_cast<int>(plan.pastActuals.size()); ++r) {
        const Actual &row = plan.pastActuals[static_cast<std::size_t>(r)];
        if (first.isEmpty() || row.month < first)
            first = row.month;
        if (last.isEmpty() || row.month > last)
            last = row.month;
        m_past->setItem(r, PastMonthColumn, readOnlyItem(row.month));
        m_past->setItem(r, PastChannelColumn, readOnlyItem(row.channel));
        m_past->setItem(
            r, PastSpendColumn,
            readOnlyItem(formatFigure(row.spend, FigureKind::Money, plan.currency, spendDecimals),
                         true));
        for (std::size_t k = 0; k < row.volumes.size(); ++k)
            m_past->setItem(
                r, FirstPastStageColumn + static_cast<int>(k),
                readOnlyItem(formatFigure(row.volumes[k], FigureKind::Count, plan.currency), true));
    }
    m_past->resizeColumnsToContents();
    const int rows = static_cast<int>(plan.pastActuals.size());
    m_pastSummary->setText(
        rows == 0 ? tr("No past months yet. Import last year's monthly spend and funnel volumes "
                       "per channel (the same file layout as actuals).")
                  : tr("%n past row(s), %1 to %2. They are the evidence of the fit; the plan "
                       "keeps them.",
                       nullptr, rows)
                        .arg(first, last));
    m_tabs->setTabText(PastMonthsTab, tr("Past months (%1)").arg(rows));
}

void CalibrationDialog::fillChannelList()
{
    const Plan &plan = m_document->plan();
    const int previous = std::max(m_channels->currentRow(), 0);
    m_channels->blockSignals(true);
    m_channels->clear();
    for (std::size_t c = 0; c < m_calibrations.size(); ++c) {
        const LeadResponseFit &fit = m_calibrations[c].leads;
        const QString state = fit.fitted ? tr("fitted") : tr("not fitted");
        auto *item = new QListWidgetItem(
            tr("%1\n%n month(s), %2", nullptr, fit.observations).arg(plan.channels[c].name, state),
            m_channels);
        item->setToolTip(item->text());
        if (!fit.fitted)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_channels->blockSignals(false);
    if (m_calibrations.empty()) {
        m_panel->showMessage(m_error.isEmpty() ? tr("The plan has no channels.") : m_error);
        return;
    }
    m_channels->setCurrentRow(std::min(previous, m_channels->count() - 1));
    showChannel(m_channels->currentRow());
}

void CalibrationDialog::selectChannel(int channel)
{
    m_channels->setCurrentRow(channel);
}

void CalibrationDialog::showChannel(int channel)
{
    if (channel < 0 || channel >= static_cast<int>(m_calibrations.size()))
        return;
    const Plan &plan = m_document->plan();
    const int scenario = plan.scenarioIndex(m_scenarioName);
    if (scenario < 0)
        return;
    const auto c = static_cast<std::size_t>(channel);
    m_panel->showChannel(plan, plan.scenarios[static_cast<std::size_t>(scenario)], channel,
                         m_histories[c], m_calibrations[c], m_checked[c]);
}

bool CalibrationDialog::isChecked(int channel, int row) const
{
    if (channel < 0 || channel >= static_cast<int>(m_checked.size()))
        return false;
    const auto &rows = m_checked[static_cast<std::size_t>(channel)];
    return row >= 0 && row < static_cast<int>(rows.size()) && rows[static_cast<std::size_t>(row)];
}

void CalibrationDialog::setChecked(int channel, int row, bool checked)
{
    if (channel < 0 || channel >= static_cast<int>(m_checked.size()))
        return;
    auto &rows = m_checked[static_cast<std::size_t>(channel)];
    if (row < 0 || row >= static_cast<int>(rows.size()))
        return;
    rows[static_cast<std::size_t>(row)] =
        checked &&
        CalibrationChannelPanel::identified(m_calibrations[static_cast<std::size_t>(channel)], row);
    if (m_panel->channel() == channel)
        showChannel(channel);
    updateButtons();
}

std::optional<Scenario> CalibrationDialog::calibratedScenario(int *changed) const
{
    const Plan &plan = m_document->plan();
    const int index = plan.scenarioIndex(m_scenarioName);
    if (index < 0)
        return std::nullopt;
    Scenario scenario = plan.scenarios[static_cast<std::size_t>(index)];
    int count = 0;
    for (std::size_t c = 0; c < m_calibrations.size(); ++c) {
        const std::vector<bool> &checked = m_checked[c];
        const auto on = [&checked](int row) {
            return row < static_cast<int>(checked.size()) && checked[static_cast<std::size_t>(row)];
        };
        CalibrationChoice choice{on(CalibrationChannelPanel::CplRow),
                                 on(CalibrationChannelPanel::SaturationRow),
                                 on(CalibrationChannelPanel::CarryoverRow), false};
        // The choice is per kind of driver; a cleared conversion rate loses its estimate here.
        ChannelCalibration calibration = m_calibrations[c];
        for (std::size_t k = 0; k < calibration.conversion.size(); ++k) {
            if (on(CalibrationChannelPanel::FirstConversionRow + static_cast<int>(k)))
                choice.conversion = true;
            else
                calibration.conversion[k].estimate.reset();
        }
        count += applyCalibration(scenario, static_cast<int>(c), calibration, choice);
    }
    if (changed)
        *changed = count;
    return scenario;
}

Status CalibrationDialog::applyToScenario()
{
    int changed = 0;
    const std::optional<Scenario> calibrated = calibratedScenario(&changed);
    if (!calibrated)
        return Error{tr("The scenario “%1” no longer exists.").arg(m_scenarioName)};
    if (changed == 0)
        return Error{tr("Nothing to apply: the checked drivers already have their fitted "
                        "values.")};
    const Plan &plan = m_document->plan();
    const int index = plan.scenarioIndex(m_scenarioName);
    const Status applied =
        m_document->applyEdit({tr("Calibrate %1 from past actuals").arg(m_scenarioName),
                               [index, scenario = *calibrated](Plan &edited) {
                                   edited.scenarios[static_cast<std::size_t>(index)] = scenario;
                                   return success();
                               },
                               PlanChange::values(PlanChange::Area::Channels),
                               {scenarioPath(plan, index)},
                               {}});
    if (!applied)
        return applied;
    // The past months did not change, so neither did the fit: only the current values moved.
    showChannel(m_channels->currentRow());
    updateButtons();
    setStatus(tr("%n calibrated value(s) set in “%1”; Undo takes them back.", nullptr, changed)
                  .arg(m_scenarioName),
              false);
    return success();
}

Status CalibrationDialog::saveAsScenario(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("The scenario name must not be empty.")};
    if (m_document->plan().scenarioIndex(trimmed) >= 0)
        return Error{tr("The plan already has a scenario named “%1”.").arg(trimmed)};
    std::optional<Scenario> calibrated = calibratedScenario();
    if (!calibrated)
        return Error{tr("The scenario “%1” no longer exists.").arg(m_scenarioName)};
    calibrated->name = trimmed;
    return m_document->addScenario(*calibrated);
}

void CalibrationDialog::importPastActuals()
{
    ImportActualsDialog dialog(m_document, m_dialogs, this, ImportTarget::PastActuals);
    if (!dialog.chooseFile())
        return;
    if (m_dialogs->runDialog(dialog) != QDialog::Accepted)
        return;
    refresh();
    setStatus(tr("Past months imported; every channel was fitted again."), false);
}

void CalibrationDialog::updateButtons()
{
    int changed = 0;
    calibratedScenario(&changed);
    m_apply->setEnabled(changed > 0);
    m_save->setEnabled(!m_calibrations.empty());
}

void CalibrationDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? errorColour : QDialog::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

} // namespace cplan
