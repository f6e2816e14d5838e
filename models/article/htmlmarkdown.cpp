// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "htmlmarkdown.h"

#include "htmlsource.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace Copydesk {

using namespace Qt::StringLiterals;

using namespace HtmlSource;

namespace {

constexpr qsizetype MaxContainers = 16;
constexpr qsizetype MaxInlineDepth = 256;

QString escapeText(QStringView text, QChar before)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (QStringView(u"\\*`[]<").contains(c)) {
            out += u'\\';
        } else if (c == u'_') {
            const QChar previous = i > 0 ? text.at(i - 1) : before;
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar(u' ');
            if (!previous.isLetterOrNumber() || !next.isLetterOrNumber())
                out += u'\\';
        }
        out += c;
    }
    return out;
}

/// A line of paragraph text that Markdown would read as a block marker gets a backslash.
QString escapeLineStart(const QString &line)
{
    if (line.startsWith(u'#') || line.startsWith(u'>') || line.startsWith(u"- ")
        || line.startsWith(u"+ ") || line == u"-" || line == u"+")
        return u'\\' + line;
    bool onlyRule = !line.isEmpty();
    for (QChar c : line)
        onlyRule = onlyRule && (c == u'-' || c == u'=');
    if (onlyRule)
        return u'\\' + line;
    qsizetype digits = 0;
    while (digits < line.size() && line.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')')
        && (digits + 1 == line.size() || line.at(digits + 1) == u' '))
        return line.first(digits) + u'\\' + line.mid(digits);
    return line;
}

/// Removes the white space at the end of `text` and returns it, so that a closing marker can go
/// before it ("**bold** " rather than "**bold **", which Markdown does not read as strong).
QString takeTrailingSpaces(QString &text)
{
    qsizetype trailing = 0;
    while (trailing < text.size() && text.at(text.size() - 1 - trailing).isSpace())
        ++trailing;
    const QString spaces = text.right(trailing);
    text.chop(trailing);
    return spaces;
}

/// The longest run of backticks in `text`: a code fence or span needs one more.
int longestBacktickRun(QStringView text)
{
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return longest;
}

QString linkTarget(const QString &href)
{
    const QString url = href.trimmed();
    const QString lower = url.toLower();
    if (!lower.startsWith(u"http://") && !lower.startsWith(u"https://")
        && !lower.startsWith(u"mailto:"))
        return {};
    QString out;
    for (QChar c : url) {
        if (c == u' ')
            out += u"%20";
        else if (c == u'(')
            out += u"%28";
        else if (c == u')')
            out += u"%29";
        else if (c == u'<')
            out += u"%3C";
        else if (c == u'>')
            out += u"%3E";
        else if (!c.isSpace())
            out += c;
    }
    return out;
}

class Converter
{
public:
    QString run(const QString &html);

private:
    struct Container
    {
        enum Kind
        {
            Quote,
            List,
            Item
        };
        explicit Container(Kind containerKind)
            : kind(containerKind)
        { }

        Kind kind;
        bool ordered = false;
        int counter = 1;
        QString marker; ///< An item's "- " or "3. "; a list's last one.
        bool markerPending = false;
    };
    struct InlineElement
    {
        QString name;
        bool strong = false;
        bool emphasis = false;
        bool code = false;
        bool link = false;
    };

    void openTag(const QString &name, QStringView attributes);
    void closeTag(const QString &name);
    void text(QStringView raw);
    void appendInline(const QString &text);
    void openMarker(const QString &marker);
    void closeMarker(const QString &marker);
    void closeLink();
    void flushParagraph();
    void emitBlock(const QStringList &lines, bool hardBreaks);
    QString linePrefix(bool first);
    void popContainers(Container::Kind kind);
    void openWordItem(int level);
    void closeWordMarker();
    void closeWordLists();
    bool hasItem() const;
    int quoteDepth() const;

