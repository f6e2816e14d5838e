// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QJsonObject>
#include <QStringList>

/// A small JSON Schema (2020-12) validator for the keywords docs/article.schema.json uses:
/// $ref to #/$defs, type, const, enum, minimum, pattern, required, properties,
/// additionalProperties: false, items and oneOf. Annotations are ignored; any other keyword is
/// reported, so the check never passes by not understanding the schema.
/// Returns one message per violation ("/parts/2/kind: not in enum"), empty when valid.
QStringList validateJson(const QJsonObject &schema, const QJsonValue &instance);
