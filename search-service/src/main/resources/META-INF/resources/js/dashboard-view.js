// The dashboard: counts, articles per day, the most mentioned people, places, organisations, categories.
import * as api from './api.js';
import { el, replace } from './dom.js';
import { barList, columnChart } from './charts.js';
import { articleHref, filterHref, searchHref } from './route.js';
import { errorBox, loading } from './parts.js';

const TOP = [
  ['person', 'Top people'],
  ['place', 'Top places'],
  ['organization', 'Top organisations'],
  ['category', 'Categories'],
];
const TOP_COUNT = 10;

export async function renderDashboard(view) {
  replace(view, loading('Loading the dashboard…'));
  let stats;
  let facets;
  try {
    // size=1: the facets of all articles are what is wanted here, not the hits.
    [stats, { facets = {} }] = await Promise.all([api.stats(), api.search(new URLSearchParams({ size: 1 }))]);
  } catch (e) {
    replace(view, errorBox(e));
    return;
  }
  const perDay = (stats.perDay || []).slice().sort((a, b) => a.date.localeCompare(b.date));
  replace(view, el('div', { className: 'dashboard' },
    el('section', { className: 'cards' },
      card('Articles', stats.articles, searchHref(new URLSearchParams())),
      card('Pages', stats.pages),
      el('div', { className: 'card newest' }, el('span', { className: 'card-label' }, 'Newest'),
        stats.newest
          ? el('a', { href: articleHref(stats.newest.id) }, stats.newest.title || stats.newest.id)
          : el('span', { className: 'muted' }, 'No article yet: drop pages into the inbox.'),
        stats.newest?.date ? el('span', { className: 'muted' }, ` ${stats.newest.date}`) : null)),
    el('section', { className: 'panel wide', id: 'per-day' }, el('h2', {}, 'Articles per day'),
      perDay.length
        ? columnChart(perDay.map((d) => ({
          label: d.date, count: d.count, href: searchHref(new URLSearchParams({ from: d.date, to: d.date })),
        })), { name: 'Articles per day' })
        : el('p', { className: 'muted' }, 'No dates yet.')),
    TOP.map(([name, title]) => {
      const values = (facets[name] || []).slice(0, TOP_COUNT);
      return el('section', { className: 'panel', id: `top-${name}` }, el('h2', {}, title),
        values.length
          ? barList(values.map((v) => ({ label: v.value, count: v.count, href: filterHref(name, v.value) })), { name: title })
          : el('p', { className: 'muted' }, 'None yet.'));
    })));
}

function card(label, value, href) {
  const number = el('span', { className: 'card-value' }, (value ?? 0).toLocaleString());
  return el('div', { className: 'card' }, el('span', { className: 'card-label' }, label), href ? el('a', { href }, number) : number);
}
