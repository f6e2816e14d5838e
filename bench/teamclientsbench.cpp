// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Many clients on one team library: client PROCESSES, each with its own connection and login,
// save a different article of their own every second; a third of them also move articles
// through the workflow (reporters submit, editors approve or send back the reporters'
// articles); a listener process records when each change arrives as a live update.
//
//   teamclientsbench [--clients N] [--seconds S] [--in-step]
//                                                    (defaults 20 and 60; also
//                                                    COPYDESK_BENCH_CLIENTS,
//                                                    COPYDESK_BENCH_SECONDS)
//
// Needs a server: ./dev bench starts a throwaway one (COPYDESK_TEST_POSTGRES); without one it
// says so and exits 77 (skipped). Each run makes a fresh database and drops it afterwards.
//
// Reported: save latency (the client's save() call), notification latency (from the start of
// one client's save() and from its return to the listener's changedElsewhere()), counts of
// saves and transitions, errors by kind. Conflicts are intended: an editor's decision changes
// the article under its reporter, whose next save is refused, reloads and saves again.
// Lost updates: at the end every article's stored lede and body must be the text its client
// last reported saved. The exit status is 1 when an update was lost, a notification never
// arrived or an error other than the intended conflicts happened.
//
// Clients and the listener print one event a line on stdout (into a file the coordinator
// reads): "save ID T0 T1 HASH", "conflict ID", "transition ID ACTION T0 T1", "error KIND ID
// MESSAGE", "signal ID T"; times are wall-clock milliseconds (all on one machine).

#include "articlefactory.h"
#include "articlejson.h"
#include "benchresults.h"
#include "checklistconfig.h"
#include "library.h"
#include "libraryopener.h"
#include "teamserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <map>

using namespace Copydesk;
using namespace Copydesk::Bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int ArticlesPerClient = 4;

double nowMs()
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
                   .count())
        / 1000.0;
}

/// Processes events (notifications) until wall-clock time `until`. A precise timer, and again
/// if it woke early: a coarse one may end a 10-second wait half a second early, and a listener
/// that stopped before the last saves reported their notifications as missed.
void waitUntil(double until)
{
    for (double left = until - nowMs(); left > 0; left = until - nowMs()) {
        QEventLoop loop;
        QTimer::singleShot(std::chrono::milliseconds(qint64(left) + 1), Qt::PreciseTimer, &loop,
            &QEventLoop::quit);
        loop.exec();
    }
}

/// How long the listener stays after the clients' last moment: a save begun just before it
/// announces its change after it.
constexpr double ListenerGraceMs = 3000;

/// The article's text (what the server's conflict check and review compare).
QString textHash(const Article &article)
{
    return QString::fromLatin1(ArticleJson::contentHash(article));
}

QString loginOf(int client)
{
    return u"bench_c%1"_s.arg(client, 2, 10, QChar(u'0'));
}

/// What client `i` of `n` does: one in three moves articles through the workflow, alternately a
/// reporter who submits and an editor who reviews; the others are reporters who only save.
struct Part
{
    bool editor = false;
    bool workflow = false;
    int reviewer = -1; ///< Editors: 0…reviewers-1; each reviews the articles id % reviewers.
};

Part partOf(int i)
{
    Part part;
    part.workflow = i % 3 == 0;
    part.editor = part.workflow && (i / 3) % 2 == 1;
    if (part.editor)
        part.reviewer = i / 6;
    return part;
}

int reviewersOf(int clients)
{
    int count = 0;
    for (int i = 0; i < clients; ++i)
        count += partOf(i).editor ? 1 : 0;
    return count;
}

QString kindOf(const Error &error)
{
    switch (error.code) {
    case Error::Code::Conflict:
        return u"conflict"_s;
    case Error::Code::InvalidInput:
        return u"refused"_s;
    case Error::Code::NotFound:
        return u"notFound"_s;
    case Error::Code::Io:
        return u"io"_s;
    case Error::Code::Busy:
        return u"busy"_s;
    default:
        return u"other"_s;
    }
}

