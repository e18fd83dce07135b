#include "models/storage/PlanIo.h"

#include "models/storage/CplanFile.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanIo)
};

QString located(const QString &path, const QString &message)
{
    return QFileInfo(path).fileName() + QStringLiteral(": ") + message;
}

} // namespace

Result<Plan> loadPlan(const QString &path, PlanFormat *format)
{
    // Regular files only: a device or a pipe would read without end or block (issue 14).
    const Status readable = checkReadableFile(path, largestCplanFile);
    if (!readable)
        return Error{readable.error()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{located(path, Tr::tr("cannot be read (%1)").arg(file.errorString()))};
    const QByteArray head = file.peek(16);
    file.close();
    if (looksLikeSqlite(head)) {
        if (format)
            *format = PlanFormat::Cplan;
        return readCplanFile(path);
    }
    // Not SQLite: it must be the interchange JSON. Anything else is refused by the parser with
    // a message that says so; the path is added here so the user knows which file.
    const Result<QByteArray> bytes = readPlanBytes(path, largestJsonFile);
    if (!bytes)
        return Error{bytes.error()};
    if (format)
        *format = PlanFormat::Json;
    auto plan = readPlanJson(*bytes);
    if (!plan)
        return Error{located(path, plan.error())};
    return plan;
}

Status savePlan(const Plan &plan, const QString &path, PlanFormat format)
{
    if (format == PlanFormat::Cplan)
        return writeCplanFile(plan, path);
    QString target;
    const Status writable = checkWritableTarget(path, &target);
    if (!writable)
        return Error{located(path, Tr::tr("cannot be written (%1)").arg(writable.error()))};
    // QSaveFile writes a temporary file beside the target, syncs it and renames it over the
    // target on commit(), so a failed or interrupted save leaves the old file intact.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error{located(path, Tr::tr("cannot be written (%1)").arg(file.errorString()))};
    const QByteArray bytes = writePlanJson(plan);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{located(path, Tr::tr("cannot be written (%1); the previous file is unchanged")
                                       .arg(file.errorString()))};
    return success();
}

} // namespace cplan
