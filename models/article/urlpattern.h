// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Copydesk {

/// A web address with placeholders in braces, as the publication profile gives its article and
/// category pages: "https://example.com/{category}/{yyyy}/{slug}". The placeholders are
/// placeholders(); the caller supplies their values (ProfileUrls, in publishing, knows how an
/// article fills them).
class UrlPattern
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::UrlPattern)
public:
    /// "slug" (the headline's slug), "uuid", "category" (the category's slug), "yyyy", "mm",
    /// "dd" (the publication date).
    static QStringList placeholders();

    /// Done when `pattern` is empty or usable: every "{name}" is one of placeholders(), at
    /// least one of `required` occurs, and with the placeholders filled in it is an absolute
    /// http(s) URL with a host. Otherwise an InvalidInput error saying what is wrong ("it has
    /// no {slug} or {uuid}", "{author} is not a placeholder…", "it is not an http(s) address").
    static Status check(const QString &pattern, const QStringList &required);

    /// `pattern` with every placeholder replaced by its value in `values`, percent-encoded.
    /// Empty when the pattern is empty or uses a placeholder whose value is missing or empty
    /// (an article without a category has no address under "{category}/{slug}").
    static QString expand(const QString &pattern, const QHash<QString, QString> &values);
};

} // namespace Copydesk
