// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDialog>
#include <QUrl>

class QListWidget;
class QTextBrowser;

namespace Copydesk {

/// Help ▸ Copydesk Handbook: the user guide (docs/handbook.md, built into the program as a
/// resource) in a window of its own beside the main window. Nothing is fetched from the network:
/// the guide and everything it shows come from the program; a web address in it opens in the
/// user's browser. A list of the guide's chapters (its second-level headings) beside it jumps to
/// each.
class HandbookDialog : public QDialog
{
    Q_OBJECT

public:
    /// The handbook built into the program, in the user's language (QLocale's UI languages in
    /// order) when it is translated into it (docs/handbook.LANGUAGE.md), in English otherwise.
    static QUrl handbook();

    explicit HandbookDialog(const QUrl &source = handbook(), QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *chapters() const { return m_chapters; }

private:
    void listChapters();
    void showChapter(int row);

    QTextBrowser *m_browser;
    QListWidget *m_chapters;
    QList<int> m_chapterPositions; ///< Where each chapter's heading starts in the document.
};

} // namespace Copydesk
