// The pages in Vietnamese or English. The English text of the pages is the key, as in
// gettext: every text node and every placeholder, title and aria-label the pages show is
// looked up here, also when the page adds it later (a MutationObserver), so the modules
// that build the pages stay free of translation calls. The language comes from ?lang=,
// else the one last chosen, else the browser's (its Accept-Language), else English.

const VI = new Map(Object.entries({
  "explorer": "khám phá",
  "source document": "tài liệu nguồn",
  "Find a partner: any name, alias, acronym…": "Tìm đối tác: tên bất kỳ, tên khác, viết tắt…",
  "Find a partner": "Tìm đối tác",
  "Facts as": "Dữ kiện dạng",
  "Draw facts as": "Vẽ dữ kiện dạng",
  "edges between partners": "cạnh nối các đối tác",
  "nodes of their own": "nút riêng",
  "Layout": "Sắp xếp",
  "Lay the visible graph out again": "Sắp xếp lại đồ thị đang hiện",
  "Fit": "Vừa khung",
  "Show the whole view": "Hiện toàn bộ",
  "Reset": "Đặt lại",
  "Back to the whole network": "Về toàn mạng lưới",
  "Filters": "Bộ lọc",
  "Partner kind": "Loại đối tác",
  "Country": "Quốc gia",
  "all countries": "mọi quốc gia",
  "Period (years, overlapping)": "Thời kỳ (năm, giao nhau)",
  "from": "từ",
  "to": "đến",
  "From year": "Từ năm",
  "To year": "Đến năm",
  "Donated item": "Hàng viện trợ",
  "e.g. vaccine, khẩu trang": "vd. vắc xin, khẩu trang",
  "Clear filters": "Bỏ lọc",
  "Undated facts are hidden while a period is set. An item keeps only the donations that include it.":
    "Dữ kiện không rõ ngày bị ẩn khi chọn thời kỳ. Lọc theo hàng chỉ giữ các khoản viện trợ có hàng đó.",
  "Legend": "Chú giải",
  "Partner network": "Mạng lưới đối tác",
  "Loading the network…": "Đang tải mạng lưới…",
  "Loading…": "Đang tải…",
  "Click a partner to see its details and donations and to bring in its neighbours; click a link to see the fact behind it and its sources.":
    "Bấm vào một đối tác để xem thông tin, các khoản viện trợ và các đối tác lân cận; bấm vào một liên kết để xem dữ kiện và nguồn của nó.",
  "Partners": "Đối tác",
  "Links": "Liên kết",
  "Local government": "Chính quyền địa phương",
  "National government": "Chính phủ",
  "Government office": "Cơ quan nhà nước",
  "Diplomatic mission": "Cơ quan đại diện ngoại giao",
  "Multilateral": "Tổ chức đa phương",
  "Foreign NGO": "Tổ chức phi chính phủ nước ngoài",
  "Domestic organisation": "Tổ chức trong nước",
  "Company": "Doanh nghiệp",
  "Association": "Hội, hiệp hội",
  "Donation (donor → recipient; width: value)": "Viện trợ (bên tặng → bên nhận; độ dày: giá trị)",
  "Agreement": "Thỏa thuận",
  "Project (funder → beneficiary)": "Dự án (nhà tài trợ → bên hưởng lợi)",
  "Engagement (took part together)": "Hoạt động (cùng tham gia)",
  "Affiliation (part of, office of…)": "Quan hệ trực thuộc (thuộc, văn phòng của…)",
  "Size: value of the donations a partner gave or received (US$, log scale).":
    "Kích thước: giá trị viện trợ đối tác đã tặng hoặc nhận (USD, thang log).",
  "Dashed: a proposal, extracted from an article and not yet reviewed.":
    "Nét đứt: đề xuất trích từ bài báo, chưa được duyệt.",
  "No source quote recorded.": "Chưa ghi trích dẫn nguồn.",
  "None recorded.": "Chưa ghi nhận.",
  "Items:": "Hàng:",
  "Based in": "Trụ sở",
  "Also": "Tên khác",
  "Acronym": "Viết tắt",
  "Facts": "Dữ kiện",
  "Affiliations": "Quan hệ trực thuộc",
  "Donations given": "Viện trợ đã tặng",
  "Donations received": "Viện trợ đã nhận",
  "Sources on this partner": "Nguồn về đối tác này",
  "Sources": "Nguồn",
  "Kind": "Loại",
  "Author": "Tác giả",
  "Publisher": "Nơi đăng",
  "Published": "Ngày đăng",
  "Language": "Ngôn ngữ",
  "Address": "Địa chỉ",
  "Text": "Văn bản",
  "The quote was not found verbatim in this text.": "Không tìm thấy nguyên văn trích dẫn trong văn bản này.",
  "The text of this document is not stored.": "Văn bản của tài liệu này không được lưu.",
  // The review page.
  "review": "duyệt đề xuất",
  "Reviewer:": "Người duyệt:",
  "Change reviewer": "Đổi người duyệt",
  "Explorer": "Trang khám phá",
  "Sign in to review": "Đăng nhập để duyệt",
  "Decisions change the data: they need the API key, and your name goes into the history of everything you decide. Both are kept for this tab only.":
    "Mỗi quyết định làm thay đổi dữ liệu: cần khóa API, và tên của bạn được ghi vào lịch sử của mọi quyết định. Cả hai chỉ được giữ trong thẻ này.",
  "API key": "Khóa API",
  "Your name": "Tên của bạn",
  "Start reviewing": "Bắt đầu duyệt",
  "Documents with proposals": "Tài liệu có đề xuất",
  "Article": "Bài viết",
  "Proposals": "Đề xuất",
  "No document has open proposals.": "Không còn tài liệu nào có đề xuất chờ duyệt.",
  "Choose a document to review.": "Chọn một tài liệu để duyệt.",
  "No proposal left in this document.": "Tài liệu này không còn đề xuất nào.",
  "Donation": "Viện trợ",
  "Project": "Dự án",
  "Engagement": "Hoạt động",
  "Partner": "Đối tác",
  "Item": "Hàng",
  "proposed": "đề xuất",
  "accepted": "đã chấp nhận",
  "rejected": "đã bác bỏ",
  "Show in the article": "Hiện trong bài viết",
  "Donors": "Bên tặng",
  "Recipients": "Bên nhận",
  "Items and quantities": "Hàng và số lượng",
  "Value as written": "Giá trị (nguyên văn)",
  "Date or period as written": "Ngày hoặc thời kỳ (nguyên văn)",
  "Title (Vietnamese)": "Tiêu đề (tiếng Việt)",
  "Title (English)": "Tiêu đề (tiếng Anh)",
  "Parties": "Các bên",
  "Signed (as written)": "Ngày ký (nguyên văn)",
  "Period as written": "Thời kỳ (nguyên văn)",
  "Funders": "Nhà tài trợ",
  "Implementers": "Đơn vị thực hiện",
  "Beneficiaries": "Bên hưởng lợi",
  "Budget as written": "Ngân sách (nguyên văn)",
  "Participants": "Bên tham gia",
  "Amount as written": "Số tiền (nguyên văn)",
  "Name (Vietnamese)": "Tên (tiếng Việt)",
  "Name (English)": "Tên (tiếng Anh)",
  "Add a partner…": "Thêm đối tác…",
  "Add an item…": "Thêm hàng…",
  "Change item…": "Đổi hàng…",
  "Add an item": "Thêm hàng",
  "Another item": "Hàng khác",
  "Quantity as written": "Số lượng (nguyên văn)",
  "Quantity": "Số lượng",
  "Unit": "Đơn vị",
  "Remove": "Bỏ",
  "No match.": "Không tìm thấy.",
  "Accept": "Chấp nhận",
  "Edit and accept": "Sửa rồi chấp nhận",
  "Reject…": "Bác bỏ…",
  "Reason for rejecting": "Lý do bác bỏ",
  "Why is this wrong? (required)": "Sai ở đâu? (bắt buộc)",
  "Reject with this reason": "Bác bỏ với lý do này",
  "Cancel": "Hủy",
  "A rejection needs a reason.": "Bác bỏ cần có lý do.",
  "Merge into": "Gộp vào",
  "Merge into an existing partner": "Gộp vào một đối tác đã có",
  "Existing partner…": "Đối tác đã có…",
  "Promote to a curated partner": "Xác nhận là đối tác chính thức",
  "History": "Lịch sử",
  "No action yet.": "Chưa có thao tác nào.",
  "Recent actions": "Thao tác gần đây",
  "Place": "Địa danh",
  "Undo": "Hoàn tác",
  "undone": "đã hoàn tác",
  "Close": "Đóng",
  "This quote was not found verbatim in the text.": "Không tìm thấy nguyên văn trích dẫn này trong văn bản.",
}));

