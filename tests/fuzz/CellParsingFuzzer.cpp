// libFuzzer harness for the parsers of typed, pasted and imported numbers and dates:
// NumberText (parseNumber, parseAmount, parsePercent, parseDate) and the actuals cells
// (ImportCellParsing: parseAmount, parseMonthCell, dateFromExcelSerial). Any text gives a value
// or a refusal, never a crash. Where the code promises a round trip, it is checked:
//  - NumberText: "a value and its formatted text convert back and forth exactly" for the
//    Chinese-units form, and for the grouped form of whole amounts (every digit is written);
//  - a date read from text, written as YYYY-MM-DD, reads back as the same date;
//  - a month read from a cell, "YYYY-MM", reads back as itself.
// Seeds: tests/fuzz/corpus/cells.

#include "FuzzApplication.h"

#include "models/domain/NumberText.h"
#include "models/exchange/ImportCellParsing.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using cplan::AmountStyle;
using cplan::NumberText;

namespace {

void checkAmountRoundTrip(double value, AmountStyle style)
{
    const QString text = NumberText::formatAmount(value, QStringLiteral("CNY"), style);
    const auto again = NumberText::parseAmount(text, QStringLiteral("CNY"));
    if (!again.ok() || *again != value)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cplan::fuzz::ensureApplication();
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    (void)NumberText::normalised(text);
    (void)NumberText::parseNumber(text);
    (void)NumberText::parsePercent(text);
    const auto amount = NumberText::parseAmount(text, QStringLiteral("CNY"));
    if (amount.ok() && std::isfinite(*amount)) {
        checkAmountRoundTrip(*amount, AmountStyle::ChineseUnits);
        if (std::floor(*amount) == *amount)
            checkAmountRoundTrip(*amount, AmountStyle::Grouped);
    }
    const auto date = NumberText::parseDate(text, QDate(2025, 6, 15));
    if (date.ok()) {
        if (!date->isValid())
            __builtin_trap();
        if (date->year() >= 1000 && date->year() <= 9999) {
            const auto again =
                NumberText::parseDate(date->toString(Qt::ISODate), QDate(2025, 6, 15));
            if (!again.ok() || *again != *date)
                __builtin_trap();
        }
    }

    (void)cplan::isBlankCell(text);
    if (const auto cell = cplan::parseAmount(text); cell && std::isfinite(*cell))
        (void)cplan::dateFromExcelSerial(*cell);
    if (const auto month = cplan::parseMonthCell(text)) {
        const auto again = cplan::parseMonthCell(*month);
        if (!again || *again != *month)
            __builtin_trap();
    }
    return 0;
}
