// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "startupnotices.h"

#include "articlestore.h"
#include "autosavesession.h"
#include "library.h"
#include "settings.h"

#include <QInputDialog>
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

bool StartupNotices::askPublicationName(QWidget *parent, Library *library, Settings *settings)
{
    ArticleStore *store = library->articles();
    const QString location = store->location();
    if (!library->sessionUser().isEmpty() || settings->publicationNameAsked(location)
        || !store->readOnlyReason().isEmpty())
        return false;
    Result<PublicationProfile> profile = store->publicationProfile();
    if (!profile || !profile->hasDefaultName())
        return false;
    settings->setPublicationNameAsked(location);
    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("Publication Name"));
    dialog.setLabelText(tr("What is your publication called? Every page and export carries its "
                           "name; until you give one, they say “%1”. You can change it later "
                           "under File ▸ Settings.")
            .arg(PublicationProfile::defaultName()));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOkButtonText(tr("Save"));
    dialog.setCancelButtonText(tr("Skip"));
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return false;
    profile->name = dialog.textValue().trimmed();
    if (const Status stored = store->setPublicationProfile(*profile); !stored) {
        QMessageBox::warning(parent, tr("Publication Name"),
            tr("The publication's name could not be stored.") + QLatin1String("\n\n")
                + stored.error().message);
        return false;
    }
    return true;
}

} // namespace Copydesk
