// The Cytoscape.js instance: drawing the store, laying it out, keeping large views usable.

import { elements } from "./model.js";
import { stylesheet } from "./style.js";

// Above this many nodes a view is "large": edges are hidden and the picture is cached
// while panning or zooming, a newcomer is placed beside the node that brought it in
// rather than laid out with everything again.
export const LARGE = 400;
export const DRAFT = 800;

// One edge per pair of nodes is enough for a force layout, and much cheaper than every
// parallel donation between the same two partners.
function layoutEdges(edges) {
  const seen = new Set();
  return edges.filter((edge) => {
    const key = [edge.data("source"), edge.data("target")].sort().join("\n");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export class Canvas {
  constructor(container, bind) {
    this.container = container;
    this.bind = bind; // (cy) => adds the page's event handlers
    this.cy = null;
    this.large = null;
  }

  // A new Cytoscape instance when the size class changes: the viewport options that
  // keep thousands of elements fluid are fixed when an instance is made.
  ensure(large) {
    if (this.cy && this.large === large) return false;
    this.cy?.destroy();
    this.large = large;
    this.cy = cytoscape({
      container: this.container, minZoom: 0.02, maxZoom: 4, boxSelectionEnabled: false,
      hideEdgesOnViewport: large, textureOnViewport: large, pixelRatio: large ? 1 : "auto",
    });
    this.bind(this.cy);
    return true;
  }

  // Brings the drawing in line with the store: elements gone are removed, new ones added
  // (beside `near` when given), the others keep their place and get their new data.
  // Returns how many nodes were added, and whether the picture starts afresh.
  render(store, mode, { near = null, fresh = false } = {}) {
    const next = elements(store, mode);
    const recreated = this.ensure(next.filter((e) => e.group === "nodes").length > LARGE);
    const cy = this.cy;
    const ids = new Set(next.map((e) => e.data.id));
    const origin = near && cy.$id(near).nonempty() ? { ...cy.$id(near).position() } : null;
    let added = 0;
    cy.batch(() => {
      if (fresh) cy.elements().remove();
      cy.elements().filter((e) => !ids.has(e.id())).remove();
      const missing = [];
      for (const def of next) {
        const existing = cy.getElementById(def.data.id);
        if (existing.nonempty()) existing.data(def.data);
        else missing.push(def);
      }
      const newNodes = missing.filter((def) => def.group === "nodes");
      added = newNodes.length;
      newNodes.forEach((def, i) => {
        if (!origin) return;
        // A ring around the node that was expanded, so newcomers are seen arriving.
        const angle = (2 * Math.PI * i) / newNodes.length;
        const radius = 80 + 6 * Math.sqrt(newNodes.length) * 10;
        def.position = { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
      });
      cy.add(missing);
      cy.style(stylesheet(cy.nodes().length, cy.edges().length));
    });
    return { added, fresh: fresh || recreated };
  }

  // fcose over the visible elements. `incremental` starts from the current positions so
  // that an expansion does not reshuffle the picture.
  layout({ incremental = false } = {}) {
    const visible = this.cy.elements().not(".hidden");
    const nodes = visible.nodes();
    if (!nodes.length) return Promise.resolve();
    const edges = layoutEdges(visible.edges());
    const size = nodes.length + edges.length;
    const layout = nodes.union(edges).layout({
      name: "fcose", animate: false, randomize: !incremental, fit: true, padding: 30,
      // Past DRAFT nodes the force-directed refinement takes minutes; the spectral draft
      // alone takes seconds. Fewer iterations past a couple of thousand elements.
      quality: nodes.length > DRAFT ? "draft" : "default", numIter: size > 2000 ? 800 : 2500,
      nodeRepulsion: 20000, idealEdgeLength: 110, nodeSeparation: 80,
    });
    const done = layout.promiseOn("layoutstop");
    layout.run();
    return done;
  }
}
