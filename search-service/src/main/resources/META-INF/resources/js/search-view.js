// Results of /api/search: facets to click, hits with highlighted snippets, paging.
import * as api from './api.js';
import { el, highlighted, replace } from './dom.js';
import { columnChart } from './charts.js';
import { FILTERS, LABEL, articleHref, filterHref, searchHref, toggled, withParam } from './route.js';
import { LANGUAGES, errorBox, hitMeta, loading } from './parts.js';

const PAGE_SIZE = 10;
const FACET_SHOWN = 8; // values per facet before 'more'
const MAX_WINDOW = 10000; // the API pages at most this deep (page * size <= 10000)

let inFlight = null;

export async function renderSearch(view, params) {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  replace(view, loading('Searching…'));
  const request = new URLSearchParams(params);
  if (!request.has('size')) request.set('size', PAGE_SIZE);
  let result;
  try {
    result = await api.search(request, controller.signal);
  } catch (e) {
    if (e.name === 'AbortError') return;
    replace(view, errorBox(e));
    return;
  }
  if (controller.signal.aborted) return;
  const size = Number(request.get('size')) || PAGE_SIZE;
  replace(view, el('div', { className: 'search-layout' },
    el('aside', { className: 'facets', 'aria-label': 'Refine' }, facets(result.facets || {}, params)),
    el('section', { className: 'results', 'aria-label': 'Results' },
      toolbar(result.total, params),
      result.hits.length ? el('ol', { className: 'hits' }, result.hits.map(hit)) : nothingFound(params),
      pager(result.total, params, size))));
}

function toolbar(total, params) {
  const sort = el('select', { id: 'sort', 'aria-label': 'Sort', onchange: (e) => go(withParam(params, 'sort', e.target.value)) },
    el('option', { value: 'relevance' }, 'Most relevant'),
    el('option', { value: 'date' }, 'Newest first'));
  sort.value = params.get('sort') === 'date' ? 'date' : 'relevance';
  return el('div', { className: 'toolbar' },
    el('p', { className: 'total', id: 'total' }, `${total.toLocaleString()} ${total === 1 ? 'article' : 'articles'}`),
    activeFilters(params),
    sort);
}

/** The filters in force, each with a button that removes it. */
function activeFilters(params) {
  const chips = [];
  for (const [name] of FILTERS) {
    for (const value of params.getAll(name)) {
      chips.push(chip(`${LABEL[name]}: ${value}`, toggled(params, name, value)));
    }
  }
  for (const bound of ['from', 'to']) {
    if (params.get(bound)) chips.push(chip(`${bound} ${params.get(bound)}`, withParam(params, bound, null)));
  }
  return el('ul', { className: 'active-filters', 'aria-label': 'Filters in force' }, chips);
}

function chip(text, without) {
  return el('li', {}, el('a', { className: 'chip active', href: searchHref(without), title: 'Remove this filter' },
    text, el('span', { 'aria-hidden': 'true' }, ' ×')));
}

function facets(all, params) {
  const groups = [];
  for (const [name, label] of FILTERS) {
    const values = all[name] || [];
    if (values.length) groups.push(facet(name, label, values, params));
  }
  const days = (all.date || []).slice().sort((a, b) => a.value.localeCompare(b.value));
  if (days.length > 1) {
    const points = days.map((d) => ({
      label: d.value, count: d.count, href: searchHref(withParam(withParam(params, 'from', d.value), 'to', d.value)),
    }));
    groups.push(el('section', { className: 'facet', 'data-facet': 'date' },
      el('h3', {}, 'Dates'), columnChart(points, { width: 260, height: 110, name: 'Articles per day' })));
  }
  return groups.length ? groups : el('p', { className: 'muted' }, 'Nothing to refine.');
}

