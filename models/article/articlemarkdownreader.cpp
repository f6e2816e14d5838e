// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlemarkdown.h"
#include "markdownfrontmatter.h"
#include "markdownsyntax.h"
#include "quotedvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Copydesk::ArticleMarkdown {

namespace {

/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleMarkdown)
};

struct Line
{
    QString text;
    int number = 0; ///< 1-based line number in the file.
    bool blank() const { return text.trimmed().isEmpty(); }
};
using Lines = QList<Line>;

Lines trimmed(Lines lines)
{
    while (!lines.isEmpty() && lines.first().blank())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().blank())
        lines.removeLast();
    return lines;
}

QString joined(const Lines &lines)
{
    QStringList texts;
    for (const Line &line : lines)
        texts << line.text;
    return texts.join(u'\n');
}

class BodyReader
{
public:
    explicit BodyReader(const QString &source)
        : m_source(source)
    { }

    Error error;

    bool fail(int line, const QString &message)
    {
        error = {u"%1:%2: %3"_s.arg(m_source).arg(line).arg(message), Error::Code::InvalidInput};
        return false;
    }

    bool read(const Lines &lines, Article *a)
    {
        MarkdownSyntax::FenceTracker fence;
        Lines lede;
        QList<std::pair<Line, Lines>> parts;
        for (const Line &line : lines) {
            QString heading;
            if (!fence.consume(line.text) && MarkdownSyntax::atxHeading(line.text, 2, &heading))
                parts.append({line, {}});
            else
                (parts.isEmpty() ? lede : parts.last().second).append(line);
        }
        lede = trimmed(lede);
        QString title;
        if (a->headline.isEmpty() && !lede.isEmpty()
            && MarkdownSyntax::atxHeading(lede.first().text, 1, &title)) {
            a->headline = title;
            lede = trimmed(lede.mid(1));
        }
        a->lede = joined(lede);
        for (const auto &[heading, content] : std::as_const(parts)) {
            ArticlePart part;
            Lines rest = trimmed(content);
            if (!this->heading(heading, &part))
                return false;
            // The export's "[//]: # "part #id .class"" line under the heading.
            QString comment;
            if (!rest.isEmpty() && MarkdownSyntax::readCommentLine(rest.first().text, &comment)
                && comment.startsWith("part "_L1)) {
                if (!attributes(rest.first().number, comment.mid(5), &part))
                    return false;
                rest = trimmed(rest.mid(1));
            }
            if (part.kind != ArticlePart::Kind::Section
                && part.heading == ArticlePart::defaultHeading(part.kind))
                part.heading.clear();
            if (!this->content(rest, &part))
                return false;
            a->parts.append(part);
        }
        return true;
    }

private:
    /// "## Title {#id .class}": the attribute block is optional, and only taken as one when every
    /// token in it is an #id or a .class. The title is escaped text (MarkdownSyntax::escapeText).
    bool heading(const Line &line, ArticlePart *part)
    {
        QString text;
        MarkdownSyntax::atxHeading(line.text, 2, &text);
        static const QRegularExpression block(u"^(.*?)\\s*\\{([^{}]*)\\}$"_s);
        const QRegularExpressionMatch match = block.match(text);
        if (match.hasMatch() && isAttributeList(match.captured(2))) {
            text = match.captured(1);
            if (!attributes(line.number, match.captured(2), part))
                return false;
        }
        part->heading = MarkdownSyntax::unescapeText(text);
        return true;
    }

    static bool isAttributeList(const QString &list)
    {
        const QStringList tokens = list.split(u' ', Qt::SkipEmptyParts);
        return !tokens.isEmpty() && std::all_of(tokens.begin(), tokens.end(), [](const QString &t) {
            return t.size() > 1 && (t.startsWith(u'#') || t.startsWith(u'.'));
        });
    }

    /// "#id .class": the part's id and kind.
    bool attributes(int lineNumber, const QString &list, ArticlePart *part)
    {
        if (!isAttributeList(list))
            return fail(lineNumber,
                Tr::tr("%1 is not a part's “#id .class”").arg(QuotedValue::quoted(list)));
        bool kindSet = false;
        for (const QString &token : list.split(u' ', Qt::SkipEmptyParts)) {
            if (token.startsWith(u'#')) {
                part->id = token.mid(1);
                continue;
            }
            bool ok = false;
            const ArticlePart::Kind kind
                = MarkdownSyntax::kindFromClass(QStringView(token).mid(1), &ok);
            if (!ok)
                return fail(
                    lineNumber, Tr::tr("unknown part class %1").arg(QuotedValue::quoted(token)));
            if (kindSet)
                return fail(lineNumber, Tr::tr("a heading can have only one part class"));
            part->kind = kind;
            kindSet = true;
        }
        return true;
    }

