// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articleview.h"

#include "articlestats.h"
#include "dateformat.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

constexpr int MaxImageWidth = 720;
const QUrl heroUrl(QStringLiteral("copydesk:hero"));

/// Backslash-escapes every ASCII punctuation character that Markdown could take as syntax.
QString escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~\"&");
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            result += QLatin1Char('\\');
        result += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return result;
}

QString heading(const ArticlePart &part)
{
    // defaultHeading() is already translated.
    return part.heading.trimmed().isEmpty() ? ArticlePart::defaultHeading(part.kind) : part.heading;
}

QString bylineText(const QList<Byline> &bylines)
{
    QStringList names;
    for (const Byline &byline : bylines)
        names << (byline.role.isEmpty()
                ? escaped(byline.name)
                : escaped(byline.name) + QLatin1String(", ") + escaped(byline.role));
    return names.isEmpty() ? QString()
                           : QCoreApplication::translate("Copydesk::ArticleView", "By %1")
                                 .arg(QLocale().createSeparatedList(names));
}

QString dateText(const QDateTime &published)
{
    if (!published.isValid())
        return QCoreApplication::translate("Copydesk::ArticleView", "Not published");
    return DateFormat::toString(published);
}

void appendPart(QString &md, const ArticlePart &part)
{
    const QString title = heading(part);
    if (!title.isEmpty())
        md += QLatin1String("## ") + escaped(title) + QLatin1String("\n\n");
    switch (part.kind) {
    case ArticlePart::Kind::Section:
        md += part.body + QLatin1String("\n\n");
        break;
    case ArticlePart::Kind::KeyFacts:
    case ArticlePart::Kind::KeyTakeaways:
        for (const QString &item : part.items) {
            if (!item.trimmed().isEmpty())
                md += QLatin1String("- ") + item + QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
        break;
    case ArticlePart::Kind::Quotes:
        for (const Quote &quote : part.quotes) {
            md += QLatin1String("> ") + escaped(quote.text) + QStringLiteral("\n>\n> — **")
                + escaped(quote.speaker) + QLatin1String("**");
            if (!quote.role.isEmpty())
                md += QLatin1String(", ") + escaped(quote.role);
            md += QLatin1String("\n\n");
        }
        break;
    case ArticlePart::Kind::Faq:
        for (const FaqEntry &entry : part.faq)
            md += QLatin1String("**") + escaped(entry.question) + QLatin1String("**\n\n")
                + entry.answer + QLatin1String("\n\n");
        break;
    case ArticlePart::Kind::References: {
        int number = 1;
        for (const Reference &reference : part.references) {
            md += QString::number(number++) + QLatin1String(". ");
            const QUrl url(reference.url);
            if (url.isValid() && !url.isRelative())
                md += QLatin1Char('[') + escaped(reference.title) + QLatin1String("](<")
                    + QString::fromUtf8(url.toEncoded()) + QLatin1String(">)");
            else
                md += escaped(reference.title);
            if (!reference.publisher.isEmpty())
                md += QStringLiteral(" — ") + escaped(reference.publisher);
            if (reference.accessed.isValid())
                md += QLatin1String(", ")
                    + QCoreApplication::translate("Copydesk::ArticleView", "accessed %1")
                          .arg(DateFormat::toString(reference.accessed));
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
        break;
    }
    }
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setAccessibleName(tr("Article"));
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    setFocusProxy(m_browser);
    clearArticle();
}

void ArticleView::setArticle(const Article &article)
{
    m_article = article;
    m_hasArticle = true;
    QImage hero = QImage::fromData(article.hero.data);
    if (hero.width() > MaxImageWidth)
        hero = hero.scaledToWidth(MaxImageWidth, Qt::SmoothTransformation);
    Article shown = article;
    if (hero.isNull())
        shown.hero = {}; // an image Qt cannot decode (SVG without the plugin) is left out
    auto *document = m_browser->document();
    document->setMarkdown(toMarkdown(shown));
    // After setMarkdown(), which clears the document's resources.
    if (!hero.isNull())
        document->addResource(QTextDocument::ImageResource, heroUrl, hero);
    document->setDocumentMargin(16);
    m_browser->moveCursor(QTextCursor::Start);
    m_browser->verticalScrollBar()->setValue(0);
}

void ArticleView::clearArticle()
{
    m_article = {};
    m_hasArticle = false;
    m_browser->setMarkdown(QLatin1String("*")
        + escaped(tr("Select an article in the library, or create one with File › New Article."))
        + QLatin1Char('*'));
}

QString ArticleView::plainText() const
{
    return m_browser->toPlainText();
}

QString ArticleView::toMarkdown(const Article &article)
{
    QString md;
    const QString headline
        = article.headline.trimmed().isEmpty() ? tr("Untitled") : article.headline;
    md += QLatin1String("# ") + escaped(headline) + QLatin1String("\n\n");
    if (!article.dek.isEmpty())
        md += QLatin1Char('*') + escaped(article.dek) + QLatin1String("*\n\n");

    QStringList meta;
    if (const QString bylines = bylineText(article.bylines); !bylines.isEmpty())
        meta << QLatin1String("**") + bylines + QLatin1String("**");
    if (!article.dateline.isEmpty())
        meta << escaped(article.dateline);
    meta << escaped(dateText(article.published));
    const int minutes = ArticleStats::readingMinutes(article);
    meta << escaped(tr("%n min read", nullptr, minutes));
    if (!article.category.isEmpty())
        meta << escaped(article.category);
    md += meta.join(QStringLiteral(" · ")) + QLatin1String("\n\n");

    if (!article.hero.isEmpty()) {
        md += QLatin1String("![") + escaped(article.hero.altText) + QLatin1String("](")
            + heroUrl.toString() + QLatin1String(")\n\n");
        QStringList credit;
        if (!article.hero.caption.isEmpty())
            credit << escaped(article.hero.caption);
        if (!article.hero.credit.isEmpty())
            credit << escaped(article.hero.credit);
        if (!credit.isEmpty())
            md += QLatin1Char('*') + credit.join(QStringLiteral(" — ")) + QLatin1String("*\n\n");
    }
    if (!article.lede.isEmpty())
        md += article.lede + QLatin1String("\n\n");
    for (const ArticlePart &part : article.parts)
        appendPart(md, part);
    if (!article.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : article.tags)
            tags << escaped(tag);
        md += QLatin1String("---\n\n") + tr("Tags: %1").arg(tags.join(QLatin1String(", ")))
            + QLatin1String("\n");
    }
    return md;
}

} // namespace Copydesk
