// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "htmlimportreader.h"

#include "htmlmarkdown.h"
#include "jsonldhints.h"
#include "textimportreader.h"
#include "urlpolicy.h"

#include <QList>
#include <algorithm>
#include <cctype>
#include <gumbo.h>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? utf8(found->value) : QString();
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    static const GumboVector none {nullptr, 0, 0};
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return node->v.document.children;
    return none;
}

const GumboNode *child(const GumboNode *node, unsigned i)
{
    return static_cast<const GumboNode *>(childrenOf(node).data[i]);
}

/// Page machinery a reader does not see as copy.
bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
        return true;
    default:
        return false;
    }
}

bool isInline(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA)
        return true;
    switch (tagOf(node)) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_FONT:
        return true;
    default:
        return node->type == GUMBO_NODE_COMMENT;
    }
}

bool isText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA;
}

/// Whether a descendant is left out of a block's text: machinery, the `except` element (a
/// quote's attribution), and with `inlineOnly` every block inside.
bool leftOut(const GumboNode *descendant, GumboTag except, bool inlineOnly)
{
    const GumboTag tag = tagOf(descendant);
    return isSkipped(tag) || (except != GUMBO_TAG_UNKNOWN && tag == except)
        || (inlineOnly && !isInline(descendant));
}

/// The text under `node` without recursion (nesting depth is the page's to choose), skipped
/// elements and `except` left out; <br> is a space.
QString textOf(const GumboNode *node, GumboTag except = GUMBO_TAG_UNKNOWN, bool inlineOnly = false)
{
    QString out;
    QList<const GumboNode *> stack {node};
    while (!stack.isEmpty()) {
        const GumboNode *current = stack.takeLast();
        if (isText(current)) {
            out += utf8(current->v.text.text);
            continue;
        }
        const GumboTag tag = tagOf(current);
        if (current != node && leftOut(current, except, inlineOnly))
            continue;
        if (tag == GUMBO_TAG_BR || (current != node && !isInline(current)))
            out += u' ';
        const GumboVector &children = childrenOf(current);
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return out.replace(QChar(0x00A0), u' ').simplified();
}

/// The inline markup of `node` as minimal HTML for htmlToMarkdown(): emphasis, code, line
/// breaks and links UrlPolicy accepts; everything else is its text.
QString inlineHtml(
    const GumboNode *node, GumboTag except = GUMBO_TAG_UNKNOWN, bool inlineOnly = false)
{
    QString out;
    struct Step
    {
        const GumboNode *node;
        QString close;
    };
    QList<Step> stack {{node, {}}};
    while (!stack.isEmpty()) {
        Step step = stack.takeLast();
        if (!step.node) {
            out += step.close;
            continue;
        }
        const GumboNode *current = step.node;
        if (isText(current)) {
            out += utf8(current->v.text.text).toHtmlEscaped();
            continue;
        }
        const GumboTag tag = tagOf(current);
        if (current != node && leftOut(current, except, inlineOnly))
            continue;
        QString open;
        QString close;
        switch (tag) {
        case GUMBO_TAG_EM:
        case GUMBO_TAG_I:
            open = u"<em>"_s, close = u"</em>"_s;
            break;
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
            open = u"<strong>"_s, close = u"</strong>"_s;
            break;
        case GUMBO_TAG_CODE:
            open = u"<code>"_s, close = u"</code>"_s;
            break;
        case GUMBO_TAG_BR:
            open = u"<br>"_s;
            break;
        case GUMBO_TAG_A:
            if (const QString href = UrlPolicy::link(attribute(current, "href"));
                !href.isEmpty() && !href.startsWith(u'#')) {
                open = u"<a href=\""_s + href.toHtmlEscaped() + u"\">"_s, close = u"</a>"_s;
            }
            break;
        default:
            if (current != node && !isInline(current))
                open = u" "_s;
            break;
        }
        out += open;
        stack.append(Step {nullptr, close});
        const GumboVector &children = childrenOf(current);
        for (unsigned i = children.length; i > 0; --i)
            stack.append(Step {static_cast<const GumboNode *>(children.data[i - 1]), {}});
    }
    return out;
}

/// Whether an element that is not inline (and not skipped) is inside `node`.
bool hasBlockInside(const GumboNode *node)
{
    QList<const GumboNode *> stack {node};
    while (!stack.isEmpty()) {
        const GumboNode *current = stack.takeLast();
        if (current != node && current->type == GUMBO_NODE_ELEMENT && !isInline(current)
            && !isSkipped(tagOf(current)))
            return true;
        const GumboVector &children = childrenOf(current);
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return false;
}

/// The first descendant of `node` with `tag` (breadth does not matter), or null.
const GumboNode *find(const GumboNode *node, GumboTag tag)
{
    QList<const GumboNode *> stack {node};
    while (!stack.isEmpty()) {
        const GumboNode *current = stack.takeLast();
        if (current != node && tagOf(current) == tag)
            return current;
        const GumboVector &children = childrenOf(current);
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return nullptr;
}

class Walker
{
public:
    ImportDocument document;

    void walk(const GumboNode *node, int depth)
    {
        const GumboTag tag = tagOf(node);
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            return;
        if (tag == GUMBO_TAG_SCRIPT) {
            readScript(node);
            return;
        }
        if (tag == GUMBO_TAG_HEAD) {
            readHead(node);
            return;
        }
        if (isSkipped(tag))
            return;
        if (depth >= HtmlImportReader::MaxDepth) {
            add(ImportBlock::Kind::Paragraph, node);
            return;
        }
        switch (tag) {
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: {
            // A heading the parser had to fill with blocks (an unclosed <h1> swallows the page)
            // is its own inline words; the blocks inside are read as blocks.
            const bool holdsBlocks = hasBlockInside(node);
            if (ImportBlock *heading
                = add(ImportBlock::Kind::Heading, node, GUMBO_TAG_UNKNOWN, holdsBlocks))
                heading->level = int(tag - GUMBO_TAG_H1) + 1;
            if (holdsBlocks)
                walkBlocksInside(node, depth);
        }
            return;
        case GUMBO_TAG_P:
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_TR:
            add(ImportBlock::Kind::Paragraph, node);
            return;
        case GUMBO_TAG_PRE:
            addPre(node);
            return;
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
            readList(node);
            return;
        case GUMBO_TAG_DT:
            add(ImportBlock::Kind::Term, node);
            return;
        case GUMBO_TAG_DD:
            add(ImportBlock::Kind::Definition, node);
            return;
        case GUMBO_TAG_BLOCKQUOTE:
            readQuote(node, {});
            return;
        case GUMBO_TAG_FIGURE:
            readFigure(node, depth);
            return;
        case GUMBO_TAG_FIGCAPTION:
            readCaption(node);
            return;
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER: {
            const bool header = m_header;
            const bool footer = m_footer;
            (tag == GUMBO_TAG_HEADER ? m_header : m_footer) = true;
            readContainer(node, depth);
            m_header = header;
            m_footer = footer;
            return;
        }
        default:
            readContainer(node, depth);
            return;
        }
    }

private:
    bool m_header = false;
    bool m_footer = false;
    bool m_h1Seen = false;
    int m_lists = 0;

    /// Walks the blocks inside `node`, looking through the inline elements around them.
    void walkBlocksInside(const GumboNode *node, int depth)
    {
        const GumboVector &children = childrenOf(node);
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *current = child(node, i);
            if (current->type != GUMBO_NODE_ELEMENT)
                continue;
            if (!isInline(current))
                walk(current, depth + 1);
            else if (depth < HtmlImportReader::MaxDepth)
                walkBlocksInside(current, depth + 1);
        }
    }

    /// The block added for `node`, or null when it has no text.
    ImportBlock *add(ImportBlock::Kind kind, const GumboNode *node,
        GumboTag except = GUMBO_TAG_UNKNOWN, bool inlineOnly = false)
    {
        ImportBlock block;
        block.kind = kind;
        block.text = textOf(node, except, inlineOnly);
        if (block.text.isEmpty())
            return nullptr;
        block.markdown
            = htmlToMarkdown(u"<p>"_s + inlineHtml(node, except, inlineOnly) + u"</p>"_s).trimmed();
        if (const GumboNode *link = find(node, GUMBO_TAG_A))
            block.url = UrlPolicy::link(attribute(link, "href"));
        if (const GumboNode *time = find(node, GUMBO_TAG_TIME))
            block.time = QDateTime::fromString(attribute(time, "datetime"), Qt::ISODate);
        block.inHeader = m_header && !m_h1Seen;
        block.inFooter = m_footer;
        m_h1Seen = m_h1Seen
            || (kind == ImportBlock::Kind::Heading && node->v.element.tag == GUMBO_TAG_H1);
        document.blocks << block;
        return &document.blocks.last();
    }

    void addPre(const GumboNode *node)
    {
        const QString text = textOf(node);
        if (text.isEmpty())
            return;
        ImportBlock block;
        block.text = text;
        block.markdown = htmlToMarkdown(u"<pre>"_s + inlineHtml(node) + u"</pre>"_s).trimmed();
        document.blocks << block;
    }

    void readList(const GumboNode *node)
    {
        const int list = m_lists++;
        const GumboVector &children = childrenOf(node);
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *item = child(node, i);
            if (tagOf(item) != GUMBO_TAG_LI)
                continue;
            if (ImportBlock *block = add(ImportBlock::Kind::ListItem, item))
                block->list = list;
        }
    }

    void readQuote(const GumboNode *node, const QString &caption)
    {
        const GumboNode *cite = find(node, GUMBO_TAG_FOOTER);
        const GumboTag except = cite ? GUMBO_TAG_FOOTER : GUMBO_TAG_CITE;
        if (!cite)
            cite = find(node, GUMBO_TAG_CITE);
        if (ImportBlock *block = add(ImportBlock::Kind::Quote, node, except))
            block->attribution = cite ? textOf(cite) : caption;
    }

    void readFigure(const GumboNode *node, int depth)
    {
        const GumboNode *caption = find(node, GUMBO_TAG_FIGCAPTION);
        if (const GumboNode *quote = find(node, GUMBO_TAG_BLOCKQUOTE)) {
            readQuote(quote, caption ? textOf(caption) : QString());
            return;
        }
        if (!caption) {
            readContainer(node, depth);
            return;
        }
        readCaption(caption);
        if (const GumboNode *image = find(node, GUMBO_TAG_IMG); image && !document.blocks.isEmpty()
            && document.blocks.last().kind == ImportBlock::Kind::Caption)
            document.blocks.last().attribution = attribute(image, "alt").simplified();
    }

    void readCaption(const GumboNode *node) { add(ImportBlock::Kind::Caption, node); }

    /// Block children are walked; runs of inline content between them are paragraphs.
    void readContainer(const GumboNode *node, int depth)
    {
        const GumboVector &children = childrenOf(node);
        unsigned runStart = 0;
        const auto flush = [&](unsigned end) {
            QString html;
            QString text;
            for (unsigned i = runStart; i < end; ++i) {
                html += inlineHtml(child(node, i));
                text += u' ' + textOf(child(node, i));
            }
            text = text.simplified();
            if (!text.isEmpty()) {
                ImportBlock block;
                block.text = text;
                block.markdown = htmlToMarkdown(u"<p>"_s + html + u"</p>"_s).trimmed();
                block.inHeader = m_header;
                block.inFooter = m_footer;
                document.blocks << block;
            }
        };
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *current = child(node, i);
            if (isInline(current))
                continue;
            flush(i);
            runStart = i + 1;
            walk(current, depth + 1);
        }
        flush(children.length);
    }

    void readHead(const GumboNode *head)
    {
        const GumboVector &children = childrenOf(head);
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *current = child(head, i);
            const GumboTag tag = tagOf(current);
            if (tag == GUMBO_TAG_SCRIPT) {
                readScript(current);
            } else if (tag == GUMBO_TAG_META) {
                const QString key
                    = (attribute(current, "property").isEmpty() ? attribute(current, "name")
                                                                : attribute(current, "property"))
                          .toLower();
                const QString content = attribute(current, "content").simplified();
                JsonLdHints::meta(document.hints, key, content);
            }
        }
    }

    void readScript(const GumboNode *node)
    {
        if (attribute(node, "type").trimmed().toLower() != u"application/ld+json"_s)
            return;
        const GumboVector &children = childrenOf(node);
        QByteArray json;
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *text = child(node, i);
            if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE)
                json += text->v.text.text;
        }
        if (json.size() <= HtmlImportReader::MaxJsonBytes)
            JsonLdHints::read(document.hints, json);
    }
};

