// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "naturaldate.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <functional>

namespace Copydesk {

namespace Detail {

/// Calls `read` on Return before anyone else sees the key (a list part's Return adds the next
/// entry and rebuilds the rows: the typed date must be in the article first).
class ReturnReader : public QObject
{
public:
    ReturnReader(QObject *parent, std::function<void()> read)
        : QObject(parent)
        , m_read(std::move(read))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter)
                m_read();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_read;
};

} // namespace Detail

/// A date field (QDateEdit or QDateTimeEdit) that also takes a date typed as people write it:
/// "tomorrow", "next Friday", "12 May", "3. Dez. 2025 14:00", "vor 2 Tagen" (parseTypedDate()).
///
/// Digits keep the field's own section-by-section entry. A letter typed over a whole date
/// starts free text; Return or leaving the field reads it. Text that is no date puts the
/// previous date back (nothing is lost: the field held it before) and says why in the tooltip.
template<typename DateEdit> class TypedDateInput : public DateEdit
{
public:
    explicit TypedDateInput(QWidget *parent = nullptr)
        : DateEdit(parent)
    {
        this->setToolTip(hint());
    }

    static QString hint()
    {
        return QCoreApplication::translate("Copydesk::TypedDateInput",
            "Type a date as you would write it: 12.5.2026, 12 May, tomorrow, next Friday, "
            "in 3 days");
    }

protected:
    QValidator::State validate(QString &input, int &position) const override
    {
        const QValidator::State state = DateEdit::validate(input, position);
        // Free text is a date being typed; it is read when the writer is done.
        return state == QValidator::Invalid && input.size() <= MaximumTyped
            ? QValidator::Intermediate
            : state;
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        // Return is read by m_returnReader, ahead of this and of any other filter.
        const QString text = event->text();
        if (!text.isEmpty() && text.at(0).isLetter() && showsADate())
            this->lineEdit()->selectAll(); // a word replaces the whole date, not one section
        DateEdit::keyPressEvent(event);
    }

    void focusInEvent(QFocusEvent *event) override
    {
        // Filters run newest first: put the reader in front of any installed since.
        for (QObject *receiver :
            {static_cast<QObject *>(this), static_cast<QObject *>(this->lineEdit())}) {
            receiver->removeEventFilter(m_returnReader);
            receiver->installEventFilter(m_returnReader);
        }
        DateEdit::focusInEvent(event);
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        readTyped();
        DateEdit::focusOutEvent(event);
    }

private:
    static constexpr int MaximumTyped = 64;
    Detail::ReturnReader *m_returnReader = new Detail::ReturnReader(this, [this] { readTyped(); });

    bool showsADate() const
    {
        QString text = this->lineEdit()->text();
        int position = 0;
        return text == this->specialValueText()
            || DateEdit::validate(text, position) == QValidator::Acceptable;
    }

    /// Turns typed text into the field's date, or puts the date back.
    void readTyped()
    {
        if (showsADate())
            return;
        const QString typed = this->lineEdit()->text();
        const auto parsed = parseTypedDate(typed, this->locale(), QDate::currentDate());
        const QDateTime before = this->dateTime();
        if (parsed) {
            const QTime time = parsed->time.isValid() ? parsed->time : before.time();
            this->setToolTip(hint());
            this->setDateTime(QDateTime(parsed->date, time, before.timeZone()));
        } else {
            this->setToolTip(QCoreApplication::translate("Copydesk::TypedDateInput",
                                 "“%1” is not a date; the field keeps %2.")
                                 .arg(typed, shown(before))
                + QLatin1Char('\n') + hint());
        }
        // The field's own format, whether the date changed or not.
        this->lineEdit()->setText(shown(this->dateTime()));
    }

    /// What the field shows for `dateTime`: its special text ("Unknown") at the minimum.
    QString shown(const QDateTime &dateTime) const
    {
        if (!this->specialValueText().isEmpty() && dateTime == this->minimumDateTime())
            return this->specialValueText();
        return this->textFromDateTime(dateTime);
    }
};

} // namespace Copydesk
