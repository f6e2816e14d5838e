// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "markdownhighlighter.h"

#include "personaldictionary.h"
#include "spellingdictionary.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QPalette>
#include <QRegularExpression>
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

int withoutTrailingApostrophes(const QString &word)
{
    int length = int(word.size());
    while (length > 0 && (word.at(length - 1) == u'\'' || word.at(length - 1) == QChar(0x2019)))
        --length;
    return length;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(
    QTextDocument *document, const QPalette &palette, const QString &spellingLanguage)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
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
    m_spellingOn = false;
    if (!language.isEmpty()) {
        if (!m_speller)
            m_speller = std::make_unique<Sonnet::Speller>();
        const QString dictionary = spellingDictionary(language, m_speller->availableLanguages());
        if (!dictionary.isEmpty()) {
            m_speller->setLanguage(dictionary);
            m_spellingOn = m_speller->isValid();
        }
    }
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
