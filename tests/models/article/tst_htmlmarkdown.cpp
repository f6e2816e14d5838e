// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "htmlmarkdown.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

/// Pasted HTML as clean Markdown: clipboard fragments as browsers and word processors write them.
class TestHtmlMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void googleDocs();
    void libreOffice();
    void wordSpanSoup();
    void wordLists();
    void browserArticle();
    void elements_data();
    void elements();
    void deepNesting();
    void randomSoup();
};

void TestHtmlMarkdown::googleDocs()
{
    // What Google Docs puts on the clipboard: a <b> wrapper that is not bold, styles on spans.
    const QString html
        = uR"html(<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-5678-abcdef012345"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;">Council votes on budget</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;">The council </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;">approved</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;"> the plan on </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:italic;">Tuesday</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">. See </span><a href="https://example.com/budget?year=2026&amp;part=2" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;text-decoration:underline;">the full text</span></a><span style="font-size:11pt;">.</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;">Schools: 4 million</span></p></li><li dir="ltr" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;">Roads</span></p></li><ul style="margin-top:0;"><li dir="ltr" aria-level="2"><p dir="ltr" role="presentation"><span style="font-size:11pt;">Bridges</span></p></li></ul></ul><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" width="20" height="20"></b>)html"_s;
    QCOMPARE(htmlToMarkdown(html),
        u"## Council votes on budget\n"
        "\n"
        "The council **approved** the plan on *Tuesday*. See [the full "
        "text](https://example.com/budget?year=2026&part=2).\n"
        "\n"
        "- Schools: 4 million\n"
        "- Roads\n"
        "  - Bridges"_s);
}

void TestHtmlMarkdown::libreOffice()
{
    // LibreOffice Writer's clipboard: a full document with a style sheet and <font> tags.
    const QString html = uR"html(<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
<style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style>
</head><body lang="de-DE" dir="ltr">
<h1 class="western"><font face="Liberation Sans, sans-serif">Hochwasser an der Elbe</font></h1>
<p style="margin-bottom: 0cm; line-height: 100%"><font face="Liberation Serif, serif"><font size="3" style="font-size: 12pt">Der Pegel stieg auf <b>7,40 Meter</b>, sagte die <i>Feuerwehr</i>.</font></font></p>
<blockquote><font face="Liberation Serif, serif">Wir sind vorbereitet.</font></blockquote>
<ol>
	<li><p style="margin-bottom: 0cm">Erster Punkt</p></li>
	<li><p style="margin-bottom: 0cm">Zweiter Punkt<br/>mit Umbruch</p></li>
</ol>
<pre class="western">if (pegel &gt; 7) {
    warnen();
}</pre>
</body></html>)html"_s;
    QCOMPARE(htmlToMarkdown(html),
        u"# Hochwasser an der Elbe\n"
        "\n"
        "Der Pegel stieg auf **7,40 Meter**, sagte die *Feuerwehr*.\n"
        "\n"
        "> Wir sind vorbereitet.\n"
        "\n"
        "1. Erster Punkt\n"
        "2. Zweiter Punkt\\\n"
        "   mit Umbruch\n"
        "\n"
        "```\n"
        "if (pegel > 7) {\n"
        "    warnen();\n"
        "}\n"
        "```"_s);
}

void TestHtmlMarkdown::wordSpanSoup()
{
    // Microsoft Word: conditional comments, o:p elements, MsoNormal classes, nbsp paragraphs.
    const QString html
        = uR"html(<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]--><style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri",sans-serif;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<p class=MsoNormal><span lang=EN-US style='font-size:12.0pt;font-family:"Times New Roman",serif;color:#1F3864;mso-ansi-language:EN-US'>The minister <b style='mso-bidi-font-weight:normal'><span style='color:red'>resigned</span></b> on Friday<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:12.0pt'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='font-family:Consolas'><code>rm -rf</code></span> is <i style='mso-bidi-font-style:normal'>not</i> a plan.<o:p></o:p></p>
<![if !supportLists]><p class=MsoNormal>Fin</p><![endif]>
<!--EndFragment--></body></html>)html"_s;
    QCOMPARE(htmlToMarkdown(html),
        u"The minister **resigned** on Friday\n"
        "\n"
        "`rm -rf` is *not* a plan.\n"
        "\n"
        "Fin"_s);
}

void TestHtmlMarkdown::wordLists()
{
    // Word has no <ul>: list items are paragraphs styled "mso-list:l0 level1 lfo1" whose typed
    // marker ("·" in Symbol, "1.", "a.") sits in a span styled "mso-list:Ignore" inside
    // <![if !supportLists]>. They come back as the lists they look like, markers dropped.
    const QString html = uR"html(<body lang=EN-GB><!--StartFragment-->
<p class=MsoNormal>Before the vote:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Schools get <b>4 million</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Roads<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Bridges<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Parks<o:p></o:p></p>
<p class=MsoNormal>The steps:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>3.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Draft<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>4.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Vote<o:p></o:p></p>
<p class=MsoNormal>After.<o:p></o:p></p>
<!--EndFragment--></body>)html"_s;
    QCOMPARE(htmlToMarkdown(html),
        u"Before the vote:\n"
        "\n"
        "- Schools get **4 million**\n"
        "- Roads\n"
        "  - Bridges\n"
        "- Parks\n"
        "\n"
        "The steps:\n"
        "\n"
        "3. Draft\n"
        "4. Vote\n"
        "\n"
        "After."_s);
}

