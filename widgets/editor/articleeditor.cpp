// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articleeditor.h"

#include "articleeditor_p.h"
#include "draghandle.h"
#include "entrylisteditor.h"
#include "heroimageeditor.h"
#include "linefieldeditor.h"
#include "markdowneditor.h"
#include "paragraphlineedit.h"
#include "partframe.h"
#include "personaldictionary.h"
#include "publicationprofile.h"
#include "publishededitor.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QShortcutEvent>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Copydesk {

using Field = ArticleDocument::Field;
using namespace ArticleEditorDetail;

namespace {

/// Bylines as one line: "Name, Role; Name, Role".
QList<Byline> parseBylines(const QString &text)
{
    QList<Byline> bylines;
    for (const QString &entry : text.split(u';', Qt::SkipEmptyParts)) {
        const Byline byline {entry.section(u',', 0, 0).trimmed(), entry.section(u',', 1).trimmed()};
        if (!byline.name.isEmpty() || !byline.role.isEmpty())
            bylines.append(byline);
    }
    return bylines;
}

QString formatBylines(const QList<Byline> &bylines)
{
    QStringList entries;
    for (const Byline &byline : bylines)
        entries << (byline.role.isEmpty() ? byline.name
                                          : byline.name + QStringLiteral(", ") + byline.role);
    return entries.join(QStringLiteral("; "));
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    return tags;
}

} // namespace

ArticleEditor::ArticleEditor(ArticleDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_partsArea(new QWidget)
    , m_partsLayout(new QVBoxLayout(m_partsArea))
    , m_addPart(new QToolButton)
    , m_published(new PublishedEditor)
    , m_wordTarget(new QSpinBox)
    , m_hero(new HeroImageEditor)
    , m_lede(new MarkdownEditor)
{
    setAccessibleName(tr("Article editor"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    buildFields(layout);

    m_partsArea->setAccessibleName(tr("Parts"));
    m_partsArea->setAcceptDrops(true);
    m_partsArea->installEventFilter(this);
    m_partsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_partsArea);

    m_addPart->setText(tr("&Add Part"));
    m_addPart->setAccessibleName(tr("Add part"));
    m_addPart->setPopupMode(QToolButton::InstantPopup);
    m_addPart->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_addPart);
    using Kind = ArticlePart::Kind;
    for (Kind kind : {Kind::Section, Kind::KeyFacts, Kind::Quotes, Kind::KeyTakeaways, Kind::Faq,
             Kind::References}) {
        const QString label
            = kind == Kind::Section ? tr("Section") : ArticlePart::defaultHeading(kind);
        connect(menu->addAction(label), &QAction::triggered, this, [this, kind] { addPart(kind); });
    }
    m_addPart->setMenu(menu);
    m_addPart->installEventFilter(this);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addPart);
    addRow->addStretch();
    layout->addLayout(addRow);
    layout->addStretch();
    setWidget(content);

    connect(m_document, &ArticleDocument::documentReset, this, [this] {
        for (PartFrame *frame : std::as_const(m_frames)) {
            frame->hide();
            m_partsLayout->removeWidget(frame);
            frame->deleteLater();
        }
        m_frames.clear();
        showAllFields();
        syncParts();
    });
    connect(m_document, &ArticleDocument::fieldChanged, this, &ArticleEditor::showField);
    connect(m_document, &ArticleDocument::partInserted, this, &ArticleEditor::syncParts);
    connect(m_document, &ArticleDocument::partRemoved, this, &ArticleEditor::syncParts);
    connect(m_document, &ArticleDocument::partsReordered, this, &ArticleEditor::syncParts);
    connect(m_document, &ArticleDocument::partChanged, this, [this](const QString &partId) {
        if (PartFrame *frame = m_frames.value(partId)) {
            frame->refresh();
            routeUndoKeys(frame);
            applyWritingAids(frame);
        }
    });
    connect(qApp, &QApplication::focusChanged, this,
        [this](QWidget *, QWidget *now) { onFocusChanged(now); });

    showAllFields();
    syncParts();
    routeUndoKeys(content);
}

