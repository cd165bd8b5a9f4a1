// The explorer page: loads GET /graph, draws it with Cytoscape.js (fcose layout), and wires
// search, neighbour expansion, filters, the side panel and the exports.

import * as api from "./api.js";
import { h, words } from "./dom.js";
import { exportGraphml, exportPng } from "./export.js";
import { Filters } from "./filters.js";
import { Canvas } from "./canvas.js";
import { partiesOf, Store } from "./model.js";
import { showError, showFact, showPartner } from "./panel.js";
import { PARTNER_KINDS, renderLegend } from "./style.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const initial = { center: params.get("center") || undefined,
                  depth: params.get("depth") || undefined,
                  limit: params.get("limit") || undefined };

const store = new Store();
const filters = new Filters();
const panel = $("panel");
let mode = params.get("mode") === "nodes" ? "nodes" : "edges";
$("mode").value = mode;

const canvas = new Canvas($("cy"), (cy) => {
  cy.on("tap", "node", (event) => {
    const data = event.target.data();
    if (data.label === "Partner") selectPartner(data.ref);
    else if (data.fact) selectFact(data.fact).catch(fail);
  });
  cy.on("tap", "edge", (event) => {
    const edge = event.target;
    if (edge.data("fact")) selectFact(edge.data("fact")).catch(fail);
    else selectAffiliation(edge).catch(fail);
  });
});

function setState(state) {
  document.body.dataset.state = state;
}

function fail(error) {
  setState("error");
  $("status").textContent = error.message;
  showError(panel, error);
}

function updateStatus(visible) {
  const status = $("status");
  const partners = [...store.nodes.values()].filter((n) => n.label === "Partner").length;
  status.dataset.nodes = visible.nodes.length;
  status.dataset.edges = visible.edges.length;
  status.textContent = `${visible.nodes.length} nodes · ${visible.edges.length} links shown `
    + `(${partners} partners loaded)`;
}

function applyFilters() {
  updateStatus(filters.apply(canvas.cy));
}

function fillCountries() {
  const select = $("filter-country");
  const places = new Map([...store.nodes.values()].filter((n) => n.label === "Place")
    .map((n) => [n.props.id, n.name]));
  const countries = new Set(canvas.cy.nodes("[label = 'Partner']").map((n) => n.data("country")));
  countries.delete("");
  const chosen = select.value;
  select.replaceChildren(h("option", { value: "" }, "all countries"),
    ...[...countries].sort().map((c) => h("option", { value: c, selected: c === chosen },
                                       places.get(c) || words(c))));
}

function fillKinds() {
  const counts = {};
  canvas.cy.nodes("[label = 'Partner']").forEach((n) => {
    counts[n.data("kind")] = (counts[n.data("kind")] || 0) + 1;
  });
  $("filter-kinds").replaceChildren(h("legend", {}, "Partner kind"),
    ...Object.entries(PARTNER_KINDS).map(([kind, { colour, text }]) => h("label", { class: "kind" },
      h("input", { type: "checkbox", value: kind, checked: filters.kinds.has(kind),
                   onchange: (e) => {
                     if (e.target.checked) filters.kinds.add(kind); else filters.kinds.delete(kind);
                     applyFilters();
                   } }),
      h("span", { class: "dot", style: `--swatch: ${colour}` }),
      `${text} (${counts[kind] || 0})`)));
}

// Redraws the store; a small view is laid out again from where its nodes stand, a large
// one keeps its picture and shows newcomers around the node that brought them in.
async function render({ near = null, fresh = false } = {}) {
  const drawn = canvas.render(store, mode, { near, fresh });
  fillKinds();
  fillCountries();
  applyFilters();
  if (drawn.fresh || (drawn.added && !canvas.large)) {
    await canvas.layout({ incremental: !drawn.fresh });
  }
}

// The API's largest view, and its default: what "Show more" grows towards.
const MAX_LIMIT = 10000;
const DEFAULT_LIMIT = 2000;
// The last view asked for, so a partial one can be asked for again, wider.
let lastAsked = null;

