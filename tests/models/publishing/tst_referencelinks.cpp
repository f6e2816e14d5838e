// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// One rule engine: a reference URL that the checklist calls wrong is linked by no export (the
// title shows as text), and one it accepts is linked by every export.
#include "articleexporter.h"
#include "articlefactory.h"
#include "checklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QString title = u"Zq Harbour Report"_s;

Article withReference(const QString &url)
{
    Article article = Testing::fullArticle();
    ArticlePart references = ArticlePart::make(ArticlePart::Kind::References, u"Sources"_s);
    references.references = {{title, url, u"Port Authority"_s, {}}};
    article.parts.append(references);
    return article;
}

QString exported(const Article &article, ExportFormat format)
{
    const Result<QByteArray> bytes = ArticleExporter::encode(article, PublicationProfile(), format);
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

/// Whether `html` links the reference title.
bool linksTitle(const QString &html)
{
    static const QRegularExpression link(u"<a [^>]*href=\"[^\"]*\"[^>]*>Zq Harbour Report</a>"_s);
    return html.contains(link);
}

bool checklistCallsWrong(const Article &article)
{
    const QList<ChecklistFinding> findings = Checklist::run(article, ChecklistConfig());
    return std::any_of(findings.cbegin(), findings.cend(), [](const ChecklistFinding &finding) {
        return finding.ruleId == u"references.urls"_s && finding.severity == RuleLevel::Required;
    });
}

} // namespace

class TestReferenceLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checkAndExportsAgree_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("https") << u"https://port.example/report"_s << true;
        QTest::newRow("http with query") << u"http://port.example/r?id=4&x=1"_s << true;
        QTest::newRow("spaces around") << u"  https://port.example/report  "_s << true;
        QTest::newRow("space in host") << u"https://exa mple.org/report"_s << false;
        QTest::newRow("space in path") << u"https://example.org/a report.pdf"_s << false;
        QTest::newRow("no scheme") << u"www.example.com/report"_s << false;
        QTest::newRow("ftp") << u"ftp://files.example/report"_s << false;
        QTest::newRow("no host") << u"https:///report"_s << false;
        QTest::newRow("scheme only") << u"https://"_s << false;
        QTest::newRow("mailto") << u"mailto:desk@port.example"_s << false;
        QTest::newRow("fragment") << u"#sources"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("encoded javascript") << u"jav&#x61;script:alert(1)"_s << false;
    }

    void checkAndExportsAgree()
    {
        QFETCH(QString, url);
        QFETCH(bool, wellFormed);
        const Article article = withReference(url);
        QCOMPARE(checklistCallsWrong(article), !wellFormed);

        const QString html = exported(article, ExportFormat::Html);
        QVERIFY(html.contains(title));
        QCOMPARE(linksTitle(html), wellFormed);

        const QJsonObject ninjs
            = QJsonDocument::fromJson(exported(article, ExportFormat::Ninjs).toUtf8()).object();
        const QString body = ninjs[u"bodies"_s][0][u"value"_s].toString();
        QVERIFY(body.contains(title));
        QCOMPARE(linksTitle(body), wellFormed);

        // JSON-LD citations carry the URL only when it is linked.
        static const QRegularExpression script(
            u"<script type=\"application/ld\\+json\">(.*?)</script>"_s,
            QRegularExpression::DotMatchesEverythingOption);
        const QJsonObject data
            = QJsonDocument::fromJson(script.match(html).captured(1).toUtf8()).object();
        bool cited = false;
        for (const QJsonValue &work : data[u"citation"_s].toArray()) {
            if (work[u"name"_s].toString() == title)
                cited = work.toObject().contains(u"url"_s);
        }
        QCOMPARE(cited, wellFormed);
    }
};

QTEST_GUILESS_MAIN(TestReferenceLinks)
#include "tst_referencelinks.moc"
