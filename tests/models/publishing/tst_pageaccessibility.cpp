// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue #12's chain, as a copy editor meets it: a news page imported as HTML and as pasted text,
// `check` naming the typed reading time, and its exports checked by outside tools: the page by
// axe-core in a real Qt WebEngine page (laid out, so that colour contrast is measured) and by the
// W3C Nu checker, the ninjs by the IPTC schema. Other articles (every part, right-to-left and
// astral text, a draft) go through axe too.
#include "articleexporter.h"
#include "articlefactory.h"
#include "articlefilereader.h"
#include "checklist.h"
#include "checktools.h"
#include "pdfexporter.h"

#include <QGuiApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QString Corpus = QStringLiteral(COPYDESK_SOURCE_DIR "/tests/models/import/corpus/input/");

QString axeSource()
{
    return CheckTools::nodeTools() + u"/node_modules/axe-core/axe.min.js"_s;
}

PublicationProfile ledger()
{
    PublicationProfile profile;
    profile.name = u"The Coastal Ledger"_s;
    profile.tagline = u"News for the northern coast since 1921"_s;
    profile.siteUrl = u"https://ledger.example/"_s;
    profile.articleUrlPattern = u"https://ledger.example/{category}/{slug}"_s;
    return profile;
}

} // namespace

class TestPageAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_axe;
    std::unique_ptr<QWebEngineProfile> m_profile;

    /// axe-core's violations on `html` loaded from a file in a Qt WebEngine page, one line each
    /// ("color-contrast (serious): …: .byline"), or an error; empty when there are none.
    QString axeViolations(const QByteArray &html, const QString &name)
    {
        const QString path = m_dir.filePath(name + u".html"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
            return u"cannot write "_s + path;
        file.close();
        QWebEnginePage page(m_profile.get());
        page.settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
        bool loaded = false;
        bool ok = false;
        connect(&page, &QWebEnginePage::loadFinished, &page, [&](bool success) {
            loaded = true;
            ok = success;
        });
        page.load(QUrl::fromLocalFile(path));
        if (!QTest::qWaitFor([&] { return loaded; }, 60000) || !ok)
            return u"the page did not load"_s;
        // axe runs in Qt's application world: the page's own content security policy allows no
        // script, and none of the page's is needed.
        page.runJavaScript(QString::fromUtf8(m_axe), QWebEngineScript::ApplicationWorld);
        page.runJavaScript(
            u"window.copydeskAxe = undefined;"
            "axe.run(document, {resultTypes: ['violations']}).then("
            "  r => { window.copydeskAxe = JSON.stringify(r.violations.map(v => ({id: v.id,"
            "    impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})));"
            "  }, e => { window.copydeskAxe = JSON.stringify({error: String(e)}); });"_s,
            QWebEngineScript::ApplicationWorld);
        QString result;
        const bool done = QTest::qWaitFor(
            [&] {
                bool answered = false;
                page.runJavaScript(u"window.copydeskAxe"_s, QWebEngineScript::ApplicationWorld,
                    [&](const QVariant &value) {
                        result = value.toString();
                        answered = true;
                    });
                if (!QTest::qWaitFor([&] { return answered; }, 5000))
                    return false;
                return !result.isEmpty();
            },
            120000);
        if (!done)
            return u"axe did not finish"_s;
        const QJsonDocument json = QJsonDocument::fromJson(result.toUtf8());
        if (json.isObject())
            return u"axe failed: "_s + json.object()[u"error"_s].toString();
        QStringList lines;
        for (const QJsonValue &value : json.array()) {
            const QJsonObject violation = value.toObject();
            QStringList nodes;
            for (const QJsonValue &node : violation[u"nodes"_s].toArray())
                nodes << node.toString();
            lines << u"%1 (%2): %3: %4"_s.arg(violation[u"id"_s].toString(),
                violation[u"impact"_s].toString(), violation[u"help"_s].toString(),
                nodes.join(u", "_s));
        }
        return lines.join(u'\n');
    }

    /// The export of `article` in `format`, written to a file named `name`; empty on failure.
    QString exported(const Article &article, ExportFormat format, const QString &name)
    {
        const Result<QByteArray> bytes = ArticleExporter::encode(article, ledger(), format, {});
        if (!bytes) {
            qWarning("%s", qPrintable(bytes.error().message));
            return {};
        }
        const QString path = m_dir.filePath(name);
        return ArticleExporter::writeFile(path, *bytes) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile axe(axeSource());
        if (!axe.open(QIODevice::ReadOnly)) {
            const QString why = u"no axe-core: %1 (./dev installs tests/tools)"_s.arg(axeSource());
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_axe = axe.readAll();
        m_profile = std::make_unique<QWebEngineProfile>();
    }

    void cleanupTestCase() { m_profile.reset(); }

    void importedPageIsCheckedAndItsExportsValidate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("html") << u"en-harbour.html"_s;
        QTest::newRow("pasted text") << u"en-harbour.txt"_s;
    }

    void importedPageIsCheckedAndItsExportsValidate()
    {
        QFETCH(QString, file);
        const Result<Article> article = ArticleFileReader::read(Corpus + file);
        QVERIFY2(article, article ? "" : qPrintable(article.error().message));
        QCOMPARE(article->headline, u"Harbour expansion approved after decade-long dispute"_s);

        // `check` names the reading time typed into the byline.
        const QList<ChecklistFinding> findings = Checklist::run(*article, ChecklistConfig());
        QStringList rules;
        for (const ChecklistFinding &finding : findings)
            rules << finding.ruleId;
        QVERIFY2(rules.contains(u"readingTime.matches"_s), qPrintable(rules.join(u", "_s)));

        const QString html = exported(*article, ExportFormat::Html, file + u".html"_s);
        const QString ninjs = exported(*article, ExportFormat::Ninjs, file + u".ninjs.json"_s);
        QVERIFY(!html.isEmpty() && !ninjs.isEmpty());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString violations = axeViolations(page.readAll(), file);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        if (!CheckTools::missing().isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(CheckTools::missing()));
            QSKIP(qPrintable(CheckTools::missing()));
        }
        const QString htmlErrors = CheckTools::htmlErrors({html});
        QVERIFY2(htmlErrors.isEmpty(), qPrintable(htmlErrors));
        const QString ninjsErrors = CheckTools::ninjsErrors({ninjs});
        QVERIFY2(ninjsErrors.isEmpty(), qPrintable(ninjsErrors));
    }

    void pagesHaveNoAxeViolations_data()
    {
        QTest::addColumn<Article>("article");
        QTest::newRow("every part") << Testing::fullArticle();
        QTest::newRow("right to left and astral text") << Testing::oddUnicodeArticle();
        Article draft = Testing::fullArticle();
        draft.published = {};
        QTest::newRow("draft") << draft;
        // The least a page has: the checklist requires a headline, so a page without one never
        // reaches readers (axe rightly wants its <h1>).
        Article headlineOnly;
        headlineOnly.headline = u"Storm closes the harbour"_s;
        QTest::newRow("headline only") << headlineOnly;
    }

    void pagesHaveNoAxeViolations()
    {
        QFETCH(Article, article);
        const Result<QByteArray> html
            = ArticleExporter::encode(article, ledger(), ExportFormat::Html, {});
        QVERIFY2(html, html ? "" : qPrintable(html.error().message));
        const QString violations
            = axeViolations(*html, QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
    }
};

int main(int argc, char *argv[])
{
    PdfExporter::prepareProcess(); // Offscreen without a display, Chromium's flags, as copydesk.
    QGuiApplication app(argc, argv);
    TestPageAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pageaccessibility.moc"
