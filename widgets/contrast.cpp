// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "contrast.h"

#include <QPalette>
#include <cmath>

namespace Copydesk::Contrast {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

} // namespace

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &preferred, std::initializer_list<QColor> backgrounds, double minimum)
{
    const auto enough = [&](const QColor &color) {
        for (const QColor &background : backgrounds) {
            if (ratio(color, background) < minimum)
                return false;
        }
        return true;
    };
    double darkest = 1;
    for (const QColor &background : backgrounds)
        darkest = std::min(darkest, luminance(background));
    // Away from the background: lighter on dark ones, darker on light ones.
    const double step = darkest < 0.18 ? 0.02 : -0.02;
    QColor color = preferred.toHsl();
    for (int i = 0; i < 50 && !enough(color); ++i) {
        color.setHslF(color.hslHueF(), color.hslSaturationF(),
            std::clamp(color.lightnessF() + step, 0.0, 1.0));
    }
    return color.toRgb();
}

QColor warningText(const QPalette &palette)
{
    return readable(
        QColor(0xc0, 0x1c, 0x28), {palette.color(QPalette::Window), palette.color(QPalette::Base)});
}

QColor focusRing(const QPalette &palette)
{
    return readable(palette.color(QPalette::Highlight),
        {palette.color(QPalette::Window), palette.color(QPalette::Base)}, MarkMinimum);
}

} // namespace Copydesk::Contrast
