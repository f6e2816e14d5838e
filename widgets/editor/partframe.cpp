// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "partframe.h"

#include "actsonaccessible.h"
#include "articledocument.h"
#include "draghandle.h"
#include "faqeditor.h"
#include "linefieldeditor.h"
#include "listeditor.h"
#include "markdowneditor.h"
#include "paragraphlineedit.h"
#include "quoteeditor.h"
#include "referenceeditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

QString kindLabel(ArticlePart::Kind kind)
{
    return kind == ArticlePart::Kind::Section ? PartFrame::tr("Section")
                                              : ArticlePart::defaultHeading(kind);
}

} // namespace

PartFrame::PartFrame(ArticleDocument *document, const QString &partId, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_partId(partId)
    , m_handle(new DragHandle(partId, this))
    , m_kind(new QLabel(this))
    , m_heading(new LineFieldEditor(this))
{
    setFrameShape(QFrame::StyledPanel);
    const ArticlePart &part = document->article().parts.at(document->article().partIndex(partId));
    setAccessibleName(tr("Part: %1").arg(kindLabel(part.kind)));
    m_kind->setText(kindLabel(part.kind));
    QFont bold = m_kind->font();
    bold.setBold(true);
    m_kind->setFont(bold);
    // Long kinds ("Das Wichtigste in Kürze") wrap rather than widen the editor.
    m_kind->setWordWrap(true);
    m_kind->setMaximumWidth(m_kind->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_heading->input()->setAccessibleName(tr("%1 heading").arg(kindLabel(part.kind)));
    m_heading->setPlaceholderText(part.kind == ArticlePart::Kind::Section
            ? tr("Section heading")
            : tr("%1 (default heading)").arg(ArticlePart::defaultHeading(part.kind)));

    auto *header = new QHBoxLayout;
    header->addWidget(m_handle);
    header->addWidget(m_kind);
    header->addWidget(m_heading, 1);
    const auto button = [this, header](const QString &glyph, const QString &text) {
        auto *b = new QToolButton(this);
        ActsOnAccessible::set(b, this); // before anything makes Qt's interface
        b->setText(glyph);
        b->setToolTip(text);
        b->setAccessibleName(text);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
        header->addWidget(b);
        m_buttons.append(b);
        return b;
    };
    connect(button(QStringLiteral("↑"), tr("Move Part Up (Alt+Up)")), &QToolButton::clicked, this,
        [this] { move(-1); });
    connect(button(QStringLiteral("↓"), tr("Move Part Down (Alt+Down)")), &QToolButton::clicked,
        this, [this] { move(1); });
    connect(button(QStringLiteral("✕"), tr("Remove Part (Ctrl+Shift+Delete)")),
        &QToolButton::clicked, this, [this] { remove(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    switch (part.kind) {
    case ArticlePart::Kind::Section:
        m_body = new MarkdownEditor(this);
        m_body->setAccessibleName(tr("Section body"));
        layout->addWidget(m_body);
        connect(m_body, &MarkdownEditor::textEdited, this,
            [this](const QString &text) { m_document->setPartBody(m_partId, text); });
        break;
    case ArticlePart::Kind::KeyFacts:
    case ArticlePart::Kind::KeyTakeaways:
        m_entries = new ListEditor(document, partId, this);
        break;
    case ArticlePart::Kind::Quotes:
        m_entries = new QuoteEditor(document, partId, this);
        break;
    case ArticlePart::Kind::Faq:
        m_entries = new FaqEditor(document, partId, this);
        break;
    case ArticlePart::Kind::References:
        m_entries = new ReferenceEditor(document, partId, this);
        break;
    }
    if (m_entries) {
        m_entries->setAccessibleName(tr("%1 entries").arg(kindLabel(part.kind)));
        layout->addWidget(m_entries);
        connect(m_entries, &EntryListEditor::rowsRebuilt, this, &PartFrame::tabChainChanged);
        connect(m_entries, &EntryListEditor::entryRemoved, this, [this](const QString &name) {
            Q_EMIT contentRemoved(tr("%1 of %2").arg(name, displayName()));
        });
    }
    connect(m_heading, &LineFieldEditor::textEdited, this, [this](const QString &text) {
        m_document->setPartHeading(m_partId, text);
        nameButtons();
    });
    refresh();
}

void PartFrame::refresh()
{
    const qsizetype index = m_document->article().partIndex(m_partId);
    if (index < 0)
        return;
    const ArticlePart &part = m_document->article().parts.at(index);
    m_heading->setText(part.heading);
    if (m_body)
        m_body->setText(part.body);
    if (m_entries)
        m_entries->refresh();
    nameButtons();
}

void PartFrame::nameButtons()
{
    // Screen readers hear which part a button acts on; the tooltip keeps the short form.
    const QString part = displayName();
    const QString names[]
        = {tr("Move %1 up").arg(part), tr("Move %1 down").arg(part), tr("Remove %1").arg(part)};
    for (qsizetype i = 0; i < m_buttons.size() && i < qsizetype(std::size(names)); ++i) {
        m_buttons.at(i)->setAccessibleName(names[i]);
        m_buttons.at(i)->setAccessibleDescription(m_buttons.at(i)->toolTip());
    }
}

void PartFrame::focusContent()
{
    if (m_body)
        m_body->setFocus(Qt::OtherFocusReason);
    else
        m_heading->setFocus(Qt::OtherFocusReason);
}

QList<QWidget *> PartFrame::tabChain() const
{
    QList<QWidget *> chain {m_heading->input()};
    if (m_body)
        chain.append(m_body);
    if (m_entries)
        chain += m_entries->tabChain();
    return chain + m_buttons;
}

void PartFrame::focusFirstField()
{
    if (!m_entries || !m_entries->focusEntry(0))
        m_heading->setFocus(Qt::OtherFocusReason);
}

QString PartFrame::displayName() const
{
    const qsizetype index = m_document->article().partIndex(m_partId);
    if (index < 0)
        return {};
    const ArticlePart &part = m_document->article().parts.at(index);
    const QString heading = part.heading.trimmed();
    if (part.kind == ArticlePart::Kind::Section)
        return heading.isEmpty() ? tr("an untitled section") : tr("section “%1”").arg(heading);
    return heading.isEmpty() ? ArticlePart::defaultHeading(part.kind) : tr("“%1”").arg(heading);
}

void PartFrame::remove()
{
    const qsizetype index = m_document->article().partIndex(m_partId);
    if (index < 0)
        return;
    const ArticlePart &part = m_document->article().parts.at(index);
    const bool heldText = !part.isEmpty() || !part.heading.trimmed().isEmpty();
    const QString what = displayName();
    // The frame goes away with the part; the signal is sent first, from a living object.
    if (heldText)
        Q_EMIT contentRemoved(what);
    m_document->removePart(m_partId);
}

void PartFrame::move(int delta)
{
    const qsizetype index = m_document->article().partIndex(m_partId);
    if (index >= 0 && index + delta >= 0)
        m_document->movePart(m_partId, index + delta);
}

void PartFrame::keyPressEvent(QKeyEvent *event)
{
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::AltModifier && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        move(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_Delete) {
        remove();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Copydesk
