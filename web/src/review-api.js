// The calls the review page makes, all to this same server. Reads are open; every
// decision is a POST that carries the API key and the reviewer's name, asked once and
// kept for this browser tab only (sessionStorage).

import { language } from "./i18n.js";

const KEY = "partnergraph.review";

export function credentials() {
  try { return JSON.parse(sessionStorage.getItem(KEY)) || null; } catch { return null; }
}

export function remember(apiKey, reviewer) {
  sessionStorage.setItem(KEY, JSON.stringify({ apiKey, reviewer }));
}

export class ReviewError extends Error {
  constructor(status, body) {
    const detail = body?.detail;
    super(Array.isArray(detail)
      ? detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ")
      : detail ? String(detail) : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function call(method, path, { params = {}, body } = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const headers = { Accept: "application/json", "Accept-Language": language };
  if (method !== "GET") {
    const who = credentials() || {};
    // A header carries Latin-1 only: a Vietnamese name goes percent-encoded (UTF-8).
    Object.assign(headers, { "Content-Type": "application/json", "X-API-Key": who.apiKey || "",
                             "X-Reviewer": encodeURIComponent(who.reviewer || "") });
  }
  const response = await fetch(query.size ? `${path}?${query}` : path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw new ReviewError(response.status, answer);
  return answer;
}

const part = encodeURIComponent;

export const documents = () => call("GET", "/review/documents");
export const documentWithProposals = (id) => call("GET", `/review/documents/${part(id)}`);
export const proposal = (id) => call("GET", `/review/proposals/${part(id)}`);
export const history = (recordId) => call("GET", `/review/history/${part(recordId)}`);
export const actions = (params) => call("GET", "/review/actions", { params });

export const accept = (id, version, record) =>
  call("POST", `/review/proposals/${part(id)}/accept`,
       { body: record ? { version, record } : { version } });
export const reject = (id, version, reason) =>
  call("POST", `/review/proposals/${part(id)}/reject`, { body: { version, reason } });
export const merge = (id, into) =>
  call("POST", `/review/partners/${part(id)}/merge`, { body: { into } });
export const promote = (id) => call("POST", `/review/partners/${part(id)}/promote`, { body: {} });
export const undo = (actionId) => call("POST", `/review/actions/${part(actionId)}/undo`, { body: {} });

// The pickers search with the API's own matching: any name, alias, acronym, spelling.
export const findPartners = (q) => call("GET", "/partners", { params: { q, limit: 8 } });
export const findItems = (q) => call("GET", "/items", { params: { q, limit: 8 } });
