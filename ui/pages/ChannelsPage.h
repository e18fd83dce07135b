#pragma once

// Channels & funnel (MODEL.md §2): every driver of every channel in the active scenario, one
// row per channel; add, remove, rename (edit the name cell), reorder, and groups.

#include "ui/pages/Page.h"

class QTableWidget;

namespace cplan {

class ChannelsModel;

class ChannelsPage : public Page
{
    Q_OBJECT

public:
    explicit ChannelsPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Channels; }
    QString title() const override { return tr("Channels & funnel"); }
    void showPlace(const PlanPlace &place) override;

    SpreadsheetView *view() const { return m_view; }
    ChannelsModel *model() const { return m_model; }
    // Spend, leads, customers, CAC, value, ROI and LTV : CAC per channel (MODEL.md §3.8).
    QTableWidget *results() const { return m_results; }

private:
    void addChannel();
    void removeChannel();
    void moveChannel(int step);
    void refreshResults();

    ChannelsModel *m_model;
    SpreadsheetView *m_view;
    QTableWidget *m_results;
};

} // namespace cplan
