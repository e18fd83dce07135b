#pragma once

// Checks that a rendered window or chart actually shows something. A grab of a window that
// failed to paint (all one colour, or a few flat areas) has the right size and saves fine, so
// size alone accepted a blank window (issue 14, item 11).

#include <QImage>
#include <QSet>

namespace cplan::test {

// Distinct colours in a sample of the image's pixels (every `step`-th pixel in both directions).
inline int distinctColours(const QImage &image, int step = 3)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

// True when the image has text, lines and figures: text alone, anti-aliased, brings dozens of
// shades; a blank window or an empty frame has one to a handful.
inline bool showsContent(const QImage &image, int minimumColours = 24)
{
    return !image.isNull() && distinctColours(image) >= minimumColours;
}

} // namespace cplan::test
