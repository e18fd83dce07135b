// interactive_benchmark: how the real window answers an edit, how fast it starts, and what the
// undo history costs (docs/benchmarks.md, "Interactive"). Not a test: it prints figures.
//
//   interactive_benchmark edit PLANSIZE [REPEATS [PAGE]]   sample | medium | big, or
//                                                    medium:SEED / big:SEED for a seeded shape
//                                                    (GeneratedPlans.h); PAGE: only that page
//                                                    (0-9), for a profiler
//   interactive_benchmark startup app|bare LAUNCH_NS
//   interactive_benchmark undo-memory PLANSIZE EDITS
//   interactive_benchmark write PLANSIZE FILE.json
//   interactive_benchmark drag PLANSIZE [REPEATS]
//
// Edit: the MainWindow at 1600x1000 (offscreen) with the plan loaded; on each of the 10 pages,
// the active scenario's budget is typed into the scenarios table model (setData, as a typed
// cell does) REPEATS times; each edit is timed from setData until the posted events are drained
// and the window has repainted. Per page the median; the worst page is the figure.
//
// Drag: the Milestones page of the same window; the in-progress milestone gates ten channels
// (MODEL.md §6 "Gates") and its forecast dot on the timeline is dragged a week at a time. Each
// mouse move (the what-if cost of the new date, the preview, the repaint) is timed from the event
// until the window has repainted, then each drop (one edit: all scenarios projected again, every
// page's reports, the repaint). Medians of REPEATS moves and REPEATS drops.
//
// Start-up: LAUNCH_NS is the CLOCK_REALTIME (ns) the script took just before starting the
// process; the figure is the time from then until the first window is painted. `app` is the
// MainWindow with the sample (what `campaign-planner` shows), `bare` the yardstick: a
// QMainWindow with one QCustomPlot and a QTableWidget.

#include "benchmarks/interactive/GeneratedPlans.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ScenariosModel.h"
#include "models/storage/PlanJson.h"
#include "ui/charts/MilestoneTimelineChart.h"
#include "ui/mainwindow/DialogProvider.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/Page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <vector>

