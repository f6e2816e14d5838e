// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QWidget>

namespace Copydesk {

/// The button under a "Rita is editing" notice that lets an editor take the article over.
/// Hidden until the window shows it.
class TakeOverBar : public QWidget
{
    Q_OBJECT
public:
    explicit TakeOverBar(QWidget *parent = nullptr);

Q_SIGNALS:
    void takeOverRequested();
};

} // namespace Copydesk
