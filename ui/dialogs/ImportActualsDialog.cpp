#include "ui/dialogs/ImportActualsDialog.h"

#include "models/document/PlanDocument.h"
#include "ui/mainwindow/DialogProvider.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/PlainText.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace cplan {

// What the worker thread shares with the dialog; it outlives a dialog closed while reading.
struct ImportActualsDialog::ReadJob
{
    std::atomic_bool cancel = false;
    std::atomic_int percent = 0;
};

namespace {

constexpr int sampleRows = 50;
// Unknown channel names that get a drop-down each; the rest are counted in one row (a file of
// 100,000 unknown names must not build 100,000 widgets).
constexpr int maxChannelChoices = 200;
const QColor refusedColour(0xc6, 0x28, 0x28);
const QColor replacedColour(0xb2, 0x6a, 0x00);
const QColor addedColour(0x2e, 0x7d, 0x32);

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ImportActualsDialog::ImportActualsDialog(PlanDocument *document, DialogProvider *dialogs,
                                         QWidget *parent, ImportTarget target)
    : QDialog(parent), m_document(document), m_dialogs(dialogs), m_target(target),
      m_watcher(new QFutureWatcher<Result<SourceTable>>(this)), m_progressTimer(new QTimer(this)),
      m_steps(new QStackedWidget(this)), m_stepTitle(new QLabel(this))
{
    setWindowTitle(target == ImportTarget::PastActuals ? tr("Import past actuals")
                                                       : tr("Import actuals"));
    QFont titleFont = m_stepTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_stepTitle->setTextFormat(Qt::PlainText);
    m_stepTitle->setFont(titleFont);

    m_steps->addWidget(createFileStep());
    m_steps->addWidget(createColumnsStep());
    m_steps->addWidget(createPreviewStep());

    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(tr("&Next >"), this);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setToolTip(target == ImportTarget::PastActuals
                            ? tr("Import the past months as one undo step")
                            : tr("Import the added and replaced rows as one undo step"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this,
            [this] { goToStep(Step(std::max(0, int(step()) - 1))); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { goToStep(Step(std::min(int(PreviewStep), int(step()) + 1))); });
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_steps, 1);
    layout->addWidget(buttons);

    connect(m_watcher, &QFutureWatcher<Result<SourceTable>>::finished, this,
            &ImportActualsDialog::readFinished);
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job)
            m_progress->setValue(m_job->percent.load());
    });
    goToStep(FileStep);
    resize(980, 600);
}

ImportActualsDialog::~ImportActualsDialog()
{
    // A read still running is told to stop; it checks the flag every few thousand cells.
    if (m_job)
        m_job->cancel = true;
    m_watcher->waitForFinished();
}

void ImportActualsDialog::run(PlanDocument *document, DialogProvider *dialogs, QWidget *parent)
{
    ImportActualsDialog dialog(document, dialogs, parent);
    if (!dialog.chooseFile())
        return;
    dialog.exec();
}

QWidget *ImportActualsDialog::createFileStep()
{
    auto *page = new QWidget(this);
    m_fileLabel = new QLabel(tr("No file chosen."), page);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("&Choose file…"), page);
    connect(choose, &QPushButton::clicked, this, [this] { chooseFile(); });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);

    m_encoding = new QComboBox(page);
    m_encoding->addItem(tr("Automatic (byte-order mark, UTF-8, else GB18030)"),
                        int(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("UTF-16"), int(TextEncoding::Utf16));
    m_encoding->addItem(tr("GB18030 (Chinese Excel, WPS)"), int(TextEncoding::Gb18030));
    m_sheet = new QComboBox(page);
    m_sheet->setEnabled(false);
    m_sheet->setMinimumContentsLength(16);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && !m_path.isEmpty())
            startRead();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && !m_path.isEmpty())
            startRead();
    });

    m_headerRow = new QSpinBox(page);
    m_headerRow->setRange(1, 1);
    m_headerRow->setEnabled(false);
    m_headerRow->setToolTip(tr("The row that holds the column headers; rows above it (titles, "
                               "notes) are left out. Found by itself; change it if it is wrong."));
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportActualsDialog::headerRowChanged);

    m_status = new QLabel(page);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 100);
    m_cancelRead = new QPushButton(tr("Cancel reading"), page);
    connect(m_cancelRead, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel = true;
    });
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelRead);

    m_sample = new QTableWidget(page);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&Encoding (text files):"), m_encoding);
    form->addRow(tr("&Sheet (workbooks):"), m_sheet);
    form->addRow(tr("&Header row:"), m_headerRow);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_sample, 1);
    return page;
}

QWidget *ImportActualsDialog::createColumnsStep()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    const Plan &plan = m_document->plan();
    QStringList labels{tr("&Month:"), tr("C&hannel:"), tr("S&pend:")};
    for (int stage = 0; stage < plan.stages.size(); ++stage)
        labels << tr("Volume of “%1”:").arg(plan.stages.at(stage));
    for (int role = 0; role < labels.size(); ++role) {
        auto *combo = new QComboBox(page);
        combo->setMinimumContentsLength(24);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportActualsDialog::roleChanged);
        m_roles.push_back(combo);
        form->addRow(labels.at(role), combo);
    }
    m_mappingStatus = new QLabel(page);
    m_mappingStatus->setTextFormat(Qt::PlainText);
    m_mappingStatus->setWordWrap(true);
    m_mappingStatus->setTextFormat(Qt::PlainText);

    m_channels = new QTableWidget(0, 2, page);
    m_channels->setHorizontalHeaderLabels({tr("Channel in the file"), tr("Plan channel")});
    m_channels->verticalHeader()->hide();
    m_channels->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_channels->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_channels->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *left = new QVBoxLayout;
    auto *columnsHint = new QLabel(tr("Which column holds what. Headers that equal the plan's "
                                      "words (month, 月份, channel, 渠道, spend, 花费, stage "
                                      "names) are chosen for you."),
                                   page);
    columnsHint->setWordWrap(true);
    left->addWidget(columnsHint);
    left->addLayout(form);
    left->addWidget(m_mappingStatus);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    auto *channelsHint = new QLabel(tr("Channel names are matched to the plan's: the same name, "
                                       "else the same ignoring case and spaces. Choose a plan "
                                       "channel for the others, or leave their rows out."),
                                    page);
    channelsHint->setWordWrap(true);
    right->addWidget(channelsHint);
    right->addWidget(m_channels, 1);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    return page;
}

QWidget *ImportActualsDialog::createPreviewStep()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_previewTable = new QTableWidget(0, PreviewColumnCount, page);
    m_previewTable->setHorizontalHeaderLabels(
        {tr("Row"), tr("Result"), tr("Month"), tr("Channel"), tr("Spend"), tr("Details")});
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewTable->horizontalHeader()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_previewTable, 1);
    return page;
}

bool ImportActualsDialog::chooseFile()
{
    const QString directory = m_path.isEmpty() ? QFileInfo(m_document->filePath()).absolutePath()
                                               : QFileInfo(m_path).absolutePath();
    const QString path = m_dialogs->openImportFileName(directory);
    if (path.isEmpty())
        return false;
    openFile(path);
    return true;
}

void ImportActualsDialog::openFile(const QString &path)
{
    m_path = path;
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_fileLabel->setToolTip(plainToolTip(QFileInfo(path).absoluteFilePath()));
    m_filling = true;
    m_sheet->clear();
    m_sheet->setEnabled(false);
    m_filling = false;
    startRead();
}

bool ImportActualsDialog::isReading() const
{
    return m_job != nullptr;
}

void ImportActualsDialog::startRead()
{
    if (m_job) {
        m_job->cancel = true;
        m_watcher->waitForFinished();
    }
    auto job = std::make_shared<ReadJob>();
    m_job = job;
    TableReadOptions options;
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.sheet = m_sheet->currentText();
    options.cancel = &job->cancel;
    options.progress = [job](int percent) {
        job->percent = percent;
    };
    m_table.reset();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelRead->setVisible(true);
    setStatus(tr("Reading %1…").arg(QFileInfo(m_path).fileName()), false);
    m_progressTimer->start();
    m_watcher->setFuture(
        QtConcurrent::run([path = m_path, options, job] { return readTable(path, options); }));
    updateButtons();
}

void ImportActualsDialog::readFinished()
{
    m_progressTimer->stop();
    m_progress->setVisible(false);
    m_cancelRead->setVisible(false);
    const Result<SourceTable> result = m_watcher->result();
    m_job.reset();
    if (!result) {
        setStatus(result.error(), true);
        showSample();
        updateButtons();
        return;
    }
    m_table = result.value();
    const SourceTable &table = *m_table;
    m_filling = true;
    if (table.isWorkbook) {
        m_sheet->clear();
        m_sheet->addItems(table.sheetNames);
        m_sheet->setCurrentText(table.sheet);
        m_sheet->setEnabled(table.sheetNames.size() > 1);
    }
    m_encoding->setEnabled(!table.isWorkbook);
    m_headerRow->setRange(1, table.rowNumbers.empty() ? table.headerRowNumber
                                                      : table.rowNumbers.back());
    m_headerRow->setValue(table.headerRowNumber);
    m_headerRow->setEnabled(true);
    m_filling = false;
    showTableStatus();
    showSample();
    m_mapping = guessMapping(table.header, m_document->plan());
    restoreRemembered();
    fillRoleCombos();
    updateButtons();
}

void ImportActualsDialog::headerRowChanged(int row)
{
    if (m_filling || !m_table || row == m_table->headerRowNumber)
        return;
    if (const Status chosen = setHeaderRow(*m_table, row); !chosen) {
        setStatus(chosen.error(), true);
        return;
    }
    showTableStatus();
    showSample();
    const auto choices = m_mapping.channelChoices;
    m_mapping = guessMapping(m_table->header, m_document->plan());
    m_mapping.channelChoices = choices;
    fillRoleCombos();
    updateButtons();
}

void ImportActualsDialog::showTableStatus()
{
    const SourceTable &table = *m_table;
    const int rows = int(table.rows.size());
    if (table.isWorkbook)
        setStatus(tr("%n data row(s) on the sheet “%1”, headers in row %2.", nullptr, rows)
                      .arg(table.sheet)
                      .arg(table.headerRowNumber),
                  false);
    else
        setStatus(tr("%n data row(s), %1, separated by %2.", nullptr, rows)
                      .arg(table.encoding, table.separator == QLatin1Char('\t')  ? tr("tabs")
                                           : table.separator == QLatin1Char(';') ? tr("semicolons")
                                                                                 : tr("commas")),
                  false);
    if (table.headerRowNumber > 1)
        setStatus(statusText() + QLatin1Char(' ') +
                      tr("Headers in row %1; the rows above it are titles and notes.")
                          .arg(table.headerRowNumber),
                  false);
}

void ImportActualsDialog::showSample()
{
    m_sample->clear();
    if (!m_table) {
        m_sample->setRowCount(0);
        m_sample->setColumnCount(0);
        return;
    }
    const SourceTable &table = *m_table;
    // Title and note rows above the header first (greyed), so the choice of header row can be
    // checked; then the first data rows.
    std::vector<std::pair<const QStringList *, int>> shown;
    for (std::size_t i = 0; i < table.titleRows.size() && i < 10; ++i)
        shown.emplace_back(&table.titleRows[i], table.titleRowNumbers[i]);
    const int titles = int(shown.size());
    for (std::size_t i = 0; i < table.rows.size() && i < std::size_t(sampleRows); ++i)
        shown.emplace_back(&table.rows[i], table.rowNumbers[i]);
    int columns = int(table.header.size());
    for (const auto &[cells, number] : shown)
        columns = std::max(columns, int(cells->size()));
    m_sample->setColumnCount(columns);
    m_sample->setRowCount(int(shown.size()));
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << tr("%1 · %2").arg(column + 1).arg(table.header.value(column));
    m_sample->setHorizontalHeaderLabels(header);
    QStringList rowLabels;
    const QColor titleColour = palette().color(QPalette::PlaceholderText);
    for (int row = 0; row < int(shown.size()); ++row) {
        const auto &[cells, number] = shown[std::size_t(row)];
        rowLabels << QString::number(number);
        for (int column = 0; column < columns; ++column) {
            auto *item = readOnlyItem(cells->value(column));
            if (row < titles)
                item->setForeground(titleColour);
            m_sample->setItem(row, column, item);
        }
    }
    m_sample->setVerticalHeaderLabels(rowLabels);
    m_sample->resizeColumnsToContents();
}

QString ImportActualsDialog::settingsGroup(const PlanDocument *document)
{
    const QString identity =
        document->filePath().isEmpty()
            ? QStringLiteral("name:") + document->plan().name
            : QStringLiteral("file:") + QFileInfo(document->filePath()).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("importActuals/") + QString::fromLatin1(hash);
}

void ImportActualsDialog::restoreRemembered()
{
    QSettings settings;
    settings.beginGroup(settingsGroup(m_document));
    const QString text = settings.value(QStringLiteral("mapping")).toString();
    const QVariantMap channels = settings.value(QStringLiteral("channels")).toMap();
    settings.endGroup();
    if (!text.isEmpty()) {
        // A remembered mapping applies when the new file has the same headers.
        auto remembered = parseMapping(text, m_table->header, m_document->plan(), m_mapping);
        if (remembered && checkMapping(*remembered, m_document->plan(), m_table->header))
            m_mapping = std::move(remembered).value();
    }
    for (auto it = channels.begin(); it != channels.end(); ++it)
        m_mapping.channelChoices.insert(it.key(), it.value().toString());
}

void ImportActualsDialog::remember() const
{
    if (!m_table)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(m_document));
    settings.setValue(QStringLiteral("mapping"), mappingText(m_mapping, m_table->header));
    QVariantMap channels = settings.value(QStringLiteral("channels")).toMap();
    for (auto it = m_mapping.channelChoices.begin(); it != m_mapping.channelChoices.end(); ++it)
        channels.insert(it.key(), it.value());
    settings.setValue(QStringLiteral("channels"), channels);
    settings.setValue(QStringLiteral("encoding"), m_encoding->currentData());
    settings.endGroup();
}

QComboBox *ImportActualsDialog::roleCombo(int role) const
{
    return role >= 0 && role < int(m_roles.size()) ? m_roles[std::size_t(role)] : nullptr;
}

void ImportActualsDialog::fillRoleCombos()
{
    m_filling = true;
    const QStringList header = m_table ? m_table->header : QStringList();
    for (std::size_t role = 0; role < m_roles.size(); ++role) {
        QComboBox *combo = m_roles[role];
        combo->clear();
        combo->addItem(
            role < FirstStageRole ? tr("— choose a column —") : tr("— not in the file —"), -1);
        for (int column = 0; column < header.size(); ++column)
            combo->addItem(tr("%1 · %2").arg(column + 1).arg(header.at(column)), column);
        const int column = role == MonthRole     ? m_mapping.month
                           : role == ChannelRole ? m_mapping.channel
                           : role == SpendRole   ? m_mapping.spend
                                               : m_mapping.stageColumn(int(role) - FirstStageRole);
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
    }
    m_filling = false;
    roleChanged();
}

void ImportActualsDialog::roleChanged()
{
    if (m_filling)
        return;
    m_mapping.month = m_roles[MonthRole]->currentData().toInt();
    m_mapping.channel = m_roles[ChannelRole]->currentData().toInt();
    m_mapping.spend = m_roles[SpendRole]->currentData().toInt();
    m_mapping.stages.assign(m_roles.size() - FirstStageRole, -1);
    for (std::size_t stage = 0; stage < m_mapping.stages.size(); ++stage)
        m_mapping.stages[stage] = m_roles[stage + FirstStageRole]->currentData().toInt();
    const Status checked = m_table ? checkMapping(m_mapping, m_document->plan(), m_table->header)
                                   : Status(Error{tr("Choose a file first.")});
    m_mappingError = checked ? QString() : checked.error();
    const QStringList warnings =
        m_table ? unmappedColumnWarnings(m_table->header, m_mapping, m_document->plan())
                : QStringList();
    QString text = checked ? tr("Every required column is chosen.") : checked.error();
    if (!warnings.isEmpty())
        text += QLatin1Char('\n') + warnings.join(QLatin1Char('\n'));
    m_mappingStatus->setText(text);
    QPalette palette = m_mappingStatus->palette();
    palette.setColor(QPalette::WindowText, !checked              ? refusedColour
                                           : !warnings.isEmpty() ? replacedColour
                                                                 : palette.color(QPalette::Text));
    m_mappingStatus->setPalette(palette);
    fillChannelTable();
    updateButtons();
}

void ImportActualsDialog::fillChannelTable()
{
    m_channels->setRowCount(0);
    if (!m_table || m_mapping.channel < 0)
        return;
    const Plan &plan = m_document->plan();
    // Distinct names in first-seen order, each matched once: linear in the rows.
    QStringList names;
    QSet<QString> seen;
    for (const QStringList &row : m_table->rows) {
        const QString name = row.value(m_mapping.channel).trimmed();
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            names << name;
        }
    }
    int choices = 0;
    int notShown = 0;
    std::vector<std::pair<QString, QString>> rows; // name, matched plan channel
    for (const QString &name : std::as_const(names)) {
        const QString matched = matchChannel(name, plan);
        if (matched.isEmpty() && ++choices > maxChannelChoices) {
            ++notShown;
            continue;
        }
        rows.emplace_back(name, matched);
    }
    m_channels->setUpdatesEnabled(false);
    m_channels->setRowCount(int(rows.size()) + (notShown > 0 ? 1 : 0));
    for (int row = 0; row < int(rows.size()); ++row) {
        const auto &[name, matched] = rows[std::size_t(row)];
        m_channels->setItem(row, 0, readOnlyItem(name));
        if (!matched.isEmpty()) {
            m_channels->setItem(
                row, 1,
                readOnlyItem(matched == name ? tr("%1 (same name)").arg(matched)
                                             : tr("%1 (ignoring case and spaces)").arg(matched)));
            continue;
        }
        auto *combo = new QComboBox(m_channels);
        combo->setObjectName(QStringLiteral("channelChoice:") + name);
        combo->addItem(tr("— not in the plan: leave its rows out —"), QString());
        for (const auto &channel : plan.channels)
            combo->addItem(channel.name, channel.name);
        const QString chosen = m_mapping.channelChoices.value(name);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
        // A copy of the name: Clang 14 cannot capture a structured binding.
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, source = name] {
            m_mapping.channelChoices.insert(source, combo->currentData().toString());
        });
        m_channels->setCellWidget(row, 1, combo);
    }
    if (notShown > 0) {
        const int row = int(rows.size());
        m_channels->setItem(row, 0, readOnlyItem(tr("%Ln more name(s)", nullptr, notShown)));
        m_channels->setItem(row, 1,
                            readOnlyItem(tr("not in the plan: their rows are left out (rename "
                                            "them in the file to import them)")));
    }
    m_channels->setUpdatesEnabled(true);
}

QComboBox *ImportActualsDialog::channelChoiceCombo(const QString &sourceName) const
{
    return m_channels->findChild<QComboBox *>(QStringLiteral("channelChoice:") + sourceName);
}

void ImportActualsDialog::refreshPreview()
{
    m_previewTable->setRowCount(0);
    if (!m_table || !m_mappingError.isEmpty()) {
        m_preview = {};
        m_summary->setText(m_mappingError);
        return;
    }
    const Plan &plan = m_document->plan();
    m_preview = previewImport(*m_table, m_mapping, plan, QFileInfo(m_path).fileName(), m_target);
    QString summary =
        tr("%1 row(s) will be added, %2 replaced, %3 refused. Apply imports the added and "
           "replaced rows as one step that Undo takes back; refused rows are left out.")
            .arg(m_preview.added)
            .arg(m_preview.replaced)
            .arg(m_preview.refused);
    if (m_preview.skipped > 0)
        summary += QLatin1Char(' ') +
                   tr("%n totals row(s) (合计, Total) are skipped.", nullptr, m_preview.skipped);
    for (const QString &note : std::as_const(m_preview.notes))
        summary += QLatin1Char('\n') + note;
    if (m_target == ImportTarget::PastActuals && m_preview.refused > 0)
        summary += QLatin1Char('\n') +
                   tr("Past months are the evidence of a calibration: they are imported only "
                      "when every row is accepted. Correct the refused rows in the file.");
    m_summary->setText(summary);
    m_previewTable->setUpdatesEnabled(false);
    m_previewTable->setRowCount(int(m_preview.rows.size()));
    // The spend column with one number of decimals (issue 22 B.7).
    std::vector<std::optional<double>> spends;
    for (const ImportRow &row : m_preview.rows) {
        if (row.outcome != ImportRow::Outcome::Refused &&
            row.outcome != ImportRow::Outcome::Skipped)
            spends.push_back(row.actual.spend);
    }
    const int spendDecimals = figureDecimals(spends, FigureKind::Money);
    for (int r = 0; r < int(m_preview.rows.size()); ++r) {
        const ImportRow &row = m_preview.rows[std::size_t(r)];
        const bool refused = row.outcome == ImportRow::Outcome::Refused ||
                             row.outcome == ImportRow::Outcome::Skipped;
        QString outcome = tr("Added");
        QColor colour = addedColour;
        QString details;
        if (row.outcome == ImportRow::Outcome::Replaced) {
            outcome = tr("Replaced");
            colour = replacedColour;
            details = tr("replaces spend %1")
                          .arg(formatFigure(row.previous ? row.previous->spend : 0.0,
                                            FigureKind::Money, plan.currency));
        } else if (row.outcome == ImportRow::Outcome::Skipped) {
            outcome = tr("Skipped");
            colour = palette().color(QPalette::PlaceholderText);
            details = row.detail;
        } else if (refused) {
            outcome = tr("Refused");
            colour = refusedColour;
            // The reason without its "row N: " prefix (the row is in the first column), kept
            // apart by the model so every UI language shows it.
            details = row.detail;
        }
        if (!refused) {
            QStringList volumes;
            for (std::size_t k = 0; k < row.actual.volumes.size(); ++k)
                volumes << tr("%1 %2").arg(
                    plan.stages.value(int(k)),
                    formatFigure(row.actual.volumes[k], FigureKind::Count, plan.currency));
            const QString measured = volumes.join(QStringLiteral(", "));
            details = details.isEmpty()    ? measured
                      : measured.isEmpty() ? details
                                           : details + QStringLiteral("; ") + measured;
            if (!row.warnings.isEmpty()) {
                details += QStringLiteral("; ") + row.warnings.join(QStringLiteral("; "));
                colour = replacedColour;
            }
        }
        const QString cells[] = {QString::number(row.rowNumber),
                                 outcome,
                                 row.month,
                                 refused ? row.sourceChannel : row.actual.channel,
                                 refused ? QString()
                                         : formatFigure(row.actual.spend, FigureKind::Money,
                                                        plan.currency, spendDecimals),
                                 details};
        for (int column = 0; column < PreviewColumnCount; ++column) {
            auto *item = readOnlyItem(cells[column]);
            if (column == OutcomeColumn)
                item->setForeground(colour);
            if (column == RowColumn || column == SpendColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_previewTable->setItem(r, column, item);
        }
    }
    m_previewTable->setUpdatesEnabled(true);
    m_previewTable->resizeColumnsToContents();
    m_previewTable->horizontalHeader()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
}

ImportActualsDialog::Step ImportActualsDialog::step() const
{
    return Step(m_steps->currentIndex());
}

void ImportActualsDialog::goToStep(Step next)
{
    if (next == PreviewStep)
        refreshPreview();
    m_steps->setCurrentIndex(next);
    static const char *const titles[] = {
        QT_TR_NOOP("Step 1 of 3: choose the file"),
        QT_TR_NOOP("Step 2 of 3: which column is what"),
        QT_TR_NOOP("Step 3 of 3: check and apply"),
    };
    m_stepTitle->setText(tr(titles[next]));
    updateButtons();
}

void ImportActualsDialog::updateButtons()
{
    const Step current = step();
    const bool reading = isReading();
    m_back->setEnabled(current != FileStep && !reading);
    m_next->setVisible(current != PreviewStep);
    m_next->setEnabled(!reading && m_table.has_value() &&
                       (current == FileStep || m_mappingError.isEmpty()));
    m_apply->setVisible(current == PreviewStep);
    m_apply->setEnabled(current == PreviewStep && canApply());
    m_next->setDefault(current != PreviewStep);
    m_apply->setDefault(current == PreviewStep);
}

void ImportActualsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? refusedColour : QDialog::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

QString ImportActualsDialog::statusText() const
{
    return m_status->text();
}

bool ImportActualsDialog::canApply() const
{
    return m_preview.accepted() > 0 &&
           (m_target != ImportTarget::PastActuals || m_preview.refused == 0);
}

bool ImportActualsDialog::apply()
{
    if (!canApply())
        return false;
    const Status applied = m_document->applyEdit(importEdit(m_preview));
    if (!applied) {
        m_summary->setText(applied.error());
        return false;
    }
    remember();
    accept();
    return true;
}

} // namespace cplan
