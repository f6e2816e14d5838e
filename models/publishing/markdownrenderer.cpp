// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "markdownrenderer.h"

#include "codehighlighter.h"
#include "htmlentities.h"
#include "htmltext.h"
#include "markdowntext.h"
#include "md4cattribute.h"
#include "urlpolicy.h"

#include <QList>
#include <QRegularExpression>
#include <md4c.h>

namespace Copydesk {

namespace {

QByteArray escaped(const QString &text)
{
    QByteArray out;
    HtmlText::appendEscaped(out, text.toUtf8());
    return out;
}

// The md4c callbacks write into one Emitter per document.
class Emitter
{
public:
    Emitter(int headingOffset, bool inlineOnly)
        : m_headingOffset(headingOffset)
        , m_inlineOnly(inlineOnly)
    { }

    QByteArray html;

    void enterBlock(MD_BLOCKTYPE type, const void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
            html += "<blockquote>\n";
            break;
        case MD_BLOCK_UL:
            html += "<ul>\n";
            break;
        case MD_BLOCK_OL: {
            const unsigned start = static_cast<const MD_BLOCK_OL_DETAIL *>(detail)->start;
            html += start == 1 ? QByteArray("<ol>\n")
                               : "<ol start=\"" + QByteArray::number(start) + "\">\n";
            break;
        }
        case MD_BLOCK_LI:
            html += "<li>";
            break;
        case MD_BLOCK_HR:
            html += "<hr>\n";
            break;
        case MD_BLOCK_H:
            html += "<h" + headingLevel(detail) + '>';
            break;
        case MD_BLOCK_CODE:
            enterCode(*static_cast<const MD_BLOCK_CODE_DETAIL *>(detail));
            break;
        case MD_BLOCK_HTML:
        case MD_BLOCK_P:
            if (!m_inlineOnly)
                html += "<p>";
            break;
        case MD_BLOCK_TABLE:
            // A wide table scrolls in its box; tabindex lets a keyboard scroll it (axe-core's
            // scrollable-region-focusable).
            html += "<div class=\"table\" tabindex=\"0\">\n<table>\n";
            break;
        case MD_BLOCK_THEAD:
            html += "<thead>\n";
            break;
        case MD_BLOCK_TBODY:
            html += "<tbody>\n";
            break;
        case MD_BLOCK_TR:
            html += "<tr>";
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            html += (type == MD_BLOCK_TH ? "<th" : "<td")
                + alignment(static_cast<const MD_BLOCK_TD_DETAIL *>(detail)->align) + '>';
            break;
        }
    }

    void leaveBlock(MD_BLOCKTYPE type, const void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HR:
            break;
        case MD_BLOCK_QUOTE:
            html += "</blockquote>\n";
            break;
        case MD_BLOCK_UL:
            html += "</ul>\n";
            break;
        case MD_BLOCK_OL:
            html += "</ol>\n";
            break;
        case MD_BLOCK_LI:
            html += "</li>\n";
            break;
        case MD_BLOCK_H:
            html += "</h" + headingLevel(detail) + ">\n";
            break;
        case MD_BLOCK_CODE:
            leaveCode();
            break;
        case MD_BLOCK_HTML:
        case MD_BLOCK_P:
            if (!m_inlineOnly)
                html += "</p>\n";
            break;
        case MD_BLOCK_TABLE:
            html += "</table>\n</div>\n";
            break;
        case MD_BLOCK_THEAD:
            html += "</thead>\n";
            break;
        case MD_BLOCK_TBODY:
            html += "</tbody>\n";
            break;
        case MD_BLOCK_TR:
            html += "</tr>\n";
            break;
        case MD_BLOCK_TH:
            html += "</th>";
            break;
        case MD_BLOCK_TD:
            html += "</td>";
            break;
        }
    }

    void enterSpan(MD_SPANTYPE type, const void *detail)
    {
        if (m_imageDepth > 0) {
            // Inside an image only the alt text counts.
            if (type == MD_SPAN_IMG)
                ++m_imageDepth;
            return;
        }
        switch (type) {
        case MD_SPAN_EM:
            html += "<em>";
            break;
        case MD_SPAN_STRONG:
            html += "<strong>";
            break;
        case MD_SPAN_CODE:
            html += "<code>";
            break;
        case MD_SPAN_DEL:
            html += "<del>";
            break;
        case MD_SPAN_A:
            enterLink(*static_cast<const MD_SPAN_A_DETAIL *>(detail));
            break;
        case MD_SPAN_IMG:
            enterImage(*static_cast<const MD_SPAN_IMG_DETAIL *>(detail));
            break;
        default:
            break;
        }
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (m_imageDepth > 0) {
            if (type == MD_SPAN_IMG && --m_imageDepth == 0)
                leaveImage();
            return;
        }
        switch (type) {
        case MD_SPAN_EM:
            html += "</em>";
            break;
        case MD_SPAN_STRONG:
            html += "</strong>";
            break;
        case MD_SPAN_CODE:
            html += "</code>";
            break;
        case MD_SPAN_DEL:
            html += "</del>";
            break;
        case MD_SPAN_A:
            // md4c may close a link whose opening fell inside an image's alt text (and was
            // ignored there); such a close has nothing to close.
            if (!m_links.isEmpty() && m_links.takeLast())
                html += "</a>";
            break;
        default:
            break;
        }
    }

