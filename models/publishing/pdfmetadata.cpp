// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pdfmetadata.h"

#include "htmltext.h"
#include "pagevariables.h"

#include <qpdf/QPDF.hh>

namespace Copydesk {

namespace {

QString plain(const QString &text)
{
    return HtmlText::clean(text).simplified();
}

void setString(QPDFObjectHandle &dictionary, const char *key, const QString &value)
{
    if (!value.isEmpty())
        dictionary.replaceKey(key, QPDFObjectHandle::newUnicodeString(value.toStdString()));
}

} // namespace

PdfMetadata PdfMetadata::of(const Article &article, const PublicationProfile &profile)
{
    PdfMetadata metadata;
    metadata.title = plain(article.headline);
    metadata.subject = plain(article.dek);
    QStringList names;
    for (const Byline &byline : article.bylines) {
        if (const QString name = plain(byline.name); !name.isEmpty())
            names.append(name);
    }
    metadata.author = names.join(QStringLiteral(", "));
    QStringList tags;
    for (const QString &tag : article.tags) {
        if (const QString text = plain(tag); !text.isEmpty())
            tags.append(text);
    }
    metadata.keywords = tags.join(QStringLiteral(", "));
    metadata.language = PageVariables::language(article, profile);
    return metadata;
}

void PdfMetadata::applyTo(QPDF &document) const
{
    QPDFObjectHandle trailer = document.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    setString(info, "/Title", title);
    setString(info, "/Author", author);
    setString(info, "/Subject", subject);
    setString(info, "/Keywords", keywords);
    setString(info, "/Creator", QStringLiteral("Copydesk"));
    QPDFObjectHandle root = document.getRoot();
    setString(root, "/Lang", language);
}

} // namespace Copydesk
