// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "markdownhighlighter.h"

#include "personaldictionary.h"
#include "spellingdictionary.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QElapsedTimer>
#include <QHash>
#include <QPalette>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <Sonnet/Speller>

namespace Copydesk {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

/// A word for spell checking: a letter, then letters, marks and apostrophes.
const QRegularExpression &wordPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\p{L}[\p{L}\p{M}'\x{2019}]*)"));
    return pattern;
}

/// The block states this highlighter sets (KSyntaxHighlighting keeps its own state in the
/// block's user data): a block left plain for later, or one highlighted. A block that turns from
/// one to the other makes QSyntaxHighlighter go on to the next block.
enum BlockState
{
    Waiting = -2,
    Highlighted = 0
};

/// One speller per requested language for the whole program, or nullptr when no dictionary
/// serves the language.
std::shared_ptr<Sonnet::Speller> spellerFor(const QString &language)
{
    static QHash<QString, std::shared_ptr<Sonnet::Speller>> spellers;
    static QStringList available;
    if (const auto found = spellers.constFind(language); found != spellers.cend())
        return *found;
    auto speller = std::make_shared<Sonnet::Speller>();
    if (available.isEmpty())
        available = speller->availableLanguages();
    const QString dictionary = spellingDictionary(language, available);
    if (!dictionary.isEmpty())
        speller->setLanguage(dictionary);
    if (dictionary.isEmpty() || !speller->isValid())
        speller.reset();
    spellers.insert(language, speller);
    return speller;
}

int withoutTrailingApostrophes(const QString &word)
{
    int length = int(word.size());
    while (length > 0 && (word.at(length - 1) == u'\'' || word.at(length - 1) == QChar(0x2019)))
        --length;
    return length;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(
    QTextDocument *document, const QPalette &palette, const QString &spellingLanguage, Start start)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    if (start == Start::Waiting)
        deferFrom(0);
    // Theme and dictionary before the definition: setting the definition highlights the text
    // already in the document, and that pass should be the finished one.
    setTheme(repository().themeForPalette(palette));
    loadSpeller(spellingLanguage);
    setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
}

MarkdownHighlighter::~MarkdownHighlighter() = default;

void MarkdownHighlighter::followPalette(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme wanted = repository().themeForPalette(palette);
    if (wanted.name() == theme().name())
        return;
    setTheme(wanted);
    rehighlight();
}

void MarkdownHighlighter::setSpellingLanguage(const QString &language)
{
    loadSpeller(language);
    rehighlight();
}

void MarkdownHighlighter::loadSpeller(const QString &language)
{
    m_speller = language.isEmpty() ? nullptr : spellerFor(language);
    m_spellingOn = m_speller != nullptr;
}

void MarkdownHighlighter::deferFrom(int blockCount)
{
    m_frontier = std::max(0, blockCount);
}

bool MarkdownHighlighter::isWaiting() const
{
    return m_frontier != std::numeric_limits<int>::max();
}

bool MarkdownHighlighter::highlightMore(qint64 budgetNs)
{
    // A step of blocks at a time, each highlighted once (QSyntaxHighlighter may go on into the
    // next block by itself when a block's state changes).
    constexpr int Step = 16;
    QElapsedTimer timer;
    timer.start();
    while (isWaiting()) {
        QTextBlock block = document() ? document()->findBlockByNumber(m_frontier) : QTextBlock();
        if (!block.isValid()) {
            m_frontier = std::numeric_limits<int>::max();
            break;
        }
        const int end = m_frontier + Step;
        m_frontier = end;
        for (; block.isValid() && block.blockNumber() < end; block = block.next()) {
            if (block.userState() == Waiting)
                rehighlightBlock(block);
        }
        if (timer.nsecsElapsed() >= budgetNs)
            break;
    }
    return isWaiting();
}

bool MarkdownHighlighter::isSpellCheckingAvailable() const
{
    return m_spellingOn;
}

void MarkdownHighlighter::setPersonalDictionary(PersonalDictionary *dictionary)
{
    if (dictionary == m_dictionary)
        return;
    if (m_dictionary)
        disconnect(m_dictionary, nullptr, this, nullptr);
    m_dictionary = dictionary;
    if (dictionary)
        connect(dictionary, &PersonalDictionary::changed, this, &MarkdownHighlighter::rehighlight);
    if (m_spellingOn)
        rehighlight();
}

PersonalDictionary *MarkdownHighlighter::personalDictionary() const
{
    return m_dictionary;
}

bool MarkdownHighlighter::isMisspelled(const QString &word) const
{
    if (!m_spellingOn || (m_dictionary && m_dictionary->accepts(word)))
        return false;
    QString straight = word;
    straight.replace(QChar(0x2019), u'\'');
    return m_speller->isMisspelled(straight);
}

QStringList MarkdownHighlighter::suggestions(const QString &word) const
{
    return m_spellingOn ? m_speller->suggest(word) : QStringList();
}

QPair<int, int> MarkdownHighlighter::wordAt(const QString &text, int offset)
{
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int start = int(match.capturedStart());
        const int length = withoutTrailingApostrophes(match.captured());
        if (offset >= start && offset <= start + length)
            return {start, length};
    }
    return {-1, 0};
}

void MarkdownHighlighter::applyFormat(
    int offset, int length, const KSyntaxHighlighting::Format &format)
{
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
    if (!format.spellCheck())
        m_noSpellRanges.append({offset, length});
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    if (currentBlock().blockNumber() >= m_frontier) {
        setCurrentBlockState(Waiting);
        return;
    }
    setCurrentBlockState(Highlighted);
    m_noSpellRanges.clear();
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (!m_spellingOn)
        return;

    static const QRegularExpression urlLike(
        QStringLiteral(R"((?:[a-z][a-z0-9+.-]*://|www\.)\S+|\S+@\S+\.\S+|`[^`]*`)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = urlLike.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        m_noSpellRanges.append({int(match.capturedStart()), int(match.capturedLength())});
    }
    const auto skipped = [this](int start, int length) {
        for (const auto &[from, count] : std::as_const(m_noSpellRanges)) {
            if (start < from + count && from < start + length)
                return true;
        }
        return false;
    };

    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int start = int(match.capturedStart());
        const int length = int(match.capturedLength());
        QString word = match.captured();
        word.truncate(withoutTrailingApostrophes(word));
        if (word.size() < 2 || skipped(start, length) || !isMisspelled(word))
            continue;
        for (int i = start; i < start + int(word.size()); ++i) {
            QTextCharFormat charFormat = format(i);
            charFormat.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            charFormat.setUnderlineColor(Qt::red);
            setFormat(i, 1, charFormat);
        }
    }
}

} // namespace Copydesk
