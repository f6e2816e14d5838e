// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "htmlscanner.h"

#include "htmlentities.h"

namespace HtmlScanner {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

class Scanner
{
public:
    explicit Scanner(const QString &html)
        : m_html(html)
    { }

    QList<Tag> run()
    {
        while (m_pos < m_html.size()) {
            const qsizetype open = m_html.indexOf(u'<', m_pos);
            if (open < 0)
                break;
            m_pos = open + 1;
            if (QStringView(m_html).sliced(open).startsWith(u"<!--")) {
                const qsizetype end = m_html.indexOf(u"-->", open + 4);
                m_pos = end < 0 ? m_html.size() : end + 3;
            } else if (peek() == u'!' || peek() == u'?') {
                skipPast(u'>');
            } else if (peek() == u'/' && isAsciiLetter(peek(1))) {
                ++m_pos;
                Tag tag;
                tag.closing = true;
                tag.name = name();
                skipPast(u'>');
                m_tags.append(tag);
            } else if (isAsciiLetter(peek())) {
                startTag();
            }
        }
        return m_tags;
    }

private:
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_html.size() ? m_html.at(m_pos + ahead) : QChar();
    }

    void skipPast(QChar c)
    {
        const qsizetype end = m_html.indexOf(c, m_pos);
        m_pos = end < 0 ? m_html.size() : end + 1;
    }

    QString name()
    {
        const qsizetype begin = m_pos;
        while (m_pos < m_html.size() && !isSpace(peek()) && peek() != u'/' && peek() != u'>')
            ++m_pos;
        return m_html.sliced(begin, m_pos - begin).toLower();
    }

    void startTag()
    {
        Tag tag;
        tag.name = name();
        while (m_pos < m_html.size()) {
            while (m_pos < m_html.size() && (isSpace(peek()) || peek() == u'/'))
                ++m_pos;
            if (peek() == u'>' || m_pos >= m_html.size()) {
                ++m_pos;
                break;
            }
            Attribute attribute;
            const qsizetype begin = m_pos;
            ++m_pos; // A first "=" belongs to the name.
            while (m_pos < m_html.size() && !isSpace(peek()) && peek() != u'/' && peek() != u'>'
                && peek() != u'=')
                ++m_pos;
            attribute.name = m_html.sliced(begin, m_pos - begin).toLower();
            while (isSpace(peek()))
                ++m_pos;
            if (peek() == u'=') {
                ++m_pos;
                while (isSpace(peek()))
                    ++m_pos;
                attribute.value = Copydesk::HtmlEntities::decodeAll(value());
            }
            tag.attributes.append(attribute);
        }
        static const QStringList rawTextElements = {QStringLiteral("script"),
            QStringLiteral("style"), QStringLiteral("title"), QStringLiteral("textarea")};
        if (rawTextElements.contains(tag.name)) {
            const qsizetype end
                = m_html.indexOf(QStringLiteral("</") + tag.name, m_pos, Qt::CaseInsensitive);
            const qsizetype stop = end < 0 ? m_html.size() : end;
            tag.rawText = m_html.sliced(m_pos, stop - m_pos);
            m_pos = stop;
        }
        m_tags.append(tag);
    }

    QString value()
    {
        const QChar quote = peek();
        if (quote == u'"' || quote == u'\'') {
            const qsizetype begin = m_pos + 1;
            const qsizetype end = m_html.indexOf(quote, begin);
            m_pos = end < 0 ? m_html.size() : end + 1;
            return m_html.sliced(begin, (end < 0 ? m_html.size() : end) - begin);
        }
        const qsizetype begin = m_pos;
        while (m_pos < m_html.size() && !isSpace(peek()) && peek() != u'>')
            ++m_pos;
        return m_html.sliced(begin, m_pos - begin);
    }

    const QString &m_html;
    qsizetype m_pos = 0;
    QList<Tag> m_tags;
};

} // namespace

QString Tag::attribute(const QString &name) const
{
    for (const Attribute &attribute : attributes) {
        if (attribute.name == name)
            return attribute.value.isNull() ? QStringLiteral("") : attribute.value;
    }
    return {};
}

QList<Tag> tags(const QString &html)
{
    return Scanner(html).run();
}

} // namespace HtmlScanner
