// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "publicationprofile.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Copydesk {

/// A publication profile as a file (`copydesk profile export|import`), to move a newsroom's
/// profile between libraries: PublicationProfile::toJson(), indented.
class ProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ProfileFile)
public:
    /// The file's bytes for `profile`.
    static QByteArray bytes(const PublicationProfile &profile);

    /// The profile in the file at `path` (a regular file of at most 4 MiB, read with
    /// BoundedFile). An InvalidInput error "“x.json” is not a publication profile: …" when it
    /// is not a JSON object, has a member a profile does not have (a typo, or another kind of
    /// file) or none it has; PublicationProfile::fromJson()'s and ProfileFields::check()'s
    /// errors when a value is wrong.
    static Result<PublicationProfile> read(const QString &path);
};

} // namespace Copydesk