// Around a hub the API reads only the strongest links, or more partners match than the
// view holds: say so, and offer a wider view, rather than pass a part off as the whole.
function notePartial(asked, view) {
  const partial = !view.complete || view.truncated;
  const limit = Number(asked.limit) || DEFAULT_LIMIT;
  $("partial").hidden = !partial;
  lastAsked = partial ? { ...asked, center: view.center?.id ?? asked.center, limit } : null;
  if (!partial) return;
  const partners = view.nodes.filter((n) => n.label === "Partner").length;
  const around = view.center ? ` of ${view.center.name}'s neighbourhood` : " of the network";
  $("partial-text").textContent = `Showing the strongest part${around}: ${partners} partners`
    + `, ${view.nodes.length} nodes.`;
  $("partial-widen").hidden = limit >= MAX_LIMIT;
}

// Every view asked for since the last load, so that a change of language can ask for them
// again: the API names the nodes in the page's language.
const views = new Map();

async function fetchView(asked) {
  const view = await api.graph(asked);
  views.set(JSON.stringify(asked), asked);
  notePartial(asked, view);
  return view;
}

async function load() {
  setState("loading");
  store.clear();
  views.clear();
  store.merge(await fetchView(initial));
  await render({ fresh: true });
  setState("ready");
}

// Brings a partner's neighbours in (GET /graph?center=&depth=1).
async function expand(ref) {
  const added = store.merge(await fetchView({ center: ref, depth: 1 }));
  if (added) await render({ near: `Partner:${ref}` });
}

// The same view again with twice the nodes: the search reads further down the ranking.
async function widen() {
  if (!lastAsked) return;
  setState("busy");
  const asked = { ...lastAsked, limit: Math.min(lastAsked.limit * 2, MAX_LIMIT) };
  const near = asked.center ? `Partner:${asked.center}` : null;
  const added = store.merge(await fetchView(asked));
  if (added) await render({ near });
  setState("ready");
}

async function selectPartner(ref) {
  setState("busy");
  try {
    const id = `Partner:${ref}`;
    await expand(ref);
    canvas.cy.$(":selected").unselect();
    const node = canvas.cy.$id(id);
    node.select();
    if (node.nonempty()) canvas.cy.animate({ center: { eles: node }, duration: 200 });
    await showPartner(panel, ref);
    setState("ready");
  } catch (error) {
    fail(error);
  }
}

// A view's nodes carry what the picture needs: the panel reads the rest of the one picked
// (GET /graph/node), and shows it unless another was picked meanwhile.
async function selectFact(factId) {
  if (!store.nodes.has(factId)) return;
  panel.dataset.selected = factId;
  const node = await api.graphNode(factId);
  if (panel.dataset.selected === factId) showFact(panel, node, partiesOf(store, factId));
}

async function selectAffiliation(edge) {
  const raw = store.edges.get(edge.id());
  const from = store.nodes.get(edge.data("source"))?.name;
  const to = store.nodes.get(edge.data("target"))?.name;
  const type = words(edge.data("type")).toLowerCase();
  panel.dataset.selected = edge.id();
  const detail = raw ? await api.graphEdge(raw) : { props: {} };
  if (panel.dataset.selected !== edge.id()) return;
  showFact(panel, { id: edge.id(), label: "Affiliation", name: `${from} ${type} ${to}`,
                    props: detail.props }, {});
}

// --- Search: the API's own partner search, so aliases and diacritics work alike -------

const input = $("search-input");
const results = $("search-results");
let searchSeq = 0;
let hits = [];

async function search(q) {
  const seq = ++searchSeq;
  hits = q.trim() ? (await api.searchPartners(q.trim())).items : [];
  if (seq !== searchSeq) return hits; // a newer query is on its way
  results.replaceChildren(...hits.map((hit) => h("li", { role: "option" },
    h("button", { type: "button", dataset: { id: hit.id },
                  onclick: () => { results.hidden = true; selectPartner(hit.id); } },
      h("span", { class: "hit-name" }, hit.name,
        hit.name_other ? h("span", { class: "other" }, ` · ${hit.name_other}`) : ""),
      h("small", {}, words(hit.kind))))));
  results.hidden = !hits.length;
  return hits;
}

