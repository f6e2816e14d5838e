#pragma once

#include "article.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Copydesk::MarkdownFrontMatter {

/// Reads the YAML front matter `yaml` (the text between the --- lines, whose first line is line
/// `firstLine` of the file) into the metadata fields of `article`. Errors are
/// "source:line: message"; a missing hero file is Error::Io. Internal to copydesk_article.
Status read(const QByteArray &yaml, int firstLine, const QString &source,
    const QString &baseDirectory, Article *article);

} // namespace Copydesk::MarkdownFrontMatter
