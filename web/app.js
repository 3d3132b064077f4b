// The chartdex search page: wires the search box, facet sidebar, range filters, results, pager and
// detail view to the URL. The URL is the state: every change pushes a history entry, popstate
// restores one, and a shared link opens the same search (and chart) again.

import { ApiError, chartPath, facetPath, getJson } from './api.js';
import { renderDetail } from './detail.js';
import { FacetSidebar } from './facets.js';
import { el } from './markup.js';
import { renderHits, renderPager, statusText } from './results.js';
import { copyState, hasFilters, RANGE_ROLES, searchParams, stateFromSearch, stateToSearch, withFilter } from './state.js';
import { SuggestBox } from './suggest.js';

const API_BASE = new URL('./', import.meta.url);
const PAGE_SIZE = 10;
const MORE_FACET_VALUES = 100;

/** One page's controller; owns the current state and the requests in flight. */
class SearchPage {
  constructor(root) {
    const $ = (id) => root.getElementById(id);
    this.dom = {
      form: $('search-form'), q: $('q'), suggestions: $('suggestions'), rangeForm: $('range-form'),
      clear: $('clear-filters'), sidebar: $('sidebar'), toggle: $('filters-toggle'), facets: $('facets'),
      results: $('results'), status: $('status'), error: $('error'), hits: $('hits'), pager: $('pager'),
      detail: $('detail'), detailTitle: $('detail-title'), detailBody: $('detail-body'), detailClose: $('detail-close'),
    };
    this.state = stateFromSearch(location.search);
    this.searchController = null;
    this.detailController = null;
    this.sidebar = new FacetSidebar(this.dom.facets, {
      onToggle: (dim, value, checked) => this.navigate(withFilter(this.state, dim, value, checked)),
      loadMore: (dim, signal) => this.loadMoreValues(dim, signal),
      loadMatching: (dim, prefix, signal) => getJson(API_BASE, facetPath(dim), { prefix, limit: '50' }, signal),
    });
    this.suggest = new SuggestBox(this.dom.q, this.dom.suggestions, {
      fetchSuggestions: (term, signal) => this.loadSuggestions(term, signal),
      onChoose: (text) => this.submitQuery(text),
      onError: (failure) => this.showError(failure, 'Suggestions failed'),
    });
    this.bind();
  }

