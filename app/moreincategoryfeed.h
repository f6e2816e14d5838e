// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QObject>

namespace Copydesk {

class PreviewPane;

/// Keeps the preview's "More in <category>" list current: the list an export of the open
/// article gets (LibraryExport::moreInCategory()), so that the preview shows the exported page.
/// The library is asked again when the open article's UUID or category changes, when another
/// article of the library changes and when the publication profile changes; not on every
/// keystroke. A failing store leaves the list empty (the page then has no such footer).
class MoreInCategoryFeed : public QObject
{
    Q_OBJECT
public:
    /// Neither is owned; both must outlive the feed.
    MoreInCategoryFeed(ArticleStore *store, PreviewPane *preview, QObject *parent = nullptr);

    /// The open article as it is now; call before showing it in the preview.
    void setArticle(const Article &article);

private:
    void refresh();

    ArticleStore *m_store;
    PreviewPane *m_preview;
    Article m_article;
    bool m_known = false;
};

} // namespace Copydesk
