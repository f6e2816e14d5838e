// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Renders a Markdown file to HTML with one of the CommonMark renderers in tests/tools, as a
// downstream site would, with raw HTML allowed (nothing is sanitised: the Markdown itself must be
// harmless).
//
//   node render-markdown.cjs NODE_TOOLS markdown-it|commonmark FILE
//
// NODE_TOOLS is the folder ./dev installs tests/tools into (it holds node_modules). Prints the
// HTML; exits 2 when the tools are unusable.
'use strict';
const fs = require('fs');
const path = require('path');

const [toolsDir, renderer, file] = process.argv.slice(2);
if (!toolsDir || !renderer || !file) {
    console.error('usage: node render-markdown.cjs NODE_TOOLS markdown-it|commonmark FILE');
    process.exit(2);
}
const load = require('module').createRequire(path.join(path.resolve(toolsDir), 'package.json'));
const markdown = fs.readFileSync(file, 'utf8');
if (renderer === 'markdown-it') {
    const MarkdownIt = load('markdown-it');
    process.stdout.write(new MarkdownIt({ html: true }).render(markdown));
} else if (renderer === 'commonmark') {
    const commonmark = load('commonmark');
    const document = new commonmark.Parser().parse(markdown);
    process.stdout.write(new commonmark.HtmlRenderer({ safe: false }).render(document));
} else {
    console.error(`unknown renderer ${renderer}`);
    process.exit(2);
}
