#include "sqlitesearch.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class tst_SqliteSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void terms_data();
    void terms();
    void matchExpression_data();
    void matchExpression();
};

void tst_SqliteSearch::terms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");

    QTest::newRow("words") << u"city council"_s << QStringList {u"city"_s, u"council"_s};
    QTest::newRow("extra spaces") << u"  city \t council\n"_s
                                  << QStringList {u"city"_s, u"council"_s};
    QTest::newRow("phrase") << u"\"city council\" budget"_s
                            << QStringList {u"city council"_s, u"budget"_s};
    QTest::newRow("phrase spaces collapse")
        << u"\"  city   council \""_s << QStringList {u"city council"_s};
    QTest::newRow("unclosed quote")
        << u"budget \"city council"_s << QStringList {u"budget"_s, u"city council"_s};
    QTest::newRow("quote glued to words")
        << u"a\"b c\"d"_s << QStringList {u"a"_s, u"b c"_s, u"d"_s};
    QTest::newRow("empty phrase") << u"\"\" city"_s << QStringList {u"city"_s};
    QTest::newRow("punctuation only") << u"*** ^ ( ) -"_s << QStringList {};
    QTest::newRow("operators are words")
        << u"tax OR NOT rent"_s << QStringList {u"tax"_s, u"OR"_s, u"NOT"_s, u"rent"_s};
    QTest::newRow("column filter") << u"headline:budget"_s << QStringList {u"headline:budget"_s};
    QTest::newRow("diacritics kept") << u"Café Zürich"_s << QStringList {u"Café"_s, u"Zürich"_s};
    QTest::newRow("cjk") << u"東京 都"_s << QStringList {u"東京"_s, u"都"_s};
    QTest::newRow("control characters")
        << u"city\u0000council\u0007"_s << QStringList {u"city"_s, u"council"_s};
    QTest::newRow("empty") << QString() << QStringList {};
}

void tst_SqliteSearch::terms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(SqliteSearch::terms(text), terms);
}

void tst_SqliteSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");

    QTest::newRow("words") << u"city council"_s << u"\"city\" \"council\""_s;
    QTest::newRow("phrase") << u"\"city council\" tax"_s << u"\"city council\" \"tax\""_s;
    QTest::newRow("near") << u"NEAR(a b, 3)"_s << u"\"NEAR(a\" \"b,\" \"3)\""_s;
    QTest::newRow("prefix and caret") << u"^budg*"_s << u"\"^budg*\""_s;
    QTest::newRow("nothing") << u"\"\" *"_s << QString();
}

void tst_SqliteSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(SqliteSearch::matchExpression(text), expression);
}

QTEST_GUILESS_MAIN(tst_SqliteSearch)
#include "tst_sqlitesearch.moc"
