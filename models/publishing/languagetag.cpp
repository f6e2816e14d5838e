// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "languagetag.h"

#include <QRegularExpression>

namespace Copydesk {

QString LanguageTag::checked(const QString &tag)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    const QString trimmed = tag.trimmed();
    return shape.match(trimmed).hasMatch() ? trimmed : QString();
}

bool LanguageTag::isRightToLeft(const QString &tag)
{
    static const QStringList rightToLeftScripts = {QStringLiteral("arab"), QStringLiteral("hebr"),
        QStringLiteral("thaa"), QStringLiteral("syrc"), QStringLiteral("nkoo"),
        QStringLiteral("adlm"), QStringLiteral("rohg")};
    static const QStringList rightToLeftLanguages
        = {QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("iw"), QStringLiteral("fa"),
            QStringLiteral("ur"), QStringLiteral("ps"), QStringLiteral("sd"), QStringLiteral("ug"),
            QStringLiteral("yi"), QStringLiteral("dv"), QStringLiteral("ckb")};

    const QStringList subtags = checked(tag).toLower().split(u'-');
    for (qsizetype i = 1; i < subtags.size(); ++i) {
        const QString &subtag = subtags.at(i);
        if (subtag.size() == 4 && subtag.at(0).isLetter())
            return rightToLeftScripts.contains(subtag);
    }
    return rightToLeftLanguages.contains(subtags.first());
}

} // namespace Copydesk