    bool content(const Lines &lines, ArticlePart *part)
    {
        using Kind = ArticlePart::Kind;
        switch (part->kind) {
        case Kind::Section:
            part->body = joined(lines);
            return true;
        case Kind::KeyFacts:
        case Kind::KeyTakeaways:
            return items(lines, part);
        case Kind::Quotes:
            return quotes(lines, part);
        case Kind::Faq:
            return faq(lines, part);
        case Kind::References:
            return references(lines, part);
        }
        return true;
    }

    static bool bullet(const QString &text)
    {
        return text == "-"_L1 || text == "*"_L1 || text == "+"_L1 || text.startsWith("- "_L1)
            || text.startsWith("* "_L1) || text.startsWith("+ "_L1);
    }

    bool items(const Lines &lines, ArticlePart *part)
    {
        for (const Line &line : lines) {
            if (line.blank())
                continue;
            if (bullet(line.text))
                part->items.append(line.text.mid(2));
            else if (line.text.startsWith("  "_L1) && !part->items.isEmpty())
                part->items.last() += u'\n' + line.text.mid(2);
            else
                return fail(line.number,
                    Tr::tr("%1 item is not a list item")
                        .arg(ArticlePart::defaultHeading(part->kind)));
        }
        return true;
    }

    bool quotes(const Lines &lines, ArticlePart *part)
    {
        QStringList block;
        auto finish = [&] {
            if (block.isEmpty())
                return;
            Quote quote;
            const QString last = block.last();
            if (last == u"—"_s || last.startsWith(u"— "_s) || last.startsWith(u"-- "_s)) {
                const QString who = last.mid(last.indexOf(u' ') + 1).trimmed();
                const qsizetype comma = who.indexOf(u", "_s);
                quote.speaker = MarkdownSyntax::unescapeText(comma < 0 ? who : who.left(comma));
                quote.role
                    = comma < 0 ? QString() : MarkdownSyntax::unescapeText(who.mid(comma + 2));
                block.removeLast();
            }
            for (QString &line : block)
                line = MarkdownSyntax::unescapeText(line);
            quote.text = block.join(u'\n');
            part->quotes.append(quote);
            block.clear();
        };
        for (const Line &line : lines) {
            if (line.blank()) {
                finish();
                continue;
            }
            if (!line.text.startsWith(u'>'))
                return fail(line.number, Tr::tr("quote line does not start with “>”"));
            block << (line.text.startsWith("> "_L1) ? line.text.mid(2) : line.text.mid(1));
        }
        finish();
        return true;
    }

    bool faq(const Lines &lines, ArticlePart *part)
    {
        MarkdownSyntax::FenceTracker fence;
        Lines answer;
        for (const Line &line : lines) {
            QString question;
            if (!fence.consume(line.text) && MarkdownSyntax::atxHeading(line.text, 3, &question)) {
                if (!part->faq.isEmpty())
                    part->faq.last().answer = joined(trimmed(answer));
                part->faq.append({MarkdownSyntax::unescapeText(question), QString()});
                answer.clear();
            } else if (part->faq.isEmpty()) {
                return fail(line.number, Tr::tr("FAQ answer without a “### Question” heading"));
            } else {
                answer.append(line);
            }
        }
        if (!part->faq.isEmpty())
            part->faq.last().answer = joined(trimmed(answer));
        return true;
    }

    bool references(const Lines &lines, ArticlePart *part)
    {
        QList<std::pair<Line, QString>> comments;
        for (const Line &line : lines) {
            if (line.blank())
                continue;
            QString comment;
            if (MarkdownSyntax::readCommentLine(line.text, &comment)) {
                comments.append({line, comment});
                continue;
            }
            Reference reference;
            if (!this->reference(line, &reference))
                return false;
            part->references.append(reference);
        }
        // "reference N URL": the URL of an unlinked reference.
        static const QRegularExpression unlinked(u"^reference (\\d+) (.*)$"_s);
        for (const auto &[line, comment] : std::as_const(comments)) {
            const QRegularExpressionMatch match = unlinked.match(comment);
            const qsizetype index = match.hasMatch() ? match.captured(1).toLongLong() - 1 : -1;
            if (index < 0 || index >= part->references.size())
                return fail(line.number,
                    Tr::tr("%1 does not name a reference of this list")
                        .arg(QuotedValue::quoted(comment)));
            part->references[index].url = match.captured(2);
        }
        return true;
    }

