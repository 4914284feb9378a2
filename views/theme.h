// The colours the meeting reads: one per status, decision and risk level, chosen for white text at projector
// contrast and for colour-blind readers, in a standard and a high-contrast scheme. Colour is never the only
// signal: every use pairs it with words or a pattern.
#pragma once

#include "domain.h"

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace gonogo::theme {

// The standard scheme, or the high-contrast one (View > High Contrast): black on white, every fill at least 7:1
// with white text (WCAG AAA).
enum class Scheme { Standard, HighContrast };

inline Scheme &currentScheme()
{
    static Scheme scheme = Scheme::Standard;
    return scheme;
}

// The standard scheme for as long as it lives, whatever the screen shows: the printed record looks the same
// whoever prints it.
class StandardScheme
{
public:
    StandardScheme() : m_before(currentScheme()) { currentScheme() = Scheme::Standard; }
    ~StandardScheme() { currentScheme() = m_before; }
    StandardScheme(const StandardScheme &) = delete;
    StandardScheme &operator=(const StandardScheme &) = delete;

private:
    Scheme m_before;
};

inline bool highContrast()
{
    return currentScheme() == Scheme::HighContrast;
}

// The status fills. Colour-blind safe: PASS is blue, not green, so that it stays apart from FAIL's dark red and
// PARTIAL's orange under protanopia and deuteranopia, and PASS and PARTIAL differ in lightness too (1.3:1, where
// the old green and orange were 1.02:1). Every fill carries white text at 4.5:1 or more, and every use pairs it
// with a word (chips) or a pattern (category bars, statusPattern).
inline QColor statusColour(Status s)
{
    const bool hc = highContrast();
    switch (s) {
    case Status::Pass:
        return hc ? QColor(0x0b, 0x3d, 0x66) : QColor(0x12, 0x5d, 0x91);
    case Status::Partial:
        return hc ? QColor(0x7a, 0x3d, 0x00) : QColor(0xa6, 0x54, 0x00);
    case Status::Fail:
        return hc ? QColor(0x6b, 0x0f, 0x0f) : QColor(0x8f, 0x1a, 0x1a);
    case Status::Pending:
        break;
    }
    return hc ? QColor(0x40, 0x40, 0x40) : QColor(0x6e, 0x6e, 0x6e);
}

// How a status is told without colour where there is no room for its word: PASS solid, PARTIAL hatched one way,
// FAIL cross-hatched, PENDING dotted (drawn in white over the fill).
inline Qt::BrushStyle statusPattern(Status s)
{
    switch (s) {
    case Status::Pass:
        return Qt::NoBrush;
    case Status::Partial:
        return Qt::BDiagPattern;
    case Status::Fail:
        return Qt::DiagCrossPattern;
    case Status::Pending:
        break;
    }
    return Qt::Dense6Pattern;
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

// A roll-call answer in its decision's colour: GO, GO WITH DISSENT as caution, NO-GO.
inline QColor pollAnswerColour(PollAnswer a)
{
    switch (a) {
    case PollAnswer::Go:
        return decisionColour(Decision::Go);
    case PollAnswer::GoWithDissent:
        return decisionColour(Decision::GoWithCaution);
    case PollAnswer::NoGo:
        break;
    }
    return decisionColour(Decision::NoGo);
}

// Risk levels keep the hues their names say, in shades that stay apart for colour-blind readers (the green is a
// blue-green); the matrix and the chips always print the level's name.
inline QColor levelColour(RiskLevel l)
{
    const bool hc = highContrast();
    switch (l) {
    case RiskLevel::Red:
        return statusColour(Status::Fail);
    case RiskLevel::Yellow:
        return hc ? QColor(0x5c, 0x42, 0x00) : QColor(0x94, 0x67, 0x00);
    case RiskLevel::Green:
        break;
    }
    return hc ? QColor(0x00, 0x4d, 0x47) : QColor(0x00, 0x77, 0x6e);
}

inline QColor criticalColour()
{
    return statusColour(Status::Fail);
}

// Secondary text ("critical 8/8", "All changes saved", placeholders): 5.5:1 on the window background, where
// the style's half-transparent grey was 3.4:1; near black in high contrast.
inline QColor secondaryText()
{
    return highContrast() ? QColor(0x22, 0x22, 0x22) : QColor(0x5f, 0x5f, 0x5f);
}

// The application's palette for the scheme, made from the desktop's (BASE): readable secondary text, a selection
// that keeps its colour when the list loses focus; in high contrast, black on white throughout with a dark blue
// selection and black frames.
inline QPalette palette(const QPalette &base)
{
    QPalette p = base;
    if (highContrast()) {
        for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
            p.setColor(g, QPalette::Window, Qt::white);
            p.setColor(g, QPalette::WindowText, Qt::black);
            p.setColor(g, QPalette::Base, Qt::white);
            p.setColor(g, QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
            p.setColor(g, QPalette::Text, Qt::black);
            p.setColor(g, QPalette::Button, Qt::white);
            p.setColor(g, QPalette::ButtonText, Qt::black);
            p.setColor(g, QPalette::Highlight, QColor(0x00, 0x2b, 0x80));
            p.setColor(g, QPalette::HighlightedText, Qt::white);
            p.setColor(g, QPalette::ToolTipBase, Qt::white);
            p.setColor(g, QPalette::ToolTipText, Qt::black);
            for (QPalette::ColorRole frame :
                 {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow}) {
                p.setColor(g, frame, frame == QPalette::Light ? QColor(Qt::white) : QColor(Qt::black));
            }
            p.setColor(g, QPalette::Midlight, QColor(0xcc, 0xcc, 0xcc));
        }
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x55, 0x55, 0x55));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x55, 0x55, 0x55));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x55, 0x55, 0x55));
    }
    p.setColor(QPalette::PlaceholderText, secondaryText());
    // The selected row keeps its full colour when the list loses focus to the detail panel: the row that keys
    // 1-4 change must be unmistakable, not a pale tint.
    for (QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText}) {
        p.setColor(QPalette::Inactive, role, p.color(QPalette::Active, role));
    }
    return p;
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
