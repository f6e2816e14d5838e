// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "referenceurl.h"

#include <QUrl>

namespace Copydesk {

bool ReferenceUrl::isWellFormed(const QString &url)
{
    const QString text = url.trimmed();
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == u"http" || scheme == u"https") && !parsed.host().isEmpty()
        && !text.contains(u' ');
}

} // namespace Copydesk
