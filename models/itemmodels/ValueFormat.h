#pragma once

// How the item models show numbers (DisplayRole): the user's locale with thousands separators,
// money with the plan's currency code, shares and rates as percentages ("12.5%"), "" for none.
// The text itself comes from NumberText (models/domain), the one formatter and parser of the
// project, so whatever a cell shows can be typed back.

#include "models/domain/NumberText.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <span>

namespace cplan {

class ValueFormat
{
public:
    // "CNY 20,000,000" (whole amounts) or "CNY 45.50"; in AmountStyle::ChineseUnits "¥2,000万".
    static QString money(double value, const QString &currency);
    // A cell of a column of amounts: exactly `decimals` decimals of the unit shown, the number
    // moneyDecimals() chose for the whole column, so a column never mixes "¥688" with "¥938.41"
    // (issue 22 B.7). Copy and export read the raw value, never this text.
    static QString money(double value, const QString &currency, int decimals);
    // The decimals a column of these amounts shows in the chosen amount style
    // (NumberText::amountDecimals): 0 or 2 (Grouped), 0 to 2 of the unit (ChineseUnits).
    static int moneyDecimals(std::span<const double> values);
    // "12.5%" for 0.125 (up to 2 decimals, trailing zeros dropped).
    static QString percent(double value);
    // "1,234.5678" (up to `decimals` decimals, trailing zeros dropped).
    static QString number(double value, int decimals = 4);
    // A raw EditRole value as plain text for copying ("0.125", "2025-03-31", "" for none): it
    // reads back exactly through setData().
    static QString plainText(const QVariant &value);

    // How money() writes amounts in this process (default Grouped); a Chinese UI may choose
    // ChineseUnits. Input accepts both forms whatever is chosen.
    static AmountStyle amountStyle();
    static void setAmountStyle(AmountStyle style);
};

} // namespace cplan