ArticleEditor::~ArticleEditor()
{
    // ~QWidget moves the focus away (a focusChanged() signal) after this class is gone; the
    // connection would call into a half-destroyed editor.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void ArticleEditor::buildFields(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    // On a narrow pane (a laptop, long German labels) a wide field goes under its label
    // instead of pushing the editor wider than its pane.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(form);
    for (const LineFieldSpec &spec : lineFieldSpecs) {
        auto *editor = new LineFieldEditor;
        editor->setObjectName(QLatin1String(spec.path));
        editor->input()->setAccessibleName(ArticleDocument::fieldLabel(spec.field));
        if (*spec.placeholder)
            editor->setPlaceholderText(tr(spec.placeholder));
        form->addRow(tr(spec.label), editor);
        m_lineFields.insert(spec.field, editor);
        const Field field = spec.field;
        connect(editor, &LineFieldEditor::textEdited, this, [this, field](const QString &text) {
            if (field == Field::Bylines)
                m_document->setBylines(parseBylines(text));
            else if (field == Field::Tags)
                m_document->setTags(parseTags(text));
            else
                m_document->setText(field, text);
        });
        if (field == Field::Headline) {
            QFont bigger = editor->input()->font();
            bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
            bigger.setBold(true);
            editor->input()->setFont(bigger);
        }
    }
    m_lineFields.value(Field::Headline)
        ->setLengthLimit(PublicationProfile::defaultHeadlineMaxLength());
    m_lineFields.value(Field::Dek)->setLengthLimit(PublicationProfile::defaultDekMaxLength());

    m_published->setObjectName(QStringLiteral("published"));
    form->addRow(tr("&Published:"), m_published);
    connect(
        m_published, &PublishedEditor::dateTimeEdited, m_document, &ArticleDocument::setPublished);

    m_wordTarget->setObjectName(QStringLiteral("wordTarget"));
    m_wordTarget->setAccessibleName(ArticleDocument::fieldLabel(Field::WordTarget));
    m_wordTarget->setRange(0, 1'000'000);
    m_wordTarget->setSingleStep(50);
    m_wordTarget->setSpecialValueText(tr("The publication's target"));
    m_wordTarget->setSuffix(tr(" words"));
    form->addRow(tr("W&ord target:"), m_wordTarget);
    connect(m_wordTarget, &QSpinBox::valueChanged, m_document, &ArticleDocument::setWordTarget);

    m_hero->setObjectName(QStringLiteral("hero"));
    form->addRow(tr("Hero image:"), m_hero);
    connect(m_hero, &HeroImageEditor::heroEdited, m_document, &ArticleDocument::setHero);

    m_lede->setObjectName(QStringLiteral("lede"));
    m_lede->setAccessibleName(ArticleDocument::fieldLabel(Field::Lede));
    form->addRow(tr("&Lede:"), m_lede);
    connect(m_lede, &MarkdownEditor::textEdited, this,
        [this](const QString &text) { m_document->setText(Field::Lede, text); });
}

void ArticleEditor::setLengthLimit(Field field, int limit)
{
    if (LineFieldEditor *editor = m_lineFields.value(field))
        editor->setLengthLimit(limit);
}

void ArticleEditor::setDefaultLanguage(const QString &language)
{
    m_defaultLanguage = language;
    applyWritingAids();
}

void ArticleEditor::setPersonalDictionary(PersonalDictionary *dictionary)
{
    m_dictionary = dictionary;
    applyWritingAids();
}

void ArticleEditor::setTypographyEnabled(bool enabled)
{
    m_typography = enabled;
    applyWritingAids();
}

void ArticleEditor::setCopyTaker(std::function<bool(const QMimeData *)> taker)
{
    m_copyTaker = std::move(taker);
}

