// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "referenceeditor.h"

#include "articledocument.h"
#include "contrast.h"
#include "dateformat.h"
#include "focusnavigation.h"
#include "typeddateinput.h"
#include "urlpolicy.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Copydesk {

namespace {

/// Before this date the "accessed" field reads "Unknown" (an invalid QDate in the article).
const QDate unknownDate(1900, 1, 1);

void showUrlMark(QLabel *mark, QLineEdit *url)
{
    const bool bad = !url->text().trimmed().isEmpty() && !UrlPolicy::isWebUrl(url->text());
    mark->setVisible(bad);
    url->setProperty("invalid", bad);
    // Never empty: Qt would read the placeholder ("https://") as the description.
    url->setAccessibleDescription(
        bad ? mark->toolTip() : ReferenceEditor::tr("The web address of the source"));
}

} // namespace

ReferenceEditor::ReferenceEditor(ArticleDocument *document, const QString &partId, QWidget *parent)
    : EntryListEditor(document, partId, parent)
{
    refresh();
}

Reference ReferenceEditor::entry(int index) const
{
    return part() ? part()->references.value(index) : Reference();
}

QWidget *ReferenceEditor::createRowEditor(int index)
{
    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLineEdit(editor);
    auto *url = new QLineEdit(editor);
    auto *mark = new QLabel(tr("⚠ Not a web address"), editor);
    auto *publisher = new QLineEdit(editor);
    auto *accessed = new TypedDateInput<QDateEdit>(editor);
    title->setObjectName(QStringLiteral("title"));
    url->setObjectName(QStringLiteral("url"));
    mark->setObjectName(QStringLiteral("urlMark"));
    publisher->setObjectName(QStringLiteral("publisher"));
    accessed->setObjectName(QStringLiteral("accessed"));
    title->setAccessibleName(tr("Reference %1 title").arg(index + 1));
    url->setAccessibleName(tr("Reference %1 URL").arg(index + 1));
    url->setPlaceholderText(QStringLiteral("https://"));
    mark->setAccessibleName(tr("Reference %1 URL problem").arg(index + 1));
    mark->setToolTip(tr("Expected an http:// or https:// address with a host name"));
    QPalette warning = mark->palette();
    warning.setColor(QPalette::WindowText, Contrast::warningText(warning));
    mark->setPalette(warning);
    mark->hide();
    publisher->setAccessibleName(tr("Reference %1 publisher").arg(index + 1));
    accessed->setAccessibleName(tr("Reference %1 date accessed").arg(index + 1));
    accessed->setCalendarPopup(true);
    accessed->setDisplayFormat(DateFormat::date());
    FocusNavigation::tabLeavesInOneStep(accessed);
    accessed->setMinimumDate(unknownDate);
    accessed->setSpecialValueText(tr("Unknown"));
    accessed->setDate(unknownDate);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(url, 1);
    urlRow->addWidget(mark);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("URL:"), urlRow);
    form->addRow(tr("Publisher:"), publisher);
    form->addRow(tr("Accessed:"), accessed);
    editor->setFocusProxy(title);

    const auto connectText = [this, index](QLineEdit *edit, QString Reference::*member) {
        connect(edit, &QLineEdit::textEdited, this, [this, index, member](const QString &value) {
            Reference reference = entry(index);
            reference.*member = value;
            document()->setReference(partId(), index, reference);
        });
    };
    connectText(title, &Reference::title);
    connectText(url, &Reference::url);
    connectText(publisher, &Reference::publisher);
    connect(url, &QLineEdit::textChanged, mark, [mark, url] { showUrlMark(mark, url); });
    // An unknown date's calendar opens at today's month, not in January 1900.
    accessed->calendarWidget()->installEventFilter(this);
    connect(accessed, &QDateEdit::dateChanged, this, [this, index](QDate date) {
        Reference reference = entry(index);
        reference.accessed = date == unknownDate ? QDate() : date;
        document()->setReference(partId(), index, reference);
    });
    return editor;
}

bool ReferenceEditor::eventFilter(QObject *watched, QEvent *event)
{
    auto *calendar = qobject_cast<QCalendarWidget *>(watched);
    if (calendar && event->type() == QEvent::Show && calendar->selectedDate() == unknownDate) {
        const QDate today = QDate::currentDate();
        calendar->setCurrentPage(today.year(), today.month());
    }
    return EntryListEditor::eventFilter(watched, event);
}

void ReferenceEditor::updateRowEditor(QWidget *editor, const ArticlePart &part, int index)
{
    const Reference &reference = part.references.at(index);
    const auto set = [editor](const char *name, const QString &text) {
        auto *edit = editor->findChild<QLineEdit *>(QLatin1String(name));
        if (edit->text() != text)
            edit->setText(text);
    };
    set("title", reference.title);
    set("url", reference.url);
    set("publisher", reference.publisher);
    auto *accessed = editor->findChild<QDateEdit *>(QStringLiteral("accessed"));
    const QDate shown = reference.accessed.isValid() ? reference.accessed : unknownDate;
    if (accessed->date() != shown) {
        const QSignalBlocker blocker(accessed);
        accessed->setDate(shown);
    }
}

void ReferenceEditor::insertEntry(int index)
{
    document()->insertReference(partId(), index, {});
}

void ReferenceEditor::removeEntry(int index)
{
    document()->removeReference(partId(), index);
}

void ReferenceEditor::moveEntry(int from, int to)
{
    document()->moveReference(partId(), from, to);
}

QString ReferenceEditor::addText() const
{
    return tr("Add Reference");
}

QString ReferenceEditor::rowName(int index) const
{
    return tr("Reference %1").arg(index + 1);
}

} // namespace Copydesk
