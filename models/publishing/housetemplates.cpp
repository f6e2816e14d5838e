// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "housetemplates.h"

#include <KTextTemplate/CachingLoaderDecorator>
#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/InMemoryTemplateLoader>
#include <KTextTemplate/SafeString>
#include <KTextTemplate/Template>
#include <KTextTemplate/TemplateLoader>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <map>

namespace Copydesk {

namespace {

constexpr auto builtInDirectories = {":/copydesk/templates", ":/copydesk/css"};
constexpr qint64 directoryCheckIntervalMs = 1000;

// A fingerprint of the directory's files, to notice edits without watching the file system.
QByteArray directoryStamp(const QString &directory)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        hash.addData(file.fileName().toUtf8());
        hash.addData(QByteArray::number(file.lastModified().toMSecsSinceEpoch()));
        hash.addData(QByteArray::number(file.size()));
    }
    return hash.result();
}

struct Cached
{
    std::unique_ptr<HouseTemplates> templates;
    QByteArray stamp;
    QElapsedTimer checked;
};

} // namespace

struct HouseTemplates::Private
{
    KTextTemplate::Engine engine;
};

HouseTemplates &HouseTemplates::forDirectory(const QString &directory)
{
    thread_local std::map<QString, Cached> cache;
    Cached &entry = cache[directory];
    if (entry.templates
        && (directory.isEmpty() || entry.checked.elapsed() < directoryCheckIntervalMs))
        return *entry.templates;
    if (!directory.isEmpty()) {
        QByteArray stamp = directoryStamp(directory);
        entry.checked.start();
        if (entry.templates && stamp == entry.stamp)
            return *entry.templates;
        entry.stamp = std::move(stamp);
    }
    entry.templates = std::make_unique<HouseTemplates>(directory);
    return *entry.templates;
}

HouseTemplates::HouseTemplates(const QString &directory)
    : d(std::make_unique<Private>())
{
    d->engine.setSmartTrimEnabled(true);
    if (!directory.isEmpty()) {
        auto own = QSharedPointer<KTextTemplate::FileSystemTemplateLoader>::create();
        own->setTemplateDirs({directory});
        d->engine.addTemplateLoader(
            QSharedPointer<KTextTemplate::CachingLoaderDecorator>::create(own));
    }
    auto builtIn = QSharedPointer<KTextTemplate::InMemoryTemplateLoader>::create();
    for (const char *path : builtInDirectories) {
        QDirIterator files(QString::fromLatin1(path), QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                builtIn->setTemplate(files.fileName(), QString::fromUtf8(file.readAll()));
        }
    }
    d->engine.addTemplateLoader(
        QSharedPointer<KTextTemplate::CachingLoaderDecorator>::create(builtIn));
}

HouseTemplates::~HouseTemplates() = default;

Result<QString> HouseTemplates::render(const QString &name, const QVariantHash &variables) const
{
    const KTextTemplate::Template loaded = d->engine.loadByName(name);
    if (!loaded || loaded->error() != KTextTemplate::NoError) {
        const QString detail = loaded ? loaded->errorString() : QString();
        return Error {
            QCoreApplication::translate(
                "Copydesk::HouseTemplates", "The template \"%1\" cannot be used: %2")
                .arg(name,
                    detail.isEmpty() ? QCoreApplication::translate(
                                           "Copydesk::HouseTemplates", "it was not found.")
                                     : detail),
            Error::Code::InvalidInput};
    }
    KTextTemplate::Context context(variables);
    QString output = loaded->render(&context);
    if (loaded->error() != KTextTemplate::NoError) {
        return Error {QCoreApplication::translate(
                          "Copydesk::HouseTemplates", "The template \"%1\" failed: %2")
                          .arg(name, loaded->errorString()),
            Error::Code::InvalidInput};
    }
    return output;
}

QVariant HouseTemplates::safe(const QString &html)
{
    return QVariant::fromValue(KTextTemplate::SafeString(html, KTextTemplate::SafeString::IsSafe));
}

QStringList HouseTemplates::builtInNames()
{
    QStringList names;
    for (const char *path : builtInDirectories) {
        QDirIterator files(QString::fromLatin1(path), QDir::Files);
        while (files.hasNext()) {
            files.next();
            names.append(files.fileName());
        }
    }
    names.sort();
    return names;
}

} // namespace Copydesk
