#pragma once

// File ▸ Export…: what to write (XLSX workbook, CSV tables, PDF board report, JSON plan),
// which scenario, the page size of a PDF, the table of a CSV, and where. It only asks; the
// ExportActions write the file.

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cplan {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Xlsx,
        Csv,
        Pdf,
        Json
    };

    // `suggestedStem`: the path without extension the file name starts from ("/plans/brokerage").
    ExportDialog(const QStringList &scenarios, int currentScenario, const QString &suggestedStem,
                 QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    QString scenario() const;
    void setScenario(const QString &scenario);
    QPageSize::PageSizeId pageSize() const;
    QString table() const; // empty = every table (CSV)
    QString path() const;
    void setPath(const QString &path);

    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }

    static QString extension(Format format); // "xlsx"

private:
    void formatChanged();
    void browse();
    void updateState();

    QComboBox *m_format;
    QComboBox *m_scenario;
    QComboBox *m_pageSize;
    QComboBox *m_table;
    QLineEdit *m_path;
    QLabel *m_explanation;
    QDialogButtonBox *m_buttons;
};

} // namespace cplan
