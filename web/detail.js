// The detail view's content: the parsed record at a glance, the whole original description (as
// text: it is never interpreted as Markdown or HTML) and the record as JSON.

import { chartTypeLabel, describeAxis, el, formatNumber } from './markup.js';

/** Fills body with one stored chart ({record, text, metadata}). */
export function renderDetail(body, stored) {
  const record = stored.record || {};
  body.replaceChildren(
    facts(record),
    axesTable(record.axes || []),
    seriesList(record.series || []),
    panels(record.panels || []),
    warnings(record.warnings || []),
    description(stored.text || ''),
    metadata(stored.metadata || {}),
    json(record),
  );
}

function section(title, className) {
  const box = el('section', className);
  box.append(el('h3', null, title));
  return box;
}

function facts(record) {
  const list = el('dl', 'facts');
  const add = (term, value) => {
    if (value === null || value === undefined || value === '') return;
    list.append(el('dt', null, term), el('dd', null, value));
  };
  add('Type', `${chartTypeLabel(record.chartType)} (${(record.chartType && record.chartType.normalized) || 'unknown'})`);
  add('Id', record.id);
  add('Source', record.source);
  add('Models', (record.models || []).join(', '));
  add('Colours', (record.colors || []).join(', '));
  return list;
}

function axesTable(axes) {
  if (!axes.length) return el('p', 'hint', 'No axes stated.');
  const box = section('Axes', 'detail-axes');
  const table = el('table');
  const head = el('tr');
  for (const name of ['Role', 'Label', 'Unit', 'Min', 'Max', 'Step', 'Scale']) {
    const cell = el('th', null, name);
    cell.scope = 'col';
    head.append(cell);
  }
  table.append(el('thead'), el('tbody'));
  table.tHead.append(head);
  const number = (value) => (typeof value === 'number' ? formatNumber(value) : '');
  for (const axis of axes) {
    const row = el('tr');
    for (const value of [axis.role, axis.label, axis.unit, number(axis.min), number(axis.max), number(axis.step), axis.scale]) {
      row.append(el('td', null, value ?? ''));
    }
    table.tBodies[0].append(row);
  }
  box.append(table);
  return box;
}

function seriesList(series) {
  if (!series.length) return document.createDocumentFragment();
  const box = section('Series', 'detail-series');
  const list = el('ul');
  for (const entry of series) {
    const extra = [entry.color, entry.style].filter(Boolean).join(', ');
    list.append(el('li', null, extra ? `${entry.name} (${extra})` : entry.name));
  }
  box.append(list);
  return box;
}

function panels(panelList) {
  if (!panelList.length) return document.createDocumentFragment();
  const box = section('Panels', 'detail-panels');
  const list = el('ul');
  for (const panel of panelList) {
    const item = el('li', null, [panel.label, panel.title].filter(Boolean).join(': ') || 'Panel');
    const axes = el('ul', 'axes');
    for (const axis of panel.axes || []) axes.append(el('li', 'axis', describeAxis(axis)));
    item.append(axes);
    list.append(item);
  }
  box.append(list);
  return box;
}

function warnings(warningList) {
  if (!warningList.length) return document.createDocumentFragment();
  const box = section('Parse warnings', 'detail-warnings');
  const list = el('ul');
  for (const warning of warningList) list.append(el('li', null, `${warning.code}: ${warning.message}`));
  box.append(list);
  return box;
}

function description(text) {
  const box = section('Description', 'detail-description');
  box.append(el('pre', 'description', text));
  return box;
}

function metadata(values) {
  const entries = Object.entries(values);
  if (!entries.length) return document.createDocumentFragment();
  const box = section('Metadata', 'detail-metadata');
  const list = el('dl', 'facts');
  for (const [key, value] of entries) {
    list.append(el('dt', null, key), el('dd', null, typeof value === 'string' ? value : JSON.stringify(value)));
  }
  box.append(list);
  return box;
}

function json(record) {
  const box = el('details', 'detail-json');
  box.append(el('summary', null, 'Parsed record (JSON)'), el('pre', null, JSON.stringify(record, null, 2)));
  return box;
}
