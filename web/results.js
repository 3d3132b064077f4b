// Renders one page of hits and the pager. Titles, labels, ids and models are text (textContent);
// only snippet fragments go through fragmentNodes(), which admits <mark> and nothing else.

import { chartTypeLabel, describeAxis, el, formatNumber, fragmentNodes } from './markup.js';

const PAGE_WINDOW = 2;

/**
 * Fills the list with hits. hrefFor(id) gives the shareable link of a chart's detail view;
 * onOpen(id) is called when one is clicked without a modifier key.
 */
export function renderHits(list, hits, hrefFor, onOpen) {
  list.replaceChildren(...hits.map((hit) => hitItem(hit, hrefFor, onOpen)));
}

function hitItem(hit, hrefFor, onOpen) {
  const item = el('li', 'hit');
  item.dataset.id = hit.id;
  const head = el('div', 'hit-head');
  const link = el('a', 'hit-title', hit.title || hit.id);
  link.href = hrefFor(hit.id);
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(hit.id);
  });
  const badge = el('span', 'badge', chartTypeLabel(hit.chartType));
  badge.title = `chart type: ${(hit.chartType && hit.chartType.normalized) || 'unknown'}`;
  head.append(badge, el('h3', 'hit-heading'));
  head.lastChild.append(link);
  item.append(head, structure(hit), snippets(hit.snippets || []), meta(hit));
  return item;
}

function structure(hit) {
  const box = el('div', 'structure');
  if (hit.axes && hit.axes.length) {
    const axes = el('ul', 'axes');
    axes.setAttribute('aria-label', 'Axes');
    for (const axis of hit.axes) axes.append(el('li', 'axis', describeAxis(axis)));
    box.append(axes);
  }
  if (hit.models && hit.models.length) {
    const models = el('p', 'models');
    models.append(el('span', 'meta-label', 'Models: '), el('span', 'model-list', hit.models.join(', ')));
    box.append(models);
  }
  return box;
}

function snippets(list) {
  const box = el('div', 'snippets');
  for (const snippet of list) {
    const row = el('p', snippet.matched ? 'snippet' : 'snippet summary');
    row.dataset.field = snippet.field || '';
    row.append(el('span', 'snippet-label', snippet.label || snippet.field || ''));
    (snippet.fragments || []).forEach((fragment, index) => {
      if (index > 0) row.append(el('span', 'ellipsis', ' … '));
      const span = el('span', 'fragment');
      span.append(...fragmentNodes(fragment));
      row.append(span);
    });
    box.append(row);
  }
  return box;
}

function meta(hit) {
  const line = el('p', 'hit-meta');
  line.append(el('span', 'hit-id', hit.id));
  if (hit.source) line.append(el('span', 'hit-source', `source: ${hit.source}`));
  if (typeof hit.score === 'number' && hit.score > 0) {
    line.append(el('span', 'hit-score', `score ${formatNumber(Math.round(hit.score * 100) / 100)}`));
  }
  return line;
}

/** "Showing 11–20 of 57 charts (4 ms)". */
export function statusText(result) {
  if (result.total === 0) return 'No charts match.';
  const first = (result.page - 1) * result.size + 1;
  const last = first + result.hits.length - 1;
  const noun = result.total === 1 ? 'chart' : 'charts';
  const range = result.hits.length ? `Showing ${first}\u2013${last} of ` : 'Past the last page of ';
  return `${range}${formatNumber(result.total)} ${noun} (${result.tookMillis} ms)`;
}

/** Fills the pager: previous, a window of pages around the current one, next. */
export function renderPager(nav, result, hrefForPage, onPage) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  nav.replaceChildren();
  if (pages <= 1) return;
  const list = el('ul', 'pages');
  const add = (page, text, label, current) => {
    const item = el('li');
    if (page < 1 || page > pages || current) {
      const span = el('span', current ? 'page current' : 'page disabled', text);
      if (current) span.setAttribute('aria-current', 'page');
      item.append(span);
    } else {
      const link = el('a', 'page', text);
      link.href = hrefForPage(page);
      link.setAttribute('aria-label', label);
      link.addEventListener('click', (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        onPage(page);
      });
      item.append(link);
    }
    list.append(item);
  };
  add(result.page - 1, '‹ Previous', 'Previous page', false);
  const from = Math.max(1, result.page - PAGE_WINDOW);
  const to = Math.min(pages, result.page + PAGE_WINDOW);
  if (from > 1) add(1, '1', 'Page 1', false);
  if (from > 2) list.append(el('li', 'gap', '…'));
  for (let page = from; page <= to; page++) add(page, String(page), `Page ${page}`, page === result.page);
  if (to < pages - 1) list.append(el('li', 'gap', '…'));
  if (to < pages) add(pages, String(pages), `Page ${pages}`, false);
  add(result.page + 1, 'Next ›', 'Next page', false);
  nav.append(list);
}
