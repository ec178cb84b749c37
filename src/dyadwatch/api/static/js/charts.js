// Charts drawn as plain SVG: the dyad timeline and the alignment network.
// Every label goes through dom.js (text nodes only).

import { s } from "./dom.js";

const QUADS = [
  { key: "verbal_coop", label: "verbal cooperation", cls: "q1", sign: 1 },
  { key: "material_coop", label: "material cooperation", cls: "q2", sign: 1 },
  { key: "verbal_conflict", label: "verbal conflict", cls: "q3", sign: -1 },
  { key: "material_conflict", label: "material conflict", cls: "q4", sign: -1 },
];

function periodLabel(iso, by) {
  const day = String(iso || "").slice(0, 10);
  if (by === "year") return day.slice(0, 4);
  if (by === "month") return day.slice(0, 7);
  return day;
}

function num(value) {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** Cooperation above the axis, conflict below, stacked by quad class; Goldstein mean as a line. */
export function dyadChart(data) {
  const rows = data.series || [];
  const width = 960;
  const height = 380;
  const m = { left: 56, right: 56, top: 52, bottom: 56 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const zeroY = m.top + plotH / 2;
  let yMax = 1;
  for (const row of rows) {
    yMax = Math.max(yMax, num(row.verbal_coop) + num(row.material_coop));
    yMax = Math.max(yMax, num(row.verbal_conflict) + num(row.material_conflict));
  }
  const y = (v) => zeroY - (v * (plotH / 2)) / yMax;
  const band = plotW / Math.max(rows.length, 1);
  const barW = Math.max(1, band * 0.7);
  const title = `${data.a}–${data.b}: cooperation and conflict by ${data.by}`;
  const svg = s("svg", {
    class: "chart dyad-chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title,
  });
  svg.appendChild(s("title", {}, title));
  svg.appendChild(s("text", { x: m.left, y: 18, class: "chart-title" }, title));

  // y axis: counts on the left, Goldstein mean (-10..10) on the right
  const axis = s("g", { class: "axis" });
  for (const v of [-yMax, -yMax / 2, 0, yMax / 2, yMax]) {
    const yy = y(v);
    axis.appendChild(s("line", { x1: m.left, x2: width - m.right, y1: yy, y2: yy, class: v === 0 ? "zero" : "grid" }));
    const label = Number.isInteger(v) ? String(Math.abs(v)) : Math.abs(v).toFixed(1);
    axis.appendChild(s("text", { x: m.left - 6, y: yy + 4, "text-anchor": "end" }, label));
  }
  for (const g of [-10, 0, 10]) {
    const yy = zeroY - (g * (plotH / 2)) / 10;
    axis.appendChild(s("text", { x: width - m.right + 6, y: yy + 4, class: "goldstein-axis" }, g > 0 ? `+${g}` : String(g)));
  }
  const upY = zeroY - plotH / 4;
  const downY = zeroY + plotH / 4;
  axis.appendChild(s("text", { x: 14, y: upY, transform: `rotate(-90 14 ${upY})`, "text-anchor": "middle" }, "cooperation events"));
  axis.appendChild(s("text", { x: 14, y: downY, transform: `rotate(-90 14 ${downY})`, "text-anchor": "middle" }, "conflict events"));
  axis.appendChild(s("text", { x: width - 12, y: zeroY, transform: `rotate(90 ${width - 12} ${zeroY})`, "text-anchor": "middle", class: "goldstein-axis" }, "Goldstein mean"));
  svg.appendChild(axis);

  const bars = s("g", { class: "bars" });
  const every = Math.max(1, Math.ceil(rows.length / 12));
  rows.forEach((row, i) => {
    const x = m.left + i * band + (band - barW) / 2;
    let up = 0;
    let down = 0;
    for (const q of QUADS) {
      const n = num(row[q.key]);
      if (n <= 0) continue;
      const from = q.sign > 0 ? up : down;
      const to = from + n;
      if (q.sign > 0) up = to; else down = to;
      const y0 = y(q.sign * from);
      const y1 = y(q.sign * to);
      const rect = s("rect", {
        x, y: Math.min(y0, y1), width: barW, height: Math.max(1, Math.abs(y1 - y0)),
        class: `bar ${q.cls}`, "data-period": periodLabel(row.period, data.by), "data-count": n,
      });
      rect.appendChild(s("title", {}, `${periodLabel(row.period, data.by)}: ${n} ${q.label}`));
      bars.appendChild(rect);
    }
    if (i % every === 0) {
      const lx = x + barW / 2;
      bars.appendChild(s("text", {
        x: lx, y: height - m.bottom + 18, "text-anchor": "end", class: "tick",
        transform: `rotate(-35 ${lx} ${height - m.bottom + 18})`,
      }, periodLabel(row.period, data.by)));
    }
  });
  svg.appendChild(bars);

  const points = [];
  rows.forEach((row, i) => {
    if (num(row.events) > 0 && row.goldstein_mean !== null && row.goldstein_mean !== undefined) {
      const gx = m.left + i * band + band / 2;
      const gy = zeroY - (num(row.goldstein_mean) * (plotH / 2)) / 10;
      points.push(`${gx.toFixed(1)},${gy.toFixed(1)}`);
    }
  });
  if (points.length) {
    svg.appendChild(s("polyline", { points: points.join(" "), class: "goldstein-line", fill: "none" }));
  }

  const legend = s("g", { class: "legend" });
  const items = [...QUADS.map((q) => [q.cls, q.label]), ["goldstein-key", "Goldstein mean"]];
  let lx = m.left;
  for (const [cls, label] of items) {
    legend.appendChild(s("rect", { x: lx, y: 28, width: 12, height: 12, class: `bar ${cls}` }));
    legend.appendChild(s("text", { x: lx + 16, y: 38 }, label));
    lx += 26 + label.length * 6.2;
  }
  svg.appendChild(legend);
  return svg;
}

const BLOC_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#17becf", "#bcbd22", "#e377c2", "#8c564b"];

export function blocColour(bloc) {
  if (bloc === null || bloc === undefined) return "#9e9e9e";
  return BLOC_COLOURS[(Number(bloc) - 1) % BLOC_COLOURS.length];
}

function nodeRadius(node) {
  return Math.min(28, 6 + 3 * Math.sqrt(num(node.activity)));
}

/** Deterministic force-directed layout (Fruchterman-Reingold with gravity). */
function layout(nodes, edges, width, height, radii) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    return { x: Math.cos(a) * 0.5, y: Math.sin(a) * 0.5 };
  });
  if (n <= 1) return pos.map(() => ({ x: width / 2, y: height / 2 }));
  const index = new Map(nodes.map((node, i) => [String(node.id), i]));
  const links = edges
    .map((e) => [index.get(String(e.source)), index.get(String(e.target)), num(e.weight)])
    .filter(([a, b]) => a !== undefined && b !== undefined);
  const k = 2.2 * Math.sqrt(1 / n);
  let temp = 0.1;
  for (let iter = 0; iter < 300; iter += 1) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        let dx = pos[i].x - pos[j].x;
        let dy = pos[i].y - pos[j].y;
        let d = Math.hypot(dx, dy);
        if (d < 1e-6) { dx = 1e-3 * (i - j); dy = 1e-3; d = Math.hypot(dx, dy); }
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 1e-6);
      // allies pull together; opponents stay linked but further apart
      const f = ((d * d) / k) * (w > 0 ? 1 : 0.25);
      disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f;
      disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i += 1) {
      disp[i].x -= pos[i].x * 0.3;
      disp[i].y -= pos[i].y * 0.3;
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 1e-9);
      pos[i].x += (disp[i].x / d) * Math.min(d, temp);
      pos[i].y += (disp[i].y / d) * Math.min(d, temp);
    }
    temp = Math.max(0.002, temp * 0.985);
  }
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 60;
  const sx = (width - 2 * pad) / Math.max(maxX - minX, 1e-6);
  const sy = (height - 2 * pad) / Math.max(maxY - minY, 1e-6);
  const out = pos.map((p) => ({ x: pad + (p.x - minX) * sx, y: pad + (p.y - minY) * sy }));
  return separate(out, radii, width, height, pad);
}

