// The page's state lives in the URL hash, so that back/forward, reload and links all work:
//   #/                       dashboard
//   #/search?q=..&person=..  results (any /api/search parameter)
//   #/article/<id>           one article

/** Filter parameters of /api/search, in the order the facets are shown, with their labels. */
export const FILTERS = [
  ['category', 'Categories'],
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organisations'],
  ['keyword', 'Keywords'],
  ['publication', 'Publications'],
  ['language', 'Languages'],
  ['source', 'Source files'],
];

export const LABEL = Object.fromEntries(FILTERS);

export function parseRoute(hash) {
  const path = hash.replace(/^#/, '') || '/';
  const [where, query = ''] = splitOnce(path, '?');
  if (where.startsWith('/article/')) {
    return { view: 'article', id: decodeURIComponent(where.slice('/article/'.length)) };
  }
  if (where === '/search') {
    return { view: 'search', params: new URLSearchParams(query) };
  }
  return { view: 'dashboard' };
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}

export function searchHref(params) {
  const p = new URLSearchParams(params);
  for (const [k, v] of [...p]) if (v === '') p.delete(k);
  const query = p.toString();
  return query ? `#/search?${query}` : '#/search';
}

export const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;

/** A search for one filter value alone, e.g. everything about one person. */
export const filterHref = (name, value) => searchHref(new URLSearchParams([[name, value]]));

/** The same search with one filter value added or removed, back on page 1. */
export function toggled(params, name, value) {
  const p = new URLSearchParams(params);
  const values = p.getAll(name);
  p.delete(name);
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  next.forEach((v) => p.append(name, v));
  p.delete('page');
  return p;
}

export function withParam(params, name, value) {
  const p = new URLSearchParams(params);
  if (value === null || value === undefined || value === '') p.delete(name);
  else p.set(name, value);
  if (name !== 'page') p.delete('page');
  return p;
}
