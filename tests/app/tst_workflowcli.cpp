// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Drives the real copydesk binary through the workflow: `check` on files without a library and
// on library articles, and a reporter and an editor taking an article from draft to published.
#include "articlejson.h"
#include "articlemarkdown.h"
#include "copydeskprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

using Run = Testing::CliRun;

Article story()
{
    Article a;
    a.headline = u"Ferry service resumes after storm"_s;
    a.dek = u"Crossings restart at dawn."_s;
    a.bylines = {{u"Ann Reporter"_s, {}}};
    a.published = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
    a.lede = u"The ferry runs again."_s;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Background"_s);
    section.body = u"The storm closed the port for three days."_s;
    ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts);
    facts.items = {u"Three days closed"_s};
    a.parts = {section, facts};
    return a;
}

} // namespace

class tst_WorkflowCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run copydesk(const QString &library, const QString &user, const QStringList &arguments)
    {
        QProcessEnvironment env = Testing::cliEnvironment();
        env.remove(u"COPYDESK_USER"_s);
        return Testing::runCopydesk(
            QStringList {u"--library"_s, library, u"--author"_s, user} + arguments, env);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return Testing::writeTestFile(m_dir.filePath(name), bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void checkFilesWithoutLibrary()
    {
        const QString library = m_dir.filePath(u"none.copydesk"_s);
        const QString good = writeFile(u"good.json"_s, ArticleJson::toBytes(story()));
        Article undated = story();
        undated.published = {};
        undated.bylines.clear();
        const QString bad = writeFile(u"bad.md"_s, ArticleMarkdown::toMarkdown(undated));

        const Run passing = copydesk(library, u"ann"_s, {u"check"_s, good});
        QVERIFY2(passing.exitCode == 0, qPrintable(passing.err + passing.out));
        QVERIFY2(passing.out.contains(u"0 required"_s), qPrintable(passing.out)); // warnings only

        const Run failing = copydesk(library, u"ann"_s, {u"check"_s, good, bad});
        QCOMPARE(failing.exitCode, 1);
        QVERIFY2(failing.out.contains(u"2 required"_s), qPrintable(failing.out));
        QVERIFY(failing.out.contains(u"[published.set]"_s));
        QVERIFY(failing.out.contains(u"Set the publication date."_s));
        QVERIFY(failing.out.contains(u"[bylines.present]"_s));

        // A typed reading time in a byline is a finding (Required in preflight), and places are
        // named as a person sees them, never by a part's UUID (issue #12).
        Article typed = story();
        typed.bylines = {{u"Ann Reporter"_s, u"9 min read"_s}};
        typed.parts[1].items.clear();
        const QString typedFile = writeFile(u"typed.json"_s, ArticleJson::toBytes(typed));
        const Run places = copydesk(library, u"ann"_s, {u"check"_s, typedFile});
        QCOMPARE(places.exitCode, 0);
        QVERIFY2(places.out.contains(u"recommended  Bylines"_s), qPrintable(places.out));
        QVERIFY2(places.out.contains(u"[readingTime.matches]"_s), qPrintable(places.out));
        QVERIFY2(places.out.contains(u"recommended  Key Facts"_s), qPrintable(places.out));
        for (const ArticlePart &part : typed.parts)
            QVERIFY2(!places.out.contains(part.id), qPrintable(places.out));

        const Run json = copydesk(library, u"ann"_s, {u"check"_s, u"--json"_s, bad});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray sources = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0)[u"required"_s].toInt(), 2);
        QStringList rules;
        for (const QJsonValue &finding : sources.at(0)[u"findings"_s].toArray()) {
            rules << finding[u"rule"_s].toString();
            QVERIFY(!finding[u"message"_s].toString().isEmpty());
            QVERIFY(!finding[u"path"_s].toString().isEmpty());
        }
        QVERIFY(rules.contains(u"published.set"_s));
        QVERIFY(rules.contains(u"bylines.present"_s));
        QVERIFY(!QFile::exists(library)); // no library was made

        const QString broken = writeFile(u"broken.json"_s, "{ not json");
        const Run unreadable = copydesk(library, u"ann"_s, {u"check"_s, broken});
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY(unreadable.err.contains(u"broken.json"_s));
    }

    void headlineLimit_data()
    {
        QTest::addColumn<int>("limit"); // -1: no library, the house default profile
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("finding");
        QTest::newRow("no library, 110") << -1 << 110 << false;
        QTest::newRow("no library, 111") << -1 << 111 << true;
        QTest::newRow("profile 72, 73") << 72 << 73 << true;
        QTest::newRow("profile 72, 72") << 72 << 72 << false;
        QTest::newRow("profile 0, 300") << 0 << 300 << false;
    }

    // The publication profile's limit, set with `checklist headline-length`, for files too.
    void headlineLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, length);
        QFETCH(bool, finding);
        const QString library
            = m_dir.filePath(u"limit-%1-%2.copydesk"_s.arg(limit + 1).arg(length));
        Article article = story();
        article.headline = QString(length, u'h');
        const QString file = writeFile(
            u"limit-%1-%2.json"_s.arg(limit + 1).arg(length), ArticleJson::toBytes(article));
        if (limit >= 0) {
            QCOMPARE(copydesk(library, u"ann"_s, {u"import"_s, file}).exitCode, 0);
            QCOMPARE(
                copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, u"ada"_s, u"admin"_s}).exitCode,
                0);
            const QString value = QString::number(limit);
            QCOMPARE(copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, u"ann"_s, u"reporter"_s})
                         .exitCode,
                0);
            const Run refused
                = copydesk(library, u"ann"_s, {u"checklist"_s, u"headline-length"_s, value});
            QCOMPARE(refused.exitCode, 1);
            const Run set
                = copydesk(library, u"ada"_s, {u"checklist"_s, u"headline-length"_s, value});
            QVERIFY2(set.exitCode == 0, qPrintable(set.err));
            QVERIFY2(set.out.contains(limit > 0 ? u"Headlines up to %1 characters."_s.arg(limit)
                                                : u"Headlines of any length."_s),
                qPrintable(set.out));
        }
        const Run check = copydesk(library, u"ann"_s, {u"check"_s, file});
        QCOMPARE(check.out.contains(u"[headline.length]"_s), finding);
        QCOMPARE(check.exitCode, finding ? 1 : 0);
        if (finding)
            QVERIFY2(check.out.contains(u"%1 at most"_s.arg(limit > 0 ? limit : 110)),
                qPrintable(check.out));
        if (limit < 0)
            QVERIFY(!QFile::exists(library));
    }

    void reporterAndEditorToPublished()
    {
        const QString library = m_dir.filePath(u"newsroom.copydesk"_s);
        const QString file = writeFile(u"story.json"_s, ArticleJson::toBytes(story()));
        QCOMPARE(copydesk(library, u"ann"_s, {u"import"_s, file}).exitCode, 0);

        // No workflow until the library has people.
        const Run noPeople = copydesk(library, u"ann"_s, {u"submit"_s, u"1"_s});
        QCOMPARE(noPeople.exitCode, 1);
        QVERIFY(noPeople.err.contains(u"people add"_s));
        QCOMPARE(
            copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, u"ada"_s, u"admin"_s}).exitCode, 0);
        QCOMPARE(
            copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, u"ann"_s, u"reporter"_s}).exitCode,
            0);
        const Run notAdmin
            = copydesk(library, u"ann"_s, {u"people"_s, u"add"_s, u"eve"_s, u"editor"_s});
        QCOMPARE(notAdmin.exitCode, 1);
        const Run people
            = copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, u"eve"_s, u"editor"_s});
        QCOMPARE(people.exitCode, 0);
        QVERIFY(people.out.contains(u"eve"_s));
        QVERIFY(people.out.contains(u"editor"_s));

        QCOMPARE(copydesk(library, u"ann"_s, {u"check"_s, u"1"_s}).exitCode, 0);
        const Run submitted = copydesk(
            library, u"ann"_s, {u"submit"_s, u"1"_s, u"--note"_s, u"Ready for the desk"_s});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        QVERIFY(submitted.out.contains(u"In review"_s));
        QVERIFY2(submitted.err.isEmpty(), qPrintable(submitted.err));

        const Run queue = copydesk(library, u"eve"_s, {u"queue"_s, u"awaiting"_s});
        QVERIFY(queue.out.contains(story().headline));
        // --user, the window's option, names the acting person on the command line too.
        QProcessEnvironment env = Testing::cliEnvironment();
        env.remove(u"COPYDESK_USER"_s);
        for (const QStringList &user : {QStringList {u"--user"_s, u"eve"_s}, {u"--user=eve"_s}}) {
            const Run asEve = Testing::runCopydesk(QStringList {u"--library"_s, library} + user
                    + QStringList {u"queue"_s, u"awaiting"_s},
                env);
            QVERIFY2(asEve.exitCode == 0, qPrintable(asEve.err));
            QVERIFY(asEve.out.contains(story().headline));
        }
        QVERIFY(copydesk(library, u"ann"_s, {u"queue"_s, u"awaiting"_s}).out.isEmpty());

        const Run selfApproval = copydesk(library, u"ann"_s, {u"approve"_s, u"1"_s});
        QCOMPARE(selfApproval.exitCode, 1);
        QVERIFY(selfApproval.err.contains(u"Only editors review articles"_s));
        const Run noNote = copydesk(library, u"eve"_s, {u"request-changes"_s, u"1"_s});
        QCOMPARE(noNote.exitCode, 2);

        const Run comment = copydesk(library, u"eve"_s,
            {u"comment"_s, u"1"_s, u"--part"_s, u"headline"_s, u"Name the port?"_s});
        QVERIFY2(comment.exitCode == 0, qPrintable(comment.err));
        const Run badAnchor = copydesk(
            library, u"eve"_s, {u"comment"_s, u"1"_s, u"--part"_s, u"parts/nope"_s, u"Hm"_s});
        QCOMPARE(badAnchor.exitCode, 1);
        QVERIFY(
            copydesk(library, u"ann"_s, {u"comments"_s, u"1"_s}).out.contains(u"Name the port?"_s));

        const Run approved
            = copydesk(library, u"eve"_s, {u"approve"_s, u"1"_s, u"--note"_s, u"Good to go"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QVERIFY(approved.out.contains(u"Approved"_s));
        const Run reporterPublishes = copydesk(library, u"ann"_s, {u"publish"_s, u"1"_s});
        QCOMPARE(reporterPublishes.exitCode, 1);
        QCOMPARE(copydesk(library, u"eve"_s, {u"publish"_s, u"1"_s}).exitCode, 0);

        const Run exported = copydesk(library, u"eve"_s, {u"show"_s, u"1"_s, u"--json"_s});
        QVERIFY(exported.out.contains(u"\"published\""_s));
        QVERIFY(!exported.out.contains(u"Name the port?"_s)); // comments stay internal

        const Run audit = copydesk(library, u"ada"_s, {u"audit"_s, u"1"_s, u"--json"_s});
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QCOMPARE(entries.size(), 3);
        const QStringList actors = {u"ann"_s, u"eve"_s, u"eve"_s};
        const QStringList to = {u"inReview"_s, u"approved"_s, u"published"_s};
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i)[u"actor"_s].toString(), actors.at(i));
            QCOMPARE(entries.at(i)[u"to"_s].toString(), to.at(i));
            QCOMPARE(entries.at(i)[u"revision"_s].toInt(), 1);
            QCOMPARE(entries.at(i)[u"contentHash"_s].toString().size(), 64);
        }
        QCOMPARE(entries.at(0)[u"note"_s].toString(), u"Ready for the desk"_s);
        QCOMPARE(entries.at(1)[u"note"_s].toString(), u"Good to go"_s);
    }

    void withdrawAndOverride()
    {
        const QString library = m_dir.filePath(u"ways-out.copydesk"_s);
        const QString file = writeFile(u"story.json"_s, ArticleJson::toBytes(story()));
        QCOMPARE(copydesk(library, u"ann"_s, {u"import"_s, file}).exitCode, 0);
        for (const auto &[name, role] : {std::pair(u"ada"_s, u"admin"_s),
                 std::pair(u"ann"_s, u"reporter"_s), std::pair(u"eve"_s, u"editor"_s)})
            QCOMPARE(copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, name, role}).exitCode, 0);
        QCOMPARE(copydesk(library, u"ann"_s, {u"submit"_s, u"1"_s}).exitCode, 0);
        QCOMPARE(copydesk(library, u"eve"_s, {u"withdraw"_s, u"1"_s}).exitCode, 1);
        const Run withdrawn = copydesk(library, u"ann"_s, {u"withdraw"_s, u"1"_s});
        QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
        QVERIFY(withdrawn.out.contains(u"Draft"_s));
        QCOMPARE(copydesk(library, u"ann"_s, {u"submit"_s, u"1"_s}).exitCode, 0);

        const Run noNote = copydesk(library, u"ada"_s, {u"override-approve"_s, u"1"_s});
        QCOMPARE(noNote.exitCode, 1);
        QVERIFY2(noNote.err.contains(u"needs a note"_s), qPrintable(noNote.err));
        const Run overridden = copydesk(
            library, u"ada"_s, {u"override-approve"_s, u"1"_s, u"--note"_s, u"Eve is away"_s});
        QVERIFY2(overridden.exitCode == 0, qPrintable(overridden.err));
        QVERIFY(overridden.out.contains(u"Approved"_s));
        const Run audit = copydesk(library, u"ada"_s, {u"audit"_s, u"1"_s, u"--json"_s});
        const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(1)[u"action"_s].toString(), u"withdraw"_s);
        QCOMPARE(entries.at(3)[u"action"_s].toString(), u"approveOverride"_s);
        QCOMPARE(entries.at(3)[u"note"_s].toString(), u"Eve is away"_s);
    }

    void requiredRulesBlockApproval_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("empty key facts") << u"keyFacts.nonEmpty"_s;
        QTest::newRow("no date") << u"published.set"_s;
    }

    void requiredRulesBlockApproval()
    {
        QFETCH(QString, rule);
        const QString library = m_dir.filePath(u"rules-%1.copydesk"_s.arg(rule));
        Article article = story();
        if (rule == u"published.set"_s)
            article.published = {};
        else
            article.parts[1].items.clear();
        const QString file = writeFile(u"story-%1.json"_s.arg(rule), ArticleJson::toBytes(article));
        QCOMPARE(copydesk(library, u"ann"_s, {u"import"_s, file}).exitCode, 0);
        QCOMPARE(
            copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, u"ada"_s, u"admin"_s}).exitCode, 0);
        QCOMPARE(
            copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, u"ann"_s, u"reporter"_s}).exitCode,
            0);
        QCOMPARE(
            copydesk(library, u"ada"_s, {u"people"_s, u"add"_s, u"eve"_s, u"editor"_s}).exitCode,
            0);
        // Recommended while the reporter submits, required when the editor reviews.
        QCOMPARE(copydesk(library, u"eve"_s, {u"checklist"_s, u"set"_s, rule, u"recommended"_s})
                     .exitCode,
            0);
        QCOMPARE(copydesk(library, u"ann"_s, {u"submit"_s, u"1"_s}).exitCode, 0);
        const Run set
            = copydesk(library, u"eve"_s, {u"checklist"_s, u"set"_s, rule, u"required"_s});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains(rule));

        const Run check = copydesk(library, u"eve"_s, {u"check"_s, u"1"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.out.contains(u"[%1]"_s.arg(rule)));
        const Run approve = copydesk(library, u"eve"_s, {u"approve"_s, u"1"_s});
        QCOMPARE(approve.exitCode, 1);
        QVERIFY2(approve.err.contains(u"required finding"_s), qPrintable(approve.err));
        QVERIFY(copydesk(library, u"eve"_s, {u"show"_s, u"1"_s, u"--json"_s})
                .out.contains(u"\"inReview\""_s));
    }
};

QTEST_GUILESS_MAIN(tst_WorkflowCli)
#include "tst_workflowcli.moc"
