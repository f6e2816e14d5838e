// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "findingplace.h"

#include <QHash>

namespace Copydesk {

QString FindingPlace::name(const Article &article, const QString &path)
{
    static const QHash<QString, const char *> fields {
        {QStringLiteral("headline"), QT_TR_NOOP("Headline")},
        {QStringLiteral("dek"), QT_TR_NOOP("Dek")},
        {QStringLiteral("lede"), QT_TR_NOOP("Lede")},
        {QStringLiteral("bylines"), QT_TR_NOOP("Bylines")},
        {QStringLiteral("published"), QT_TR_NOOP("Publication date")},
        {QStringLiteral("hero"), QT_TR_NOOP("Hero image")},
        {QStringLiteral("hero.altText"), QT_TR_NOOP("Hero image alt text")},
        {QStringLiteral("hero.caption"), QT_TR_NOOP("Hero image caption")},
        {QStringLiteral("parts"), QT_TR_NOOP("Article parts")},
    };
    if (const char *field = fields.value(path))
        return tr(field);
    const QStringList segments = path.split(QLatin1Char('/'));
    const qsizetype index = segments.size() >= 2 && segments.first() == QLatin1String("parts")
        ? article.partIndex(segments.at(1))
        : -1;
    if (index < 0)
        return path;
    const ArticlePart &part = article.parts.at(index);
    QString name;
    if (part.kind != ArticlePart::Kind::Section)
        name = (part.heading.trimmed().isEmpty() ? ArticlePart::defaultHeading(part.kind)
                                                 : part.heading.trimmed());
    else if (!part.heading.trimmed().isEmpty())
        name = tr("Section “%1”").arg(part.heading.trimmed());
    else
        name = tr("Part %1").arg(index + 1);
    bool number = false;
    const int entry = segments.size() >= 4 ? segments.at(3).toInt(&number) : 0;
    return number ? tr("%1 %2").arg(name).arg(entry + 1) : name;
}

} // namespace Copydesk
