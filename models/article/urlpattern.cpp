// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "urlpattern.h"

#include <QRegularExpression>
#include <QUrl>

namespace Copydesk {

namespace {

const QRegularExpression &placeholderExpression()
{
    static const QRegularExpression expression(QStringLiteral("\\{([^{}]*)\\}"));
    return expression;
}

} // namespace

QStringList UrlPattern::placeholders()
{
    return {QStringLiteral("slug"), QStringLiteral("uuid"), QStringLiteral("category"),
        QStringLiteral("yyyy"), QStringLiteral("mm"), QStringLiteral("dd")};
}

Status UrlPattern::check(const QString &pattern, const QStringList &required)
{
    if (pattern.isEmpty())
        return Done {};
    QHash<QString, QString> samples;
    bool hasRequired = false;
    for (const auto &match : placeholderExpression().globalMatch(pattern)) {
        const QString name = match.captured(1);
        if (!placeholders().contains(name))
            return Error {tr("{%1} is not a placeholder; use %2")
                              .arg(name,
                                  QStringLiteral("{") + placeholders().join(QStringLiteral("}, {"))
                                      + QStringLiteral("}")),
                Error::Code::InvalidInput};
        hasRequired = hasRequired || required.contains(name);
        samples.insert(name, QStringLiteral("x1"));
    }
    if (!hasRequired) {
        QStringList names;
        for (const QString &name : required)
            names << QStringLiteral("{%1}").arg(name);
        return Error {tr("it has no %1, so every page would get the same address")
                          .arg(names.join(tr(" or "))),
            Error::Code::InvalidInput};
    }
    const QUrl url(expand(pattern, samples), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Error {tr("it is not an http(s) address such as https://example.com/…"),
            Error::Code::InvalidInput};
    return Done {};
}

QString UrlPattern::expand(const QString &pattern, const QHash<QString, QString> &values)
{
    QString url;
    qsizetype last = 0;
    for (const auto &match : placeholderExpression().globalMatch(pattern)) {
        const QString value = values.value(match.captured(1));
        if (value.isEmpty())
            return {};
        url += QStringView(pattern).sliced(last, match.capturedStart() - last);
        url += QString::fromLatin1(QUrl::toPercentEncoding(value));
        last = match.capturedEnd();
    }
    url += QStringView(pattern).sliced(last);
    return url.trimmed();
}

} // namespace Copydesk
