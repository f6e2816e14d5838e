// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QWidget>
#include <optional>

class QLabel;

namespace Copydesk {

class ParagraphLineEdit;

/// A one-paragraph text field (ParagraphLineEdit: wraps to a second line rather than
/// scrolling sideways) with a live character counter. With a length limit the counter
/// reads "37 / 110" and turns into a warning when the text is longer; the text itself is never
/// cut, since the limit is the publication's advice, not a hard rule. For prose (headline, dek)
/// straight quotes and "--" can become typographic as they are typed, like in MarkdownEditor.
class LineFieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LineFieldEditor(QWidget *parent = nullptr);

    QString text() const;
    /// Shows `text` without emitting textEdited(); keeps the cursor when the text is unchanged.
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    /// 0 (the default) means no limit: the counter shows the length only.
    void setLengthLimit(int limit);
    int lengthLimit() const { return m_limit; }
    bool isOverLimit() const;

    /// Typographic quotes and dashes as you type (typographicReplacement()) in the quotes of
    /// `language`; off by default, for codes, names and lists.
    void setTypography(bool enabled, const QString &language);
    /// Whether the Undo key would now take back a typographic replacement.
    bool canUndoTypography() const;

    ParagraphLineEdit *input() const { return m_edit; }
    QLabel *counter() const { return m_counter; }

Q_SIGNALS:
    /// The writer changed the text (not emitted by setText()).
    void textEdited(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What the last typographic replacement changed, to take it back.
    struct Replacement
    {
        QString before; ///< The text as typed.
        int beforeCursor = 0;
        QString after; ///< The text with the replacement.
        int afterCursor = 0;
    };

    void updateCounter();
    /// Shows `text` with the cursor at `cursor` as the writer's edit.
    void edit(const QString &text, int cursor);

    ParagraphLineEdit *m_edit;
    QLabel *m_counter;
    int m_limit = 0;
    bool m_typography = false;
    QString m_language;
    std::optional<Replacement> m_replacement;
};

} // namespace Copydesk
