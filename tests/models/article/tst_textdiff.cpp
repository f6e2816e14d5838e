// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "textdiff.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString render(const QList<DiffSpan> &spans)
{
    QString out;
    for (const DiffSpan &span : spans) {
        switch (span.kind) {
        case DiffSpan::Kind::Equal:
            out += span.text;
            break;
        case DiffSpan::Kind::Deleted:
            out += u"[-"_s + span.text + u"-]"_s;
            break;
        case DiffSpan::Kind::Inserted:
            out += u"{+"_s + span.text + u"+}"_s;
            break;
        }
    }
    return out;
}

/// Both texts are recoverable from the spans, and the spans are as tidy as promised.
void checkSpans(const QList<DiffSpan> &spans, const QString &before, const QString &after)
{
    QString a, b;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const DiffSpan &span = spans.at(i);
        QVERIFY(!span.text.isEmpty());
        if (i > 0) {
            QVERIFY(spans.at(i - 1).kind != span.kind);
            QVERIFY(!(spans.at(i - 1).kind == DiffSpan::Kind::Inserted
                && span.kind == DiffSpan::Kind::Deleted));
        }
        if (span.kind != DiffSpan::Kind::Inserted)
            a += span.text;
        if (span.kind != DiffSpan::Kind::Deleted)
            b += span.text;
    }
    QCOMPARE(a, before);
    QCOMPARE(b, after);
}

QString articleText(quint32 seed, int words)
{
    const Article article = generatedArticle(seed, words);
    QStringList text;
    for (const ArticlePart &part : article.parts)
        text << part.body;
    return text.join(u"\n\n"_s);
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void words_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("marked");
        QTest::newRow("both empty") << QString() << QString() << QString();
        QTest::newRow("equal") << u"same text"_s << u"same text"_s << u"same text"_s;
        QTest::newRow("added") << QString() << u"new text"_s << u"{+new text+}"_s;
        QTest::newRow("removed") << u"old text"_s << QString() << u"[-old text-]"_s;
        QTest::newRow("one word") << u"the quick brown fox"_s << u"the quick red fox"_s
                                  << u"the quick [-brown-]{+red+} fox"_s;
        QTest::newRow("joined across spaces")
            << u"a b c d"_s << u"a x y d"_s << u"a [-b c-]{+x y+} d"_s;
        QTest::newRow("insert word") << u"a c"_s << u"a b c"_s << u"a {+b +}c"_s;
        QTest::newRow("delete at end")
            << u"stop here now"_s << u"stop here"_s << u"stop here[- now-]"_s;
        QTest::newRow("punctuation")
            << u"Hello, world."_s << u"Hello; world!"_s << u"Hello[-,-]{+;+} world[-.-]{+!+}"_s;
        QTest::newRow("whitespace") << u"a  b"_s << u"a b"_s << u"a[-  -]{+ +}b"_s;
        QTest::newRow("case") << u"Council votes"_s << u"council votes"_s
                              << u"[-Council-]{+council+} votes"_s;
        QTest::newRow("cjk per character")
            << u"東京都に行く"_s << u"京都に行く"_s << u"[-東-]京都に行く"_s;
        QTest::newRow("paragraphs")
            << u"one\n\ntwo"_s << u"one\n\nthree"_s << u"one\n\n[-two-]{+three+}"_s;
        QTest::newRow("split paragraph")
            << u"one two"_s << u"one\n\ntwo"_s << u"one[- -]{+\n\n+}two"_s;
        QTest::newRow("emoji") << u"go 👍 now"_s << u"go 👎 now"_s << u"go [-👍-]{+👎+} now"_s;
        QTest::newRow("combining mark")
            << u"Zoe\u0308 wins"_s << u"Zoe wins"_s << u"[-Zoe\u0308-]{+Zoe+} wins"_s;
    }
    void words()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, marked);
        const QList<DiffSpan> spans = diffWords(before, after);
        checkSpans(spans, before, after);
        QCOMPARE(render(spans), marked);
    }

    void lines_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("marked");
        QTest::newRow("equal") << u"a\nb\n"_s << u"a\nb\n"_s << u"a\nb\n"_s;
        QTest::newRow("changed line")
            << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s << u"a\n[-b\n-]{+B\n+}c\n"_s;
        QTest::newRow("moved line")
            << u"a\nb\nc\n"_s << u"b\nc\na\n"_s << u"[-a\n-]b\nc\n{+a\n+}"_s;
        QTest::newRow("no final newline") << u"x\ny"_s << u"x\nz"_s << u"x\n[-y-]{+z+}"_s;
    }
    void lines()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, marked);
        const QList<DiffSpan> spans = diffLines(before, after);
        checkSpans(spans, before, after);
        QCOMPARE(render(spans), marked);
    }

    void minimalOnShuffles()
    {
        // Against a brute-force LCS on small inputs: the diff keeps as many lines as possible.
        const QStringList vocabulary {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        quint32 state = 7;
        auto next = [&state] {
            return (state = state * 1103515245u + 12345u) >> 16;
        };
        for (int round = 0; round < 300; ++round) {
            QStringList x, y;
            for (int i = int(next() % 12); i > 0; --i)
                x << vocabulary.at(next() % 4);
            for (int i = int(next() % 12); i > 0; --i)
                y << vocabulary.at(next() % 4);
            const QString before = x.join(u' ');
            const QString after = y.join(u' ');
            const QString xLines = x.isEmpty() ? QString() : x.join(u'\n') + u'\n';
            const QString yLines = y.isEmpty() ? QString() : y.join(u'\n') + u'\n';
            const QList<DiffSpan> spans = diffLines(xLines, yLines);
            checkSpans(spans, xLines, yLines);
            QList<QList<int>> lcs(x.size() + 1, QList<int>(y.size() + 1, 0));
            for (qsizetype i = x.size() - 1; i >= 0; --i) {
                for (qsizetype j = y.size() - 1; j >= 0; --j)
                    lcs[i][j]
                        = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
            }
            qsizetype kept = 0;
            for (const DiffSpan &span : spans) {
                if (span.kind == DiffSpan::Kind::Equal)
                    kept += span.text.count(u'\n');
            }
            QVERIFY2(kept == lcs[0][0], qPrintable(before + u" / "_s + after));
            checkSpans(diffWords(before, after), before, after);
        }
    }

    void largeTexts()
    {
        const QString before = articleText(11, 20000);
        QString after = before;
        // An edit roughly every 400 characters.
        for (qsizetype i = after.size() - 1; i > 0; i -= 397) {
            if (after.at(i).isLetter())
                after.insert(i, u"Z"_s);
        }
        QElapsedTimer timer;
        timer.start();
        QList<DiffSpan> spans = diffWords(before, after);
        const qint64 scattered = timer.elapsed();
        checkSpans(spans, before, after);
        QVERIFY(spans.size() > 100);

        const QString unrelated = articleText(12, 20000);
        timer.restart();
        spans = diffWords(before, unrelated);
        const qint64 different = timer.elapsed();
        checkSpans(spans, before, unrelated);
        qInfo(
            "20,000 words: scattered edits %lld ms, unrelated texts %lld ms", scattered, different);
        QVERIFY2(scattered < 1000, "scattered edits must diff fast");
        QVERIFY2(different < 3000, "unrelated texts must not take quadratic time");
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
