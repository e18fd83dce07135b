#include "ui/widgets/FigureColumn.h"

#include <QHeaderView>
#include <QSet>
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
    // Of the texts within one character of the longest, one of each shape (its digits as 0):
    // texts of one shape are as wide as each other, and a column of 200 amounts of one length
    // has only a few shapes.
    QSet<QString> shapes;
    int width = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        QString shape = textAt(row);
        if (shape.size() + 1 < longest)
            continue;
        for (QChar &character : shape) {
            if (character.isDigit())
                character = QLatin1Char('0');
        }
        if (shapes.contains(shape))
            continue;
        shapes.insert(shape);
        width =
            std::max(width, table->sizeHintForIndex(table->model()->index(row, column)).width());
    }
    if (table->showGrid())
        width += 1;
    // As QTableView::resizeColumnToContents(): the cells' width or the title's, the larger.
    QHeaderView *header = table->horizontalHeader();
    header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
}

} // namespace cplan
