#pragma once

// The active scenario at a glance: its key figures (MODEL.md §3.9) each against its target
// (MODEL.md §4) with a met/missed state, and every plan target in a table. The page is a
// vertical stack of sections, so charts can be added later (addSection).

#include "ui/pages/Page.h"

#include <vector>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace cplan {

class FigureTile;

class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Overview; }
    QString title() const override { return tr("Overview"); }
    void showPlace(const PlanPlace &place) override;

    // Appends a section (a titled group) below the existing ones.
    void addSection(QWidget *section);

    QTableWidget *targetsTable() const { return m_targets; }
    // The tile of a key figure (metric name of MODEL.md §4, or "budget").
    FigureTile *tile(const QString &metric) const;

private:
    void refresh();

    QLabel *m_heading;
    QLabel *m_subheading;
    std::vector<std::pair<QString, FigureTile *>> m_tiles;
    QTableWidget *m_targets;
    QVBoxLayout *m_sections;
};

} // namespace cplan
