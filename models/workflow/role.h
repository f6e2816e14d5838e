// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// What a person may do in the library's workflow. Reporters write and submit; editors review,
/// approve, publish and spike; admins manage people and owners (and may publish and spike).
enum class Role
{
    Reporter,
    Editor,
    Admin
};

/// "reporter", "editor", "admin": the names stored in the library and typed on the command line.
QString roleName(Role role);
/// Parses roleName() output (case-insensitive); sets *ok to false (and returns Reporter) for
/// unknown names.
Role roleFromName(const QString &name, bool *ok);
/// Translated label ("Editor").
QString roleLabel(Role role);

/// Someone who works on the library. Names are unique within a library and are what revisions,
/// owners and the audit log record.
struct Person
{
    QString name; ///< On a team library, the database login.
    Role role = Role::Reporter;
    /// How a team library shows the login ("Rita Reyes"); empty on a local library, where the
    /// name is what people see.
    QString displayName = {};
    bool operator==(const Person &) const = default;
};

} // namespace Copydesk