bool ArticleEditor::takesCopy(const QMimeData *copy) const
{
    return m_copyTaker && copy && m_copyTaker(copy);
}

LineFieldEditor *ArticleEditor::lineField(Field field) const
{
    return m_lineFields.value(field);
}

PartFrame *ArticleEditor::partFrame(const QString &partId) const
{
    return m_frames.value(partId);
}

void ArticleEditor::showAllFields()
{
    for (Field field : {Field::Headline, Field::Dek, Field::Bylines, Field::Dateline,
             Field::Published, Field::Category, Field::Tags, Field::Language, Field::Hero,
             Field::Lede, Field::WordTarget})
        showField(field);
}

void ArticleEditor::showField(Field field)
{
    const Article &article = m_document->article();
    switch (field) {
    case Field::Bylines:
        // The text the writer is typing stays as typed while it means the same bylines.
        if (parseBylines(lineField(field)->text()) != article.bylines)
            lineField(field)->setText(formatBylines(article.bylines));
        break;
    case Field::Tags:
        if (parseTags(lineField(field)->text()) != article.tags)
            lineField(field)->setText(article.tags.join(QStringLiteral(", ")));
        break;
    case Field::Headline:
        lineField(field)->setText(article.headline);
        break;
    case Field::Dek:
        lineField(field)->setText(article.dek);
        break;
    case Field::Dateline:
        lineField(field)->setText(article.dateline);
        break;
    case Field::Category:
        lineField(field)->setText(article.category);
        break;
    case Field::Language:
        lineField(field)->setText(article.language);
        applyWritingAids();
        break;
    case Field::Published: {
        const QDateTime shown = m_published->dateTime();
        if (shown != article.published || shown.timeZone() != article.published.timeZone())
            m_published->setDateTime(article.published);
        break;
    }
    case Field::Hero:
        m_hero->setHero(article.hero);
        break;
    case Field::Lede:
        m_lede->setText(article.lede);
        break;
    case Field::WordTarget: {
        const QSignalBlocker blocker(m_wordTarget);
        m_wordTarget->setValue(article.wordTarget);
        break;
    }
    case Field::Status:
    case Field::Owner:
        break;
    }
}

