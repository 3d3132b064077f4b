// As-you-type suggestions for the search box, following the ARIA combobox pattern: the input owns a
// listbox, arrows move the active option (aria-activedescendant), Enter takes it, Esc closes it.
// The word being typed is completed: `axis:"Decod` asks for axis labels starting with "Decod" and
// choosing "Decoding Steps" turns it into `axis:"Decoding Steps"`.

import { el } from './markup.js';

const DELAY_MS = 150;
const FIELDS = ['axis', 'model', 'title', 'type'];
const QUOTED = new RegExp(`(^|\\s)(${FIELDS.join('|')}):"([^"]*)$`, 'i');
const FIELDED = new RegExp(`(^|\\s)(${FIELDS.join('|')}):([^\\s"()[\\]{}]*)$`, 'i');
const BARE = /(^|\s)([^\s:"()[\]{}]+)$/;

/** The term under the caret: { field (or null), prefix, start (index where it begins) } or null. */
export function termAtEnd(value) {
  const match = QUOTED.exec(value) || FIELDED.exec(value) || BARE.exec(value);
  if (!match) return null;
  const bare = match.length === 3;
  const prefix = bare ? match[2] : match[3];
  if (prefix.trim() === '' || /^(AND|OR|NOT)$/.test(prefix)) return null;
  return { field: bare ? null : match[2].toLowerCase(), prefix, start: match.index + match[1].length };
}

/** The query text a chosen suggestion puts in place of the term. */
export function completion(suggestion, term) {
  const field = suggestion.field || term.field;
  const text = suggestion.text;
  const quoted = /^[\p{L}\p{N}_.-]+$/u.test(text) ? text : `"${text.replace(/"/g, '')}"`;
  if (!field || field === 'title') return quoted;
  return `${field}:${quoted}`;
}

/** Binds the combobox behaviour to an input and its listbox. */
export class SuggestBox {
  /**
   * @param fetchSuggestions (term, signal) → Promise of [{text, field, weight}]
   * @param onChoose (newQueryText) called when a suggestion is taken
   * @param onError (ApiError) called when suggestions cannot be fetched
   */
  constructor(input, listbox, { fetchSuggestions, onChoose, onError }) {
    Object.assign(this, { input, listbox, fetchSuggestions, onChoose, onError });
    this.options = [];
    this.active = -1;
    this.timer = 0;
    this.controller = null;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 100));
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.load(), DELAY_MS);
  }

  async load() {
    if (this.controller) this.controller.abort();
    const value = this.input.value;
    const term = termAtEnd(value);
    if (!term) return this.close();
    this.controller = new AbortController();
    try {
      const suggestions = await this.fetchSuggestions(term, this.controller.signal);
      if (this.input.value !== value || document.activeElement !== this.input) return;
      this.show(term, suggestions);
    } catch (failure) {
      if (failure.name !== 'AbortError') {
        this.close();
        this.onError(failure);
      }
    }
  }

  show(term, suggestions) {
    this.term = term;
    this.options = suggestions.map((suggestion, index) => this.option(suggestion, index));
    this.active = -1;
    this.listbox.replaceChildren(...this.options);
    this.setOpen(this.options.length > 0);
  }

  option(suggestion, index) {
    const item = el('li', 'suggestion');
    item.id = `suggestion-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.append(el('span', 'suggestion-text', suggestion.text));
    if (suggestion.field) item.append(el('span', 'suggestion-field', suggestion.field));
    item.suggestion = suggestion;
    // mousedown, not click: the input keeps focus, so blur does not close the list first.
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      this.choose(index);
    });
    return item;
  }

  onKey(event) {
    const open = !this.listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.options.length) return;
      event.preventDefault();
      if (!open) this.setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Positions cycle through -1 (the input itself) and the options.
      const next = this.active + step;
      this.activate(next < -1 ? this.options.length - 1 : next);
    } else if (event.key === 'Enter' && open && this.active >= 0) {
      event.preventDefault();
      this.choose(this.active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    } else if (event.key === 'Tab' || event.key === 'Enter') {
      clearTimeout(this.timer);
      if (this.controller) this.controller.abort();
      this.close();
    }
  }

  /** Moves the active option; -1 or options.length mean "back in the input". */
  activate(index) {
    this.active = index >= this.options.length ? -1 : index;
    this.options.forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', this.options[this.active].id);
      this.options[this.active].scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  choose(index) {
    const suggestion = this.options[index].suggestion;
    const value = this.input.value.slice(0, this.term.start) + completion(suggestion, this.term);
    this.close();
    this.input.value = value;
    this.onChoose(value);
  }

  setOpen(open) {
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.activate(-1);
  }

  close() {
    this.options = [];
    this.listbox.replaceChildren();
    this.setOpen(false);
  }
}
