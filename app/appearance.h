// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "settings.h"

#include <QPalette>

namespace Copydesk {

/// Applies the theme setting to the application: the Fusion style with a light or dark palette
/// (System follows the desktop's colour scheme, light when it names none).
class Appearance
{
public:
    static void apply(Settings::Theme theme);
    /// The palette apply() sets for `theme` (the Fusion style must be the application's).
    static QPalette palette(Settings::Theme theme);
    /// Whether apply() chose the dark palette last.
    static bool isDark();
};

} // namespace Copydesk
