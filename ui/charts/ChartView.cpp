#include "ui/charts/ChartView.h"

#include "models/itemmodels/ValueFormat.h"
#include "ui/charts/FigureAxisTicker.h"
#include "ui/mainwindow/DialogProvider.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/Preferences.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileInfo>
#include <QHelpEvent>
#include <QMenu>
#include <QToolTip>

#include <limits>

namespace cplan {

namespace {
QColor blend(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

const QString chineseYuan = QStringLiteral("CNY");
} // namespace

ChartView::ChartView(QWidget *parent) : QCustomPlot(parent)
{
    setMinimumHeight(260);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setNoAntialiasingOnDrag(true);
    setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
    // The overlay layer is only drawn on top here, never replotted on its own: sharing the one
    // paint buffer of the other layers saves allocating, clearing and compositing a second
    // plot-sized image on every replot.
    if (QCPLayer *overlay = layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);
    // A replot must never paint the widget synchronously: QCustomPlot's constructor queues one,
    // and with phImmediateRefresh (its default) that replot repainted at once, so the paint-time
    // replot below ran inside it, was skipped (QCustomPlot does not nest replots) and the chart
    // kept the layout of its first, 100 x 30 size: the milestone timeline's labels piled up in a
    // corner until the window was resized (issue 22, E.19).
    setPlottingHint(QCP::phImmediateRefresh, false);
    legend->setIconSize(14, 10);
    legend->setRowSpacing(0);
    connect(this, &QCustomPlot::legendClick, this,
            [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
                if (item)
                    toggleLegendItem(item);
            });
    applyPalette();
    connect(DisplaySettings::instance(), &DisplaySettings::numberStyleChanged, this,
            [this] { setChineseUnits(chineseUnitsByDefault()); });
}

void ChartView::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    setChineseUnits(chineseUnitsByDefault());
}

// Axes write amounts the way the tables do: in 万 and 亿 when the user's number style is
// Chinese units (and the plan's currency is the yuan, whose planners read those units).
bool ChartView::chineseUnitsByDefault() const
{
    return m_currency == chineseYuan && ValueFormat::amountStyle() == AmountStyle::ChineseUnits;
}

void ChartView::setChineseUnits(bool on)
{
    m_chineseUnits = on;
    for (const auto &ticker : m_tickers)
        ticker->setChineseUnits(on);
    scheduleReplot();
}

void ChartView::setTitle(const QString &title)
{
    if (!m_title) {
        plotLayout()->insertRow(0);
        QFont font = this->font();
        font.setBold(true);
        m_title = new QCPTextElement(this, title, font);
        m_title->setMargins(QMargins(8, 6, 8, 0));
        plotLayout()->addElement(0, 0, m_title);
        m_title->setTextColor(textColour());
    }
    m_title->setText(title);
    scheduleReplot();
}

QString ChartView::title() const
{
    return m_title ? m_title->text() : QString();
}

bool ChartView::exportChart(const QString &path, QSize size)
{
    if (!size.isValid())
        size = QSize(std::max(width(), 800), std::max(height(), 500));
    const bool pdf =
        QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const bool written = pdf ? savePdf(path, size.width(), size.height(), QCP::epAllowCosmetic,
                                       QStringLiteral("Campaign Planner"), title())
                             : savePng(path, size.width(), size.height());
    if (written)
        emit chartSaved(path);
    return written;
}

void ChartView::copyChart()
{
    QApplication::clipboard()->setPixmap(toPixmap(width(), height()));
    emit chartSaved(QString());
}

void ChartView::resetZoom()
{
    if (!m_zoomAxis)
        return;
    m_zoomAxis->setRange(m_homeRange);
    scheduleReplot();
}

QString ChartView::toolTipAt(const QPoint &position)
{
    double bestDistance = std::numeric_limits<double>::max();
    QString text;
    for (int i = 0; i < plottableCount(); ++i) {
        QCPAbstractPlottable *candidate = plottable(i);
        const auto found = m_pointTexts.find(candidate);
        if (!candidate->visible() || found == m_pointTexts.end())
            continue;
        QVariant details;
        const double distance = candidate->selectTest(position, false, &details);
        if (distance < 0 || distance > selectionTolerance() || distance >= bestDistance)
            continue;
        const QCPDataSelection selection = details.value<QCPDataSelection>();
        if (selection.isEmpty())
            continue;
        bestDistance = distance;
        text = found->second(selection.dataRange().begin());
    }
    return text;
}

void ChartView::toggleLegendItem(QCPAbstractLegendItem *item)
{
    auto *plottableItem = qobject_cast<QCPPlottableLegendItem *>(item);
    if (!plottableItem)
        return;
    QCPAbstractPlottable *series = plottableItem->plottable();
    series->setVisible(!series->visible());
    styleLegendItem(item, series->visible());
    legendToggled(series);
    scheduleReplot();
}

QCPAbstractLegendItem *ChartView::legendItemOf(QCPAbstractPlottable *plottable) const
{
    return legend ? legend->itemWithPlottable(plottable) : nullptr;
}

QColor ChartView::textColour() const
{
    return palette().color(QPalette::Text);
}

QColor ChartView::axisColour() const
{
    return blend(backgroundColour(), textColour(), 0.55);
}

QColor ChartView::gridColour() const
{
    return blend(backgroundColour(), textColour(), 0.14);
}

QColor ChartView::backgroundColour() const
{
    return palette().color(QPalette::Base);
}

void ChartView::setValueAxis(QCPAxis *axis, FigureKind kind, const QString &title)
{
    auto ticker = QSharedPointer<FigureAxisTicker>::create(kind);
    ticker->setChineseUnits(m_chineseUnits);
    ticker->setTickCount(6);
    m_tickers.push_back(ticker);
    axis->setTicker(ticker);
    axis->setLabel(title);
    axis->setVisible(true);
}

void ChartView::setCategoryAxis(QCPAxis *axis, const QStringList &labels)
{
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(axis->ticker());
    if (!ticker) {
        ticker = QSharedPointer<QCPAxisTickerText>::create();
        axis->setTicker(ticker);
    }
    ticker->clear();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels.at(i));
    axis->setSubTicks(false);
    axis->setTickLength(0, 4);
}