    QString m_out;
    QList<Container> m_containers;
    QList<InlineElement> m_inline;
    QString m_paragraph;
    int m_heading = 0;
    int m_strong = 0;
    int m_emphasis = 0;
    QStringList m_pendingMarkers; ///< Opened, waiting for the first visible character.
    QStringList m_emittedMarkers; ///< Written and still open, outermost first.
    int m_code = 0;
    QString m_codeText;
    int m_pre = 0;
    QString m_preText;
    bool m_linkOpen = false;
    qsizetype m_linkStart = 0;
    QString m_linkTarget;
    QString m_skipped; ///< The element whose content is being skipped.
    int m_skipDepth = 0;
    bool m_lastInList = false;
    int m_lastQuotes = 0; ///< Quote levels of the block written last.
    int m_wordLevels = 0; ///< Lists open for Word's list paragraphs.
    int m_wordMarker = 0; ///< Span depth inside Word's list marker (0: outside).
    QString m_wordMarkerText;
};

QString Converter::run(const QString &html)
{
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c != u'<' || i + 1 >= n) {
            qsizetype next = html.indexOf(u'<', i + 1);
            if (next < 0)
                next = n;
            text(QStringView(html).mid(i, next - i));
            i = next;
            continue;
        }
        const QChar after = html.at(i + 1);
        if (QStringView(html).mid(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
        } else if (after == u'!' || after == u'?') {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
        } else if (after == u'/' && i + 2 < n && html.at(i + 2).isLetter()) {
            qsizetype end = i + 2;
            while (end < n && isNameChar(html.at(end)))
                ++end;
            const QString name = html.mid(i + 2, end - i - 2).toLower();
            const qsizetype close = html.indexOf(u'>', end);
            i = close < 0 ? n : close + 1;
            closeTag(name);
        } else if (after.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && isNameChar(html.at(end)))
                ++end;
            const QString name = html.mid(i + 1, end - i - 1).toLower();
            // The tag ends at the first '>' outside quotes.
            qsizetype close = end;
            QChar quote;
            while (close < n && (html.at(close) != u'>' || !quote.isNull())) {
                const QChar q = html.at(close);
                if (!quote.isNull() && q == quote)
                    quote = QChar();
                else if (quote.isNull() && (q == u'"' || q == u'\''))
                    quote = q;
                ++close;
            }
            const QStringView attributes = QStringView(html).mid(end, close - end);
            i = close >= n ? n : close + 1;
            if (isRawText(name)) {
                const qsizetype endTag
                    = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
                const QStringView content = QStringView(html).mid(i, (endTag < 0 ? n : endTag) - i);
                i = endTag < 0 ? n : endTag;
                if (!isSkipped(name))
                    text(content);
                continue;
            }
            const bool selfClosing = attributes.endsWith(u'/');
            openTag(name, attributes);
            if (selfClosing && !isVoid(name))
                closeTag(name);
        } else {
            text(QStringView(html).mid(i, 1));
            ++i;
        }
    }
    flushParagraph();
    return m_out;
}

