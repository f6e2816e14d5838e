// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"

#include <QPixmap>
#include <QWidget>

class QLabel;

namespace Copydesk {

/// How the article appears outside the publication: as a link card on social media and as a
/// search-engine result, built from the same fields the page uses (headline, dek, hero image,
/// the article's URL).
class SnippetPreview : public QWidget
{
    Q_OBJECT
public:
    explicit SnippetPreview(QWidget *parent = nullptr);

    void setArticle(const Article &article, const PublicationProfile &profile);

    /// The URL shown on the card: the profile's site URL (or a placeholder host named after the
    /// publication) + category slug + headline slug.
    static QString articleUrl(const Article &article, const PublicationProfile &profile);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Sizes the card to the pane (at most a social network's 500 px) and crops the picture to
    /// the card's shape.
    void fitCard();

    QWidget *m_card;
    QLabel *m_image;
    QLabel *m_cardHost;
    QLabel *m_cardTitle;
    QLabel *m_cardText;
    QLabel *m_resultUrl;
    QLabel *m_resultTitle;
    QLabel *m_resultText;
    QByteArray m_imageData;
    QPixmap m_picture;
};

} // namespace Copydesk
