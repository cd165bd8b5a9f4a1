// A source document to read: its text with every quote the graph cites marked, the quote
// the reader came for (?quote=) scrolled to, and the facts drawn from it.

import { documentView } from "./api.js";
import { h, words } from "./dom.js";

const root = document.getElementById("document");
const id = decodeURIComponent(location.pathname.split("/").pop());
const wanted = new URLSearchParams(location.search).get("quote");

// [start, end, quote] of each quote's first occurrence, in text order. Where quotes
// overlap, the one the reader came for wins, then the longer one.
function ranges(text, quotes) {
  const order = [...new Set(quotes)].sort((a, b) => (b === wanted) - (a === wanted)
                                                    || b.length - a.length);
  const kept = [];
  for (const quote of order) {
    const start = quote ? text.indexOf(quote) : -1;
    const end = start + quote.length;
    if (start >= 0 && !kept.some(([s, e]) => start < e && s < end)) kept.push([start, end, quote]);
  }
  return kept.sort((a, b) => a[0] - b[0]);
}

function markedText(text, quotes) {
  const out = [];
  let at = 0;
  ranges(text, quotes).forEach(([start, end, quote], i) => {
    out.push(text.slice(at, start));
    out.push(h("mark", { id: `q${i}`, class: quote === wanted ? "wanted" : undefined,
                         dataset: { quote } }, text.slice(start, end)));
    at = end;
  });
  out.push(text.slice(at));
  return out;
}

function render(doc) {
  document.title = `${doc.title || doc.id} · partnergraph`;
  const quotes = [...doc.facts.map((f) => f.quote), ...(wanted ? [wanted] : [])];
  root.replaceChildren(
    h("h2", {}, doc.title || doc.id),
    h("dl", { class: "props" },
      [["Kind", words(doc.kind)], ["Author", doc.author], ["Publisher", doc.publisher],
       ["Published", doc.published?.raw], ["Language", doc.language]]
        .filter(([, v]) => v).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
      doc.url ? [h("dt", {}, "Address"), h("dd", {}, h("a", { href: doc.url, rel: "noopener" },
                                                         doc.url))] : ""),
    doc.notes ? h("p", { class: "notes" }, doc.notes) : "",
    wanted && doc.text && !doc.text.includes(wanted)
      ? h("p", { class: "error" }, "The quote was not found verbatim in this text.") : "",
    h("section", { class: "facts-cited" }, h("h3", {}, `Facts drawn from it: ${doc.facts.length}`),
      h("ul", {}, doc.facts.map((f) => h("li", {}, h("strong", {}, `${f.label}: `), f.name,
        f.name_other ? h("span", { class: "name other" }, ` · ${f.name_other}`) : "",
        h("blockquote", { class: "quote" }, f.quote))))),
    h("section", { class: "text" }, h("h3", {}, "Text"),
      doc.text ? h("div", { class: "body", lang: doc.language || undefined },
                   markedText(doc.text, quotes))
        : h("p", { class: "note" }, "The text of this document is not stored.")),
  );
  root.querySelector("mark.wanted")?.scrollIntoView({ block: "center" });
}

documentView(id).then(render, (error) => {
  root.replaceChildren(h("p", { class: "error", role: "alert" }, error.message));
}).finally(() => { document.body.dataset.state = "ready"; });

// The facts are named in the page's language: ask again when the reader switches.
document.addEventListener("partnergraph:language", () => {
  documentView(id).then(render, () => {});
});
