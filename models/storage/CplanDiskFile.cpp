#include "models/storage/CplanDiskFile.h"

#include <QFile>

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

} // namespace cplan
