// dyadwatch dashboard: hash-routed pages over the JSON API.
//
//   #/events?actor=&dyad=A,B&cameo=&status=&since=&until=&q=&page=
//   #/event/ID?m=MENTION_ID
//   #/dyad/A/B?by=month
//   #/network?since=&until=
//   #/latest?every=MS           new events as `dyadwatch watch` stores them
//
// All values from the API are untrusted and reach the page only through dom.js.

import { h, s, replace, highlighted } from "./dom.js";
import { dyadChart, networkChart, blocColour } from "./charts.js";

const view = () => document.getElementById("view");
const STATUSES = ["asserted", "claimed", "speculated", "hypothetical", "future", "negated"];
const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const PAGE_SIZE = 50;

class ApiError extends Error {}
// A newer navigation makes older page loads stale: they stop instead of overwriting it.
class Stale extends Error {}
let generation = 0;

async function api(path, params) {
  const mine = generation;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => query.append(key, v));
    else query.append(key, String(value));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (_err) {
    body = null;
  }
  if (mine !== generation) throw new Stale("navigated away");
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new ApiError(detail ? String(detail) : `request failed (${response.status})`);
  }
  return body;
}

function parseHash() {
  const raw = window.location.hash.replace(/^#/, "") || "/events";
  const [pathPart, queryPart] = raw.split("?");
  const parts = pathPart.split("/").filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch (_err) { return p; }
  });
  return { parts, params: new URLSearchParams(queryPart || "") };
}

function hashFor(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const q = query.toString();
  return `#${path}${q ? `?${q}` : ""}`;
}

function plural(n, word) {
  return `${n} ${word}${Number(n) === 1 ? "" : "s"}`;
}

function statusBadge(status) {
  const value = STATUSES.includes(status) ? status : "negated";
  return h("span", { class: `badge ${value}`, "data-status": status, title: "status" }, String(status ?? "unknown"));
}

function quadBadge(quad) {
  const q = Number(quad);
  return h("span", { class: `badge quad${q}` }, QUAD_NAMES[q] || "unknown");
}

function dateOf(row) {
  return row.date || (row.day ? String(row.day).slice(0, 10) : "undated");
}

function showError(err) {
  replace(view(), h("div", { class: "error", role: "alert" }, err instanceof Error ? err.message : String(err)));
  view().setAttribute("data-ready", "error");
}

function ready(page) {
  view().setAttribute("data-page", page);
  view().setAttribute("data-ready", "1");
}

function setNav(name) {
  for (const link of document.querySelectorAll("header nav a[data-nav]")) {
    link.classList.toggle("active", link.getAttribute("data-nav") === name);
  }
}

// ---------------------------------------------------------------- events list

function field(label, input) {
  return h("label", {}, label, input);
}

