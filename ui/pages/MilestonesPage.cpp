#include "ui/pages/MilestonesPage.h"

#include "models/document/PlanDocument.h"
#include "models/domain/MetricNames.h"
#include "models/domain/NumberText.h"
#include "models/engine/Milestones.h"
#include "models/itemmodels/MilestonesModel.h"
#include "models/reports/PlanReports.h"
#include "ui/charts/ChartPalette.h"
#include "ui/charts/MilestoneTimelineAdapter.h"
#include "ui/charts/MilestoneTimelineView.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/CheckListDelegate.h"
#include "ui/widgets/DelayCostText.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/GateListDelegate.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/RefreshWhenShown.h"
#include "ui/widgets/SpreadsheetView.h"
#include "ui/widgets/TableCopy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <array>
#include <optional>

namespace cplan {

namespace {
enum StatusColumn
{
    IdColumn,
    ReferenceColumn,
    DelayColumn,
    LevelColumn,
    BlockedColumn,
    CostColumn,
    ChecksColumn,
    StatusColumnCount
};
} // namespace

MilestonesPage::MilestonesPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_model(new MilestonesModel(document, this)),
      m_view(createSpreadsheet()), m_status(new QTableWidget(this)), m_offer(new QWidget(this)),
      m_offerText(new QLabel(m_offer)), m_offerButton(new QPushButton(m_offer))
{
    m_view->setModel(m_model);
    CellDelegate *delegate = m_view->cellDelegate();
    delegate->setDateColumn(MilestonesModel::PlannedColumn);
    delegate->setDateColumn(MilestonesModel::ForecastColumn);
    delegate->setDateColumn(MilestonesModel::ActualColumn);
    delegate->setChoices(MilestonesModel::StatusColumn,
                         {QStringLiteral("planned"), QStringLiteral("in_progress"),
                          QStringLiteral("done"), QStringLiteral("cancelled")},
                         {tr("Planned"), tr("In progress"), tr("Done"), tr("Cancelled")});
    // Checks are picked (metric by name, comparison, value in the metric's unit), not typed.
    auto *checks = new CheckListDelegate(
        [this]() -> const Plan & { return this->document()->plan(); }, m_view);
    // A refusal is said at the cell as in every other column (issue 22 E.22), not only in the
    // status bar.
    connect(checks, &CellDelegate::editRefused, m_view, &SpreadsheetView::showRefusal);
    m_view->setItemDelegateForColumn(MilestonesModel::ChecksColumn, checks);
    // Gates are ticked from the plan's channels (MODEL.md §6 "Gates").
    auto *gates =
        new GateListDelegate([this]() -> const Plan & { return this->document()->plan(); }, m_view);
    connect(gates, &CellDelegate::editRefused, m_view, &SpreadsheetView::showRefusal);
    m_view->setItemDelegateForColumn(MilestonesModel::GatesColumn, gates);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(60);
    // Ten columns do not fit beside the navigation at 1280 px. The name is what people read
    // first, so it keeps a readable width and the table scrolls sideways to the checks (whose
    // full text is also in the tooltip and the status table below).
    header->setSectionResizeMode(MilestonesModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(MilestonesModel::NameColumn, 300);
    header->setSectionResizeMode(MilestonesModel::ChecksColumn, QHeaderView::Interactive);
    header->resizeSection(MilestonesModel::ChecksColumn, 240);
    header->setStretchLastSection(true);

    QAction *add = createAction(tr("Add milestone"), tr("Add a milestone after the last one"),
                                QStringLiteral("list-add"));
    QAction *remove = createAction(tr("Remove"), tr("Remove the selected milestone"),
                                   QStringLiteral("list-remove"));
    connect(add, &QAction::triggered, this, &MilestonesPage::addMilestone);
    connect(remove, &QAction::triggered, this, &MilestonesPage::removeMilestone);

    m_status->setColumnCount(StatusColumnCount);
    m_status->setHorizontalHeaderLabels({tr("Milestone"), tr("Reference date"), tr("Delay (days)"),
                                         tr("Escalation"), tr("Blocked by"), tr("Cost of delay"),
                                         tr("Checkpoints")});
    m_status->horizontalHeaderItem(CostColumn)
        ->setToolTip(tr("What the slip of a milestone that gates channels costs, against the "
                        "same plan with it on time"));
    m_status->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->verticalHeader()->hide();
    m_status->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_status->setAlternatingRowColors(true);
    TableCopy::install(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createHeading(tr("Milestones")));
    layout->addWidget(createTableToolBar({add, remove}));
    // An actual date typed on a milestone that is not done does not count (MODEL.md §6): offer
    // to mark it done rather than leave the user wondering why nothing moved.
    auto *offerLayout = new QHBoxLayout(m_offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    m_offerText->setTextFormat(Qt::PlainText);
    m_offerText->setWordWrap(true);
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(m_offerButton);
    connect(m_offerButton, &QPushButton::clicked, this, &MilestonesPage::markOfferedDone);
    m_offer->hide();
    layout->addWidget(m_offer);
    // Table, timeline and status share the height in a splitter the user can drag; the table
    // starts tall enough for a typical plan's milestones.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5 +
                             m_view->horizontalHeader()->sizeHint().height());
    splitter->addWidget(m_view);
    // The Gantt-style timeline (ui/charts); a click on a milestone selects its row above.
    auto *timeline = new MilestoneTimelineView(document, this);
    // Low enough for the page to fit a 1024x700 window; the splitter gives it more room.
    timeline->setMinimumHeight(160);
    connect(timeline, &MilestoneTimelineView::milestoneClicked, this, [this](int milestone) {
        if (milestone >= 0)
            m_view->focusCell(milestone, MilestonesModel::NameColumn);
    });
    splitter->addWidget(timeline);
    auto *statusPane = new QWidget(splitter);
    auto *statusLayout = new QVBoxLayout(statusPane);
    statusLayout->setContentsMargins(0, 4, 0, 0);
    statusLayout->addWidget(createHeading(tr("Status of the active scenario")));
    statusLayout->addWidget(m_status);
    splitter->addWidget(statusPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refreshStatus(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    connect(document, &PlanDocument::planChanged, this, &MilestonesPage::refreshOffer);
    refreshStatus();
    refreshOffer();
}

void MilestonesPage::refreshOffer()
{
    m_offeredRow = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->actualIgnored(row)) {
            m_offeredRow = row;
            break;
        }
    }
    m_offer->setVisible(m_offeredRow >= 0);
    if (m_offeredRow < 0)
        return;
    const Milestone &milestone = document()->plan().milestones[std::size_t(m_offeredRow)];
    m_offerText->setText(
        tr("%1 has an actual date (%2) but is not marked done, so the date is "
           "ignored and its delay is measured from the forecast or today.")
            .arg(milestone.name.isEmpty() ? milestone.id : milestone.name, milestone.actual));
    m_offerButton->setText(tr("Mark %1 done").arg(milestone.id));
}

void MilestonesPage::markOfferedDone()
{
    if (m_offeredRow < 0)
        return;
    const QModelIndex status = m_model->index(m_offeredRow, MilestonesModel::StatusColumn);
    if (!m_model->setData(status, QStringLiteral("done")))
        report(m_model->lastError());
}

void MilestonesPage::refreshStatus()
{
    const Plan &plan = document()->plan();
    const MilestoneReport *evaluated = document()->reports().milestones();
    if (!evaluated) {
        m_status->setRowCount(0);
        return;
    }
    const MilestoneReport &report = *evaluated;
    const DelayCostReport *costs = document()->reports().delayCosts();
    // Rows are updated in place and only the columns whose texts changed are measured again: on
    // an edit that moves no milestone (a budget, a driver) most cells stay the same, and building
    // and measuring every row again was the page's largest cost (issue 21 C, 108 milestones).
    const int rowCount = int(report.milestones.size());
    const bool sameRows = m_status->rowCount() == rowCount;
    if (!sameRows) {
        m_status->setRowCount(0);
        m_status->setRowCount(rowCount);
    }
    std::array<bool, StatusColumnCount> changed{};
    for (int row = 0; row < int(report.milestones.size()); ++row) {
        const MilestoneResult &milestone = report.milestones[std::size_t(row)];
        QStringList checks;
        for (const CheckResult &check : milestone.checks) {
            const QString state = !check.met   ? tr("not evaluated")
                                  : *check.met ? tr("met")
                                               : tr("missed");
            checks << tr("%1 %2 %3: %4 (%5)")
                          .arg(metricDisplayName(plan, check.metric), comparisonSymbol(check.op),
                               formatMetric(check.metric, check.target, plan.currency),
                               formatMetric(check.metric, check.projected, plan.currency), state);
        }
        QString cost;
        QString costDetails;
        for (std::size_t c = 0; costs && c < costs->milestones.size(); ++c) {
            if (costs->milestones[c].id == milestone.id) {
                cost = delayCostSummary(costs->milestones[c], plan.currency);
                costDetails = delayCostDetails(costs->milestones[c], plan.currency);
            }
        }
        const QString cells[StatusColumnCount] = {
            milestone.id,
            NumberText::formatDate(milestone.reference),
            QLocale().toString(milestone.delayDays),
            escalationText(milestone.level),
            milestone.blockedBy.join(QStringLiteral(", ")),
            cost,
            checks.join(QStringLiteral("; ")),
        };
        for (int column = 0; column < StatusColumnCount; ++column) {
            std::optional<QColor> foreground;
            if (column == LevelColumn || column == DelayColumn ||
                (column == CostColumn && !cost.isEmpty()))
                foreground = escalationColour(milestone.level);
            const bool bold =
                (column == LevelColumn || column == DelayColumn) && milestone.level > 0;
            const QString toolTip = plainToolTip(
                column == CostColumn && !costDetails.isEmpty() ? costDetails : cells[column]);
            QTableWidgetItem *item = m_status->item(row, column);
            if (!item) {
                item = new QTableWidgetItem(cells[column]);
                if (column == DelayColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_status->setItem(row, column, item);
                changed[std::size_t(column)] = true;
            } else if (item->text() != cells[column]) {
                item->setText(cells[column]);
                changed[std::size_t(column)] = true;
            }
            const QVariant brush = foreground ? QVariant(QBrush(*foreground)) : QVariant();
            if (item->data(Qt::ForegroundRole) != brush)
                item->setData(Qt::ForegroundRole, brush);
            if (item->font().bold() != bold) {
                QFont font = item->font();
                font.setBold(bold);
                item->setFont(font);
                changed[std::size_t(column)] = true;
            }
            if (item->toolTip() != toolTip)
                item->setToolTip(toolTip);
        }
    }
    if (!sameRows) {
        m_status->resizeColumnsToContents();
        m_status->horizontalHeader()->setSectionResizeMode(ChecksColumn, QHeaderView::Stretch);
        return;
    }
    // The checks column stretches to the table's width: measuring its long texts gave nothing.
    for (int column = 0; column < StatusColumnCount; ++column) {
        if (changed[std::size_t(column)] && column != ChecksColumn)
            m_status->resizeColumnToContents(column);
    }
}

void MilestonesPage::addMilestone()
{
    const Plan &plan = document()->plan();
    Milestone milestone;
    for (int n = int(plan.milestones.size()) + 1;; ++n) {
        milestone.id = QStringLiteral("M%1").arg(n);
        if (plan.milestoneIndex(milestone.id) < 0)
            break;
    }
    milestone.name = tr("New milestone");
    milestone.planned =
        (plan.milestones.empty()
             ? document()->today()
             : QDate::fromString(plan.milestones.back().planned, Qt::ISODate).addMonths(1))
            .toString(Qt::ISODate);
    if (const Status status = document()->addMilestone(milestone); !status)
        return report(status.error());
    m_view->focusCell(m_model->rowCount() - 1, MilestonesModel::NameColumn);
}

void MilestonesPage::removeMilestone()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return report(tr("Select the milestone to remove."));
    if (const Status status = document()->removeMilestone(current.row()); !status)
        report(status.error());
}

void MilestonesPage::showPlace(const PlanPlace &place)
{
    if (!focusPath(m_view, place.path) && place.row >= 0)
        m_view->focusCell(place.row, std::max(place.column, 0));
}

} // namespace cplan
