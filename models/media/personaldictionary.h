// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace Copydesk {

/// The writer's own words for spell checking: names, places, jargon the hunspell dictionaries
/// do not know. Kept per user login in one plain UTF-8 file, one word per line (lines starting
/// with '#' are comments), shared by all languages: a name is spelled the same in every one.
/// Words ignored with ignore() are not written anywhere and last as long as this object (the
/// running Copydesk, for every article).
///
/// A word matches as written, and a word added in lower case also matches capitalised ("copydesk"
/// covers "Copydesk" at the start of a sentence, not the other way round). The typographic
/// apostrophe ’ and the straight ' are the same. GUI thread only.
class PersonalDictionary : public QObject
{
    Q_OBJECT

public:
    /// Reads and writes `fileName`; nothing is read until load().
    explicit PersonalDictionary(const QString &fileName, QObject *parent = nullptr);

    /// "spelling/personal-words.txt" in the user's application data folder
    /// (QStandardPaths::AppDataLocation: ~/.local/share/copydesk on Linux).
    static QString defaultFileName();
    QString fileName() const { return m_fileName; }

    /// Reads the file; a missing file is an empty dictionary. An unreadable or oversized file
    /// (over 4 MiB) or one that is not UTF-8 is an error and leaves the words as they were.
    /// Emits changed() when the words changed.
    Status load();

    /// Whether `word` was added (and so is spelled correctly) or ignored.
    bool accepts(const QString &word) const;
    /// Adds `word` and writes the file at once (atomically, QSaveFile). A word with spaces or
    /// nothing but punctuation, or a failed write, is an error and changes nothing. Adding a
    /// word already present succeeds without writing. Emits changed().
    Status add(const QString &word);
    /// Accepts `word` until this object is destroyed, without writing it. Emits changed().
    void ignore(const QString &word);

    /// The added words, in the order of the file.
    QStringList words() const { return m_words; }

Q_SIGNALS:
    /// Words were added, ignored or (re)loaded: spelling marks need to be redone.
    void changed();

private:
    QString m_fileName;
    QStringList m_words;
    QSet<QString> m_known; ///< m_words and the ignored words, apostrophes normalised.
    QSet<QString> m_ignored;
};

} // namespace Copydesk
