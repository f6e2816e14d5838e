// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "markdownfrontmatter.h"

#include "quotedvalue.h"

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTimeZone>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Copydesk::MarkdownFrontMatter {

namespace {

/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleMarkdown)
};

QString key(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

class Reader
{
public:
    Reader(
        int firstLine, const QString &source, const ArticleMarkdown::HeroFileReader &readHeroFile)
        : m_firstLine(firstLine)
        , m_source(source)
        , m_readHeroFile(readHeroFile)
    { }

    Error error;

    bool fail(const YAML::Mark &mark, const QString &message,
        Error::Code code = Error::Code::InvalidInput)
    {
        const int line = mark.is_null() ? m_firstLine - 1 : m_firstLine + mark.line;
        error = {u"%1:%2: %3"_s.arg(m_source).arg(line).arg(message), code};
        return false;
    }

    bool text(const YAML::Node &node, const QString &name, QString *out)
    {
        if (!node.IsDefined() || node.IsNull())
            return true;
        if (!node.IsScalar())
            return fail(node.Mark(), Tr::tr("%1 must be text").arg(QuotedValue::quoted(name)));
        *out = QString::fromStdString(node.Scalar());
        return true;
    }

    bool bylines(const YAML::Node &node, QList<Byline> *out)
    {
        if (node.IsNull())
            return true;
        if (!node.IsSequence())
            return fail(node.Mark(), Tr::tr("“bylines” must be a list"));
        for (const YAML::Node &item : node) {
            Byline byline;
            if (item.IsScalar()) {
                byline.name = QString::fromStdString(item.Scalar());
            } else if (item.IsMap()) {
                for (const auto &entry : item) {
                    const QString name = key(entry.first);
                    if (name == "name"_L1 ? !text(entry.second, name, &byline.name)
                            : name == "role"_L1
                            ? !text(entry.second, name, &byline.role)
                            : !fail(entry.first.Mark(),
                                  Tr::tr("unknown byline key %1").arg(QuotedValue::quoted(name))))
                        return false;
                }
            } else {
                return fail(
                    item.Mark(), Tr::tr("a byline must be a name or a map with name and role"));
            }
            out->append(byline);
        }
        return true;
    }

    bool count(const YAML::Node &node, const QString &name, int *out)
    {
        if (node.IsNull())
            return true;
        bool ok = node.IsScalar();
        const int number = ok ? QString::fromStdString(node.Scalar()).toInt(&ok) : -1;
        if (!ok || number < 0 || number > 1'000'000) {
            return fail(node.Mark(),
                Tr::tr("%1 must be a whole number from 0 to 1000000")
                    .arg(QuotedValue::quoted(name)));
        }
        *out = number;
        return true;
    }

    bool tags(const YAML::Node &node, QStringList *out)
    {
        if (node.IsNull())
            return true;
        if (!node.IsSequence())
            return fail(node.Mark(), Tr::tr("“tags” must be a list"));
        for (const YAML::Node &item : node) {
            QString tag;
            if (!text(item, u"tags"_s, &tag))
                return false;
            out->append(tag);
        }
        return true;
    }

    bool published(const YAML::Node &node, const YAML::Node &zoneNode, QDateTime *out)
    {
        QString value, zoneId;
        if (!text(node, u"published"_s, &value) || !text(zoneNode, u"timeZone"_s, &zoneId))
            return false;
        if (value.isEmpty())
            return true;
        QDateTime dateTime = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!dateTime.isValid()) {
            return fail(node.Mark(),
                Tr::tr("“published” must be an ISO 8601 date and time such as "
                       "2025-03-14T09:30:00+01:00"));
        }
        if (!zoneId.isEmpty()) {
            const QTimeZone zone(zoneId.toUtf8());
            if (!zone.isValid())
                return fail(zoneNode.Mark(),
                    Tr::tr("unknown time zone %1").arg(QuotedValue::quoted(zoneId)));
            dateTime = dateTime.timeSpec() == Qt::LocalTime
                ? QDateTime(dateTime.date(), dateTime.time(), zone)
                : dateTime.toTimeZone(zone);
        }
        *out = dateTime;
        return true;
    }

    bool hero(const YAML::Node &node, HeroImage *out)
    {
        if (node.IsNull())
            return true;
        if (!node.IsMap())
            return fail(node.Mark(), Tr::tr("“hero” must be a map"));
        QString file, data;
        YAML::Mark fileMark, dataMark;
        for (const auto &entry : node) {
            const QString name = key(entry.first);
            QString *target = name == "file"_L1 ? &file
                : name == "data"_L1             ? &data
                : name == "fileName"_L1         ? &out->fileName
                : name == "mimeType"_L1         ? &out->mimeType
                : name == "caption"_L1          ? &out->caption
                : name == "alt"_L1              ? &out->altText
                : name == "credit"_L1           ? &out->credit
                                                : nullptr;
            if (!target)
                return fail(entry.first.Mark(),
                    Tr::tr("unknown hero key %1").arg(QuotedValue::quoted(name)));
            if (!text(entry.second, name, target))
                return false;
            (name == "file"_L1 ? fileMark : dataMark) = entry.second.Mark();
        }
        if (!file.isEmpty() && !data.isEmpty())
            return fail(dataMark, Tr::tr("the hero has both “file” and “data”; give one"));
        if (!data.isEmpty()) {
            data.remove(u' ').remove(u'\n');
            auto decoded = QByteArray::fromBase64Encoding(
                data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return fail(dataMark, Tr::tr("the hero “data” is not valid base64"));
            out->data = decoded.decoded;
        }
        if (!file.isEmpty()) {
            if (!m_readHeroFile)
                return fail(fileMark,
                    Tr::tr("hero image %1: pictures named by file are read only when a file is "
                           "imported")
                        .arg(QuotedValue::quoted(file)));
            const Result<HeroImage> image = m_readHeroFile(file);
            if (!image)
                return fail(fileMark, image.error().message, image.error().code);
            out->data = image->data;
            // The content decides what the picture is, whatever the front matter says.
            out->mimeType = image->mimeType;
            if (out->fileName.isEmpty())
                out->fileName = image->fileName;
        }
        if (out->mimeType.isEmpty() && !out->data.isEmpty())
            out->mimeType
                = QMimeDatabase().mimeTypeForFileNameAndData(out->fileName, out->data).name();
        return true;
    }

    bool article(const YAML::Node &root, Article *a)
    {
        if (root.IsNull())
            return true;
        if (!root.IsMap())
            return fail(root.Mark(), Tr::tr("the front matter must be a map of keys and values"));
        QString status;
        for (const auto &entry : root) {
            const QString name = key(entry.first);
            const YAML::Node &value = entry.second;
            QString *target = name == "uuid"_L1 ? &a->uuid
                : name == "headline"_L1         ? &a->headline
                : name == "dek"_L1              ? &a->dek
                : name == "dateline"_L1         ? &a->dateline
                : name == "category"_L1         ? &a->category
                : name == "language"_L1         ? &a->language
                : name == "owner"_L1            ? &a->owner
                : name == "status"_L1           ? &status
                                                : nullptr;
            bool ok = true;
            if (target)
                ok = text(value, name, target);
            else if (name == "bylines"_L1)
                ok = bylines(value, &a->bylines);
            else if (name == "tags"_L1)
                ok = tags(value, &a->tags);
            else if (name == "published"_L1)
                ok = published(value, root["timeZone"], &a->published);
            else if (name == "hero"_L1)
                ok = hero(value, &a->hero);
            else if (name == "wordTarget"_L1)
                ok = count(value, name, &a->wordTarget);
            else if (name != "timeZone"_L1)
                ok = fail(entry.first.Mark(),
                    Tr::tr("unknown front matter key %1").arg(QuotedValue::quoted(name)));
            if (!ok)
                return false;
            if (name == "status"_L1 && !status.isEmpty()) {
                bool known = false;
                a->status = statusFromName(status, &known);
                if (!known)
                    return fail(
                        value.Mark(), Tr::tr("unknown status %1").arg(QuotedValue::quoted(status)));
            }
        }
        return true;
    }

private:
    int m_firstLine;
    QString m_source;
    ArticleMarkdown::HeroFileReader m_readHeroFile;
};

} // namespace

Status read(const QByteArray &yaml, int firstLine, const QString &source,
    const ArticleMarkdown::HeroFileReader &readHeroFile, Article *article)
{
    Reader reader(firstLine, source, readHeroFile);
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!reader.article(root, article))
            return reader.error;
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp stops at a depth of 500 and calls it "bad file".
        reader.fail(e.mark, Tr::tr("front matter nested too deeply"));
        return reader.error;
    } catch (const YAML::Exception &e) {
        reader.fail(e.mark, QString::fromStdString(e.msg));
        return reader.error;
    }
    return Done();
}

} // namespace Copydesk::MarkdownFrontMatter