    void text(MD_TEXTTYPE type, QByteArrayView text)
    {
        if (m_inCode) {
            m_code += text;
            return;
        }
        QByteArray &out = m_imageDepth > 0 ? m_alt : html;
        switch (type) {
        case MD_TEXT_NULLCHAR:
            out += "\xEF\xBF\xBD";
            break;
        case MD_TEXT_BR:
            out += m_imageDepth > 0 ? " " : "<br>\n";
            break;
        case MD_TEXT_SOFTBR:
            out += m_imageDepth > 0 ? " " : "\n";
            break;
        case MD_TEXT_ENTITY:
            HtmlText::appendEscaped(out, HtmlText::clean(HtmlEntities::decode(text)).toUtf8());
            break;
        default:
            HtmlText::appendEscaped(out, text);
        }
    }

private:
    QByteArray headingLevel(const void *detail) const
    {
        const int level = static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level + m_headingOffset;
        return QByteArray::number(std::clamp(level, 1, 6));
    }

    static QByteArray alignment(MD_ALIGN align)
    {
        switch (align) {
        case MD_ALIGN_LEFT:
            return " class=\"align-start\"";
        case MD_ALIGN_CENTER:
            return " class=\"align-center\"";
        case MD_ALIGN_RIGHT:
            return " class=\"align-end\"";
        case MD_ALIGN_DEFAULT:
            break;
        }
        return {};
    }

    void enterCode(const MD_BLOCK_CODE_DETAIL &detail)
    {
        static const QRegularExpression languageName(QStringLiteral("^[A-Za-z0-9_+#.-]{1,32}$"));
        const QString language = Md4cAttribute::text(detail.lang);
        m_codeLanguage = languageName.match(language).hasMatch() ? language : QString();
        m_inCode = true;
        m_code.clear();
    }

    void leaveCode()
    {
        m_inCode = false;
        const QString code = HtmlText::clean(QString::fromUtf8(m_code));
        const QString highlighted = CodeHighlighter::toHtml(code, m_codeLanguage);
        html += "<pre class=\"code\" tabindex=\"0\"><code";
        if (!m_codeLanguage.isEmpty())
            html += " class=\"language-" + escaped(m_codeLanguage) + '"';
        html += '>';
        html += highlighted.isNull() ? escaped(code) : highlighted.toUtf8();
        html += "</code></pre>\n";
    }

    void enterLink(const MD_SPAN_A_DETAIL &detail)
    {
        // Links cannot nest in HTML; an autolink inside a link's text stays text.
        const bool insideLink = m_links.contains(true);
        const QString href
            = insideLink ? QString() : UrlPolicy::link(Md4cAttribute::text(detail.href));
        m_links.append(!href.isEmpty());
        if (href.isEmpty())
            return;
        html += "<a href=\"" + escaped(href) + '"';
        const QString title = Md4cAttribute::text(detail.title);
        if (!title.isEmpty())
            html += " title=\"" + escaped(title) + '"';
        html += '>';
    }

    void enterImage(const MD_SPAN_IMG_DETAIL &detail)
    {
        m_imageDepth = 1;
        m_alt.clear();
        const QString source = Md4cAttribute::text(detail.src);
        m_imageTitle = Md4cAttribute::text(detail.title);
        m_imageSource = UrlPolicy::embeddedImage(source);
        m_imageLink = m_imageSource.isEmpty() && !m_links.contains(true) ? UrlPolicy::link(source)
                                                                         : QString();
    }

    void leaveImage()
    {
        const QByteArray title
            = m_imageTitle.isEmpty() ? QByteArray() : " title=\"" + escaped(m_imageTitle) + '"';
        if (!m_imageSource.isEmpty()) {
            html
                += "<img src=\"" + escaped(m_imageSource) + "\" alt=\"" + m_alt + '"' + title + '>';
        } else if (!m_imageLink.isEmpty()) {
            html
                += "<a class=\"external-image\" href=\"" + escaped(m_imageLink) + '"' + title + '>';
            html += m_alt.trimmed().isEmpty() ? escaped(m_imageLink) : m_alt;
            html += "</a>";
        } else {
            html += m_alt;
        }
    }

    const int m_headingOffset;
    const bool m_inlineOnly;
    bool m_inCode = false;
    QByteArray m_code;
    QString m_codeLanguage;
    QList<bool> m_links; ///< One entry per open link span: whether an <a> was written.
    int m_imageDepth = 0;
    QByteArray m_alt;
    QString m_imageSource;
    QString m_imageLink;
    QString m_imageTitle;
};

Emitter &emitter(void *userdata)
{
    return *static_cast<Emitter *>(userdata);
}

QString render(const QString &markdown, int headingOffset, bool inlineOnly)
{
    if (markdown.trimmed().isEmpty())
        return {};
    const QByteArray source = HtmlText::clean(markdown).toUtf8();
    Emitter out(headingOffset, inlineOnly);
    out.html.reserve(source.size() + source.size() / 4 + 64);

    MD_PARSER parser = {};
    parser.flags = MarkdownText::parserFlags();
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *userdata) {
        emitter(userdata).enterBlock(type, detail);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *detail, void *userdata) {
        emitter(userdata).leaveBlock(type, detail);
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *userdata) {
        emitter(userdata).enterSpan(type, detail);
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *userdata) {
        emitter(userdata).leaveSpan(type);
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata) {
        emitter(userdata).text(type, QByteArrayView(text, size));
        return 0;
    };
    md_parse(source.constData(), MD_SIZE(source.size()), &parser, &out);
    return QString::fromUtf8(out.html);
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown, int headingOffset)
{
    return render(markdown, headingOffset, false);
}

QString MarkdownRenderer::inlineToHtml(const QString &markdown)
{
    return render(markdown, 2, true).trimmed();
}

unsigned MarkdownRenderer::parserFlags()
{
    return MarkdownText::parserFlags();
}

} // namespace Copydesk