void ArticleEditor::syncParts()
{
    const QList<ArticlePart> &parts = m_document->article().parts;
    QHash<QString, PartFrame *> kept;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &id = parts.at(i).id;
        PartFrame *frame = m_frames.take(id);
        if (!frame) {
            frame = new PartFrame(m_document, id, m_partsArea);
            routeUndoKeys(frame);
            connect(frame, &PartFrame::tabChainChanged, this, &ArticleEditor::applyTabOrder);
            connect(frame, &PartFrame::contentRemoved, this, [this](const QString &what) {
                Q_EMIT statusMessage(tr("Removed %1. Undo (%2) brings it back.")
                        .arg(what,
                            QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
            });
        }
        kept.insert(id, frame);
        if (m_partsLayout->indexOf(frame) != i) {
            m_partsLayout->removeWidget(frame);
            m_partsLayout->insertWidget(int(i), frame);
        }
        frame->refresh();
    }
    // What is left was removed. Later: the key press or click that removed it may be running.
    for (PartFrame *frame : std::as_const(m_frames)) {
        const bool hadFocus = frame->isAncestorOf(QApplication::focusWidget());
        frame->hide();
        m_partsLayout->removeWidget(frame);
        frame->deleteLater();
        if (hadFocus)
            m_addPart->setFocus(Qt::OtherFocusReason);
    }
    m_frames = kept;
    applyWritingAids();
    applyTabOrder();
}

void ArticleEditor::applyTabOrder()
{
    QList<QWidget *> chain {m_lede};
    for (const ArticlePart &part : m_document->article().parts) {
        if (const PartFrame *frame = m_frames.value(part.id))
            chain += frame->tabChain();
    }
    chain.append(m_addPart);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ArticleEditor::addPart(ArticlePart::Kind kind)
{
    const qsizetype focused = m_document->article().partIndex(m_focusedPart);
    const qsizetype at = focused >= 0 ? focused + 1 : m_document->article().parts.size();
    ArticlePart part = ArticlePart::make(kind);
    // A structured part starts with one empty entry, so that the writer can type at once.
    switch (kind) {
    case ArticlePart::Kind::Section:
        break;
    case ArticlePart::Kind::KeyFacts:
    case ArticlePart::Kind::KeyTakeaways:
        part.items.append(QString());
        break;
    case ArticlePart::Kind::Quotes:
        part.quotes.append(Quote());
        break;
    case ArticlePart::Kind::Faq:
        part.faq.append(FaqEntry());
        break;
    case ArticlePart::Kind::References:
        part.references.append(Reference());
        break;
    }
    PartFrame *frame = m_frames.value(m_document->insertPart(at, part));
    if (!frame)
        return;
    frame->show();
    frame->focusFirstField();
    // The new frame has no place until the layouts and the scroll range catch up (posted
    // events): scroll once they have.
    QTimer::singleShot(0, frame, [this, frame] {
        ensureWidgetVisible(frame, 0, 0);
        if (QWidget *focused = QApplication::focusWidget(); frame->isAncestorOf(focused))
            ensureWidgetVisible(focused);
    });
}

QList<std::pair<QString, QString>> ArticleEditor::keyboardHelp()
{
    const auto keys = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    return {
        {tr("Tab / Shift+Tab"), tr("Next / previous field; row and part buttons come last")},
        {keys(QKeySequence::mnemonic(tr("&Add Part"))),
            tr("Add a part after the one with the cursor (Add Part menu)")},
        {keys(Qt::ALT | Qt::Key_Up) + QStringLiteral(" / ") + keys(Qt::ALT | Qt::Key_Down),
            tr("Move the part or entry with the cursor up / down")},
        {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
            tr("Remove the part or entry with the cursor (undoable)")},
        {tr("Return"),
            tr("In a list, FAQ, quote or reference: next field, or a new entry after "
               "the last field")},
        {tr("Shift+Return"), tr("Line break in a quote or an FAQ answer")},
        {keys(Qt::CTRL | Qt::Key_Return), tr("New entry after the one with the cursor")},
        {tr("Backspace"), tr("In an empty entry: remove it")},
        {keys(QKeySequence::Undo) + QStringLiteral(" / ") + keys(QKeySequence::Redo),
            tr("Undo / redo across every field of the article")},
        {keys(QKeySequence::Undo),
            tr("Right after a typographic quote or dash: the straight character typed")},
        {keys(QKeySequence::Paste),
            tr("In a text: a web page or document as Markdown; on the "
               "hero image's buttons: a picture")},
        {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_V), tr("Paste as plain text")},
    };
}

bool ArticleEditor::dropPart(const QString &partId, const QPoint &position)
{
    const QList<ArticlePart> &parts = m_document->article().parts;
    const qsizetype from = m_document->article().partIndex(partId);
    if (from < 0)
        return false;
    qsizetype target = 0;
    for (const ArticlePart &part : parts) {
        const PartFrame *frame = m_frames.value(part.id);
        if (frame && frame->geometry().center().y() < position.y())
            ++target;
    }
    return m_document->movePart(partId, target > from ? target - 1 : target);
}

void ArticleEditor::showAddPartMenu()
{
    QWidget *input = QApplication::focusWidget();
    const QRect button(m_addPart->mapTo(viewport(), QPoint(0, 0)), m_addPart->size());
    if (viewport()->rect().contains(button) || !input || !isAncestorOf(input)) {
        m_addPart->showMenu();
        return;
    }
    m_addPart->menu()->exec(input->mapToGlobal(QPoint(0, input->height())));
}

bool ArticleEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_addPart) {
        // The access key opens the menu itself, every time: the button's own answer to it
        // (QAbstractButton::animateClick()) opens nothing while the 100 ms click animation of
        // the previous press runs, so a quick second Alt+A (after adding a part, typing a few
        // letters of a list item) did nothing.
        if (event->type() == QEvent::Shortcut
            && !static_cast<QShortcutEvent *>(event)->isAmbiguous()) {
            showAddPartMenu();
            return true;
        }
        return QScrollArea::eventFilter(watched, event);
    }
    if (watched == m_partsArea) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasFormat(DragHandle::mimeType())) {
                drag->setDropAction(Qt::MoveAction);
                drag->accept();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            if (drop->mimeData()->hasFormat(DragHandle::mimeType())) {
                const QString id
                    = QString::fromUtf8(drop->mimeData()->data(DragHandle::mimeType()));
                dropPart(id, drop->position().toPoint());
                drop->setDropAction(Qt::MoveAction);
                drop->accept();
                return true;
            }
            break;
        }
        default:
            break;
        }
        return QScrollArea::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        const auto *markdown = qobject_cast<const MarkdownEditor *>(watched);
        const auto *line = watched->parent()
            ? qobject_cast<const LineFieldEditor *>(watched->parent())
            : nullptr;
        if (undo
            && ((markdown && markdown->canUndoTypography()) || (line && line->canUndoTypography())))
            return false; // The field takes back its own typographic replacement first.
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->ignore(); // let a window action with the shortcut have it
            } else if (undo) {
                m_document->undoStack()->undo();
            } else {
                m_document->undoStack()->redo();
            }
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void ArticleEditor::routeUndoKeys(QWidget *root)
{
    const auto install = [this](QWidget *widget) {
        if (widget->property("copydeskUndoRouted").toBool())
            return;
        widget->setProperty("copydeskUndoRouted", true);
        widget->installEventFilter(this);
    };
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        install(edit);
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        install(edit);
    for (QAbstractSpinBox *edit : root->findChildren<QAbstractSpinBox *>())
        install(edit);
}