async function eventsPage(params) {
  setNav("events");
  const page = Math.max(1, Number(params.get("page") || 1) || 1);
  const filters = {};
  for (const key of ["actor", "dyad", "cameo", "root", "status", "since", "until", "q", "reportable"]) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const input = (name, cls, placeholder) => h("input", {
    name, class: cls, placeholder, value: filters[name] || "", autocomplete: "off",
  });
  const statusSelect = h("select", { name: "status" },
    h("option", { value: "" }, "any status"),
    STATUSES.map((st) => h("option", { value: st, selected: filters.status === st }, st)));
  const reportableSelect = h("select", { name: "reportable" },
    h("option", { value: "true", selected: !filters.reportable || filters.reportable === "true" }, "reportable only"),
    h("option", { value: "any", selected: filters.reportable === "any" }, "all events"),
    h("option", { value: "false", selected: filters.reportable === "false" }, "not reportable"));
  const form = h("form", { class: "filters panel", id: "filters" },
    field("actor", input("actor", "code", "VEN")),
    field("dyad", input("dyad", "code", "VEN,PRK")),
    field("CAMEO code", input("cameo", "code", "16")),
    field("status", statusSelect),
    field("reportable", reportableSelect),
    field("since", h("input", { name: "since", class: "code", placeholder: "2018-01", value: filters.since || "" })),
    field("until", h("input", { name: "until", class: "code", placeholder: "2019-12", value: filters.until || "" })),
    field("text", input("q", "wide", "words in the sentence")),
    h("button", { type: "submit" }, "Filter"),
    h("button", { type: "button", class: "secondary", on: { click: () => { window.location.hash = "#/events"; } } }, "Clear"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const [key, value] of data.entries()) {
      const v = String(value).trim();
      if (v && !(key === "reportable" && v === "true")) next[key] = key === "dyad" || key === "actor" ? v.toUpperCase().replace(/\s+/g, "") : v;
    }
    window.location.hash = hashFor("/events", next);
  });
  const results = h("div", { id: "results" }, h("p", { class: "muted" }, "Loading events…"));
  replace(view(), h("h1", {}, "Events"), form, results);

  const data = await api("/api/events", { ...filters, page, page_size: PAGE_SIZE });
  const rows = data.items.map((ev) => h("tr", { "data-event-id": ev.event_id },
    h("td", {}, dateOf(ev)),
    h("td", {}, h("strong", {}, ev.source_code || ev.source_country || "")),
    h("td", {}, h("a", { href: `#/event/${encodeURIComponent(ev.event_id)}`, class: "event-link" },
      `${ev.cameo} ${ev.description || ""}`)),
    h("td", {}, h("strong", {}, ev.target_code || ev.target_country || "")),
    h("td", {}, statusBadge(ev.status)),
    h("td", { class: "num" }, ev.mention_count ?? ""),
    h("td", { class: "sentence" }, ev.sentence || "")));
  const table = h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, ["date", "source", "event", "target", "status", "mentions", "sentence"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, rows));
  let swap = null;
  if (filters.dyad && filters.dyad.includes(",")) {
    // the dyad filter is directed (source,target), as in `dyadwatch events --dyad`
    const [a, b] = filters.dyad.split(",");
    swap = h("a", { href: hashFor("/events", { ...filters, dyad: `${b},${a}` }), id: "swap-dyad" },
      `⇄ ${b} → ${a}`);
  }
  const pager = h("div", { class: "pager" },
    h("span", { class: "muted", id: "events-total" }, `${plural(data.total, "event")} · page ${data.page} of ${Math.max(1, data.pages)}`),
    page > 1 ? h("a", { href: hashFor("/events", { ...filters, page: page - 1 }) }, "← previous") : null,
    page < data.pages ? h("a", { href: hashFor("/events", { ...filters, page: page + 1 }) }, "next →") : null,
    swap);
  replace(results, pager, data.items.length ? table : h("p", { class: "muted" }, "No events match these filters."));
  ready("events");
}

// ---------------------------------------------------------------- event detail

