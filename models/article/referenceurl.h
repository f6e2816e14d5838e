// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// The one test of a reference's URL (Reference::url).
class ReferenceUrl
{
public:
    /// Whether `url` (trimmed) is a well-formed http or https address with a host and without
    /// spaces. The checklist's references.urls rule finds every other non-blank URL, and no
    /// export links a reference whose URL fails it (UrlPolicy::referenceLink() may refuse more,
    /// never less).
    static bool isWellFormed(const QString &url);
};

} // namespace Copydesk