std::unique_ptr<Library> openAs(const QString &uri)
{
    auto opened = LibraryOpener::open(uri, LibraryOpener::Mode::OpenExisting);
    if (!opened)
        die(opened.error().message);
    return std::move(*opened);
}

// ---- client -----------------------------------------------------------------------------------

int runClient(
    const QString &uri, int index, int reviewers, double startAt, double phaseMs, double endAt)
{
    QTextStream events(stdout);
    const QString login = loginOf(index);
    const Part part = partOf(index);
    const std::unique_ptr<Library> library = openAs(uri);
    ArticleStore &store = *library->articles();
    const auto report = [&](const QString &kind, qint64 id, const QString &message) {
        events << "error " << kind << ' ' << id << ' ' << QString(message).replace(u'\n', u' ')
               << Qt::endl;
    };

    struct Own
    {
        qint64 id = 0;
        Article article;
        QString base; ///< The generated lede, which each save prefixes with its stamp.
    };
    QList<Own> own;
    for (int k = 0; k < ArticlesPerClient; ++k) {
        const quint32 seed = quint32(index * 100 + k);
        Own item;
        item.article = Testing::generatedArticle(seed, 300 + int(seed * 389 % 1200));
        item.base = item.article.lede;
        const auto made = store.create(item.article, {});
        if (!made)
            die(made.error().message);
        item.id = *made;
        own.append(item);
    }
    events << "ready " << login << Qt::endl;

    bool approveNext = true;
    for (int tick = 0;; ++tick) {
        const double due = startAt + phaseMs + tick * 1000.0;
        if (due >= endAt)
            break;
        waitUntil(due);
        Own &item = own[tick % own.size()];
        const auto edit = [&](Article &article) {
            article.lede = u"Update %1 from %2 at %3. "_s.arg(tick).arg(login).arg(qint64(nowMs()))
                + item.base;
        };
        SaveOptions options;
        options.note = u"bench"_s;
        options.keepRevision = tick % 3 == 0;
        edit(item.article);
        double t0 = nowMs();
        auto saved = store.save(item.id, item.article, options);
        double t1 = nowMs();
        // Someone changed it (an editor's decision): take the stored text and redo the edit. An
        // editor may decide again between the reload and the save, so a few tries.
        bool reloadFailed = false;
        for (int retry = 0; retry < 3 && !saved && saved.error().code == Error::Code::Conflict;
            ++retry) {
            events << "conflict " << item.id << Qt::endl;
            const auto loaded = store.load(item.id);
            if (!loaded) {
                report(kindOf(loaded.error()), item.id, loaded.error().message);
                reloadFailed = true;
                break;
            }
            item.article = loaded->article;
            edit(item.article);
            t0 = nowMs();
            saved = store.save(item.id, item.article, options);
            t1 = nowMs();
        }
        if (reloadFailed)
            continue;
        if (saved) {
            events << "save " << item.id << ' ' << QString::number(t0, 'f', 3) << ' '
                   << QString::number(t1, 'f', 3) << ' ' << textHash(item.article) << Qt::endl;
        } else {
            report(kindOf(saved.error()), item.id, saved.error().message);
        }

        if (!part.workflow)
            continue;
        qint64 target = 0;
        WorkflowAction action = WorkflowAction::Submit;
        if (part.editor) {
            const auto waiting = library->queues()->view(Queues::View::AwaitingMyReview, login);
            if (!waiting) {
                report(kindOf(waiting.error()), 0, waiting.error().message);
                continue;
            }
            for (qint64 id : *waiting) {
                if (id % reviewers == part.reviewer) {
                    target = id;
                    break;
                }
            }
            action = approveNext ? WorkflowAction::Approve : WorkflowAction::RequestChanges;
        } else {
            // Submit the article just saved when it is a draft or was sent back.
            const auto state = library->workflow()->state(item.id);
            if (!state) {
                report(kindOf(state.error()), item.id, state.error().message);
                continue;
            }
            if (state->status == ArticleStatus::Draft
                || state->status == ArticleStatus::ChangesRequested)
                target = item.id;
        }
        if (target == 0)
            continue;
        t0 = nowMs();
        const auto moved = library->workflow()->apply(target, action, login);
        t1 = nowMs();
        if (moved) {
            events << "transition " << target << ' ' << actionName(action) << ' '
                   << QString::number(t0, 'f', 3) << ' ' << QString::number(t1, 'f', 3) << Qt::endl;
            if (part.editor)
                approveNext = !approveNext;
        } else {
            report(u"transition-"_s + kindOf(moved.error()), target, moved.error().message);
        }
    }
    events << "done " << login << Qt::endl;
    return 0;
}

