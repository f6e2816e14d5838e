// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "snippetpreview.h"

#include "slug.h"

#include <QFrame>
#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QUrl>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

constexpr int CardWidth = 500;
constexpr double CardImageRatio = 1.91; // The shape social networks crop link images to.
constexpr int PaneMargin = 24;
constexpr int SnippetLength = 155; // Roughly what search engines show of a description.

QLabel *label(QWidget *parent, const QString &accessibleName, int pointDelta, bool bold)
{
    auto *l = new QLabel(parent);
    l->setAccessibleName(accessibleName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = l->font();
    font.setPointSizeF(font.pointSizeF() + pointDelta);
    font.setBold(bold);
    l->setFont(font);
    return l;
}

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace

SnippetPreview::SnippetPreview(QWidget *parent)
    : QWidget(parent)
{
    auto *card = new QFrame(this);
    m_card = card;
    card->setFrameShape(QFrame::StyledPanel);
    card->setAccessibleName(tr("Social media card"));
    m_image = new QLabel(card);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAutoFillBackground(true);
    m_image->setBackgroundRole(QPalette::Mid);
    m_cardHost = label(card, tr("Card site"), -1, false);
    m_cardTitle = label(card, tr("Card headline"), 1, true);
    m_cardText = label(card, tr("Card description"), 0, false);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 8);
    cardLayout->addWidget(m_image);
    for (QLabel *l : {m_cardHost, m_cardTitle, m_cardText}) {
        l->setContentsMargins(10, 0, 10, 0);
        cardLayout->addWidget(l);
    }

    m_resultUrl = label(this, tr("Search result address"), -1, false);
    m_resultTitle = label(this, tr("Search result headline"), 3, false);
    m_resultText = label(this, tr("Search result description"), 0, false);
    m_resultTitle->setForegroundRole(QPalette::Link);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(PaneMargin, PaneMargin, PaneMargin, PaneMargin);
    QLabel *cardHeading = label(this, {}, 1, true);
    cardHeading->setText(tr("Shared on social media"));
    QLabel *resultHeading = label(this, {}, 1, true);
    resultHeading->setText(tr("In search results"));
    layout->addWidget(cardHeading);
    layout->addWidget(card);
    layout->addSpacing(28);
    layout->addWidget(resultHeading);
    for (QLabel *l : {m_resultUrl, m_resultTitle, m_resultText}) {
        l->setMaximumWidth(600);
        layout->addWidget(l);
    }
    layout->addStretch();
    // Narrow panes shrink the card rather than scroll sideways: an explicit minimum keeps the
    // scroll area from widening this widget to the card's current width.
    setMinimumWidth(1);
    fitCard();
}

void SnippetPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitCard();
}

void SnippetPreview::fitCard()
{
    const int width = std::clamp(this->width() - 2 * PaneMargin, 120, CardWidth);
    m_card->setFixedWidth(width);
    const QSize imageSize(width - 2, qRound((width - 2) / CardImageRatio));
    m_image->setFixedSize(imageSize);
    if (m_picture.isNull())
        return;
    m_image->setPixmap(
        m_picture.scaled(imageSize, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation)
            .copy(0, 0, imageSize.width(), imageSize.height()));
}

QString SnippetPreview::articleUrl(const Article &article, const PublicationProfile &profile)
{
    QString base = profile.siteUrl;
    if (base.isEmpty())
        base = QStringLiteral("https://%1.example").arg(Slug::fromText(profile.name));
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const QString category = Slug::fromText(article.category);
    return base + (category.isEmpty() ? QString() : category + QLatin1Char('/'))
        + Slug::fromText(article.headline);
}

void SnippetPreview::setArticle(const Article &article, const PublicationProfile &profile)
{
    const QString headline = article.headline.trimmed().isEmpty() ? tr("(No headline)")
                                                                  : article.headline.simplified();
    const QUrl url(articleUrl(article, profile));
    m_cardHost->setText(url.host().toUpper());
    m_cardTitle->setText(headline);
    m_cardText->setText(elided(article.dek, SnippetLength));
    m_resultUrl->setText(profile.name + QStringLiteral(" › ") + url.host() + url.path());
    m_resultTitle->setText(headline);
    m_resultText->setText(
        elided(article.dek.isEmpty() ? article.lede : article.dek, SnippetLength));

    if (article.hero.data != m_imageData) {
        m_imageData = article.hero.data;
        m_picture = {};
        if (m_imageData.isEmpty() || !m_picture.loadFromData(m_imageData)) {
            m_picture = {};
            m_image->setText(tr("No hero image"));
        }
        fitCard(); // crop the new picture to the card
    }
}

} // namespace Copydesk
