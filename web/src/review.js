// The review page: the documents that have open proposals, the chosen one's text with each
// proposal's quotes marked, and a card per proposal to edit and decide. The API key and
// the reviewer's name are asked once per tab.

import { h } from "./dom.js";
import * as review from "./review-api.js";
import { actionLine, card } from "./review-card.js";

const queue = document.getElementById("queue");
const recent = document.getElementById("recent");
const article = document.getElementById("article");
const cards = document.getElementById("proposals");
const message = document.getElementById("message");
const signin = document.getElementById("signin");
const who = document.getElementById("who");
let current = new URLSearchParams(location.search).get("document");

function say(text, { error = false, undo, current: state } = {}) {
  message.hidden = false;
  message.className = error ? "message error" : "message";
  message.replaceChildren(h("span", { class: "text" }, text),
    state ? h("span", { class: "current" },
      `Now: ${state.status}, version ${state.version}.`) : "",
    undo && undo.kind !== "undo" ? actionLine(undo, page) : "",
    h("button", { type: "button", class: "close", "aria-label": "Close",
                  onclick: () => { message.hidden = true; } }, "×"));
}

// [start, end, proposal id, quote index] of every quote found in the text, in text order;
// where quotes overlap the first found keeps the mark.
function marks(text, proposals) {
  const found = [];
  for (const p of proposals) {
    (p.quotes || []).forEach((q, i) => {
      let { start, end } = q;
      if (start == null || end == null || text.slice(start, end) !== q.text) {
        start = q.text ? text.indexOf(q.text) : -1;
        end = start + (q.text || "").length;
      }
      if (start >= 0 && !found.some(([s, e]) => start < e && s < end)) {
        found.push([start, end, p.id, i]);
      }
    });
  }
  return found.sort((a, b) => a[0] - b[0]);
}

function markedText(text, proposals) {
  const out = [];
  let at = 0;
  for (const [start, end, id, i] of marks(text, proposals)) {
    out.push(text.slice(at, start));
    out.push(h("mark", { dataset: { proposal: id, quote: String(i) }, title: id,
                         onclick: () => showCard(id) }, text.slice(start, end)));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

function showCard(id) {
  const target = cards.querySelector(`article.proposal[data-id="${CSS.escape(id)}"]`);
  target?.scrollIntoView({ block: "nearest" });
  target?.classList.add("flash");
  setTimeout(() => target?.classList.remove("flash"), 1200);
}

function showQuote(id, i) {
  for (const m of article.querySelectorAll("mark.shown")) m.classList.remove("shown");
  const mark = article.querySelector(`mark[data-proposal="${CSS.escape(id)}"][data-quote="${i}"]`);
  if (mark) { mark.classList.add("shown"); mark.scrollIntoView({ block: "center" }); }
  else say("This quote was not found verbatim in the text.", { error: true });
}

async function drawQueue() {
  const found = await review.documents();
  queue.replaceChildren(...(found.items.length ? found.items.map((d) => h("li", {},
    h("button", { type: "button", class: `doc${d.id === current ? " chosen" : ""}`,
                  dataset: { id: d.id }, onclick: () => choose(d.id) },
      h("span", { class: "name" }, d.title || d.id),
      h("small", {}, `Proposals: ${d.proposals}`))))
    : [h("li", { class: "note" }, "No document has open proposals.")]));
  return found.items;
}

async function drawDocument() {
  if (!current) {
    article.replaceChildren(h("p", { class: "note" }, "Choose a document to review."));
    cards.replaceChildren();
    return;
  }
  const { document: doc, proposals } = await review.documentWithProposals(current);
  article.replaceChildren(
    h("h2", { class: "name" }, doc.title || doc.id),
    h("p", { class: "meta" }, doc.published?.raw || doc.published || "", " ",
      doc.url ? h("a", { href: doc.url, rel: "noopener", class: "name" }, doc.url) : ""),
    doc.text ? h("div", { class: "body" }, markedText(doc.text, proposals))
      : h("p", { class: "note" }, "The text of this document is not stored."));
  cards.replaceChildren(...(proposals.length ? proposals.map((p) => card(p, page))
    : [h("p", { class: "note" }, "No proposal left in this document.")]));
}

// The latest decisions, each with its undo: a decided proposal leaves the queue, its
// action stays here.
async function drawRecent() {
  const found = await review.actions({ limit: 8 });
  recent.replaceChildren(...(found.items.length ? found.items.map((a) => actionLine(a, page))
    : [h("li", { class: "note" }, "No action yet.")]));
}

async function refresh() {
  document.body.dataset.state = "loading";
  try {
    await drawQueue();
    await drawRecent();
    await drawDocument();
  } catch (error) {
    say(error.message, { error: true });
  } finally {
    document.body.dataset.state = "ready";
  }
}

function choose(id) {
  current = id;
  const url = new URL(location.href);
  url.searchParams.set("document", id);
  history.replaceState(null, "", url);
  refresh();
}

// A refused key (401) or a missing name (422 on the reviewer) asks for them again; a 422 on
// the record only says what is wrong with it.
function askAgain(status) {
  const reviewerRefused = status === 422 && /X-Reviewer/.test(message.textContent);
  if (status === 401 || reviewerRefused) signin.showModal();
}

const page = { say, refresh, showQuote, askAgain };

function showWho() {
  const known = review.credentials();
  who.textContent = known ? known.reviewer : "";
}

signin.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(signin.querySelector("form"));
  review.remember(String(data.get("api_key")), String(data.get("reviewer")).trim());
  signin.close();
  showWho();
});
document.getElementById("change-reviewer").addEventListener("click", () => signin.showModal());

showWho();
if (!review.credentials()) signin.showModal();
refresh();