    /// "- [Title](url) — Publisher, accessed YYYY-MM-DD", publisher and date optional; or
    /// "- Title — …" without a link.
    bool reference(const Line &line, Reference *out)
    {
        const QString &text = line.text;
        const QString expected = Tr::tr("reference is not a list item like “- [Title](https://…) — "
                                        "Publisher, accessed 2025-01-31”");
        qsizetype end = -1;
        if (text.startsWith("- ["_L1)) {
            qsizetype i = 3;
            while (i < text.size() && text.at(i) != u']')
                i += text.at(i) == u'\\' ? 2 : 1;
            if (i + 1 >= text.size() || text.at(i + 1) != u'(')
                return fail(line.number, expected);
            out->title = MarkdownSyntax::unescapeText(QStringView(text).sliced(3, i - 3));
            if (text.mid(i + 2).startsWith(u'<')) {
                const qsizetype close = text.indexOf(u">)"_s, i + 3);
                out->url = close < 0 ? QString() : text.mid(i + 3, close - i - 3);
                end = close < 0 ? -1 : close + 2;
            } else {
                int depth = 0;
                for (qsizetype j = i + 1; j < text.size() && end < 0; ++j) {
                    depth += text.at(j) == u'(' ? 1 : text.at(j) == u')' ? -1 : 0;
                    if (depth == 0)
                        end = j + 1;
                }
                out->url = end < 0 ? QString() : text.mid(i + 2, end - i - 3);
            }
        } else if (text == "-"_L1 || text.startsWith("- "_L1)) {
            const qsizetype dash = text.indexOf(u" — "_s, 1);
            end = dash < 0 ? text.size() : dash;
            out->title
                = MarkdownSyntax::unescapeText(QStringView(text).sliced(1, end - 1).trimmed());
        }
        if (end < 0)
            return fail(line.number, expected);
        QString rest = text.mid(end).trimmed();
        if (rest.startsWith(u'—') || rest.startsWith("- "_L1))
            rest = rest.mid(1).trimmed();
        static const QRegularExpression accessed(u"(?:^|,\\s*)accessed\\s+(\\S+)$"_s);
        const QRegularExpressionMatch match = accessed.match(rest);
        if (match.hasMatch()) {
            out->accessed = QDate::fromString(match.captured(1), Qt::ISODate);
            if (!out->accessed.isValid())
                return fail(line.number,
                    Tr::tr("%1 is not a date like 2025-01-31")
                        .arg(QuotedValue::quoted(match.captured(1))));
            rest = rest.left(match.capturedStart());
        }
        out->publisher = MarkdownSyntax::unescapeText(rest.trimmed());
        return true;
    }

    QString m_source;
};

} // namespace

Result<Article> fromMarkdown(
    const QByteArray &text, const QString &sourceName, const HeroFileReader &readHeroFile)
{
    QString content = QString::fromUtf8(text);
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    content.replace(u"\r\n"_s, u"\n"_s);
    const QStringList rawLines = content.split(u'\n');
    Article article;
    qsizetype bodyStart = 0;
    if (!rawLines.isEmpty() && rawLines.first().trimmed() == "---"_L1) {
        qsizetype close = 1;
        while (close < rawLines.size() && rawLines.at(close).trimmed() != "---"_L1
            && rawLines.at(close).trimmed() != "..."_L1)
            ++close;
        if (close == rawLines.size()) {
            return Error {u"%1:1: %2"_s.arg(sourceName,
                              Tr::tr("the front matter is not closed with a “---” line")),
                Error::Code::InvalidInput};
        }
        const QByteArray yaml = rawLines.mid(1, close - 1).join(u'\n').toUtf8();
        const Status read = MarkdownFrontMatter::read(yaml, 2, sourceName, readHeroFile, &article);
        if (!read)
            return read.error();
        bodyStart = close + 1;
    }
    Lines lines;
    for (qsizetype i = bodyStart; i < rawLines.size(); ++i)
        lines.append({rawLines.at(i), int(i + 1)});
    BodyReader reader(sourceName);
    if (!reader.read(lines, &article))
        return reader.error;
    return article;
}

} // namespace Copydesk::ArticleMarkdown
