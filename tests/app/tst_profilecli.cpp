// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The publication profile and the newsroom's templates through the real copydesk binary:
// profile show|set|import|export, a bad value refused with nothing written, --templates for one
// run, a broken template refusing export with its file and line, templates export.
#include "articlefactory.h"
#include "articlejson.h"
#include "copydeskprocess.h"
#include "publicationprofile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

using Run = Testing::CliRun;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const Run &run)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestProfileCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    Run copydesk(const QStringList &arguments, const QString &library = {})
    {
        QProcessEnvironment env = Testing::cliEnvironment();
        env.insert(u"COPYDESK_USER"_s, u"ines"_s);
        return Testing::runCopydesk(
            QStringList {u"--library"_s, library.isEmpty() ? m_library : library} + arguments, env);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// The stored profile as `profile export` writes it.
    QByteArray exported(const QString &library = {})
    {
        const Run run = copydesk({u"profile"_s, u"export"_s}, library);
        return run.exitCode == 0 ? run.out.toUtf8() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = path(u"desk.copydesk"_s);
        QVERIFY(!Testing::writeTestFile(
            path(u"article.json"_s), ArticleJson::toBytes(Testing::fullArticle()))
                .isEmpty());
        QVERIFY(!Testing::writeTestFile(path(u"logo.png"_s), Testing::tinyPng()).isEmpty());
        QVERIFY(!Testing::writeTestFile(path(u"logo.txt"_s), "a logo, honestly\n").isEmpty());
        const Run imported = copydesk({u"import"_s, path(u"article.json"_s)});
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    }

    void defaultProfileIsPointedOut()
    {
        const Run show = copydesk({u"profile"_s});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(u"name          Copydesk\n"_s), qPrintable(show.out));
        QVERIFY(show.err.contains(u"The publication profile is not set: pages say “Copydesk”."_s));

        const Run html = copydesk({u"export"_s, u"1"_s, u"--format"_s, u"html"_s});
        QCOMPARE(html.exitCode, 0);
        QVERIFY2(html.err.contains(u"The publication profile is not set"_s), qPrintable(html.err));
        // JSON carries no publication: nothing to say.
        const Run json = copydesk({u"export"_s, u"1"_s, u"--format"_s, u"json"_s});
        QVERIFY(!json.err.contains(u"The publication profile is not set"_s));
    }

    void setEveryKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("name") << u"name"_s << u"The Harbour Herald"_s << u"The Harbour Herald"_s;
        QTest::newRow("tagline") << u"tagline"_s << u"News from the coast"_s
                                 << u"News from the coast"_s;
        QTest::newRow("logo") << u"logo"_s << u"logo.png"_s << u"image/png, "_s;
        QTest::newRow("site") << u"site-url"_s << u"https://herald.example/"_s
                              << u"https://herald.example/"_s;
        QTest::newRow("article url")
            << u"article-url"_s << u"https://herald.example/{category}/{slug}"_s
            << u"https://herald.example/{category}/{slug}"_s;
        QTest::newRow("category url")
            << u"category-url"_s << u"https://herald.example/section/{category}"_s
            << u"https://herald.example/section/{category}"_s;
        QTest::newRow("language") << u"language"_s << u"en-GB"_s << u"en-GB"_s;
        QTest::newRow("colour") << u"accent-color"_s << u"#0a5c8f"_s << u"#0a5c8f"_s;
    }

    void setEveryKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        if (key == u"logo")
            value = path(value);
        const Run set = copydesk({u"profile"_s, u"set"_s, key, value});
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        const Run show = copydesk({u"profile"_s, u"show"_s});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(key.leftJustified(14) + shown), qPrintable(show.out));
        QVERIFY(!show.err.contains(u"not set"_s));
    }

    void pagesCarryTheProfile()
    {
        // Another published article of the category, for the "More in" footer.
        Article other = Testing::fullArticle();
        other.uuid = u"7d0c2a55-3b1e-4f6a-9c2d-1e2f3a4b5c6d"_s;
        other.headline = u"Dune grass returns to the spit"_s;
        other.status = ArticleStatus::Published;
        QVERIFY(
            !Testing::writeTestFile(path(u"other.json"_s), ArticleJson::toBytes(other)).isEmpty());
        const Run imported = copydesk({u"import"_s, path(u"other.json"_s)});
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        const Run html = copydesk({u"export"_s, u"1"_s, u"--format"_s, u"html"_s});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(!html.err.contains(u"not set"_s));
        QVERIFY(html.out.contains(u"The Harbour Herald"_s));
        QVERIFY(html.out.contains(u"News from the coast"_s));
        QVERIFY(html.out.contains(u"#0a5c8f"_s));
        QVERIFY(html.out.contains(u"lang=\"en-GB\""_s) || html.out.contains(u"lang=\"en\""_s));
        QVERIFY(html.out.contains(u"data:image/png;base64,"_s)); // The logo.
        QVERIFY2(html.out.contains(u"href=\"https://herald.example/section/"_s),
            qPrintable(html.out.right(2000))); // "More in" through the category pattern.
    }

    void badValueChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown key")
            << QStringList {u"set"_s, u"colour"_s, u"#000000"_s} << u"no profile key “colour”"_s;
        QTest::newRow("site url") << QStringList {u"set"_s, u"site-url"_s, u"ftp://herald"_s}
                                  << u"“site-url”: “ftp://herald” is not an http(s) address"_s;
        QTest::newRow("colour") << QStringList {u"set"_s, u"accent-color"_s, u"navy"_s}
                                << u"“accent-color”: “navy” is not a colour written as #rrggbb"_s;
        QTest::newRow("article pattern without placeholder")
            << QStringList {u"set"_s, u"article-url"_s, u"https://herald.example/news"_s}
            << u"“article-url”"_s;
        QTest::newRow("category pattern without placeholder")
            << QStringList {u"set"_s, u"category-url"_s, u"https://herald.example/{slug}"_s}
            << u"no {category}"_s;
        QTest::newRow("logo not a picture")
            << QStringList {u"set"_s, u"logo"_s, u"logo.txt"_s} << u"“logo”"_s;
        QTest::newRow("templates not a folder")
            << QStringList {u"set"_s, u"templates"_s, u"logo.png"_s} << u"is not a folder"_s;
        QTest::newRow("import not a profile")
            << QStringList {u"import"_s, u"article.json"_s} << u"is not a publication profile"_s;
        QTest::newRow("import missing")
            << QStringList {u"import"_s, u"nothing.json"_s} << u"nothing.json"_s;
    }

    void badValueChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        for (QString &argument : arguments) {
            if (argument.contains(u'.') && !argument.contains(u"://"_s))
                argument = path(argument);
        }
        const QByteArray before = exported();
        QVERIFY(!before.isEmpty());
        const Run run = copydesk(QStringList {u"profile"_s} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(problem), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"The profile was not changed."_s), qPrintable(run.err));
        QCOMPARE(exported(), before);
    }

    void usageMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("set without value") << QStringList {u"profile"_s, u"set"_s, u"name"_s};
        QTest::newRow("unknown action") << QStringList {u"profile"_s, u"delete"_s};
        QTest::newRow("templates without folder") << QStringList {u"templates"_s, u"export"_s};
        QTest::newRow("--templates without folder") << QStringList {u"--templates"_s};
    }

    void usageMistakes()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(copydesk(arguments).exitCode, 2);
    }

    void exportImportBetweenLibraries()
    {
        const QString file = path(u"herald-profile.json"_s);
        const Run written = copydesk({u"profile"_s, u"export"_s, file});
        QVERIFY2(written.exitCode == 0, qPrintable(describe(written)));
        const Run again = copydesk({u"profile"_s, u"export"_s, file});
        QCOMPARE(again.exitCode, 1); // Not replaced without --force.
        QVERIFY(again.err.contains(u"--force"_s));
        QCOMPARE(copydesk({u"profile"_s, u"export"_s, file, u"--force"_s}).exitCode, 0);

        const QString other = path(u"other.copydesk"_s);
        const Run imported = copydesk({u"profile"_s, u"import"_s, file}, other);
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        QCOMPARE(exported(other), exported());
        QCOMPARE(exported(), readFile(file));
    }

    void templateFolder()
    {
        // templates export: the built-in set, refusing to overwrite, into a new folder.
        const QString folder = path(u"newsroom/templates"_s);
        const Run written = copydesk({u"templates"_s, u"export"_s, folder});
        QVERIFY2(written.exitCode == 0, qPrintable(describe(written)));
        QVERIFY(QFile::exists(folder + u"/page.html"_s));
        QVERIFY(QFile::exists(folder + u"/house.css"_s));
        const Run refused = copydesk({u"templates"_s, u"export"_s, folder});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.err));
        QCOMPARE(copydesk({u"templates"_s, u"export"_s, folder, u"--force"_s}).exitCode, 0);

        // Unchanged, they render exactly what the built-in set renders.
        const Run builtIn = copydesk({u"export"_s, u"1"_s, u"--format"_s, u"html"_s});
        QCOMPARE(builtIn.exitCode, 0);
        const Run oneRun
            = copydesk({u"--templates"_s, folder, u"export"_s, u"1"_s, u"--format"_s, u"html"_s});
        QVERIFY2(oneRun.exitCode == 0, qPrintable(describe(oneRun)));
        QCOMPARE(oneRun.out, builtIn.out);

        // One file changed: the profile's folder reaches every export.
        QVERIFY(!Testing::writeTestFile(folder + u"/part-keyfacts.html"_s,
            "<aside class=\"newsroom-facts\">{{ part.heading }}</aside>\n")
                .isEmpty());
        QCOMPARE(copydesk({u"profile"_s, u"set"_s, u"templates"_s, folder}).exitCode, 0);
        const Run own = copydesk({u"export"_s, u"1"_s, u"--format"_s, u"html"_s});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.contains(u"<aside class=\"newsroom-facts\">Key Facts</aside>"_s),
            qPrintable(own.out.left(500)));
        QCOMPARE(copydesk({u"templates"_s, u"check"_s}).exitCode, 0);

        // A syntax error: export refuses with the file and line, writes nothing, exit 1.
        QVERIFY(!Testing::writeTestFile(folder + u"/part-keyfacts.html"_s,
            "<aside>\n{{ part.heading }}\n{% for item in part.items %}\n<p>{{ item }}</p>\n")
                .isEmpty());
        const QString target = path(u"refused.html"_s);
        const Run broken = copydesk({u"export"_s, u"1"_s, u"-o"_s, target});
        QCOMPARE(broken.exitCode, 1);
        const QString where = QDir::toNativeSeparators(folder + u"/part-keyfacts.html:3"_s);
        QVERIFY2(broken.err.contains(where), qPrintable(describe(broken)));
        QVERIFY(broken.err.contains(u"Nothing was written."_s));
        QVERIFY(!QFile::exists(target));
        const Run checked = copydesk({u"templates"_s, u"check"_s});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.err.contains(where), qPrintable(describe(checked)));
        // Formats without a page are not held up by the page's templates.
        QCOMPARE(copydesk({u"export"_s, u"1"_s, u"--format"_s, u"md"_s}).exitCode, 0);

        // --templates for one run overrides the broken folder; clearing the key goes back.
        QTemporaryDir fine;
        const Run overridden = copydesk(
            {u"--templates"_s, fine.path(), u"export"_s, u"1"_s, u"--format"_s, u"html"_s});
        QVERIFY2(overridden.exitCode == 0, qPrintable(describe(overridden)));
        QCOMPARE(overridden.out, builtIn.out);
        QCOMPARE(copydesk({u"profile"_s, u"set"_s, u"templates"_s, QString()}).exitCode, 0);
        QCOMPARE(copydesk({u"export"_s, u"1"_s, u"--format"_s, u"html"_s}).out, builtIn.out);
    }

    // An imported page's masthead names a nameless publication, and only that: a named one keeps
    // its name, and the import says what the page called it.
    void importedMastheadNamesTheProfile()
    {
        const QString library = path(u"masthead.copydesk"_s);
        const QString corpus
            = QStringLiteral(COPYDESK_SOURCE_DIR "/tests/models/import/corpus/input/");
        const Run first = copydesk({u"import"_s, corpus + u"en-harbour.html"_s}, library);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        QVERIFY2(first.out.contains(u"The publication is now named “The Coastal Ledger” (tagline "
                                    "“News for the northern coast since 1921”), from the masthead "
                                    "of "_s),
            qPrintable(describe(first)));
        const Run show = copydesk({u"profile"_s}, library);
        QVERIFY2(show.out.contains(u"name          The Coastal Ledger\n"_s), qPrintable(show.out));
        QVERIFY2(show.out.contains(u"tagline       News for the northern coast since 1921\n"_s),
            qPrintable(show.out));
        QVERIFY(!show.err.contains(u"The publication profile is not set"_s));

        const QByteArray before = exported(library);
        const Run second = copydesk({u"import"_s, corpus + u"de-mieten.html"_s}, library);
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        QVERIFY2(second.out.contains(u"names “Rheinische Rundschau”; the publication profile keeps "
                                     "“The Coastal Ledger”."_s),
            qPrintable(describe(second)));
        QCOMPARE(exported(library), before);
        // The masthead is the profile's, never the article's text.
        const Run json = copydesk({u"export"_s, u"2"_s, u"--format"_s, u"json"_s}, library);
        QVERIFY(!json.out.contains(u"Rheinische Rundschau"_s));
    }

    void helpManAndCompletionKnowTheCommands()
    {
        const Run help = copydesk({u"--help"_s});
        QVERIFY(help.out.contains(u"  profile "_s));
        QVERIFY(help.out.contains(u"  templates "_s));
        QVERIFY(help.out.contains(u"--templates DIR"_s));
        const Run man = copydesk({u"--help-man"_s});
        QVERIFY(man.out.contains(u"profile"_s) && man.out.contains(u"templates export"_s));
        const Run completion = copydesk({u"--help-bash-completion"_s});
        QVERIFY(completion.out.contains(u" profile "_s) || completion.out.contains(u" profile'"_s));
        QVERIFY(completion.out.contains(u"--templates"_s));
        const Run profileHelp = copydesk({u"profile"_s, u"--help"_s});
        QCOMPARE(profileHelp.exitCode, 0);
        QVERIFY(profileHelp.out.contains(u"accent-color"_s));
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
