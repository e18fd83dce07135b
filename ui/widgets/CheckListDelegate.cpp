#include "ui/widgets/CheckListDelegate.h"

#include "models/domain/MetricNames.h"
#include "models/domain/PlanValidator.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cplan {

CheckListEditor::CheckListEditor(const Plan &plan, QWidget *parent)
    : QFrame(parent), m_plan(plan), m_lines(new QVBoxLayout)
{
    setObjectName(QStringLiteral("checkListEditor"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->setSpacing(2);
    auto *add = new QPushButton(tr("Add check"), this);
    add->setToolTip(tr("Add a checkpoint on this milestone"));
    connect(add, &QPushButton::clicked, this, [this] {
        addCheck({QStringLiteral("customers_cum"), Comparison::GreaterOrEqual, 0.0});
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(m_lines);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void CheckListEditor::applyUnit(Row &row) const
{
    const QString id = row.metric->currentData().toString();
    const MetricUnit unit = metricUnit(id);
    row.value->setPrefix({});
    row.value->setSuffix({});
    row.value->setDecimals(2);
    row.value->setRange(0.0, 1e15);
    switch (unit) {
    case MetricUnit::Currency:
        row.value->setPrefix(m_plan.currency + QLatin1Char(' '));
        break;
    case MetricUnit::Percent:
        row.value->setSuffix(tr(" %"));
        row.value->setRange(-1e6, 1e6);
        break;
    case MetricUnit::Ratio:
        row.value->setPrefix(tr("1 : "));
        break;
    case MetricUnit::Months:
        row.value->setPrefix(tr("month "));
        row.value->setDecimals(0);
        break;
    case MetricUnit::Count:
        row.value->setDecimals(0);
        break;
    }
}

void CheckListEditor::addCheck(const Check &check)
{
    auto *line = new QWidget(this);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    Row row{line, new QComboBox(line), new QComboBox(line), new QDoubleSpinBox(line)};
    const QStringList ids = availableMetrics(m_plan, MetricUse::Check);
    for (const QString &id : ids)
        row.metric->addItem(metricDisplayName(m_plan, id), id);
    if (row.metric->findData(check.metric) < 0) // keep an unknown id visible, not lost
        row.metric->addItem(check.metric, check.metric);
    row.metric->setCurrentIndex(row.metric->findData(check.metric));
    row.metric->setToolTip(tr("What is checked, to the end of the milestone's month"));
    row.op->addItem(tr("≥ at least"), QStringLiteral(">="));
    row.op->addItem(tr("≤ at most"), QStringLiteral("<="));
    row.op->setCurrentIndex(check.op == Comparison::GreaterOrEqual ? 0 : 1);
    row.value->setGroupSeparatorShown(true);
    applyUnit(row);
    const bool percent = metricUnit(check.metric) == MetricUnit::Percent;
    row.value->setValue(percent ? check.value * 100.0 : check.value);
    auto *remove = new QToolButton(line);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this check"));
    layout->addWidget(row.metric, 1);
    layout->addWidget(row.op);
    layout->addWidget(row.value);
    layout->addWidget(remove);
    m_lines->addWidget(line);
    m_rows.push_back(row);
    QComboBox *metric = row.metric;
    connect(metric, &QComboBox::currentIndexChanged, this, [this, line] {
        for (Row &each : m_rows) {
            if (each.line == line)
                applyUnit(each);
        }
    });
    connect(remove, &QToolButton::clicked, this, [this, line] { removeRow(line); });
    adjustSize();
}

void CheckListEditor::removeRow(QWidget *line)
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [line](const Row &row) { return row.line == line; });
    if (found == m_rows.end())
        return;
    m_rows.erase(found);
    line->deleteLater();
}

void CheckListEditor::setChecks(const std::vector<Check> &checks)
{
    for (const Row &row : m_rows)
        delete row.line;
    m_rows.clear();
    for (const Check &check : checks)
        addCheck(check);
}

std::vector<Check> CheckListEditor::checks() const
{
    std::vector<Check> result;
    for (const Row &row : m_rows) {
        Check check;
        check.metric = row.metric->currentData().toString();
        check.op = row.op->currentData().toString() == QLatin1String("<=")
                       ? Comparison::LessOrEqual
                       : Comparison::GreaterOrEqual;
        const bool percent = metricUnit(check.metric) == MetricUnit::Percent;
        check.value = percent ? row.value->value() / 100.0 : row.value->value();
        result.push_back(check);
    }
    return result;
}

QString CheckListEditor::checksText(const std::vector<Check> &checks)
{
    QStringList parts;
    for (const Check &check : checks)
        parts << QStringLiteral("%1 %2 %3")
                     .arg(check.metric, toString(check.op), formatNumber(check.value));
    return parts.join(QStringLiteral("; "));
}

CheckListDelegate::CheckListDelegate(std::function<const Plan &()> plan, QObject *parent)
    : CellDelegate(parent), m_plan(std::move(plan))
{}

QWidget *CheckListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    return new CheckListEditor(m_plan(), parent);
}

void CheckListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *checks = qobject_cast<CheckListEditor *>(editor);
    const Plan &plan = m_plan();
    if (!checks || index.row() < 0 || index.row() >= int(plan.milestones.size()))
        return;
    checks->setChecks(plan.milestones[std::size_t(index.row())].checks);
}

void CheckListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *checks = qobject_cast<CheckListEditor *>(editor);
    if (!checks)
        return;
    const QString text = CheckListEditor::checksText(checks->checks());
    if (text == index.data(Qt::EditRole).toString())
        return; // unchanged: no undo step
    commitOrRefuse(model, index, text, tr("These checks cannot be used here."));
}

void CheckListDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    // Wider and taller than the cell: one line per check and the Add button.
    const QSize hint = editor->sizeHint();
    placeEditor(editor, QRect(option.rect.topLeft(),
                              QSize(std::max(option.rect.width(), std::max(hint.width(), 480)),
                                    std::max(option.rect.height(), hint.height()))));
}

} // namespace cplan
