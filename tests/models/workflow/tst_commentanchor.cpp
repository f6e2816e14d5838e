// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Comment anchors: every kind of path, ranges inside Markdown, and paths that name nothing.
#include "articlefactory.h"
#include "reviewcomment.h"

#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class tst_CommentAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void validate_data();
    void validate();
    void rangeText();
};

namespace {

QString partId(const Article &article, ArticlePart::Kind kind)
{
    for (const ArticlePart &part : article.parts) {
        if (part.kind == kind)
            return part.id;
    }
    return {};
}

} // namespace

void tst_CommentAnchor::validate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("valid");

    const Article a = Testing::fullArticle();
    const QString section = partId(a, ArticlePart::Kind::Section);
    const QString facts = partId(a, ArticlePart::Kind::KeyFacts);
    const QString faq = partId(a, ArticlePart::Kind::Faq);
    QTest::newRow("field") << u"headline"_s << -1 << -1 << true;
    QTest::newRow("hero alt") << u"hero.altText"_s << -1 << -1 << true;
    QTest::newRow("range in lede") << u"lede"_s << 0 << 5 << true;
    QTest::newRow("range past the end") << u"lede"_s << 0 << 100000 << false;
    QTest::newRow("reversed range") << u"lede"_s << 5 << 2 << false;
    QTest::newRow("whole part") << u"parts/"_s + section << -1 << -1 << true;
    QTest::newRow("section body range") << u"parts/%1/body"_s.arg(section) << 2 << 9 << true;
    QTest::newRow("list item") << u"parts/%1/items/0"_s.arg(facts) << -1 << -1 << true;
    QTest::newRow("list item out of range")
        << u"parts/%1/items/99"_s.arg(facts) << -1 << -1 << false;
    QTest::newRow("faq pair") << u"parts/%1/faq/0"_s.arg(faq) << -1 << -1 << true;
    QTest::newRow("items of a faq") << u"parts/%1/items/0"_s.arg(faq) << -1 << -1 << false;
    QTest::newRow("unknown part") << u"parts/nope"_s << -1 << -1 << false;
    QTest::newRow("unknown field") << u"subtitle"_s << -1 << -1 << false;
}

void tst_CommentAnchor::validate()
{
    QFETCH(QString, path);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(bool, valid);
    const CommentAnchor anchor {path, start, end};
    const QString problem = anchor.validate(Testing::fullArticle());
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    if (!valid)
        QVERIFY(problem.contains(path) || problem.contains(u"range"_s));
}

void tst_CommentAnchor::rangeText()
{
    Article article;
    article.lede = u"The ferry runs again."_s;
    QCOMPARE((CommentAnchor {u"lede"_s, 4, 9}.text(article)), u"ferry"_s);
    QCOMPARE((CommentAnchor {u"lede"_s, -1, -1}.text(article)), article.lede);
}

QTEST_GUILESS_MAIN(tst_CommentAnchor)
#include "tst_commentanchor.moc"
