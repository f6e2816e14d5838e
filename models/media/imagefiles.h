// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Copydesk {

/// A picture read from disk: its bytes, the MIME type its content shows, and its file name.
struct ImageFile
{
    QByteArray data;
    QString mimeType;
    QString fileName;
};

/// What a kind of picture may be: the name messages use, the types and the size cap.
struct ImagePolicy
{
    enum Type
    {
        Png = 1,
        Jpeg = 2,
        Gif = 4,
        Webp = 8,
        Svg = 16
    };

    QString what; ///< "hero image", "logo": the start of every message.
    int types = Png | Jpeg | Gif | Webp;
    qint64 maxBytes = 25 * 1024 * 1024;
    QString typesText; ///< "a PNG, JPEG, GIF or WebP image", for "… is not …".

    /// An article's hero image: PNG, JPEG, GIF or WebP up to 25 MiB.
    static ImagePolicy hero();
    /// The publication's logo: PNG, JPEG or SVG up to 1 MiB.
    static ImagePolicy logo();
};

/// The one way Copydesk reads a picture from disk (the Markdown importer's hero `file:`, the
/// window's hero and logo pickers). Only a regular file is read (BoundedFile), at most the
/// policy's size, and only when its bytes decode as one of the policy's types; the MIME type
/// comes from the content, never from the file name. Reentrant; QImageReader needs no
/// QGuiApplication for this.
class ImageFiles
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ImageFiles)
public:
    /// A file the user named explicitly (picked in a dialog, given on the command line): any
    /// folder is fine.
    static Result<ImageFile> readChosen(const QString &path, const ImagePolicy &policy);

    /// A file named inside another file (an article's front matter) that lives in `folder`:
    /// `name` must be relative and stay inside `folder`, also through symbolic links; "..",
    /// absolute paths and links pointing elsewhere are refused ("… is outside the article's
    /// folder").
    static Result<ImageFile> readNamedIn(
        const QString &folder, const QString &name, const ImagePolicy &policy);

    /// A picture that arrived as bytes (pasted from the clipboard, dropped from another
    /// program) under the name `fileName`: checked exactly like readChosen() checks a file's
    /// bytes. More than the policy's size is an InvalidInput error ("… is 31 MiB; the limit is
    /// 25 MiB"), and so is content that is not one of the policy's types.
    static Result<ImageFile> readData(
        const QByteArray &data, const QString &fileName, const ImagePolicy &policy);

    /// The MIME type of `data` when it decodes as one of the policy's types; otherwise an
    /// InvalidInput error about `subject` ("hero image “a.png” is not a PNG, JPEG, GIF or WebP
    /// image (it looks like text)").
    static Result<QString> mimeTypeOf(
        const QByteArray &data, const ImagePolicy &policy, const QString &subject);

    /// "hero image “a.png”": the policy's name and the file, quoted and cut for a message.
    static QString subject(const ImagePolicy &policy, const QString &name);
};

} // namespace Copydesk
