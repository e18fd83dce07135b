#include "models/storage/PlanIo.h"

#include "models/domain/TextLimit.h"
#include "models/storage/CplanDiskFile.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"
#include "models/storage/SaveLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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
    return savePlanJsonBytes(plan, writePlanJson(plan), path);
}

Status savePlanJsonBytes(const Plan &plan, const QByteArray &bytes, const QString &path)
{ // Nothing is written that could not be read back (TextLimit.h).
    if (const Status fits = checkPlanTextLengths(plan); !fits)
        return Error{located(
            path,
            Tr::tr("cannot be written (%1); the previous file is unchanged").arg(fits.error()))};
    QString target;
    const Status writable = checkWritableTarget(path, &target);
    if (!writable)
        return Error{located(path, Tr::tr("cannot be written (%1)").arg(writable.error()))};
    // One save at a time, as for a .cplan (SaveLock.h).
    SaveLock lock(target);
    QLockFile::LockError lockError = QLockFile::NoError;
    if (!lock.lock(saveLockWaitMilliseconds, &lockError)) {
        if (lockError == QLockFile::LockFailedError)
            return Error{located(path, Tr::tr("cannot be written (another program or window is "
                                              "saving it right now); the previous file is "
                                              "unchanged"))};
        return Error{located(path, Tr::tr("cannot be written (its lock file cannot be created); "
                                          "the previous file is unchanged"))};
    }
    // A temporary file beside the target, every write checked, synced and renamed over the
    // target (CplanDiskFile.h): a full disk leaves the old file intact and says so.
    QString error;
    if (!replaceFileWithBytes(target, bytes, &error))
        return Error{located(
            path, Tr::tr("cannot be written (%1); the previous file is unchanged").arg(error))};
    return success();
}

} // namespace cplan
