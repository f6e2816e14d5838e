// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "benchdocuments.h"

#include "articlefactory.h"
#include "articlemarkdown.h"
#include "publicationprofile.h"
#include "sqlitearticlestore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Copydesk::Bench {

namespace {

[[noreturn]] void die(const QString &message)
{
    qFatal("xharness: %s", qPrintable(message));
}

/// toMarkdown()'s body as a reader's Markdown: without the front matter (which holds the hero
/// picture as base64, and which a Markdown editor would show as text) and without the heading
/// attributes ({#id .class}) and the parts' ids, under the headline and the dek.
QByteArray plainMarkdown(const Article &article)
{
    QString text = QString::fromUtf8(ArticleMarkdown::toMarkdown(article));
    if (text.startsWith(u"---\n"_s)) {
        const qsizetype end = text.indexOf(u"\n---\n"_s, 4);
        if (end < 0)
            die(QStringLiteral("unexpected Markdown export: front matter without an end"));
        text = text.mid(end + 5);
    }
    static const QRegularExpression attributes(
        QStringLiteral(R"(^(#+ .*?) \{[^}]*\}$)"), QRegularExpression::MultilineOption);
    text.replace(attributes, QStringLiteral("\\1"));
    // The parts' ids, as link reference definitions that render as nothing.
    static const QRegularExpression ids(
        QStringLiteral(R"(^\[//\]: # .*\n)"), QRegularExpression::MultilineOption);
    text.remove(ids);
    return (
        u"# "_s + article.headline + u"\n\n*"_s + article.dek + u"*\n\n"_s + text.trimmed() + u'\n')
        .toUtf8();
}

} // namespace

Documents Documents::make(int words, const QString &folder)
{
    Documents documents;
    documents.words = words;
    const Article article = Testing::generatedArticle(42, words);
    documents.library = QDir(folder).filePath(QStringLiteral("pristine-%1.copydesk").arg(words));
    {
        auto store = SqliteArticleStore::open(
            documents.library, SqliteArticleStore::OpenMode::CreateIfMissing);
        // A publication with a name: a library without one asks for it in a dialog at launch.
        PublicationProfile profile;
        profile.name = QStringLiteral("The Bench Gazette");
        if (!store || !(*store)->create(article, {}) || !(*store)->setPublicationProfile(profile))
            die(QStringLiteral("cannot write %1").arg(documents.library));
    }
    if (QFile::exists(documents.library + u"-wal"_s))
        die(QStringLiteral("%1 kept its write-ahead log after closing").arg(documents.library));
    documents.markdown = QDir(folder).filePath(QStringLiteral("pristine-%1.md").arg(words));
    QFile markdown(documents.markdown);
    if (!markdown.open(QIODevice::WriteOnly) || markdown.write(plainMarkdown(article)) < 0)
        die(QStringLiteral("cannot write %1").arg(documents.markdown));
    return documents;
}

void copyPristine(const QString &from, const QString &to)
{
    QFile::remove(to);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    if (!QFile::copy(from, to))
        die(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace Copydesk::Bench