  bind() {
    const { dom } = this;
    dom.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submitQuery(dom.q.value);
    });
    dom.rangeForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.applyRanges();
    });
    dom.clear.addEventListener('click', () => {
      const next = copyState(this.state);
      Object.assign(next, { filters: {}, ranges: {}, page: 1, detail: null });
      this.navigate(next);
    });
    dom.toggle.addEventListener('click', () => {
      const open = dom.sidebar.classList.toggle('open');
      dom.toggle.setAttribute('aria-expanded', String(open));
    });
    dom.detailClose.addEventListener('click', () => dom.detail.close());
    // Closing by Esc, the button or the back button: only the first two change the URL.
    dom.detail.addEventListener('close', () => {
      dom.detail.dataset.state = 'closed';
      if (this.detailController) this.detailController.abort();
      if (this.state.detail) this.navigate({ ...copyState(this.state), detail: null });
      this.returnFocus();
    });
    dom.detail.addEventListener('click', (event) => {
      if (event.target === dom.detail) dom.detail.close(); // a click on the backdrop
    });
    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('popstate', () => this.show(stateFromSearch(location.search)));
  }

  onKey(event) {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey && !this.dom.detail.open) {
      event.preventDefault();
      this.dom.q.focus();
      this.dom.q.select();
    } else if (event.key === 'Escape' && this.dom.detail.open) {
      this.dom.detail.close();
    }
  }

  /** Renders the state found in the URL when the page loads. */
  start() {
    history.replaceState(null, '', location.pathname + stateToSearch(this.state));
    this.show(this.state, true);
  }

  /** Makes next the current state with a new history entry. */
  navigate(next) {
    const url = location.pathname + stateToSearch(next);
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    this.show(next);
  }

  /** Shows a state: runs the search when it changed, opens or closes the detail view. */
  show(next, initial = false) {
    const previous = this.state;
    this.state = next;
    this.syncForm();
    const searchChanged = searchParams(previous).toString() !== searchParams(next).toString() || previous.page !== next.page;
    if (initial || searchChanged) this.runSearch();
    if (next.detail && (initial || next.detail !== previous.detail || !this.dom.detail.open)) this.openDetail(next.detail);
    else if (!next.detail && this.dom.detail.open) this.dom.detail.close();
  }

  syncForm() {
    const { q } = this.dom;
    if (document.activeElement !== q || q.value.trim() !== this.state.q) q.value = this.state.q;
    for (const role of RANGE_ROLES) {
      const range = this.state.ranges[role] || { min: '', max: '' };
      document.getElementById(`range-${role}-min`).value = range.min;
      document.getElementById(`range-${role}-max`).value = range.max;
    }
    for (const box of this.dom.facets.querySelectorAll('input[type=checkbox]')) {
      box.checked = (this.state.filters[box.dataset.dim] || []).includes(box.value);
    }
    document.title = this.state.q ? `${this.state.q} – chartdex` : 'chartdex: search chart descriptions';
  }

  submitQuery(text) {
    this.navigate({ ...copyState(this.state), q: text.trim(), page: 1, detail: null });
  }

  applyRanges() {
    if (!this.dom.rangeForm.reportValidity()) return;
    const next = copyState(this.state);
    for (const role of RANGE_ROLES) {
      const min = document.getElementById(`range-${role}-min`).value.trim();
      const max = document.getElementById(`range-${role}-max`).value.trim();
      if (min !== '' && max !== '' && Number(min) > Number(max)) {
        this.showError(new ApiError(0, 'bad_range', `${role} axis: the minimum ${min} is above the maximum ${max}`));
        return;
      }
      if (min === '' && max === '') delete next.ranges[role];
      else next.ranges[role] = { min, max };
    }
    next.page = 1;
    next.detail = null;
    this.navigate(next);
  }

  async runSearch() {
    if (this.searchController) this.searchController.abort();
    const controller = (this.searchController = new AbortController());
    const state = this.state;
    const params = searchParams(state);
    params.set('page', String(state.page));
    params.set('size', String(PAGE_SIZE));
    this.setLoading(true);
    try {
      const result = await getJson(API_BASE, 'api/search', params, controller.signal);
      this.renderResult(result, state);
    } catch (failure) {
      if (failure.name === 'AbortError') return;
      this.dom.hits.replaceChildren();
      this.dom.pager.replaceChildren();
      this.dom.status.textContent = 'The search failed.';
      this.showError(failure);
      this.dom.results.dataset.state = 'error';
    } finally {
      if (this.searchController === controller) {
        this.searchController = null;
        this.dom.results.setAttribute('aria-busy', 'false');
      }
    }
  }

  setLoading(loading) {
    const { results, status, error } = this.dom;
    results.setAttribute('aria-busy', String(loading));
    results.dataset.state = 'loading';
    status.textContent = 'Searching…';
    error.hidden = true;
    error.replaceChildren();
  }

  renderResult(result, state) {
    const { dom } = this;
    const hrefFor = (id) => location.pathname + stateToSearch({ ...copyState(state), detail: id });
    renderHits(dom.hits, result.hits, hrefFor, (id) => this.navigate({ ...copyState(this.state), detail: id }));
    if (result.total === 0 || result.hits.length === 0) dom.hits.append(this.emptyMessage(result, state));
    dom.status.textContent = statusText(result);
    renderPager(
      dom.pager,
      result,
      (page) => location.pathname + stateToSearch({ ...copyState(state), page, detail: null }),
      (page) => {
        this.navigate({ ...copyState(this.state), page, detail: null });
        dom.results.focus();
      },
    );
    this.sidebar.render(result.facets || [], state);
    dom.results.dataset.search = stateToSearch({ ...copyState(state), detail: null });
    dom.results.dataset.state = result.total === 0 ? 'empty' : 'ready';
  }

  emptyMessage(result, state) {
    const item = el('li', 'empty');
    if (result.total > 0) {
      item.append(el('p', null, `There is no page ${state.page}: the ${result.total} results end earlier.`));
      return item;
    }
    item.append(el('p', null, state.q ? `No charts match “${state.q}”.` : 'The index has no charts yet.'));
    if (hasFilters(state)) {
      const clear = el('button', null, 'Clear the filters');
      clear.type = 'button';
      clear.addEventListener('click', () => this.dom.clear.click());
      item.append(el('p', 'hint', 'Filters are narrowing this search.'), clear);
    }
    return item;
  }

  /** Shows an API failure in the page's alert box. */
  showError(failure, context) {
    const { error } = this.dom;
    const text = failure instanceof ApiError ? failure.describe() : `unexpected: ${failure}`;
    error.replaceChildren(el('strong', null, context || 'Error'), el('span', 'error-text', ` ${text}`));
    error.hidden = false;
    if (!(failure instanceof ApiError)) console.error(failure);
  }

  async loadMoreValues(dim, signal) {
    const params = searchParams(this.state);
    params.set('facets', dim);
    params.set('facetLimit', String(MORE_FACET_VALUES));
    params.set('size', '0');
    params.set('snippets', '0');
    const result = await getJson(API_BASE, 'api/search', params, signal);
    const facet = (result.facets || []).find((f) => f.dimension === dim);
    if (!facet) throw new ApiError(0, 'bad_response', `the search answered no "${dim}" facet`);
    return facet;
  }

  async loadSuggestions(term, signal) {
    const params = { q: term.prefix, limit: '8' };
    if (term.field) params.field = term.field;
    const answer = await getJson(API_BASE, 'api/suggest', params, signal);
    return answer.suggestions || [];
  }

  async openDetail(id) {
    const { detail, detailTitle, detailBody } = this.dom;
    if (this.detailController) this.detailController.abort();
    const controller = (this.detailController = new AbortController());
    this.opener = [...this.dom.hits.querySelectorAll('li.hit')].find((item) => item.dataset.id === id);
    detailTitle.textContent = id;
    detailBody.replaceChildren(el('p', 'loading', 'Loading…'));
    detail.dataset.state = 'loading';
    if (!detail.open) detail.showModal();
    try {
      const stored = await getJson(API_BASE, chartPath(id), null, controller.signal);
      detailTitle.textContent = (stored.record && stored.record.title) || id;
      renderDetail(detailBody, stored);
      detail.dataset.state = 'ready';
    } catch (failure) {
      if (failure.name === 'AbortError') return;
      const message = el('p', 'error', failure instanceof ApiError ? failure.describe() : String(failure));
      message.setAttribute('role', 'alert');
      detailBody.replaceChildren(message);
      detail.dataset.state = 'error';
    }
  }

  returnFocus() {
    const link = this.opener && this.opener.isConnected && this.opener.querySelector('a.hit-title');
    if (link) link.focus();
  }
}

new SearchPage(document).start();
