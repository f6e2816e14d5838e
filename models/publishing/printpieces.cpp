// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "printpieces.h"

#include <QCryptographicHash>
#include <QHash>
#include <algorithm>
#include <cstring>
#include <gumbo.h>
#include <memory>
#include <vector>

namespace Copydesk {

namespace {

/// A place to cut: before the start tag of `node`, after `text` bytes of the body's text.
struct Cut
{
    qsizetype offset = 0;
    qsizetype text = 0;
    const GumboNode *node = nullptr;
    bool part = false; ///< A <section>: where one of the article's parts starts.
};

/// Elements deeper than this are not looked into for places to cut (a hostile page of nested
/// sections must not exhaust the stack).
constexpr int MaxDepth = 32;

bool hasStartTag(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.original_tag.length > 0
        && (node->parse_flags & GUMBO_INSERTION_BY_PARSER) == 0;
}

/// Elements whose children the text flows through, one block after another.
bool isFlow(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_DIV: // the lede; a FAQ entry's dt and dd are no blocks to cut before
    case GUMBO_TAG_DL:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

/// Whether a piece may start with `child` inside `parent`.
bool mayCutBefore(GumboTag parent, GumboTag child)
{
    if (parent == GUMBO_TAG_UL)
        return child == GUMBO_TAG_LI;
    if (parent == GUMBO_TAG_DL) // FAQ entries (div) or a term with its descriptions
        return child == GUMBO_TAG_DIV || child == GUMBO_TAG_DT;
    switch (child) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
        return true;
    default:
        return false;
    }
}

/// The bytes of text in `node` and everything in it.
qsizetype textBytes(const GumboNode *node)
{
    qsizetype bytes = 0;
    std::vector<const GumboNode *> stack {node};
    while (!stack.empty()) {
        const GumboNode *next = stack.back();
        stack.pop_back();
        if (next->type == GUMBO_NODE_ELEMENT || next->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector &children = next->v.element.children;
            for (unsigned int i = 0; i < children.length; ++i)
                stack.push_back(static_cast<const GumboNode *>(children.data[i]));
        } else if (next->type != GUMBO_NODE_COMMENT && next->type != GUMBO_NODE_DOCUMENT) {
            bytes += qsizetype(next->v.text.original_text.length);
        }
    }
    return bytes;
}

/// Every place to cut inside `parent`, in the page's order; `text` counts the text before.
void collect(const GumboNode *parent, int depth, qsizetype &text, std::vector<Cut> &cuts)
{
    const GumboVector &children = parent->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT) {
            text += textBytes(child);
            continue;
        }
        const GumboTag tag = child->v.element.tag;
        const bool explicitTag = hasStartTag(child);
        if (explicitTag && mayCutBefore(parent->v.element.tag, tag))
            cuts.push_back({qsizetype(child->v.element.start_pos.offset), text, child,
                tag == GUMBO_TAG_SECTION});
        if (explicitTag && isFlow(tag) && depth < MaxDepth)
            collect(child, depth + 1, text, cuts);
        else
            text += textBytes(child);
    }
}

const GumboNode *bodyOf(const GumboOutput *output)
{
    const GumboNode *root = output->root;
    if (root == nullptr || root->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = root->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
            return hasStartTag(child) ? child : nullptr;
    }
    return nullptr;
}

/// The elements `node` sits in below the body, outermost first.
std::vector<const GumboNode *> parentsOf(const GumboNode *node)
{
    std::vector<const GumboNode *> parents;
    for (const GumboNode *parent = node->parent;
        parent && parent->type == GUMBO_NODE_ELEMENT && parent->v.element.tag != GUMBO_TAG_BODY;
        parent = parent->parent)
        parents.push_back(parent);
    std::reverse(parents.begin(), parents.end());
    return parents;
}

/// The style of a piece after the first: the elements it reopens go on as their first fragment
/// left off (no top margin, padding or border, as Chromium slices a box at a page break), and
/// its first block's top margin is truncated as at a page break.
constexpr char ContinuedStyle[] = "[data-copydesk-piece=reopened]{margin-top:0!important;"
                                  "padding-top:0!important;border-top:0!important}"
                                  "[data-copydesk-piece=first]{margin-top:0!important}";

/// `tag` (a start tag as the page has it) with data-copydesk-piece="`role`".
QByteArray marked(QByteArrayView tag, const GumboNode *element, const char *role)
{
    const qsizetype name
        = 1 + qsizetype(std::strlen(gumbo_normalized_tagname(element->v.element.tag)));
    QByteArray result = tag.first(name).toByteArray();
    result += QByteArray(" data-copydesk-piece=\"") + role + '"';
    result += tag.sliced(name);
    return result;
}

