// One article: its text, its tags (each a search), its other printings and similar articles.
import * as api from './api.js';
import { el, replace } from './dom.js';
import { articleHref, filterHref } from './route.js';
import { errorBox, hitMeta, loading } from './parts.js';

const TAG_GROUPS = [
  ['category', 'Categories', (a) => a.categories],
  ['person', 'People', (a) => a.entities?.persons],
  ['place', 'Places', (a) => a.entities?.places],
  ['organization', 'Organisations', (a) => a.entities?.organizations],
  ['keyword', 'Keywords', (a) => a.keywords],
];

let shown = null;

export async function renderArticle(view, id) {
  shown = id;
  replace(view, loading('Loading the article…'));
  const similar = api.similar(id).catch(() => ({ hits: [] }));
  let article;
  try {
    article = await api.article(id);
  } catch (e) {
    if (shown === id) replace(view, errorBox(e));
    return;
  }
  if (shown !== id) return;
  document.title = `${article.title || 'Article'} – Newsroom`;
  const aside = el('aside', { className: 'similar', 'aria-label': 'Similar articles' }, el('h2', {}, 'Similar articles'), loading('…'));
  replace(view, el('div', { className: 'article-layout' },
    el('article', { className: 'article', 'data-id': article.id },
      el('p', {}, el('a', { href: lastSearch(), className: 'back' }, '‹ Back to results')),
      article.kicker ? el('p', { className: 'kicker' }, article.kicker) : null,
      el('h1', { id: 'article-title' }, article.title || '(untitled)'),
      article.subtitle ? el('p', { className: 'subtitle' }, article.subtitle) : null,
      hitMeta(article),
      tagGroups(article),
      el('div', { className: 'body' }, paragraphs(article.body)),
      copies(article)),
    aside));
  const { hits = [] } = await similar;
  if (shown !== id) return;
  replace(aside, el('h2', {}, 'Similar articles'), hits.length
    ? el('ol', { className: 'similar-list' }, hits.map((h) => el('li', {},
      el('a', { href: articleHref(h.id) }, h.title || h.summary || h.id), hitMeta(h))))
    : el('p', { className: 'muted' }, 'None found.'));
}

function tagGroups(article) {
  const groups = TAG_GROUPS
    .map(([name, label, values]) => [name, label, values(article) || []])
    .filter(([, , values]) => values.length)
    .map(([name, label, values]) => [
      el('dt', {}, label),
      el('dd', {}, values.map((v) => el('a', { className: `tag tag-${name}`, href: filterHref(name, v) }, v))),
    ]);
  return groups.length ? el('dl', { className: 'article-tags' }, groups) : null;
}

function paragraphs(body) {
  return String(body || '').split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => el('p', {}, p));
}

function copies(article) {
  if (!article.copies?.length) return null;
  return el('section', { className: 'copies' }, el('h2', {}, 'Also printed in'),
    el('ul', {}, article.copies.map((c) => el('li', {}, el('a', { href: articleHref(c.id) }, c.publication || c.sourceFile || c.id),
      c.publication && c.sourceFile ? ` (${c.sourceFile})` : null))));
}

/** The results the reader came from (remembered by main.js), else all articles. */
function lastSearch() {
  const hash = sessionStorage.getItem('newsroom.lastSearch');
  return hash && hash.startsWith('#/search') ? hash : '#/search';
}
