// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "takeoverbar.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace Copydesk {

TakeOverBar::TakeOverBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Take over"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 8);
    auto *button = new QPushButton(tr("Take Over…"), this);
    button->setToolTip(tr("Edit this article yourself; its current editor sees your note and "
                          "continues read-only."));
    layout->addWidget(button);
    layout->addStretch(1);
    connect(button, &QPushButton::clicked, this, &TakeOverBar::takeOverRequested);
    hide();
}

} // namespace Copydesk
