// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "slug.h"

#include <QList>

namespace Copydesk {

namespace {

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// Accents on these scripts are dropped ("é" → "e"); elsewhere combining marks are part of the
// letter (Devanagari vowel signs, Arabic hamza) and stay.
bool dropsAccents(QChar::Script script)
{
    return script == QChar::Script_Latin || script == QChar::Script_Greek
        || script == QChar::Script_Cyrillic;
}

} // namespace

QString Slug::fromText(const QString &text)
{
    const QList<uint> decomposed = text.normalized(QString::NormalizationForm_KD).toUcs4();
    QList<uint> slug;
    slug.reserve(decomposed.size());
    bool pendingHyphen = false;
    bool afterLetter = false;
    QChar::Script baseScript = QChar::Script_Unknown;
    for (const uint c : decomposed) {
        if (isMark(c)) {
            if (afterLetter && !dropsAccents(baseScript))
                slug.append(c);
            continue;
        }
        if (QChar::isLetterOrNumber(c)) {
            if (pendingHyphen && !slug.isEmpty())
                slug.append(u'-');
            pendingHyphen = false;
            afterLetter = true;
            baseScript = QChar::script(c);
            slug.append(QChar::toLower(c));
        } else {
            pendingHyphen = true;
            afterLetter = false;
        }
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(slug.constData()), slug.size())
        .normalized(QString::NormalizationForm_C);
}

} // namespace Copydesk
