// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Runs in the preview's isolated script world (never in the page's own world, whose
// Content-Security-Policy allows no script at all). Patches the page in place, follows the
// editor and reports clicks and paints to PreviewBridge over QWebChannel.
(function () {
  'use strict';
  let bridge = null;
  const queued = [];
  new QWebChannel(qt.webChannelTransport, function (channel) {
    bridge = channel.objects.bridge;
    while (queued.length) queued.shift()(bridge);
  });
  function call(f) { if (bridge) f(bridge); else queued.push(f); }

  // Header fields have no part id; the editor names them.
  const fieldSelectors = {
    headline: 'article h1', dek: 'article .dek', bylines: 'article .authors',
    dateline: 'article .dateline', published: 'article .meta', category: 'article .kicker',
    hero: '#hero', lede: 'article .lede',
  };
  function elementFor(id) {
    const part = document.querySelector('[data-part-id="' + CSS.escape(id) + '"]');
    return part || (fieldSelectors[id] ? document.querySelector(fieldSelectors[id]) : null);
  }
  function idOf(target) {
    const part = target.closest('[data-part-id]');
    if (part) return part.getAttribute('data-part-id');
    for (const id in fieldSelectors)
      if (target.closest(fieldSelectors[id])) return id;
    return '';
  }

  function sameShell(a, b) {
    if (a.nodeType !== 1 || b.nodeType !== 1 || a.tagName !== b.tagName) return false;
    if (a.attributes.length !== b.attributes.length) return false;
    for (const attr of a.attributes)
      if (b.getAttribute(attr.name) !== attr.value) return false;
    return true;
  }
  // Makes `target`'s children equal to `source`'s, replacing only what differs, so unchanged
  // parts are neither re-laid out nor repainted.
  function sync(target, source) {
    const next = Array.from(source.childNodes);
    let old = Array.from(target.childNodes);
    for (let i = 0; i < next.length; ++i) {
      const o = old[i];
      const n = next[i];
      if (!o) { target.appendChild(document.importNode(n, true)); continue; }
      if (o.isEqualNode(n)) continue;
      if (sameShell(o, n)) sync(o, n);
      else o.replaceWith(document.importNode(n, true));
    }
    for (let i = next.length; i < old.length; ++i) old[i].remove();
  }

  function notifyPainted(sequence) {
    requestAnimationFrame(function () {
      setTimeout(function () { call(function (b) { b.painted(sequence); }); }, 0);
    });
  }

  const printRules = [];
  function setPrintView(on) {
    if (!printRules.length) {
      for (const sheet of document.styleSheets)
        for (const rule of sheet.cssRules)
          if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') printRules.push(rule);
    }
    for (const rule of printRules) rule.media.mediaText = on ? 'all' : 'print';
    document.documentElement.classList.toggle('copydesk-print-view', on);
    const html = document.documentElement.style;
    const body = document.body.style;
    html.background = on ? '#8a8a8a' : '';
    body.background = on ? '#fff' : '';
    body.width = on ? 'var(--copydesk-page-width)' : '';
    body.maxWidth = on ? 'none' : '';
    body.boxSizing = on ? 'border-box' : '';
    body.padding = on ? '18mm 16mm' : '';
    body.margin = on ? 'var(--copydesk-page-margin) auto' : '';
    body.boxShadow = on ? '0 1px 6px rgba(0,0,0,.45)' : '';
  }

  window.copydesk = {
    patch: function (html, sequence) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      if (document.title !== doc.title) document.title = doc.title;
      sync(document.body, doc.body);
      notifyPainted(sequence);
    },
    notifyPainted: notifyPainted,
    scrollTo: function (id) {
      const element = elementFor(id);
      if (element) element.scrollIntoView({ block: 'start', behavior: 'smooth' });
      return !!element;
    },
    setPrintView: function (on, pageWidth, margin) {
      document.documentElement.style.setProperty('--copydesk-page-width', pageWidth);
      document.documentElement.style.setProperty('--copydesk-page-margin', margin);
      setPrintView(on);
    },
    text: function () { return document.body.innerText; },
  };

  document.addEventListener('click', function (event) {
    if (!(event.target instanceof Element)) return;
    const id = idOf(event.target);
    if (id) call(function (b) { b.partClicked(id); });
  }, true);
})();
