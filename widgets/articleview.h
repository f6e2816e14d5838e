// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QWidget>

class QTextBrowser;

namespace Copydesk {

/// A read-only display of one article: headline, dek, bylines, dateline, date, reading time,
/// hero image, lede and every part, as simple rich text. A stopgap until the structured editor
/// and the publishing preview arrive; it makes no attempt to look like the published page.
class ArticleView : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    /// Shows a hint instead of an article.
    void clearArticle();
    bool hasArticle() const { return m_hasArticle; }
    Article article() const { return m_article; }

    /// The Markdown the view renders for `article`. Plain-text fields are escaped; the
    /// writer's Markdown (lede, bodies, list items, answers) is passed through.
    static QString toMarkdown(const Article &article);
    /// The text of the view as the reader sees it (for tests and accessibility checks).
    QString plainText() const;

private:
    QTextBrowser *m_browser;
    Article m_article;
    bool m_hasArticle = false;
};

} // namespace Copydesk
