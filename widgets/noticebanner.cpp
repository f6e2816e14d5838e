// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "noticebanner.h"

#include "accessiblestatus.h"

namespace Copydesk {

NoticeBanner::NoticeBanner(const QString &accessibleName, QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setMargin(8);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setTextFormat(Qt::RichText);
    setAccessibleName(accessibleName);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    hide();
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        hide();
        if (link == QLatin1String("#action"))
            Q_EMIT actionRequested();
    });
}

void NoticeBanner::showNotice(const QString &text, bool dismissable)
{
    QString html = text.toHtmlEscaped();
    if (dismissable)
        html += QStringLiteral(" <a href=\"#dismiss\">%1</a>").arg(tr("Dismiss"));
    setText(html);
    show();
    setAccessibleDescription(text);
    AccessibleStatus::announce(this, text);
}

void NoticeBanner::showAction(const QString &text, const QString &action)
{
    setText(QStringLiteral("%1 <a href=\"#action\">%2</a>")
            .arg(text.toHtmlEscaped(), action.toHtmlEscaped()));
    show();
    setAccessibleDescription(text);
    AccessibleStatus::announce(this, tr("%1 %2").arg(text, action));
}

} // namespace Copydesk
