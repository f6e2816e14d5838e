// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QPointer>
#include <QProxyStyle>

class QApplication;
class QFocusFrame;

namespace Copydesk {

/// A visible focus on every focusable widget, at 3:1 against the window (WCAG 2.2 focus
/// appearance), whatever the widget's own style draws: a two-pixel ring in
/// Contrast::focusRing() around the widget that has the keyboard focus. Fusion alone shows
/// none on a scroll area or a web view and a faint one on buttons.
///
/// The ring is a QFocusFrame that follows QApplication::focusChanged() and is drawn by
/// FocusRing::Style, the proxy style the application runs on.
class FocusRing : public QObject
{
    Q_OBJECT
public:
    /// Draws the focus frame in the ring's colour; everything else as the base style does.
    class Style : public QProxyStyle
    {
    public:
        explicit Style(QStyle *base);
        void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
            const QWidget *widget) const override;
    };

    /// Makes the ring follow the focus in `application` from now on; returns the follower
    /// (owned by the application).
    static FocusRing *install(QApplication *application);

    /// The widget the ring is around, if it is shown.
    QWidget *ringedWidget() const;

private:
    explicit FocusRing(QApplication *application);
    void follow(QWidget *widget);

    /// Lives beside the ringed widget, so it goes when that widget's parent goes.
    QPointer<QFocusFrame> m_frame;
};

} // namespace Copydesk
