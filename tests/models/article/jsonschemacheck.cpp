// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "jsonschemacheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == "null"_L1)
        return value.isNull();
    if (type == "string"_L1)
        return value.isString();
    if (type == "boolean"_L1)
        return value.isBool();
    if (type == "number"_L1)
        return value.isDouble();
    if (type == "integer"_L1)
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    if (type == "array"_L1)
        return value.isArray();
    if (type == "object"_L1)
        return value.isObject();
    return false;
}

void validate(const QJsonObject &root, const QJsonObject &schema, const QJsonValue &value,
    const QString &path, QStringList &errors)
{
    static const QStringList annotations {
        u"$schema"_s, u"$id"_s, u"$defs"_s, u"title"_s, u"description"_s, u"contentEncoding"_s};
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QString key = it.key();
        const QJsonValue rule = it.value();
        if (annotations.contains(key))
            continue;
        if (key == "$ref"_L1) {
            const QString name = rule.toString().section(u'/', 2);
            if (!rule.toString().startsWith("#/$defs/"_L1)
                || !root["$defs"_L1].toObject().contains(name))
                errors << path + u": unresolved $ref "_s + rule.toString();
            else
                validate(root, root["$defs"_L1][name].toObject(), value, path, errors);
        } else if (key == "type"_L1) {
            const QJsonArray types = rule.isArray() ? rule.toArray() : QJsonArray {rule};
            if (std::none_of(types.begin(), types.end(),
                    [&](const QJsonValue &t) { return hasType(value, t.toString()); }))
                errors << path + u": not of type "_s
                        + QJsonDocument(types).toJson(QJsonDocument::Compact);
        } else if (key == "const"_L1) {
            if (value != rule)
                errors << path + u": not the constant "_s + rule.toString();
        } else if (key == "enum"_L1) {
            if (!rule.toArray().contains(value))
                errors << path + u": not in enum"_s;
        } else if (key == "minimum"_L1) {
            if (value.isDouble() && value.toDouble() < rule.toDouble())
                errors << path + u": below minimum"_s;
        } else if (key == "pattern"_L1) {
            if (value.isString()
                && !QRegularExpression(rule.toString()).match(value.toString()).hasMatch())
                errors << path + u": does not match "_s + rule.toString();
        } else if (key == "required"_L1) {
            for (const QJsonValue &name : rule.toArray()) {
                if (value.isObject() && !value.toObject().contains(name.toString()))
                    errors << path + u": missing required "_s + name.toString();
            }
        } else if (key == "properties"_L1) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = rule.toObject();
            for (auto p = properties.begin(); p != properties.end(); ++p) {
                if (object.contains(p.key()))
                    validate(root, p.value().toObject(), object.value(p.key()),
                        path + u'/' + p.key(), errors);
            }
        } else if (key == "additionalProperties"_L1) {
            if (rule.toBool(true) || !value.isObject())
                continue;
            const QJsonObject properties = schema["properties"_L1].toObject();
            for (const QString &name : value.toObject().keys()) {
                if (!properties.contains(name))
                    errors << path + u": property not allowed: "_s + name;
            }
        } else if (key == "items"_L1) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                validate(
                    root, rule.toObject(), array.at(i), path + u'/' + QString::number(i), errors);
        } else if (key == "oneOf"_L1) {
            int matches = 0;
            for (const QJsonValue &option : rule.toArray()) {
                QStringList optionErrors;
                validate(root, option.toObject(), value, path, optionErrors);
                matches += optionErrors.isEmpty();
            }
            if (matches != 1)
                errors << path + u": matches %1 of oneOf"_s.arg(matches);
        } else {
            errors << path + u": unsupported schema keyword "_s + key;
        }
    }
}

} // namespace

QStringList validateJson(const QJsonObject &schema, const QJsonValue &instance)
{
    QStringList errors;
    validate(schema, schema, instance, QString(), errors);
    return errors;
}
