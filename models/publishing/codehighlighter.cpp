// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "codehighlighter.h"

#include "htmltext.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace Copydesk {

namespace {

using KSyntaxHighlighting::Theme;

class SpanHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString highlight(const QString &code)
    {
        QString html;
        html.reserve(code.size() * 2);
        m_html = &html;
        KSyntaxHighlighting::State state;
        const QStringView text(code);
        qsizetype lineStart = 0;
        while (lineStart <= text.size()) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
            m_line = text.sliced(lineStart, lineEnd - lineStart);
            state = highlightLine(m_line, state);
            if (lineEnd < text.size())
                html += u'\n';
            lineStart = lineEnd + 1;
        }
        m_html = nullptr;
        return html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const QString escaped = HtmlText::escape(m_line.sliced(offset, length));
        const QString style
            = CodeHighlighter::styleClass(format.isValid() ? format.textStyle() : Theme::Normal);
        if (style.isEmpty()) {
            *m_html += escaped;
            return;
        }
        *m_html += QStringLiteral("<span class=\"hl-") + style + QStringLiteral("\">") + escaped
            + QStringLiteral("</span>");
    }

private:
    QString *m_html = nullptr;
    QStringView m_line;
};

struct Highlighting
{
    QMutex mutex;
    KSyntaxHighlighting::Repository repository;
    QHash<QString, KSyntaxHighlighting::Definition> definitions;
    SpanHighlighter highlighter;
};

Highlighting &highlighting()
{
    static Highlighting instance;
    return instance;
}

KSyntaxHighlighting::Definition definitionFor(Highlighting &h, const QString &language)
{
    const QString key = language.toLower();
    const auto cached = h.definitions.constFind(key);
    if (cached != h.definitions.cend())
        return *cached;
    KSyntaxHighlighting::Definition definition = h.repository.definitionForName(language);
    static const QRegularExpression extension(QStringLiteral("^[A-Za-z0-9_+-]{1,16}$"));
    if (!definition.isValid() && extension.match(language).hasMatch())
        definition = h.repository.definitionForFileName(QStringLiteral("code.") + key);
    h.definitions.insert(key, definition);
    return definition;
}

} // namespace

QString CodeHighlighter::toHtml(const QString &code, const QString &language)
{
    if (language.trimmed().isEmpty())
        return {};
    Highlighting &h = highlighting();
    const QMutexLocker lock(&h.mutex);
    const KSyntaxHighlighting::Definition definition = definitionFor(h, language.trimmed());
    if (!definition.isValid())
        return {};
    h.highlighter.setDefinition(definition);
    return h.highlighter.highlight(code);
}

QString CodeHighlighter::styleClass(int textStyle)
{
    switch (Theme::TextStyle(textStyle)) {
    case Theme::Normal:
        return {};
    case Theme::Keyword:
        return QStringLiteral("keyword");
    case Theme::Function:
        return QStringLiteral("function");
    case Theme::Variable:
        return QStringLiteral("variable");
    case Theme::ControlFlow:
        return QStringLiteral("control-flow");
    case Theme::Operator:
        return QStringLiteral("operator");
    case Theme::BuiltIn:
        return QStringLiteral("built-in");
    case Theme::Extension:
        return QStringLiteral("extension");
    case Theme::Preprocessor:
        return QStringLiteral("preprocessor");
    case Theme::Attribute:
        return QStringLiteral("attribute");
    case Theme::Char:
        return QStringLiteral("char");
    case Theme::SpecialChar:
        return QStringLiteral("special-char");
    case Theme::String:
        return QStringLiteral("string");
    case Theme::VerbatimString:
        return QStringLiteral("verbatim-string");
    case Theme::SpecialString:
        return QStringLiteral("special-string");
    case Theme::Import:
        return QStringLiteral("import");
    case Theme::DataType:
        return QStringLiteral("data-type");
    case Theme::DecVal:
        return QStringLiteral("dec-val");
    case Theme::BaseN:
        return QStringLiteral("base-n");
    case Theme::Float:
        return QStringLiteral("float");
    case Theme::Constant:
        return QStringLiteral("constant");
    case Theme::Comment:
        return QStringLiteral("comment");
    case Theme::Documentation:
        return QStringLiteral("documentation");
    case Theme::Annotation:
        return QStringLiteral("annotation");
    case Theme::CommentVar:
        return QStringLiteral("comment-var");
    case Theme::RegionMarker:
        return QStringLiteral("region-marker");
    case Theme::Information:
        return QStringLiteral("information");
    case Theme::Warning:
        return QStringLiteral("warning");
    case Theme::Alert:
        return QStringLiteral("alert");
    case Theme::Error:
        return QStringLiteral("error");
    case Theme::Others:
        return QStringLiteral("others");
    }
    return {};
}

} // namespace Copydesk