void ChartView::placeLegendBelow(int columns)
{
    if (!legend)
        return;
    if (axisRect()->insetLayout()->elements(false).contains(legend))
        axisRect()->insetLayout()->take(legend);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(std::max(columns, 1));
    legend->setBorderPen(Qt::NoPen);
    const int row = plotLayout()->rowCount();
    plotLayout()->addElement(row, 0, legend);
    plotLayout()->setRowStretchFactor(row, 0.001);
    legend->setMargins(QMargins(6, 0, 6, 4));
}

void ChartView::setZoomAxis(QCPAxis *axis)
{
    m_zoomAxis = axis;
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    const Qt::Orientation orientation = axis->orientation();
    axisRect()->setRangeDrag(orientation);
    axisRect()->setRangeZoom(orientation);
    axisRect()->setRangeDragAxes(orientation == Qt::Horizontal ? axis : nullptr,
                                 orientation == Qt::Vertical ? axis : nullptr);
    axisRect()->setRangeZoomAxes(orientation == Qt::Horizontal ? axis : nullptr,
                                 orientation == Qt::Vertical ? axis : nullptr);
}

void ChartView::setHomeRange(const QCPRange &home)
{
    m_homeRange = home;
    if (m_zoomAxis)
        m_zoomAxis->setRange(home);
}

void ChartView::setPointText(QCPAbstractPlottable *plottable, PointText text)
{
    m_pointTexts[plottable] = std::move(text);
}

void ChartView::forgetPointText(QCPAbstractPlottable *plottable)
{
    m_pointTexts.erase(plottable);
}

