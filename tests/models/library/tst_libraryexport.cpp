// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// "More in <category>": the related headlines a page lists, computed from a real library
// through the ArticleStore interface (LibraryExport), on both backends, and the footer the page
// renders from them.
#include "articlerenderer.h"
#include "backendlibrary.h"
#include "libraryexport.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

Article story(const QString &headline, const QString &category, int day)
{
    Article article;
    article.headline = headline;
    article.category = category;
    article.bylines = {{u"Ann Reporter"_s, {}}};
    if (day > 0)
        article.published = QDateTime(QDate(2026, 3, day), QTime(9, 0), QTimeZone::UTC);
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Section"_s);
    section.body = u"Plain text."_s;
    article.parts.append(section);
    return article;
}

PublicationProfile profile()
{
    PublicationProfile profile;
    profile.name = u"The Harbour Herald"_s;
    profile.siteUrl = u"https://herald.example/"_s;
    profile.articleUrlPattern = u"https://herald.example/{category}/{slug}"_s;
    profile.categoryUrlPattern = u"https://herald.example/section/{category}"_s;
    return profile;
}

QStringList headlines(const QList<RelatedArticle> &related)
{
    QStringList result;
    for (const RelatedArticle &article : related)
        result.append(article.headline);
    return result;
}

} // namespace

class tst_LibraryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_library.reset(); }
    void newestPublishedOfTheCategory();
    void noneLeavesTheFooterOut();
    void exportOptionsCarryTheRecord();

private:
    ArticleStore &store() { return *m_library->library()->articles(); }
    /// Creates `article` with `status`; its id, 0 on failure.
    qint64 add(const Article &article, ArticleStatus status);

    std::optional<BackendLibrary> m_library;
};

void tst_LibraryExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void tst_LibraryExport::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
}

qint64 tst_LibraryExport::add(const Article &article, ArticleStatus status)
{
    const Result<qint64> id = store().create(article, SaveOptions(u"ann"_s));
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    Article stored = article;
    stored.status = status;
    return m_library->forceWorkflowOf({*id}, {stored}) ? *id : 0;
}

void tst_LibraryExport::newestPublishedOfTheCategory()
{
    // Seven published in City Hall (days 1…7), a draft and a trashed one there, one elsewhere.
    for (int day = 1; day <= 7; ++day)
        QVERIFY(
            add(story(u"City story %1"_s.arg(day), u"City Hall"_s, day), ArticleStatus::Published));
    QVERIFY(add(story(u"City draft"_s, u"City Hall"_s, 0), ArticleStatus::Draft));
    QVERIFY(add(story(u"City approved"_s, u"City Hall"_s, 20), ArticleStatus::Approved));
    const qint64 trashed
        = add(story(u"City trashed"_s, u"City Hall"_s, 25), ArticleStatus::Published);
    QVERIFY(trashed);
    QVERIFY(store().moveToTrash(trashed));
    QVERIFY(add(story(u"Harbour story"_s, u"Harbour"_s, 28), ArticleStatus::Published));
    Article self = story(u"City story 8"_s, u"City Hall"_s, 8);
    const qint64 selfId = add(self, ArticleStatus::Published);
    QVERIFY(selfId);
    const Result<ArticleRecord> record = store().load(selfId);
    QVERIFY(record);

    const auto related = LibraryExport::moreInCategory(store(), record->article, profile());
    QVERIFY2(related, related ? "" : qPrintable(related.error().message));
    QCOMPARE(headlines(*related),
        (QStringList {u"City story 7"_s, u"City story 6"_s, u"City story 5"_s, u"City story 4"_s,
            u"City story 3"_s}));
    QCOMPARE(related->first().url, u"https://herald.example/city-hall/city-story-7"_s);
    QCOMPARE(related->first().published, QDateTime(QDate(2026, 3, 7), QTime(9, 0), QTimeZone::UTC));
    QCOMPARE(headlines(*LibraryExport::moreInCategory(store(), record->article, profile(), 2)),
        (QStringList {u"City story 7"_s, u"City story 6"_s}));

    // The page lists them, linked, under the category's heading.
    const Result<ExportOptions> options = LibraryExport::options(store(), *record, profile());
    QVERIFY(options);
    const Result<QByteArray> page
        = ArticleRenderer::render(record->article, profile(), options->render);
    QVERIFY(page);
    QVERIFY2(page->contains("<footer class=\"more\">\n<h2>More in <a "
                            "href=\"https://herald.example/section/city-hall\">City Hall</a></h2>"),
        page->constData());
    QVERIFY(page->contains(
        "<li><a href=\"https://herald.example/city-hall/city-story-7\">City story 7</a>"));
    QVERIFY(!page->contains(">City story 8</a>"));
    QVERIFY(!page->contains("City draft"));
    QVERIFY(!page->contains("City trashed"));
    QVERIFY(!page->contains("Harbour story"));
}

void tst_LibraryExport::noneLeavesTheFooterOut()
{
    QVERIFY(add(story(u"Only one"_s, u"Lonely"_s, 3), ArticleStatus::Published));
    QVERIFY(add(story(u"Unpublished neighbour"_s, u"Lonely"_s, 0), ArticleStatus::InReview));
    const qint64 id = add(story(u"Also here"_s, u"Lonely"_s, 4), ArticleStatus::Draft);
    const Result<ArticleRecord> record = store().load(id);
    QVERIFY(record);
    Article alone = record->article;
    alone.category = u"Nobody else"_s;
    QVERIFY(LibraryExport::moreInCategory(store(), alone, profile())->isEmpty());
    Article uncategorised = record->article;
    uncategorised.category.clear();
    QVERIFY(LibraryExport::moreInCategory(store(), uncategorised, profile())->isEmpty());

    const Result<QByteArray> page = ArticleRenderer::render(alone, profile(),
        LibraryExport::options(store(), {0, alone, {}, {}, 0, false, {}, 0, {}}, profile())
            ->render);
    QVERIFY(page);
    QVERIFY(!page->contains("<footer class=\"more\">"));
    QVERIFY(!page->contains("More in"));
}

void tst_LibraryExport::exportOptionsCarryTheRecord()
{
    const qint64 id = add(story(u"Recorded"_s, u"City"_s, 2), ArticleStatus::Published);
    const Result<ArticleRecord> record = store().load(id);
    QVERIFY(record);
    const Result<ExportOptions> options = LibraryExport::options(store(), *record, profile());
    QVERIFY(options);
    QCOMPARE(options->render.modified, record->modified);
    QCOMPARE(options->created, record->created);
    QCOMPARE(options->revision, record->revision);
    QVERIFY(options->render.moreInCategory.isEmpty());
}

QTEST_GUILESS_MAIN(tst_LibraryExport)
#include "tst_libraryexport.moc"
