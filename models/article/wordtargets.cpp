// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "wordtargets.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace Copydesk {

namespace {

using namespace Qt::StringLiterals;

QString key(const QString &category)
{
    return category.trimmed().toCaseFolded();
}

// A whole number from `minimum` up to a million words; -1 otherwise.
int wholeNumber(const QJsonValue &value, int minimum)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < minimum || number > 1'000'000 || int(number) != number)
        return -1;
    return int(number);
}

Error invalid(const QString &member)
{
    return Error {QCoreApplication::translate("Copydesk::WordTargets",
                      "The word target \"%1\" must be a whole number of words.")
                      .arg(member),
        Error::Code::InvalidInput};
}

} // namespace

int WordTargets::targetFor(const Article &article) const
{
    if (article.wordTarget > 0)
        return article.wordTarget;
    const QString category = key(article.category);
    for (auto it = byCategory.constBegin(); it != byCategory.constEnd(); ++it) {
        if (key(it.key()) == category)
            return it.value();
    }
    return defaultWords;
}

QString WordTargets::progressText(int words, int target)
{
    if (target <= 0)
        return QCoreApplication::translate("Copydesk::WordTargets", "Words: %L1").arg(words);
    return QCoreApplication::translate("Copydesk::WordTargets", "%L1 / %L2 words")
        .arg(words)
        .arg(target);
}

QJsonObject WordTargets::toJson() const
{
    QJsonObject categories;
    for (auto it = byCategory.constBegin(); it != byCategory.constEnd(); ++it)
        categories.insert(it.key(), it.value());
    return QJsonObject {
        {u"default"_s, defaultWords},
        {u"categories"_s, categories},
        {u"overPercent"_s, overPercent},
    };
}

Result<WordTargets> WordTargets::fromJson(const QJsonObject &json)
{
    WordTargets targets;
    const std::pair<QString, int *> numbers[]
        = {{u"default"_s, &targets.defaultWords}, {u"overPercent"_s, &targets.overPercent}};
    for (const auto &[name, target] : numbers) {
        const QJsonValue value = json.value(name);
        if (value.isUndefined())
            continue;
        *target = wholeNumber(value, 0);
        if (*target < 0)
            return invalid(name);
    }
    const QJsonValue categories = json.value(u"categories"_s);
    if (categories.isUndefined())
        return targets;
    if (!categories.isObject())
        return invalid(u"categories"_s);
    const QJsonObject object = categories.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const int words = wholeNumber(it.value(), 1);
        if (words < 0 || it.key().trimmed().isEmpty())
            return invalid(u"categories/"_s + it.key());
        targets.byCategory.insert(it.key().trimmed(), words);
    }
    return targets;
}

} // namespace Copydesk
