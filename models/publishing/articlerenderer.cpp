// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlerenderer.h"

#include "housetemplates.h"
#include "pagevariables.h"

#include <QCryptographicHash>

namespace Copydesk {

namespace {

// Styles are allowed by hash rather than 'unsafe-inline', so that nothing but the house
// stylesheet can style the page; style attributes are refused too.
// Pictures published beside the page come from the page's own site ('self').
QString contentSecurityPolicy(const QString &css, const RenderOptions &options)
{
    const QByteArray hash = QCryptographicHash::hash(css.toUtf8(), QCryptographicHash::Sha256);
    const bool beside = !options.heroFileName.isEmpty() || !options.logoFileName.isEmpty();
    return QStringLiteral("default-src 'none'; img-src data:%1; style-src 'sha256-%2'; "
                          "script-src 'none'; base-uri 'none'; form-action 'none'")
        .arg(beside ? QStringLiteral(" 'self'") : QString(), QString::fromLatin1(hash.toBase64()));
}

} // namespace

Result<QByteArray> ArticleRenderer::render(
    const Article &article, const PublicationProfile &profile, const RenderOptions &options)
{
    QVariantHash variables = PageVariables::build(article, profile, options);
    const HouseTemplates &templates = HouseTemplates::forDirectory(
        options.templateDirectory.isEmpty() ? profile.templateDirectory
                                            : options.templateDirectory);

    Result<QString> css = templates.render(QStringLiteral("house.css"), variables);
    if (!css)
        return css.error();
    if (options.printOnly)
        *css += QStringLiteral("\n@media screen { html { display: none; } }\n");
    QVariantHash page = variables.value(QStringLiteral("page")).toHash();
    page.insert(QStringLiteral("css"), HouseTemplates::safe(*css));
    page.insert(QStringLiteral("csp"), HouseTemplates::safe(contentSecurityPolicy(*css, options)));
    variables.insert(QStringLiteral("page"), page);

    const Result<QString> html = templates.render(QStringLiteral("page.html"), variables);
    if (!html)
        return html.error();
    // Template comments before the doctype leave blank lines; the doctype should come first.
    qsizetype start = 0;
    while (start < html->size() && html->at(start).isSpace())
        ++start;
    return QStringView(*html).sliced(start).toUtf8();
}

} // namespace Copydesk
