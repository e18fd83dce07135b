#include "ui/dialogs/PlanDiffDialog.h"

#include "models/domain/MetricNames.h"
#include "models/history/PlanDiff.h"
#include "ui/widgets/ChangeTree.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/TableCopy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cplan {

namespace {

QTableWidgetItem *figureItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PlanDiffDialog::PlanDiffDialog(const Plan &from, const Plan &to, const QString &fromName,
                               const QString &toName, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_changes(new ChangeTree(this)),
      m_totals(new QTableWidget(this))
{
    setObjectName(QStringLiteral("planDiffDialog"));
    setWindowTitle(tr("Changes from “%1” to “%2”").arg(fromName, toName));
    resize(900, 620);

    const PlanDiff diff = diffPlans(from, to);
    // Names and amounts as the newer side writes them (its stages, its currency).
    m_changes->showChanges(diff.changes, to);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(diff.changes.empty()
                           ? tr("“%1” and “%2” are the same plan.").arg(fromName, toName)
                           : tr("Fields changed from “%1” to “%2”: %3.")
                                 .arg(fromName, toName)
                                 .arg(diff.changes.size()));

    m_totals->setObjectName(QStringLiteral("diffTotals"));
    m_totals->setColumnCount(5);
    m_totals->setHorizontalHeaderLabels(
        {tr("Scenario"), tr("Figure"), fromName, toName, tr("Change")});
    // The scenarios whose totals moved first (each scenario's figures together), so what the
    // change did is on screen without scrolling.
    std::vector<TotalsEffect> totals = diff.totals;
    QSet<QString> moved;
    for (const TotalsEffect &effect : totals) {
        if (effect.before != effect.after)
            moved.insert(effect.scenario);
    }
    std::stable_partition(totals.begin(), totals.end(), [&moved](const TotalsEffect &effect) {
        return moved.contains(effect.scenario);
    });
    m_totals->setRowCount(int(totals.size()));
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setAlternatingRowColors(true);
    m_totals->verticalHeader()->hide();
    TableCopy::install(m_totals);
    for (int row = 0; row < int(totals.size()); ++row) {
        const TotalsEffect &effect = totals[std::size_t(row)];
        const QString &currency = to.currency;
        m_totals->setItem(row, 0, new QTableWidgetItem(effect.scenario));
        m_totals->setItem(row, 1, new QTableWidgetItem(metricDisplayName(to, effect.metric)));
        // Before and after with one number of decimals (issue 22 B.7), the change too.
        const FigureKind kind = figureKindOf(effect.metric);
        const int decimals = figureDecimals({effect.before, effect.after}, kind);
        m_totals->setItem(row, 2,
                          figureItem(formatFigure(effect.before, kind, currency, decimals)));
        m_totals->setItem(row, 3, figureItem(formatFigure(effect.after, kind, currency, decimals)));
        // The change only where there is one, so the moved figures stand out.
        QString changeText;
        if (effect.before && effect.after && *effect.after != *effect.before) {
            const double change = *effect.after - *effect.before;
            changeText = formatFigure(change, kind, currency, decimals);
            if (change > 0)
                changeText.prepend(QLatin1Char('+'));
        } else if (effect.before.has_value() != effect.after.has_value()) {
            changeText = formatMetric(effect.metric, std::nullopt, currency);
        }
        m_totals->setItem(row, 4, figureItem(changeText));
    }
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *changesPart = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changesPart);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(new QLabel(tr("Changed fields"), changesPart));
    changesLayout->addWidget(m_changes);
    auto *totalsPart = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totalsPart);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(new QLabel(tr("Effect on the key totals"), totalsPart));
    totalsLayout->addWidget(m_totals);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(changesPart);
    splitter->addWidget(totalsPart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

} // namespace cplan
