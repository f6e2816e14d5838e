#pragma once

#include <QPlainTextEdit>

namespace Copydesk {

class MarkdownHighlighter;

/// A plain-text editor for Markdown (lede, section bodies, FAQ answers, quotes): highlighted
/// with KSyntaxHighlighting's Markdown definition in a theme that follows the palette, with
/// spelling marked in prose and suggestions in the context menu. The height follows the
/// content so the editor sits in the scrolling article like a paragraph.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    /// The Markdown as typed (no-break spaces kept, unlike toPlainText()).
    QString text() const;
    /// Shows `text` without emitting textEdited(). The cursor keeps its position (clamped)
    /// when the text changes under it, e.g. on undo.
    void setText(const QString &text);

    /// Spelling language (BCP 47, "en"); empty switches spell checking off.
    void setSpellingLanguage(const QString &language);
    QString spellingLanguage() const { return m_language; }
    /// Made when the editor first holds text: loading the Markdown definition and the spelling
    /// dictionary takes a tenth of a second the first time, which an empty editor (a new
    /// article, a window still starting) need not pay.
    MarkdownHighlighter *highlighter();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The writer changed the text (not emitted by setText()).
    void textEdited(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    MarkdownHighlighter *m_highlighter = nullptr;
    bool m_updating = false;
    QString m_lastText;
    QString m_language;
    bool m_languageSet = false;
};

} // namespace Copydesk
