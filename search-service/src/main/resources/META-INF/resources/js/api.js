// The JSON API of search-service (see API-CONTRACT.md). Errors are RFC 9457 problem details.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
  }
}

async function get(path, params = new URLSearchParams(), signal) {
  const query = params.toString();
  let response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Network error', 'The search service does not answer.');
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.title || response.statusText, body?.detail);
  }
  return body;
}

/** params: URLSearchParams of the search (q, filters, sort, page, size). */
export const search = (params, signal) => get('/api/search', params, signal);

export const article = (id) => get(`/api/articles/${encodeURIComponent(id)}`);

export const similar = (id, size = 5) =>
  get(`/api/articles/${encodeURIComponent(id)}/similar`, new URLSearchParams({ size }));

export const suggest = (q, signal, size = 8) => get('/api/suggest', new URLSearchParams({ q, size }), signal);

export const stats = () => get('/api/stats');
