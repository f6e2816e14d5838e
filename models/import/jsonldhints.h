// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "importdocument.h"

#include <QByteArray>

namespace Copydesk {

/// What a page's machine-readable metadata says about the article: JSON-LD (schema.org
/// NewsArticle, Article, ReportageNewsArticle, BlogPosting and FAQPage, also inside "@graph" or
/// an array) and <meta> tags (Open Graph, article:*, author, description). Only fills hints that
/// are still empty, so the first statement on the page wins. Malformed JSON is ignored. Pure.
class JsonLdHints
{
public:
    static void read(ImportHints &hints, const QByteArray &json);
    /// `key` is the meta tag's property or name in lower case.
    static void meta(ImportHints &hints, const QString &key, const QString &content);
};

} // namespace Copydesk
