// Reading a closed set's stable code back: any letter case, and "-", "_" and " " alike ("go-with-dissent" is
// "GO WITH DISSENT"). Internal to domain.cpp and meetingrun.cpp, which define the codes.
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace gonogo::codes {

inline QString normalized(QString code)
{
    code.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    return code.simplified().toUpper();
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const QString &code, const std::array<Enum, N> &values)
{
    const QString wanted = normalized(code);
    for (Enum v : values) {
        if (normalized(toCode(v)) == wanted) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace gonogo::codes