void ChartView::applyPalette()
{
    const QColor text = textColour();
    const QColor axis = axisColour();
    const QColor grid = gridColour();
    setBackground(QBrush(backgroundColour()));
    for (QCPAxisRect *rect : axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis *each : rect->axes()) {
            each->setBasePen(QPen(axis));
            each->setTickPen(QPen(axis));
            each->setSubTickPen(QPen(axis));
            each->setTickLabelColor(text);
            each->setLabelColor(text);
            each->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
            each->grid()->setSubGridPen(Qt::NoPen);
            each->grid()->setZeroLinePen(QPen(axis));
        }
    }
    if (legend) {
        QColor legendBackground = backgroundColour();
        legendBackground.setAlpha(225);
        legend->setBrush(QBrush(legendBackground));
        if (legend->borderPen().style() != Qt::NoPen)
            legend->setBorderPen(QPen(grid));
        legend->setTextColor(text);
        for (int i = 0; i < legend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
            styleLegendItem(legend->item(i), !item || item->plottable()->visible());
        }
    }
    if (m_title)
        m_title->setTextColor(text);
    scheduleReplot();
}

void ChartView::legendToggled(QCPAbstractPlottable *) {}

void ChartView::styleLegendItem(QCPAbstractLegendItem *item, bool shown) const
{
    if (!item)
        return;
    const QColor colour = shown ? textColour() : blend(backgroundColour(), textColour(), 0.4);
    item->setTextColor(colour);
    QFont font = item->font();
    font.setStrikeOut(!shown);
    item->setFont(font);
}

bool ChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        }
        return true;
    }
    return QCustomPlot::event(event);
}

void ChartView::resizeEvent(QResizeEvent *)
{
    // QCustomPlot redraws on every resize; a window that lays itself out resizes a chart several
    // times before it is painted (and a hidden one is not painted at all). One redraw at the
    // size it is painted at is enough. The viewport follows then too: QCustomPlot's constructor
    // queues a replot of its own, which so draws into a buffer of the widget's first, small size
    // instead of allocating and clearing a full-size one for a chart that may never be shown.
    scheduleReplot();
}

void ChartView::paintEvent(QPaintEvent *event)
{
    if (m_replotWhenPainted) {
        m_replotWhenPainted = false;
        setViewport(rect());
        replot(rpQueuedRefresh);
    }
    QCustomPlot::paintEvent(event);
}

void ChartView::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy chart"), this,
                   &ChartView::copyChart);
    // Export asks where through the window's DialogProvider; without one it is not offered.
    if (dialogProvider())
        menu.addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export chart…"),
                       this, &ChartView::exportWithDialog);
    if (m_zoomAxis || (legend && legend->itemCount() > 0) || hasMoneyAxis())
        menu.addSeparator();
    if (m_zoomAxis)
        menu.addAction(tr("Show the whole period"), this, &ChartView::resetZoom);
    if (legend && legend->itemCount() > 0) {
        QAction *showLegend = menu.addAction(tr("Show legend"));
        showLegend->setCheckable(true);
        showLegend->setChecked(legend->visible());
        connect(showLegend, &QAction::toggled, this, [this](bool on) {
            legend->setVisible(on);
            scheduleReplot();
        });
    }
    if (hasMoneyAxis() && m_currency == chineseYuan) {
        QAction *units = menu.addAction(tr("Amounts in 万 and 亿"));
        units->setCheckable(true);
        units->setChecked(m_chineseUnits);
        connect(units, &QAction::toggled, this, &ChartView::setChineseUnits);
    }
    menu.exec(event->globalPos());
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    // A plain wheel scrolls the page the chart sits on; Ctrl + wheel zooms the time axis.
    if (m_zoomAxis && event->modifiers().testFlag(Qt::ControlModifier))
        QCustomPlot::wheelEvent(event);
    else
        event->ignore();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    resetZoom();
}

void ChartView::setDialogProvider(DialogProvider *dialogs)
{
    m_dialogs = dialogs;
}

DialogProvider *ChartView::dialogProvider() const
{
    return m_dialogs ? m_dialogs : DialogProvider::find(this);
}

void ChartView::exportWithDialog()
{
    DialogProvider *dialogs = dialogProvider();
    if (!dialogs)
        return;
    QString suggested = title().isEmpty() ? tr("chart") : title();
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = dialogs->chartFileName(suggested + QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (!exportChart(path))
        dialogs->showError(
            tr("Export chart"),
            tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

bool ChartView::hasMoneyAxis() const
{
    return std::any_of(m_tickers.begin(), m_tickers.end(),
                       [](const auto &ticker) { return ticker->kind() == FigureKind::Money; });
}

} // namespace cplan
