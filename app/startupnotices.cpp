// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "startupnotices.h"

#include "articlestore.h"
#include "autosavesession.h"
#include "settings.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace Copydesk {

namespace {

constexpr int StatusMessageMs = 5000;

} // namespace

void StartupNotices::reportRecovery(
    QMainWindow *window, AutosaveSession *session, const QString &user)
{
    if (!session->previousEndedUncleanly())
        return;
    const QString report = session->report();
    qInfo().noquote() << report;
    if (const Status kept = session->keepRecoveredRevisions(user); !kept)
        qWarning().noquote() << kept.error().message;
    window->statusBar()->showMessage(tr("Recovered after an unclean shutdown."), StatusMessageMs);
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Work recovered"), report, QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

bool StartupNotices::offerSample(QWidget *parent, ArticleStore *store, Settings *settings)
{
    const QString location = store->location();
    if (settings->sampleOffered(location))
        return false;
    LibraryQuery trash;
    trash.trash = true;
    const auto live = store->count({});
    const auto trashed = store->count(trash);
    if (!live || !trashed || *live > 0 || *trashed > 0)
        return false;
    settings->setSampleOffered(location);
    const auto answer = QMessageBox::question(parent, tr("Empty library"),
        tr("Your library is empty. Add a sample article that shows every part of a story?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

} // namespace Copydesk
