// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "typography.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

/// The smart-punctuation rule: which character the editor puts in place of a typed one.
class TestTypography : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styles_data();
    void styles();
    void replaces_data();
    void replaces();
    void typesASentence();
};

void TestTypography::styles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("marks"); // open/close double, open/close single, inner space

    QTest::newRow("en") << u"en"_s << u"\u201C\u201D\u2018\u2019"_s;
    QTest::newRow("en-GB") << u"en-GB"_s << u"\u201C\u201D\u2018\u2019"_s;
    QTest::newRow("de") << u"de"_s << u"\u201E\u201C\u201A\u2018"_s;
    QTest::newRow("de_AT") << u"de_AT"_s << u"\u201E\u201C\u201A\u2018"_s;
    QTest::newRow("de-CH: no spaces") << u"de-CH"_s << u"\u00AB\u00BB\u2039\u203A"_s;
    QTest::newRow("de-LI: no spaces") << u"de_li"_s << u"\u00AB\u00BB\u2039\u203A"_s;
    QTest::newRow("fr-FR") << u"FR-fr"_s << u"\u00AB\u00BB\u2039\u203A\u202F"_s;
    QTest::newRow("fr") << u"fr"_s << u"\u00AB\u00BB\u2039\u203A\u202F"_s;
    QTest::newRow("fr-CH") << u"fr-CH"_s << u"\u00AB\u00BB\u2039\u203A\u202F"_s;
    QTest::newRow("fr-CA") << u"fr-CA"_s << u"\u00AB\u00BB\u2039\u203A\u202F"_s;
    QTest::newRow("unknown is English") << u"nl"_s << u"\u201C\u201D\u2018\u2019"_s;
    QTest::newRow("empty is English") << QString() << u"\u201C\u201D\u2018\u2019"_s;
}

void TestTypography::styles()
{
    QFETCH(QString, language);
    QFETCH(QString, marks);
    const QuoteStyle style = QuoteStyle::forLanguage(language);
    QString shown
        = QString(style.openDouble) + style.closeDouble + style.openSingle + style.closeSingle;
    if (!style.innerSpace.isNull())
        shown += style.innerSpace;
    QCOMPARE(shown, marks);
}

