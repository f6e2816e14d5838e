// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <array>

/// The word lists behind generatedArticle(). Internal to the test support library.
namespace Copydesk::Testing::NewsVocabulary {

/// splitmix64: tiny, fast and the same on every platform (unlike std distributions).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    /// True with probability permille/1000.
    bool chance(int permille) { return below(1000) < quint32(permille); }

private:
    quint64 m_state;
};

/// Words drawn with Zipf weights (the k-th word is k times rarer than the first).
class WordList
{
public:
    explicit WordList(std::initializer_list<const char *> words);
    const QString &pick(Random &random) const
    {
        return m_words.at(m_table[random.below(TableSize)]);
    }
    const QString &at(qsizetype index) const { return m_words.at(index); }
    qsizetype size() const { return m_words.size(); }

private:
    static constexpr quint32 TableSize = 4096;
    QList<QString> m_words;
    std::array<quint16, TableSize> m_table {};
};

enum class Slot : char
{
    Noun = 'N', ///< "council"
    Plural = 'P', ///< "residents"
    Adjective = 'A', ///< "regional"
    Verb = 'V', ///< transitive, past tense and participle alike: "approved"
    Base = 'B', ///< "reduce"
    HeadlineVerb = 'H', ///< "approves"
    Time = 'T', ///< "on Monday"
    Place = 'L', ///< "Leipzig"
    Month = 'M', ///< "June"
    Publisher = 'U', ///< "Federal Statistical Office"
    Role = 'R', ///< "an economist at the University of Leipzig"
    Tag = 'G', ///< "transport"
};

const WordList &words(Slot slot);

const QStringList &categories();
/// First and last names of the 36 staff authors; author i is firsts[i % 6] lasts[i / 6].
const QStringList &authorFirstNames();
const QStringList &authorLastNames();
/// Names of people quoted in articles.
const WordList &speakerFirstNames();
const WordList &speakerLastNames();

/// Mid-frequency and rare names. Both are built from fixed-width syllables with suffixes that
/// differ between the two classes, so every index gives a distinct word and no word is in both.
inline constexpr int MidWordCount = 500;
inline constexpr int RareWordCount = 2000;
QString midWord(int index);
QString rareWord(int index);

} // namespace Copydesk::Testing::NewsVocabulary
