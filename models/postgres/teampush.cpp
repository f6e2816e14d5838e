// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "teampush.h"

#include "articlestats.h"
#include "postgresarticlecodec.h"
#include "postgressession.h"
#include "postgrestransaction.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto TeamPeopleSql = "SELECT login, display_name FROM copydesk.people "
                               "WHERE copydesk.role_of(login) IS NOT NULL ORDER BY login"_L1;
constexpr auto StoreImageSql = "SELECT copydesk.store_image(?, ?)"_L1;
constexpr auto PushSql = "SELECT copydesk.push_article(?::jsonb)"_L1;

QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString plainUuid(const QString &uuid)
{
    const QUuid parsed = QUuid::fromString(uuid);
    return parsed.isNull() ? uuid : parsed.toString(QUuid::WithoutBraces);
}

} // namespace

TeamPush::TeamPush(Library &source, PostgresSession &team, PeopleMap names)
    : m_source(source)
    , m_team(team)
    , m_names(std::move(names))
{ }

Result<TeamPushReport> TeamPush::run()
{
    if (!m_source.people() || !m_source.workflow() || !m_source.review())
        return failed(m_source.workflowError());
    if (Status read = this->read(); !read)
        return read.error();
    if (Status resolved = resolvePeople(); !resolved)
        return resolved.error();

    const QString action = tr("cannot push to “%1”").arg(m_team.display());
    TeamPushReport report;
    QStringList conflicts;
    QSqlQuery query(m_team.database());
    PostgresTransaction transaction(m_team.database());
    if (transaction.error().isValid())
        return m_team.toError(transaction.error(), action);
    for (const Item &item : std::as_const(m_items)) {
        const Result<QJsonObject> json = payload(query, item);
        if (!json)
            return json.error();
        if (!PostgresSession::exec(query, PushSql,
                {QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Compact))})
            || !query.next()) {
            const Error error = m_team.toError(query.lastError(), action);
            return Error {tr("article %1 (“%2”): %3").arg(item.uuid, item.headline, error.message),
                error.code};
        }
        const QString outcome = query.value(0).toString();
        if (outcome == u"present"_s) {
            ++report.alreadyThere;
        } else if (outcome == u"conflict"_s) {
            conflicts.append(tr("%1 (“%2”)").arg(item.uuid, item.headline));
        } else {
            ++report.pushed;
            report.revisions += int(item.revisions.size());
            report.comments += int(item.comments.size());
            report.auditEntries += int(item.audit.size());
        }
    }
    if (!conflicts.isEmpty()) {
        transaction.rollback();
        return failed(tr("the team library has different text under the same id for %n "
                         "article(s): %1; nothing was pushed",
                          nullptr, int(conflicts.size()))
                          .arg(conflicts.join(u", "_s)),
            Error::Code::Conflict);
    }
    if (const QSqlError error = transaction.commit(); error.isValid())
        return m_team.toError(error, action);
    return report;
}

Status TeamPush::read()
{
    const Result<QList<Person>> people = m_source.people()->people();
    if (!people)
        return people.error();
    for (const Person &person : *people)
        m_people.insert(person.name);
    for (const bool trash : {false, true}) {
        LibraryQuery query;
        query.trash = trash;
        query.sort = SortKey::Created;
        query.order = Qt::AscendingOrder;
        const Result<QList<ArticleSummary>> summaries = m_source.articles()->list(query);
        if (!summaries)
            return summaries.error();
        for (const ArticleSummary &summary : *summaries) {
            Result<Item> item = readArticle(summary.id);
            if (!item)
                return item.error();
            m_items.append(std::move(item).value());
        }
    }
    const auto use = [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            m_people.insert(name);
    };
    for (const Item &item : std::as_const(m_items)) {
        use(item.record.article.owner);
        for (const RevisionInfo &revision : item.revisionInfo)
            use(revision.author);
        for (const Article &revision : item.revisions)
            use(revision.owner);
        use(item.state.approvedBy);
        use(item.state.reviewedBy);
        use(item.state.lastEditor);
        for (const QString &editor : item.state.editorsSinceReview)
            use(editor);
        for (const ReviewComment &comment : item.comments) {
            use(comment.author);
            use(comment.resolvedBy);
        }
        for (const AuditEntry &entry : item.audit)
            use(entry.actor);
    }
    return Done {};
}