/// The page's head for a piece after the first, up to and with the body's start tag: with
/// ContinuedStyle, and its hash allowed by the Content-Security-Policy when that allows styles
/// by hash.
QByteArray continuedHead(QByteArrayView head)
{
    const QByteArray style(ContinuedStyle);
    const QByteArray hash = QCryptographicHash::hash(style, QCryptographicHash::Sha256).toBase64();
    QByteArray result = head.toByteArray();
    const qsizetype policy = result.indexOf("style-src 'sha256-");
    if (policy >= 0)
        result.insert(policy + 10, "'sha256-" + hash + "' ");
    qsizetype at = result.lastIndexOf("</head>");
    if (at < 0)
        at = result.size();
    result.insert(at, "<style>" + style + "</style>\n");
    return result;
}

/// The start tags that reopen the elements a piece's first block sits in.
QByteArray reopening(const GumboNode *first)
{
    QByteArray tags;
    for (const GumboNode *parent : parentsOf(first)) {
        const GumboStringPiece &tag = parent->v.element.original_tag;
        tags += marked(QByteArrayView(tag.data, qsizetype(tag.length)), parent, "reopened");
    }
    return tags;
}

/// The end tags that close what the block after a piece sits in, and the document.
QByteArray closing(const GumboNode *next)
{
    QByteArray tags;
    const std::vector<const GumboNode *> parents = parentsOf(next);
    for (auto parent = parents.rbegin(); parent != parents.rend(); ++parent)
        tags += QByteArray("</") + gumbo_normalized_tagname((*parent)->v.element.tag) + '>';
    return tags + "\n</body>\n</html>\n";
}

/// The letters of a text node; none of an element (its children have them) or a comment.
QString lettersOf(const GumboNode *node)
{
    const bool text = node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
        || node->type == GUMBO_NODE_WHITESPACE;
    return text ? PrintPieces::letters(QString::fromUtf8(node->v.text.text)) : QString();
}

