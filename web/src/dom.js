// Building DOM from data: text always goes in as text, never as markup.

export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") element.className = value;
    else if (key === "dataset") Object.assign(element.dataset, value);
    else if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

const USD = new Intl.NumberFormat("en", { style: "currency", currency: "USD",
                                          notation: "compact", maximumFractionDigits: 1 });

export const usd = (value) => (value ? USD.format(value) : "");

// "Guangxi Zhuang Autonomous Region" from "local_government"-style ids too.
export const words = (id) => (id ? id.replaceAll("_", " ").replaceAll("-", " ") : "");
