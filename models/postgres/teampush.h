// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "library.h"
#include "teampushreport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>

class QSqlQuery;

namespace Copydesk {

class PostgresSession;

/// Copies a local library into a team library (`copydesk team push`): every article, trashed
/// ones included, with its revisions (original authors, dates and notes), review comments,
/// audit log, status, owner and approval. The source is read through the library interfaces
/// only; the team library is written by copydesk.push_article(), which only admins may call.
///
/// People: each name in the source (people, owners, revision and comment authors, audit actors,
/// reviewers) becomes the team login given by the PeopleMap, else the login spelt the same,
/// else the one team person whose display name it is. Any name left over is an error listing
/// them all, and nothing is written. Empty names (an article without owner, a revision saved
/// without a person) become the pushing admin's login.
///
/// All or nothing: one transaction. Re-running is safe: an article whose uuid the team library
/// has already is skipped when its newest text is the same, and when it differs the whole push
/// is refused as a Conflict naming every such article (nothing is merged or overwritten).
///
/// The whole source is read into memory before anything is written.
class TeamPush
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::TeamPush)
public:
    TeamPush(Library &source, PostgresSession &team, PeopleMap names);

    Result<TeamPushReport> run();

private:
    struct Item
    {
        QString uuid;
        QString headline;
        ArticleRecord record;
        QList<RevisionInfo> revisionInfo;
        QList<Article> revisions;
        ArticleWorkflowState state;
        QList<ReviewComment> comments;
        QList<AuditEntry> audit;
    };

    Status read();
    Result<Item> readArticle(qint64 id) const;
    Status resolvePeople();
    QString login(const QString &name) const;
    Result<QString> encode(QSqlQuery &query, Article article);
    Result<QJsonObject> payload(QSqlQuery &query, const Item &item);
    Error failed(const QString &message, Error::Code code = Error::Code::InvalidInput) const;

    Library &m_source;
    PostgresSession &m_team;
    PeopleMap m_names;
    QList<Item> m_items;
    QSet<QString> m_people; ///< Every non-empty name the source uses.
    QHash<QString, QString> m_logins; ///< Resolved: name → login.
};

} // namespace Copydesk
