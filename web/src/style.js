// The picture language, declared once: the stylesheet and the legend both read it.
// Colours follow cypher/browser/partnergraph.grass, so Neo4j Browser shows the same.

export const PARTNER_KINDS = {
  local_government: { colour: "#2f6db5", text: "Local government" },
  national_government: { colour: "#1b3f73", text: "National government" },
  government_office: { colour: "#6fa3dc", text: "Government office" },
  diplomatic_mission: { colour: "#7b4fa0", text: "Diplomatic mission" },
  multilateral: { colour: "#c0392b", text: "Multilateral" },
  foreign_ngo: { colour: "#2e9e5b", text: "Foreign NGO" },
  domestic_organisation: { colour: "#b8860b", text: "Domestic organisation" },
  company: { colour: "#6b6b6b", text: "Company" },
  association: { colour: "#d9822b", text: "Association" },
};

export const LINKS = {
  donation: { colour: "#d35400", text: "Donation (donor → recipient; width: value)", line: "solid" },
  agreement: { colour: "#8e44ad", text: "Agreement", line: "solid" },
  project: { colour: "#16a085", text: "Project (funder → beneficiary)", line: "solid" },
  engagement: { colour: "#7f8c8d", text: "Engagement (took part together)", line: "dotted" },
  affiliation: { colour: "#34495e", text: "Affiliation (part of, office of…)", line: "dashed" },
};

// Fact and place nodes ("nodes" mode, or a fact with many partners).
export const OTHER_NODES = {
  Donation: { colour: "#d35400", shape: "diamond" },
  Agreement: { colour: "#8e44ad", shape: "round-rectangle" },
  Project: { colour: "#16a085", shape: "round-hexagon" },
  Engagement: { colour: "#95a5a6", shape: "round-triangle" },
  Place: { colour: "#bdc3c7", shape: "round-tag" },
};

export const kindColour = (kind) => PARTNER_KINDS[kind]?.colour || "#999999";

// Labels shrink with the zoom and vanish below a readable size (level of detail); with
// many nodes they appear only once the reader zooms in on a part of the picture.
export function stylesheet(nodeCount, edgeCount = 0) {
  const many = nodeCount > 300;
  // Bezier curves fan parallel donations out; past a thousand edges straight lines are
  // much cheaper to draw and overlap anyway.
  const curve = edgeCount > 1000 ? "straight" : "bezier";
  const rules = [
    { selector: "node", style: {
      width: "data(size)", height: "data(size)", "background-color": "#999",
      label: "data(name)", "font-size": 11, "font-family": "system-ui, sans-serif",
      "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis",
      "text-max-width": 140, "min-zoomed-font-size": many ? 16 : 7, color: "#222",
      "text-outline-color": "#fff", "text-outline-width": 2, "border-width": 1,
      "border-color": "#fff",
    } },
    { selector: "node[label = 'Partner']", style: { shape: "ellipse" } },
    { selector: "edge", style: {
      width: "data(width)", "curve-style": many ? "haystack" : curve, opacity: 0.8,
      "line-color": "#999", "target-arrow-color": "#999", "arrow-scale": 0.9,
    } },
    { selector: "edge[?directed]", style: {
      "target-arrow-shape": "triangle", "curve-style": curve,
    } },
    { selector: "edge[kind = 'raw'], edge[kind = 'place'], edge[kind = 'part']",
      style: { "line-color": "#aaa", "target-arrow-color": "#aaa" } },
    { selector: ".faded", style: { opacity: 0.15 } },
    { selector: ":selected", style: {
      "border-width": 4, "border-color": "#f1c40f", "line-color": "#f1c40f",
      "target-arrow-color": "#f1c40f", "z-index": 10,
    } },
    { selector: "node:selected", style: { label: "data(both)", "text-wrap": "wrap",
                                          "text-max-width": 220 } },
    { selector: ".hidden", style: { display: "none" } },
  ];
  for (const [kind, { colour }] of Object.entries(PARTNER_KINDS)) {
    rules.splice(2, 0, { selector: `node[kind = '${kind}'][label = 'Partner']`,
                         style: { "background-color": colour } });
  }
  for (const [label, { colour, shape }] of Object.entries(OTHER_NODES)) {
    rules.splice(2, 0, { selector: `node[label = '${label}']`, style: {
      "background-color": colour, shape, "font-size": 9, "text-max-width": 110,
    } });
  }
  for (const [kind, { colour, line }] of Object.entries(LINKS)) {
    rules.splice(rules.length - 3, 0, { selector: `edge[kind = '${kind}']`, style: {
      "line-color": colour, "target-arrow-color": colour, "line-style": line,
    } });
  }
  // Extracted and not yet reviewed: drawn dashed whatever its kind, as the legend says.
  rules.splice(rules.length - 3, 0,
    { selector: "node[?proposal]", style: { "border-style": "dashed", "border-width": 3,
                                            "border-color": "#d35400" } },
    { selector: "edge[?proposal]", style: { "line-style": "dashed" } });
  return rules;
}

function swatch(colour, className) {
  const span = document.createElement("span");
  span.className = className;
  span.style.setProperty("--swatch", colour);
  return span;
}

// The legend box: partner kinds, the kinds of link, and what size and width mean.
export function renderLegend(container) {
  container.replaceChildren();
  const list = (title, entries, className) => {
    const heading = document.createElement("h2");
    heading.textContent = title;
    const ul = document.createElement("ul");
    for (const { colour, text, line } of entries) {
      const li = document.createElement("li");
      const mark = swatch(colour, className);
      if (line) mark.dataset.line = line;
      li.append(mark, document.createTextNode(text));
      ul.append(li);
    }
    container.append(heading, ul);
  };
  list("Partners", Object.values(PARTNER_KINDS), "dot");
  list("Links", Object.values(LINKS), "line");
  const note = document.createElement("p");
  note.textContent = "Size: value of the donations a partner gave or received (US$, log scale).";
  const proposals = document.createElement("p");
  proposals.textContent = "Dashed: a proposal, extracted from an article and not yet reviewed.";
  container.append(note, proposals);
}
