// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "auditentry.h"

#include <QCoreApplication>

namespace Copydesk {

QString auditImportNote(const AuditEntry &entry)
{
    if (entry.importedBy.isEmpty())
        return {};
    return QCoreApplication::translate("Copydesk::AuditEntry", "imported by %1")
        .arg(entry.importedBy);
}

} // namespace Copydesk
