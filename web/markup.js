// Turns API strings into DOM nodes without ever handing the browser HTML it did not check.
//
// Snippet fragments are the only strings the API sends as markup: HTML-escaped text in which the
// matched words are wrapped in <mark>…</mark>. fragmentNodes() accepts exactly that and builds the
// nodes itself (text nodes and <mark> elements), so nothing else in a fragment can become markup.
// Every other string goes through textContent. chartdex-search.js keeps a copy of these few
// functions because it must stay one self-contained script.

const MARK_TAG = /(<mark>|<\/mark>)/;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references an HTML-escaping highlighter emits; leaves anything else alone. */
export function decodeEntities(text) {
  return text.replace(ENTITY, (whole, name) => {
    const lower = name.toLowerCase();
    if (lower in NAMED) return NAMED[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isSafeInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Splits a fragment into text and marked runs, or returns null when it is not "escaped text plus
 * balanced, unnested <mark>…</mark>" (then the caller shows it as plain text).
 */
export function parseFragment(fragment) {
  const runs = [];
  let open = false;
  for (const part of String(fragment).split(MARK_TAG)) {
    if (part === '<mark>' || part === '</mark>') {
      if (open === (part === '<mark>')) return null;
      open = !open;
    } else if (part !== '') {
      if (part.includes('<') || part.includes('>')) return null;
      runs.push({ text: decodeEntities(part), marked: open });
    }
  }
  return open ? null : runs;
}

/** The nodes of one snippet fragment: text nodes and <mark> elements only. */
export function fragmentNodes(fragment) {
  const runs = parseFragment(fragment);
  if (runs === null) return [document.createTextNode(String(fragment))];
  return runs.map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/** Creates an element with a class and text (text always via textContent). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A number as people read it on an axis: 32000 → "32,000", 0.0001 → "0.0001", 1e-9 → "1e-9". */
export function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e12)) return value.toExponential().replace('e+', 'e');
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "0–250", "≥ 32,000", "≤ 1" or "" for an axis's stated range. */
export function formatRange(min, max) {
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax) return `${formatNumber(min)}\u2013${formatNumber(max)}`;
  if (hasMin) return `\u2265 ${formatNumber(min)}`;
  if (hasMax) return `\u2264 ${formatNumber(max)}`;
  return '';
}

/** "x: Decoding Steps 0–250", with the unit when the label does not already show it and the scale. */
export function describeAxis(axis) {
  const label = axis.label || '(no label)';
  const parts = [`${axis.role}: ${label}`];
  if (axis.unit && !label.includes(axis.unit)) parts.push(`(${axis.unit})`);
  const range = formatRange(axis.min, axis.max);
  if (range) parts.push(range);
  if (axis.scale && axis.scale !== 'linear') parts.push(`[${axis.scale}]`);
  return parts.join(' ');
}

/** The chart type people should read: as written, else normalised, else "unknown". */
export function chartTypeLabel(chartType) {
  if (!chartType) return 'unknown';
  return chartType.raw || chartType.normalized || 'unknown';
}