/** Push apart nodes whose circles and labels would overlap (in pixels), inside the frame. */
function separate(points, radii, width, height, pad) {
  for (let round = 0; round < 80; round += 1) {
    let moved = false;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const need = radii[i] + radii[j] + 30;
        let dx = points[j].x - points[i].x;
        let dy = points[j].y - points[i].y;
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-6) { dx = 1; dy = 0; d = 1; }
        const push = (need - d) / 2;
        points[i].x -= (dx / d) * push; points[i].y -= (dy / d) * push;
        points[j].x += (dx / d) * push; points[j].y += (dy / d) * push;
        moved = true;
      }
    }
    for (const p of points) {
      p.x = Math.min(width - pad / 2, Math.max(pad / 2, p.x));
      p.y = Math.min(height - pad / 3, Math.max(pad, p.y));
    }
    if (!moved) break;
  }
  return points;
}

/** The alignment graph: node size = activity, colour = bloc, ring = sanctioned, edge colour = sign. */
export function networkChart(graph) {
  const width = 960;
  const height = 640;
  const nodes = graph.nodes || [];
  const edges = graph.edges || [];
  const radii = nodes.map((node) => nodeRadius(node));
  const where = layout(nodes, edges, width, height, radii);
  const at = new Map(nodes.map((node, i) => [String(node.id), where[i]]));
  const title = `Alignment network (${(graph.graph && graph.graph.period) || "all time"})`;
  const svg = s("svg", { class: "chart network-chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title });
  svg.appendChild(s("title", {}, title));
  const maxW = Math.max(1e-6, ...edges.map((e) => Math.abs(num(e.weight))));
  const lines = s("g", { class: "edges" });
  for (const e of edges) {
    const a = at.get(String(e.source));
    const b = at.get(String(e.target));
    if (!a || !b) continue;
    const sign = num(e.sign) > 0 ? "positive" : num(e.sign) < 0 ? "negative" : "neutral";
    const line = s("line", {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge ${sign}`,
      "stroke-width": (1 + (5 * Math.abs(num(e.weight))) / maxW).toFixed(2),
      "data-a": e.source, "data-b": e.target,
    });
    line.appendChild(s("title", {}, `${e.source}–${e.target}: weight ${num(e.weight)}, ${num(e.events)} events (${num(e.cooperation)} cooperation, ${num(e.conflict)} conflict)`));
    lines.appendChild(line);
  }
  svg.appendChild(lines);
  const dots = s("g", { class: "nodes" });
  nodes.forEach((node, i) => {
    const p = where[i];
    const r = radii[i];
    const g = s("g", { class: `node${node.sanctioned ? " sanctioned" : ""}`, "data-id": node.id, "data-bloc": node.bloc ?? "" });
    if (node.sanctioned) {
      g.appendChild(s("circle", { cx: p.x, cy: p.y, r: r + 5, class: "sanction-ring", fill: "none" }));
    }
    g.appendChild(s("circle", { cx: p.x, cy: p.y, r, fill: blocColour(node.bloc), class: "dot" }));
    g.appendChild(s("text", { x: p.x, y: p.y - r - 7, "text-anchor": "middle", class: "node-label" }, `${node.id}${node.sanctioned ? " ⊘" : ""}`));
    g.appendChild(s("title", {}, `${node.id}: ${num(node.activity)} events${node.bloc ? `, bloc ${node.bloc}` : ""}${node.sanctioned ? ", sanctioned" : ""}`));
    dots.appendChild(g);
  });
  svg.appendChild(dots);
  const legend = s("g", { class: "legend" });
  legend.appendChild(s("line", { x1: 16, y1: 20, x2: 40, y2: 20, class: "edge positive", "stroke-width": 3 }));
  legend.appendChild(s("text", { x: 46, y: 24 }, "net cooperation"));
  legend.appendChild(s("line", { x1: 16, y1: 40, x2: 40, y2: 40, class: "edge negative", "stroke-width": 3 }));
  legend.appendChild(s("text", { x: 46, y: 44 }, "net conflict"));
  legend.appendChild(s("circle", { cx: 28, cy: 62, r: 7, class: "sanction-ring", fill: "none" }));
  legend.appendChild(s("text", { x: 46, y: 66 }, "sanctioned (⊘)"));
  legend.appendChild(s("text", { x: 16, y: 88 }, "fill colour: bloc; size: activity"));
  svg.appendChild(legend);
  return svg;
}
