// The colours the meeting reads: one per status, decision and risk level, chosen for white text at projector
// contrast. Colour is never the only signal: every use pairs it with words.
#pragma once

#include "domain.h"

#include <QColor>

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
        return {0xb0, 0x7a, 0x00};
    case RiskLevel::Green:
        break;
    }
    return statusColour(Status::Pass);
}

inline QColor criticalColour()
{
    return {0xb3, 0x1b, 0x1b};
}

} // namespace gonogo::theme
