// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <memory>

namespace Copydesk {

/// Knows whether the previous session on a library ended cleanly, and what it left behind when
/// it did not (a crash, kill -9, a power cut).
///
/// A session writes a marker file (next to a QLockFile held for the session's lifetime) in the
/// application's data folder, keyed by the library's location, and removes it in end(). A marker
/// found at start whose lock is not held by a running process means the previous session ended
/// uncleanly. Autosave has already stored everything up to its last save; recovered() lists the
/// articles that session changed after their newest kept revision, so the user can be told and
/// a revision can be kept for them.
///
/// When another running process already holds the session for the library, this session
/// neither reports nor writes anything (isPrimary() is false).
class AutosaveSession
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::AutosaveSession)
public:
    struct Recovered
    {
        qint64 id = 0;
        QString headline;
        QDateTime modified; ///< UTC: when autosave last stored it.
    };

    /// Starts a session on `store`'s library. `directory` overrides the data folder (tests).
    explicit AutosaveSession(ArticleStore *store, const QString &directory = {});
    /// Ends the session cleanly unless end() was called already.
    ~AutosaveSession();
    AutosaveSession(const AutosaveSession &) = delete;
    AutosaveSession &operator=(const AutosaveSession &) = delete;

    bool isPrimary() const { return m_primary; }
    bool previousEndedUncleanly() const { return m_unclean; }
    /// The articles the unclean previous session changed after their newest kept revision;
    /// empty after a clean end. Newest first.
    const QList<Recovered> &recovered() const { return m_recovered; }
    /// A translated paragraph naming the recovered articles for the user; empty when the
    /// previous session ended cleanly.
    QString report() const;
    /// Keeps a revision ("Recovered after an unclean shutdown") of every recovered article.
    Status keepRecoveredRevisions(const QString &author);

    /// Removes the marker: the session ended cleanly.
    void end();

private:
    void findRecovered(const QDateTime &since);

    ArticleStore *m_store;
    QString m_markerFile;
    std::unique_ptr<QLockFile> m_lock;
    bool m_primary = false;
    bool m_unclean = false;
    bool m_ended = false;
    QList<Recovered> m_recovered;
};

} // namespace Copydesk