void TestTypography::replaces_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QChar>("typed");
    QTest::addColumn<bool>("replaces");
    QTest::addColumn<int>("replaced");
    QTest::addColumn<QString>("text");

    const auto row = [](const char *name, const QString &language, const QString &before,
                         char16_t typed, int replaced, const QString &text) {
        QTest::newRow(name) << language << before << QChar(typed) << true << replaced << text;
    };
    const auto none = [](const char *name, const QString &before, char16_t typed) {
        QTest::newRow(name) << u"en"_s << before << QChar(typed) << false << 0 << QString();
    };
    const auto noneIn
        = [](const char *name, const QString &language, const QString &before, char16_t typed) {
              QTest::newRow(name) << language << before << QChar(typed) << false << 0 << QString();
          };

    row("en opens at start", u"en"_s, {}, u'"', 0, u"\u201C"_s);
    row("en opens after space", u"en"_s, u"He said "_s, u'"', 0, u"\u201C"_s);
    row("en opens after newline", u"en"_s, u"One\n"_s, u'"', 0, u"\u201C"_s);
    row("en opens after bracket", u"en"_s, u"("_s, u'"', 0, u"\u201C"_s);
    row("en closes after word", u"en"_s, u"\u201CYes"_s, u'"', 0, u"\u201D"_s);
    row("en closes after full stop", u"en"_s, u"\u201CYes."_s, u'"', 0, u"\u201D"_s);
    row("en single opens", u"en"_s, u"\u201C"_s, u'\'', 0, u"\u2018"_s);
    row("en apostrophe", u"en"_s, u"don"_s, u'\'', 0, u"\u2019"_s);
    row("en single closes after punctuation", u"en"_s, u"\u2018no."_s, u'\'', 0, u"\u2019"_s);
    row("de opens low", u"de"_s, u"Er sagte "_s, u'"', 0, u"\u201E"_s);
    row("de closes high", u"de"_s, u"\u201EJa"_s, u'"', 0, u"\u201C"_s);
    row("de single opens low", u"de"_s, u"\u201E"_s, u'\'', 0, u"\u201A"_s);
    row("de apostrophe", u"de"_s, u"geht"_s, u'\'', 0, u"\u2019"_s);
    row("de single closes an open one", u"de"_s, u"\u201ESie sagte \u201Anein"_s, u'\'', 0,
        u"\u2018"_s);
    row("de apostrophe after a closed single", u"de"_s, u"\u201Anein\u2018, geht"_s, u'\'', 0,
        u"\u2019"_s);
    row("de-CH guillemets", u"de-CH"_s, u"Er sagte "_s, u'"', 0, u"\u00AB"_s);
    row("de-CH closes without a space", u"de-CH"_s, u"\u00ABJa"_s, u'"', 0, u"\u00BB"_s);
    row("fr opens with a narrow no-break space", u"fr"_s, u"Il a dit "_s, u'"', 0,
        u"\u00AB\u202F"_s);
    row("fr-CA opens at start", u"fr-CA"_s, {}, u'"', 0, u"\u00AB\u202F"_s);
    row("fr closes with a narrow no-break space", u"fr"_s, u"\u00AB\u202FOui"_s, u'"', 0,
        u"\u202F\u00BB"_s);
    row("fr typed space before closing becomes no-break", u"fr-CH"_s, u"\u00AB\u202FOui "_s, u'"',
        1, u"\u202F\u00BB"_s);
    row("fr closes after a typed no-break space", u"fr"_s, u"\u00AB\u202FOui\u00A0"_s, u'"', 0,
        u"\u00BB"_s);
    row("fr opens after a closed quotation", u"fr"_s, u"\u00AB\u202Fa\u202F\u00BB et "_s, u'"', 0,
        u"\u00AB\u202F"_s);
    row("fr space after the opening is there already", u"fr"_s, u"dit \u00AB\u202F"_s, u' ', 0,
        QString());
    row("fr space after a bare opening becomes no-break", u"fr"_s, u"dit \u00AB"_s, u' ', 0,
        u"\u202F"_s);
    row("fr question mark after a space", u"fr"_s, u"Quoi "_s, u'?', 1, u"\u202F?"_s);
    row("fr exclamation mark after a space", u"fr"_s, u"Non "_s, u'!', 1, u"\u202F!"_s);
    row("fr colon after a space", u"fr-CA"_s, u"Note "_s, u':', 1, u"\u202F:"_s);
    row("fr semicolon after a guillemet", u"fr"_s, u"\u00AB\u202Foui\u202F\u00BB "_s, u';', 1,
        u"\u202F;"_s);
    row("fr single quotes stay unspaced", u"fr"_s, u"dit "_s, u'\'', 0, u"\u2039"_s);
    row("fr apostrophe", u"fr"_s, u"l"_s, u'\'', 0, u"\u2019"_s);
    row("two hyphens: en dash", u"en"_s, u"Berlin -"_s, u'-', 1, u"\u2013"_s);
    row("three hyphens: em dash", u"en"_s, u"word\u2013"_s, u'-', 1, u"\u2014"_s);
    row("code span closed before", u"en"_s, u"`x` and "_s, u'"', 0, u"\u201C"_s);

    none("not punctuation", u"abc"_s, u'a');
    none("backtick", u"abc "_s, u'`');
    none("single hyphen", u"well"_s, u'-');
    none("Markdown rule", u"--"_s, u'-');
    none("list bullet line", u"- "_s, u'-');
    none("rule after text", u"Text\n\n-"_s, u'-');
    none("code span", u"Use `printf(\"x"_s, u'"');
    none("fenced code", u"Text\n\n```\nx = "_s, u'"');
    none("indented code", u"Text\n\n    x = "_s, u'\'');
    none("URL", u"See https://example.com/a"_s, u'-');
    none("www", u"www.example"_s, u'\'');
    none("e-mail", u"mail@example"_s, u'-');
    none("HTML tag", u"<a href="_s, u'"');
    none("HTML comment", u"<!-"_s, u'-');
    none("en space", u"He said \u201C"_s, u' ');
    none("en question mark after a space", u"What "_s, u'?');
    noneIn("de-CH space after a guillemet", u"de-CH"_s, u"Er sagte \u00AB"_s, u' ');
    noneIn("de-CH question mark after a space", u"de-CH"_s, u"Was "_s, u'?');
    noneIn("fr space between words", u"fr"_s, u"Oui"_s, u' ');
    noneIn("fr question mark without a space", u"fr"_s, u"Quoi"_s, u'?');
    noneIn("fr URL scheme", u"fr"_s, u"Voir https"_s, u':');
    noneIn("fr time", u"fr"_s, u"\u00E0 10"_s, u':');
    noneIn("fr table alignment", u"fr"_s, u"| a |\n| "_s, u':');
    noneIn("fr after two spaces", u"fr"_s, u"Quoi  "_s, u'?');
    noneIn("fr question in a code span", u"fr"_s, u"`a "_s, u'?');
    noneIn("fr quote in a code span", u"fr"_s, u"`a "_s, u'"');
}

