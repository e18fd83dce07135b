#include "ui/charts/ChartPalette.h"

#include <array>
#include <cstddef>

namespace cplan {

namespace {
// Okabe & Ito (2008), black replaced by grey so it stays visible on a dark background.
constexpr std::array<QRgb, 8> okabeIto = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                          0x56B4E9, 0xD55E00, 0xF0E442, 0x999999};
// Tol (2021), "bright".
constexpr std::array<QRgb, 7> tolBright = {0x4477AA, 0xEE6677, 0x228833, 0xCCBB44,
                                           0x66CCEE, 0xAA3377, 0xBBBBBB};

QColor cycled(QRgb rgb, int round)
{
    const QColor colour(rgb);
    switch (round % 3) {
    case 1:
        return colour.lighter(135);
    case 2:
        return colour.darker(135);
    default:
        return colour;
    }
}
} // namespace

QColor channelColour(int index)
{
    if (index < 0)
        return QColor(okabeIto.back());
    const int size = int(okabeIto.size());
    return cycled(okabeIto[std::size_t(index % size)], index / size);
}

QColor scenarioColour(int index)
{
    if (index < 0)
        return QColor(tolBright.back());
    const int size = int(tolBright.size());
    return cycled(tolBright[std::size_t(index % size)], index / size);
}

QColor escalationColour(int level)
{
    switch (level) {
    case 0:
        return QColor(0x2e, 0x9e, 0x4f);
    case 1:
        return QColor(0xc9, 0xa2, 0x27);
    case 2:
        return QColor(0xe0, 0x7b, 0x22);
    default:
        return QColor(0xd6, 0x45, 0x41);
    }
}

} // namespace cplan
