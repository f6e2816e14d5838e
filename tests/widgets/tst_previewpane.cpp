// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articleexporter.h"
#include "articlefactory.h"
#include "previewpane.h"
#include "previewscheduler.h"
#include "snippetpreview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QWebEngineView>

using namespace Copydesk;

namespace {

constexpr int PaintTimeoutMs = 20000;

/// Runs `script` in the preview's script world and waits for its result.
QVariant evaluate(PreviewPane &pane, const QString &script)
{
    QVariant result;
    bool done = false;
    pane.runScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, PaintTimeoutMs))
        qWarning("script timed out: %s", qPrintable(script));
    return result;
}

bool waitForNewestPaint(PreviewPane &pane)
{
    return QTest::qWaitFor(
        [&] { return pane.paintedSequence() == pane.requestedSequence(); }, PaintTimeoutMs);
}

} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsTheExportedPage();
    void patchesInPlaceAndKeepsTheScrollPosition();
    void coalescesBursts();
    void showsThePageWithoutAFolderToWriteIt();
    void shownFollowsTheWindowsDrawing();
    void scrollsToAndReportsParts();
    void printViewUsesThePrintStyles();
    void narrowPaneScalesThePage();
    void snippetsUseTheArticlesFields();
    void brokenTemplateShowsFileAndLine();
    void previewIsTheExport_data();
    void previewIsTheExport();
};

void TestPreviewPane::showsTheExportedPage()
{
    PreviewPane pane;
    pane.resize(800, 600);
    pane.show();
    Article article = Testing::fullArticle();
    PublicationProfile profile;
    profile.name = QStringLiteral("The Harbour Gazette");
    pane.setProfile(profile);
    pane.setArticle(article);
    QVERIFY(waitForNewestPaint(pane));
    const QString text = evaluate(pane, QStringLiteral("copydesk.text()")).toString();
    QVERIFY2(text.contains(article.headline), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("The Harbour Gazette")));
    // The page keeps the export's policy: the page's own world may run no script.
    const QString csp = evaluate(pane,
        QStringLiteral("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                       ".content"))
                            .toString();
    QVERIFY2(csp.contains(QStringLiteral("default-src 'none'")), qPrintable(csp));
}

void TestPreviewPane::showsThePageWithoutAFolderToWriteIt()
{
    // Pages go to a file for Chromium to read; with neither the runtime nor the temporary
    // folder writable (a full disk, a missing folder) the page is handed over whole instead.
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray temporary = qgetenv("TMPDIR");
    const auto restore = qScopeGuard([&] {
        runtime.isNull() ? qunsetenv("XDG_RUNTIME_DIR") : qputenv("XDG_RUNTIME_DIR", runtime);
        temporary.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", temporary);
    });
    // /proc: a folder that exists, where nobody (root included) can create a file.
    qputenv("XDG_RUNTIME_DIR", "/proc");
    qputenv("TMPDIR", "/proc");
    PreviewPane pane;
    pane.resize(800, 600);
    pane.show();
    const Article article = Testing::fullArticle();
    pane.setArticle(article);
    QVERIFY(waitForNewestPaint(pane));
    const QString text = evaluate(pane, QStringLiteral("copydesk.text()")).toString();
    QVERIFY2(text.contains(article.headline), qPrintable(text.left(300)));
}

void TestPreviewPane::patchesInPlaceAndKeepsTheScrollPosition()
{
    PreviewPane pane;
    pane.resize(800, 500);
    pane.show();
    Article article = Testing::generatedArticle(7, 3000);
    pane.setArticle(article);
    QVERIFY(waitForNewestPaint(pane));
    evaluate(pane, QStringLiteral("window.scrollTo(0, 2500); window.scrollY"));
    const double before = evaluate(pane, QStringLiteral("window.scrollY")).toDouble();
    QVERIFY(before > 1000);

    QSignalSpy loads(pane.view(), &QWebEngineView::loadStarted);
    article.parts[0].body += QStringLiteral("\n\nA sentence typed just now, zebra-striped.");
    pane.setArticle(article);
    QVERIFY(waitForNewestPaint(pane));
    QVERIFY(evaluate(pane, QStringLiteral("copydesk.text()"))
            .toString()
            .contains(QStringLiteral("zebra-striped")));
    QCOMPARE(loads.size(), 0);
    QCOMPARE(evaluate(pane, QStringLiteral("window.scrollY")).toDouble(), before);

    // Another article loads afresh.
    pane.setArticle(Testing::fullArticle());
    QVERIFY(waitForNewestPaint(pane));
    QCOMPARE(loads.size(), 1);
}

void TestPreviewPane::shownFollowsTheWindowsDrawing()
{
    PreviewPane pane;
    pane.resize(600, 800);
    pane.show();
    pane.prepare();
    // Long enough that only a drawing, not the wait running out, brings shown() on a busy
    // machine.
    pane.setShownWait(PaintTimeoutMs);
    Article article = Testing::generatedArticle(5, 1500);
    // Counts the drawings of Qt WebEngine's widget, and notes the count at each signal.
    int paints = 0;
    QList<std::pair<QString, int>> events;
    QObject counter;
    struct Filter : QObject
    {
        int *paints;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++*paints;
            return false;
        }
    } filter;
    filter.paints = &paints;
    connect(&pane, &PreviewPane::painted, &counter,
        [&](quint64) { events.append({QStringLiteral("painted"), paints}); });
    connect(&pane, &PreviewPane::shown, &counter,
        [&](quint64) { events.append({QStringLiteral("shown"), paints}); });
    pane.setArticle(article);
    QVERIFY(waitForNewestPaint(pane));
    QTRY_VERIFY_WITH_TIMEOUT(
        !events.isEmpty() && events.last().first == QStringLiteral("shown"), PaintTimeoutMs);
    QVERIFY(pane.view()->focusProxy());
    pane.view()->focusProxy()->installEventFilter(&filter);
    events.clear();
    QElapsedTimer clock;
    clock.start();
    article.headline = QStringLiteral("A headline that changes the pixels");
    pane.setArticle(article);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, PaintTimeoutMs);
    QCOMPARE(events.at(0).first, QStringLiteral("painted"));
    QCOMPARE(events.at(1).first, QStringLiteral("shown"));
    // Shown once the widget drew again, not by running out of time.
    QVERIFY2(events.at(1).second > events.at(0).second,
        qPrintable(QStringLiteral("%1 %2").arg(events.at(0).second).arg(events.at(1).second)));
    QVERIFY(clock.elapsed() < PaintTimeoutMs);
}

