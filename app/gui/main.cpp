// campaign-planner [FILE]: the desktop application.

#include "cplan/Version.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display Qt's xcb plugin aborts with a hard-to-read message; say it plainly instead
// (the README's run script then falls back to `cplan project`). An explicit QT_QPA_PLATFORM
// (offscreen, wayland, ...) is the user's choice and is left to Qt.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan and budget marketing campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A plan to open (.cplan or .json)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QStringLiteral("Open the embedded sample plan as an untitled copy (the default "
                       "without FILE)."));
    parser.addOption(sampleOption);
    // Parsed before QApplication exists so --help and errors work without a display.
    QCoreApplication::setApplicationName(QStringLiteral("Campaign Planner"));
    QCoreApplication::setApplicationVersion(QLatin1String(cplan::versionString));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "campaign-planner: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("campaign-planner %s\n", cplan::versionString);
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (parser.isSet(sampleOption) && !files.isEmpty())) {
        std::fputs("campaign-planner: give at most one FILE, or --sample\n", stderr);
        return 2;
    }
    if (!displayAvailable()) {
        std::fputs("campaign-planner: no display available (DISPLAY and WAYLAND_DISPLAY are "
                   "unset); run it in a desktop session, or use `cplan project PLAN` on the "
                   "command line\n",
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Campaign Planner"));
    QApplication::setOrganizationName(QStringLiteral("Campaign Planner"));
    QApplication::setApplicationVersion(QLatin1String(cplan::versionString));
    // The icon in title bars and task switchers; the desktop entry's name lets Wayland
    // compositors match the window to the installed launcher and its icon.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-planner.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.campaignplanner.CampaignPlanner"));
    // The language (system locale or Edit ▸ Preferences), then the number style that follows it.
    const cplan::Preferences preferences = cplan::Preferences::load();
    cplan::applyInterfaceLanguage(preferences.language);
    cplan::applyNumberStyle(preferences);
    cplan::MainWindow window;
    window.show();
    window.controller()->startUp(files.value(0));
    return QApplication::exec();
}
