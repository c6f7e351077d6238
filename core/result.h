// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Result<T, E>: a value or an error enum, the shape of C++23 std::expected (not in GCC 12's C++20),
// after bitcoin/bitcoin:src/util/result.h. Use it for expected failures a caller must handle;
// programmer errors assert instead.
#include <cassert>
#include <utility>
#include <variant>

namespace carnet::core {

template <typename E>
struct Failure
{
    E error;
};

template <typename E>
Failure<E> fail(E error)
{
    return Failure<E>{error};
}

template <typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Failure<E> failure) : m_state(std::in_place_index<1>, failure.error) {}

    bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T &value() & { assert(ok()); return std::get<0>(m_state); }
    const T &value() const & { assert(ok()); return std::get<0>(m_state); }
    T &&value() && { assert(ok()); return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    E error() const { assert(!ok()); return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

// Result<void, E>: success or an error.
template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(Failure<E> failure) : m_failed(true), m_error(failure.error) {}

    bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    E error() const { assert(m_failed); return m_error; }

private:
    bool m_failed = false;
    E m_error{};
};

} // namespace carnet::core