void Converter::openTag(const QString &name, QStringView attributes)
{
    if (m_skipDepth > 0) {
        if (name == m_skipped)
            ++m_skipDepth;
        return;
    }
    if (isSkipped(name)) {
        m_skipped = name;
        m_skipDepth = 1;
        return;
    }
    if (m_pre > 0) {
        if (name == u"br")
            m_preText += u'\n';
        else if (name == u"pre")
            ++m_pre;
        return;
    }
    if (m_wordMarker > 0) {
        if (name == u"span")
            ++m_wordMarker;
        return;
    }
    if (name == u"span" && m_wordLevels > 0 && isWordListMarker(attribute(attributes, u"style"))) {
        m_wordMarker = 1;
        m_wordMarkerText.clear();
        return;
    }
    if (name == u"br") {
        if (m_code == 0)
            m_paragraph += u'\n';
        return;
    }
    if (name == u"td" || name == u"th") {
        appendInline(QStringLiteral(" "));
        return;
    }
    if (isBlock(name)) {
        flushParagraph();
        if (const int level = name == u"p" ? wordListLevel(attribute(attributes, u"style")) : 0) {
            openWordItem(level);
            return;
        }
        closeWordLists();
        if (name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6')
            m_heading = name.at(1).digitValue();
        else if (name == u"hr")
            emitBlock({QStringLiteral("* * *")}, false);
        else if (name == u"pre") {
            m_pre = 1;
            m_preText.clear();
        } else if (m_containers.size() >= MaxContainers)
            return;
        else if (name == u"blockquote")
            m_containers.append(Container(Container::Quote));
        else if (name == u"ul" || name == u"ol") {
            if (!m_containers.isEmpty() && m_containers.last().kind == Container::List) {
                // "<li>a</li><ul>…</ul>" (Google Docs): the list belongs to the item before.
                Container item(Container::Item);
                item.marker = QString(qMax(qsizetype(2), m_containers.last().marker.size()), u' ');
                m_containers.append(item);
            }
            Container list(Container::List);
            list.ordered = name == u"ol";
            bool ok = false;
            const int start = attribute(attributes, u"start").toInt(&ok);
            if (ok && start >= 0 && start < 1000000000)
                list.counter = start;
            m_containers.append(list);
        } else if (name == u"li") {
            if (!m_containers.isEmpty() && m_containers.last().kind == Container::Item)
                m_containers.removeLast(); // "<li>a<li>b": the first item ends.
            if (m_containers.isEmpty() || m_containers.last().kind != Container::List)
                m_containers.append(Container(Container::List));
            Container &list = m_containers.last();
            Container item(Container::Item);
            item.marker = list.ordered ? QString::number(list.counter++) + QStringLiteral(". ")
                                       : QStringLiteral("- ");
            list.marker = item.marker;
            item.markerPending = true;
            m_containers.append(item);
        }
        return;
    }
    if (isVoid(name) || m_inline.size() >= MaxInlineDepth)
        return; // Images (also data: URLs), inputs…
    InlineElement element;
    element.name = name;
    const StyleEmphasis style = styleEmphasis(attribute(attributes, u"style"));
    if (name == u"b" || name == u"strong")
        element.strong = style.bold >= 0;
    else
        element.strong = style.bold > 0;
    if (name == u"i" || name == u"em" || name == u"cite" || name == u"dfn")
        element.emphasis = style.italic >= 0;
    else
        element.emphasis = style.italic > 0;
    element.code = name == u"code" || name == u"kbd" || name == u"samp" || name == u"tt";
    if (m_heading > 0)
        element.strong = false; // A heading is strong already.
    if (name == u"a" && !m_linkOpen && m_code == 0) {
        m_linkTarget = linkTarget(attribute(attributes, u"href"));
        if (!m_linkTarget.isEmpty()) {
            element.link = true;
            appendInline(QString()); // Leading markers go before the bracket.
            m_linkOpen = true;
            m_linkStart = m_paragraph.size();
            m_paragraph += u'[';
        }
    }
    if (element.code && m_code++ == 0)
        m_codeText.clear();
    if (element.strong && m_strong++ == 0)
        openMarker(QStringLiteral("**"));
    if (element.emphasis && m_emphasis++ == 0)
        openMarker(QStringLiteral("*"));
    m_inline.append(element);
}

void Converter::closeTag(const QString &name)
{
    if (m_skipDepth > 0) {
        if (name == m_skipped)
            --m_skipDepth;
        return;
    }
    if (m_wordMarker > 0) {
        if (name == u"span" && --m_wordMarker == 0)
            closeWordMarker();
        return;
    }
    if (m_pre > 0) {
        if (name != u"pre" || --m_pre > 0)
            return;
        QString body = m_preText;
        if (body.startsWith(u'\n'))
            body.remove(0, 1);
        while (body.endsWith(u'\n'))
            body.chop(1);
        const QString fence(qMax(3, longestBacktickRun(body) + 1), u'`');
        QStringList lines {fence};
        lines += body.split(u'\n');
        lines += fence;
        emitBlock(lines, false);
        return;
    }
    if (isBlock(name)) {
        flushParagraph();
        if (name == u"li")
            popContainers(Container::Item);
        else if (name == u"ul" || name == u"ol")
            popContainers(Container::List);
        else if (name == u"blockquote")
            popContainers(Container::Quote);
        return;
    }
    qsizetype index = m_inline.size() - 1;
    while (index >= 0 && m_inline.at(index).name != name)
        --index;
    if (index < 0)
        return; // A stray end tag.
    while (m_inline.size() > index) {
        const InlineElement element = m_inline.takeLast();
        if (element.emphasis && --m_emphasis == 0)
            closeMarker(QStringLiteral("*"));
        if (element.strong && --m_strong == 0)
            closeMarker(QStringLiteral("**"));
        if (element.code && --m_code == 0) {
            const QString code = m_codeText.trimmed();
            if (!code.isEmpty()) {
                const QString ticks(longestBacktickRun(code) + 1, u'`');
                const bool pad = code.startsWith(u'`') || code.endsWith(u'`');
                appendInline(ticks + (pad ? QStringLiteral(" ") : QString()) + code
                    + (pad ? QStringLiteral(" ") : QString()) + ticks);
            }
        }
        if (element.link)
            closeLink();
    }
}

void Converter::text(QStringView raw)
{
    if (m_skipDepth > 0)
        return;
    const QString decoded = decodeEntities(raw);
    if (m_wordMarker > 0) {
        m_wordMarkerText += decoded;
        return;
    }
    if (m_pre > 0) {
        m_preText += decoded;
        return;
    }
    QString collapsed;
    collapsed.reserve(decoded.size());
    for (QChar c : decoded) {
        const bool space = c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f';
        if (!space)
            collapsed += c;
        else if (!collapsed.endsWith(u' '))
            collapsed += u' ';
    }
    if (m_code > 0) {
        if (!(collapsed == u" " && m_codeText.endsWith(u' ')))
            m_codeText += collapsed;
        return;
    }
    appendInline(escapeText(collapsed, m_paragraph.isEmpty() ? QChar(u' ') : m_paragraph.back()));
}

void Converter::appendInline(const QString &text)
{
    qsizetype start = 0;
    if (m_paragraph.isEmpty() || m_paragraph.back().isSpace() || m_paragraph.endsWith(u'['))
        while (start < text.size() && text.at(start) == u' ')
            ++start; // Collapse spaces across elements.
    qsizetype leading = start;
    while (leading < text.size() && text.at(leading) == u' ')
        ++leading;
    m_paragraph += text.mid(start, leading - start);
    if (!m_pendingMarkers.isEmpty() && (leading < text.size() || text.isEmpty())) {
        for (const QString &marker : std::as_const(m_pendingMarkers))
            m_paragraph += marker;
        m_emittedMarkers += m_pendingMarkers;
        m_pendingMarkers.clear();
    }
    m_paragraph += text.mid(leading);
}

void Converter::openMarker(const QString &marker)
{
    m_pendingMarkers.append(marker);
}

void Converter::closeMarker(const QString &marker)
{
    if (m_pendingMarkers.removeOne(marker))
        return; // Opened and closed around nothing.
    const qsizetype index = m_emittedMarkers.lastIndexOf(marker);
    if (index < 0)
        return;
    const QString spaces = takeTrailingSpaces(m_paragraph);
    // Markers opened inside this one close first and open again after it.
    QStringList reopen;
    while (m_emittedMarkers.size() > index + 1) {
        reopen.prepend(m_emittedMarkers.takeLast());
        m_paragraph += reopen.first();
    }
    m_emittedMarkers.removeAt(index);
    m_paragraph += marker + spaces;
    m_pendingMarkers = reopen + m_pendingMarkers;
}

void Converter::closeLink()
{
    if (!m_linkOpen)
        return;
    m_linkOpen = false;
    if (QStringView(m_paragraph).mid(m_linkStart + 1).trimmed().isEmpty()) {
        m_paragraph.remove(m_linkStart, 1); // Nothing to click: no link.
        return;
    }
    const QString spaces = takeTrailingSpaces(m_paragraph);
    m_paragraph += QStringLiteral("](") + m_linkTarget + u')' + spaces;
}

void Converter::flushParagraph()
{
    closeLink();
    const QStringList open = m_emittedMarkers;
    for (auto it = open.crbegin(); it != open.crend(); ++it)
        closeMarker(*it);
    m_pendingMarkers.clear();
    if (m_strong > 0)
        m_pendingMarkers.append(QStringLiteral("**"));
    if (m_emphasis > 0)
        m_pendingMarkers.append(QStringLiteral("*"));
    if (m_code > 0)
        m_codeText.clear(); // A code span does not cross paragraphs.

    QStringList lines;
    for (QStringView line : QStringView(m_paragraph).tokenize(u'\n')) {
        const QString trimmed = line.trimmed().toString();
        if (!trimmed.isEmpty())
            lines.append(escapeLineStart(trimmed));
    }
    m_paragraph.clear();
    const int heading = m_heading;
    m_heading = 0;
    if (lines.isEmpty())
        return;
    if (heading > 0)
        lines = QStringList {QString(heading, u'#') + u' ' + lines.join(u' ')};
    emitBlock(lines, true);
}

void Converter::emitBlock(const QStringList &lines, bool hardBreaks)
{
    bool itemStarts = false;
    for (const Container &container : std::as_const(m_containers))
        itemStarts = itemStarts || container.markerPending;
    if (!m_out.isEmpty()) {
        m_out += u'\n';
        if (!(itemStarts && m_lastInList))
            m_out += QString(qMin(m_lastQuotes, quoteDepth()), u'>') + u'\n';
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        m_out += linePrefix(i == 0) + lines.at(i);
        if (i + 1 < lines.size())
            m_out += hardBreaks ? QStringLiteral("\\\n") : QStringLiteral("\n");
    }
    m_lastInList = hasItem();
    m_lastQuotes = quoteDepth();
}

int Converter::quoteDepth() const
{
    return int(std::count_if(m_containers.cbegin(), m_containers.cend(),
        [](const Container &container) { return container.kind == Container::Quote; }));
}

QString Converter::linePrefix(bool first)
{
    QString prefix;
    for (Container &container : m_containers) {
        if (container.kind == Container::Quote) {
            prefix += QStringLiteral("> ");
        } else if (container.kind == Container::Item) {
            if (first && container.markerPending) {
                prefix += container.marker;
                container.markerPending = false;
            } else {
                prefix += QString(container.marker.size(), u' ');
            }
        }
    }
    return prefix;
}

void Converter::popContainers(Container::Kind kind)
{
    qsizetype index = m_containers.size() - 1;
    while (index >= 0 && m_containers.at(index).kind != kind)
        --index;
    if (index >= 0)
        m_containers.remove(index, m_containers.size() - index);
}

void Converter::openWordItem(int level)
{
    // Word's list paragraphs become the lists they look like: a deeper level nests in the item
    // before it (a skipped level nests one deeper only), a shallower one ends the deeper lists.
    level = qMin(level, m_wordLevels + 1);
    while (m_wordLevels > level) {
        popContainers(Container::List);
        --m_wordLevels;
    }
    if (m_wordLevels == level) {
        if (!m_containers.isEmpty() && m_containers.last().kind == Container::Item)
            m_containers.removeLast();
    } else {
        if (m_containers.size() + 2 > MaxContainers)
            return; // Too deep: a paragraph.
        m_containers.append(Container(Container::List));
        ++m_wordLevels;
    }
    if (m_containers.isEmpty() || m_containers.last().kind != Container::List)
        return;
    Container item(Container::Item);
    item.marker = QStringLiteral("- "); // Until the marker says it is numbered.
    item.markerPending = true;
    m_containers.last().marker = item.marker;
    m_containers.append(item);
}

void Converter::closeWordMarker()
{
    // "1." "b)" "iv." number the list; "·" "o" "§" "–" are bullets.
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,9}|[A-Za-z]{1,6})[.)]$"));
    const QRegularExpressionMatch match = numbered.match(m_wordMarkerText.trimmed());
    if (!match.hasMatch() || m_containers.size() < 2 || m_containers.last().kind != Container::Item)
        return;
    Container &list = m_containers[m_containers.size() - 2];
    if (!list.ordered) {
        list.ordered = true;
        bool ok = false;
        const int first = match.captured(1).toInt(&ok);
        list.counter = ok ? first : 1;
    }
    m_containers.last().marker = QString::number(list.counter++) + QStringLiteral(". ");
    list.marker = m_containers.last().marker;
}

void Converter::closeWordLists()
{
    while (m_wordLevels > 0) {
        popContainers(Container::List);
        --m_wordLevels;
    }
}

bool Converter::hasItem() const
{
    for (const Container &container : m_containers) {
        if (container.kind == Container::Item)
            return true;
    }
    return false;
}

} // namespace

QString htmlToMarkdown(const QString &html)
{
    return Converter().run(html);
}

} // namespace Copydesk
