// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "appearance.h"

#include "contrast.h"
#include "focusring.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Copydesk {

namespace {

bool s_dark = false;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x3f, 0x1c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    // Fusion's placeholder is the text at half opacity, 4.0:1 on white: below WCAG's 4.5.
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    return p;
}

bool isDarkTheme(Settings::Theme theme)
{
    return theme == Settings::Theme::Dark
        || (theme == Settings::Theme::System
            && QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark);
}

} // namespace

QPalette Appearance::palette(Settings::Theme theme)
{
    QPalette p = isDarkTheme(theme) ? darkPalette() : lightPalette();
    // Selected text at 4.5:1 (Fusion's blue under white text is 3.7:1).
    p.setColor(QPalette::Highlight,
        Contrast::readable(p.color(QPalette::Highlight), {p.color(QPalette::HighlightedText)}));
    return p;
}

void Appearance::apply(Settings::Theme theme)
{
    // The focus ring on top of Fusion: Fusion's own is faint or missing on several widgets.
    QApplication::setStyle(new FocusRing::Style(QStyleFactory::create(QStringLiteral("Fusion"))));
    s_dark = isDarkTheme(theme);
    QApplication::setPalette(palette(theme));
    FocusRing::install(qApp);
}

bool Appearance::isDark()
{
    return s_dark;
}

} // namespace Copydesk
