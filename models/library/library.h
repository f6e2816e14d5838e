// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "people.h"
#include "presence.h"
#include "queues.h"
#include "result.h"
#include "review.h"
#include "workflow.h"

#include <QString>
#include <memory>

namespace Copydesk {

/// One open library, as every front end (the window, the command line, batch jobs) sees it:
/// its articles and its workflow, split by concern. LibraryOpener::open() makes one from a
/// location; nothing above this interface names a backend.
///
/// articles() saves the way the workflow wants it (the stored status and owner are kept, a
/// text change to an approved article returns it to review). The workflow parts are nullptr
/// when the library's workflow could not be opened (workflowError() says why); a library
/// without people has them, and people() is then empty.
///
/// Threading: the thread that opened it. reader() gives a store for another thread.
class Library
{
public:
    virtual ~Library();

    /// Where the library lives (a file path, a connection URI), for messages and settings.
    virtual QString location() const = 0;
    /// Who the user is as far as the library itself decides: a team library's database login.
    /// Empty on a local library, where the front end chooses the person (--user, Switch User).
    virtual QString sessionUser() const { return {}; }
    /// A short description for titles and the status bar: for a team library its database,
    /// server, login and whether the connection is encrypted ("copydesk on db.example.org as
    /// rita, TLS"); empty for a local library, whose file name says enough.
    virtual QString summary() const { return {}; }

    virtual ArticleStore *articles() const = 0;
    virtual People *people() const = 0;
    virtual Workflow *workflow() const = 0;
    virtual Review *review() const = 0;
    virtual Queues *queues() const = 0;
    /// Who has which article open for editing. nullptr when the library keeps no presence of
    /// its own (a local library: the window then uses lock files on this computer).
    virtual Presence *presence() const { return nullptr; }
    /// Why the workflow parts are nullptr; empty otherwise.
    virtual QString workflowError() const = 0;

    /// Whether the library has people (and so a workflow). False when reading them fails.
    bool hasPeople() const;

    /// A second, independent store on the same library, for reading on another thread (the
    /// search worker); it belongs to the thread that calls this until moved.
    virtual Result<std::unique_ptr<ArticleStore>> reader() const = 0;
};

} // namespace Copydesk