// Texts with a part that varies: an English pattern and how to say it in Vietnamese.
const VI_PATTERNS = [
  [/^To: (.*)$/s, (m) => `Cho: ${m[1]}`],
  [/^Merged into (.+?)(?: on (\d{4})-(\d\d)-(\d\d))?\.$/s, (m) =>
    `Đã sáp nhập vào ${m[1]}${m[2] ? ` từ ngày ${m[4]}/${m[3]}/${m[2]}` : ""}.`],
  [/^Includes (.+?), merged into it(?: on (\d{4})-(\d\d)-(\d\d))?: its donations are listed here\.$/s,
    (m) => `Gồm cả ${m[1]}, đã sáp nhập vào${m[2] ? ` từ ngày ${m[4]}/${m[3]}/${m[2]}` : ""}: `
      + "các khoản viện trợ của đơn vị đó được liệt kê ở đây."],
  [/^source: (.*)$/s, (m) => `nguồn: ${m[1]}`],
  [/^Proposals: (\d+)$/, (m) => `Đề xuất: ${m[1]}`],
  [/^confidence ([\d.]+)$/, (m) => `độ tin cậy ${m[1]}`],
  [/^(Donors|Recipients|Parties|Funders|Implementers|Beneficiaries|Participants): add a partner$/,
    (m) => `${VI.get(m[1])}: thêm đối tác`],
  [/^Accepted: (.+)$/s, (m) => `Đã chấp nhận: ${m[1]}`],
  [/^Edited and accepted: (.+)$/s, (m) => `Đã sửa và chấp nhận: ${m[1]}`],
  [/^Rejected: (.+)$/s, (m) => `Đã bác bỏ: ${m[1]}`],
  [/^Merged (.+) into (.+)$/s, (m) => `Đã gộp ${m[1]} vào ${m[2]}`],
  [/^Promoted to a curated partner: (.+)$/s, (m) => `Đã xác nhận là đối tác chính thức: ${m[1]}`],
  [/^Undone: (.+)$/s, (m) => `Đã hoàn tác: ${m[1]}`],
  [/^Now: (\w+), version (\d+)\.$/, (m) => `Hiện tại: ${VI.get(m[1]) || m[1]}, phiên bản ${m[2]}.`],
  [/^(.+) \((\d+)\)$/, (m) => (VI.has(m[1]) ? `${VI.get(m[1])} (${m[2]})` : null)],
  [/^From: (.*)$/s, (m) => `Từ: ${m[1]}`],
  [/^Part of: (.*)$/s, (m) => `Thuộc: ${m[1]}`],
  [/^No partner matches “(.*)”\.$/s, (m) => `Không có đối tác nào khớp “${m[1]}”.`],
  [/^No such item\.(?: Near: (.*))?$/s, (m) => `Không có hàng này.${m[1] ? ` Gần giống: ${m[1]}` : ""}`],
  [/^Facts drawn from it: (\d+)$/, (m) => `Các dữ kiện lấy từ tài liệu: ${m[1]}`],
  [/^Donations (given|received): (\d+)(?: \(first (\d+)\))?$/, (m) =>
    `Viện trợ đã ${m[1] === "given" ? "tặng" : "nhận"}: ${m[2]}${m[3] ? ` (${m[3]} khoản đầu)` : ""}`],
  [/^(\d+) nodes · (\d+) links shown \((\d+) partners loaded\)$/, (m) =>
    `Đang hiện ${m[1]} nút · ${m[2]} liên kết (đã tải ${m[3]} đối tác)`],
  [/^(\d+) donation\(s\) include it(?: \(the first (\d+) kept\))?\.$/, (m) =>
    `${m[1]} khoản viện trợ có hàng này${m[2] ? ` (giữ ${m[2]} khoản đầu)` : ""}.`],
  [/^(\d+) agreement\(s\), (\d+) project\(s\), (\d+) engagement\(s\)$/,
    (m) => `${m[1]} thỏa thuận, ${m[2]} dự án, ${m[3]} hoạt động`],
];

