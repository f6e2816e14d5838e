// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// ArticleEditor's own table of header fields and path helpers, shared by its source files
// (articleeditor.cpp builds the form, articleeditorpaths.cpp addresses inputs by path).
// Not part of the widgets library's interface.

#include "articledocument.h"

#include <QWidget>

namespace Copydesk::ArticleEditorDetail {

using Field = ArticleDocument::Field;

/// Whether `widget` is `container` or inside it.
inline bool within(const QWidget *widget, const QWidget *container)
{
    return widget && container && (widget == container || container->isAncestorOf(widget));
}

/// The path segment naming the entries of a structured part; empty for sections.
inline QString entryMember(ArticlePart::Kind kind)
{
    switch (kind) {
    case ArticlePart::Kind::KeyFacts:
    case ArticlePart::Kind::KeyTakeaways:
        return QStringLiteral("items");
    case ArticlePart::Kind::Quotes:
        return QStringLiteral("quotes");
    case ArticlePart::Kind::Faq:
        return QStringLiteral("faq");
    case ArticlePart::Kind::References:
        return QStringLiteral("references");
    case ArticlePart::Kind::Section:
        break;
    }
    return {};
}

struct LineFieldSpec
{
    Field field;
    const char *path;
    const char *label;
    const char *placeholder;
};

inline const LineFieldSpec lineFieldSpecs[] = {
    {Field::Headline, "headline", QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "Headli&ne:"), ""},
    {Field::Dek, "dek", QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "&Dek:"),
        QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "One or two sentences under the headline")},
    {Field::Bylines, "bylines", QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "&Bylines:"),
        QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "Name, Role; Name, Role")},
    {Field::Dateline, "dateline", QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "Datel&ine:"),
        QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "BERLIN")},
    {Field::Category, "category", QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "&Category:"), ""},
    {Field::Tags, "tags", QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "&Tags:"),
        QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "comma, separated")},
    {Field::Language, "language", QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "Lan&guage:"),
        QT_TRANSLATE_NOOP("Copydesk::ArticleEditor", "The publication's language, or e.g. en, de")},
};

} // namespace Copydesk::ArticleEditorDetail
