// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "generatedlibrary.h"

#include "articlefactory.h"
#include "articlestats.h"
#include "postgresarticlecodec.h"
#include "searchtext.h"
#include "teamserver.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Copydesk::Bench {

namespace {

// A value in COPY's text format.
QByteArray copyField(const QString &value)
{
    QByteArray field = value.toUtf8();
    field.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r");
    return field;
}

// A text[] literal: {"a","b"}.
QString arrayLiteral(const QStringList &values)
{
    QStringList quoted;
    for (QString value : values)
        quoted.append(u'"' + value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
    return u'{' + quoted.join(u',') + u'}';
}

constexpr char CopySql[]
    = "COPY copydesk.articles (uuid, status, owner, headline, dek, category, language, "
      "published, created, modified, word_count, body_text, authors, content) FROM STDIN";

} // namespace

void addGeneratedArticles(
    const QString &server, const QString &database, const QString &owner, qint64 first, qint64 end)
{
    if (first >= end)
        return;
    const QByteArray png = Testing::tinyPng();
    const QString heroSha
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    superuser(server, database,
        u"INSERT INTO copydesk.images (sha256, mime_type, data) VALUES ('%1', 'image/png', "
        "decode('%2', 'hex')) ON CONFLICT (sha256) DO NOTHING"_s.arg(
            heroSha, QString::fromLatin1(png.toHex())));
    const QString before
        = superuser(server, database, u"SELECT coalesce(max(id), 0) FROM copydesk.articles"_s)
              .value(0);

    // Two COPY sessions: computing the search vectors takes the server about a millisecond per
    // article, and it has more than one core. Replica mode skips the triggers (nothing is
    // announced).
    const QStringList arguments {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s,
        QUrlQuery(QUrl(server)).queryItemValue(u"host"_s), u"-U"_s, u"postgres"_s, u"-d"_s,
        database, u"-c"_s, u"SET session_replication_role = replica"_s, u"-c"_s,
        QString::fromLatin1(CopySql)};
    std::vector<std::unique_ptr<QProcess>> sessions;
    for (int i = 0; i < 2; ++i) {
        sessions.push_back(std::make_unique<QProcess>());
        sessions.back()->setProcessChannelMode(QProcess::ForwardedChannels);
        sessions.back()->start(u"psql"_s, arguments);
        if (!sessions.back()->waitForStarted())
            die(u"cannot start psql: "_s + sessions.back()->errorString());
    }
    const QDateTime epoch(QDate(2024, 1, 1), QTime(6, 0), QTimeZone::UTC);
    for (qint64 seed = first; seed < end; ++seed) {
        Article article = Testing::generatedArticle(quint32(seed));
        article.status = ArticleStatus::Draft;
        article.owner = owner;
        article.published = QDateTime();
        const QByteArray json = PostgresArticleCodec::encode(article, heroSha);
        const QString time = epoch.addSecs(seed * 600).toString(Qt::ISODate);
        const QList<QByteArray> fields {copyField(article.uuid), "draft", copyField(owner),
            copyField(article.headline), copyField(article.dek), copyField(article.category),
            copyField(article.language), "\\N", time.toLatin1(), time.toLatin1(),
            QByteArray::number(ArticleStats::wordCount(article)),
            copyField(SearchText::articleTexts(json).join(u'\n')),
            copyField(arrayLiteral(PostgresArticleCodec::bylineNames(article))),
            copyField(QString::fromUtf8(json))};
        QProcess &psql = *sessions.at(seed % sessions.size());
        psql.write(fields.join('\t') + '\n');
        if (psql.bytesToWrite() > (4 << 20))
            psql.waitForBytesWritten(-1);
    }
    for (const auto &psql : sessions) {
        psql->closeWriteChannel();
        if (!psql->waitForFinished(-1) || psql->exitStatus() != QProcess::NormalExit
            || psql->exitCode() != 0) {
            die(u"COPY of the generated articles failed; drop the database %1"_s.arg(database));
        }
    }
    superuser(server, database,
        u"INSERT INTO copydesk.revisions (article_id, number, created, author, note, content) "
        "SELECT id, 1, created, owner, 'Imported', content FROM copydesk.articles "
        "WHERE id > %1"_s.arg(before));
    superuser(server, database,
        u"INSERT INTO copydesk.workflow_state (article_id, last_editor) "
        "SELECT id, owner FROM copydesk.articles WHERE id > %1"_s.arg(before));
}

} // namespace Copydesk::Bench
