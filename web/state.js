// The search state and its URL form. The URL uses the API's own parameter names (q, f.<dim>,
// range.<role>=min..max, page) plus detail=<chart id>, so a shared link reproduces the page and the
// search request is derived from the URL without translation.

export const RANGE_ROLES = ['x', 'y'];
const FILTER_PREFIX = 'f.';
const RANGE_PREFIX = 'range.';

/** An empty search: all charts, first page, no detail open. */
export function emptyState() {
  return { q: '', filters: {}, ranges: {}, page: 1, detail: null };
}

/** Reads the state from a query string ("?q=…&f.type=heatmap…"); unknown parameters are ignored. */
export function stateFromSearch(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = params.get('q') || '';
  const page = Number.parseInt(params.get('page') || '1', 10);
  state.page = Number.isSafeInteger(page) && page > 0 ? page : 1;
  state.detail = params.get('detail') || null;
  for (const [name, value] of params) {
    if (name.startsWith(FILTER_PREFIX) && value !== '') {
      const dim = name.slice(FILTER_PREFIX.length);
      const values = state.filters[dim] || (state.filters[dim] = []);
      if (!values.includes(value)) values.push(value);
    } else if (name.startsWith(RANGE_PREFIX) && !name.endsWith('.relation')) {
      const [min = '', max = ''] = value.split('..');
      if (min !== '' || max !== '') state.ranges[name.slice(RANGE_PREFIX.length)] = { min, max };
    }
  }
  return state;
}

/** The query parameters of the search itself (no page, no detail). */
export function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dim of Object.keys(state.filters).sort()) {
    for (const value of state.filters[dim]) params.append(FILTER_PREFIX + dim, value);
  }
  for (const role of Object.keys(state.ranges).sort()) {
    const { min, max } = state.ranges[role];
    if (min !== '' || max !== '') params.set(RANGE_PREFIX + role, `${min}..${max}`);
  }
  return params;
}

/** The page's own query string for this state: "" when it is the empty search. */
export function stateToSearch(state) {
  const params = searchParams(state);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.detail) params.set('detail', state.detail);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A deep copy to change without touching the state a history entry holds. */
export function copyState(state) {
  return {
    q: state.q,
    filters: Object.fromEntries(Object.entries(state.filters).map(([dim, values]) => [dim, [...values]])),
    ranges: Object.fromEntries(Object.entries(state.ranges).map(([role, range]) => [role, { ...range }])),
    page: state.page,
    detail: state.detail,
  };
}

/** Whether value is among the selected values of dim. */
export function isSelected(state, dim, value) {
  return (state.filters[dim] || []).includes(value);
}

/** A copy with value of dim selected or not, back on page 1. */
export function withFilter(state, dim, value, selected) {
  const next = copyState(state);
  const values = (next.filters[dim] || []).filter((v) => v !== value);
  if (selected) values.push(value);
  if (values.length) next.filters[dim] = values;
  else delete next.filters[dim];
  next.page = 1;
  next.detail = null;
  return next;
}

/** Whether any facet or range filter is set. */
export function hasFilters(state) {
  return Object.keys(state.filters).length > 0 || Object.keys(state.ranges).length > 0;
}
