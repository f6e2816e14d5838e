// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "role.h"

#include <QCoreApplication>

namespace Copydesk {

namespace {

struct RoleEntry
{
    Role role;
    const char *name;
    const char *label;
};

constexpr RoleEntry roles[] = {
    {Role::Reporter, "reporter", QT_TRANSLATE_NOOP("Copydesk::Role", "Reporter")},
    {Role::Editor, "editor", QT_TRANSLATE_NOOP("Copydesk::Role", "Editor")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Copydesk::Role", "Admin")},
};

} // namespace

QString roleName(Role role)
{
    for (const RoleEntry &entry : roles) {
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    }
    Q_UNREACHABLE_RETURN(QString());
}

Role roleFromName(const QString &name, bool *ok)
{
    for (const RoleEntry &entry : roles) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *ok = true;
            return entry.role;
        }
    }
    *ok = false;
    return Role::Reporter;
}

QString roleLabel(Role role)
{
    for (const RoleEntry &entry : roles) {
        if (entry.role == role)
            return QCoreApplication::translate("Copydesk::Role", entry.label);
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace Copydesk
