// Pieces shared by the views.
import { el } from './dom.js';

export const LANGUAGES = { zh: '中文', en: 'English' };

export function loading(text) {
  return el('p', { className: 'loading', role: 'status' }, text);
}

/** An API error as the user should read it: the problem's title and detail, as text. */
export function errorBox(e) {
  return el('div', { className: 'error', role: 'alert' },
    el('strong', {}, e.title || 'Something went wrong'),
    e.message && e.message !== e.title ? el('p', {}, e.message) : null);
}

/** publication · date · authors · language · source file */
export function hitMeta(h) {
  const parts = [
    h.publication,
    h.publishedDate || h.date,
    h.authors?.length ? h.authors.join('、') : null,
    LANGUAGES[h.language] || h.language,
    h.sourceFile,
  ].filter(Boolean);
  return el('p', { className: 'meta' }, parts.map((p, i) => [i ? el('span', { className: 'sep', 'aria-hidden': 'true' }, ' · ') : null, p]));
}