void TestPreviewPane::coalescesBursts()
{
    PreviewPane pane;
    pane.show();
    Article article = Testing::generatedArticle(3, 1500);
    pane.setArticle(article);
    QVERIFY(waitForNewestPaint(pane));
    QSignalSpy painted(&pane, &PreviewPane::painted);
    for (int i = 0; i < 40; ++i) {
        article.headline += QLatin1Char('x');
        pane.setArticle(article);
    }
    QVERIFY(waitForNewestPaint(pane));
    QVERIFY2(painted.size() <= 3, qPrintable(QString::number(painted.size())));
    QVERIFY(evaluate(pane, QStringLiteral("document.querySelector('h1').textContent"))
            .toString()
            .endsWith(QString(40, QLatin1Char('x'))));
}

void TestPreviewPane::scrollsToAndReportsParts()
{
    PreviewPane pane;
    pane.resize(800, 400);
    pane.show();
    const Article article = Testing::fullArticle();
    pane.setArticle(article);
    QVERIFY(waitForNewestPaint(pane));
    const QString last = article.parts.last().id;
    pane.scrollToPart(last);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(pane, QStringLiteral("window.scrollY")).toDouble() > 200, 5000);

    QSignalSpy clicked(&pane, &PreviewPane::partClicked);
    const QString second = article.parts.at(1).id;
    evaluate(pane,
        QStringLiteral("document.querySelector('[data-part-id=\"%1\"] p, [data-part-id=\"%1\"] "
                       "li').click()")
            .arg(second));
    QTRY_COMPARE_WITH_TIMEOUT(clicked.size(), 1, 5000);
    QCOMPARE(clicked.first().first().toString(), second);
    evaluate(pane, QStringLiteral("document.querySelector('article h1').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(clicked.size(), 2, 5000);
    QCOMPARE(clicked.last().first().toString(), QStringLiteral("headline"));
}

void TestPreviewPane::printViewUsesThePrintStyles()
{
    PreviewPane pane;
    pane.resize(1000, 600);
    pane.show();
    pane.setArticle(Testing::fullArticle());
    QVERIFY(waitForNewestPaint(pane));
    const QString fontSize = QStringLiteral("getComputedStyle(document.body).fontSize");
    const QString screen = evaluate(pane, fontSize).toString();
    pane.setMode(PreviewPane::Mode::Print);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(pane, fontSize).toString(), QStringLiteral("14px"), 5000);
    QVERIFY(screen != QStringLiteral("14px")); // 10.5pt
    pane.setMode(PreviewPane::Mode::Page);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(pane, fontSize).toString(), screen, 5000);
}

