/*
 * <chartdex-search endpoint="https://charts.example.org:7070"> — chartdex search for any page.
 *
 * One self-contained classic script (no imports, no build): load it with
 *   <script src="https://charts.example.org:7070/chartdex-search.js" defer></script>
 * and drop the element anywhere. It renders in an open shadow root with its own constructed
 * stylesheet, so the host page's CSS cannot reach inside (and no inline <style> is needed, which
 * keeps it working under a `default-src 'self'` Content-Security-Policy). The chartdex server must
 * allow the host page's origin in its CORS settings.
 *
 * Attributes: endpoint (the chartdex server; default: where this script came from), query (initial
 * query), facets (dimensions shown, default "type,model"), size (hits shown, default 5).
 * Event: "chartdex-select" (bubbles, composed, cancelable) with detail {id, hit} when a result is
 * chosen; cancel it to stay on the page instead of opening the chart in chartdex.
 *
 * Escaping rule: snippet fragments are accepted only as escaped text with <mark>…</mark> and are
 * rebuilt node by node; every other string is set with textContent.
 */
(() => {
  'use strict';

  if (customElements.get('chartdex-search')) return;

  const SCRIPT_BASE = document.currentScript ? new URL('.', document.currentScript.src).href : document.baseURI;
  const SEARCH_DELAY_MS = 300;

  const CSS = `
    :host { display: block; }
    :host([hidden]) { display: none; }
    .box {
      all: initial; display: block; box-sizing: border-box; padding: 12px;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      color: #1d2330; background: #fff; border: 1px solid #d9dde4; border-radius: 8px;
      text-align: left;
    }
    .box * { box-sizing: border-box; }
    form { display: flex; gap: 6px; margin: 0 0 8px; }
    input[type=search] {
      flex: 1; min-width: 0; padding: 6px 8px; font: inherit; color: inherit; background: #f7f8fa;
      border: 1px solid #c9ced8; border-radius: 6px; display: block; visibility: visible;
    }
    button { font: inherit; color: #fff; background: #2f5bd3; border: 0; border-radius: 6px; padding: 6px 12px; cursor: pointer; }
    :focus-visible { outline: 2px solid #2f5bd3; outline-offset: 2px; }
    .status { margin: 0 0 8px; color: #5d6675; font-size: 12px; min-height: 1.45em; }
    .error { margin: 0 0 8px; padding: 6px 8px; color: #a12626; background: #fdecec; border: 1px solid #d64545; border-radius: 6px; }
    .error[hidden] { display: none; }
    .body { display: grid; grid-template-columns: minmax(120px, 180px) minmax(0, 1fr); gap: 12px; }
    @media (max-width: 560px) { .body { grid-template-columns: 1fr; } }
    fieldset { border: 0; margin: 0 0 8px; padding: 0; min-width: 0; }
    legend { padding: 0; margin: 0 0 4px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; color: #5d6675; }
    .facet-values, .hits, .axes { list-style: none; margin: 0; padding: 0; }
    .facet-values li { display: flex; gap: 6px; align-items: baseline; }
    .facet-values label { flex: 1; display: flex; justify-content: space-between; gap: 6px; cursor: pointer; overflow-wrap: anywhere; }
    .count { color: #5d6675; font-variant-numeric: tabular-nums; }
    .hit { padding: 8px 0; border-bottom: 1px solid #eceef2; }
    .hit:last-child { border-bottom: 0; }
    .title { color: #2f5bd3; font-weight: 600; text-decoration: none; overflow-wrap: anywhere; }
    .title:hover { text-decoration: underline; }
    .badge { display: inline-block; margin-right: 6px; padding: 0 7px; font-size: 11px; border-radius: 999px; background: #e6ecfb; color: #2f5bd3; }
    .axes { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 12px; color: #3b4352; margin-top: 2px; }
    .snippet { margin: 4px 0 0; font-size: 13px; overflow-wrap: anywhere; }
    .snippet-label { font-size: 10px; text-transform: uppercase; letter-spacing: .05em; color: #5d6675; margin-right: 6px; }
    mark { display: inline; background: #ffe08a; color: inherit; padding: 0 1px; border-radius: 2px; }
    .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  // ---- escaping: a copy of web/markup.js, kept here so the widget stays one file ----
  const MARK_TAG = /(<mark>|<\/mark>)/;
  const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi;
  const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

  function decodeEntities(text) {
    return text.replace(ENTITY, (whole, name) => {
      const lower = name.toLowerCase();
      if (lower in NAMED) return NAMED[lower];
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return Number.isSafeInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }

  function fragmentNodes(fragment) {
    const runs = [];
    let open = false;
    for (const part of String(fragment).split(MARK_TAG)) {
      if (part === '<mark>' || part === '</mark>') {
        if (open === (part === '<mark>')) return [document.createTextNode(String(fragment))];
        open = !open;
      } else if (part !== '') {
        if (part.includes('<') || part.includes('>')) return [document.createTextNode(String(fragment))];
        runs.push({ text: decodeEntities(part), marked: open });
      }
    }
    if (open) return [document.createTextNode(String(fragment))];
    return runs.map(({ text, marked }) => {
      if (!marked) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    });
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function formatNumber(value) {
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e12)) return value.toExponential().replace('e+', 'e');
    return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  }

  function describeAxis(axis) {
    const parts = [`${axis.role}: ${axis.label || '(no label)'}`];
    const hasMin = typeof axis.min === 'number';
    const hasMax = typeof axis.max === 'number';
    if (hasMin && hasMax) parts.push(`${formatNumber(axis.min)}\u2013${formatNumber(axis.max)}`);
    else if (hasMin) parts.push(`\u2265 ${formatNumber(axis.min)}`);
    else if (hasMax) parts.push(`\u2264 ${formatNumber(axis.max)}`);
    return parts.join(' ');
  }

  let sheet = null;
  function styles(root) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      root.append(el('style', null, CSS)); // old browsers only
    }
  }

  let instances = 0;

  /** The element: owns its shadow root, its filters and the one search request in flight. */
  class ChartdexSearch extends HTMLElement {
    static get observedAttributes() {
      return ['endpoint', 'query', 'facets', 'size'];
    }

    constructor() {
      super();
      this.uid = `cdx${++instances}`;
      this.filters = {};
      this.controller = null;
      this.timer = 0;
      const root = this.attachShadow({ mode: 'open' });
      styles(root);
      const box = el('div', 'box');
      box.setAttribute('part', 'box');
      const form = el('form');
      form.setAttribute('role', 'search');
      const label = el('label', 'vh', 'Search charts');
      const input = el('input');
      input.type = 'search';
      input.id = `${this.uid}-q`;
      input.placeholder = 'Search charts…';
      input.autocomplete = 'off';
      label.htmlFor = input.id;
      const button = el('button', null, 'Search');
      button.type = 'submit';
      form.append(label, input, button);
      this.status = el('p', 'status');
      this.status.setAttribute('role', 'status');
      this.status.setAttribute('aria-live', 'polite');
      this.error = el('div', 'error');
      this.error.setAttribute('role', 'alert');
      this.error.hidden = true;
      this.facetBox = el('div', 'facets');
      this.facetBox.setAttribute('aria-label', 'Filters');
      this.hits = el('ol', 'hits');
      this.hits.setAttribute('aria-label', 'Results');
      const body = el('div', 'body');
      body.append(this.facetBox, this.hits);
      box.append(form, this.status, this.error, body);
      root.append(box);
      this.input = input;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.search();
      });
      input.addEventListener('input', () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.search(), SEARCH_DELAY_MS);
      });
    }

    connectedCallback() {
      if (!this.input.value && this.getAttribute('query')) this.input.value = this.getAttribute('query');
      this.connected = true;
      this.search();
    }

    disconnectedCallback() {
      this.connected = false;
      clearTimeout(this.timer);
      if (this.controller) this.controller.abort();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      // Attributes present at upgrade arrive before connectedCallback, which runs the first search.
      if (oldValue === newValue || !this.connected) return;
      if (name === 'query') this.input.value = newValue || '';
      this.search();
    }

    /** The chartdex server's base URL, or throws when the attribute is not an http(s) URL. */
    endpoint() {
      const attribute = this.getAttribute('endpoint');
      const base = new URL(attribute ? attribute.replace(/\/*$/, '/') : SCRIPT_BASE, document.baseURI);
      if (base.protocol !== 'http:' && base.protocol !== 'https:') {
        throw new Error(`endpoint must be an http(s) URL, not ${attribute}`);
      }
      return base;
    }

    dimensions() {
      return (this.getAttribute('facets') || 'type,model').split(',').map((d) => d.trim()).filter(Boolean);
    }

    async search() {
      clearTimeout(this.timer);
      if (this.controller) this.controller.abort();
      const controller = (this.controller = new AbortController());
      let url;
      try {
        url = new URL('api/search', this.endpoint());
      } catch (failure) {
        return this.fail(failure.message);
      }
      const size = Math.min(Math.max(Number.parseInt(this.getAttribute('size') || '5', 10) || 5, 1), 50);
      const params = new URLSearchParams({ size: String(size), facetLimit: '8', facets: this.dimensions().join(',') });
      if (this.input.value.trim()) params.set('q', this.input.value.trim());
      for (const [dim, values] of Object.entries(this.filters)) for (const value of values) params.append(`f.${dim}`, value);
      url.search = params.toString();
      this.setAttribute('aria-busy', 'true');
      this.status.textContent = 'Searching…';
      try {
        const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
        const text = await response.text();
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (notJson) {
          return this.fail(`HTTP ${response.status}: the server did not answer JSON`);
        }
        if (!response.ok) {
          return this.fail(`${(json && json.error) || 'http_error'} (HTTP ${response.status}): ${(json && json.message) || response.statusText}`);
        }
        this.render(json, params.toString());
      } catch (failure) {
        if (failure.name !== 'AbortError') this.fail(`could not reach ${url.origin}: ${failure.message}`);
      } finally {
        if (this.controller === controller) {
          this.controller = null;
          this.setAttribute('aria-busy', 'false');
        }
      }
    }

    fail(message) {
      this.error.textContent = message;
      this.error.hidden = false;
      this.status.textContent = 'The search failed.';
      this.hits.replaceChildren();
      this.dataset.state = 'error';
    }

    /** Shows a search result; data-search on the element tells which request it answers. */
    render(result, search) {
      this.error.hidden = true;
      const noun = result.total === 1 ? 'chart' : 'charts';
      this.status.textContent = result.total === 0 ? 'No charts match.' : `${formatNumber(result.total)} ${noun}`;
      this.facetBox.replaceChildren(...(result.facets || []).map((facet, index) => this.facet(facet, index)));
      this.hits.replaceChildren(...result.hits.map((hit) => this.hit(hit)));
      this.dataset.search = search;
      this.dataset.state = result.total === 0 ? 'empty' : 'ready';
    }

    facet(facet, index) {
      const set = el('fieldset');
      set.dataset.dim = facet.dimension;
      set.append(el('legend', null, facet.label || facet.dimension));
      const list = el('ul', 'facet-values');
      const selected = this.filters[facet.dimension] || [];
      facet.values.forEach((value, i) => {
        const item = el('li');
        const box = el('input');
        box.type = 'checkbox';
        box.id = `${this.uid}-f${index}-${i}`;
        box.value = value.value;
        box.dataset.dim = facet.dimension;
        box.checked = selected.includes(value.value);
        box.addEventListener('change', () => this.toggle(facet.dimension, value.value, box.checked));
        const label = el('label');
        label.htmlFor = box.id;
        label.append(el('span', 'name', value.value), el('span', 'count', formatNumber(value.count)));
        item.append(box, label);
        list.append(item);
      });
      set.append(list);
      return set;
    }

    toggle(dim, value, checked) {
      const values = (this.filters[dim] || []).filter((v) => v !== value);
      if (checked) values.push(value);
      if (values.length) this.filters[dim] = values;
      else delete this.filters[dim];
      this.search();
    }

    hit(hit) {
      const item = el('li', 'hit');
      item.dataset.id = hit.id;
      const head = el('div', 'head');
      const type = (hit.chartType && (hit.chartType.raw || hit.chartType.normalized)) || 'unknown';
      const link = el('a', 'title', hit.title || hit.id);
      link.href = `${this.endpoint().href}?detail=${encodeURIComponent(hit.id)}`;
      link.target = '_blank';
      link.rel = 'noopener';
      link.addEventListener('click', (event) => {
        const chosen = new CustomEvent('chartdex-select', { detail: { id: hit.id, hit }, bubbles: true, composed: true, cancelable: true });
        if (!this.dispatchEvent(chosen)) event.preventDefault();
      });
      head.append(el('span', 'badge', type), link);
      item.append(head);
      if (hit.axes && hit.axes.length) {
        const axes = el('ul', 'axes');
        for (const axis of hit.axes) axes.append(el('li', null, describeAxis(axis)));
        item.append(axes);
      }
      for (const snippet of hit.snippets || []) {
        const row = el('p', 'snippet');
        row.append(el('span', 'snippet-label', snippet.label || snippet.field || ''));
        (snippet.fragments || []).forEach((fragment, i) => {
          if (i > 0) row.append(document.createTextNode(' … '));
          const span = el('span', 'fragment');
          span.append(...fragmentNodes(fragment));
          row.append(span);
        });
        item.append(row);
      }
      return item;
    }
  }

  customElements.define('chartdex-search', ChartdexSearch);
})();
