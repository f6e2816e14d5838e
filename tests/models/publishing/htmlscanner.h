// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>

/// A small HTML tokenizer for tests: enough of the HTML5 parsing rules to see a page's tags and
/// attributes as a browser would (comments, raw-text elements such as <script> and <style>,
/// quoted and unquoted attribute values, character references in attributes), so that tests
/// can assert what a rendered page does and does not contain. Not a validator.
namespace HtmlScanner {

struct Attribute
{
    QString name; ///< Lower case.
    QString value; ///< With character references decoded.
};

struct Tag
{
    QString name; ///< Lower case.
    bool closing = false;
    QList<Attribute> attributes;
    /// For <script>, <style>, <title> and <textarea>: the raw text up to the closing tag.
    QString rawText;

    /// The value of attribute `name`, or a null QString when the tag has none.
    QString attribute(const QString &name) const;
};

/// Every start and end tag of `html`, in document order.
QList<Tag> tags(const QString &html);

} // namespace HtmlScanner
