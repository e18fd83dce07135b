#include "app/cli/CliCommand.h"
#include "models/document/PlanHome.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // Only the PDF report draws widgets; without a display it draws offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (cplan::cli::needsGuiApplication(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("cplan"));
    // The author of history entries (MODEL.md §10): CPLAN_AUTHOR, else the app's "Your name"
    // preference, else the system account's full name (defaultAuthor()).
    const QSettings gui(QStringLiteral("Campaign Planner"), QStringLiteral("Campaign Planner"));
    cplan::setPreferredAuthor(qEnvironmentVariable(
        "CPLAN_AUTHOR", gui.value(QStringLiteral("preferences/authorName")).toString()));
    // The command line stays English in every locale (its output is read by scripts): no
    // translation is installed, and a Chinese system locale does not turn months into "2025年3月".
    if (QLocale::system().language() == QLocale::Chinese)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = cplan::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