Result<TeamPush::Item> TeamPush::readArticle(qint64 id) const
{
    Item item;
    Result<ArticleRecord> record = m_source.articles()->load(id);
    if (!record)
        return record.error();
    item.record = std::move(record).value();
    item.uuid = plainUuid(item.record.article.uuid);
    item.headline = item.record.article.headline;
    Result<QList<RevisionInfo>> infos = m_source.articles()->revisions(id);
    if (!infos)
        return infos.error();
    // revisions() lists the newest first; the team library takes them oldest first.
    std::sort(infos->begin(), infos->end(),
        [](const RevisionInfo &a, const RevisionInfo &b) { return a.number < b.number; });
    item.revisionInfo = std::move(infos).value();
    for (const RevisionInfo &info : std::as_const(item.revisionInfo)) {
        Result<Article> revision = m_source.articles()->revision(id, info.number);
        if (!revision)
            return revision.error();
        item.revisions.append(std::move(revision).value());
    }
    if (item.revisions.isEmpty())
        return failed(tr("article %1 (“%2”) has no revision").arg(item.uuid, item.headline));
    Result<ArticleWorkflowState> state = m_source.workflow()->state(id);
    if (!state)
        return state.error();
    item.state = std::move(state).value();
    Result<QList<ReviewComment>> comments = m_source.review()->comments(id);
    if (!comments)
        return comments.error();
    item.comments = std::move(comments).value();
    Result<QList<AuditEntry>> audit = m_source.workflow()->audit(id);
    if (!audit)
        return audit.error();
    item.audit = std::move(audit).value();
    return item;
}

Status TeamPush::resolvePeople()
{
    QSqlQuery query(m_team.database());
    if (!PostgresSession::exec(query, TeamPeopleSql))
        return m_team.toError(query.lastError(), tr("cannot read the team library's people"));
    QSet<QString> logins;
    QHash<QString, QStringList> byDisplayName;
    while (query.next()) {
        const QString login = query.value(0).toString();
        logins.insert(login);
        byDisplayName[query.value(1).toString().trimmed()].append(login);
    }
    QStringList problems;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (!logins.contains(it.value())) {
            problems.append(tr("--map “%1=%2”: %2 is not a person of the team library")
                    .arg(it.key(), it.value()));
        }
    }
    QStringList unmapped;
    QList<QString> names = m_people.values();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        if (m_names.contains(name)) {
            m_logins.insert(name, m_names.value(name));
        } else if (logins.contains(name)) {
            m_logins.insert(name, name);
        } else if (const QStringList same = byDisplayName.value(name.trimmed()); same.size() == 1) {
            m_logins.insert(name, same.first());
        } else if (same.size() > 1) {
            problems.append(tr("“%1” is the name of several team logins (%2); choose one with "
                               "--map “%1=LOGIN”")
                    .arg(name, same.join(u", "_s)));
        } else {
            unmapped.append(name);
        }
    }
    if (!unmapped.isEmpty()) {
        problems.append(tr("no team login for %1; add them with team add-person LOGIN NAME ROLE "
                           "or name their logins with --map “NAME=LOGIN”")
                .arg(u"“"_s + unmapped.join(u"”, “"_s) + u"”"_s));
    }
    if (!problems.isEmpty())
        return failed(problems.join(u"; "_s) + tr("; nothing was pushed"));
    return Done {};
}

QString TeamPush::login(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return m_team.login();
    return m_logins.value(name);
}

Result<QString> TeamPush::encode(QSqlQuery &query, Article article)
{
    article.uuid = plainUuid(article.uuid);
    article.owner = login(article.owner);
    QString heroSha256;
    if (!article.hero.isEmpty()) {
        if (!PostgresSession::exec(query, StoreImageSql, {article.hero.data, article.hero.mimeType})
            || !query.next()) {
            return m_team.toError(query.lastError(), tr("cannot store the image"));
        }
        heroSha256 = query.value(0).toString();
    }
    return QString::fromUtf8(PostgresArticleCodec::encode(article, heroSha256));
}

