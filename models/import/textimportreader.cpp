// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "textimportreader.h"

#include "htmlmarkdown.h"
#include "importheadings.h"

#include <QRegularExpression>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

/// Plain text as inline Markdown: the one escaping rule is htmlToMarkdown()'s.
QString escaped(const QString &text)
{
    return htmlToMarkdown(u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s).trimmed();
}

/// The text after a list marker ("• ", "- ", "1. "), or a null string when `line` is none.
QString listItem(const QString &line, bool markdown)
{
    static const QRegularExpression plain(u"^(?:[•\\-*–·▪‣+]|\\d{1,3}[.)])\\s+(.*)$"_s);
    static const QRegularExpression md(u"^(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$"_s);
    const QRegularExpressionMatch match = (markdown ? md : plain).match(line);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

bool endsLikeProse(const QString &line)
{
    static const QString punctuation = u".,;:!?\"”“»«'’)…"_s;
    return !line.isEmpty() && punctuation.contains(line.back());
}

bool looksLikeHeading(const QString &line, const QString &next)
{
    if (ImportHeadings::kindOf(line))
        return true;
    if (line.size() > 70 || endsLikeProse(line) || next.isEmpty())
        return false;
    static const QRegularExpression byline(
        u"^(?:by|von|text:)\\s"_s, QRegularExpression::CaseInsensitiveOption);
    if (byline.match(line).hasMatch() || ImportHeadings::moreIn(line))
        return false;
    return next.size() >= 100 && endsLikeProse(next);
}

class Reader
{
public:
    explicit Reader(bool markdown) { m_document.markdown = markdown; }

    ImportDocument read(const QStringList &lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty()) {
                flush();
                m_list = -1;
                continue;
            }
            if (m_document.markdown)
                readMarkdownLine(
                    line, i + 1 < lines.size() ? lines.at(i + 1).trimmed() : QString());
            else
                readPlainLine(line, next(lines, i));
            if (m_skipNext) {
                m_skipNext = false;
                ++i;
            }
        }
        flush();
        return std::move(m_document);
    }

private:
    ImportDocument m_document;
    QStringList m_paragraph;
    ImportBlock::Kind m_kind = ImportBlock::Kind::Paragraph;
    int m_list = -1;
    int m_lists = 0;
    bool m_skipNext = false;

    static QString next(const QStringList &lines, qsizetype i)
    {
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            if (!lines.at(j).trimmed().isEmpty())
                return lines.at(j).trimmed();
        }
        return {};
    }

    void add(ImportBlock::Kind kind, const QString &text, const QString &markdown, int level = 0)
    {
        ImportBlock block;
        block.kind = kind;
        block.level = level;
        block.text = text.simplified();
        block.markdown = markdown.trimmed();
        if (kind == ImportBlock::Kind::ListItem) {
            if (m_list < 0)
                m_list = m_lists++;
            block.list = m_list;
        } else {
            m_list = -1;
        }
        static const QRegularExpression url(u"https?://[^\\s<>()\"]+[^\\s<>()\".,;:!?]"_s);
        block.url = url.match(text).captured();
        m_document.blocks << block;
    }

    void readPlainLine(const QString &line, const QString &nextLine)
    {
        if (const QString item = listItem(line, false); !item.isNull()) {
            add(ImportBlock::Kind::ListItem, item, escaped(item));
            return;
        }
        if (looksLikeHeading(line, nextLine)) {
            add(ImportBlock::Kind::Heading, line, escaped(line), 2);
            return;
        }
        add(ImportBlock::Kind::Paragraph, line, escaped(line));
    }

    void readMarkdownLine(const QString &line, const QString &nextLine)
    {
        static const QRegularExpression atx(u"^(#{1,6})\\s+(.*?)\\s*#*$"_s);
        static const QRegularExpression setext(u"^(=+|-+)$"_s);
        if (const QRegularExpressionMatch heading = atx.match(line); heading.hasMatch()) {
            flush();
            add(ImportBlock::Kind::Heading, heading.captured(2), heading.captured(2),
                int(heading.capturedLength(1)));
            return;
        }
        if (m_paragraph.isEmpty() && !nextLine.isEmpty() && setext.match(nextLine).hasMatch()
            && listItem(line, true).isNull()) {
            add(ImportBlock::Kind::Heading, line, line, nextLine.startsWith(u'=') ? 1 : 2);
            m_skipNext = true;
            return;
        }
        if (const QString item = listItem(line, true); !item.isNull()) {
            flush();
            add(ImportBlock::Kind::ListItem, item, item);
            return;
        }
        const ImportBlock::Kind kind
            = line.startsWith(u'>') ? ImportBlock::Kind::Quote : ImportBlock::Kind::Paragraph;
        if (kind != m_kind)
            flush();
        m_kind = kind;
        m_paragraph << (kind == ImportBlock::Kind::Quote ? line.mid(1).trimmed() : line);
    }

    void flush()
    {
        if (m_paragraph.isEmpty())
            return;
        const QString markdown = m_paragraph.join(u'\n');
        add(m_kind, m_paragraph.join(u' '), markdown);
        m_paragraph.clear();
        m_kind = ImportBlock::Kind::Paragraph;
    }
};

} // namespace

ImportDocument TextImportReader::read(const QByteArray &text, bool markdown)
{
    QString decoded = QString::fromUtf8(text);
    decoded.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(QChar(0x00A0), u' ');
    return Reader(markdown).read(decoded.split(u'\n'));
}

} // namespace Copydesk
