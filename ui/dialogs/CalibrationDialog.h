#pragma once

// Scenario ▸ "Calibrate from past actuals…" (MODEL.md §5.6, issue 24): the plan's past months in
// a read-only table of their own (with "Import past actuals…", the actuals import aimed at the
// past months), and per channel the fit of its drivers to them (CalibrationChannelPanel). Apply
// sets the checked, identified drivers of every channel in the scenario as one undo step; "Save
// as new scenario…" adds a calibrated copy instead. The fit runs on the GUI thread when the
// dialog opens and after an import: calibratePlan takes well under a second for 200 channels.

#include "models/domain/Result.h"
#include "models/engine/Calibration.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cplan {

class CalibrationChannelPanel;
class DialogProvider;
class PlanDocument;

class CalibrationDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        ChannelsTab,
        PastMonthsTab
    };
    enum PastColumn
    {
        PastMonthColumn,
        PastChannelColumn,
        PastSpendColumn,
        FirstPastStageColumn
    };

    // Calibrates the document's active scenario at the time of opening. `dialogs` answers the
    // import's file question and runs the import dialog.
    CalibrationDialog(PlanDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    // Asks the new scenario's name (`suggested` pre-filled); an empty answer cancels. Tests
    // inject an answer; the default is a QInputDialog.
    using NameQuestion = std::function<QString(const QString &suggested)>;
    void setNameQuestion(NameQuestion question) { m_askName = std::move(question); }

    QString scenarioName() const { return m_scenarioName; }
    // Fits every channel again from the document's past months.
    void refresh();
    // The fit of each plan channel (empty when the past months were refused: errorText()).
    const std::vector<ChannelCalibration> &calibrations() const { return m_calibrations; }
    QString errorText() const { return m_error; }

    void selectChannel(int channel);
    // The checkbox of driver `row` (CalibrationChannelPanel::Row) of `channel`.
    bool isChecked(int channel, int row) const;
    void setChecked(int channel, int row, bool checked);

    // The scenario with the checked, identified drivers set; `changed` = how many values moved.
    // Null when the scenario is gone.
    std::optional<Scenario> calibratedScenario(int *changed = nullptr) const;
    // Apply: the checked drivers of every channel, one undo step. Refused when nothing changes.
    Status applyToScenario();
    // "Save as new scenario…" under `name` (must be new), one undo step.
    Status saveAsScenario(const QString &name);
    // "Import past actuals…": the actuals import dialog aimed at the past months, run through
    // the DialogProvider; the fit follows.
    void importPastActuals();

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *pastTable() const { return m_past; }
    QLabel *pastSummary() const { return m_pastSummary; }
    QListWidget *channelList() const { return m_channels; }
    CalibrationChannelPanel *panel() const { return m_panel; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *saveButton() const { return m_save; }

private:
    QWidget *createChannelsTab();
    QWidget *createPastTab();
    void fillPastTable();
    void fillChannelList();
    void showChannel(int channel);
    void updateButtons();
    void setStatus(const QString &text, bool error);

    PlanDocument *m_document;
    DialogProvider *m_dialogs;
    QString m_scenarioName;
    NameQuestion m_askName;

    std::vector<ChannelHistory> m_histories;
    std::vector<ChannelCalibration> m_calibrations;
    std::vector<std::vector<bool>> m_checked; // per channel, per driver row
    QString m_error;

    QTabWidget *m_tabs;
    QLabel *m_heading;
    QTableWidget *m_past;
    QLabel *m_pastSummary;
    QPushButton *m_import;
    QListWidget *m_channels;
    CalibrationChannelPanel *m_panel;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_save;
};

} // namespace cplan
