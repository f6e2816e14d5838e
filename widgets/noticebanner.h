// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QLabel>

namespace Copydesk {

/// A notice across the top of the editor ("This article is open in another window…", "The
/// approved text changed…"), in tooltip colours, hidden until given text with showNotice().
/// Rich text; a link in it dismisses the notice. A screen reader hears the notice when it
/// appears; the banner is named for its purpose and described by its text.
class NoticeBanner : public QLabel
{
    Q_OBJECT
public:
    explicit NoticeBanner(const QString &accessibleName, QWidget *parent = nullptr);

    /// Shows `text` (plain text), followed by a Dismiss link when `dismissable`.
    void showNotice(const QString &text, bool dismissable);
    /// Shows `text` (plain text) followed by a link named `action`; following it hides the
    /// notice and emits actionRequested(). Links are reachable with Tab and Enter.
    void showAction(const QString &text, const QString &action);

Q_SIGNALS:
    void actionRequested();
};

} // namespace Copydesk
