#include "ui/widgets/FigureColumn.h"

#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace cplan {

void fitFigureColumn(QTableWidget *table, int column)
{
    const auto textAt = [table, column](int row) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    };
    qsizetype longest = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        longest = std::max(longest, textAt(row).size());
    int width = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (textAt(row).size() + 1 >= longest)
            width = std::max(width,
                             table->sizeHintForIndex(table->model()->index(row, column)).width());
    }
    if (table->showGrid())
        width += 1;
    // As QTableView::resizeColumnToContents(): the cells' width or the title's, the larger.
    QHeaderView *header = table->horizontalHeader();
    header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
}

} // namespace cplan