void TestPreviewPane::narrowPaneScalesThePage()
{
    PreviewPane pane;
    pane.resize(400, 600);
    pane.show();
    pane.setArticle(Testing::fullArticle());
    QVERIFY(waitForNewestPaint(pane));
    const QString width = QStringLiteral("window.innerWidth");
    const QString column
        = QStringLiteral("document.querySelector('article').getBoundingClientRect().width");
    const QString fontSize = QStringLiteral("getComputedStyle(document.body).fontSize");
    // A 400 px pane lays the page out as a desktop reader sees it, zoomed out: the article
    // column keeps its 40rem and the body its size, instead of the narrow-screen styles.
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(pane, width).toInt() >= pane.layoutWidth() - 1, 5000);
    QCOMPARE(qRound(evaluate(pane, column).toDouble()), 640);
    QCOMPARE(evaluate(pane, fontSize).toString(), QStringLiteral("18px"));
    QVERIFY(pane.view()->zoomFactor() < 0.6);
    QCOMPARE(evaluate(pane,
                 QStringLiteral("document.documentElement.scrollWidth <= "
                                "window.innerWidth"))
                 .toBool(),
        true);

    // The sheet of paper fits as well; a wide pane shows the page at full size.
    pane.setMode(PreviewPane::Mode::Print);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(pane, width).toInt() >= pane.layoutWidth() - 1, 5000);
    QVERIFY(pane.layoutWidth() > 800);
    pane.setMode(PreviewPane::Mode::Page);
    pane.resize(1200, 600);
    QTRY_COMPARE_WITH_TIMEOUT(pane.view()->zoomFactor(), 1.0, 5000);
    QVERIFY(evaluate(pane, width).toInt() > 1100);
}

void TestPreviewPane::snippetsUseTheArticlesFields()
{
    PreviewPane pane;
    pane.show();
    Article article = Testing::fullArticle();
    PublicationProfile profile;
    profile.siteUrl = QStringLiteral("https://news.example.org");
    pane.setProfile(profile);
    pane.setArticle(article);
    pane.setMode(PreviewPane::Mode::Snippets);
    auto *snippets = pane.findChild<SnippetPreview *>();
    QVERIFY(snippets && snippets->isVisible());
    QStringList texts;
    for (QLabel *label : snippets->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY(texts.contains(article.headline));
    QVERIFY(texts.contains(QStringLiteral("NEWS.EXAMPLE.ORG")));
    QVERIFY(SnippetPreview::articleUrl(article, profile)
            .startsWith(QStringLiteral("https://news.example.org/")));
    article.headline = QStringLiteral("Changed while the card shows");
    pane.setArticle(article);
    texts.clear();
    for (QLabel *label : snippets->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY(texts.contains(article.headline));

    // A narrow pane gets a narrower card, never a sideways scroll bar.
    auto *card = snippets->findChild<QFrame *>();
    QVERIFY(card);
    pane.resize(900, 600);
    QTRY_COMPARE(card->width(), 500);
    pane.resize(300, 600);
    QTRY_VERIFY(card->width() <= 300 - 48);
    QVERIFY(card->geometry().right() < snippets->width());
}

void TestPreviewPane::brokenTemplateShowsFileAndLine()
{
    QTemporaryDir newsroom;
    QVERIFY(newsroom.isValid());
    QFile broken(newsroom.filePath(QStringLiteral("part-faq.html")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("<dl>\n{% for entry in part.faq %}\n<dt>{{ entry.question }}</dt>\n");
    broken.close();
    PreviewPane pane;
    QSignalSpy failed(&pane, &PreviewPane::renderFailed);
    pane.show();
    PublicationProfile profile;
    profile.templateDirectory = newsroom.path();
    pane.setProfile(profile);
    pane.setArticle(Testing::fullArticle());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    const QString where = broken.fileName() + QStringLiteral(":2");
    QVERIFY2(failed.first().first().toString().contains(where),
        qPrintable(failed.first().first().toString()));
    // Shown in the pane itself, where the page would be.
    bool shown = false;
    for (QLabel *label : pane.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text().contains(where));
    QVERIFY(shown);
}

void TestPreviewPane::previewIsTheExport_data()
{
    QTest::addColumn<bool>("published");
    QTest::newRow("published, changed later") << true;
    QTest::newRow("unpublished draft") << false;
}

// Dates never lie (issue #12): for the same article and time the preview's renderer output is
// the exported page byte for byte, and a draft carries no "Updated <import time>".
void TestPreviewPane::previewIsTheExport()
{
    QFETCH(bool, published);
    Article article = Testing::fullArticle();
    if (!published)
        article.published = {};
    PublicationProfile profile;
    profile.name = QStringLiteral("The Harbour Gazette");
    ExportOptions options;
    options.render.modified = QDateTime(QDate(2025, 3, 20), QTime(11, 45), QTimeZone::UTC);

    PreviewScheduler scheduler;
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    scheduler.request(article, profile, options.render);
    QVERIFY(rendered.wait(PaintTimeoutMs));
    const QByteArray preview = rendered.first().first().toByteArray();
    const Result<QByteArray> exported
        = ArticleExporter::encode(article, profile, ExportFormat::Html, options);
    QVERIFY(exported);
    QCOMPARE(preview, *exported);
    QCOMPARE(preview.contains("class=\"updated\""), published);
}

int main(int argc, char *argv[])
{
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewPane test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewpane.moc"
