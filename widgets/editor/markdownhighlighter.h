// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QList>
#include <QPair>
#include <QPalette>
#include <QPointer>
#include <limits>
#include <memory>

namespace Sonnet {
class Speller;
}

namespace Copydesk {

class PersonalDictionary;

/// Markdown highlighting with KSyntaxHighlighting, plus spell checking of prose.
///
/// One QTextDocument can carry only one QSyntaxHighlighter (each replaces the other's formats),
/// so spelling is checked here rather than by Sonnet::Highlighter: a word is checked only where
/// the Markdown definition's format allows spell checking (Format::spellCheck() is false for
/// code spans, fenced code, link targets and the like) and only outside anything that looks
/// like a URL or an e-mail address. Misspelled words get a red wavy underline.
///
/// Spelling needs Sonnet's backend plugin (Debian: sonnet6-plugins) and a hunspell dictionary;
/// without them isSpellCheckingAvailable() is false and only the Markdown is highlighted.
/// The dictionary is chosen by spellingDictionary(): "en-GB" → en_GB, "de-AT" → de_AT or de_DE,
/// "en" → en_US. Words the PersonalDictionary accepts (added or ignored) are never marked; when
/// it changes, the document is highlighted again. The typographic apostrophe counts as part of a
/// word ("don’t") and is checked as a straight one.
class MarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    /// When the text already in the document is highlighted.
    enum class Start
    {
        Now, ///< at once, as any QSyntaxHighlighter
        Waiting ///< every block waits for highlightMore() (see deferFrom(0))
    };

    /// Highlights `document` in the theme for `palette`, checking spelling in
    /// `spellingLanguage` (empty: no spell checking).
    explicit MarkdownHighlighter(QTextDocument *document, const QPalette &palette = QPalette(),
        const QString &spellingLanguage = {}, Start start = Start::Now);
    ~MarkdownHighlighter() override;

    /// Picks the theme for the palette's lightness and rehighlights.
    void followPalette(const QPalette &palette);

    /// A BCP 47 or dictionary name ("en", "en_US", "de"); empty turns spell checking off.
    void setSpellingLanguage(const QString &language);
    /// Whether a spelling dictionary for the language was found (Sonnet's hunspell plugin).
    bool isSpellCheckingAvailable() const;
    /// Words the writer added or ignored; nullptr for none. Not owned.
    void setPersonalDictionary(PersonalDictionary *dictionary);
    PersonalDictionary *personalDictionary() const;
    /// Whether spelling is on and `word` is neither in the dictionary nor in the personal one.
    bool isMisspelled(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    /// The word of `text` (one block) at `offset` as spell checking sees it: start and length,
    /// trailing apostrophes left out; {-1, 0} when `offset` is not inside a word.
    static QPair<int, int> wordAt(const QString &text, int offset);

    /// From now on highlights only the blocks before the first `blockCount` when the document
    /// changes; the later blocks stay plain ("waiting") until highlightMore() reaches them. A
    /// long text then shows at once and is coloured a slice at a time (HighlightQueue). Until
    /// this is called every block is highlighted at once, as by any QSyntaxHighlighter.
    void deferFrom(int blockCount);
    /// Highlights waiting blocks in document order, some at a time, until about `budgetNs`
    /// nanoseconds have passed; returns whether any still wait. Once none wait, every later
    /// change is highlighted at once again.
    bool highlightMore(qint64 budgetNs);
    /// Whether some blocks wait to be highlighted.
    bool isWaiting() const;

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void loadSpeller(const QString &language);

    /// Shared by every highlighter of one language (spellerFor()): making a Sonnet::Speller
    /// reads Sonnet's settings and lists the dictionaries, about 3 ms each, and an article has
    /// a highlighter per text.
    std::shared_ptr<Sonnet::Speller> m_speller;
    /// Blocks from this number on wait (see deferFrom()); INT_MAX when none do.
    int m_frontier = std::numeric_limits<int>::max();
    QPointer<PersonalDictionary> m_dictionary;
    bool m_spellingOn = false;
    QList<QPair<int, int>> m_noSpellRanges; ///< Ranges of the current block not to check.
};

} // namespace Copydesk