async function eventPage(eventId, params) {
  setNav("events");
  replace(view(), h("p", { class: "muted" }, "Loading event…"));
  const ev = await api(`/api/events/${encodeURIComponent(eventId)}`);
  const mentions = ev.mentions || [];
  const chosen = mentions.find((m) => m.mention_id === params.get("m")) || mentions[0];
  const head = h("div", { class: "panel" },
    h("div", { class: "event-head" },
      h("span", { class: "dyad" }, `${ev.source_code} → ${ev.target_code}`),
      h("span", {}, `${ev.cameo} ${ev.description || ""}`),
      statusBadge(ev.status),
      ev.reportable ? h("span", { class: "badge reportable" }, "reportable") : h("span", { class: "badge not-reportable" }, "not reportable"),
      quadBadge(ev.quad_class)),
    h("dl", { class: "facts" },
      h("dt", {}, "date"), h("dd", {}, `${ev.date || "undated"}${ev.date_precision ? ` (${ev.date_precision})` : ""}`),
      h("dt", {}, "Goldstein"), h("dd", {}, String(ev.goldstein ?? "")),
      h("dt", {}, "reported by"), h("dd", {}, `${plural(ev.mention_count, "mention")} in ${plural(ev.article_count ?? 0, "article")} from ${plural(ev.source_count, "outlet")} (${plural(ev.story_count, "story").replace("storys", "stories")})`),
      h("dt", {}, "event id"), h("dd", {}, h("code", {}, ev.event_id)),
      h("dt", {}, "dyad"), h("dd", {}, h("a", { href: `#/dyad/${encodeURIComponent(ev.source_country)}/${encodeURIComponent(ev.target_country)}` }, `${ev.source_country}–${ev.target_country} over time`))));
  const articleBox = h("div", { id: "article" }, h("p", { class: "muted" }, "Loading article…"));
  const others = h("div", { class: "panel", id: "other-articles" }, h("h2", {}, "Articles that reported this event"),
    h("p", { class: "muted" }, `${plural(mentions.length, "mention")} in ${plural(new Set(mentions.map((m) => m.article_id)).size, "article")}; pick one to read its evidence.`));
  const list = h("ul", { class: "mentions" });
  for (const m of mentions) {
    const current = chosen && m.mention_id === chosen.mention_id;
    list.appendChild(h("li", { class: current ? "current" : "", "data-article-id": m.article_id },
      current ? h("span", {}, m.title || m.article_id) :
        h("a", { href: hashFor(`/event/${encodeURIComponent(ev.event_id)}`, { m: m.mention_id }) }, m.title || m.article_id),
      " ", h("span", { class: "muted" }, `${m.outlet || ""} ${m.article_date ? String(m.article_date).slice(0, 10) : ""}`),
      " ", statusBadge(m.status), " ", h("span", { class: "badge" }, m.section || ""),
      h("div", { class: "muted" }, m.sentence || "")));
  }
  others.appendChild(list);
  replace(view(), h("h1", {}, "Event"), head, h("div", { class: "layout-2" }, articleBox, others));
  if (!chosen) {
    replace(articleBox, h("p", { class: "muted" }, "This event has no stored mention."));
    ready("event");
    return;
  }
  const article = await api(`/api/articles/${encodeURIComponent(chosen.article_id)}`);
  const spans = [
    { start: chosen.sentence_start, end: chosen.sentence_end, role: "sentence" },
    { start: chosen.source_start, end: chosen.source_end, role: "source" },
    { start: chosen.target_start, end: chosen.target_end, role: "target" },
    { start: chosen.trigger_start, end: chosen.trigger_end, role: "trigger" },
  ];
  const meta = h("p", { class: "muted" },
    `${article.outlet || "unknown outlet"} · ${article.date ? String(article.date).slice(0, 10) : "undated"} · `,
    article.url ? h("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : "no URL");
  replace(articleBox,
    h("h2", {}, article.title || "Article"),
    meta,
    h("div", { class: "legend-inline" },
      h("mark", { class: "trigger" }, "trigger"), h("mark", { class: "source" }, "source actor"),
      h("mark", { class: "target" }, "target actor"), h("span", { class: "sentence" }, "evidence sentence"),
      h("span", {}, "status: "), statusBadge(chosen.status)),
    h("div", { class: "article-text", id: "article-text" }, highlighted(article.full_text, spans)));
  ready("event");
}

// ---------------------------------------------------------------- dyad view

async function dyadPage(a, b, params) {
  setNav("dyad");
  const by = ["week", "month", "year"].includes(params.get("by")) ? params.get("by") : "month";
  const [actors, top] = await Promise.all([api("/api/actors"), api("/api/dyads", { limit: 12 })]);
  const options = (selected) => actors.items.map((row) =>
    h("option", { value: row.actor, selected: row.actor === selected }, `${row.actor} (${row.events})`));
  const first = a || (top.items[0] && top.items[0].a) || "";
  const second = b || (top.items[0] && top.items[0].b) || "";
  const selA = h("select", { name: "a", id: "dyad-a" }, options(first));
  const selB = h("select", { name: "b", id: "dyad-b" }, options(second));
  const selBy = h("select", { name: "by", id: "dyad-by" },
    ["week", "month", "year"].map((v) => h("option", { value: v, selected: v === by }, v)));
  const form = h("form", { class: "filters panel", id: "dyad-form" },
    field("first state", selA), field("second state", selB), field("by", selBy),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.location.hash = hashFor(`/dyad/${encodeURIComponent(selA.value)}/${encodeURIComponent(selB.value)}`, { by: selBy.value });
  });
  const quick = h("p", { class: "muted" }, "Most active: ",
    top.items.map((d) => [h("a", { href: `#/dyad/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}` }, `${d.a}–${d.b} (${d.events})`), " "]));
  const body = h("div", { id: "dyad-body" });
  replace(view(), h("h1", {}, "Dyad over time"), form, quick, body);
  if (!first || !second || first === second) {
    replace(body, h("p", { class: "muted" }, "Pick two different states."));
    ready("dyad");
    return;
  }
  const data = await api("/api/dyad", { a: first, b: second, by });
  const note = h("p", { class: "muted" },
    `${data.event_total} reportable events between ${data.a} and ${data.b}`,
    data.undated ? `; ${data.undated} undated left out` : "",
    data.imprecise ? `; ${data.imprecise} dated too coarsely for this bin left out` : "", ".");
  const table = h("table", { id: "dyad-events" },
    h("thead", {}, h("tr", {}, ["date", "source", "event", "target", "Goldstein", "status", "sentence"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, data.events.map((ev) => h("tr", {},
      h("td", {}, dateOf(ev)), h("td", {}, ev.source_country),
      h("td", {}, h("a", { href: `#/event/${encodeURIComponent(ev.event_id)}` }, `${ev.cameo} ${ev.description || ""}`)),
      h("td", {}, ev.target_country), h("td", { class: "num" }, ev.goldstein),
      h("td", {}, statusBadge(ev.status)), h("td", { class: "sentence" }, ev.sentence || "")))));
  replace(body, note,
    data.series.length ? dyadChart(data) : h("p", { class: "muted", id: "no-series" }, "No dated events for this pair."),
    h("h2", {}, "Events behind the series"), table);
  ready("dyad");
}

// ---------------------------------------------------------------- network view

async function networkPage(params) {
  setNav("network");
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  const form = h("form", { class: "filters panel", id: "network-form" },
    field("since", h("input", { name: "since", class: "code", placeholder: "2017", value: since })),
    field("until", h("input", { name: "until", class: "code", placeholder: "2024-12", value: until })),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    window.location.hash = hashFor("/network", { since: String(data.get("since") || "").trim(), until: String(data.get("until") || "").trim() });
  });
  replace(view(), h("h1", {}, "Alignment network"), form, h("p", { class: "muted" }, "Loading network…"));
  const period = { since, until };
  const [graph, blocs, sanctions] = await Promise.all([
    api("/api/network", period), api("/api/blocs", period), api("/api/sanctions", period),
  ]);
  const side = h("div", {},
    h("div", { class: "panel", id: "bloc-list" }, h("h2", {}, "Blocs"),
      blocs.blocs.length ? h("ul", {}, blocs.blocs.map((bl) => h("li", {},
        s("svg", { width: 12, height: 12, viewBox: "0 0 12 12", class: "swatch-svg" }, s("circle", { cx: 6, cy: 6, r: 6, fill: blocColour(bl.bloc) })),
        " ", h("strong", {}, `Bloc ${bl.bloc}: `), bl.members,
        bl.stands_against ? h("div", { class: "muted" }, `stands against ${bl.stands_against}`) : null)))
        : h("p", { class: "muted" }, "No blocs in this period.")),
    h("div", { class: "panel", id: "sanction-list" }, h("h2", {}, "Sanctioned states"),
      sanctions.states.length ? h("ul", {}, sanctions.states.map((st) => h("li", {},
        h("strong", {}, st.target), ` by ${st.senders} (${st.events}), `,
        st.dated ? `dated ${st.dated}` : "undated background",
        st.first_report ? `, first reported ${st.first_report} ` : " ",
        h("a", { href: `#/event/${encodeURIComponent(st.event_id)}` }, "evidence"))))
        : h("p", { class: "muted" }, "No sanctions in this period.")));
  const summary = h("p", { class: "muted" },
    `${graph.graph.events ?? 0} events, ${graph.nodes.length} actors, ${graph.edges.length} ties; period: ${graph.graph.period || "all time"}. Edge weight: ${graph.graph.weight_definition || ""}.`);
  replace(view(), h("h1", {}, "Alignment network"), form, summary,
    h("div", { class: "layout-2" },
      graph.nodes.length ? networkChart(graph) : h("p", { class: "muted", id: "no-graph" }, "No events in this period."),
      side));
  ready("network");
}

// ---------------------------------------------------------------- latest (live) view

const LATEST_EVERY_MS = 2000;
const LATEST_KEEP = 200;

function timeOf(value) {
  return value ? String(value).replace("T", " ").slice(0, 19) : "";
}

function latestRow(ev, fresh) {
  const link = ev.url ? h("a", { href: ev.url, rel: "noopener noreferrer nofollow", target: "_blank" }, ev.outlet || "article") : (ev.outlet || "");
  return h("tr", { class: fresh ? "fresh" : "", "data-event-id": ev.event_id, "data-seq": ev.seq },
    h("td", {}, dateOf(ev)),
    h("td", {}, h("strong", {}, ev.source_code || ev.source_country || "")),
    h("td", {}, h("a", { href: `#/event/${encodeURIComponent(ev.event_id)}`, class: "event-link" }, `${ev.cameo} ${ev.description || ""}`)),
    h("td", {}, h("strong", {}, ev.target_code || ev.target_country || "")),
    h("td", {}, quadBadge(ev.quad_class)),
    h("td", { class: "sentence" }, ev.sentence || ""),
    h("td", {}, link),
    h("td", { class: "muted" }, timeOf(ev.first_seen)));
}

function sourcesPanel(data) {
  const items = data.items || [];
  if (!items.length) {
    return h("p", { class: "muted", id: "sources-none" }, "No watched sources in this store: start `dyadwatch serve --watch SOURCE` or `dyadwatch watch SOURCE`.");
  }
  return h("table", { id: "sources-table" },
    h("thead", {}, h("tr", {}, ["source", "kind", "last poll", "status", "new articles", "failing", "last error"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, items.map((row) => h("tr", { class: Number(row.failing) > 0 ? "failing" : "", "data-source": row.source },
      h("td", { class: "code" }, row.source), h("td", {}, row.kind),
      h("td", {}, timeOf(row.last_poll)), h("td", {}, row.last_status ?? ""),
      h("td", { class: "num" }, row.new_articles ?? 0), h("td", { class: "num" }, row.failing ?? 0),
      h("td", { class: "muted" }, row.last_error ? `${timeOf(row.last_error_at)}: ${row.last_error}` : "")))));
}

async function latestPage(params) {
  setNav("latest");
  const mine = generation;
  const every = Math.min(60000, Math.max(500, Number(params.get("every")) || LATEST_EVERY_MS));
  const status = h("span", { class: "muted", id: "latest-status" }, "Loading…");
  const health = h("div", { class: "panel", id: "sources-health" }, h("h2", {}, "Sources"), h("p", { class: "muted" }, "Loading…"));
  const rows = h("tbody", { id: "latest-rows" });
  const empty = h("p", { class: "muted", id: "latest-empty" }, "No reportable events yet: new ones appear here as they are stored.");
  const table = h("table", { id: "latest-table" },
    h("thead", {}, h("tr", {}, ["date", "source", "event", "target", "quad class", "sentence", "article", "stored"].map((c) => h("th", { scope: "col" }, c)))),
    rows);
  replace(view(), h("h1", {}, "Latest events"),
    h("p", { class: "muted" }, `Reportable events, newest first, as the watch stores them (checked every ${every / 1000} s). `, status),
    empty, table, health);

  function add(items, fresh) {
    // items come newest first: put them above what is shown, in that order
    const first = rows.firstChild;
    for (const ev of items) rows.insertBefore(latestRow(ev, fresh), first);
    while (rows.childNodes.length > LATEST_KEEP) rows.removeChild(rows.lastChild);
    empty.hidden = rows.childNodes.length > 0;
    table.hidden = rows.childNodes.length === 0;
  }

  async function refreshSources() {
    replace(health, h("h2", {}, "Sources"), sourcesPanel(await api("/api/sources")));
  }

  const first = await api("/api/latest", { limit: 50 });
  let cursor = first.cursor;
  add(first.items, false);
  await refreshSources();
  replace(status, `as of ${new Date().toLocaleTimeString()}`);
  ready("latest");

  async function tick() {
    if (mine !== generation) return;
    try {
      const data = await api("/api/latest", { after: cursor, limit: 100 });
      cursor = data.cursor;
      if (data.items.length) add(data.items, true);
      await refreshSources();
      replace(status, `as of ${new Date().toLocaleTimeString()}`);
    } catch (err) {
      if (err instanceof Stale) return;
      replace(status, `could not update: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (mine === generation) window.setTimeout(tick, every);
  }
  window.setTimeout(tick, every);
}

// ---------------------------------------------------------------- router

async function route() {
  const { parts, params } = parseHash();
  generation += 1;
  view().setAttribute("data-ready", "0");
  // which address this rendering answers: a test (or a script) can wait for this one
  view().setAttribute("data-hash", location.hash);
  try {
    if (parts[0] === "event" && parts[1]) await eventPage(parts[1], params);
    else if (parts[0] === "dyad") await dyadPage(parts[1] ? parts[1].toUpperCase() : "", parts[2] ? parts[2].toUpperCase() : "", params);
    else if (parts[0] === "network") await networkPage(params);
    else if (parts[0] === "latest") await latestPage(params);
    else await eventsPage(params);
  } catch (err) {
    if (!(err instanceof Stale)) showError(err);
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);