void TestHtmlMarkdown::browserArticle()
{
    // Selected from a news site in Firefox: scripts, inline styles and a tracking pixel.
    const QString html
        = uR"html(<div class="article-body" style="color:#333"><script>alert("x")</script><p>Prices rose <em>3.1&nbsp;%</em> in May, <a href="javascript:track()">the office</a> said.</p><p>Read <a href="https://example.org/report.pdf" target="_blank" rel="noopener"><strong>the report</strong></a> or write to <a href="mailto:desk@example.org">the desk</a>.</p><img src="https://tracker.example/p.gif" width="1" height="1"><hr><p>Tags: <span class="tag">economy</span>, <span class="tag">prices</span></p></div>)html"_s;
    QCOMPARE(htmlToMarkdown(html),
        u"Prices rose *3.1\u00A0%* in May, the office said.\n"
        "\n"
        "Read [**the report**](https://example.org/report.pdf) or write to "
        "[the desk](mailto:desk@example.org).\n"
        "\n"
        "* * *\n"
        "\n"
        "Tags: economy, prices"_s);
}

void TestHtmlMarkdown::elements_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");

    QTest::newRow("plain text") << u"Just text"_s << u"Just text"_s;
    QTest::newRow("whitespace collapses") << u"<p>  a \n\t b  </p>"_s << u"a b"_s;
    QTest::newRow("heading levels")
        << u"<h3>Three</h3><h6>Six</h6>"_s << u"### Three\n\n###### Six"_s;
    QTest::newRow("bold in heading dropped") << u"<h2><b>Loud</b></h2>"_s << u"## Loud"_s;
    QTest::newRow("emphasis spaces outside") << u"a<b> bold </b>b"_s << u"a **bold** b"_s;
    QTest::newRow("empty emphasis dropped") << u"a<i> </i>b"_s << u"a b"_s;
    QTest::newRow("strong and emphasis") << u"<strong>a <em>b</em></strong>"_s << u"**a *b***"_s;
    QTest::newRow("emphasis across paragraphs")
        << u"<b><p>one</p><p>two</p></b>"_s << u"**one**\n\n**two**"_s;
    QTest::newRow("ordered list start") << u"<ol start=\"4\"><li>d<li>e</ol>"_s << u"4. d\n5. e"_s;
    QTest::newRow("list inside quote")
        << u"<blockquote><p>Said:</p><ul><li>one</li></ul></blockquote>"_s
        << u"> Said:\n>\n> - one"_s;
    QTest::newRow("two paragraphs in an item")
        << u"<ul><li><p>a</p><p>b</p></li></ul>"_s << u"- a\n\n  b"_s;
    QTest::newRow("code with backtick") << u"<code>a`b</code>"_s << u"``a`b``"_s;
    QTest::newRow("pre with fence inside")
        << u"<pre>```\nx\n```</pre>"_s << u"````\n```\nx\n```\n````"_s;
    QTest::newRow("Markdown characters escaped")
        << u"<p>5 * 3 [note] &lt;tag&gt; a_b _c_ C:\\dir `x`</p>"_s
        << u"5 \\* 3 \\[note\\] \\<tag> a_b \\_c\\_ C:\\\\dir \\`x\\`"_s;
    QTest::newRow("block markers escaped") << u"<p># not a heading</p><p>1. not a list</p>"_s
                                           << u"\\# not a heading\n\n1\\. not a list"_s;
    QTest::newRow("entities") << u"&lt;&amp;&gt; &#8212; &#x201C;q&#x201D; &bogus; &amp"_s
                              << u"\\<&> \u2014 \u201Cq\u201D &bogus; &amp"_s;
    // Every name of the WHATWG list, not only the common ones; a soft hyphen is dropped.
    QTest::newRow("rare entities")
        << u"Espa&ntilde;a, &Aring;lesund, S&oslash;r, &NotEqualTilde; "
           u"&CounterClockwiseContourIntegral; "
           "hy&shy;phen"_s
        << u"Espa\u00F1a, \u00C5lesund, S\u00F8r, \u2242\u0338 \u2233 hyphen"_s;
    // As a browser reads text: a numeric reference needs no semicolon; a typed soft hyphen is
    // dropped like &shy;.
    QTest::newRow("numeric without semicolon, typed soft hyphen")
        << u"caf&#233 &#x2014 hy\u00ADphen"_s << u"caf\u00E9 \u2014 hyphen"_s;
    QTest::newRow("relative link is text") << u"<a href=\"/local\">here</a>"_s << u"here"_s;
    QTest::newRow("link without text dropped")
        << u"<a href=\"https://x.example\"><img src=\"a.png\"></a>end"_s << u"end"_s;
    QTest::newRow("link target escaped") << u"<a href=\"https://x.example/a (b)\">t</a>"_s
                                         << u"[t](https://x.example/a%20%28b%29)"_s;
    QTest::newRow("table rows") << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr>"
                                   "</table>"_s
                                << u"a b\n\nc"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only tags") << u"<div><span></span></div>"_s << QString();

    // Broken and hostile input.
    QTest::newRow("unclosed tags") << u"<p><b>bold <i>both"_s << u"**bold *both***"_s;
    QTest::newRow("stray end tags") << u"</b></li></ul>text</blockquote>"_s << u"text"_s;
    // An end tag closes what was opened inside it.
    QTest::newRow("misnested") << u"<b>a <i>b</b> c</i>"_s << u"**a *b*** c"_s;
    QTest::newRow("unterminated tag") << u"before <a href=\"https://x"_s << u"before"_s;
    QTest::newRow("unterminated comment") << u"a<!-- b"_s << u"a"_s;
    QTest::newRow("unterminated script") << u"a<script>evil()"_s << u"a"_s;
    QTest::newRow("script end tag in upper case") << u"<SCRIPT>x</SCRIPT>b"_s << u"b"_s;
    QTest::newRow("style inside body") << u"<p>a<style>p{}</style>b</p>"_s << u"ab"_s;
    QTest::newRow("svg content dropped") << u"<svg><text>x</text></svg>y"_s << u"y"_s;
    QTest::newRow("quoted > in attribute") << u"<span title=\"a>b\">c</span>"_s << u"c"_s;
    QTest::newRow("lone less-than") << u"1 < 2"_s << u"1 \\< 2"_s;
    QTest::newRow("surrogate entity") << u"&#xD800;&#0;&#x110000;"_s << u"\uFFFD\uFFFD\uFFFD"_s;
    // Beyond U+10FFFF, as a browser reads it.
    QTest::newRow("huge number entity") << u"&#99999999999999999999;"_s << u"\uFFFD"_s;
    QTest::newRow("javascript link") << u"<a href=\" JavaScript:alert(1)\">x</a>"_s << u"x"_s;
    QTest::newRow("data link") << u"<a href=\"data:text/html,hi\">x</a>"_s << u"x"_s;
}

