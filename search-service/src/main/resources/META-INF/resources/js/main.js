// Wires the search box and the views to the URL hash.
import { parseRoute, searchHref, articleHref, withParam } from './route.js';
import { attachSuggest } from './suggest.js';
import { renderSearch } from './search-view.js';
import { renderArticle } from './article-view.js';
import { renderDashboard } from './dashboard-view.js';

const view = document.getElementById('view');
const form = document.getElementById('search-form');
const input = document.getElementById('q');
let current = parseRoute(location.hash);

const suggest = attachSuggest(input, document.getElementById('suggestions'), (s) => {
  navigate(s.type === 'title' && s.id
    ? articleHref(s.id)
    : searchHref(new URLSearchParams([[s.type === 'title' ? 'q' : s.type, s.text]])));
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  suggest.close();
  // A new query keeps the filters chosen on the results page; the filter chips remove them.
  const base = current.view === 'search' ? current.params : new URLSearchParams();
  navigate(searchHref(withParam(base, 'q', input.value.trim())));
});

/** Goes to a hash; the same hash again (the same search resubmitted) runs it again. */
function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const hash = location.hash;
  current = parseRoute(hash);
  document.body.dataset.view = current.view;
  // data-ready tells (tests, mostly) which address the view shows once it has finished loading.
  delete view.dataset.ready;
  window.scrollTo(0, 0);
  if (current.view === 'search') {
    sessionStorage.setItem('newsroom.lastSearch', hash);
    input.value = current.params.get('q') || '';
    document.title = current.params.get('q') ? `${current.params.get('q')} – Newsroom` : 'Newsroom';
    await renderSearch(view, current.params);
  } else if (current.view === 'article') {
    document.title = 'Article – Newsroom';
    await renderArticle(view, current.id);
  } else {
    input.value = '';
    document.title = 'Newsroom';
    await renderDashboard(view);
  }
  if (location.hash === hash) view.dataset.ready = hash;
}

window.addEventListener('hashchange', route);
route();