/** One facet: its values as links that add or remove the filter; the long tail behind "more". */
function facet(name, label, values, params) {
  let hidden = 0;
  const list = el('ul', {}, values.map(({ value, count }, i) => {
    const selected = params.getAll(name).includes(value);
    const tail = i >= FACET_SHOWN && !selected;
    if (tail) hidden += 1;
    return el('li', { className: tail ? 'more' : false }, el('a', {
      className: selected ? 'facet-value selected' : 'facet-value',
      href: searchHref(toggled(params, name, value)),
      'aria-current': selected ? 'true' : false,
      'data-value': value,
    }, el('span', { className: 'value' }, name === 'language' ? (LANGUAGES[value] || value) : value),
    el('span', { className: 'count' }, String(count))));
  }));
  const more = hidden > 0 ? el('button', {
    type: 'button',
    className: 'show-more',
    onclick: () => { list.classList.add('expanded'); more.remove(); },
  }, `${hidden} more`) : null;
  return el('section', { className: 'facet', 'data-facet': name }, el('h3', {}, label), list, more);
}

function hit(h) {
  const title = h.highlights?.title?.[0];
  const snippets = h.highlights?.body?.length ? h.highlights.body.slice(0, 2) : [];
  return el('li', { className: 'hit', 'data-id': h.id },
    h.kicker ? el('p', { className: 'kicker' }, h.kicker) : null,
    el('h2', {}, el('a', { href: articleHref(h.id) }, title ? highlighted(title) : (h.title || untitled(h)))),
    h.subtitle ? el('p', { className: 'subtitle' }, h.subtitle) : null,
    hitMeta(h),
    snippets.length
      ? el('p', { className: 'snippet' }, snippets.map((s, i) => [i ? ' … ' : '', highlighted(s)]))
      : (h.summary ? el('p', { className: 'snippet' }, h.summary) : null),
    tags(h),
    h.copies?.length ? el('p', { className: 'copies' }, 'Also printed in: ',
      h.copies.map((c, i) => [i ? ', ' : '', el('a', { href: articleHref(c.id) }, c.publication || c.sourceFile || c.id)])) : null);
}

function untitled(h) {
  const start = [...(h.summary || '')].slice(0, 30).join('');
  return start ? `${start}…` : '(untitled)';
}

function tags(h) {
  const links = [
    ...(h.categories || []).map((v) => ['category', v]),
    ...(h.entities?.persons || []).slice(0, 4).map((v) => ['person', v]),
    ...(h.entities?.places || []).slice(0, 3).map((v) => ['place', v]),
    ...(h.entities?.organizations || []).slice(0, 3).map((v) => ['organization', v]),
  ];
  if (!links.length) return null;
  return el('p', { className: 'tags' }, links.map(([name, value]) =>
    el('a', { className: `tag tag-${name}`, href: filterHref(name, value), title: LABEL[name] }, value)));
}

function nothingFound(params) {
  return el('div', { className: 'empty' },
    el('p', {}, 'No article matches.'),
    [...params.keys()].some((k) => k !== 'q') ? el('p', {}, el('a', { href: searchHref(new URLSearchParams({ q: params.get('q') || '' })) }, 'Search without the filters')) : null);
}

function pager(total, params, size) {
  const pages = Math.ceil(Math.min(total, MAX_WINDOW) / size);
  if (pages <= 1) return null;
  const current = Math.min(Math.max(1, Number(params.get('page')) || 1), pages);
  const link = (page, text, label) => el('li', {}, page === current
    ? el('span', { className: 'page current', 'aria-current': 'page' }, text)
    : el('a', { className: 'page', href: searchHref(withParam(params, 'page', page)), 'aria-label': label, rel: label === 'Next page' ? 'next' : false }, text));
  const shown = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((p) => p >= 1 && p <= pages));
  const items = [];
  if (current > 1) items.push(link(current - 1, '‹ Previous', 'Previous page'));
  let last = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p > last + 1) items.push(el('li', { className: 'gap' }, '…'));
    items.push(link(p, String(p), `Page ${p}`));
    last = p;
  }
  if (current < pages) items.push(link(current + 1, 'Next ›', 'Next page'));
  return el('nav', { className: 'pager', 'aria-label': 'Pages' }, el('ul', {}, items));
}

function go(params) {
  location.hash = searchHref(params);
}
