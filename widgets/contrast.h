// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QColor>

class QPalette;

namespace Copydesk::Contrast {

/// WCAG 2.x minimums: normal text, and focus indicators and other non-text marks.
constexpr double TextMinimum = 4.5;
constexpr double MarkMinimum = 3.0;

/// The WCAG 2.x contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double ratio(const QColor &a, const QColor &b);

/// `preferred`, made lighter on a dark background or darker on a light one, in small steps of
/// its HSL lightness (the hue stays), until it reaches `minimum` against every colour in
/// `backgrounds`. Unchanged when it already does.
QColor readable(const QColor &preferred, std::initializer_list<QColor> backgrounds,
    double minimum = TextMinimum);

/// Red text for warnings (a count over its limit, a bad address), readable on the palette's
/// Window and Base.
QColor warningText(const QPalette &palette);
/// The focus ring: the palette's Highlight, made to stand out at 3:1 from Window and Base.
QColor focusRing(const QPalette &palette);

} // namespace Copydesk::Contrast