const ATTRIBUTES = ["placeholder", "title", "aria-label"];
const STORE_KEY = "partnergraph.lang";
const original = new WeakMap(); // node → its English text, to switch back

function chosen() {
  const asked = new URLSearchParams(location.search).get("lang");
  const stored = (() => { try { return localStorage.getItem(STORE_KEY); } catch { return null; } })();
  const browser = (navigator.languages || [navigator.language || "en"])
    .find((l) => /^(vi|en)\b/i.test(l));
  return [asked, stored, browser?.slice(0, 2).toLowerCase(), "en"]
    .find((l) => l === "vi" || l === "en");
}

export let language = chosen();

export function t(english) {
  return language === "vi" ? vietnamese(english) : english;
}

function vietnamese(english) {
  if (!english) return english;
  const trimmed = english.trim().replace(/\s+/g, " ");
  const exact = VI.get(trimmed);
  if (exact) return english.replace(english.trim(), exact);
  for (const [pattern, say] of VI_PATTERNS) {
    const match = trimmed.match(pattern);
    const said = match && say(match);
    if (said) return english.replace(english.trim(), said);
  }
  return english;
}

const englishAttributes = new WeakMap(); // element → {attribute: its English value}

function translateText(node) {
  const known = original.get(node);
  // Text the page set since (neither the English nor its translation) is new English.
  if (known === undefined || (node.nodeValue !== known && node.nodeValue !== vietnamese(known))) {
    original.set(node, node.nodeValue);
  }
  const shown = t(original.get(node));
  if (node.nodeValue !== shown) node.nodeValue = shown;
}

