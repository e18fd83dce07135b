#pragma once

// What the screenshot tests share: the folder the images go to, the Fusion style with the
// light and the dark palette, and the check that an image shows real content. One dark
// palette, so every screenshot of the dark theme looks the same.

#include "ImageChecks.h" // distinctColours, showsContent

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QSize>
#include <QStandardPaths>
#include <QString>
#include <QStyle>
#include <QStyleFactory>

namespace cplan::test {

inline QPalette darkScreenshotPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x82));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x82));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x82));
    palette.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Light, QColor(0x50, 0x53, 0x58));
    return palette;
}

// Prepares a screenshot run: test-mode standard paths, Fusion everywhere (so the images do not
// depend on the desktop the tests run on), and the folder for the images:
// $CPLAN_SCREENSHOT_DIR, or "screenshots" in the working directory (scripts/screenshots.sh
// sets it). Empty when the folder cannot be made.
inline QString startScreenshots()
{
    QStandardPaths::setTestModeEnabled(true);
    QString folder = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR");
    if (folder.isEmpty())
        folder = QDir::current().filePath(QStringLiteral("screenshots"));
    if (!QDir().mkpath(folder))
        return {};
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    return folder;
}

// Saves `image` as FOLDER/WHAT-WIDTHxHEIGHT-SUFFIX.png (the names scripts/screenshots.sh and the
// docs use); false when it cannot be written.
inline bool saveScreenshot(const QImage &image, const QString &folder, const QString &what,
                           const QSize &size, const QString &suffix)
{
    const QString name = QStringLiteral("%1-%2x%3-%4.png")
                             .arg(what)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(suffix);
    return image.save(QDir(folder).filePath(name));
}

inline void useLightScreenshotPalette()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

inline void useDarkScreenshotPalette()
{
    QApplication::setPalette(darkScreenshotPalette());
}

} // namespace cplan::test
