#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace hookline {

// The error half of an Expected: a one-line, operator-readable reason.
struct Error
{
    QString message;
};

// A value or an Error. std::expected needs C++23 on GCC 12, so the project keeps its own.
template <typename T> class Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    {}
    Expected(Error error)
        : m_state(std::move(error))
    {}

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const QString &error() const { return std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that only succeed or fail.
struct Done
{};
using Status = Expected<Done>;

inline Status ok()
{
    return Done{};
}

} // namespace hookline
