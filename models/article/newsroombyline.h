// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// Whether a byline credits the newsroom rather than a person: "Staff", "Newsroom", "Herald
/// staff", "Redaktion"… Bylines are names and roles (Byline) without a kind, so the name
/// decides. Structured data then describes the author as an Organization, not a Person.
class NewsroomByline
{
public:
    /// True when `name` (case, spaces and a leading "The" ignored) is one of the newsroom's
    /// collective names ("staff", "staff reporter(s)", "newsroom", "editors", "editorial board",
    /// "editorial staff", German "Redaktion"), the publication's own name, or the publication's
    /// name followed or preceded by one of those ("Herald staff", "Redaktion Herald",
    /// "The Herald Newsroom"). False for an empty name.
    static bool isNewsroom(const QString &name, const QString &publicationName);
};

} // namespace Copydesk