/// The first `count` letters of `node`'s text, in the page's order.
QString leadOf(const GumboNode *node, qsizetype count)
{
    QString lead;
    std::vector<const GumboNode *> stack {node};
    while (!stack.empty() && lead.size() < count) {
        const GumboNode *next = stack.back();
        stack.pop_back();
        lead += lettersOf(next);
        if (next->type == GUMBO_NODE_ELEMENT || next->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector &children = next->v.element.children;
            for (unsigned int i = children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return lead.left(count);
}

/// The last `count` letters of the body's text before `node`.
QString tailBefore(const GumboNode *node, qsizetype count)
{
    QString tail;
    for (const GumboNode *at = node; at && tail.size() < count; at = at->parent) {
        if (at->type != GUMBO_NODE_ELEMENT || at->v.element.tag == GUMBO_TAG_BODY || !at->parent)
            break;
        const GumboVector &siblings = at->parent->v.element.children;
        for (unsigned int i = at->index_within_parent; i > 0 && tail.size() < count; --i) {
            // The sibling's text from its end: children pushed first to last, popped last first.
            std::vector<const GumboNode *> stack {
                static_cast<const GumboNode *>(siblings.data[i - 1])};
            while (!stack.empty() && tail.size() < count) {
                const GumboNode *next = stack.back();
                stack.pop_back();
                tail.prepend(lettersOf(next));
                if (next->type == GUMBO_NODE_ELEMENT || next->type == GUMBO_NODE_TEMPLATE) {
                    const GumboVector &children = next->v.element.children;
                    for (unsigned int c = 0; c < children.length; ++c)
                        stack.push_back(static_cast<const GumboNode *>(children.data[c]));
                }
            }
        }
    }
    return tail.right(count);
}

/// Whether the block just before `node` has no text (a rule, a picture without a caption): the
/// printed text cannot tell whether it is on the page that `node` begins, so no join there.
bool afterTextless(const GumboNode *node)
{
    for (const GumboNode *at = node;
        at->parent && at->parent->type == GUMBO_NODE_ELEMENT && at->v.element.tag != GUMBO_TAG_BODY;
        at = at->parent) {
        const GumboVector &siblings = at->parent->v.element.children;
        for (unsigned int i = at->index_within_parent; i > 0; --i) {
            const auto *before = static_cast<const GumboNode *>(siblings.data[i - 1]);
            if (before->type == GUMBO_NODE_ELEMENT)
                return leadOf(before, 1).isEmpty();
            if (!lettersOf(before).isEmpty())
                return false;
        }
    }
    return false;
}

} // namespace

struct PrintPieces::Parsed
{
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output {
        nullptr, [](GumboOutput *parsed) {
            gumbo_destroy_output(&kGumboDefaultOptions, parsed);
        }};
    const GumboNode *body = nullptr;
    std::vector<Cut> cuts;
    qsizetype total = 0;
};

PrintPieces::PrintPieces(const QByteArray &html, qsizetype pieceText)
    : m_html(html)
    , m_pieceText(std::max<qsizetype>(pieceText, 2))
{
    if (html.size() <= minimumText(m_pieceText))
        return;
    auto parsed = std::make_unique<Parsed>();
    parsed->output.reset(
        gumbo_parse_with_options(&kGumboDefaultOptions, m_html.constData(), size_t(m_html.size())));
    parsed->body = parsed->output ? bodyOf(parsed->output.get()) : nullptr;
    if (!parsed->body)
        return;
    collect(parsed->body, 0, parsed->total, parsed->cuts);
    if (parsed->total <= minimumText(m_pieceText) || parsed->cuts.empty())
        return;
    m_parsed = std::move(parsed);
    if (endOf(Whole) == Whole)
        m_parsed.reset();
}

PrintPieces::~PrintPieces() = default;

qsizetype PrintPieces::minimumText(qsizetype pieceText)
{
    return std::max<qsizetype>(pieceText, 2) * 5 / 2;
}

bool PrintPieces::isCut() const
{
    return m_parsed != nullptr;
}

int PrintPieces::endOf(int from) const
{
    if (!m_parsed)
        return Whole;
    const std::vector<Cut> &cuts = m_parsed->cuts;
    const qsizetype total = m_parsed->total;
    const qsizetype last = from == Whole ? 0 : cuts.at(size_t(from)).text;
    if (total - last <= m_pieceText * 3 / 2)
        return Whole;
    const auto before = [](const Cut &cut, qsizetype text) {
        return cut.text < text;
    };
    const auto after = cuts.begin() + (from == Whole ? 0 : from + 1);
    const auto low = std::lower_bound(after, cuts.end(), last + m_pieceText / 2, before);
    auto pick = std::find_if(low, cuts.end(),
        [&](const Cut &cut) { return cut.part || cut.text > last + 2 * m_pieceText; });
    if (pick == cuts.end() || !pick->part)
        pick = std::lower_bound(low, cuts.end(), last + m_pieceText, before);
    if (pick == cuts.end() || total - pick->text < m_pieceText / 4)
        return Whole;
    return int(pick - cuts.begin());
}

QByteArray PrintPieces::piece(int from, int to) const
{
    if (!m_parsed)
        return m_html;
    const GumboElement &body = m_parsed->body->v.element;
    const std::vector<Cut> &cuts = m_parsed->cuts;
    const qsizetype start = from == Whole ? 0 : cuts.at(size_t(from)).offset;
    const qsizetype end = to == Whole ? m_html.size() : cuts.at(size_t(to)).offset;
    QByteArray piece;
    qsizetype at = start;
    if (from != Whole) {
        const Cut &first = cuts.at(size_t(from));
        piece = continuedHead(QByteArrayView(m_html).first(
            qsizetype(body.start_pos.offset + body.original_tag.length)));
        piece += reopening(first.node);
        const GumboStringPiece &tag = first.node->v.element.original_tag;
        piece += marked(QByteArrayView(tag.data, qsizetype(tag.length)), first.node, "first");
        at += qsizetype(tag.length);
    }
    piece += QByteArrayView(m_html).sliced(at, end - at);
    if (to != Whole)
        piece += closing(cuts.at(size_t(to)).node);
    return piece;
}

double PrintPieces::share(int cut) const
{
    if (!m_parsed || cut == Whole || m_parsed->total == 0)
        return 0;
    return double(m_parsed->cuts.at(size_t(cut)).text) / double(m_parsed->total);
}

QList<PrintPieces::Join> PrintPieces::joinsBefore(int from, int to, qsizetype text) const
{
    QList<Join> joins;
    if (!m_parsed || to == Whole)
        return joins;
    constexpr qsizetype Letters = 40;
    const std::vector<Cut> &cuts = m_parsed->cuts;
    const qsizetype least = cuts.at(size_t(to)).text - text;
    // A join whose text is not the only one of its kind in the piece (a paragraph repeated)
    // cannot tell where the printed pages are: left out.
    QHash<QString, int> seen;
    for (int cut = from + 1; cut < to; ++cut) {
        Join join {cut, leadOf(cuts.at(size_t(cut)).node, Letters),
            tailBefore(cuts.at(size_t(cut)).node, Letters)};
        if (join.lead.size() < 8 || join.tail.size() < Letters
            || afterTextless(cuts.at(size_t(cut)).node))
            continue;
        const int times = ++seen[join.tail + u'|' + join.lead];
        if (times == 1 && cuts.at(size_t(cut)).text >= least)
            joins.append(std::move(join));
    }
    joins.removeIf(
        [&seen](const Join &join) { return seen.value(join.tail + u'|' + join.lead) > 1; });
    return joins;
}

QString PrintPieces::letters(const QString &text)
{
    QString result = text;
    result.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return result.toCaseFolded();
}

QList<QByteArray> PrintPieces::split(const QByteArray &html, qsizetype pieceText)
{
    const PrintPieces pieces(html, pieceText);
    QList<QByteArray> documents;
    int from = Whole;
    do {
        const int to = pieces.endOf(from);
        documents.append(pieces.piece(from, to));
        from = to;
    } while (from != Whole);
    return documents;
}

} // namespace Copydesk
