// leadnet interactive map, part 1 of 3: the data and the state. The map draws the scene embedded
// as JSON (element #leadnet-data) on a canvas: pan, zoom, hover details, search, filters by role,
// unit and tie layer, labels, legend. Every text from the data goes into the page through
// textContent or canvas fillText, never as markup. Nothing is loaded from the network.
//
// map_data.js, map_draw.js and map_ui.js are one function body: html_writer.cpp writes them, in
// that order, into one strict-mode function in the page's single script element, so they share
// their names (the data and the state here, the drawing there, the interaction last).

const startedAt = performance.now();
const D = JSON.parse(document.getElementById('leadnet-data').textContent);
const N = D.nodes.id.length;
const E = D.edges.s.length;
const nodes = D.nodes;
const edges = D.edges;
const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
};
const fmt = (n) => Number(n).toLocaleString('en-US');
const FONT = '"Liberation Sans", "DejaVu Sans", Arial, sans-serif';

// ---- state -------------------------------------------------------------------------------
const canvas = $('map');
const ctx = canvas.getContext('2d');
// The hover ring lives on a transparent canvas on top: moving the mouse never redraws the map.
const overlay = $('overlay');
const octx = overlay.getContext('2d');
let W = 0, H = 0, dpr = 1;
const view = { k: 1, x: 0, y: 0, k0: 1 };
let labelMode = 'auto';               // auto | all | off
let selected = -1;                    // selected node index
let hovered = -1;
let neighbours = null;                // Set of the selected node's neighbours
const roleOn = [];                    // per value of facet 0 (role)
let unitFilter = -1;                  // facet 1 value, -1 = all
const layerOn = D.layers.map(() => true);
const itemOn = D.legend.items.map(() => true);
const nodeActive = new Uint8Array(N); // passes the filters
const edgeActive = new Uint8Array(E);
let drawScheduled = false;
const stats = { nodes: 0, edges: 0, labels: 0 };

// Unit facet: ancestors, so that filtering by a unit keeps everyone below it.
const unitFacet = D.facets.findIndex((f) => f.name === 'Unit');
const roleFacet = D.facets.findIndex((f) => f.name === 'Role');
const unitAncestors = (function () {
  if (unitFacet < 0) return null;
  const f = D.facets[unitFacet];
  return (u) => {
    const chain = [];
    while (u !== null && u !== undefined && u >= 0 && chain.length < 64) {
      chain.push(u);
      u = f.parents && f.parents.length ? f.parents[u] : -1;
    }
    return chain;
  };
})();

// Adjacency for selection.
const adjacency = new Array(N);
for (let i = 0; i < N; i++) adjacency[i] = [];
for (let e = 0; e < E; e++) {
  adjacency[edges.s[e]].push(e);
  adjacency[edges.t[e]].push(e);
}

// Labels in priority order (always-labelled first).
const labelOrder = Array.from({ length: N }, (_, i) => i).sort((a, b) =>
  (nodes.always[b] - nodes.always[a]) || (nodes.prio[b] - nodes.prio[a]) || (a - b));

// ---- spatial index for hover -------------------------------------------------------------
let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, maxR = 0;
for (let i = 0; i < N; i++) {
  minX = Math.min(minX, nodes.x[i] - nodes.r[i]); maxX = Math.max(maxX, nodes.x[i] + nodes.r[i]);
  minY = Math.min(minY, nodes.y[i] - nodes.r[i]); maxY = Math.max(maxY, nodes.y[i] + nodes.r[i]);
  maxR = Math.max(maxR, nodes.r[i]);
}
if (!N) { minX = minY = 0; maxX = maxY = 1; }
const cell = Math.max((maxX - minX) / 64, (maxY - minY) / 64, maxR * 2, 1e-9);
const grid = new Map();
const key = (cx, cy) => cx * 100003 + cy;
for (let i = 0; i < N; i++) {
  const k = key(Math.floor((nodes.x[i] - minX) / cell), Math.floor((nodes.y[i] - minY) / cell));
  if (!grid.has(k)) grid.set(k, []);
  grid.get(k).push(i);
}
function nodeAt(sx, sy) {
  const wx = (sx - view.x) / view.k, wy = (sy - view.y) / view.k;
  const reach = Math.max(maxR, 6 / view.k);
  const c0 = Math.floor((wx - reach - minX) / cell), c1 = Math.floor((wx + reach - minX) / cell);
  const r0 = Math.floor((wy - reach - minY) / cell), r1 = Math.floor((wy + reach - minY) / cell);
  let best = -1, bestD = Infinity;
  for (let cx = c0; cx <= c1; cx++) for (let cy = r0; cy <= r1; cy++) {
    const list = grid.get(key(cx, cy));
    if (!list) continue;
    for (const i of list) {
      if (!nodeActive[i]) continue;
      const dx = nodes.x[i] - wx, dy = nodes.y[i] - wy;
      const d = Math.sqrt(dx * dx + dy * dy);
      const r = Math.max(screenRadius(i) / view.k, 5 / view.k);
      if (d <= r && d < bestD) { best = i; bestD = d; }
    }
  }
  return best;
}

// ---- filters -----------------------------------------------------------------------------
function applyFilters() {
  for (let i = 0; i < N; i++) {
    let on = true;
    if (roleFacet >= 0 && roleOn.length) {
      const r = nodes.facets[roleFacet][i];
      if (r >= 0 && roleOn[r] === false) on = false;
    }
    if (on && unitFilter >= 0) {
      const u = nodes.facets[unitFacet][i];
      on = u >= 0 && unitAncestors(u).indexOf(unitFilter) >= 0;
    }
    if (on && nodes.item[i] >= 0 && !itemOn[nodes.item[i]]) on = false;
    nodeActive[i] = on ? 1 : 0;
  }
  for (let e = 0; e < E; e++)
    edgeActive[e] = layerOn[edges.layer[e]] && nodeActive[edges.s[e]] && nodeActive[edges.t[e]] ? 1 : 0;
  schedule();
}
