// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"

#include <QWidget>

class QLabel;
class QMimeData;
class QPushButton;

namespace Copydesk {

class ParagraphLineEdit;

/// The hero image: a thumbnail, buttons to choose (QFileDialog), paste or remove the picture,
/// and caption, alt text and credit fields. A picture file or picture data dropped on the
/// editor, or pasted with the Paste key while a button has the focus, is taken like a chosen
/// one; what cannot be used is explained under the thumbnail (errorText()).
class HeroImageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HeroImageEditor(QWidget *parent = nullptr);

    HeroImage hero() const { return m_hero; }
    /// Shows `hero` without emitting heroEdited(); fields the writer is typing in keep their
    /// cursor when their text is unchanged.
    void setHero(const HeroImage &hero);

    /// Reads the picture the user chose at `path` into the hero image (bytes, MIME type, file
    /// name) with ImageFiles::readChosen() and emits heroEdited(). On failure nothing changes and
    /// the error says why (not a regular file, too large, not a PNG, JPEG, GIF or WebP image).
    Status loadFile(const QString &path);
    /// Takes the picture in `data` (the clipboard's or a drop's): the first local file of a
    /// URL list (text/uri-list, or a file:// URL as text) through loadFile(); otherwise picture
    /// bytes (image/png, image/jpeg, image/gif, image/webp) or an image the platform decoded,
    /// stored as PNG, checked by ImageFiles::readData() under the hero policy. On failure (no
    /// picture, a web address, not a picture, too large, unreadable) nothing changes and the
    /// error says why.
    Status loadMimeData(const QMimeData *data);
    /// Whether `data` offers anything loadMimeData() would try (what a drag may drop here).
    static bool canLoad(const QMimeData *data);
    /// The clipboard's picture through loadMimeData(), with a failure shown as errorText().
    void paste();
    /// Why the last choose, paste or drop failed; empty after a success.
    QString errorText() const;

    ParagraphLineEdit *captionEdit() const { return m_caption; }
    ParagraphLineEdit *altTextEdit() const { return m_altText; }
    ParagraphLineEdit *creditEdit() const { return m_credit; }
    QLabel *thumbnail() const { return m_thumbnail; }

Q_SIGNALS:
    void heroEdited(const Copydesk::HeroImage &hero);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void chooseFile();
    /// Shows `status`'s error under the thumbnail, or hides it on success.
    void showStatus(const Status &status);
    void updateThumbnail();

    HeroImage m_hero;
    QLabel *m_thumbnail;
    QLabel *m_error;
    QPushButton *m_choose;
    QPushButton *m_paste;
    QPushButton *m_remove;
    ParagraphLineEdit *m_caption;
    ParagraphLineEdit *m_altText;
    ParagraphLineEdit *m_credit;
};

} // namespace Copydesk