namespace {

using namespace cplan;

class SilentDialogs : public DialogProvider
{
public:
    UnsavedChoice askSaveChanges(const QString &, const QString &) override
    {
        return UnsavedChoice::Discard;
    }
    bool askRestoreRecovery(const QString &, const QString &) override { return false; }
    QString openFileName(const QString &) override { return {}; }
    QString saveFileName(const QString &) override { return {}; }
    void showError(const QString &, const QString &) override {}
};

// Runs posted events (the views' and charts' deferred updates, then the repaint they request)
// until a pass finds nothing more to do.
void drainEvents()
{
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

// CPU time of the process: on a machine shared with other builds, wall time also counts the
// time the scheduler gave to others; CPU time is what the edit itself cost.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

long long realtimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

// Heap in use (glibc) and resident size, in MB.
double heapMb()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

void isolateSettings(QTemporaryDir &home)
{
    // No user settings, recent files or recovery folder leak in or out.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("cplan-benchmark"));
    QCoreApplication::setApplicationName(QStringLiteral("interactive-benchmark"));
}

int runEdit(const QString &sizeName, int repeats, int onlyPage)
{
    QTemporaryDir home;
    isolateSettings(home);
    const bench::PlanSize size = bench::planSize(sizeName);
    const Plan plan = bench::benchmarkPlan(size);

    MainWindow window(std::make_unique<SilentDialogs>());
    window.document()->setRecoveryFolder(home.filePath(QStringLiteral("recovery")));
    window.resize(1600, 1000);
    window.show();
    window.document()->resetTo(plan);
    drainEvents();
    ScenariosModel scenarios(window.document());

    std::printf("edit latency, plan %s (%d channels x %d months x %zu scenarios, %zu actual "
                "rows, %zu milestones), %d edits per page\n",
                qPrintable(size.name), int(plan.channels.size()), plan.months,
                plan.scenarios.size(), plan.actuals.size(), plan.milestones.size(), repeats);
    if (const QString shape = bench::shapeText(size); !shape.isEmpty())
        std::printf("  shape %s\n", qPrintable(shape));
    double worst = 0.0;
    double worstCpu = 0.0;
    QString worstPage;
    QString worstCpuPage;
    int edit = 0;
    for (int p = 0; p < pageCount; ++p) {
        if (onlyPage >= 0 && p != onlyPage)
            continue;
        const auto id = static_cast<PageId>(p);
        window.showPage(id);
        drainEvents();
        std::vector<double> times;
        std::vector<double> cpuTimes;
        for (int r = 0; r <= repeats; ++r) { // the first edit on a page warms it up, not timed
            const int active = window.document()->activeScenarioIndex();
            const double budget =
                plan.scenarios[std::size_t(active)].budget * (1.0 + 1e-4 * ++edit);
            const QModelIndex cell = scenarios.index(active, ScenariosModel::BudgetColumn);
            QElapsedTimer timer;
            const double cpuStart = cpuMs();
            timer.start();
            if (!scenarios.setData(cell, budget)) {
                std::fprintf(stderr, "edit refused: %s\n", qPrintable(scenarios.lastError()));
                return 1;
            }
            drainEvents();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const double cpu = cpuMs() - cpuStart;
            if (r > 0) {
                times.push_back(ms);
                cpuTimes.push_back(cpu);
            }
        }
        const double pageMedian = median(times);
        const double cpuMedian = median(cpuTimes);
        const auto [fastest, slowest] = std::minmax_element(times.begin(), times.end());
        std::printf("  %-18s wall median %8.2f ms (min %8.2f, max %8.2f)  CPU median %8.2f ms\n",
                    qPrintable(window.page(id)->title()), pageMedian, *fastest, *slowest,
                    cpuMedian);
        if (pageMedian > worst) {
            worst = pageMedian;
            worstPage = window.page(id)->title();
        }
        if (cpuMedian > worstCpu) {
            worstCpu = cpuMedian;
            worstCpuPage = window.page(id)->title();
        }
    }
    std::printf("RESULT edit %s worst_page_median_ms %.2f page %s\n", qPrintable(size.name), worst,
                qPrintable(worstPage));
    std::printf("RESULT cpu %s worst_page_median_ms %.2f page %s\n", qPrintable(size.name),
                worstCpu, qPrintable(worstCpuPage));
    return 0;
}

void sendMouse(QWidget *widget, QEvent::Type type, const QPoint &at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(at), widget->mapToGlobal(QPointF(at)), Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

int runDrag(const QString &sizeName, int repeats)
{
    QTemporaryDir home;
    isolateSettings(home);
    const bench::PlanSize size = bench::planSize(sizeName);
    Plan plan = bench::benchmarkPlan(size);
    const int dragged = int(plan.milestones.size()) / 2; // the one in progress, with a forecast
    for (int c = 0; c < 10 && c < int(plan.channels.size()); ++c)
        plan.milestones[std::size_t(dragged)].gates << plan.channels[std::size_t(c)].name;
    MainWindow window(std::make_unique<SilentDialogs>());
    window.document()->setRecoveryFolder(home.filePath(QStringLiteral("recovery")));
    window.resize(1600, 1000);
    window.show();
    window.document()->resetTo(plan);
    window.showPage(PageId::Milestones);
    drainEvents();
    auto *chart = window.findChild<MilestoneTimelineChart *>();
    if (!chart) {
        std::fprintf(stderr, "no milestone timeline\n");
        return 1;
    }
    std::printf("timeline drag, plan %s (%d channels x %d months x %zu scenarios, %zu milestones; "
                "%s gates 10 channels), %d moves and %d drops\n",
                qPrintable(size.name), int(plan.channels.size()), plan.months,
                plan.scenarios.size(), plan.milestones.size(),
                qPrintable(plan.milestones[std::size_t(dragged)].id), repeats, repeats);
    const auto pixelOf = [chart](const QDate &date, int y) {
        return QPoint(
            int(std::lround(chart->xAxis->coordToPixel(MilestoneTimelineChart::dateKey(date)))), y);
    };
    std::vector<double> moves, moveCpu, drops, dropCpu;
    QPoint at = chart->referencePixel(dragged);
    QDate date = chart->timeline().milestones[std::size_t(dragged)].reference;
    sendMouse(chart, QEvent::MouseButtonPress, at, Qt::LeftButton);
    for (int r = 0; r <= repeats; ++r) { // the first move warms up, not timed
        date = date.addDays(7);
        at = pixelOf(date, at.y());
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        sendMouse(chart, QEvent::MouseMove, at, Qt::LeftButton);
        drainEvents();
        if (r > 0) {
            moves.push_back(double(timer.nsecsElapsed()) / 1e6);
            moveCpu.push_back(cpuMs() - cpuStart);
        }
    }
    if (chart->dragPreviewText().isEmpty()) {
        std::fprintf(stderr, "the drag shows no cost\n");
        return 1;
    }
    sendMouse(chart, QEvent::MouseButtonRelease, at, Qt::NoButton);
    drainEvents();
    for (int r = 0; r <= repeats; ++r) {
        const QPoint from = chart->referencePixel(dragged);
        const QPoint to(from.x() + (r % 2 ? -30 : 30), from.y());
        sendMouse(chart, QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(chart, QEvent::MouseMove, to, Qt::LeftButton);
        drainEvents();
        const int steps = window.document()->undoStack()->count();
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        sendMouse(chart, QEvent::MouseButtonRelease, to, Qt::NoButton);
        drainEvents();
        if (window.document()->undoStack()->count() != steps + 1) {
            std::fprintf(stderr, "a drop did not make one undo step\n");
            return 1;
        }
        if (r > 0) {
            drops.push_back(double(timer.nsecsElapsed()) / 1e6);
            dropCpu.push_back(cpuMs() - cpuStart);
        }
    }
    std::printf("  move (what-if cost + repaint)  wall median %8.2f ms  CPU median %8.2f ms\n",
                median(moves), median(moveCpu));
    std::printf("  drop (edit + repaint)          wall median %8.2f ms  CPU median %8.2f ms\n",
                median(drops), median(dropCpu));
    std::printf("RESULT drag %s move_median_ms %.2f drop_median_ms %.2f\n", qPrintable(size.name),
                median(moves), median(drops));
    return 0;
}

int runStartup(const QString &which, long long launchNs)
{
    QTemporaryDir home;
    isolateSettings(home);
    double ms = 0.0;
    if (which == QLatin1String("app")) {
        // What `campaign-planner` does: the window, then start-up opens the sample.
        MainWindow window(std::make_unique<SilentDialogs>());
        window.document()->setRecoveryFolder(home.filePath(QStringLiteral("recovery")));
        window.resize(1600, 1000);
        window.show();
        window.controller()->startUp(QString());
        drainEvents();
        ms = double(realtimeNs() - launchNs) / 1e6;
    } else {
        QMainWindow window;
        auto *central = new QWidget(&window);
        auto *layout = new QVBoxLayout(central);
        auto *plot = new QCustomPlot(central);
        QVector<double> x, y;
        for (int i = 0; i < 12; ++i) {
            x << i;
            y << i * i;
        }
        plot->addGraph()->setData(x, y);
        plot->rescaleAxes();
        auto *table = new QTableWidget(6, 4, central);
        for (int r = 0; r < 6; ++r)
            for (int c = 0; c < 4; ++c)
                table->setItem(r, c, new QTableWidgetItem(QString::number(r * c)));
        layout->addWidget(plot, 1);
        layout->addWidget(table, 1);
        window.setCentralWidget(central);
        window.resize(1600, 1000);
        window.show();
        drainEvents();
        ms = double(realtimeNs() - launchNs) / 1e6;
    }
    std::printf("RESULT startup %s ms %.2f\n", qPrintable(which), ms);
    return 0;
}

int runUndoMemory(const QString &sizeName, int edits)
{
    QTemporaryDir home;
    isolateSettings(home);
    const Plan plan = bench::benchmarkPlan(bench::planSize(sizeName));
    PlanDocument document;
    document.setRecoveryFolder(home.filePath(QStringLiteral("recovery")));
    document.resetTo(plan);
    malloc_trim(0);
    const double heapBefore = heapMb();
    const double rssBefore = rssMb();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < edits; ++i) {
        // Different cells, so no two steps merge: every edit is its own undo step.
        const int channel = i % int(plan.channels.size());
        const Status status =
            document.setChannelDriver(0, channel, ChannelDriver::Cpl, 10.0 + 0.001 * i + channel);
        if (!status) {
            std::fprintf(stderr, "edit refused: %s\n", qPrintable(status.error()));
            return 1;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    malloc_trim(0);
    std::printf("undo memory, plan %s, %d edits (%d undo steps) in %.2f s: heap +%.1f MB, "
                "RSS +%.1f MB\n",
                qPrintable(sizeName), edits, document.undoStack()->count(), seconds,
                heapMb() - heapBefore, rssMb() - rssBefore);
    std::printf("RESULT undo-memory %s heap_mb %.1f rss_mb %.1f\n", qPrintable(sizeName),
                heapMb() - heapBefore, rssMb() - rssBefore);
    return 0;
}

int runWrite(const QString &sizeName, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(writePlanJson(bench::benchmarkPlan(bench::planSize(sizeName)))) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("edit"))
        return runEdit(args.value(2), std::max(1, args.value(3, QStringLiteral("9")).toInt()),
                       args.value(4, QStringLiteral("-1")).toInt());
    if (mode == QLatin1String("startup"))
        return runStartup(args.value(2), args.value(3).toLongLong());
    if (mode == QLatin1String("undo-memory"))
        return runUndoMemory(args.value(2), args.value(3, QStringLiteral("1000")).toInt());
    if (mode == QLatin1String("drag"))
        return runDrag(args.value(2), std::max(1, args.value(3, QStringLiteral("9")).toInt()));
    if (mode == QLatin1String("write"))
        return runWrite(args.value(2), args.value(3));
    std::fprintf(stderr, "usage: interactive_benchmark edit|startup|undo-memory|write|drag ...\n");
    return 2;
}
