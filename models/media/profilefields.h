// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "publicationprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Copydesk {

/// The publication profile as a person edits it by name (`copydesk profile show|set|import`):
/// the keys, their values as text, and the checks a value must pass before it is stored. The
/// renderer still distrusts what is stored; these checks are so that a mistake is reported when
/// it is made, naming the key, instead of a page quietly leaving a link out.
class ProfileFields
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ProfileFields)
public:
    /// name, tagline, logo, site-url, article-url, category-url, language, accent-color,
    /// templates; in the order `profile show` lists them.
    static QStringList keys();

    /// The value of `key` as text: the logo as "image/png, 2,345 bytes" (empty without one),
    /// the rest as stored. Empty for an unknown key.
    static QString value(const PublicationProfile &profile, const QString &key);

    /// Sets `key` of `profile` from `value` (for "logo", a picture file read with
    /// ImageFiles::readChosen() and ImagePolicy::logo(); for "templates", a folder, stored as an
    /// absolute path). An empty value clears every key but name and accent-color (which go back
    /// to their defaults). On a bad value `profile` is left as it was and the InvalidInput error
    /// names the key and what is wrong: an unknown key, a URL that is not http(s), a pattern
    /// without its placeholder, a colour not #rrggbb, a logo that is not a picture, a folder
    /// that does not exist.
    static Status set(PublicationProfile &profile, const QString &key, const QString &value);

    /// "The publication profile is not set: pages say “Copydesk”.": what an export of a profile
    /// with PublicationProfile::hasDefaultName() warns, in the window and on the command line.
    static QString notSetNote();

    /// Every check set() makes, on a whole profile (an imported one): Done, or the first key
    /// whose value would be refused.
    static Status check(const PublicationProfile &profile);
};

} // namespace Copydesk
