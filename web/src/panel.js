// The side panel: what the selected partner or fact is, and the quotes it rests on, each
// linking to the source document with the quote marked.

import * as api from "./api.js";
import { h, usd, words } from "./dom.js";
import { kindColour, PARTNER_KINDS } from "./style.js";

function sources(list) {
  if (!list.length) return h("p", { class: "note" }, "No source quote recorded.");
  return h("ul", { class: "sources" }, list.map(({ document, quote }) => h("li", {},
    h("blockquote", { class: "quote" }, quote),
    h("a", { class: "source-link", href: api.documentHref(document, quote), target: "_blank",
             rel: "noopener" }, `source: ${document}`))));
}

// The sources a graph view's node carries as two parallel lists.
function propSources(props) {
  const documents = props.source_documents || [];
  return (props.source_quotes || []).map((quote, i) => ({ document: documents[i], quote }));
}

const names = (refs) => refs.map((r) => r.name).join(", ");

function donationItem(d, side) {
  const counterpart = side === "given" ? d.recipients : d.donors;
  // A sum in a currency without an exchange rate says so rather than showing no figure.
  const approx = (v) => (v.usd ? ` (≈ ${usd(v.usd)})` : v.unconverted ? ` (${v.unconverted})` : "");
  const value = d.value ? `${d.value.raw}${approx(d.value)}` : "";
  return h("li", { class: "donation", dataset: { id: d.id } },
    h("h4", {}, d.name),
    h("p", { class: "facts" },
      counterpart.length ? `${side === "given" ? "To" : "From"}: ${names(counterpart)}` : "",
      value ? h("span", { class: "value" }, ` · ${value}`) : "",
      d.when ? ` · ${d.when.raw}` : ""),
    d.items.length ? h("p", { class: "items" }, "Items: ",
      d.items.map((i) => `${i.raw || i.quantity || ""} ${i.name || i.item}`.trim())
        .join("; ")) : "",
    d.part_of ? h("p", { class: "note" }, `Part of: ${d.part_of.name}`) : "",
    sources(d.sources));
}

function donationList(title, page, side) {
  const more = page.total > page.items.length ? ` (first ${page.items.length})` : "";
  return h("section", { class: `donations ${side}`, dataset: { side } },
    h("h3", {}, `${title}: ${page.total}${more}`),
    page.items.length ? h("ul", {}, page.items.map((d) => donationItem(d, side)))
      : h("p", { class: "note" }, "None recorded."));
}

function header(title, badge, colour) {
  return h("header", {},
    h("h2", { class: "title" }, title),
    badge ? h("span", { class: "badge", style: `--swatch: ${colour}` }, badge) : "");
}

// The name in the page's language first (the API's `name`), the other language beside it.
function bothNames(p) {
  if (!p.name_other) return "";
  const [first, other] = p.name === p.name_vi ? ["vi", "en"] : ["en", "vi"];
  return h("p", { class: "name both-names" }, h("span", { lang: first }, p.name), " · ",
    h("span", { lang: other }, p.name_other));
}

// An administrative unit's history: what it was merged into, or what was merged into it.
function mergers(p) {
  const lines = p.affiliations.filter((a) => a.type === "MERGED_INTO").map((a) => {
    const on = a.since ? ` on ${a.since}` : "";
    return a.direction === "out" ? `Merged into ${a.partner.name}${on}.`
      : `Includes ${a.partner.name}, merged into it${on}: its donations are listed here.`;
  });
  return lines.length ? h("div", { class: "history" }, lines.map((l) => h("p", {}, l))) : "";
}

export async function showPartner(panel, id) {
  panel.replaceChildren(h("p", { class: "note" }, "Loading…"));
  panel.dataset.selected = id;
  const [p, given, received] = await Promise.all([
    api.partner(id), api.donations({ donor: id }), api.donations({ recipient: id }),
  ]);
  if (panel.dataset.selected !== id) return; // another selection came first
  const other = [p.name_vi, p.name_en, ...p.aliases]
    .filter((n) => n && n !== p.name && n !== p.name_other);
  panel.replaceChildren(
    header(p.name, PARTNER_KINDS[p.kind]?.text || words(p.kind), kindColour(p.kind)),
    bothNames(p),
    mergers(p),
    h("dl", { class: "props" },
      p.country ? [h("dt", {}, "Country"), h("dd", {}, p.country.name)] : "",
      p.based_in ? [h("dt", {}, "Based in"), h("dd", {}, p.based_in.name)] : "",
      other.length ? [h("dt", {}, "Also"), h("dd", {}, [...new Set(other)].join(" · "))] : "",
      p.acronym ? [h("dt", {}, "Acronym"), h("dd", {}, p.acronym)] : "",
      [h("dt", {}, "Facts"), h("dd", {}, `${p.counts.agreements} agreement(s), `
        + `${p.counts.projects} project(s), ${p.counts.engagements} engagement(s)`)],
      p.affiliations.length ? [h("dt", {}, "Affiliations"), h("dd", {}, p.affiliations
        .map((a) => (a.direction === "out" ? `${words(a.type).toLowerCase()} ${a.partner.name}`
          : `${a.partner.name} (${words(a.type).toLowerCase()} this)`)).join("; "))] : ""),
    p.notes ? h("p", { class: "notes" }, p.notes) : "",
    donationList("Donations given", given, "given"),
    donationList("Donations received", received, "received"),
    h("section", { class: "partner-sources" }, h("h3", {}, "Sources on this partner"),
      sources(p.sources)),
  );
}

const AMOUNTS = ["value", "budget", "disbursed", "amount"];
const SPANS = ["when", "period", "signed"];

// A fact (donation, agreement, project, engagement) as the graph view holds it.
export function showFact(panel, node, partnersOf) {
  const p = node.props;
  panel.dataset.selected = node.id;
  const rows = [];
  for (const key of AMOUNTS) {
    if (p[`${key}_raw`]) {
      const approx = p[`${key}_usd`] ? ` (≈ ${usd(p[`${key}_usd`])})`
        : p[`${key}_unconverted`] ? ` (${p[`${key}_unconverted`]})` : "";
      rows.push(h("dt", {}, words(key)), h("dd", {}, `${p[`${key}_raw`]}${approx}`));
    }
  }
  for (const key of SPANS) {
    if (p[`${key}_raw`]) rows.push(h("dt", {}, words(key)), h("dd", {}, p[`${key}_raw`]));
  }
  for (const [role, list] of Object.entries(partnersOf)) {
    if (list.length) rows.push(h("dt", {}, role), h("dd", {}, list.join(", ")));
  }
  panel.replaceChildren(
    header(node.name || p.title_en || p.id, node.label, "#555"),
    node.name_other ? h("p", { class: "name title-other" }, node.name_other) : "",
    h("dl", { class: "props" }, rows),
    p.notes ? h("p", { class: "notes" }, p.notes) : "",
    h("section", { class: "fact-sources" }, h("h3", {}, "Sources"), sources(propSources(p))),
  );
}

export function showError(panel, error) {
  panel.replaceChildren(h("p", { class: "error", role: "alert" }, error.message));
}
