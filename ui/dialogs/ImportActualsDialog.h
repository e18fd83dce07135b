#pragma once

// Actuals ▸ Import… (MODEL.md §7): three steps in one dialog.
//  1. File — chosen through the DialogProvider seam; the encoding (automatic, UTF-8, UTF-16,
//     GB18030), for a workbook the sheet, and the header row (found below title rows by
//     itself, or chosen); the first rows as read. Big files are read on a
//     worker thread with a progress bar and a Cancel button.
//  2. Columns — a drop-down per role (month, channel, spend, each stage) and the file's channel
//     names next to the plan's: matched ones are shown, unknown ones get a drop-down.
//  3. Preview — every source row: added, replaced or refused and why. Apply is one undo step.
// The mapping and the channel answers are remembered per plan (QSettings, keyed by the plan's
// file path, or its name while untitled). All the rules live in models/exchange.

#include "models/exchange/ActualsImport.h"
#include "models/exchange/TableReader.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace cplan {

class DialogProvider;
class PlanDocument;

class ImportActualsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Step
    {
        FileStep,
        ColumnsStep,
        PreviewStep
    };
    // The role drop-downs: month, channel, spend, then one per stage.
    enum Role
    {
        MonthRole,
        ChannelRole,
        SpendRole,
        FirstStageRole
    };
    enum PreviewColumn
    {
        RowColumn,
        OutcomeColumn,
        MonthColumn,
        ChannelColumn,
        SpendColumn,
        DetailsColumn,
        PreviewColumnCount
    };

    // `target` PastActuals fills the plan's past months (the calibration's evidence, MODEL.md
    // §5.6): the horizon rule does not apply, and the file is imported only when every row is
    // accepted (as `cplan calibrate` does).
    ImportActualsDialog(PlanDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr,
                        ImportTarget target = ImportTarget::Actuals);
    ~ImportActualsDialog() override;

    // Actuals ▸ Import…: asks for the file, then runs the dialog modally.
    static void run(PlanDocument *document, DialogProvider *dialogs, QWidget *parent);

    ImportTarget target() const { return m_target; }

    // Asks for a file through the DialogProvider and reads it; false when the user cancelled.
    bool chooseFile();
    // Reads `path` on a worker thread (isReading() until done).
    void openFile(const QString &path);
    bool isReading() const;

    Step step() const;
    void goToStep(Step step);

    const std::optional<SourceTable> &table() const { return m_table; }
    const ImportMapping &mapping() const { return m_mapping; }
    const ImportPreview &preview() const { return m_preview; }
    QString statusText() const;
    // Imports the previewed rows as one undo step; false (with the reason shown) if refused.
    // Past actuals are imported only when no row is refused.
    bool apply();
    bool canApply() const;

    // The QSettings group the mapping of `document`'s plan is remembered under.
    static QString settingsGroup(const PlanDocument *document);

    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *sheetCombo() const { return m_sheet; }
    QSpinBox *headerRowSpin() const { return m_headerRow; }
    QLabel *mappingStatusLabel() const { return m_mappingStatus; }
    QComboBox *roleCombo(int role) const;
    // The drop-down of an unknown channel name; null when the name matched by itself.
    QComboBox *channelChoiceCombo(const QString &sourceName) const;
    QTableWidget *sampleTable() const { return m_sample; }
    QTableWidget *channelTable() const { return m_channels; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelReadButton() const { return m_cancelRead; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *applyButton() const { return m_apply; }

private:
    struct ReadJob;

    QWidget *createFileStep();
    QWidget *createColumnsStep();
    QWidget *createPreviewStep();
    void startRead();
    void readFinished();
    void showSample();
    void showTableStatus();
    void headerRowChanged(int row);
    void restoreRemembered();
    void remember() const;
    void fillRoleCombos();
    void roleChanged();
    void fillChannelTable();
    void refreshPreview();
    void updateButtons();
    void setStatus(const QString &text, bool error);

    PlanDocument *m_document;
    DialogProvider *m_dialogs;
    ImportTarget m_target;
    QString m_path;
    std::optional<SourceTable> m_table;
    ImportMapping m_mapping;
    ImportPreview m_preview;
    QString m_mappingError;
    bool m_filling = false;

    std::shared_ptr<ReadJob> m_job;
    QFutureWatcher<Result<SourceTable>> *m_watcher;
    QTimer *m_progressTimer;

    QStackedWidget *m_steps;
    QLabel *m_stepTitle;
    QLabel *m_fileLabel;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QSpinBox *m_headerRow;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancelRead;
    QTableWidget *m_sample;
    std::vector<QComboBox *> m_roles;
    QLabel *m_mappingStatus;
    QTableWidget *m_channels;
    QLabel *m_summary;
    QTableWidget *m_previewTable;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_apply;
};

} // namespace cplan
