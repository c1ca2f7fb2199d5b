// Type-ahead under the search box, from /api/suggest: titles open the article, names filter the search.
import * as api from './api.js';
import { el, replace } from './dom.js';

const TYPE_LABEL = { title: 'article', person: 'person', place: 'place', organization: 'organisation' };
const DELAY_MS = 120;

export function attachSuggest(input, list, onPick) {
  let timer = null;
  let controller = null;
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    items = [];
    active = -1;
  };

  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', list.children[i].id);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (s) => {
    close();
    onPick(s);
  };

  const show = (suggestions) => {
    items = suggestions;
    if (!items.length) {
      close();
      return;
    }
    replace(list, items.map((s, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', className: `suggestion type-${s.type}`,
      // mousedown, not click: it comes before the input's blur closes the list
      onmousedown: (e) => { e.preventDefault(); pick(s); },
    }, el('span', { className: 'text' }, s.text), el('span', { className: 'type' }, TYPE_LABEL[s.type] || s.type))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const fetchFor = async (q) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const { suggestions = [] } = await api.suggest(q, controller.signal);
      if (input.value.trim() === q) show(suggestions);
    } catch (e) {
      if (e.name !== 'AbortError') close(); // type-ahead is a convenience: searching still works
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      controller?.abort();
      close();
      return;
    }
    timer = setTimeout(() => fetchFor(q), DELAY_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (list.hidden || !items.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      highlight((active + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(items[active]);
    } else if (e.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', close);

  /** Closes the list and drops a pending look-up (the query was submitted). */
  const cancel = () => {
    clearTimeout(timer);
    controller?.abort();
    close();
  };
  return { close: cancel };
}
