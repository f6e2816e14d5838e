// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace Copydesk {

/// A failure reported as a value: a sentence for the user that names what is wrong (the file,
/// the field, the line) and, where it helps, a machine-readable code.
struct Error
{
    enum class Code
    {
        Generic,
        NotFound, ///< No article, revision… with that id.
        InvalidInput, ///< Malformed JSON/Markdown, a field of the wrong type…
        NotALibrary, ///< The file is not SQLite, or SQLite but not a Copydesk library.
        Corrupt, ///< SQLite reports the file damaged.
        TooNew, ///< Written by a newer schema than this build understands.
        Busy, ///< Another process holds the library's write lock.
        Io, ///< Reading or writing a file failed.
        Exists, ///< A file is in the way and is not to be replaced without asking.
        Conflict, ///< Someone else changed it first (a team library's save or action).
        PasswordNeeded, ///< A team library's server wants a password: none was given, or the
                        ///< one given was refused.
        Unavailable, ///< A service of the system is not there (no keyring on D-Bus).
    };

    QString message;
    Code code = Code::Generic;
};

/// Either a value or an Error. Used wherever an operation can fail for reasons the user must be
/// told about; programming errors are asserts, not Results.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// The error; only valid when !ok().
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace Copydesk
