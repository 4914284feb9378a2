// Errors as values: every storage, import and validation step returns one of these, and callers must look.
#pragma once

#include <QDir>
#include <QString>

#include <optional>
#include <utility>

namespace gonogo {

enum class ErrorKind {
    None,
    NotADecisionFile, // missing, empty, not SQLite, or SQLite but not ours
    NewerVersion,
    Damaged,
    InUse,
    InvalidInput,
    Io,
};

struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message; // a whole sentence for people, naming the file or input and the problem
};

// A path as messages name it: with the platform's separators.
inline QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Either a value or an Error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

struct Done
{
};

using Outcome = Result<Done>;

} // namespace gonogo
