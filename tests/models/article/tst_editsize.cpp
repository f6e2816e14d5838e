// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// How many words an edit changed (EditSize): the measure of an editor's small edit after
// approval. The team library's server counts the same way (tst_postgresschema checks that).
#include "editsize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class tst_EditSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words();
    void changedWords_data();
    void changedWords();
    void articles();
};

void tst_EditSize::words()
{
    const QJsonObject json = QJsonDocument::fromJson(
        R"({"headline": "  Ferry\u00a0service\tresumes\n", "count": 3, "ok": true,
            "parts": [{"items": ["a b", ""]}], "hero": null})")
                                 .object();
    QStringList words = EditSize::words(json);
    words.sort();
    QCOMPARE(words,
        (QStringList {u"3"_s, u"Ferry"_s, u"a"_s, u"b"_s, u"resumes"_s, u"service"_s, u"true"_s}));
    QVERIFY(EditSize::isSeparator(0x3000));
    QVERIFY(!EditSize::isSeparator(u'-'));
    QVERIFY(!EditSize::isSeparator(0x200b)); // zero width space joins, like the server's list
}

void tst_EditSize::changedWords_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("changed");
    QTest::newRow("same") << u"the ferry runs"_s << u"the ferry runs"_s << 0;
    QTest::newRow("typo") << u"the ferry rnus"_s << u"the ferry runs"_s << 1;
    QTest::newRow("added") << u"the ferry runs"_s << u"the ferry runs again today"_s << 2;
    QTest::newRow("removed") << u"the ferry runs again"_s << u"the ferry"_s << 2;
    QTest::newRow("replaced three") << u"a b c d"_s << u"a x y z"_s << 3;
    QTest::newRow("moved") << u"runs the ferry"_s << u"the ferry runs"_s << 0;
    QTest::newRow("repeated") << u"the the ferry"_s << u"the ferry"_s << 1;
    QTest::newRow("spacing only") << u"the  ferry"_s << u"the\u2003ferry"_s << 0;
    QTest::newRow("punctuation") << u"again."_s << u"again"_s << 1;
}

void tst_EditSize::changedWords()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, changed);
    QCOMPARE(EditSize::changedWords(
                 EditSize::words(QJsonValue(before)), EditSize::words(QJsonValue(after))),
        changed);
}

void tst_EditSize::articles()
{
    Article before;
    before.headline = u"Ferry service resumes after storm"_s;
    before.status = ArticleStatus::Approved;
    before.owner = u"ann"_s;
    ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts);
    facts.items = {u"Three days closed"_s};
    before.parts = {facts};
    Article after = before;
    after.status = ArticleStatus::Draft; // status and owner are not text
    after.owner = u"eve"_s;
    QCOMPARE(EditSize::changedWords(before, after), 0);
    after.parts[0].items[0] = u"Four days closed"_s;
    after.headline = u"Ferry service resumes after gale"_s;
    QCOMPARE(EditSize::changedWords(before, after), 2);
}

QTEST_GUILESS_MAIN(tst_EditSize)
#include "tst_editsize.moc"
