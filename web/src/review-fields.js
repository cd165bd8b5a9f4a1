// The editable fields of a proposal's record: partner lists and item lines with pickers
// that search the API (/partners?q=, /items?q=), and figures and dates as written, which
// the server reads again ("hơn 45,2 tỷ VNĐ", "giai đoạn 2020-2022"). Each editor changes
// the draft it is given and calls `changed()`; nothing is sent from here.

import { h } from "./dom.js";
import { findItems, findPartners } from "./review-api.js";

// Which fields each kind of record shows, in order: [field, English label, editor].
export const FIELDS = {
  donation: [["donors", "Donors", "partners"], ["recipients", "Recipients", "partners"],
             ["items", "Items and quantities", "items"], ["value", "Value as written", "figure"],
             ["when", "Date or period as written", "figure"], ["title_vi", "Title (Vietnamese)", "text"],
             ["title_en", "Title (English)", "text"]],
  agreement: [["kind", "Kind", "text"], ["parties", "Parties", "partners"],
              ["signed", "Signed (as written)", "figure"], ["period", "Period as written", "figure"],
              ["title_vi", "Title (Vietnamese)", "text"], ["title_en", "Title (English)", "text"]],
  project: [["kind", "Kind", "text"], ["funders", "Funders", "partners"],
            ["implementers", "Implementers", "partners"], ["beneficiaries", "Beneficiaries", "partners"],
            ["budget", "Budget as written", "figure"], ["period", "Period as written", "figure"],
            ["title_vi", "Title (Vietnamese)", "text"], ["title_en", "Title (English)", "text"]],
  engagement: [["kind", "Kind", "text"], ["participants", "Participants", "partners"],
               ["when", "Date or period as written", "figure"], ["amount", "Amount as written", "figure"],
               ["title_vi", "Title (Vietnamese)", "text"], ["title_en", "Title (English)", "text"]],
  partner: [["name_vi", "Name (Vietnamese)", "text"], ["name_en", "Name (English)", "text"],
            ["kind", "Kind", "text"], ["country", "Country", "text"]],
  item: [["name_vi", "Name (Vietnamese)", "text"], ["name_en", "Name (English)", "text"]],
  place: [["name_vi", "Name (Vietnamese)", "text"], ["name_en", "Name (English)", "text"],
          ["kind", "Kind", "text"]],
};

// A figure or a date is written as text; the dataset keeps it as text or as {raw, …}.
export const asWritten = (v) => (v === null || v === undefined ? ""
  : typeof v === "object" ? (v.raw ?? "") : String(v));

function rewritten(original, text) {
  if (!text.trim()) return null;
  // Unchanged text keeps what was read from it; new text is read again by the server.
  return text === asWritten(original) ? original : { raw: text };
}

function debounce(fn, ms = 200) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// A search box whose hits are buttons; `choose(hit)` takes the one clicked.
export function picker({ label, search, choose, placeholder }) {
  const hits = h("ul", { class: "picks", role: "listbox", hidden: true });
  const input = h("input", { type: "search", class: "picker", placeholder, "aria-label": label,
                             autocomplete: "off" });
  const show = debounce(async () => {
    const q = input.value.trim();
    if (!q) { hits.hidden = true; return; }
    let found = [];
    try { found = (await search(q)).items; } catch { found = []; }
    hits.replaceChildren(...(found.length ? found.map((hit) => h("li", {},
      h("button", { type: "button", class: "pick", dataset: { id: hit.id }, onclick: () => {
        input.value = ""; hits.hidden = true; choose(hit);
      } }, h("span", { class: "name" }, hit.name || hit.id), " ",
      h("small", { class: "name" }, hit.id),
      hit.proposal ? h("small", { class: "badge proposed" }, "proposed") : "")))
      : [h("li", { class: "note" }, "No match.")]));
    hits.hidden = false;
  });
  input.addEventListener("input", show);
  return h("div", { class: "picker-box" }, input, hits);
}

function partnersEditor(draft, field, label, names, changed) {
  const box = h("div", { class: "chips" });
  const draw = () => box.replaceChildren(...(draft[field] || []).map((id, i) =>
    h("span", { class: "chip", dataset: { id } }, h("span", { class: "name" }, names[id] || id),
      h("button", { type: "button", class: "remove", title: "Remove", "aria-label": "Remove",
                    onclick: () => { draft[field].splice(i, 1); draw(); changed(); } }, "×"))));
  draw();
  return [box, picker({ label: `${label}: add a partner`, placeholder: "Add a partner…",
    search: findPartners, choose: (hit) => {
      names[hit.id] = hit.name;
      draft[field] = [...(draft[field] || []).filter((id) => id !== hit.id), hit.id];
      draw(); changed();
    } })];
}

function quantityInput(line, changed) {
  const q = line.quantity;
  const input = h("input", { type: "text", name: "quantity", class: "quantity",
                             value: typeof q === "number" ? String(q) : asWritten(q),
                             placeholder: "Quantity as written", "aria-label": "Quantity" });
  input.addEventListener("input", () => {
    if (typeof q === "number") line.quantity = input.value.trim() ? Number(input.value) : null;
    else line.quantity = rewritten(q, input.value);
    changed();
  });
  return input;
}

function itemsEditor(draft, names, changed) {
  const rows = h("div", { class: "item-lines" });
  const draw = () => rows.replaceChildren(...(draft.items || []).map((line, i) =>
    h("div", { class: "item-line", dataset: { item: line.item } },
      h("span", { class: "name item-name" }, names[line.item] || line.item),
      picker({ label: "Another item", placeholder: "Change item…", search: findItems,
               choose: (hit) => { names[hit.id] = hit.name; line.item = hit.id; draw(); changed(); } }),
      quantityInput(line, changed),
      "unit" in line ? h("input", { type: "text", name: "unit", value: line.unit ?? "",
        "aria-label": "Unit", placeholder: "Unit",
        oninput: (e) => { line.unit = e.target.value || null; changed(); } }) : "",
      h("button", { type: "button", class: "remove", title: "Remove", "aria-label": "Remove",
                    onclick: () => { draft.items.splice(i, 1); draw(); changed(); } }, "×"))));
  draw();
  const add = picker({ label: "Add an item", placeholder: "Add an item…", search: findItems,
    choose: (hit) => {
      names[hit.id] = hit.name;
      draft.items = [...(draft.items || []), { item: hit.id, quantity: null }];
      draw(); changed();
    } });
  return [rows, add];
}

// The editor of one field of `draft` (the record being edited).
export function fieldEditor(draft, original, [field, label, kind], names, changed) {
  let body;
  if (kind === "partners") body = partnersEditor(draft, field, label, names, changed);
  else if (kind === "items") body = itemsEditor(draft, names, changed);
  else {
    const input = h("input", { type: "text", name: field, value: asWritten(draft[field]),
                               "aria-label": label });
    input.addEventListener("input", () => {
      draft[field] = kind === "figure" ? rewritten(original[field], input.value)
        : input.value.trim() ? input.value : null;
      changed();
    });
    body = [input];
  }
  return h("div", { class: "field", dataset: { field } }, h("label", {}, label), ...body);
}
