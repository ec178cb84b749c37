// Safe DOM building for the dashboard.
//
// Article text and every other value from the API are untrusted. This module is the
// only place elements are made: text always goes in as text nodes (textContent),
// attributes are set one by one from an allow-list, and links only take fragment
// (#/...) or http(s) URLs. Nothing here ever assigns innerHTML.

const SVG_NS = "http://www.w3.org/2000/svg";

const ALLOWED_ATTRS = new Set([
  "id", "class", "title", "type", "name", "value", "placeholder", "for", "role",
  "aria-label", "aria-live", "aria-current", "colspan", "min", "max", "step", "size",
  "maxlength", "pattern", "autocomplete", "checked", "selected", "disabled", "rel",
  "target", "lang", "tabindex", "scope", "list",
  // SVG geometry and presentation
  "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
  "d", "points", "fill", "stroke", "stroke-width", "stroke-dasharray", "opacity",
  "text-anchor", "dominant-baseline", "font-size", "font-weight", "transform",
  "preserveAspectRatio", "fill-opacity", "stroke-opacity", "xmlns",
]);

function isSafeHref(value) {
  const text = String(value);
  if (text.startsWith("#")) return true;
  try {
    const url = new URL(text, window.location.href);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch (_err) {
    return false;
  }
}

function setProps(node, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") {
      node.textContent = String(value);
    } else if (key === "href") {
      if (isSafeHref(value)) node.setAttribute("href", String(value));
    } else if (key.startsWith("data-")) {
      node.setAttribute(key, String(value));
    } else if (key === "on") {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (ALLOWED_ATTRS.has(key)) {
      node.setAttribute(key, value === true ? "" : String(value));
    } else {
      throw new Error(`attribute not allowed: ${key}`);
    }
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: h("td", {class: "x"}, "text", otherNode). */
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  setProps(node, props);
  return append(node, children);
}

/** An SVG element. */
export function s(tag, props, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setProps(node, props);
  return append(node, children);
}

/** Replace all children of node. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export function text(value) {
  return document.createTextNode(value === null || value === undefined ? "" : String(value));
}

/** Split text at span offsets into text nodes and <mark> elements.
 *
 * spans: [{start, end, role}] with offsets into text; role is one of trigger, source,
 * target (marked) or sentence (wrapped in a span). Overlaps are resolved per segment,
 * the trigger winning over the actors. Offsets outside the text are clamped.
 */
export function highlighted(textValue, spans) {
  const str = String(textValue || "");
  const priority = { trigger: 3, source: 2, target: 1 };
  const clean = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(str.length, Number(span.start)));
    const end = Math.max(0, Math.min(str.length, Number(span.end)));
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) {
      clean.push({ start, end, role: span.role });
    }
  }
  const cuts = new Set([0, str.length]);
  for (const span of clean) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = str.slice(from, to);
    const covering = clean.filter((sp) => sp.start <= from && sp.end >= to);
    const marks = covering.filter((sp) => sp.role in priority);
    const inSentence = covering.some((sp) => sp.role === "sentence");
    if (marks.length) {
      marks.sort((a, b) => priority[b.role] - priority[a.role]);
      const role = marks[0].role;
      nodes.push(
        h("mark", { class: `${role}${inSentence ? " in-sentence" : ""}`, "data-role": role, title: role }, piece),
      );
    } else if (inSentence) {
      nodes.push(h("span", { class: "sentence" }, piece));
    } else {
      nodes.push(text(piece));
    }
  }
  return nodes;
}
