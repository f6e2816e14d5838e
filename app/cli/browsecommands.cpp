// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// list, search, show: reading the library.
#include "articlejson.h"
#include "articlestats.h"
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydesk {

namespace {

void printJson(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString elide(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

void printSummaryTable(CliContext &context, const QList<ArticleSummary> &rows)
{
    context.out << CliContext::tr("ID").leftJustified(7)
                << CliContext::tr("STATUS").leftJustified(18)
                << CliContext::tr("MODIFIED").leftJustified(17)
                << CliContext::tr("AUTHOR").leftJustified(20) << CliContext::tr("HEADLINE") << '\n';
    for (const ArticleSummary &row : rows) {
        context.out << QString::number(row.id).leftJustified(7)
                    << statusLabel(row.status).leftJustified(18)
                    << CliContext::formatTime(row.modified).leftJustified(17)
                    << elide(row.authors.value(0, row.owner), 19).leftJustified(20)
                    << (row.headline.isEmpty() ? CliContext::tr("(no headline)") : row.headline)
                    << '\n';
    }
}

QString highlightSnippet(const QString &snippet, bool color)
{
    QString text = snippet;
    text.replace(SnippetOpen, color ? QStringLiteral("\x1b[1;33m") : QStringLiteral("«"));
    text.replace(SnippetClose, color ? QStringLiteral("\x1b[0m") : QStringLiteral("»"));
    return text.simplified();
}

void printList(CliContext &context, const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return;
    context.out << '\n' << title << '\n';
    for (const QString &item : items)
        context.out << "  • " << item << '\n';
}

QString partTitle(const ArticlePart &part)
{
    return part.heading.isEmpty() ? ArticlePart::defaultHeading(part.kind) : part.heading;
}

void printArticle(CliContext &context, const Article &a)
{
    QTextStream &out = context.out;
    out << a.headline << '\n';
    if (!a.dek.isEmpty())
        out << a.dek << '\n';
    QStringList bylines;
    for (const Byline &b : a.bylines)
        bylines << (b.role.isEmpty() ? b.name : b.name + QLatin1String(", ") + b.role);
    out << '\n'
        << CliContext::tr("By: %1").arg(
               bylines.isEmpty() ? CliContext::tr("(no byline)") : bylines.join(u"; "))
        << '\n'
        << CliContext::tr("Published: %1")
               .arg(a.published.isValid() ? a.published.toString(Qt::ISODate)
                                          : CliContext::tr("(not set)"))
        << '\n'
        << CliContext::tr("Status: %1   Owner: %2   Category: %3")
               .arg(statusLabel(a.status), a.owner.isEmpty() ? CliContext::tr("(none)") : a.owner,
                   a.category.isEmpty() ? CliContext::tr("(none)") : a.category)
        << '\n';
    if (!a.tags.isEmpty())
        out << CliContext::tr("Tags: %1").arg(a.tags.join(u", ")) << '\n';
    out << CliContext::tr("%n word(s)", nullptr, ArticleStats::wordCount(a)) << ", "
        << CliContext::tr("%n min read", nullptr, ArticleStats::readingMinutes(a)) << '\n';
    if (!a.hero.isEmpty())
        out << CliContext::tr("Hero image: %1 (%2 bytes), caption “%3”, alt “%4”, credit “%5”")
                   .arg(a.hero.fileName, QString::number(a.hero.data.size()), a.hero.caption,
                       a.hero.altText, a.hero.credit)
            << '\n';
    if (!a.lede.isEmpty())
        out << '\n' << a.lede << '\n';
    for (const ArticlePart &part : a.parts) {
        const QString title = QStringLiteral("## ") + partTitle(part);
        switch (part.kind) {
        case ArticlePart::Kind::Section:
            out << '\n' << title << "\n\n" << part.body << '\n';
            break;
        case ArticlePart::Kind::KeyFacts:
        case ArticlePart::Kind::KeyTakeaways:
            printList(context, title, part.items);
            break;
        case ArticlePart::Kind::Quotes: {
            QStringList quotes;
            for (const Quote &q : part.quotes)
                quotes << QStringLiteral("“%1” — %2%3")
                              .arg(q.text, q.speaker,
                                  q.role.isEmpty() ? QString() : QLatin1String(", ") + q.role);
            printList(context, title, quotes);
            break;
        }
        case ArticlePart::Kind::Faq: {
            QStringList pairs;
            for (const FaqEntry &e : part.faq)
                pairs << e.question + QLatin1String("\n    ") + e.answer;
            printList(context, title, pairs);
            break;
        }
        case ArticlePart::Kind::References: {
            QStringList refs;
            for (const Reference &r : part.references)
                refs << QStringLiteral("%1 <%2> %3").arg(r.title, r.url, r.publisher).trimmed();
            printList(context, title, refs);
            break;
        }
        }
    }
}

} // namespace

int listCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("List the library's articles."));
    addFilterOptions(parser);
    parser.addOptions({
        {QStringLiteral("sort"), CliContext::tr("Sort by modified, created, published or headline"),
            CliContext::tr("key"), QStringLiteral("modified")},
        {QStringLiteral("asc"),
            CliContext::tr("Ascending order (default: newest or A first as fits)")},
        {QStringLiteral("limit"), CliContext::tr("At most N rows (default: all)"),
            CliContext::tr("n")},
        {QStringLiteral("offset"), CliContext::tr("Skip the first N rows"), CliContext::tr("n"),
            QStringLiteral("0")},
    });
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    LibraryQuery query;
    if (!readFilterOptions(context, parser, query))
        return CliContext::Usage;
    const QString sort = parser.value(QStringLiteral("sort"));
    if (sort == QLatin1String("modified"))
        query.sort = SortKey::Modified;
    else if (sort == QLatin1String("created"))
        query.sort = SortKey::Created;
    else if (sort == QLatin1String("published"))
        query.sort = SortKey::Published;
    else if (sort == QLatin1String("headline"))
        query.sort = SortKey::Headline;
    else
        return context.usage(CliContext::tr("unknown sort key “%1”").arg(sort));
    const bool headlineSort = query.sort == SortKey::Headline;
    query.order = parser.isSet(QStringLiteral("asc")) || headlineSort ? Qt::AscendingOrder
                                                                      : Qt::DescendingOrder;
    bool ok = true;
    if (parser.isSet(QStringLiteral("limit")))
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit < -1)
        return context.usage(CliContext::tr("--limit needs a whole number"));
    query.offset = parser.value(QStringLiteral("offset")).toInt(&ok);
    if (!ok || query.offset < 0)
        return context.usage(CliContext::tr("--offset needs a whole number"));

    ArticleStore *library = context.store();
    if (!library)
        return CliContext::Failure;
    auto rows = library->list(query);
    if (!rows)
        return context.fail(rows.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArticleSummary &row : rows.value())
            array.append(summaryToJson(row));
        printJson(context, array);
    } else if (rows->isEmpty()) {
        context.err << (query.trash ? CliContext::tr("The trash is empty.")
                                    : CliContext::tr("No articles match."))
                    << '\n';
    } else {
        printSummaryTable(context, rows.value());
    }
    return CliContext::Success;
}

int searchCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Search every text part of every article."));
    parser.addPositionalArgument(QStringLiteral("words"),
        CliContext::tr("Words to find; all must occur. \"Quoted words\" match as a phrase."));
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("limit"), CliContext::tr("At most N results"),
        CliContext::tr("n"), QStringLiteral("50")});
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    SearchQuery query;
    query.text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.text.isEmpty())
        return context.usage(CliContext::tr("search needs words to look for"));
    if (!readFilterOptions(context, parser, query.filter))
        return CliContext::Usage;
    bool ok = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit <= 0)
        return context.usage(CliContext::tr("--limit needs a positive whole number"));

    ArticleStore *library = context.store();
    if (!library)
        return CliContext::Failure;
    auto hits = library->search(query);
    if (!hits)
        return context.fail(hits.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value()) {
            QJsonObject object = summaryToJson(hit.summary);
            object.insert(QStringLiteral("rank"), hit.rank);
            QString snippet = hit.snippet;
            snippet.remove(SnippetOpen).remove(SnippetClose);
            object.insert(QStringLiteral("snippet"), snippet);
            array.append(object);
        }
        printJson(context, array);
        return CliContext::Success;
    }
    if (hits->isEmpty()) {
        context.err << CliContext::tr("Nothing found for “%1”.").arg(query.text) << '\n';
        return CliContext::Success;
    }
    for (const SearchHit &hit : hits.value()) {
        context.out << QString::number(hit.summary.id).leftJustified(7)
                    << (hit.summary.headline.isEmpty() ? CliContext::tr("(no headline)")
                                                       : hit.summary.headline)
                    << "  [" << statusLabel(hit.summary.status) << "]\n"
                    << "       " << highlightSnippet(hit.snippet, context.color) << '\n';
    }
    return CliContext::Success;
}

int showCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Show one article, as it is now or at a revision."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Article id or UUID"));
    parser.addOptions({
        {QStringLiteral("revision"), CliContext::tr("Show revision N instead of the current text"),
            CliContext::tr("n")},
        {QStringLiteral("json"), CliContext::tr("Print the article's JSON form")},
    });
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("show needs exactly one article id"));
    const qint64 id = context.resolveArticle(parser.positionalArguments().first());
    if (!id)
        return CliContext::Failure;
    Article article;
    if (parser.isSet(QStringLiteral("revision"))) {
        bool ok = false;
        const int number = parser.value(QStringLiteral("revision")).toInt(&ok);
        if (!ok)
            return context.usage(CliContext::tr("--revision needs a revision number"));
        auto revision = context.store()->revision(id, number);
        if (!revision)
            return context.fail(revision.error());
        article = revision.value();
    } else {
        auto record = context.store()->load(id);
        if (!record)
            return context.fail(record.error());
        article = record->article;
    }
    if (parser.isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(ArticleJson::toBytes(article));
    else
        printArticle(context, article);
    return CliContext::Success;
}

} // namespace Copydesk
