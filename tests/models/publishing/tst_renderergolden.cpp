// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "goldenpages.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Renders every input/*.json and compares it byte for byte with expected/*.html. After an
// intended change, run refresh-golden.sh and review the diff.
class TestRendererGolden : public QObject
{
    Q_OBJECT

private:
    const QString m_source = QStringLiteral(QT_TESTCASE_SOURCEDIR);

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyInputHasAnExpectedPage()
    {
        const QStringList inputs = GoldenPages::names(m_source);
        QVERIFY(inputs.size() >= 8);
        QStringList expected
            = QDir(m_source + u"/expected"_s).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
        for (QString &name : expected)
            name.chop(5);
        QCOMPARE(expected, inputs);
    }

    void page_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : GoldenPages::names(m_source))
            QTest::newRow(qPrintable(name)) << name;
    }

    void page()
    {
        QFETCH(QString, name);
        const auto rendered = GoldenPages::render(m_source, name);
        QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().message));

        // Whatever the expected pages say, no part may leave an empty heading or list behind.
        static const QRegularExpression emptyStructure(
            u"<h2>[^<]*</h2>\\s*</section>|<(ul|ol|dl)>\\s*</\\1>|<section[^>]*>\\s*</section>|<h2></h2>"_s);
        const QRegularExpressionMatch empty = emptyStructure.match(QString::fromUtf8(*rendered));
        QVERIFY2(!empty.hasMatch(), qPrintable(empty.captured()));

        QFile file(m_source + u"/expected/"_s + name + u".html"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray expected = file.readAll();
        if (*rendered == expected)
            return;

        const QList<QByteArray> actualLines = rendered->split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        qsizetype line = 0;
        while (line < actualLines.size() && line < expectedLines.size()
            && actualLines.at(line) == expectedLines.at(line))
            ++line;
        const QString actualPath = QDir::temp().filePath(u"copydesk-golden-"_s + name + u".html"_s);
        QFile actual(actualPath);
        if (actual.open(QIODevice::WriteOnly))
            actual.write(*rendered);
        QFAIL(qPrintable(
            u"%1.html differs from line %2 on (actual page in %3; refresh-golden.sh after an intended change)\n  expected: %4\n  actual:   %5"_s
                .arg(name)
                .arg(line + 1)
                .arg(actualPath, QString::fromUtf8(expectedLines.value(line).left(200)),
                    QString::fromUtf8(actualLines.value(line).left(200)))));
    }
};

QTEST_GUILESS_MAIN(TestRendererGolden)
#include "tst_renderergolden.moc"
