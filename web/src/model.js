// The graph the explorer holds, and how it is drawn.
//
// The API's graph views are bipartite: partners, and the facts (donations, agreements,
// projects, engagements) they take part in. Drawn as they are ("nodes" mode) a reader
// must look two steps away to see who gave to whom; "edges" mode folds each fact into
// edges between its partners: donor → recipient for a donation, funder or implementer →
// beneficiary for a project, and a link between every two parties of an agreement or an
// engagement. A fact that would draw more than MAX_FOLDED edges, or that has a single
// partner in view, stays a small node, so nothing the view holds disappears.

export const MAX_FOLDED = 6;
export const FACT_LABELS = ["Donation", "Agreement", "Project", "Engagement"];
export const AFFILIATIONS = ["PART_OF", "OFFICE_OF", "MEMBER_OF", "MERGED_INTO"];
// What each relationship of the API's views is drawn as in "nodes" mode.
const RAW_KINDS = {
  GAVE: "donation", TO: "donation", PARTY_TO: "agreement", FUNDS: "project",
  IMPLEMENTS: "project", BENEFITS: "project", TOOK_PART_IN: "engagement", IN_COUNTRY: "place",
};

// Every node and edge the explorer has fetched so far, by the view's ids.
export class Store {
  constructor() {
    this.nodes = new Map();
    this.edges = new Map();
  }

  clear() {
    this.nodes.clear();
    this.edges.clear();
  }

  // Adds a GraphView; returns how many nodes were new.
  merge(view) {
    let added = 0;
    for (const node of view.nodes) {
      if (!this.nodes.has(node.id)) added += 1;
      this.nodes.set(node.id, node);
    }
    for (const edge of view.edges) this.edges.set(edge.id, edge);
    return added;
  }
}

// Where a fact's partners stand, from the relationships that reach it.
function rolesOf(store) {
  const roles = new Map();
  const role = (id) => {
    if (!roles.has(id)) {
      roles.set(id, { donors: [], recipients: [], parties: [], funders: [], beneficiaries: [],
                      partOf: null });
    }
    return roles.get(id);
  };
  for (const edge of store.edges.values()) {
    const { source, target, type } = edge;
    if (type === "GAVE") role(target).donors.push(source);
    else if (type === "TO") role(source).recipients.push(target);
    else if (type === "PARTY_TO" || type === "TOOK_PART_IN") role(target).parties.push(source);
    else if (type === "FUNDS" || type === "IMPLEMENTS") role(target).funders.push(source);
    else if (type === "BENEFITS") role(source).beneficiaries.push(target);
    else if (type === "PART_OF" && source.startsWith("Donation:")) role(source).partOf = target;
  }
  return roles;
}

const unique = (ids) => [...new Set(ids)];

function pairs(ids) {
  const out = [];
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) out.push([ids[i], ids[j]]);
  }
  return out;
}

// [from, to, directed] for each edge a fact folds into.
function foldedEdges(label, r) {
  if (label === "Donation") {
    return r.donors.flatMap((d) => r.recipients.filter((t) => t !== d).map((t) => [d, t, true]));
  }
  if (label === "Project" && r.beneficiaries.length) {
    return r.funders.flatMap((f) => r.beneficiaries.filter((b) => b !== f).map((b) => [f, b, true]));
  }
  const all = unique([...r.parties, ...r.funders, ...r.beneficiaries]);
  return pairs(all).map(([a, b]) => [a, b, false]);
}

// The donations' values that a partner's size adds up. A donation recorded as part of a
// larger one in view is left out for the partners that also stand on the larger one
// (its value is inside the whole), and counted for the others.
function donationValues(store, roles) {
  const given = new Map();
  const received = new Map();
  const add = (map, id, usd) => map.set(id, (map.get(id) || 0) + usd);
  const wholes = (r) => {
    const seen = [];
    for (let up = r.partOf; up && store.nodes.has(up) && !seen.includes(up);
         up = roles.get(up)?.partOf) seen.push(up);
    return seen.map((id) => roles.get(id)).filter(Boolean);
  };
  for (const node of store.nodes.values()) {
    if (node.label !== "Donation") continue;
    const r = roles.get(node.id);
    if (!r) continue;
    const usd = Number(node.props.value_usd) || 0;
    const above = wholes(r);
    for (const id of unique(r.donors)) {
      if (!above.some((w) => w.donors.includes(id))) add(given, id, usd);
    }
    for (const id of unique(r.recipients)) {
      if (!above.some((w) => w.recipients.includes(id))) add(received, id, usd);
    }
  }
  return { given, received };
}

// Node diameter and edge width grow with the logarithm of a value in US dollars: the
// seed's gifts run from a few hundred dollars to millions.
export const sizeOf = (usd) => Math.round(22 + 7 * Math.log10(1 + (usd || 0) / 1000));
export const widthOf = (usd) => (usd ? +(1.5 + 1.2 * Math.log10(1 + usd / 1000)).toFixed(2) : 1.5);