function translateElement(element) {
  for (const name of ATTRIBUTES) {
    if (!element.hasAttribute(name)) continue;
    const english = englishAttributes.get(element) ?? {};
    if (!(name in english)) english[name] = element.getAttribute(name);
    englishAttributes.set(element, english);
    const shown = t(english[name]);
    if (element.getAttribute(name) !== shown) element.setAttribute(name, shown);
  }
}

// Source texts (quotes, a document's body) and names are data, never translated.
const DATA = "blockquote, .quote, .body, .name, #search-results, .lang-switch";

function translate(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (!root.parentElement?.closest(DATA)) translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || root.closest(DATA)) return;
  translateElement(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE && n.matches(DATA)
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) translateText(n);
    else translateElement(n);
  }
}

function setLanguage(lang) {
  language = lang;
  try { localStorage.setItem(STORE_KEY, lang); } catch { /* private mode: this page only */ }
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll(".lang-switch button")) {
    button.setAttribute("aria-pressed", String(button.value === lang));
  }
  translate(document.body);
  document.title = lang === "vi" ? document.title.replace("explorer", "khám phá")
    .replace("source document", "tài liệu nguồn").replace(/review$/, "duyệt đề xuất")
    : document.title.replace("khám phá", "explorer").replace("tài liệu nguồn", "source document")
      .replace("duyệt đề xuất", "review");
}

function addSwitch() {
  const bar = document.querySelector("header.bar");
  if (!bar) return;
  const group = document.createElement("div");
  group.className = "lang-switch";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "Ngôn ngữ · Language");
  for (const [lang, label] of [["vi", "Tiếng Việt"], ["en", "English"]]) {
    const button = document.createElement("button");
    Object.assign(button, { type: "button", value: lang, textContent: label });
    button.lang = lang;
    button.addEventListener("click", () => {
      setLanguage(lang);
      // The pages ask the API again: names come from it in the chosen language.
      document.dispatchEvent(new CustomEvent("partnergraph:language", { detail: lang }));
    });
    group.append(button);
  }
  bar.append(group);
}

addSwitch();
setLanguage(language);
new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.type === "characterData") translate(change.target);
    for (const node of change.addedNodes) translate(node);
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });
