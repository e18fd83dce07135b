#include "ui/report/ExportDialog.h"

#include "models/exchange/ExportWorkbook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cplan {

ExportDialog::ExportDialog(const QStringList &scenarios, int currentScenario,
                           const QString &suggestedStem, QWidget *parent)
    : QDialog(parent), m_format(new QComboBox), m_scenario(new QComboBox),
      m_pageSize(new QComboBox), m_table(new QComboBox), m_path(new QLineEdit),
      m_explanation(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(Format::Xlsx));
    m_format->addItem(tr("CSV tables (.csv)"), int(Format::Csv));
    m_format->addItem(tr("PDF board report (.pdf)"), int(Format::Pdf));
    m_format->addItem(tr("Plan as interchange JSON (.json)"), int(Format::Json));
    m_scenario->setObjectName(QStringLiteral("exportScenario"));
    m_scenario->addItems(scenarios);
    m_scenario->setCurrentIndex(std::clamp(currentScenario, 0, int(scenarios.size()) - 1));
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_table->setObjectName(QStringLiteral("exportTable"));
    m_table->addItem(tr("Every table, one file each"), QString());
    for (const QString &id : exportTableIds())
        m_table->addItem(exportTableTitle(id), id);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    m_path->setText(suggestedStem + QStringLiteral(".xlsx"));
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("exportExplanation"));

    auto *browse = new QPushButton(tr("Browse…"));
    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Scenario:"), m_scenario);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("&Table:"), m_table);
    // A row whose field is a layout gets no buddy from addRow(text, ...): set it, so the
    // mnemonic works and "&" is not shown.
    auto *whereLabel = new QLabel(tr("Save &to:"));
    whereLabel->setBuddy(m_path);
    form->addRow(whereLabel, where);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formatChanged();
}

QString ExportDialog::extension(Format format)
{
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::scenario() const
{
    return m_scenario->currentText();
}

void ExportDialog::setScenario(const QString &scenario)
{
    m_scenario->setCurrentText(scenario);
}

QPageSize::PageSizeId ExportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

QString ExportDialog::table() const
{
    return m_table->currentData().toString();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::formatChanged()
{
    // The file name follows the format: brokerage.xlsx becomes brokerage.pdf.
    const QFileInfo info(path());
    if (!path().isEmpty()) {
        const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
        m_path->setText(QDir::cleanPath(stem + QLatin1Char('.') + extension(format())));
    }
    switch (format()) {
    case Format::Xlsx:
        m_explanation->setText(tr("One workbook: summary and targets of every scenario, "
                                  "channels, monthly figures with totals as formulas, comparison, "
                                  "milestones, actuals and the re-forecast."));
        break;
    case Format::Csv:
        m_explanation->setText(tr("One UTF-8 file per table (Excel opens Chinese names "
                                  "correctly), named after the file with the table's name added."));
        break;
    case Format::Pdf:
        m_explanation->setText(tr("The board report: key figures against targets, the dashboard "
                                  "charts, comparison, milestones and actuals; Monte Carlo and "
                                  "tornado when they have been run on the Analysis page."));
        break;
    case Format::Json:
        m_explanation->setText(tr("The whole plan as interchange JSON, for another tool or a "
                                  "version history."));
        break;
    }
    updateState();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), path(),
        tr("%1 files (*.%2)").arg(extension(format()).toUpper(), extension(format())));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateState()
{
    m_pageSize->setEnabled(format() == Format::Pdf);
    m_table->setEnabled(format() == Format::Csv);
    m_scenario->setEnabled(format() != Format::Json);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace cplan
