// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// An imported page's masthead and the publication profile: a nameless publication takes the
// first masthead's name (and tagline), a named one keeps its own and the note says what the page
// called it; update() stores the change in a real SQLite library.
#include "mastheadprofile.h"
#include "sqlitearticlestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::PublicationProfile)
Q_DECLARE_METATYPE(Copydesk::ImportResult)

namespace {

ImportResult page(const QString &publication, const QString &tagline)
{
    ImportResult result;
    result.article.headline = u"Ferry returns"_s;
    result.publication = publication;
    result.tagline = tagline;
    return result;
}

PublicationProfile named(const QString &name, const QString &tagline = {})
{
    PublicationProfile profile;
    profile.name = name;
    profile.tagline = tagline;
    return profile;
}

} // namespace

class TestMastheadProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<PublicationProfile>("profile");
        QTest::addColumn<QList<ImportResult>>("results");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tagline");
        QTest::addColumn<QString>("note");
        const QStringList none;
        QTest::newRow("nameless takes name and tagline")
            << PublicationProfile() << QList {page(u" The  Coastal Ledger "_s, u"Since 1921"_s)}
            << true << u"The Coastal Ledger"_s << u"Since 1921"_s
            << u"The publication is now named “The Coastal Ledger” (tagline “Since 1921”), from "
               "the masthead of a.html."_s;
        QTest::newRow("nameless keeps its own tagline")
            << named({}, u"Our tagline"_s) << QList {page(u"Ledger"_s, u"Since 1921"_s)} << true
            << u"Ledger"_s << u"Our tagline"_s
            << u"The publication is now named “Ledger”, from the masthead of a.html."_s;
        QTest::newRow("the first masthead decides")
            << named(u"Copydesk"_s)
            << QList {page({}, {}), page(u"Valley Post"_s, {}), page(u"Other"_s, {})} << true
            << u"Valley Post"_s << QString()
            << u"The publication is now named “Valley Post”, from the masthead of b.txt."_s;
        QTest::newRow("named keeps its name")
            << named(u"The Harbour Herald"_s) << QList {page(u"Nordic Wire"_s, u"Fast"_s)} << false
            << u"The Harbour Herald"_s << QString()
            << u"The masthead of a.html names “Nordic Wire”; the publication profile keeps “The "
               "Harbour Herald”."_s;
        QTest::newRow("same name in another case fills a missing tagline")
            << named(u"The Harbour Herald"_s) << QList {page(u"THE HARBOUR HERALD"_s, u"Daily"_s)}
            << true << u"The Harbour Herald"_s << u"Daily"_s
            << u"The publication's tagline is now “Daily”, from the masthead of a.html."_s;
        QTest::newRow("same name, tagline already set")
            << named(u"Herald"_s, u"Ours"_s) << QList {page(u"Herald"_s, u"Theirs"_s)} << false
            << u"Herald"_s << u"Ours"_s << QString();
        QTest::newRow("no masthead") << PublicationProfile() << QList {page({}, u"Lonely"_s)}
                                     << false << u"Copydesk"_s << QString() << QString();
    }

    void apply()
    {
        QFETCH(PublicationProfile, profile);
        QFETCH(QList<ImportResult>, results);
        QFETCH(bool, changed);
        QFETCH(QString, name);
        QFETCH(QString, tagline);
        QFETCH(QString, note);
        const QStringList sources {u"a.html"_s, u"b.txt"_s, u"c.md"_s};
        const MastheadProfile::Outcome outcome = MastheadProfile::apply(profile, results, sources);
        QCOMPARE(outcome.changed, changed);
        QCOMPARE(outcome.profile.name, name);
        QCOMPARE(outcome.profile.tagline, tagline);
        QCOMPARE(outcome.note, note);
        if (!changed)
            QCOMPARE(outcome.profile.toJson(), profile.toJson());
    }

    void updateStoresInTheLibrary()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"desk.copydesk"_s);
        auto store = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        const QString note = MastheadProfile::update(
            **store, {page(u"The Valley Post"_s, u"Local news"_s)}, {u"Pasted text"_s});
        QVERIFY2(
            note.startsWith(u"The publication is now named “The Valley Post”"_s), qPrintable(note));
        store->reset();
        // Read back from the file by a new connection.
        auto reopened = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
        QVERIFY(reopened);
        const auto profile = (*reopened)->publicationProfile();
        QVERIFY(profile);
        QCOMPARE(profile->name, u"The Valley Post"_s);
        QCOMPARE(profile->tagline, u"Local news"_s);
        // Nothing new to say: nothing stored, no note.
        QCOMPARE(MastheadProfile::update(
                     **reopened, {page(u"the valley post"_s, u"Other"_s)}, {u"x.txt"_s}),
            QString());
    }
};

QTEST_GUILESS_MAIN(TestMastheadProfile)
#include "tst_mastheadprofile.moc"
