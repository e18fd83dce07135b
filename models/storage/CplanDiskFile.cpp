#include "models/storage/CplanDiskFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanDiskFile)
};

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

QString systemMessage(const std::error_code &code)
{
    return QString::fromLocal8Bit(code.message());
}

#ifndef Q_OS_WIN
// fsync of a file or a folder opened read-only; Linux and the BSDs accept both.
bool syncPath(const QString &path, QString *error)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const bool synced = ::fsync(descriptor) == 0;
    if (!synced)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(descriptor);
    return synced;
}
#endif

} // namespace

bool syncFileToDisk(const QString &path, QString *error)
{
#ifdef Q_OS_WIN
    const int descriptor =
        _wopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_RDWR | _O_BINARY);
    if (descriptor < 0) {
        *error = QStringLiteral("cannot be opened to flush it");
        return false;
    }
    const bool synced = _commit(descriptor) == 0;
    if (!synced)
        *error = QStringLiteral("cannot be flushed to the disk");
    _close(descriptor);
    return synced;
#else
    return syncPath(path, error);
#endif
}

bool syncFolderToDisk(const QString &folder, QString *error)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    Q_UNUSED(error);
    return true;
#else
    return syncPath(folder, error);
#endif
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(nativePath(from), nativePath(to), code);
    if (code) {
        *error = systemMessage(code);
        return false;
    }
    return true;
}

bool copyFileToDisk(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::copy_file(nativePath(from), nativePath(to),
                               std::filesystem::copy_options::none, code);
    if (code) {
        *error = systemMessage(code);
        return false;
    }
    return syncFileToDisk(to, error);
}

bool writeNewFileToDisk(const QString &path, const QByteArray &bytes, QString *error)
{
    // Unbuffered, so each write reaches the file system here and its failure is seen here: a
    // buffered QFile (or QSaveFile) flushes its last block on close, where a failed write
    // went unreported and a cut file was renamed into place (issue 21, A.6).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        *error = file.errorString();
        return false;
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 step = file.write(bytes.constData() + written, bytes.size() - written);
        if (step <= 0) {
            *error = file.errorString();
            return false;
        }
        written += step;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    if (QFileInfo(path).size() != bytes.size()) {
        *error =
            Tr::tr("%1 of %2 bytes were written").arg(QFileInfo(path).size()).arg(bytes.size());
        return false;
    }
    return syncFileToDisk(path, error);
}

bool replaceFileCompletely(
    const QString &path,
    const std::function<bool(const QString &temporaryPath, QString *error)> &write, QString *error)
{
    const QFileInfo target(path);
    // A unique hidden name beside the target, so the final rename stays within one file system.
    QString temporary;
    {
        QTemporaryFile reserve(target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() +
                                                             QLatin1String(".XXXXXX")));
        if (!reserve.open()) {
            *error = reserve.errorString();
            return false;
        }
        temporary = reserve.fileName();
        reserve.setAutoRemove(false);
    }
    // `write` creates the file itself.
    QFile::remove(temporary);
    const auto failed = [&temporary] {
        QFile::remove(temporary);
        return false;
    };
    if (!write(temporary, error))
        return failed();
    if (!QFileInfo::exists(temporary)) {
        *error = Tr::tr("no file was written");
        return failed();
    }
    QFile::setPermissions(temporary, target.exists()
                                         ? QFile::permissions(path)
                                         : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!syncFileToDisk(temporary, error) ||
        !replaceFile(temporary, target.absoluteFilePath(), error))
        return failed();
    // The file is complete and in place; a folder that refuses a sync is not a failed write
    // (as in writeCplanFile()).
    QString ignored;
    syncFolderToDisk(target.absolutePath(), &ignored);
    return true;
}

bool replaceFileWithBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    return replaceFileCompletely(
        path,
        [&bytes](const QString &temporary, QString *reason) {
            return writeNewFileToDisk(temporary, bytes, reason);
        },
        error);
}

} // namespace cplan
