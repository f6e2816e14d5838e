// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "personaldictionary.h"

#include "boundedfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

namespace Copydesk {

namespace {

constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

QString normalized(const QString &word)
{
    QString result = word;
    result.replace(QChar(0x2019), u'\'');
    return result;
}

} // namespace

PersonalDictionary::PersonalDictionary(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_fileName(fileName)
{ }

QString PersonalDictionary::defaultFileName()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("spelling/personal-words.txt"));
}

Status PersonalDictionary::load()
{
    if (!QFileInfo::exists(m_fileName))
        return Done {};
    const QString subject = tr("The personal dictionary %1").arg(m_fileName);
    const Result<QByteArray> bytes = BoundedFile::read(m_fileName, MaxFileBytes, subject);
    if (!bytes)
        return bytes.error();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(*bytes);
    if (utf8.hasError())
        return Error {tr("%1 is not UTF-8 text").arg(subject), Error::Code::InvalidInput};
    QStringList words;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        const QString word = line.trimmed().toString();
        if (!word.isEmpty() && !word.startsWith(u'#') && !words.contains(word))
            words.append(word);
    }
    m_words = words;
    m_known = m_ignored;
    for (const QString &word : std::as_const(m_words))
        m_known.insert(normalized(word));
    Q_EMIT changed();
    return Done {};
}

bool PersonalDictionary::accepts(const QString &word) const
{
    if (m_known.isEmpty() || word.isEmpty())
        return false;
    const QString key = normalized(word);
    if (m_known.contains(key))
        return true;
    // "copydesk" was added: "Copydesk" starts a sentence.
    if (key.at(0).isUpper()) {
        QString lower = key;
        lower[0] = key.at(0).toLower();
        return m_known.contains(lower);
    }
    return false;
}

Status PersonalDictionary::add(const QString &word)
{
    const QString trimmed = word.trimmed();
    bool hasLetter = false;
    bool hasSpace = false;
    for (QChar c : trimmed) {
        hasLetter = hasLetter || c.isLetterOrNumber();
        hasSpace = hasSpace || c.isSpace();
    }
    if (!hasLetter || hasSpace)
        return Error {tr("“%1” is not a single word; only single words go into the personal "
                         "dictionary.")
                          .arg(trimmed),
            Error::Code::InvalidInput};
    if (m_words.contains(trimmed))
        return Done {};

    QStringList words = m_words;
    words.append(trimmed);
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QSaveFile file(m_fileName);
    QByteArray content = "# Copydesk personal dictionary: one word per line, UTF-8.\n";
    for (const QString &w : std::as_const(words))
        content += w.toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error {tr("The personal dictionary %1 cannot be written: %2")
                          .arg(m_fileName, file.errorString()),
            Error::Code::Io};
    m_words = words;
    m_known.insert(normalized(trimmed));
    Q_EMIT changed();
    return Done {};
}

void PersonalDictionary::ignore(const QString &word)
{
    const QString key = normalized(word.trimmed());
    if (key.isEmpty() || m_ignored.contains(key))
        return;
    m_ignored.insert(key);
    m_known.insert(key);
    Q_EMIT changed();
}

} // namespace Copydesk
