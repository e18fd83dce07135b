#pragma once

// The one error style of the project (ARCHITECTURE.md rule 2): a function that can fail returns
// Result<T>, which holds either the value or a located, human message ("plan.months: must be
// between 1 and 120 (got 0)"). Storage and document code never show dialogs; the UI decides.

#include <QString>

#include <utility>
#include <variant>

namespace cplan {

struct Error
{
    QString message;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const QString &error() const { return std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but can fail.
struct Done
{};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace cplan
