// The API calls the explorer makes; every one goes to this same server, in the page's
// language: the API names partners, places, items and facts in it (`name`), the other
// language beside (`name_other`).

import { language } from "./i18n.js";

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.detail ? String(body.detail) : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function getJSON(path, params = {}) {
  const query = new URLSearchParams({ lang: language });
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const part = encodeURIComponent;

// GET /graph: the whole network, or the neighbourhood of `center` within `depth` hops.
export const graph = ({ center, depth, limit } = {}) => getJSON("/graph", { center, depth, limit });
// A view carries what the picture needs; GET /graph/node and /graph/edge give every
// property of the one a reader picks (its sources, figures, notes).
export const graphNode = (id) => getJSON("/graph/node", { id });
export const graphEdge = ({ source, type, target }) => getJSON("/graph/edge", { source, type, target });
// GET /partners?q=: alias-, acronym- and diacritic-aware search.
export const searchPartners = (q, limit = 8) => getJSON("/partners", { q, limit });
export const partner = (id) => getJSON(`/partners/${part(id)}`);
// GET /donations: `donor`, `recipient`, `item` take ids or any name.
export const donations = (params) => getJSON("/donations", { limit: 200, ...params });
export const documentView = (id) => getJSON(`/documents/${part(id)}`);

// Where a reader sees a source document, the quote marked.
export function documentHref(documentId, quote) {
  const href = `/explore/documents/${part(documentId)}`;
  return quote ? `${href}?quote=${part(quote)}` : href;
}
