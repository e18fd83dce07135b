#include "app/cli/CliCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

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