void TestHtmlMarkdown::elements()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QCOMPARE(htmlToMarkdown(html), markdown);
}

void TestHtmlMarkdown::deepNesting()
{
    // Ten thousand nested lists and spans: flattened, linear, no stack overflow.
    QString html;
    for (int i = 0; i < 10000; ++i)
        html += u"<ul><li><span><b>"_s;
    html += u"deep"_s;
    const QString markdown = htmlToMarkdown(html);
    QVERIFY(markdown.endsWith(u"**deep**"_s));
    QVERIFY(markdown.size() < 200);
}

void TestHtmlMarkdown::randomSoup()
{
    // Fragments of tags, entities and text in random order: whatever comes out links only to
    // http(s) and mailto targets, and stays in proportion to what went in.
    const QStringList pieces {u"<a href=\"javascript:x()\">"_s, u"<a href='https://ok.example'>"_s,
        u"<a href=data:text/html,x>"_s, u"</a>"_s, u"<b>"_s, u"</b>"_s, u"<i style=\"font-style:"_s,
        u"normal\">"_s, u"<ul>"_s, u"<ol start=99999999999>"_s, u"<li>"_s, u"</ul>"_s, u"<pre>"_s,
        u"</pre>"_s, u"<code>"_s, u"</code>"_s, u"<br>"_s, u"<blockquote>"_s, u"</blockquote>"_s,
        u"<script>"_s, u"</script>"_s, u"<!--"_s, u"-->"_s, u"<![if x]>"_s, u"&#x1F600;"_s,
        u"&amp"_s, u"&#"_s, u"text "_s, u"*_`[]"_s, u"<"_s, u">"_s, u"\""_s, u"<h2>"_s, u"</h2>"_s,
        u"<img src=\"data:image/png;base64,AAAA\">"_s, u"\n"_s};
    QRandomGenerator random(20261205);
    for (int round = 0; round < 2000; ++round) {
        QString html;
        const int count = random.bounded(1, 60);
        for (int i = 0; i < count; ++i)
            html += pieces.at(random.bounded(int(pieces.size())));
        const QString markdown = htmlToMarkdown(html);
        QVERIFY2(!markdown.contains(u"](javascript"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!markdown.contains(u"](data:"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(markdown.size() <= 8 * html.size() + 16, qPrintable(html));
    }
}

QTEST_GUILESS_MAIN(TestHtmlMarkdown)
#include "tst_htmlmarkdown.moc"
