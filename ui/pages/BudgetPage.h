#pragma once

// Budget of the active scenario (MODEL.md §2, §3.1): the total, the category shares with their
// kind and amount, the channel shares with their amount, and the pools they make. Sums that are
// off are shown, not silently fixed; "Normalise to 100%" is one undo step.

#include "ui/pages/Page.h"

class QLabel;
class QLineEdit;

namespace cplan {

class CategoriesModel;
class ChannelsModel;

class BudgetPage : public Page
{
    Q_OBJECT

public:
    explicit BudgetPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Budget; }
    QString title() const override { return tr("Budget"); }
    void showPlace(const PlanPlace &place) override;

    SpreadsheetView *categoriesView() const { return m_categoriesView; }
    SpreadsheetView *channelsView() const { return m_channelsView; }
    // The total budget, typed as people write money ("20,000,000", "2000万", "CNY 20M").
    QLineEdit *budgetEditor() const { return m_budget; }
    // Why the last typed budget was refused ("" when it was taken), shown under the field.
    QString budgetError() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void commitBudget();
    void addCategory();
    void removeCategory();
    void moveCategory(int step);

    CategoriesModel *m_categories;
    ChannelsModel *m_channels;
    QLineEdit *m_budget;
    QLabel *m_budgetError;
    QLabel *m_pools;
    QLabel *m_categorySum;
    QLabel *m_channelSum;
    SpreadsheetView *m_categoriesView;
    SpreadsheetView *m_channelsView;
};

} // namespace cplan
