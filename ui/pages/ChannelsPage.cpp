#include "ui/pages/ChannelsPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ChannelsModel.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

ChannelsPage::ChannelsPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_model(new ChannelsModel(document, this)),
      m_view(createSpreadsheet())
{
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(70);

    QAction *add = createAction(tr("Add channel"),
                                tr("Add a channel with share 0 and the first channel's drivers"),
                                QStringLiteral("list-add"));
    QAction *remove = createAction(tr("Remove"), tr("Remove the selected channel and its actuals"),
                                   QStringLiteral("list-remove"));
    QAction *up =
        createAction(tr("Move up"), tr("Move the selected channel up"), QStringLiteral("go-up"));
    QAction *down = createAction(tr("Move down"), tr("Move the selected channel down"),
                                 QStringLiteral("go-down"));
    QAction *normalise =
        createAction(tr("Normalise shares"), tr("Scale the channel shares so they sum to 100%"));
    connect(add, &QAction::triggered, this, &ChannelsPage::addChannel);
    connect(remove, &QAction::triggered, this, &ChannelsPage::removeChannel);
    connect(up, &QAction::triggered, this, [this] { moveChannel(-1); });
    connect(down, &QAction::triggered, this, [this] { moveChannel(1); });
    connect(normalise, &QAction::triggered, this, [this] {
        if (!this->document()->normaliseChannelShares(this->document()->activeScenarioIndex()))
            report(tr("The channel shares sum to 0 and cannot be normalised."));
    });

    auto *hint = new QLabel(tr("Drivers of the active scenario. Saturation: the monthly spend at "
                               "which the cost per lead has doubled (empty = none). Conversion "
                               "columns are stage-to-stage rates."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createHeading(tr("Channels and funnel drivers")));
    layout->addWidget(hint);
    layout->addWidget(createTableToolBar({add, remove, up, down, normalise}));
    layout->addWidget(m_view, 1);
}

void ChannelsPage::addChannel()
{
    const Plan &plan = document()->plan();
    QString name;
    for (int n = int(plan.channels.size()) + 1;; ++n) {
        name = tr("Channel %1").arg(n);
        if (plan.channelIndex(name) < 0)
            break;
    }
    if (const Status status = document()->addChannel(name); !status)
        return report(status.error());
    m_view->focusCell(m_model->rowCount() - 1, ChannelsModel::NameColumn);
}

void ChannelsPage::removeChannel()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return report(tr("Select the channel to remove."));
    if (const Status status = document()->removeChannel(current.row()); !status)
        report(status.error());
}

void ChannelsPage::moveChannel(int step)
{
    moveCurrentRow(m_view, step,
                   [this](int from, int to) { return document()->moveChannel(from, to); });
}

void ChannelsPage::showPlace(const PlanPlace &place)
{
    if (!focusPath(m_view, place.path) && place.row >= 0)
        m_view->focusCell(place.row, place.column);
}

} // namespace cplan
