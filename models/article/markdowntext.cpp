// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "markdowntext.h"

#include "htmlentities.h"

#include <md4c.h>

namespace Copydesk {

namespace {

constexpr unsigned md4cFlags
    = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML;

class Collector
{
public:
    MarkdownText result;

    void enterBlock(MD_BLOCKTYPE type)
    {
        // Every block starts on a line of its own, so that words never run together.
        if (type != MD_BLOCK_DOC && !result.text.isEmpty() && !result.text.endsWith(u'\n'))
            result.text += u'\n';
    }

    void enterSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_IMG) {
            ++result.images;
            ++m_imageDepth;
        }
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_IMG)
            --m_imageDepth;
    }

    void text(MD_TEXTTYPE type, QByteArrayView bytes)
    {
        if (m_imageDepth > 0)
            return;
        switch (type) {
        case MD_TEXT_NULLCHAR:
            result.text += QChar(0xFFFD);
            break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            result.text += u'\n';
            break;
        case MD_TEXT_ENTITY:
            result.text += HtmlEntities::decode(bytes);
            break;
        default:
            result.text += QString::fromUtf8(bytes);
        }
    }

private:
    int m_imageDepth = 0;
};

Collector &collector(void *userdata)
{
    return *static_cast<Collector *>(userdata);
}

} // namespace

MarkdownText MarkdownText::read(QStringView markdown)
{
    Collector out;
    if (markdown.isEmpty())
        return out.result;
    const QByteArray source = markdown.toUtf8();
    MD_PARSER parser {};
    parser.flags = md4cFlags;
    parser.enter_block = [](MD_BLOCKTYPE type, void *, void *userdata) {
        collector(userdata).enterBlock(type);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) {
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void *, void *userdata) {
        collector(userdata).enterSpan(type);
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *userdata) {
        collector(userdata).leaveSpan(type);
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata) {
        collector(userdata).text(type, QByteArrayView(text, size));
        return 0;
    };
    md_parse(source.constData(), MD_SIZE(source.size()), &parser, &out);
    return out.result;
}

unsigned MarkdownText::parserFlags()
{
    return md4cFlags;
}

} // namespace Copydesk