let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => search(input.value).catch(fail), 200);
});
$("search").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearTimeout(typing);
  try {
    const found = await search(input.value);
    results.hidden = true;
    if (found.length) await selectPartner(found[0].id);
    else $("status").textContent = `No partner matches “${input.value}”.`;
  } catch (error) {
    fail(error);
  }
});

// --- Filters ---------------------------------------------------------------------------

const year = (value) => (value.trim() && Number.isFinite(Number(value)) ? Number(value) : null);
$("filter-country").addEventListener("change", (e) => { filters.country = e.target.value; applyFilters(); });
$("filter-since").addEventListener("change", (e) => { filters.since = year(e.target.value); applyFilters(); });
$("filter-until").addEventListener("change", (e) => { filters.until = year(e.target.value); applyFilters(); });

async function filterItem(value) {
  const note = $("filter-item-note");
  note.hidden = true;
  filters.item = value.trim();
  filters.itemDonations = null;
  if (filters.item) {
    try {
      const page = await api.donations({ item: filters.item });
      filters.itemDonations = new Set(page.items.map((d) => `Donation:${d.id}`));
      const shownOnly = page.total > page.items.length ? ` (the first ${page.items.length} kept)` : "";
      note.textContent = `${page.total} donation(s) include it${shownOnly}.`;
    } catch (error) {
      // An item word no item has is a 422 naming the nearest words.
      const refused = error.status === 422 && error.body?.detail?.[0]?.loc?.[1] === "item";
      if (!refused) throw error;
      const near = (error.body.detail[0].suggestions || []).map((s) => s.word || s.item).join(", ");
      filters.itemDonations = new Set();
      note.textContent = `No such item.${near ? ` Near: ${near}` : ""}`;
    }
    note.hidden = false;
  }
  applyFilters();
}
$("filter-item").addEventListener("change", (e) => filterItem(e.target.value).catch(fail));

$("filter-clear").addEventListener("click", () => {
  Object.assign(filters, new Filters());
  for (const id of ["filter-since", "filter-until", "filter-item"]) $(id).value = "";
  $("filter-country").value = "";
  $("filter-item-note").hidden = true;
  fillKinds();
  applyFilters();
});

// --- Toolbar ---------------------------------------------------------------------------

$("mode").addEventListener("change", (e) => {
  mode = e.target.value;
  render({ fresh: true }).catch(fail);
});
$("relayout").addEventListener("click", () => canvas.layout().catch(fail));
$("fit").addEventListener("click", () => canvas.cy.fit(canvas.cy.elements().not(".hidden"), 30));
$("reset").addEventListener("click", () => load().catch(fail));
$("partial-widen").addEventListener("click", () => widen().catch(fail));
$("export-png").addEventListener("click", () => exportPng(canvas.cy));
$("export-graphml").addEventListener("click", () => {
  const visible = canvas.cy.elements().not(".hidden");
  exportGraphml(visible.nodes(), visible.edges());
});

renderLegend($("legend"));
// For people poking at the page from the browser's console, and for the browser tests.
window.explorer = { get cy() { return canvas.cy; }, store, filters };
load().catch(fail);

// --- Language: the same views and selection again, named in the chosen language --------

async function relabel() {
  setState("busy");
  for (const asked of [...views.values()]) store.merge(await api.graph(asked));
  await render();
  const selected = panel.dataset.selected;
  results.hidden = true;
  if (selected && store.nodes.has(selected)) await selectFact(selected);
  else if (selected && store.nodes.has(`Partner:${selected}`)) await showPartner(panel, selected);
  setState("ready");
}
document.addEventListener("partnergraph:language", () => relabel().catch(fail));
