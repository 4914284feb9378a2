// The colours the meeting reads: one per status, decision and risk level, chosen for white text at projector
// contrast. Colour is never the only signal: every use pairs it with words.
#pragma once

#include "domain.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace gonogo::theme {

inline QColor statusColour(Status s)
{
    switch (s) {
    case Status::Pass:
        return {0x1b, 0x7f, 0x3b};
    case Status::Partial:
        return {0xa8, 0x5d, 0x00};
    case Status::Fail:
        return {0xb3, 0x1b, 0x1b};
    case Status::Pending:
        break;
    }
    return {0x5f, 0x66, 0x73};
}

inline QColor decisionColour(Decision d)
{
    switch (d) {
    case Decision::Go:
        return statusColour(Status::Pass);
    case Decision::GoWithCaution:
        return statusColour(Status::Partial);
    case Decision::NoGo:
        break;
    }
    return statusColour(Status::Fail);
}

inline QColor levelColour(RiskLevel l)
{
    switch (l) {
    case RiskLevel::Red:
        return statusColour(Status::Fail);
    case RiskLevel::Yellow:
        return {0x94, 0x67, 0x00}; // 5.0:1 with white text (the lighter #b07a00 was 3.7:1)
    case RiskLevel::Green:
        break;
    }
    return statusColour(Status::Pass);
}

inline QColor criticalColour()
{
    return {0xb3, 0x1b, 0x1b};
}

// Secondary text ("critical 8/8", "All changes saved", placeholders): 5.5:1 on the window background, where
// the style's half-transparent grey was 3.4:1.
inline QColor secondaryText()
{
    return {0x5f, 0x5f, 0x5f};
}

// WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white).
inline double contrast(const QColor &a, const QColor &b)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    auto luminance = [&](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace gonogo::theme
