// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "autosavesession.h"

#include "dateformat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace Copydesk {

namespace {

constexpr int ReportedHeadlines = 8;

QSet<QString> &heldHere()
{
    static QSet<QString> files;
    return files;
}

QString sessionBaseName(const QString &location, const QString &directory)
{
    const QFileInfo library(location);
    const QString where = library.exists() ? library.canonicalFilePath() : location;
    const QString folder = directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sessions")
        : directory;
    return folder + QLatin1Char('/')
        + QString::fromLatin1(
            QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

AutosaveSession::AutosaveSession(ArticleStore *store, const QString &directory)
    : m_store(store)
{
    const QString base = sessionBaseName(store->location(), directory);
    m_markerFile = base + QStringLiteral(".session");
    if (!QDir().mkpath(QFileInfo(base).absolutePath()))
        return;
    m_lock = std::make_unique<QLockFile>(base + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    m_primary = m_lock->tryLock(0);
    qint64 pid = 0;
    QString host;
    QString application;
    // As for ArticleLock: a lock naming our own id that we do not hold was left by a crashed run
    // that had the same id in another PID namespace (containers).
    if (!m_primary && m_lock->error() == QLockFile::LockFailedError
        && m_lock->getLockInfo(&pid, &host, &application)
        && pid == QCoreApplication::applicationPid() && !heldHere().contains(m_lock->fileName())
        && m_lock->removeStaleLockFile())
        m_primary = m_lock->tryLock(0);
    if (!m_primary)
        return;
    heldHere().insert(m_lock->fileName());

    QFile previous(m_markerFile);
    if (previous.open(QIODevice::ReadOnly)) {
        m_unclean = true;
        findRecovered(QDateTime::fromString(
            QString::fromLatin1(previous.readAll().trimmed()), Qt::ISODateWithMs));
    }
    QSaveFile marker(m_markerFile);
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1());
        marker.commit();
    }
}

AutosaveSession::~AutosaveSession()
{
    end();
}

void AutosaveSession::end()
{
    if (m_ended || !m_primary)
        return;
    m_ended = true;
    QFile::remove(m_markerFile);
    heldHere().remove(m_lock->fileName());
    m_lock->unlock();
}

void AutosaveSession::findRecovered(const QDateTime &since)
{
    LibraryQuery query;
    query.dateField = DateField::Modified;
    query.from = since.isValid() ? since : QDateTime();
    query.sort = SortKey::Modified;
    const auto changed = m_store->list(query);
    if (!changed)
        return;
    for (const ArticleSummary &summary : *changed) {
        const auto revisions = m_store->revisions(summary.id);
        if (!revisions || revisions->isEmpty() || revisions->first().created >= summary.modified)
            continue;
        // Saved after the newest revision; recovered only if the content differs from it.
        const auto kept = m_store->revision(summary.id, revisions->first().number);
        const auto current = m_store->load(summary.id);
        if (kept && current && *kept == current->article)
            continue;
        m_recovered << Recovered {summary.id, summary.headline, summary.modified};
    }
}

QString AutosaveSession::report() const
{
    if (!m_unclean)
        return {};
    if (m_recovered.isEmpty())
        return tr("Copydesk was not closed properly last time. Nothing was lost: every article "
                  "was already stored.");
    QStringList lines;
    for (const Recovered &article : m_recovered.mid(0, ReportedHeadlines)) {
        const QString headline
            = article.headline.isEmpty() ? tr("(No headline)") : article.headline;
        lines << tr("“%1”, last stored %2")
                     .arg(headline, DateFormat::toString(article.modified.toLocalTime()));
    }
    if (m_recovered.size() > ReportedHeadlines)
        lines << tr("and %n more", nullptr, int(m_recovered.size() - ReportedHeadlines));
    return tr("Copydesk was not closed properly last time. These articles were recovered with "
              "everything autosave had stored:")
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

Status AutosaveSession::keepRecoveredRevisions(const QString &author)
{
    for (const Recovered &recovered : std::as_const(m_recovered)) {
        const auto record = m_store->load(recovered.id);
        if (!record)
            return record.error();
        const auto saved = m_store->save(recovered.id, record->article,
            SaveOptions {author, tr("Recovered after an unclean shutdown"), true});
        if (!saved)
            return saved.error();
    }
    return Done {};
}

} // namespace Copydesk