// The fact's time span as [start, end] ISO dates (either may be missing).
export function spanOf(node) {
  const p = node.props;
  for (const prefix of ["when", "period", "signed"]) {
    if (p[`${prefix}_start`] || p[`${prefix}_end`]) return [p[`${prefix}_start`], p[`${prefix}_end`]];
  }
  return [null, null];
}

function partnerData(node, values) {
  const given = values.given.get(node.id) || 0;
  const received = values.received.get(node.id) || 0;
  return {
    id: node.id, label: node.label, ...names(node), kind: node.kind || "",
    country: node.props.country || "", ref: node.props.id, proposal: Boolean(node.proposal),
    given, received, size: sizeOf(given + received),
  };
}

// A node's name in the page's language (as the API gave it), and the other beside it in
// `both`, which a selected node shows.
function names(node) {
  const name = node.name || node.props.title_en || node.props.id;
  const other = node.name_other || "";
  return { name, other, both: other ? `${name}\n${other}` : name };
}

function factData(node) {
  const [start, end] = spanOf(node);
  return {
    id: node.id, label: node.label, ...names(node),
    kind: node.kind || "", ref: node.props.id, fact: node.id, start, end,
    usd: Number(node.props.value_usd) || 0, proposal: Boolean(node.proposal),
  };
}

// Cytoscape element definitions for the store, in `mode` "edges" or "nodes".
export function elements(store, mode) {
  const roles = rolesOf(store);
  const values = donationValues(store, roles);
  const out = [];
  for (const node of store.nodes.values()) {
    if (node.label === "Partner") out.push({ group: "nodes", data: partnerData(node, values) });
  }
  if (mode === "nodes") {
    for (const node of store.nodes.values()) {
      if (node.label === "Partner") continue;
      const data = node.label === "Place"
        ? { id: node.id, label: "Place", ...names(node), ref: node.props.id }
        : factData(node);
      out.push({ group: "nodes", data: { ...data, size: 16 } });
    }
    for (const edge of store.edges.values()) {
      const fact = [store.nodes.get(edge.source), store.nodes.get(edge.target)]
        .find((n) => n && FACT_LABELS.includes(n.label));
      const kind = RAW_KINDS[edge.type] || "affiliation";
      const flow = edge.type === "GAVE" || edge.type === "TO";
      out.push({ group: "edges", data: {
        id: edge.id, source: edge.source, target: edge.target, type: edge.type,
        kind: edge.type === "PART_OF" && fact ? "part" : kind, fact: fact ? fact.id : "",
        width: flow ? widthOf(Number(fact?.props.value_usd)) : 1.5, directed: true,
        ...(fact ? { start: spanOf(fact)[0], end: spanOf(fact)[1] } : {}),
      } });
    }
    return out;
  }
  for (const edge of store.edges.values()) {
    if (AFFILIATIONS.includes(edge.type) && edge.source.startsWith("Partner:")
        && edge.target.startsWith("Partner:")) {
      out.push({ group: "edges", data: {
        id: edge.id, source: edge.source, target: edge.target, type: edge.type,
        kind: "affiliation", fact: "", width: 1.5, directed: true,
      } });
    }
  }
  for (const node of store.nodes.values()) {
    if (!FACT_LABELS.includes(node.label)) continue;
    const r = roles.get(node.id);
    if (!r) continue;
    const folded = foldedEdges(node.label, r);
    const data = factData(node);
    const kind = node.label.toLowerCase();
    if (folded.length && folded.length <= MAX_FOLDED) {
      for (const [from, to, directed] of folded) {
        out.push({ group: "edges", data: {
          id: `${node.id}|${from}|${to}`, source: from, target: to, type: node.label, kind,
          fact: node.id, usd: data.usd, start: data.start, end: data.end,
          proposal: data.proposal,
          width: node.label === "Donation" ? widthOf(data.usd) : 1.5, directed,
        } });
      }
      continue;
    }
    // A hub: the fact stays a node, linked to each of its partners.
    out.push({ group: "nodes", data: { ...data, size: 16, hub: true } });
    const around = unique([...r.donors, ...r.parties, ...r.funders]);
    for (const id of around) {
      out.push({ group: "edges", data: { id: `${id}|${node.id}`, source: id, target: node.id,
        type: node.label, kind, fact: node.id, start: data.start, end: data.end, width: 1.5,
        directed: node.label === "Donation" || node.label === "Project" } });
    }
    for (const id of unique([...r.recipients, ...r.beneficiaries])) {
      out.push({ group: "edges", data: { id: `${node.id}|${id}`, source: node.id, target: id,
        type: node.label, kind, fact: node.id, start: data.start, end: data.end,
        width: widthOf(data.usd), directed: true } });
    }
  }
  return out;
}

// The names of a fact's partners by role, for the side panel.
export function partiesOf(store, factId) {
  const r = rolesOf(store).get(factId);
  if (!r) return {};
  const name = (id) => store.nodes.get(id)?.name || id;
  const list = (ids) => unique(ids).map(name);
  return { Donors: list(r.donors), Recipients: list(r.recipients), Parties: list(r.parties),
           "Funders / implementers": list(r.funders), Beneficiaries: list(r.beneficiaries) };
}
