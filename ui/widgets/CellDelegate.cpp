#include "ui/widgets/CellDelegate.h"

#include "models/document/PlanDocument.h"
#include "models/domain/PlanValidator.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/PlanTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPalette>

namespace cplan {

namespace {
// A date editor cannot be empty; its minimum stands for "not set".
const QDate notSetDate(1900, 1, 1);

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

// The raw value as the user types it: shortest round-trip numbers, not locale-formatted.
QString editText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return formatNumber(value.toDouble());
    default:
        return value.toString();
    }
}
} // namespace

CellDelegate::CellDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void CellDelegate::setChoices(int column, const QStringList &values, const QStringList &labels)
{
    m_choices.insert(column, {values, labels.isEmpty() ? values : labels});
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &index) const
{
    if (const auto choices = m_choices.find(index.column()); choices != m_choices.end()) {
        auto *combo = new QComboBox(parent);
        for (qsizetype i = 0; i < choices->values.size(); ++i)
            combo->addItem(choices->labels.value(i), choices->values.at(i));
        return combo;
    }
    if (m_dateColumns.contains(index.column())) {
        auto *dateEdit = new QDateEdit(parent);
        dateEdit->setCalendarPopup(true);
        dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        dateEdit->setMinimumDate(notSetDate);
        dateEdit->setSpecialValueText(tr("not set"));
        return dateEdit;
    }
    auto *lineEdit = new QLineEdit(parent);
    lineEdit->setFrame(false);
    return lineEdit;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    } else if (auto *dateEdit = qobject_cast<QDateEdit *>(editor)) {
        const QDate date = value.toDate();
        dateEdit->setDate(date.isValid() ? date : notSetDate);
    } else if (auto *lineEdit = qobject_cast<QLineEdit *>(editor)) {
        // Selected, so a key typed on the cell (type-to-edit) replaces the value, as in a
        // spreadsheet; F2 or a double click keeps it for editing.
        lineEdit->setText(editText(value));
        lineEdit->selectAll();
    }
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *dateEdit = qobject_cast<QDateEdit *>(editor)) {
        value = dateEdit->date() == notSetDate ? QVariant(QString()) : QVariant(dateEdit->date());
    } else if (auto *lineEdit = qobject_cast<QLineEdit *>(editor)) {
        value = lineEdit->text().trimmed();
        // An unchanged cell is not an edit: no undo step, no refusal for a cell already broken.
        if (value.toString() == editText(index.data(Qt::EditRole)))
            return;
    }
    if (model->setData(index, value, Qt::EditRole))
        return;
    const auto *planModel = qobject_cast<const PlanTableModel *>(model);
    emit editRefused(index, planModel && !planModel->lastError().isEmpty()
                                ? planModel->lastError()
                                : tr("This value cannot be used here."));
}

void CellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QPalette &palette = option->palette;
    const QColor base = palette.color(QPalette::Base);
    if (index.data(ViolationRole).toBool()) {
        option->backgroundBrush = blend(base, QColor(220, 50, 47), 0.28);
    } else if (index.data(SumOffRole).toBool()) {
        option->backgroundBrush = blend(base, QColor(230, 150, 20), 0.28);
    }
    if (index.data(InheritedRole).toBool())
        option->palette.setColor(QPalette::Text, palette.color(QPalette::Disabled, QPalette::Text));
    if (!(index.flags() & Qt::ItemIsEditable) && option->backgroundBrush.style() == Qt::NoBrush)
        option->backgroundBrush = palette.color(QPalette::AlternateBase);
}

} // namespace cplan
