// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Validates ninjs documents against the IPTC ninjs 2.0 JSON Schema (draft-04) with ajv.
//
//   node validate-ninjs.cjs NODE_TOOLS SCHEMA FILE...
//
// NODE_TOOLS is the folder ./dev installs tests/tools into (it holds node_modules). Prints one
// line per problem and exits 1 when a file is invalid, 2 when the tools or schema are unusable.
'use strict';
const fs = require('fs');
const path = require('path');

const [toolsDir, schemaPath, ...files] = process.argv.slice(2);
if (!toolsDir || !schemaPath || files.length === 0) {
    console.error('usage: node validate-ninjs.cjs NODE_TOOLS SCHEMA FILE...');
    process.exit(2);
}
const load = require('module').createRequire(path.join(path.resolve(toolsDir), 'package.json'));
const Ajv = load('ajv-draft-04');
const addFormats = load('ajv-formats');

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
// The schema's only external reference (GeoJSON for places[].geojson) cannot be fetched
// offline. Copydesk never writes places, so an empty schema stands in for it.
ajv.addSchema({}, 'https://geojson.org/schema/GeoJSON.json');
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

let failed = false;
for (const file of files) {
    const document = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (validate(document))
        continue;
    failed = true;
    for (const error of validate.errors)
        console.log(`${file}: ${error.instancePath || '/'} ${error.message}`);
}
process.exit(failed ? 1 : 0);