void ArticleEditor::applyWritingAids(QWidget *root)
{
    if (!root)
        root = widget();
    if (!root)
        return;
    const QString language = m_document->article().language.isEmpty()
        ? m_defaultLanguage
        : m_document->article().language;
    for (MarkdownEditor *editor : root->findChildren<MarkdownEditor *>()) {
        editor->setSpellingLanguage(language);
        editor->setPersonalDictionary(m_dictionary);
        editor->setTypographyEnabled(m_typography);
    }
    for (Field prose : {Field::Headline, Field::Dek})
        m_lineFields.value(prose)->setTypography(m_typography, language);
}

void ArticleEditor::onFocusChanged(QWidget *now)
{
    if (!now || !isAncestorOf(now))
        return;
    if (const QString path = pathOf(now); !path.isEmpty() && now != m_lastInput) {
        m_lastInput = now;
        m_lastPath = path;
        disconnect(m_selectionConnection);
        if (auto *markdown = qobject_cast<MarkdownEditor *>(now))
            m_selectionConnection = connect(
                markdown, &QPlainTextEdit::selectionChanged, this, &ArticleEditor::anchorChanged);
        Q_EMIT anchorChanged();
    }
    for (QWidget *w = now; w && w != this; w = w->parentWidget()) {
        if (auto *frame = qobject_cast<PartFrame *>(w)) {
            m_focusedField.clear();
            if (frame->partId() != m_focusedPart) {
                m_focusedPart = frame->partId();
                Q_EMIT partFocused(m_focusedPart);
            }
            return;
        }
        const QString path = w->objectName();
        if (w->parentWidget() && w->parentWidget() == widget() && !path.isEmpty()) {
            m_focusedPart.clear();
            if (path != m_focusedField) {
                m_focusedField = path;
                Q_EMIT fieldFocused(path);
            }
            return;
        }
    }
}

} // namespace Copydesk
