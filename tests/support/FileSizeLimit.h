#pragma once

// A full disk, for real and without privileges: RLIMIT_FSIZE makes every write past `bytes`
// into any file of this process fail (EFBIG) the way a full disk fails it (ENOSPC), in the
// kernel's own write path. SIGXFSZ, which would kill the process, is ignored meanwhile. The
// previous limit and signal disposition come back when the object goes.

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/resource.h>
#endif

namespace cplan::test {

class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
#ifndef Q_OS_WIN
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_previous;
        limited.rlim_cur = static_cast<rlim_t>(bytes);
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
#else
        Q_UNUSED(bytes);
#endif
    }
    ~FileSizeLimit()
    {
#ifndef Q_OS_WIN
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
#endif
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    // False where the limit cannot be set (Windows): the test then skips.
    bool active() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#ifndef Q_OS_WIN
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
#endif
};

} // namespace cplan::test
