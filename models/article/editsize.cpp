// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "editsize.h"

#include "articlejson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Copydesk {

namespace {

void collect(const QJsonValue &value, QStringList *words)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool separator = i == text.size() || EditSize::isSeparator(text.at(i).unicode());
            if (separator && start >= 0) {
                words->append(text.sliced(start, i - start));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        break;
    }
    case QJsonValue::Double:
        words->append(QString::number(value.toDouble(), 'g', 17));
        break;
    case QJsonValue::Bool:
        words->append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray())
            collect(item, words);
        break;
    case QJsonValue::Object:
        for (const QJsonValue &member : value.toObject())
            collect(member, words);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
}

} // namespace

bool EditSize::isSeparator(char16_t c)
{
    return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
        || c == 0x3000;
}

QStringList EditSize::words(const QJsonValue &value)
{
    QStringList words;
    collect(value, &words);
    return words;
}

int EditSize::changedWords(const QStringList &before, const QStringList &after)
{
    QHash<QString, int> balance; // > 0: removed, < 0: added.
    for (const QString &word : before)
        ++balance[word];
    for (const QString &word : after)
        --balance[word];
    int removed = 0;
    int added = 0;
    for (const int count : std::as_const(balance)) {
        if (count > 0)
            removed += count;
        else
            added -= count;
    }
    return std::max(removed, added);
}

int EditSize::changedWords(const Article &before, const Article &after)
{
    const auto text = [](const Article &article) {
        QJsonObject json = ArticleJson::toJson(article);
        json.remove(QStringLiteral("status"));
        json.remove(QStringLiteral("owner"));
        return words(json);
    };
    return changedWords(text(before), text(after));
}

} // namespace Copydesk