/// How deep the start tags of `html` nest, roughly and in linear time: end tags close the last
/// one, void elements and those the parser closes by itself (<p>, <li>, <td>…) do not count.
int nestingOf(const QByteArray &html)
{
    static const QList<QByteArray> uncounted {"area", "base", "br", "col", "embed", "hr", "img",
        "input", "link", "meta", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
        "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html",
        "head", "body"};
    int depth = 0;
    int deepest = 0;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (html.at(i) != '<')
            continue;
        if (html.at(i + 1) == '/') {
            depth = std::max(0, depth - 1);
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && std::isalnum(static_cast<unsigned char>(html.at(end))))
            ++end;
        if (end == i + 1 || uncounted.contains(html.mid(i + 1, end - i - 1).toLower()))
            continue;
        const qsizetype close = html.indexOf('>', end);
        if (close < 0)
            break;
        if (html.at(close - 1) != '/')
            deepest = std::max(deepest, ++depth);
        i = close;
    }
    return deepest;
}

} // namespace

ImportDocument HtmlImportReader::read(const QByteArray &html)
{
    if (nestingOf(html) > MaxNesting)
        return TextImportReader::read(htmlToMarkdown(QString::fromUtf8(html)).toUtf8(), true);
    GumboOutput *output
        = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    Walker walker;
    if (output->root->type == GUMBO_NODE_ELEMENT)
        walker.document.hints.language = attribute(output->root, "lang").trimmed();
    const GumboVector &children = childrenOf(output->root);
    for (unsigned i = 0; i < children.length; ++i)
        walker.walk(child(output->root, i), 1);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return std::move(walker.document);
}

} // namespace Copydesk
