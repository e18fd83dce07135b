#include "ui/widgets/TableCopy.h"

#include "models/itemmodels/TabularText.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace cplan {

namespace TableCopy {

namespace {

// "2000" shifted by 4 places is "20000000", "28.001378" is "280013.78": the decimal digits
// moved, so a Chinese amount "¥28.001378万" copies exactly, without a binary tail.
QString shiftedRight(const QString &value, int places)
{
    QString whole = value.section(QLatin1Char('.'), 0, 0);
    QString fraction =
        value.contains(QLatin1Char('.')) ? value.section(QLatin1Char('.'), 1) : QString();
    while (fraction.size() < places)
        fraction += QLatin1Char('0');
    whole += fraction.left(places);
    fraction = fraction.mid(places);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

} // namespace

QString plainCellText(const QString &shown)
{
    QString text = shown.trimmed();
    if (text == QStringLiteral("—") || text == QStringLiteral("-"))
        return {};
    // The Chinese UI's words around a number (issue 22 B.6): "第 15 个月", "+0.0 个百分点",
    // "3 天", "¥2,000万", "1.5亿".
    static const QRegularExpression chineseWords(
        QStringLiteral("^第\\s*|\\s*(?:个百分点|个月|天|倍)$"));
    text.remove(chineseWords);
    // A ratio "1 : 3.00" is its second number.
    static const QRegularExpression ratio(QStringLiteral(R"(^1\s*:\s*(\S+)$)"));
    if (const auto match = ratio.match(text); match.hasMatch())
        text = match.captured(1);
    QString digits = text;
    const QLocale locale;
    digits.remove(locale.groupSeparator());
    digits.remove(QLatin1Char(',')).remove(QChar(0x00a0)).remove(QChar(0x202f));
    digits.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    // Words around the number: a currency code or sign in front ("CNY", "¥"), a unit behind
    // ("pp", "months"), or "month 7".
    static const QRegularExpression number(QStringLiteral(
        R"(^([+-]?)\s*(?:[A-Za-z]{3}\s+|[¥$€£￥]\s*|month\s+)?([+-]?\d+(?:\.\d+)?)\s*(万|亿)?\s*(%?)\s*(?:pp|months?|days?|×|元)?$)"));
    const auto match = number.match(digits);
    if (!match.hasMatch())
        return shown;
    QString sign = match.captured(1);
    QString value = match.captured(2);
    if (value.startsWith(QLatin1Char('+')) || value.startsWith(QLatin1Char('-'))) {
        if (value.startsWith(QLatin1Char('-')))
            sign = sign == QStringLiteral("-") ? QString() : QStringLiteral("-");
        value = value.mid(1);
    }
    if (sign == QStringLiteral("+"))
        sign.clear();
    if (match.captured(3) == QStringLiteral("万"))
        value = shiftedRight(value, 4);
    else if (match.captured(3) == QStringLiteral("亿"))
        value = shiftedRight(value, 8);
    if (sign == QStringLiteral("-") &&
        value.count(QLatin1Char('0')) + value.count(QLatin1Char('.')) == value.size())
        sign.clear(); // "-0.0" is a zero
    return sign + value + match.captured(4);
}

namespace {
QString cellText(const QModelIndex &index)
{
    const QVariant raw = index.data(RawValueRole);
    if (raw.isValid())
        return raw.toString();
    return plainCellText(index.data(Qt::DisplayRole).toString());
}
} // namespace

QString selectionText(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0 || model->columnCount() == 0)
        return {};
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    const QModelIndexList selected =
        view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    for (const QModelIndex &index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    if (bottom < 0) { // nothing selected: the whole table
        top = 0;
        left = 0;
        bottom = model->rowCount() - 1;
        right = model->columnCount() - 1;
    }
    // Row titles (the Monte Carlo table's metrics) come first when they are more than numbers.
    bool rowTitles = false;
    for (int row = top; row <= bottom && !rowTitles; ++row) {
        rowTitles = model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString() !=
                    QString::number(row + 1);
    }
    std::vector<QStringList> rows;
    QStringList headers;
    if (rowTitles)
        headers << QString();
    for (int column = left; column <= right; ++column)
        headers << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    rows.push_back(headers);
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        if (rowTitles)
            cells << model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = model->index(row, column);
            // Inside the rectangle, only selected cells are copied (the rest stay empty).
            const bool take = selected.isEmpty() || selected.contains(index);
            cells << (take ? cellText(index) : QString());
        }
        rows.push_back(cells);
    }
    return TabularText::format(rows);
}

namespace {
// Catches Ctrl+C before QAbstractItemView, which would copy only the current cell's text.
class CopyKeys : public QObject
{
public:
    explicit CopyKeys(QAbstractItemView *view) : QObject(view), m_view(view) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool copy = key->matches(QKeySequence::Copy);
            const bool all = key->matches(QKeySequence::SelectAll);
            if (copy || all) {
                event->accept();
                if (event->type() == QEvent::KeyPress) {
                    if (copy)
                        QApplication::clipboard()->setText(selectionText(m_view));
                    else
                        m_view->selectAll();
                }
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
};
} // namespace

void install(QAbstractItemView *view)
{
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->installEventFilter(new CopyKeys(view));
    auto *copy = new QAction(QCoreApplication::translate("TableCopy", "&Copy"), view);
    copy->setObjectName(QStringLiteral("tableCopyAction"));
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(selectionText(view)); });
    auto *selectAll = new QAction(QCoreApplication::translate("TableCopy", "Select &all"), view);
    QObject::connect(selectAll, &QAction::triggered, view, &QAbstractItemView::selectAll);
    view->addAction(copy);
    view->addAction(selectAll);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace TableCopy

} // namespace cplan
