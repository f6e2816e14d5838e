#include "noticebanner.h"

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
    hide();
    connect(this, &QLabel::linkActivated, this, &QLabel::hide);
}

void NoticeBanner::showNotice(const QString &text, bool dismissable)
{
    QString html = text.toHtmlEscaped();
    if (dismissable)
        html += QStringLiteral(" <a href=\"#dismiss\">%1</a>").arg(tr("Dismiss"));
    setText(html);
    show();
}

} // namespace Copydesk
