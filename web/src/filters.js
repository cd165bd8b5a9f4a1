// Filters by partner kind, country, period and donated item. Partners are kept by kind
// and country; facts (folded edges or fact nodes) by period and item; a link shows when
// both its ends show. While a period or an item is set, partners left without any link
// are hidden too: the question is then "who took part in these facts".

import { PARTNER_KINDS } from "./style.js";

export class Filters {
  constructor() {
    this.kinds = new Set(Object.keys(PARTNER_KINDS));
    this.country = "";
    this.since = null;
    this.until = null;
    this.item = "";
    // Ids ("Donation:…") of the donations that include the item; null: no item filter.
    this.itemDonations = null;
  }

  get factFilter() {
    return this.since !== null || this.until !== null || this.itemDonations !== null;
  }

  // Does the fact whose span is [start, end] overlap the chosen years?
  inPeriod(start, end) {
    if (this.since === null && this.until === null) return true;
    if (!start && !end) return false;
    const first = Number((start || end).slice(0, 4));
    const last = Number((end || start).slice(0, 4));
    return (this.since === null || last >= this.since) && (this.until === null || first <= this.until);
  }

  keepsFact(data) {
    if (!this.inPeriod(data.start, data.end)) return false;
    return this.itemDonations === null || this.itemDonations.has(data.fact);
  }

  keepsPartner(data) {
    return this.kinds.has(data.kind) && (!this.country || data.country === this.country);
  }

  // Marks what is hidden with the `hidden` class; returns the visible nodes and edges.
  apply(cy) {
    cy.batch(() => {
      cy.elements().removeClass("hidden");
      const hide = (ele) => ele.addClass("hidden");
      cy.nodes().forEach((node) => {
        const data = node.data();
        if (data.label === "Partner" ? !this.keepsPartner(data)
          : data.fact && !this.keepsFact(data)) hide(node);
      });
      cy.edges().forEach((edge) => {
        const data = edge.data();
        const factHidden = data.fact && !this.keepsFact(data);
        const affiliationHidden = !data.fact && this.factFilter;
        if (factHidden || affiliationHidden
            || edge.source().hasClass("hidden") || edge.target().hasClass("hidden")) hide(edge);
      });
      // Fact and place nodes with no visible link, and (under a fact filter) partners too.
      cy.nodes().forEach((node) => {
        if (node.hasClass("hidden")) return;
        const linked = node.connectedEdges().some((e) => !e.hasClass("hidden"));
        if (!linked && (node.data("label") !== "Partner" || this.factFilter)) hide(node);
      });
    });
    const visible = cy.elements().not(".hidden");
    return { nodes: visible.nodes(), edges: visible.edges() };
  }
}
