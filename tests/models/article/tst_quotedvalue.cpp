// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "quotedvalue.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestQuotedValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"Berlin"_s << u"“Berlin”"_s;
        QTest::newRow("empty") << QString() << u"“”"_s;
        QTest::newRow("nul and escape")
            << QString::fromUtf8("a\0b\x1b[31m", 8) << u"“a\\x00b\\x1b[31m”"_s;
        QTest::newRow("newline, tab, DEL") << u"a\nb\tc\x7f"_s << u"“a\\x0ab\\x09c\\x7f”"_s;
        QTest::newRow("backslash") << u"C:\\x00"_s << u"“C:\\\\x00”"_s;
        QTest::newRow("bidi override") << u"abc\u202edef"_s << u"“abc\\u202edef”"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << u"“\\ud800”"_s;
        QTest::newRow("emoji counts once") << u"😀"_s.repeated(3) << u"“😀😀😀”"_s;
        QTest::newRow("umlauts") << u"Mühlendamm"_s << u"“Mühlendamm”"_s;
    }

    void text()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(QuotedValue::quoted(value), quoted);
    }

    void longValuesAreCut()
    {
        const QString huge(100'000, u'x');
        const QString quoted = QuotedValue::quoted(huge);
        QCOMPARE(quoted, u"“"_s + QString(60, u'x') + u"…”"_s);
        QCOMPARE(QuotedValue::quoted(QString(60, u'y')), u"“"_s + QString(60, u'y') + u"”"_s);
        QCOMPARE(QuotedValue::quoted(u"abcdef"_s, 3), u"“abc…”"_s);
        // Escapes count as one character each, so NUL floods are cut as well.
        QCOMPARE(QuotedValue::quoted(QString(1000, QChar(0)), 2), u"“\\x00\\x00…”"_s);
    }

    void bytes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("utf-8") << QByteArray("M\xc3\xbchle") << u"“Mühle”"_s;
        QTest::newRow("invalid byte") << QByteArray("a\xff"
                                                    "b")
                                      << u"“a\\xffb”"_s;
        QTest::newRow("cut sequence") << QByteArray("a\xc3") << u"“a\\xc3”"_s;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << u"“a\\x00b”"_s;
        QTest::newRow("long") << QByteArray(100'000, 'z') << u"“"_s + QString(60, u'z') + u"…”"_s;
    }

    void bytes()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, quoted);
        QCOMPARE(QuotedValue::quoted(value), quoted);
    }
};

QTEST_GUILESS_MAIN(TestQuotedValue)
#include "tst_quotedvalue.moc"
