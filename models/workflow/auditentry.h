// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Copydesk {

/// One line of an article's audit log: a status transition or an owner change. Entries are
/// only ever appended; the library refuses to change or delete them.
struct AuditEntry
{
    qint64 id = 0; ///< Increases with every entry of the library.
    qint64 articleId = 0;
    QDateTime time; ///< UTC.
    /// Who acted. Empty when the library itself acted (a content change saved outside the
    /// workflow returned an approved article to review).
    QString actor;
    /// actionName() of the WorkflowAction, or "contentChanged" for the automatic return to
    /// review after a content change.
    QString action;
    ArticleStatus from = ArticleStatus::Draft;
    ArticleStatus to = ArticleStatus::Draft;
    QString note; ///< The reviewer's note, "owner: ann → bob" for a reassignment; may be empty.
    int revision = 0; ///< The article's newest revision when the entry was written.
    QByteArray contentHash; ///< ArticleJson::contentHash() of the content at that moment.
    /// Who copied the entry in from another library (the login that ran copydesk team push);
    /// empty for an entry written in this library, and always on a local library.
    QString importedBy;
};

/// "imported by ada" for an entry copied in from another library (AuditEntry::importedBy);
/// empty for an entry written here. What the window's history and copydesk audit show.
QString auditImportNote(const AuditEntry &entry);

} // namespace Copydesk
