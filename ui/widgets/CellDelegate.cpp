#include "ui/widgets/CellDelegate.h"

#include "models/domain/Months.h"
#include "models/domain/PlanValidator.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/PlanTableModel.h"
#include "ui/widgets/PlainText.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QToolTip>

namespace cplan {

namespace {

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
        // Typed like any cell (the model reads "2025/4/3" or "4/3"); the button opens a
        // calendar at a date that belongs to the plan. An empty text = not set.
        auto *lineEdit = new QLineEdit(parent);
        lineEdit->setFrame(false);
        lineEdit->setPlaceholderText(tr("YYYY-MM-DD"));
        auto *calendar = new QCalendarWidget(lineEdit);
        calendar->setWindowFlags(Qt::Popup);
        calendar->setGridVisible(true);
        const QDate start = calendarStartDate(index);
        calendar->setSelectedDate(start);
        calendar->setCurrentPage(start.year(), start.month());
        QAction *pick = lineEdit->addAction(
            QIcon::fromTheme(QStringLiteral("x-office-calendar"),
                             lineEdit->style()->standardIcon(QStyle::SP_ArrowDown)),
            QLineEdit::TrailingPosition);
        pick->setToolTip(tr("Pick the date from a calendar"));
        connect(pick, &QAction::triggered, lineEdit, [lineEdit, calendar] {
            calendar->move(lineEdit->mapToGlobal(QPoint(0, lineEdit->height())));
            calendar->show();
            calendar->setFocus(Qt::PopupFocusReason);
        });
        auto *self = const_cast<CellDelegate *>(this);
        connect(calendar, &QCalendarWidget::activated, lineEdit, [self, lineEdit, calendar] {
            lineEdit->setText(calendar->selectedDate().toString(Qt::ISODate));
            calendar->hide();
            emit self->commitData(lineEdit);
            emit self->closeEditor(lineEdit, QAbstractItemDelegate::SubmitModelCache);
        });
        connect(calendar, &QCalendarWidget::clicked, calendar,
                [calendar] { emit calendar->activated(calendar->selectedDate()); });
        return lineEdit;
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
    } else if (auto *lineEdit = qobject_cast<QLineEdit *>(editor)) {
        // The view calls this again when the model's data changes under an open editor (another
        // member's change on a team store refreshes the whole column): what the user typed stays.
        if (lineEdit->isModified())
            return;
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
    } else if (auto *lineEdit = qobject_cast<QLineEdit *>(editor)) {
        value = lineEdit->text().trimmed();
        // An unchanged cell is not an edit: no undo step, no refusal for a cell already broken.
        if (value.toString() == editText(index.data(Qt::EditRole)))
            return;
    }
    commitOrRefuse(model, index, value, tr("This value cannot be used here."));
}

void CellDelegate::commitOrRefuse(QAbstractItemModel *model, const QModelIndex &index,
                                  const QVariant &value, const QString &fallback) const
{
    if (model->setData(index, value, Qt::EditRole))
        return;
    const auto *planModel = qobject_cast<const PlanTableModel *>(model);
    emit editRefused(index, planModel && !planModel->lastError().isEmpty() ? planModel->lastError()
                                                                           : fallback);
}

void CellDelegate::placeEditor(QWidget *editor, QRect rect)
{
    if (QWidget *area = editor->parentWidget()) {
        if (rect.right() > area->width())
            rect.moveRight(std::max(area->width() - 1, rect.width() - 1));
        if (rect.bottom() > area->height())
            rect.moveBottom(std::max(area->height() - 1, rect.height() - 1));
    }
    editor->setGeometry(rect);
}

QDate CellDelegate::calendarStartDate(const QModelIndex &index) const
{
    if (const QDate own = index.data(Qt::EditRole).toDate(); own.isValid())
        return own;
    for (int column : m_dateColumns) {
        const QDate other = index.siblingAtColumn(column).data(Qt::EditRole).toDate();
        if (other.isValid())
            return other;
    }
    // The model knows the plan's dates and the document's clock; a table of other data has none.
    const QDate planDate = index.data(DefaultDateRole).toDate();
    return planDate.isValid() ? planDate : QDate::currentDate();
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

bool CellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    QToolTip::showText(event->globalPos(), plainToolTip(text), view, option.rect);
    event->setAccepted(!text.isEmpty());
    return true;
}

} // namespace cplan
