// Exports of what is on screen: a PNG from Cytoscape, and GraphML of the visible nodes and
// edges, written through the browser's XML serializer (it escapes text and attributes).

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
// Attribute name → GraphML type, for nodes and for edges.
const NODE_KEYS = { label: "string", name: "string", kind: "string", country: "string",
                    ref: "string", given_usd: "double", received_usd: "double" };
const EDGE_KEYS = { type: "string", kind: "string", fact: "string", value_usd: "double",
                    start: "string", end: "string" };

function download(blob, filename) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

// The whole visible graph (not only the part in the viewport), at most 4000 px wide.
export function exportPng(cy) {
  const blob = cy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2, maxWidth: 4000,
                        maxHeight: 4000 });
  download(blob, "partnergraph.png");
}

function nodeAttributes(data) {
  return { label: data.label, name: data.name, kind: data.kind, country: data.country,
           ref: data.ref, given_usd: data.given, received_usd: data.received };
}

function edgeAttributes(data) {
  return { type: data.type, kind: data.kind, fact: data.fact ? data.fact.split(":")[1] : "",
           value_usd: data.usd, start: data.start, end: data.end };
}

export function graphml(nodes, edges) {
  const doc = document.implementation.createDocument(GRAPHML_NS, "graphml", null);
  const root = doc.documentElement;
  const add = (parent, tag, attrs) => {
    const element = doc.createElementNS(GRAPHML_NS, tag);
    for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
    parent.append(element);
    return element;
  };
  for (const [domain, keys] of [["node", NODE_KEYS], ["edge", EDGE_KEYS]]) {
    for (const [name, type] of Object.entries(keys)) {
      add(root, "key", { id: `${domain}_${name}`, for: domain, "attr.name": name, "attr.type": type });
    }
  }
  const graph = add(root, "graph", { id: "partnergraph", edgedefault: "directed" });
  const data = (element, domain, values) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === "") continue;
      add(element, "data", { key: `${domain}_${name}` }).textContent = String(value);
    }
  };
  nodes.forEach((node) => data(add(graph, "node", { id: node.id() }), "node",
                               nodeAttributes(node.data())));
  edges.forEach((edge) => data(add(graph, "edge", { id: edge.id(), source: edge.data("source"),
                                                    target: edge.data("target") }),
                               "edge", edgeAttributes(edge.data())));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

export function exportGraphml(nodes, edges) {
  download(new Blob([graphml(nodes, edges)], { type: "application/graphml+xml" }),
           "partnergraph-view.graphml");
}
