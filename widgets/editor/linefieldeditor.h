#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Copydesk {

/// A single-line text field with a live character counter. With a length limit the counter
/// reads "37 / 110" and turns into a warning when the text is longer; the text itself is never
/// cut, since the limit is the publication's advice, not a hard rule.
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

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *counter() const { return m_counter; }

Q_SIGNALS:
    /// The writer changed the text (not emitted by setText()).
    void textEdited(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCounter();

    QLineEdit *m_edit;
    QLabel *m_counter;
    int m_limit = 0;
};

} // namespace Copydesk
