#pragma once

// The common base of the plan's table models: it listens to a PlanDocument, translates its
// change signals (reset on a structural change of the model's areas, dataChanged on a value
// change or a new active scenario), answers the shared roles (ItemRoles.h), and turns setData()
// and pasteBlock() into ONE undo command on the document each, refused whole when the
// validator objects to an edited cell. A refusal's reason is in lastError().
//
// A subclass describes its cells: how to show one (cellData), how to write one into a plan copy
// (writeCell), its validator path (cellPath) and whether it is editable.

#include "models/document/PlanChange.h"
#include "models/document/PlanDocument.h"
#include "models/domain/NumberText.h"
#include "models/domain/Result.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace cplan {

struct Plan;

class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    PlanDocument *document() const { return m_document; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Why the last setData()/pasteBlock() returned false ("" after a success).
    QString lastError() const { return m_lastError; }

    // Writes `rows` (text cells, e.g. from TabularText::parse) starting at `topLeft`, as one undo
    // step; refuses the whole block (returns false, lastError() says why, nothing changes) when
    // it does not fit, a cell is read-only, a value does not parse, or the validator objects.
    bool pasteBlock(const QModelIndex &topLeft, const std::vector<QStringList> &rows);

    // A rectangle's raw values as plain text ("0.125", "2025-03-31", "" for none), row by row,
    // for copy (TabularText::format); it pastes back exactly.
    std::vector<QStringList> textBlock(int top, int left, int bottom, int right) const;

protected:
    PlanTableModel(PlanDocument *document, PlanChange::Areas areas, QObject *parent);

    // The value of a cell for a role (DisplayRole, EditRole, AmountRole, SumOffRole,
    // InheritedRole); the base adds ToolTipRole, ViolationRole and PathRole.
    virtual QVariant cellData(int row, int column, int role) const = 0;
    // Writes `value` (as given to setData: raw or text) into `plan`, a copy of the document's
    // plan. Returns an Error with a human message when the value does not parse or fit.
    virtual Status writeCell(Plan &plan, int row, int column, const QVariant &value) const = 0;
    // The validator path of a cell, in `plan` (after the edit).
    virtual QString cellPath(const Plan &plan, int row, int column) const = 0;
    virtual bool isCellEditable(int row, int column) const = 0;
    // Names for the undo text "Set <column> of <row> to <value>".
    virtual QString rowTitle(int row) const = 0;
    virtual QString columnTitle(int column) const;
    // The words an undo text uses for `value` written into a cell (issue 22 D.13): the word the
    // cell shows for a key ("Return ratio" for "return_ratio", "Quarterly" for "quarterly");
    // by default the value as plain text.
    virtual QString valueWords(int row, int column, const QVariant &value) const;
    // What an edit of this model touches (default: values of the model's areas).
    virtual PlanChange editChange(int column) const;
    // The list whose entries are this table's rows, from row firstListRow() on (a channel table
    // answers Channels): adding, removing or moving one entry is signalled as rows inserted,
    // removed or moved. None (the default): such changes reset the table.
    virtual std::optional<PlanChange::Area> rowList() const { return std::nullopt; }
    virtual int firstListRow() const { return 0; }

    const Plan &plan() const;
    // The text of an amount in a column of amounts: every cell of `column` with the same number
    // of decimals, the one its values need (ValueFormat::moneyDecimals over the column's
    // EditRole numbers; issue 22 B.7: no "¥688" under "¥938.41"). Worked out once per change.
    QString columnMoney(int column, double value) const;
    // The amounts of a column columnMoney() chooses the decimals from: by default every row's
    // EditRole number; a long grid answers from the plan directly (no per-row lookup).
    virtual std::vector<double> columnAmounts(int column) const;
    // The areas whose value changes alter this table's cells (default: the table's own areas
    // and the settings, e.g. the currency); a value change elsewhere signals nothing. A
    // structural change of the table's own areas always resets or moves rows.
    void setValueAreas(PlanChange::Areas areas);
    PlanChange::Areas valueAreas() const { return m_valueAreas; }
    // The areas whose value changes alter this column's cells (default: valueAreas()). A value
    // change then signals only the columns it reaches: a budget repaints and re-measures the
    // channel amounts, not every driver.
    virtual PlanChange::Areas columnAreas(int column) const;

private:
    void onAboutToChange(const PlanChange &change);
    void onChanged(const PlanChange &change);
    void emitAllChanged();
    // dataChanged for the columns whose columnAreas() meet `areas`, one signal per run of
    // adjacent columns, then the changed headers.
    void emitChanged(PlanChange::Areas areas);
    void emitChangedHeaders();
    // Every column's header (the roles views read), to signal only the headers that changed.
    std::vector<QVariantList> horizontalHeaders() const;
    bool applyCells(const std::vector<std::pair<QModelIndex, QVariant>> &cells, const QString &text,
                    const QString &mergeKey);

    QPointer<PlanDocument> m_document;
    PlanChange::Areas m_areas;
    PlanChange::Areas m_valueAreas;
    size_t m_violationsKey = 0; // violationsKey() of the document at the last change
    bool m_resetting = false;
    PlanChange::RowOp m_rowOp = PlanChange::RowOp::None; // begun in onAboutToChange
    std::vector<QVariantList> m_headers;                 // horizontalHeaders() at the last signal
    QString m_lastError;
    // columnMoney()'s decimals per column (-1: not worked out since the last change) and the
    // amount style they were worked out in.
    mutable std::vector<int> m_moneyDecimals;
    mutable AmountStyle m_moneyStyle = AmountStyle::Grouped;
};

} // namespace cplan
