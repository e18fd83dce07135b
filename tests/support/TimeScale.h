#pragma once

// Time bounds in tests are for an optimised build. AddressSanitizer (scripts/sanitize.sh) makes
// the code several times slower, so there the bounds are scaled to catch only a hang.

#include <QtGlobal>

namespace cplan::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr qint64 timeScale = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr qint64 timeScale = 10;
#else
inline constexpr qint64 timeScale = 1;
#endif
#else
inline constexpr qint64 timeScale = 1;
#endif

// AddressSanitizer also replaces the allocator (freed blocks wait in a quarantine, every
// allocation has its shadow): counts of page faults or of bytes mean nothing there.
inline constexpr bool underAddressSanitizer = timeScale != 1;

} // namespace cplan::test
