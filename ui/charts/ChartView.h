#pragma once

// The base of every chart (a QCustomPlot): it follows the widget palette (light and dark),
// shows the exact value under the mouse as a tooltip, toggles a series when its legend entry is
// clicked, zooms (Ctrl + wheel) and pans (drag) the time axis, resets it on a double click,
// and offers "Copy chart" and "Export chart…" (PNG, PDF) in its context menu. Money axes use
// the plan's currency and, for Chinese yuan, 万/亿.
//
// Subclasses draw a ChartSeries value (ui/charts/ChartSeries.h) and keep their plottables
// between updates, replotting once when next painted so a driver change redraws within one frame.

#include "ui/widgets/FigureFormat.h"

#include <qcustomplot.h>

#include <functional>
#include <map>
#include <vector>

namespace cplan {

class DialogProvider;
class FigureAxisTicker;

class ChartView : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    // The currency of money axes. With the Chinese-units number style, yuan axes read in 万/亿
    // (the user can switch that per chart from the context menu).
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    void setChineseUnits(bool on);
    bool chineseUnits() const { return m_chineseUnits; }

    // A title drawn above the plot (also in copies and exports).
    void setTitle(const QString &title);
    QString title() const;

    // Writes the chart as PNG, or PDF when `path` ends in ".pdf", at `size` (default: the
    // widget's size, at least 800×500). False when the file cannot be written.
    bool exportChart(const QString &path, QSize size = {});
    // Puts the chart on the clipboard as an image.
    void copyChart();
    // Shows the whole time axis again after a zoom or pan.
    void resetZoom();

    // "Export chart…": asks the file through the DialogProvider, writes it, shows a failure
    // through the provider. The provider is the one set here, else the one its window
    // registered (DialogProvider::attach); with neither, nothing is asked or written.
    void exportWithDialog();
    void setDialogProvider(DialogProvider *dialogs);
    DialogProvider *dialogProvider() const;

    // The text of the tooltip at `position` (exact values), empty where nothing is drawn.
    virtual QString toolTipAt(const QPoint &position);
    // Shows or hides the series of a legend entry (what a click on the legend does).
    void toggleLegendItem(QCPAbstractLegendItem *item);
    // The legend entry of a series, or null.
    QCPAbstractLegendItem *legendItemOf(QCPAbstractPlottable *plottable) const;

    QColor textColour() const;
    QColor axisColour() const;
    QColor gridColour() const;
    QColor backgroundColour() const;

signals:
    // The user asked to copy or export; `path` is the file written (empty for a copy).
    void chartSaved(const QString &path);

protected:
    // An axis whose labels are figures of `kind` (money in the currency, counts, percent).
    void setValueAxis(QCPAxis *axis, FigureKind kind, const QString &title);
    // An axis with one text label per category at 1, 2, ... n.
    static void setCategoryAxis(QCPAxis *axis, const QStringList &labels);
    // Moves the legend out of the plot into a row below it, `columns` entries per row.
    void placeLegendBelow(int columns);
    // The axis the user zooms and pans; `home` is its full range (resetZoom).
    void setZoomAxis(QCPAxis *axis);
    void setHomeRange(const QCPRange &home);

    // The exact text of data point `index` of `plottable`, for the tooltip.
    using PointText = std::function<QString(int index)>;
    void setPointText(QCPAbstractPlottable *plottable, PointText text);
    void forgetPointText(QCPAbstractPlottable *plottable);

    // Colours axes, grid, legend, title and background from the palette. Subclasses extend it
    // for the items they own (labels, markers) and call the base.
    virtual void applyPalette();
    // After a legend click changed a series' visibility (stacked bars re-chain their layers).
    virtual void legendToggled(QCPAbstractPlottable *plottable);

    // The replot every update asks for: once, when the chart is next painted, so at the size
    // it is painted at and after the layout has settled (QCustomPlot's own queued replot runs
    // first and then again after a resize). A hidden chart (another page, the window not shown
    // yet) is redrawn when it is shown.
    void scheduleReplot()
    {
        m_replotWhenPainted = true;
        update();
    }
    // A legend entry's text colour for a shown or hidden series.
    void styleLegendItem(QCPAbstractLegendItem *item, bool shown) const;

    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // A resized chart is redrawn once, when it is next painted (at its final size), not on
    // every resize of a window laying itself out, nor while hidden.
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    bool m_replotWhenPainted = false; // updated or resized since the last paint
    bool chineseUnitsByDefault() const;
    bool hasMoneyAxis() const;

    DialogProvider *m_dialogs = nullptr;
    QString m_currency;
    bool m_chineseUnits = false;
    QCPTextElement *m_title = nullptr;
    QCPAxis *m_zoomAxis = nullptr;
    QCPRange m_homeRange;
    std::map<const QCPAbstractPlottable *, PointText> m_pointTexts;
    std::vector<QSharedPointer<FigureAxisTicker>> m_tickers;
};

} // namespace cplan
