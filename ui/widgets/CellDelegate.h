#pragma once

// The editor and painter of every plan table cell: numbers and text are typed into a line edit
// holding the raw value (so "0.125" round-trips, not "12.5%"), dates are typed as people write
// them ("2025/4/3", "4/3") or picked from a calendar that opens at the cell's date (else the
// row's other dates, else the plan's months — never at an arbitrary minimum date),
// columns with a fixed set of values get a combo box. A refused edit is reported through
// editRefused() with the model's reason instead of being dropped silently. Cells that break a
// validation rule, share columns whose sum is off, and inherited values are painted so a user
// sees them without hovering.

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QStyledItemDelegate>

namespace cplan {

class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellDelegate(QObject *parent = nullptr);

    // Column `column` offers these values (stored text) with these labels (shown).
    void setChoices(int column, const QStringList &values, const QStringList &labels = {});
    // Column `column` holds dates (EditRole QDate; invalid = not set).
    // An empty date cell's calendar opens at the row's first set date, in the order the date
    // columns were added (planned before forecast before actual).
    void setDateColumn(int column)
    {
        if (!m_dateColumns.contains(column))
            m_dateColumns.append(column);
    }
    // The date the calendar of `index` opens at: the cell's date, else the first date in the
    // row's other date columns, else the model's DefaultDateRole (a date of the plan, see
    // planCalendarDate() in Months.h).
    QDate calendarStartDate(const QModelIndex &index) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    // A cell's tooltip (its rule violations, which quote names from the file) shown as plain
    // text (PlainText.h).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    void editRefused(const QModelIndex &index, const QString &reason) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    // Writes `value` to the cell; a refusal is announced with editRefused() and the model's
    // reason (PlanTableModel::lastError()), or `fallback` when the model gives none.
    void commitOrRefuse(QAbstractItemModel *model, const QModelIndex &index, const QVariant &value,
                        const QString &fallback) const;
    // Places a pop-up editor at `rect`, moved back inside its parent where it would stick out.
    static void placeEditor(QWidget *editor, QRect rect);

private:
    struct Choices
    {
        QStringList values;
        QStringList labels;
    };
    QHash<int, Choices> m_choices;
    QList<int> m_dateColumns; // in the order they were added
};

} // namespace cplan
