// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "housetemplates.h"

#include "templatesyntax.h"

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
#include <QSaveFile>
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

// The files of `directory` that are templates (the engine would read any name asked for; a
// README beside them is not one).
QStringList templateFiles(const QString &directory)
{
    return QDir(directory).entryList(
        {QStringLiteral("*.html"), QStringLiteral("*.css")}, QDir::Files, QDir::Name);
}

// The built-in file of `name` in the resources; empty when there is none.
QString builtInPath(const QString &name)
{
    for (const char *folder : builtInDirectories) {
        const QString path = QString::fromLatin1(folder) + QLatin1Char('/') + name;
        if (QFile::exists(path))
            return path;
    }
    return {};
}

} // namespace

struct HouseTemplates::Private
{
    KTextTemplate::Engine engine;
    /// Why the newsroom's folder cannot be used (missing, a template that does not parse);
    /// every render returns it rather than a page in a half-replaced house style.
    std::optional<Error> broken;

    void checkDirectory(const QString &directory);
};

void HouseTemplates::Private::checkDirectory(const QString &directory)
{
    const QString shown = QDir::toNativeSeparators(directory);
    if (!QFileInfo(directory).isDir()) {
        broken = Error {QCoreApplication::translate("Copydesk::HouseTemplates",
                            "The template folder “%1” does not exist or is not a folder.")
                            .arg(shown),
            Error::Code::NotFound};
        return;
    }
    for (const QString &name : templateFiles(directory)) {
        const KTextTemplate::Template loaded = engine.loadByName(name);
        if (loaded && loaded->error() == KTextTemplate::NoError)
            continue;
        const QString path = QDir(directory).filePath(name);
        QFile file(path);
        const QString source
            = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        const int line = TemplateSyntax::errorLine(source);
        const QString where = QDir::toNativeSeparators(path)
            + (line > 0 ? QLatin1Char(':') + QString::number(line) : QString());
        const QString detail = loaded ? TemplateSyntax::message(loaded->errorString()) : QString();
        broken = Error {
            QCoreApplication::translate("Copydesk::HouseTemplates", "Template error in %1: %2")
                .arg(where,
                    detail.isEmpty() ? QCoreApplication::translate(
                                           "Copydesk::HouseTemplates", "it cannot be read.")
                                     : detail),
            Error::Code::InvalidInput};
        return;
    }
}

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
    if (!directory.isEmpty())
        d->checkDirectory(directory);
}

HouseTemplates::~HouseTemplates() = default;

Result<QString> HouseTemplates::render(const QString &name, const QVariantHash &variables) const
{
    if (d->broken)
        return *d->broken;
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

namespace Copydesk {

Status HouseTemplates::check(const QString &directory)
{
    const HouseTemplates templates(directory);
    if (templates.d->broken)
        return *templates.d->broken;
    return Done {};
}

Result<QStringList> HouseTemplates::exportBuiltIn(const QString &directory, bool replace)
{
    const QStringList names = builtInNames();
    QStringList paths, existing;
    for (const QString &name : names) {
        paths << QDir(directory).filePath(name);
        if (QFileInfo::exists(paths.last()) || QFileInfo(paths.last()).isSymLink())
            existing << QDir::toNativeSeparators(paths.last());
    }
    if (!existing.isEmpty() && !replace)
        return Error {QCoreApplication::translate("Copydesk::HouseTemplates",
                          "Not replacing what is there: %1. Nothing was written.")
                          .arg(existing.join(QStringLiteral(", "))),
            Error::Code::Exists};
    if (!QDir().mkpath(directory))
        return Error {QCoreApplication::translate(
                          "Copydesk::HouseTemplates", "Cannot create the folder “%1”.")
                          .arg(QDir::toNativeSeparators(directory)),
            Error::Code::Io};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QFile source(builtInPath(names.at(i)));
        QSaveFile target(paths.at(i));
        if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)
            || target.write(source.readAll()) != source.size() || !target.commit())
            return Error {
                QCoreApplication::translate("Copydesk::HouseTemplates", "Cannot write “%1”: %2")
                    .arg(QDir::toNativeSeparators(paths.at(i)), target.errorString()),
                Error::Code::Io};
    }
    return paths;
}

} // namespace Copydesk