void TestTypography::replaces()
{
    QFETCH(QString, language);
    QFETCH(QString, before);
    QFETCH(QChar, typed);
    QFETCH(bool, replaces);
    QFETCH(int, replaced);
    QFETCH(QString, text);
    const auto result = typographicReplacement(before, typed, QuoteStyle::forLanguage(language));
    QCOMPARE(result.has_value(), replaces);
    if (replaces)
        QCOMPARE(*result, (TypedReplacement {replaced, text}));
}

void TestTypography::typesASentence()
{
    // Applying the rule character by character, as the editor does.
    const auto type = [](const QString &keys, const QString &language) {
        const QuoteStyle style = QuoteStyle::forLanguage(language);
        QString text;
        for (QChar c : keys) {
            if (const auto replacement = typographicReplacement(text, c, style)) {
                text.chop(replacement->replaced);
                text += replacement->text;
            } else {
                text += c;
            }
        }
        return text;
    };
    QCOMPARE(type(u"He said \"it's 'fine'\" -- then --- left."_s, u"en"_s),
        u"He said \u201Cit\u2019s \u2018fine\u2019\u201D \u2013 then \u2014 left."_s);
    QCOMPARE(type(u"Sie sagte \"'nein' geht's\" -- gut."_s, u"de"_s),
        u"Sie sagte \u201E\u201Anein\u2018 geht\u2019s\u201C \u2013 gut."_s);
    QCOMPARE(type(u"Run `a--b \"c\"` now"_s, u"en"_s), u"Run `a--b \"c\"` now"_s);
    QCOMPARE(type(u"---\n"_s, u"en"_s), u"---\n"_s);
    // French: narrow no-break spaces inside « » and before ; : ! ?, typed with or without the
    // writer's own spaces; Swiss German: « » without spaces.
    QCOMPARE(type(u"Il a dit \"oui\" ; puis \" non \" ! Quoi ?"_s, u"fr"_s),
        u"Il a dit \u00AB\u202Foui\u202F\u00BB\u202F; puis \u00AB\u202Fnon\u202F\u00BB\u202F! "
        u"Quoi\u202F?"_s);
    QCOMPARE(type(u"Er sagte \"ja\" ?"_s, u"de-CH"_s), u"Er sagte \u00ABja\u00BB ?"_s);
}

QTEST_GUILESS_MAIN(TestTypography)
#include "tst_typography.moc"
