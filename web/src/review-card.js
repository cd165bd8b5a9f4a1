// One proposal on the review page: its quotes, its fields to edit, the decisions it allows
// (accept, edit then accept, reject with a reason; for a proposed partner, merge into an
// existing one or promote it) and its history, each action with its undo.

import { h } from "./dom.js";
import * as review from "./review-api.js";
import { FIELDS, fieldEditor, picker } from "./review-fields.js";

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// `page` is what the card asks of the page: say(text, {error, undo}), refresh(),
// showQuote(proposal id, quote index).
export function card(proposal, page) {
  const original = proposal.record || {};
  const draft = structuredClone(original);
  const names = { ...(proposal.names || {}) };
  const open = proposal.status === "proposed";
  const acceptButton = h("button", { type: "button", class: "accept primary", disabled: !open },
                         "Accept");
  const changed = () => {
    const dirty = !same(draft, original);
    acceptButton.textContent = dirty ? "Edit and accept" : "Accept";
    element.classList.toggle("dirty", dirty);
  };

  async function decide(work, done) {
    try {
      const answer = await work();
      // Said once the page shows the new state, so that what is said is what is seen.
      await page.refresh();
      page.say(done(answer), { undo: answer.action });
    } catch (error) {
      // Someone acted first: say how the proposal stands now, read again if not given.
      const current = error.status === 409
        ? error.body?.current || await review.proposal(proposal.id).catch(() => null) : null;
      page.say(error.message, { error: true, current });
      if (error.status === 401 || error.status === 422) page.askAgain(error.status);
      if (error.status === 409) await page.refresh();
    }
  }

  acceptButton.addEventListener("click", () => decide(
    () => review.accept(proposal.id, proposal.version, same(draft, original) ? undefined : draft),
    (a) => `${a.action.kind === "edit_accept" ? "Edited and accepted" : "Accepted"}: ${proposal.id}`));

  const reason = h("textarea", { name: "reason", rows: 2, "aria-label": "Reason for rejecting",
                                 placeholder: "Why is this wrong? (required)" });
  const rejectBox = h("div", { class: "reject-box", hidden: true }, reason,
    h("button", { type: "button", class: "confirm-reject danger", onclick: () => {
      if (!reason.value.trim()) { page.say("A rejection needs a reason.", { error: true }); return; }
      decide(() => review.reject(proposal.id, proposal.version, reason.value.trim()),
             () => `Rejected: ${proposal.id}`);
    } }, "Reject with this reason"),
    h("button", { type: "button", onclick: () => { rejectBox.hidden = true; } }, "Cancel"));
  const rejectButton = h("button", { type: "button", class: "reject", disabled: !open,
                                     onclick: () => { rejectBox.hidden = false; reason.focus(); } },
                         "Reject…");

  const partnerActions = proposal.type === "partner" && open ? h("div", { class: "partner-actions" },
    h("span", {}, "Merge into"),
    picker({ label: "Merge into an existing partner", placeholder: "Existing partner…",
             search: async (q) => {
               const found = await review.findPartners(q);
               return { items: found.items.filter((p) => p.id !== proposal.id) };
             },
             choose: (hit) => decide(() => review.merge(proposal.id, hit.id),
                                     () => `Merged ${proposal.id} into ${hit.id}`) }),
    h("button", { type: "button", class: "promote", onclick: () => decide(
      () => review.promote(proposal.id), () => `Promoted to a curated partner: ${proposal.id}`) },
      "Promote to a curated partner")) : "";

  const historyList = h("ol", { class: "history-list" });
  const historyPanel = h("details", { class: "history" }, h("summary", {}, "History"), historyList);
  historyPanel.addEventListener("toggle", async () => {
    if (!historyPanel.open) return;
    historyList.replaceChildren(h("li", { class: "note" }, "Loading…"));
    try {
      const found = await review.history(original.id || proposal.id);
      const items = Array.isArray(found) ? found : found.items || [];
      historyList.replaceChildren(...(items.length ? items.map((a) => actionLine(a, page))
        : [h("li", { class: "note" }, "No action yet.")]));
    } catch (error) {
      historyList.replaceChildren(h("li", { class: "error" }, error.message));
    }
  });

  const element = h("article", { class: `proposal status-${proposal.status}`,
                                 dataset: { id: proposal.id, type: proposal.type } },
    h("header", {},
      h("strong", {}, typeLabel(proposal.type)), " ",
      h("code", { class: "name" }, proposal.id), " ",
      h("span", { class: `badge ${proposal.status}` }, proposal.status),
      proposal.confidence != null
        ? h("small", { class: "confidence" }, `confidence ${proposal.confidence.toFixed(2)}`) : ""),
    h("ul", { class: "quotes" }, (proposal.quotes || []).map((q, i) => h("li", {},
      h("button", { type: "button", class: "quote", title: "Show in the article",
                    onclick: () => page.showQuote(proposal.id, i) }, q.text)))),
    h("div", { class: "fields" }, (FIELDS[proposal.type] || []).map((f) =>
      fieldEditor(draft, original, f, names, changed))),
    open ? h("div", { class: "decisions" }, acceptButton, rejectButton) : "",
    rejectBox, partnerActions, historyPanel);
  if (!open) element.querySelectorAll(".fields input, .fields button").forEach((e) => {
    e.disabled = true;
  });
  return element;
}

const TYPES = { donation: "Donation", agreement: "Agreement", project: "Project",
                engagement: "Engagement", partner: "Partner", item: "Item", place: "Place" };
const typeLabel = (type) => TYPES[type] || type;

function changesText(changes) {
  return Object.entries(changes || {}).map(([field, c]) =>
    `${field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join("; ");
}

// One action of a history, with its undo while nothing undid it.
export function actionLine(action, page) {
  const undoable = action.kind !== "undo" && !action.undone_by;
  return h("li", { class: "action", dataset: { action: action.id, kind: action.kind } },
    h("span", { class: "what" }, action.kind), " ",
    h("span", { class: "name who" }, action.who), " ",
    h("time", { datetime: action.at }, new Date(action.at).toLocaleString()),
    action.reason ? h("q", { class: "name" }, action.reason) : "",
    action.changes && Object.keys(action.changes).length
      ? h("div", { class: "name changes" }, changesText(action.changes)) : "",
    action.undone_by ? h("small", { class: "note" }, "undone") : "",
    undoable ? h("button", { type: "button", class: "undo", onclick: async () => {
      try {
        await review.undo(action.id);
        await page.refresh();
        page.say(`Undone: ${action.kind}`);
      } catch (error) {
        page.say(error.message, { error: true });
        if (error.status === 401) page.askAgain(error.status);
      }
    } }, "Undo") : "");
}