int runListener(const QString &uri, double endAt)
{
    QTextStream events(stdout);
    const std::unique_ptr<Library> library = openAs(uri);
    QObject::connect(library->articles(), &ArticleStore::changedElsewhere, qApp, [&](qint64 id) {
        events << "signal " << id << ' ' << QString::number(nowMs(), 'f', 3) << Qt::endl;
    });
    events << "ready listener" << Qt::endl;
    waitUntil(endAt + ListenerGraceMs);
    return 0;
}

// ---- coordinator ------------------------------------------------------------------------------

struct Save
{
    qint64 id = 0;
    double t0 = 0;
    double t1 = 0;
};

double percentile(QList<double> values, int percent)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, values.size() * percent / 100));
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

int coordinate(const QString &server, int clients, int seconds, bool inStep)
{
    QTextStream out(stdout);
    const QString database = u"copydesk_clients_%1"_s.arg(QCoreApplication::applicationPid());
    superuser(server, u"postgres"_s, u"CREATE DATABASE %1"_s.arg(database));
    const auto dropDatabase = qScopeGuard([&] {
        superuser(
            server, u"postgres"_s, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
    });
    if (const auto made
        = LibraryOpener::initializeTeam(withUserAndDatabase(server, u"postgres"_s, database));
        !made)
        die(made.error().message);
    const std::unique_ptr<Library> admin
        = openAs(withUserAndDatabase(server, u"postgres"_s, database));
    const auto addPerson = [&](const QString &login, Role role) {
        Person person {login, role};
        person.displayName = login;
        if (Status added = admin->people()->addPerson(person, u"postgres"_s); !added)
            die(added.error().message);
    };
    for (int i = 0; i < clients; ++i)
        addPerson(loginOf(i), partOf(i).editor ? Role::Editor : Role::Reporter);
    addPerson(u"bench_listener"_s, Role::Editor);
    // The checklist is not what is measured: generated articles need not pass it.
    ChecklistConfig checklist;
    for (const QString &rule : ChecklistConfig::ruleIds())
        checklist.setLevel(rule, RuleLevel::Off);
    if (Status set = admin->workflow()->setChecklistConfig(checklist, u"postgres"_s); !set)
        die(set.error().message);

    const int reviewers = std::max(1, reviewersOf(clients));
    const double startAt = nowMs() + 4000 + clients * 400;
    const double endAt = startAt + seconds * 1000.0;
    QTemporaryDir logs;
    QList<QProcess *> processes;
    const auto spawn = [&](const QString &name, const QStringList &arguments) {
        auto *process = new QProcess(qApp);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->setStandardOutputFile(logs.filePath(name));
        process->setObjectName(name);
        process->start(QCoreApplication::applicationFilePath(), arguments);
        processes.append(process);
    };
    const QStringList timing {u"--start-at"_s, QString::number(startAt, 'f', 0), u"--end-at"_s,
        QString::number(endAt, 'f', 0)};
    spawn(u"listener"_s,
        QStringList {u"--listen"_s, withUserAndDatabase(server, u"bench_listener"_s, database)}
            + timing);
    // Each client saves once a second at its own moment in the second, as people who do not
    // type in step do; --in-step makes them all save at the same moment (the worst burst).
    for (int i = 0; i < clients; ++i) {
        const double phase = inStep ? 0 : i * 1000.0 / clients;
        spawn(loginOf(i),
            QStringList {u"--client"_s, withUserAndDatabase(server, loginOf(i), database),
                u"--index"_s, QString::number(i), u"--reviewers"_s, QString::number(reviewers),
                u"--phase-ms"_s, QString::number(phase, 'f', 1)}
                + timing);
    }
    out << "Team library, " << clients << " client processes for " << seconds
        << " s (+ a listener), saving "
        << (inStep ? "all at the same moment of each second" : "spread over each second")
        << "; load before: " << loadAverage() << Qt::endl;

    QMap<QString, int> errors;
    for (QProcess *process : std::as_const(processes)) {
        const double left = endAt + 60000 - nowMs();
        if (!process->waitForFinished(int(std::max(1000.0, left)))) {
            process->kill();
            process->waitForFinished();
        }
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
            errors[u"client %1 failed"_s.arg(process->objectName())] += 1;
    }
    const QString loadAfter = loadAverage();

    // Read the events.
    QList<Save> saves;
    QHash<qint64, QString> lastHash;
    QHash<qint64, QList<double>> signals;
    QList<double> saveLatency;
    QList<double> transitionLatency;
    QMap<QString, int> transitions;
    int conflicts = 0;
    for (QProcess *process : std::as_const(processes)) {
        QFile file(logs.filePath(process->objectName()));
        if (!file.open(QIODevice::ReadOnly))
            die(file.errorString());
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const QStringList f = line.split(u' ');
            if (f.at(0) == u"save"_s && f.size() == 5) {
                saves.append({f.at(1).toLongLong(), f.at(2).toDouble(), f.at(3).toDouble()});
                saveLatency.append(saves.last().t1 - saves.last().t0);
                lastHash.insert(f.at(1).toLongLong(), f.at(4));
            } else if (f.at(0) == u"signal"_s && f.size() == 3) {
                signals[f.at(1).toLongLong()].append(f.at(2).toDouble());
            } else if (f.at(0) == u"transition"_s && f.size() == 5) {
                transitions[f.at(2)] += 1;
                transitionLatency.append(f.at(4).toDouble() - f.at(3).toDouble());
            } else if (f.at(0) == u"conflict"_s) {
                ++conflicts;
            } else if (f.at(0) == u"error"_s) {
                errors[f.value(1)] += 1;
                QTextStream(stderr) << process->objectName() << ": " << line << Qt::endl;
            }
        }
    }

    // Notification latency: the first signal for the article at or after the save began.
    QList<double> fromStart;
    QList<double> fromReturn;
    int missed = 0;
    for (QList<double> &times : signals)
        std::sort(times.begin(), times.end());
    for (const Save &save : std::as_const(saves)) {
        const QList<double> times = signals.value(save.id);
        const auto it = std::lower_bound(times.begin(), times.end(), save.t0);
        if (it == times.end() || *it - save.t0 > 10000) {
            ++missed;
            continue;
        }
        fromStart.append(*it - save.t0);
        fromReturn.append(*it - save.t1);
    }

    // Lost updates: the stored text of every article against its client's last saved text.
    int lost = 0;
    for (auto [id, hash] : lastHash.asKeyValueRange()) {
        const auto stored = admin->articles()->load(id);
        if (!stored || textHash(stored->article) != hash) {
            ++lost;
            QTextStream(stderr) << "lost update: article " << id << Qt::endl;
        }
    }

    int unexpected = missed;
    for (auto [kind, count] : errors.asKeyValueRange())
        unexpected += count;
    out << "load after: " << loadAfter << Qt::endl;
    out << u"measure"_s.leftJustified(44) << "   median      p99   target  count" << Qt::endl;
    const auto row = [&](const QString &name, const QList<double> &values, const QString &target) {
        Bench::Figure figure;
        figure.bench = u"teamclientsbench"_s;
        figure.name = QString(name).remove(u" (ms)"_s);
        figure.median = percentile(values, 50);
        figure.p99 = percentile(values, 99);
        figure.target = Bench::targetOf(target.section(u'/', 0, 0));
        figure.tailTarget = Bench::targetOf(target.section(u'/', 1, 1));
        figure.runs = int(values.size());
        Bench::recordFigure(figure);
        out << name.leftJustified(44) << ms(percentile(values, 50)).rightJustified(9)
            << ms(percentile(values, 99)).rightJustified(9) << target.rightJustified(9)
            << QString::number(values.size()).rightJustified(7) << Qt::endl;
    };
    row(u"save (ms)"_s, saveLatency, u"-"_s);
    row(u"workflow transition (ms)"_s, transitionLatency, u"-"_s);
    row(u"notification, save start to signal (ms)"_s, fromStart, u"100/500"_s);
    row(u"notification, save return to signal (ms)"_s, fromReturn, u"-"_s);
    out << "saves " << saves.size() << ", transitions";
    for (auto [action, count] : transitions.asKeyValueRange())
        out << ' ' << action << ' ' << count;
    out << ", conflicts (intended, saved after reloading) " << conflicts << Qt::endl;
    out << "lost updates " << lost << " of " << lastHash.size()
        << " articles, notifications missed " << missed << ", other errors "
        << (unexpected - missed);
    for (auto [kind, count] : errors.asKeyValueRange())
        out << "; " << kind << ' ' << count;
    out << Qt::endl;
    const bool ok = lost == 0 && unexpected == 0 && !saves.isEmpty();
    out << (ok ? "PASS" : "FAIL") << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setProgramName(u"teamclientsbench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(u"clients"_s, u"Client processes."_s, u"n"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Duration."_s, u"s"_s);
    const QCommandLineOption clientOption(u"client"_s, u"(internal) Run one client."_s, u"uri"_s);
    const QCommandLineOption listenOption(u"listen"_s, u"(internal) Run the listener."_s, u"uri"_s);
    const QCommandLineOption indexOption(u"index"_s, u"(internal)"_s, u"i"_s);
    const QCommandLineOption reviewersOption(u"reviewers"_s, u"(internal)"_s, u"n"_s);
    const QCommandLineOption startOption(u"start-at"_s, u"(internal)"_s, u"ms"_s);
    const QCommandLineOption endOption(u"end-at"_s, u"(internal)"_s, u"ms"_s);
    const QCommandLineOption phaseOption(u"phase-ms"_s, u"(internal)"_s, u"ms"_s);
    const QCommandLineOption inStepOption(
        u"in-step"_s, u"Every client saves at the same moment of each second."_s);
    parser.addOptions({clientsOption, secondsOption, clientOption, listenOption, indexOption,
        reviewersOption, startOption, endOption, phaseOption, inStepOption});
    parser.process(app);

    if (parser.isSet(clientOption)) {
        return runClient(parser.value(clientOption), parser.value(indexOption).toInt(),
            parser.value(reviewersOption).toInt(), parser.value(startOption).toDouble(),
            parser.value(phaseOption).toDouble(), parser.value(endOption).toDouble());
    }
    if (parser.isSet(listenOption))
        return runListener(parser.value(listenOption), parser.value(endOption).toDouble());

    const QString server = qEnvironmentVariable("COPYDESK_TEST_POSTGRES");
    if (server.isEmpty()) {
        QTextStream(stdout) << "teamclientsbench: no server (run through ./dev bench); skipped"
                            << Qt::endl;
        return 77;
    }
    const auto number = [&](const QCommandLineOption &option, const char *variable, int fallback) {
        const int value = parser.isSet(option) ? parser.value(option).toInt()
                                               : qEnvironmentVariableIntValue(variable);
        return value > 0 ? value : fallback;
    };
    return coordinate(server, number(clientsOption, "COPYDESK_BENCH_CLIENTS", 20),
        number(secondsOption, "COPYDESK_BENCH_SECONDS", 60), parser.isSet(inStepOption));
}