Result<QJsonObject> TeamPush::payload(QSqlQuery &query, const Item &item)
{
    const auto object = [](const QString &json) {
        return QJsonDocument::fromJson(json.toUtf8()).object();
    };
    const Article &current = item.record.article;
    const Result<QString> content = encode(query, current);
    if (!content)
        return content.error();
    QJsonObject json {
        {u"uuid"_s, item.uuid},
        {u"content"_s, object(*content)},
        {u"status"_s, statusName(current.status)},
        {u"owner"_s, login(current.owner)},
        {u"created"_s, timeValue(item.record.created)},
        {u"modified"_s, timeValue(item.record.modified)},
        {u"published"_s, timeValue(current.published)},
        {u"trashedAt"_s,
            item.record.trashed ? timeValue(item.record.trashedAt.isValid() ? item.record.trashedAt
                                                                            : item.record.modified)
                                : QJsonValue(QJsonValue::Null)},
        {u"wordCount"_s, ArticleStats::wordCount(current)},
        {u"bodyText"_s, SearchText::articleTexts(content->toUtf8()).join(u'\n')},
        {u"authors"_s, QJsonArray::fromStringList(PostgresArticleCodec::bylineNames(current))},
    };
    QJsonArray revisions;
    for (qsizetype i = 0; i < item.revisions.size(); ++i) {
        const Result<QString> revision = encode(query, item.revisions.at(i));
        if (!revision)
            return revision.error();
        const RevisionInfo &info = item.revisionInfo.at(i);
        revisions.append(QJsonObject {{u"number"_s, info.number},
            {u"created"_s, timeValue(info.created)}, {u"author"_s, login(info.author)},
            {u"note"_s, info.note}, {u"content"_s, object(*revision)}});
    }
    json.insert(u"revisions"_s, revisions);
    QJsonArray editors;
    for (const QString &editor : item.state.editorsSinceReview)
        editors.append(login(editor));
    json.insert(u"state"_s,
        QJsonObject {{u"approvedRevision"_s, item.state.approvedRevision},
            {u"approvedBy"_s, login(item.state.approvedBy)},
            {u"reviewedRevision"_s, item.state.reviewedRevision},
            {u"reviewedBy"_s, login(item.state.reviewedBy)}, {u"editorsSinceReview"_s, editors},
            {u"lastEditor"_s,
                item.state.lastEditor.isEmpty() ? QString() : login(item.state.lastEditor)}});
    QJsonArray comments;
    for (const ReviewComment &comment : item.comments) {
        // A thread's state is kept on its first comment; replies only show it.
        const bool resolved = comment.resolved && !comment.resolvedBy.isEmpty();
        comments.append(QJsonObject {{u"id"_s, QString::number(comment.id)},
            {u"parentId"_s, QString::number(comment.parentId)},
            {u"author"_s, login(comment.author)}, {u"created"_s, timeValue(comment.created)},
            {u"path"_s, comment.anchor.path}, {u"start"_s, comment.anchor.start},
            {u"end"_s, comment.anchor.end}, {u"text"_s, comment.text},
            {u"revision"_s, comment.revision},
            {u"resolvedBy"_s, resolved ? login(comment.resolvedBy) : QString()},
            {u"resolvedAt"_s,
                resolved ? timeValue(comment.resolvedAt) : QJsonValue(QJsonValue::Null)}});
    }
    json.insert(u"comments"_s, comments);
    QJsonArray audit;
    for (const AuditEntry &entry : item.audit) {
        audit.append(QJsonObject {{u"time"_s, timeValue(entry.time)},
            {u"actor"_s, entry.actor.isEmpty() ? QString() : login(entry.actor)},
            {u"action"_s, entry.action}, {u"from"_s, statusName(entry.from)},
            {u"to"_s, statusName(entry.to)}, {u"note"_s, entry.note},
            {u"revision"_s, entry.revision}});
    }
    json.insert(u"audit"_s, audit);
    return json;
}

Error TeamPush::failed(const QString &message, Error::Code code) const
{
    return Error {tr("“%1”: %2").arg(m_team.display(), message), code};
}

} // namespace Copydesk
