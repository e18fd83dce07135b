#pragma once

// Scenario comparison (MODEL.md §5.1): the scenarios picked side by side against a base, as a
// table of every total and grouped bars per channel (ui/charts/ComparisonView).

#include "ui/pages/Page.h"

namespace cplan {

class ComparisonView;

class ComparisonPage : public Page
{
    Q_OBJECT

public:
    explicit ComparisonPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Comparison; }
    QString title() const override { return tr("Comparison"); }

    ComparisonView *view() const { return m_view; }

private:
    ComparisonView *m_view;
};

} // namespace cplan
