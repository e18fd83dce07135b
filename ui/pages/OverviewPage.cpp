#include "ui/pages/OverviewPage.h"

#include "models/domain/MetricNames.h"
#include "models/domain/NumberText.h"

#include "models/document/PlanDocument.h"
#include "models/domain/Months.h"
#include "models/engine/Projection.h"
#include "ui/charts/OverviewCharts.h"
#include "ui/pages/GatedSpendNote.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/FigureTile.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/RefreshWhenShown.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>

namespace cplan {

namespace {
struct KeyFigure
{
    const char *metric;
    const char *title;
};

// The key figures, in reading order.
constexpr KeyFigure keyFigures[] = {
    {"budget", QT_TRANSLATE_NOOP("cplan::OverviewPage", "Budget")},
    {"channel_spend", QT_TRANSLATE_NOOP("cplan::OverviewPage", "Channel spend")},
    {"customers", QT_TRANSLATE_NOOP("cplan::OverviewPage", "Customers")},
    {"cac", QT_TRANSLATE_NOOP("cplan::OverviewPage", "Customer acquisition cost (CAC)")},
    {"ltv", QT_TRANSLATE_NOOP("cplan::OverviewPage", "Lifetime value per customer (LTV)")},
    {"roi", QT_TRANSLATE_NOOP("cplan::OverviewPage", "Return on investment (ROI)")},
    {"return_ratio", QT_TRANSLATE_NOOP("cplan::OverviewPage", "Return ratio (value : spend)")},
    {"ltv_cac", QT_TRANSLATE_NOOP("cplan::OverviewPage", "LTV : CAC")},
    {"payback_month", QT_TRANSLATE_NOOP("cplan::OverviewPage", "Payback")},
};

enum TargetColumn
{
    LabelColumn,
    MetricColumn,
    ProjectedColumn,
    GoalColumn,
    StateColumn
};
} // namespace

OverviewPage::OverviewPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_heading(new QLabel(this)), m_subheading(new QLabel(this)),
      m_targets(new QTableWidget(this))
{
    auto *content = new QWidget(this);
    m_sections = new QVBoxLayout(content);
    m_sections->setContentsMargins(16, 12, 16, 12);
    m_sections->setSpacing(8);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setFont(headingFont);
    // No word wrap: a height-for-width label makes the scroll area squeeze the sections below.
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_sections->addWidget(m_heading);
    m_sections->addWidget(m_subheading);
    m_sections->addWidget(new GatedSpendNote(document, this));

    auto *figures = new QGroupBox(tr("Key figures of the active scenario"));
    auto *grid = new QGridLayout(figures);
    grid->setSpacing(10);
    int position = 0;
    for (const KeyFigure &figure : keyFigures) {
        auto *tile = new FigureTile(tr(figure.title), figures);
        tile->setObjectName(QLatin1String(figure.metric));
        grid->addWidget(tile, position / 3, position % 3);
        m_tiles.emplace_back(QLatin1String(figure.metric), tile);
        ++position;
    }
    m_sections->addWidget(figures);

    auto *targets = new QGroupBox(tr("Targets"));
    auto *targetsLayout = new QVBoxLayout(targets);
    m_targets->setColumnCount(5);
    m_targets->setHorizontalHeaderLabels(
        {tr("Target"), tr("Metric"), tr("Projected"), tr("Goal"), tr("State")});
    m_targets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targets->verticalHeader()->hide();
    m_targets->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_targets->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_targets->setAlternatingRowColors(true);
    m_targets->verticalHeader()->setDefaultSectionSize(m_targets->fontMetrics().height() + 8);
    targetsLayout->addWidget(m_targets);
    m_sections->addWidget(targets, 1);

    // The dashboard charts (ui/charts) below the targets; the page scrolls to reach them, so the
    // targets table keeps room for six rows instead of being squeezed.
    m_targets->setMinimumHeight(m_targets->verticalHeader()->defaultSectionSize() * 6 +
                                m_targets->horizontalHeader()->sizeHint().height() + 4);
    auto *charts = new OverviewCharts(document, content);
    charts->setObjectName(QStringLiteral("overviewCharts"));
    m_sections->addWidget(charts);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // One refresh per change (projectionChanged ends every change, also a new active scenario),
    // and none while hidden: the page catches up when it is shown (RefreshWhenShown.h).
    auto *deferred = new RefreshWhenShown(this, [this] { refresh(); });
    connect(document, &PlanDocument::projectionChanged, deferred, &RefreshWhenShown::request);
    refresh();
}

void OverviewPage::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

FigureTile *OverviewPage::tile(const QString &metric) const
{
    for (const auto &[name, tile] : m_tiles) {
        if (name == metric)
            return tile;
    }
    return nullptr;
}

void OverviewPage::refresh()
{
    const Plan &plan = document()->plan();
    // The title in the interface language first, the other one beside it.
    const QString title = planTitle(plan);
    const QString other =
        title == plan.name.trimmed() ? plan.nameZh.trimmed() : plan.name.trimmed();
    m_heading->setText(other.isEmpty() ? title : title + QStringLiteral(" · ") + other);
    const Scenario &scenario = document()->activeScenario();
    m_subheading->setText(
        tr("%1 · %2 to %3 · %4")
            .arg(scenario.name, NumberText::formatMonth(monthLabel(plan.start, 0)),
                 NumberText::formatMonth(monthLabel(plan.start, plan.months - 1)), plan.currency));

    const Projection *projection = document()->projection();
    for (const auto &[metric, tile] : m_tiles) {
        if (!projection) {
            tile->setFigure(QStringLiteral("—"), tr("The plan cannot be projected"),
                            FigureTile::State::NoTarget);
            continue;
        }
        const std::optional<double> value = metric == QLatin1String("budget")
                                                ? std::optional<double>(scenario.budget)
                                                : metricValue(*projection, metric);
        // A plain reference: Clang before 16 cannot capture a structured binding.
        const QString &name = metric;
        const auto target =
            std::find_if(projection->targets.begin(), projection->targets.end(),
                         [&](const TargetStatus &status) { return status.metric == name; });
        // The figure and its target with one number of decimals (issue 22 B.7).
        const FigureKind kind = figureKindOf(metric);
        const int decimals = figureDecimals({value, target == projection->targets.end()
                                                        ? std::nullopt
                                                        : std::optional<double>(target->target)},
                                            kind);
        const QString shown = formatFigure(value, kind, plan.currency, decimals);
        if (target == projection->targets.end()) {
            tile->setFigure(shown, tr("no target"), FigureTile::State::NoTarget);
        } else {
            tile->setFigure(shown,
                            tr("target %1 %2")
                                .arg(comparisonSymbol(target->op),
                                     formatFigure(target->target, kind, plan.currency, decimals)),
                            target->met ? FigureTile::State::Met : FigureTile::State::Missed);
        }
    }

    const std::size_t count = projection ? projection->targets.size() : 0;
    m_targets->setRowCount(int(count));
    for (std::size_t i = 0; i < count; ++i) {
        const TargetStatus &target = projection->targets[i];
        const int row = int(i);
        auto setCell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column == ProjectedColumn || column == GoalColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_targets->setItem(row, column, item);
            return item;
        };
        const QString metricName = metricDisplayName(plan, target.metric);
        setCell(LabelColumn, target.label.isEmpty() ? metricName : target.label);
        setCell(MetricColumn, metricName)
            ->setToolTip(plainToolTip(metricDescription(plan.stages, target.metric)));
        // A target's projection and goal with one number of decimals (issue 22 B.7).
        const FigureKind kind = figureKindOf(target.metric);
        const int decimals = figureDecimals({target.projected, target.target}, kind);
        setCell(ProjectedColumn, formatFigure(target.projected, kind, plan.currency, decimals));
        setCell(GoalColumn, comparisonSymbol(target.op) + QLatin1Char(' ') +
                                formatFigure(target.target, kind, plan.currency, decimals));
        QTableWidgetItem *state = setCell(StateColumn, target.met ? tr("✓ met") : tr("✗ missed"));
        state->setForeground(target.met ? QColor(0x2e, 0x9e, 0x4f) : QColor(0xd6, 0x45, 0x41));
    }
    m_targets->resizeColumnsToContents();
    m_targets->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
}

void OverviewPage::showPlace(const PlanPlace &place)
{
    if (place.row < 0 || place.row >= m_targets->rowCount())
        return;
    m_targets->setCurrentCell(place.row, 0);
    m_targets->selectRow(place.row);
    m_targets->setFocus(Qt::OtherFocusReason);
}

} // namespace cplan
