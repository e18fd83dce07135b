#include "ui/widgets/FigureColumn.h"

#include <QFont>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>

#include <algorithm>

namespace cplan {

void fitColumnByShapes(QTableWidget *table, int column, bool figures)
{
    const auto textAt = [table, column](int row) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    };
    qsizetype longest = 0;
    for (int row = 0; figures && row < table->rowCount(); ++row)
        longest = std::max(longest, textAt(row).size());
    // One text of each shape (its digits as 0): texts of one shape are as wide as each other,
    // and a column of 200 amounts, or of 200 sentences around amounts, has only a few shapes.
    // Figures: only those within one character of the longest.
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
        // A cell with a font of its own (the bold best value of a comparison) is of its own
        // shape.
        if (const QTableWidgetItem *item = table->item(row, column)) {
            if (const QVariant font = item->data(Qt::FontRole); font.isValid())
                shape += QChar(0x1f) + font.value<QFont>().toString();
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
