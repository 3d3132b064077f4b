// The facet sidebar: one group per dimension with multi-select checkboxes and counts, a filter box
// for long dimensions (values starting with what is typed, from /api/facets/{dim}) and "show more"
// (the same search asking for more values of that dimension, so counts stay in context).
// Facet values are text: they reach the page through textContent and the checkbox's value property.

import { el, formatNumber } from './markup.js';
import { isSelected } from './state.js';

const FILTER_DELAY_MS = 200;

/** Owns the #facets container; remembers per dimension whether it is expanded or filtered. */
export class FacetSidebar {
  /**
   * @param container where the groups go
   * @param actions onToggle(dim, value, checked); loadMore(dim, signal) and
   *     loadMatching(dim, prefix, signal) resolve to a FacetResult
   */
  constructor(container, actions) {
    this.container = container;
    this.actions = actions;
    this.expanded = new Set();
    this.prefixes = new Map();
    this.loads = new Map();
  }

  /** Shows the facets of a search result for this state. */
  render(facets, state) {
    this.state = state;
    for (const controller of this.loads.values()) controller.abort();
    this.loads.clear();
    // A dimension with nothing to choose (and nothing chosen) only takes room.
    const shown = facets.filter((facet) => facet.values.length > 0 || (state.filters[facet.dimension] || []).length > 0);
    const groups = shown.map((facet, index) => this.group(facet, index));
    this.container.replaceChildren(...groups);
    for (const facet of shown) {
      if (this.prefixes.get(facet.dimension)) this.reload(facet.dimension, true);
      else if (this.expanded.has(facet.dimension)) this.reload(facet.dimension, false);
    }
  }

  group(facet, index) {
    const section = el('section', 'facet');
    section.dataset.dim = facet.dimension;
    const headingId = `facet-heading-${index}`;
    section.setAttribute('aria-labelledby', headingId);
    const heading = el('h2', null, facet.label || facet.dimension);
    heading.id = headingId;
    section.append(heading);
    const long = facet.valueCount > facet.values.length || facet.values.length >= 10;
    if (long) section.append(this.filterBox(facet, index));
    const list = el('ul', 'facet-values');
    list.setAttribute('aria-labelledby', headingId);
    section.append(list, el('p', 'facet-message'));
    this.fill(section, facet);
    if (facet.valueCount > facet.values.length) section.append(this.moreButton(facet));
    return section;
  }

  filterBox(facet, index) {
    const wrap = el('div', 'facet-filter');
    const input = el('input');
    input.type = 'search';
    input.id = `facet-filter-${index}`;
    input.placeholder = `Filter ${(facet.label || facet.dimension).toLowerCase()}…`;
    input.value = this.prefixes.get(facet.dimension) || '';
    const label = el('label', 'visually-hidden', `Filter ${facet.label || facet.dimension} values`);
    label.htmlFor = input.id;
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.prefixes.set(facet.dimension, input.value.trim());
        this.reload(facet.dimension, input.value.trim() !== '');
      }, FILTER_DELAY_MS);
    });
    wrap.append(label, input);
    return wrap;
  }

  moreButton(facet) {
    const button = el('button', 'more', this.expanded.has(facet.dimension) ? 'Show fewer' : `Show more (${formatNumber(facet.valueCount)})`);
    button.type = 'button';
    button.setAttribute('aria-expanded', String(this.expanded.has(facet.dimension)));
    button.addEventListener('click', () => {
      const dim = facet.dimension;
      if (this.expanded.has(dim)) {
        this.expanded.delete(dim);
        this.fill(this.section(dim), facet);
        button.textContent = `Show more (${formatNumber(facet.valueCount)})`;
      } else {
        this.expanded.add(dim);
        this.reload(dim, false);
        button.textContent = 'Show fewer';
      }
      button.setAttribute('aria-expanded', String(this.expanded.has(dim)));
    });
    return button;
  }

  section(dim) {
    return [...this.container.querySelectorAll('section.facet')].find((s) => s.dataset.dim === dim);
  }

  /** Loads matching values (filter box) or more values (show more) of one dimension. */
  async reload(dim, matching) {
    const section = this.section(dim);
    if (!section) return;
    const message = section.querySelector('.facet-message');
    if (this.loads.has(dim)) this.loads.get(dim).abort();
    const controller = new AbortController();
    this.loads.set(dim, controller);
    section.setAttribute('aria-busy', 'true');
    message.textContent = 'Loading…';
    message.classList.remove('error');
    try {
      const result = matching
        ? await this.actions.loadMatching(dim, this.prefixes.get(dim), controller.signal)
        : await this.actions.loadMore(dim, controller.signal);
      this.fill(section, result);
      message.textContent = result.values.length ? '' : 'No values match.';
    } catch (failure) {
      if (failure.name === 'AbortError') return;
      message.textContent = failure.describe ? failure.describe() : String(failure);
      message.classList.add('error');
      message.setAttribute('role', 'alert');
    } finally {
      if (this.loads.get(dim) === controller) {
        this.loads.delete(dim);
        section.setAttribute('aria-busy', 'false');
      }
    }
  }

  /** Replaces a group's checkboxes; values selected in the state are always shown and ticked. */
  fill(section, facet) {
    const dim = section.dataset.dim;
    const values = [...facet.values];
    for (const value of this.state.filters[dim] || []) {
      if (!values.some((v) => v.value === value)) values.unshift({ value, count: null, selected: true });
    }
    const list = section.querySelector('.facet-values');
    list.replaceChildren(...values.map((value, index) => this.option(dim, value, `${section.getAttribute('aria-labelledby')}-${index}`)));
  }

  option(dim, facetValue, id) {
    const item = el('li', 'facet-value');
    const box = el('input');
    box.type = 'checkbox';
    box.id = id;
    box.value = facetValue.value;
    box.dataset.dim = dim;
    box.checked = isSelected(this.state, dim, facetValue.value);
    box.addEventListener('change', () => this.actions.onToggle(dim, facetValue.value, box.checked));
    const label = el('label');
    label.htmlFor = id;
    label.append(el('span', 'facet-name', facetValue.value));
    if (typeof facetValue.count === 'number') {
      const count = el('span', 'count', formatNumber(facetValue.count));
      count.setAttribute('aria-label', `${facetValue.count} charts`);
      label.append(count);
    }
    item.append(box, label);
    return item;
  }
}
