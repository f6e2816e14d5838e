// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "handbookdialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Copydesk {

QUrl HandbookDialog::handbook()
{
    for (const QString &language : QLocale().uiLanguages()) {
        const QString translated
            = QStringLiteral(":/help/handbook.%1.md").arg(language.section(u'-', 0, 0));
        if (QFile::exists(translated))
            return QUrl(QStringLiteral("qrc") + translated);
    }
    return QUrl(QStringLiteral("qrc:/help/handbook.md"));
}

HandbookDialog::HandbookDialog(const QUrl &source, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_chapters(new QListWidget(this))
{
    setWindowTitle(tr("Copydesk Handbook"));
    m_browser->setAccessibleName(tr("Handbook"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(source, QTextDocument::MarkdownResource);
    m_browser->document()->setDocumentMargin(16);
    m_chapters->setAccessibleName(tr("Chapters"));
    listChapters();
    connect(m_chapters, &QListWidget::currentRowChanged, this, &HandbookDialog::showChapter);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HandbookDialog::listChapters);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_chapters);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 640});
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 720);
}

void HandbookDialog::listChapters()
{
    const QSignalBlocker blocker(m_chapters);
    m_chapters->clear();
    m_chapterPositions.clear();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2) {
            m_chapters->addItem(block.text());
            m_chapterPositions.append(block.position());
        }
    }
}

void HandbookDialog::showChapter(int row)
{
    if (row < 0 || row >= m_chapterPositions.size())
        return;
    const QTextBlock block = m_browser->document()->findBlock(m_chapterPositions.at(row));
    // The heading at the top of the view, not merely somewhere in it.
    const QRectF where = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(where.top()));
}

} // namespace Copydesk
