// leadnet interactive map. Draws the scene embedded as JSON (element #leadnet-data) on a canvas:
// pan, zoom, hover details, search, filters by role, unit and tie layer, labels, legend.
// Every text from the data goes into the page through textContent or canvas fillText, never as
// markup. Nothing is loaded from the network.
(function () {
  'use strict';

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

  // ---- drawing -----------------------------------------------------------------------------
  function resize() {
    const rect = canvas.getBoundingClientRect();
    dpr = window.devicePixelRatio || 1;
    W = Math.max(1, rect.width); H = Math.max(1, rect.height);
    canvas.width = overlay.width = Math.round(W * dpr);
    canvas.height = overlay.height = Math.round(H * dpr);
  }
  function drawOverlay() {
    octx.setTransform(dpr, 0, 0, dpr, 0, 0);
    octx.clearRect(0, 0, W, H);
    if (hovered < 0 || hovered === selected) return;
    const sx = nodes.x[hovered] * view.k + view.x, sy = nodes.y[hovered] * view.k + view.y;
    octx.strokeStyle = '#1d2733';
    octx.lineWidth = 1.5;
    octx.beginPath();
    octx.arc(sx, sy, screenRadius(hovered) + 2, 0, 2 * Math.PI);
    octx.stroke();
  }
  function fit() {
    const pad = 36;
    const bw = Math.max(maxX - minX, 1e-9), bh = Math.max(maxY - minY, 1e-9);
    view.k = Math.min((W - 2 * pad) / bw, (H - 2 * pad) / bh);
    if (!isFinite(view.k) || view.k <= 0) view.k = 1;
    view.k0 = view.k;
    view.x = (W - bw * view.k) / 2 - minX * view.k;
    view.y = (H - bh * view.k) / 2 - minY * view.k;
  }
  function screenRadius(i) { return Math.max(1.6, nodes.r[i] * view.k); }
  function schedule() {
    if (drawScheduled) return;
    drawScheduled = true;
    requestAnimationFrame(() => { drawScheduled = false; draw(); });
  }
  // While panning and zooming a large map, frames show the last full drawing moved and scaled
  // (one image copy, whatever the size), and the full drawing follows when the motion stops.
  const cache = document.createElement('canvas');
  const cacheCtx = cache.getContext('2d');
  let cacheView = null, lastFullMs = 0, settleTimer = 0, moveScheduled = false;
  function scheduleMove() {
    if (lastFullMs < 12 || !cacheView) { schedule(); return; }
    if (!moveScheduled) {
      moveScheduled = true;
      requestAnimationFrame(() => { moveScheduled = false; drawMoved(); });
    }
    clearTimeout(settleTimer);
    settleTimer = setTimeout(schedule, 160);
  }
  function drawMoved() {
    const t0 = performance.now();
    if (hovered >= 0) { hovered = -1; drawOverlay(); }
    const s = view.k / cacheView.k;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#fbfaf7';
    ctx.fillRect(0, 0, W, H);
    ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * (view.x - cacheView.x * s), dpr * (view.y - cacheView.y * s));
    ctx.drawImage(cache, 0, 0, W, H);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (timing) ctx.getImageData(0, 0, 1, 1);  // make the browser rasterise now, so the clock sees it
    lastMoveMs = performance.now() - t0;
  }
  let lastMoveMs = 0;
  let timing = false;  // #bench: time frames including rasterisation
  const edgeAlpha = Math.min(0.6, Math.max(0.12, 18 / Math.sqrt(E + 1)));

  function tracePath(e, sx, sy, tx, ty) {
    const shape = edges.shape[e];
    if (shape === 1) {  // org-chart connector from the upper end down
      const up = sy <= ty;
      const ux = up ? sx : tx, uy = up ? sy : ty, lx = up ? tx : sx, ly = up ? ty : sy;
      const bend = edges.bend[e];
      const mid = bend === null || bend === undefined ? uy + (ly - uy) / 2 : bend * view.k + view.y;
      ctx.moveTo(ux, uy); ctx.lineTo(ux, mid); ctx.lineTo(lx, mid); ctx.lineTo(lx, ly);
    } else if (shape === 2) {
      const mx = (sx + tx) / 2, my = (sy + ty) / 2;
      ctx.moveTo(sx, sy); ctx.quadraticCurveTo(mx - 0.18 * (ty - sy), my + 0.18 * (tx - sx), tx, ty);
    } else {
      ctx.moveTo(sx, sy); ctx.lineTo(tx, ty);
    }
  }

  function draw() {
    const t0 = performance.now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#fbfaf7';
    ctx.fillRect(0, 0, W, H);
    const k = view.k, ox = view.x, oy = view.y;
    const zoomFactor = Math.min(3, Math.max(0.6, Math.sqrt(k / view.k0)));
    const margin = 40;
    const visible = (x, y) => x > -margin && x < W + margin && y > -margin && y < H + margin;
    const focus = neighbours !== null;
    let drawnEdges = 0;

    // Guides: the formal levels of an org chart.
    if (D.guides.length) {
      ctx.strokeStyle = '#e3e0d8';
      ctx.lineWidth = 1;
      ctx.fillStyle = '#8a949e';
      ctx.font = '11px ' + FONT;
      ctx.textBaseline = 'bottom';
      for (const g of D.guides) {
        const gy = Math.round(g.y * k + oy) + 0.5;
        if (gy < -10 || gy > H + 10) continue;
        ctx.beginPath(); ctx.moveTo(0, gy); ctx.lineTo(W, gy); ctx.stroke();
        ctx.fillText(g.label, 8, gy - 3);
      }
    }
    // Ties, batched per layer and width; marked ties later, on top.
    ctx.lineCap = 'butt';  // cheaper to rasterise than round caps; invisible on thin lines
    ctx.lineJoin = 'round';
    const batches = new Map();
    for (let e = 0; e < E; e++) {
      if (!edgeActive[e] || edges.hl[e] >= 0) continue;
      const s = edges.s[e], t = edges.t[e];
      const sx = nodes.x[s] * k + ox, sy = nodes.y[s] * k + oy, tx = nodes.x[t] * k + ox, ty = nodes.y[t] * k + oy;
      if ((sx < -margin && tx < -margin) || (sx > W + margin && tx > W + margin) ||
          (sy < -margin && ty < -margin) || (sy > H + margin && ty > H + margin)) continue;
      const id = edges.layer[e] * 64 + Math.min(63, Math.round(edges.w[e] * 4));
      let b = batches.get(id);
      if (!b) { b = []; batches.set(id, b); }
      b.push(e);
    }
    for (const [id, list] of batches) {
      const layer = D.layers[Math.floor(id / 64)];
      ctx.strokeStyle = layer.color;
      // On an org chart the formal lines lead; dialogue arcs stay in the background.
      const alpha = D.kind === 'chain' && layer.name !== 'reports_to' ? edgeAlpha * 0.55 : edgeAlpha;
      ctx.globalAlpha = focus ? alpha * 0.35 : alpha;
      ctx.lineWidth = (id % 64) / 4 * zoomFactor;
      ctx.beginPath();
      for (const e of list) {
        const s = edges.s[e], t = edges.t[e];
        tracePath(e, nodes.x[s] * k + ox, nodes.y[s] * k + oy, nodes.x[t] * k + ox, nodes.y[t] * k + oy);
      }
      ctx.stroke();
      drawnEdges += list.length;
    }
    // Marked ties: dashed, in the mark's colour.
    ctx.globalAlpha = focus ? 0.5 : 0.95;
    ctx.setLineDash([6, 4]);
    for (let h = 0; h < D.highlights.length; h++) {
      ctx.strokeStyle = D.highlights[h].color;
      ctx.lineWidth = 2.2 * Math.min(zoomFactor, 1.6);
      ctx.beginPath();
      let any = false;
      for (let e = 0; e < E; e++) {
        if (edges.hl[e] !== h || !edgeActive[e]) continue;
        const s = edges.s[e], t = edges.t[e];
        tracePath(e, nodes.x[s] * k + ox, nodes.y[s] * k + oy, nodes.x[t] * k + ox, nodes.y[t] * k + oy);
        any = true;
        drawnEdges++;
      }
      if (any) ctx.stroke();
    }
    ctx.setLineDash([]);
    // The selected person's ties, strong.
    if (focus) {
      ctx.globalAlpha = 0.9;
      for (const e of adjacency[selected]) {
        if (!layerOn[edges.layer[e]]) continue;
        const s = edges.s[e], t = edges.t[e];
        ctx.strokeStyle = D.layers[edges.layer[e]].color;
        ctx.lineWidth = Math.max(1.4, edges.w[e] * 1.4) * Math.min(zoomFactor, 1.5);
        ctx.beginPath();
        tracePath(e, nodes.x[s] * k + ox, nodes.y[s] * k + oy, nodes.x[t] * k + ox, nodes.y[t] * k + oy);
        ctx.stroke();
      }
    }

    // People (or units): dimmed ones first, then by colour, small before large.
    let drawnNodes = 0;
    ctx.globalAlpha = 1;
    const byColor = new Map();
    const dimmed = [];
    for (const i of sizeOrder) {
      const sx = nodes.x[i] * k + ox, sy = nodes.y[i] * k + oy;
      if (!visible(sx, sy) && nodes.r[i] * k < W) continue;
      const inFocus = !focus || i === selected || neighbours.has(i);
      if (!nodeActive[i] || !inFocus) { dimmed.push(i); continue; }
      let b = byColor.get(nodes.color[i]);
      if (!b) { b = []; byColor.set(nodes.color[i], b); }
      b.push(i);
    }
    if (dimmed.length) {
      ctx.fillStyle = '#c9ccd0';
      ctx.globalAlpha = 0.35;
      ctx.beginPath();
      for (const i of dimmed) {
        const r = screenRadius(i), sx = nodes.x[i] * k + ox, sy = nodes.y[i] * k + oy;
        ctx.moveTo(sx + r, sy); ctx.arc(sx, sy, r, 0, 2 * Math.PI);
      }
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    const big = D.kind === 'units';
    for (const [color, list] of byColor) {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (const i of list) {
        const r = screenRadius(i), sx = nodes.x[i] * k + ox, sy = nodes.y[i] * k + oy;
        ctx.moveTo(sx + r, sy); ctx.arc(sx, sy, r, 0, 2 * Math.PI);
      }
      if (big) ctx.globalAlpha = 0.92;
      ctx.fill();
      ctx.globalAlpha = 1;
      if (list.length < 3000 || k > view.k0 * 1.5) {
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = big ? 2 : 0.8;
        ctx.stroke();
      }
      drawnNodes += list.length;
    }
    // Rings: marked people, the selection, search hits.
    for (let i = 0; i < N; i++) {
      if (nodes.hl[i] < 0 || !nodeActive[i]) continue;
      const sx = nodes.x[i] * k + ox, sy = nodes.y[i] * k + oy;
      if (!visible(sx, sy)) continue;
      ctx.strokeStyle = D.highlights[nodes.hl[i]].color;
      ctx.lineWidth = 2.2;
      ctx.beginPath(); ctx.arc(sx, sy, screenRadius(i) + 3, 0, 2 * Math.PI); ctx.stroke();
    }
    const ring = (i, color, width, gap) => {
      const sx = nodes.x[i] * k + ox, sy = nodes.y[i] * k + oy;
      ctx.strokeStyle = color; ctx.lineWidth = width;
      ctx.beginPath(); ctx.arc(sx, sy, screenRadius(i) + gap, 0, 2 * Math.PI); ctx.stroke();
    };
    if (selected >= 0) { ring(selected, '#ffffff', 5, 3); ring(selected, '#1d2733', 2.5, 3); }

    stats.labels = drawLabels(focus);
    stats.nodes = drawnNodes + dimmed.length;
    stats.edges = drawnEdges;
    if (timing) ctx.getImageData(0, 0, 1, 1);  // rasterise before reading the clock
    const ms = performance.now() - t0;
    lastFrameMs = ms;
    lastFullMs = ms;
    if (cache.width !== canvas.width || cache.height !== canvas.height) {
      cache.width = canvas.width;
      cache.height = canvas.height;
    }
    cacheCtx.drawImage(canvas, 0, 0);
    cacheView = { k: view.k, x: view.x, y: view.y };
    document.body.dataset.nodesDrawn = String(stats.nodes);
    document.body.dataset.edgesDrawn = String(stats.edges);
    document.body.dataset.labelsDrawn = String(stats.labels);
    $('status').textContent = fmt(drawnNodes) + ' ' + (drawnNodes === 1 ? D.nodeNounOne : D.nodeNoun) + ' · ' +
      fmt(drawnEdges) + (drawnEdges === 1 ? ' tie' : ' ties') + ' shown';
  }
  let lastFrameMs = 0;
  const sizeOrder = Array.from({ length: N }, (_, i) => i).sort((a, b) => (nodes.r[a] - nodes.r[b]) || (a - b));

  // Labels: greedy by priority, no overlaps, more as one zooms in.
  function drawLabels(focus) {
    if (labelMode === 'off' && selected < 0) return 0;
    const k = view.k, ox = view.x, oy = view.y;
    const boxes = [];
    const cellSize = 64;
    const occupied = new Map();
    const free = (x0, y0, x1, y1) => {
      for (let cx = Math.floor(x0 / cellSize); cx <= Math.floor(x1 / cellSize); cx++)
        for (let cy = Math.floor(y0 / cellSize); cy <= Math.floor(y1 / cellSize); cy++) {
          const list = occupied.get(cx * 7919 + cy);
          if (!list) continue;
          for (const b of list) if (x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1) return false;
        }
      return true;
    };
    const take = (b) => {
      boxes.push(b);
      for (let cx = Math.floor(b[0] / cellSize); cx <= Math.floor(b[2] / cellSize); cx++)
        for (let cy = Math.floor(b[1] / cellSize); cy <= Math.floor(b[3] / cellSize); cy++) {
          const id = cx * 7919 + cy;
          if (!occupied.has(id)) occupied.set(id, []);
          occupied.get(id).push(b);
        }
    };
    const budget = labelMode === 'all' ? N : Math.round((W * H) / 9000 * Math.min(1, 0.35 + 0.25 * Math.log2(1 + k / view.k0)));
    // Auto mode: at the overview only the important (leaders, large, marked); all as one zooms in.
    const zoom = k / view.k0;
    const minPrio = zoom >= 3 ? 0 : zoom <= 1.3 ? 1.2 : 1.2 * (3 - zoom) / 1.7;
    let count = 0;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const inside = D.kind === 'units';
    // Names do not cover the dots of the people important enough to be named at this zoom
    // (leaders, politicians, marked people): the core of their discs is taken first. (Bubbles of
    // the units map carry their names inside and stay free.)
    if (!inside && labelMode !== 'all')
      for (let i = 0; i < N; i++) {
        if (!nodeActive[i] || nodes.prio[i] < minPrio) continue;
        const r = screenRadius(i);
        if (r < 4) continue;
        const sx = nodes.x[i] * k + ox, sy = nodes.y[i] * k + oy;
        if (sx < -r || sx > W + r || sy < -r || sy > H + r) continue;
        const c = 0.7 * r;
        take([sx - c, sy - c, sx + c, sy + c]);
      }
    const candidates = [];
    if (selected >= 0) candidates.push(selected);
    if (focus) for (const j of neighbours) candidates.push(j);
    if (labelMode !== 'off') for (const i of labelOrder) candidates.push(i);
    const done = new Uint8Array(N);
    for (const i of candidates) {
      if (done[i]) continue;
      done[i] = 1;
      if (!nodeActive[i]) continue;
      if (focus && i !== selected && !neighbours.has(i)) continue;
      const always = nodes.always[i] === 1 || i === selected;
      if (!always && count >= budget) continue;
      const r = screenRadius(i);
      if (!always && labelMode === 'auto' && !focus && (r < 2.5 || nodes.prio[i] < minPrio)) continue;
      const sx = nodes.x[i] * k + ox, sy = nodes.y[i] * k + oy;
      if (sx < -50 || sx > W + 50 || sy < -20 || sy > H + 20) continue;
      const bold = always || i === selected;
      const size = inside ? Math.max(11, Math.min(16, r / 3.2)) : (bold ? 13 : 12);
      ctx.font = (bold ? '700 ' : '') + size + 'px ' + FONT;
      let text = nodes.label[i];
      if (text.length > 32) text = text.slice(0, 31) + '…';
      // Under a node (org charts), a name takes two lines.
      const lines = D.labelsBelow ? splitLabel(text) : [text];
      const w = Math.max(...lines.map((l) => ctx.measureText(l).width));
      const h = size * lines.length;
      let x0, y0;
      let placed = false;
      const right = [sx + r + 4, sy - h / 2], left = [sx - r - 4 - w, sy - h / 2];
      const below = [sx - w / 2, sy + r + 3], above = [sx - w / 2, sy - r - 3 - h];
      const spots = inside && 2 * r > w + 8 ? [[sx - w / 2, sy - size / 2]]
        : D.labelsBelow ? [below, right, left, above] : [right, left, below, above];
      for (const [px, py] of spots) {
        if (free(px - 2, py - 1, px + w + 2, py + h + 1)) { x0 = px; y0 = py; placed = true; break; }
      }
      if (!placed) {
        if (i !== selected) continue;  // labels never overlap, except the selected person's
        [x0, y0] = spots[0];
      }
      take([x0 - 2, y0 - 1, x0 + w + 2, y0 + h + 1]);
      ctx.strokeStyle = 'rgba(251,250,247,0.92)';
      ctx.lineWidth = 3.5;
      ctx.fillStyle = '#1d2733';
      ctx.textAlign = lines.length > 1 ? 'center' : 'left';
      const lx = lines.length > 1 ? x0 + w / 2 : x0;
      lines.forEach((line, n) => {
        ctx.strokeText(line, lx, y0 + size * (n + 0.5));
        ctx.fillText(line, lx, y0 + size * (n + 0.5));
      });
      ctx.textAlign = 'left';
      count++;
    }
    return count;
  }

  // The same rule as the C++ split_label: break at the space nearest the middle.
  function splitLabel(text) {
    const chars = Array.from(text);
    let best = -1, bestD = Infinity;
    chars.forEach((c, i) => {
      const d = Math.abs(i - chars.length / 2);
      if (c === ' ' && d < bestD) { best = i; bestD = d; }
    });
    return best < 0 ? [text] : [chars.slice(0, best).join(''), chars.slice(best + 1).join('')];
  }

  // ---- tooltip and selection -----------------------------------------------------------------
  const tooltip = $('tooltip');
  function detailList(i) {
    const dl = el('dl', 'kv');
    for (let f = 0; f < D.detailFields.length; f++) {
      const v = nodes.details[f][i];
      if (v === '' || v === null || v === undefined) continue;
      dl.appendChild(el('dt', null, D.detailFields[f]));
      dl.appendChild(el('dd', null, v));
    }
    return dl;
  }
  function showTooltip(i, sx, sy) {
    tooltip.replaceChildren(el('div', 'name', nodes.label[i]), detailList(i));
    if (nodes.hl[i] >= 0) tooltip.appendChild(el('div', 'note', D.highlights[nodes.hl[i]].label));
    tooltip.hidden = false;
    const tw = tooltip.offsetWidth, th = tooltip.offsetHeight;
    tooltip.style.left = Math.min(W - tw - 8, sx + 14) + 'px';
    tooltip.style.top = Math.min(H - th - 8, sy + 14) + 'px';
  }
  function showEdgeTooltip(e, sx, sy) {
    tooltip.replaceChildren(el('div', 'name', nodes.label[edges.s[e]] + ' – ' + nodes.label[edges.t[e]]),
      el('div', null, edges.label[e] || D.layers[edges.layer[e]].name));
    tooltip.hidden = false;
    tooltip.style.left = Math.min(W - tooltip.offsetWidth - 8, sx + 14) + 'px';
    tooltip.style.top = Math.min(H - tooltip.offsetHeight - 8, sy + 14) + 'px';
  }
  function edgeAt(sx, sy) {
    if (E > 3000) return -1;
    let best = -1, bestD = 6;
    for (let e = 0; e < E; e++) {
      if (!edgeActive[e]) continue;
      const ax = nodes.x[edges.s[e]] * view.k + view.x, ay = nodes.y[edges.s[e]] * view.k + view.y;
      const bx = nodes.x[edges.t[e]] * view.k + view.x, by = nodes.y[edges.t[e]] * view.k + view.y;
      const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((sx - ax) * dx + (sy - ay) * dy) / len2)) : 0;
      const d = Math.hypot(ax + t * dx - sx, ay + t * dy - sy);
      if (d < bestD) { bestD = d; best = e; }
    }
    return best;
  }

  function select(i, zoomTo) {
    selected = i;
    const box = $('selection');
    if (i < 0) {
      neighbours = null;
      box.classList.add('hidden');
      schedule();
      return;
    }
    neighbours = new Set();
    for (const e of adjacency[i]) if (layerOn[edges.layer[e]]) neighbours.add(edges.s[e] === i ? edges.t[e] : edges.s[e]);
    box.classList.remove('hidden');
    const list = el('ul');
    const seen = Array.from(neighbours).sort((a, b) => nodes.label[a].localeCompare(nodes.label[b]));
    for (const j of seen.slice(0, 200)) {
      const li = el('li');
      const dot = el('span', 'dot');
      dot.style.background = nodes.color[j];
      li.append(dot, el('span', null, nodes.label[j]));
      li.addEventListener('click', () => select(j, true));
      list.appendChild(li);
    }
    $('selection-body').replaceChildren(el('div', 'name', nodes.label[i]), detailList(i),
      el('h2', null, 'Ties to ' + fmt(neighbours.size)), list);
    $('selected-name').textContent = nodes.label[i];
    if (zoomTo) {
      // Close enough to read the neighbourhood, never so close that one person fills the screen.
      const target = Math.max(view.k, Math.min(view.k0 * 2.5, 18 / Math.max(nodes.r[i], 1e-9)));
      view.k = target;
      view.x = W / 2 - nodes.x[i] * target;
      view.y = H / 2 - nodes.y[i] * target;
    }
    schedule();
  }

  // ---- search --------------------------------------------------------------------------------
  const fold = (s) => s.toLocaleLowerCase('da').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const foldedLabels = nodes.label.map(fold);
  const foldedIds = nodes.id.map(fold);
  function search(query) {
    const q = fold(query.trim());
    if (!q) return [];
    const hits = [];
    for (let i = 0; i < N && hits.length < 50; i++)
      if (foldedLabels[i].includes(q) || foldedIds[i] === q) hits.push(i);
    hits.sort((a, b) => (foldedLabels[b].startsWith(q) - foldedLabels[a].startsWith(q)) || (nodes.prio[b] - nodes.prio[a]));
    return hits;
  }
  const results = $('search-results');
  let activeHit = 0, hits = [];
  function showResults(q) {
    hits = search(q);
    activeHit = 0;
    results.replaceChildren();
    results.classList.toggle('hidden', hits.length === 0);
    hits.slice(0, 10).forEach((i, n) => {
      const li = el('li', n === 0 ? 'active' : '', nodes.label[i]);
      const where = unitFacet >= 0 && nodes.facets[unitFacet][i] >= 0 ? D.facets[unitFacet].values[nodes.facets[unitFacet][i]] : '';
      li.appendChild(el('small', null, [nodes.details[0] ? nodes.details[0][i] : '', where].filter(Boolean).join(' · ')));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(i); });
      results.appendChild(li);
    });
    document.body.dataset.searchHits = String(hits.length);
  }
  function choose(i) {
    results.classList.add('hidden');
    $('search').value = nodes.label[i];
    if (!nodeActive[i]) resetFilters();
    select(i, true);
  }
  $('search').addEventListener('input', (ev) => showResults(ev.target.value));
  $('search').addEventListener('keydown', (ev) => {
    const items = results.querySelectorAll('li');
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!items.length) return;
      items[activeHit].classList.remove('active');
      activeHit = (activeHit + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[activeHit].classList.add('active');
    } else if (ev.key === 'Enter' && hits.length) {
      choose(hits[activeHit]);
    } else if (ev.key === 'Escape') {
      results.classList.add('hidden');
    }
  });
  $('search').addEventListener('blur', () => results.classList.add('hidden'));

  // ---- panel: legend and filters -----------------------------------------------------------------
  function item(colorNode, label, count, on, onClick) {
    const row = el('div', 'item' + (on ? '' : ' off'));
    row.append(colorNode, el('span', 'label', label));
    if (count !== null && count !== undefined) row.appendChild(el('span', 'count', fmt(count)));
    row.title = label;
    if (onClick) row.addEventListener('click', () => { onClick(); row.classList.toggle('off'); });
    return row;
  }
  function dot(color) { const d = el('span', 'dot'); d.style.background = color; return d; }
  function swatch(color, dashed) {
    const s = el('span', 'swatch' + (dashed ? ' dashed' : ''));
    if (dashed) s.style.borderTopColor = color; else s.style.background = color;
    return s;
  }
  function buildPanel() {
    const legend = $('legend');
    const L = D.legend;
    legend.replaceChildren(el('h2', null, L.title));
    if (L.type === 'categories') {
      L.items.forEach((it, n) => legend.appendChild(item(dot(it.color), it.label, it.count, true, () => {
        itemOn[n] = !itemOn[n]; applyFilters();
      })));
      legend.appendChild(el('p', 'note', 'Click a colour to hide or show it.'));
    } else {
      const ramp = el('div', 'ramp');
      ramp.style.background = 'linear-gradient(to right, ' + L.stops.join(', ') + ')';
      const labels = el('div', 'ramp-labels');
      labels.append(el('span', null, L.low), el('span', null, L.high));
      legend.append(ramp, labels);
    }
    if (D.sizeLegend) legend.appendChild(el('p', 'note', D.sizeLegend));
    if (D.highlights.length) {
      legend.appendChild(el('h2', null, 'Marked'));
      for (const h of D.highlights) {
        legend.appendChild(item(swatch(h.color, true), h.label, h.count, true, null));
        if (h.description) legend.appendChild(el('p', 'desc', h.description));
      }
    }
    const filters = $('filters');
    filters.replaceChildren();
    if (D.layers.length) {
      filters.appendChild(el('h2', null, 'Ties'));
      D.layers.forEach((l, n) => {
        const row = item(swatch(l.color, false), l.name, l.edges, true, () => {
          layerOn[n] = !layerOn[n];
          applyFilters();
          if (selected >= 0) select(selected, false);
        });
        if (l.description) row.title = l.name + ': ' + l.description;
        filters.appendChild(row);
      });
    }
    if (roleFacet >= 0 && D.legend.title !== 'Role') {
      const f = D.facets[roleFacet];
      const present = new Map();
      for (let i = 0; i < N; i++) { const r = nodes.facets[roleFacet][i]; if (r >= 0) present.set(r, (present.get(r) || 0) + 1); }
      filters.appendChild(el('h2', null, 'Role'));
      for (const [r, count] of Array.from(present).sort((a, b) => a[0] - b[0])) {
        roleOn[r] = true;
        filters.appendChild(item(dot('#c9ccd0'), f.values[r], count, true, () => { roleOn[r] = !roleOn[r]; applyFilters(); }));
      }
    }
    if (unitFacet >= 0) {
      const f = D.facets[unitFacet];
      filters.appendChild(el('h2', null, 'Unit'));
      const sel = el('select');
      sel.id = 'unit-filter';
      sel.appendChild(new Option('All units', '-1'));
      const depth = (u) => unitAncestors(u).length - 1;
      // Tree order: children after their parent.
      const children = f.values.map(() => []);
      const roots = [];
      f.values.forEach((_, u) => { const p = f.parents.length ? f.parents[u] : -1; if (p >= 0) children[p].push(u); else roots.push(u); });
      const walk = (u) => {
        sel.appendChild(new Option('\u00a0\u00a0'.repeat(depth(u)) + f.values[u], String(u)));
        for (const c of children[u]) walk(c);
      };
      roots.forEach(walk);
      sel.addEventListener('change', () => { unitFilter = Number(sel.value); applyFilters(); });
      filters.appendChild(sel);
    }
    const notes = $('notes');
    notes.replaceChildren();
    for (const n of D.notes) notes.appendChild(el('p', 'note', n));
    notes.appendChild(el('p', 'note', 'Drag to pan, scroll to zoom, click a person for their ties. Made with leadnet.'));
  }
  function resetFilters() {
    itemOn.fill(true);
    layerOn.fill(true);
    roleOn.fill(true);
    unitFilter = -1;
    const sel = $('unit-filter');
    if (sel) sel.value = '-1';
    document.querySelectorAll('aside .item.off').forEach((r) => r.classList.remove('off'));
    applyFilters();
  }

  // ---- pan and zoom --------------------------------------------------------------------------------
  function zoomAt(sx, sy, factor) {
    const k = Math.min(view.k0 * 60, Math.max(view.k0 * 0.3, view.k * factor));
    view.x = sx - (sx - view.x) * (k / view.k);
    view.y = sy - (sy - view.y) * (k / view.k);
    view.k = k;
    scheduleMove();
  }
  let drag = null;
  canvas.addEventListener('pointerdown', (ev) => {
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener('pointermove', (ev) => {
    const rect = canvas.getBoundingClientRect();
    const sx = ev.clientX - rect.left, sy = ev.clientY - rect.top;
    if (drag) {
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; canvas.classList.add('dragging'); }
      if (drag.moved) { view.x = drag.vx + dx; view.y = drag.vy + dy; tooltip.hidden = true; scheduleMove(); }
      return;
    }
    const i = nodeAt(sx, sy);
    if (i !== hovered) { hovered = i; drawOverlay(); }
    if (i >= 0) { showTooltip(i, sx, sy); return; }
    const e = D.kind === 'units' ? edgeAt(sx, sy) : -1;
    if (e >= 0) showEdgeTooltip(e, sx, sy); else tooltip.hidden = true;
  });
  canvas.addEventListener('pointerup', (ev) => {
    const rect = canvas.getBoundingClientRect();
    if (drag && !drag.moved) {
      const i = nodeAt(ev.clientX - rect.left, ev.clientY - rect.top);
      select(i === selected ? -1 : i, false);
    }
    drag = null;
    canvas.classList.remove('dragging');
  });
  canvas.addEventListener('pointerleave', () => { tooltip.hidden = true; if (hovered >= 0) { hovered = -1; drawOverlay(); } });
  canvas.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const rect = canvas.getBoundingClientRect();
    zoomAt(ev.clientX - rect.left, ev.clientY - rect.top, Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.0015)));
  }, { passive: false });
  canvas.addEventListener('dblclick', (ev) => {
    const rect = canvas.getBoundingClientRect();
    zoomAt(ev.clientX - rect.left, ev.clientY - rect.top, 2);
  });
  $('zoom-in').addEventListener('click', () => zoomAt(W / 2, H / 2, 1.5));
  $('zoom-out').addEventListener('click', () => zoomAt(W / 2, H / 2, 1 / 1.5));
  $('reset').addEventListener('click', () => { select(-1); resetFilters(); fit(); schedule(); });
  $('labels').addEventListener('click', () => {
    labelMode = labelMode === 'auto' ? 'all' : labelMode === 'all' ? 'off' : 'auto';
    $('labels').textContent = 'Labels: ' + labelMode;
    schedule();
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.target.tagName === 'INPUT' || ev.target.tagName === 'SELECT') return;
    if (ev.key === '/') { ev.preventDefault(); $('search').focus(); }
    else if (ev.key === 'Escape') select(-1);
    else if (ev.key === '+' || ev.key === '=') zoomAt(W / 2, H / 2, 1.5);
    else if (ev.key === '-') zoomAt(W / 2, H / 2, 1 / 1.5);
  });
  window.addEventListener('resize', () => {
    const cx = (W / 2 - view.x) / view.k, cy = (H / 2 - view.y) / view.k;
    resize();
    view.x = W / 2 - cx * view.k; view.y = H / 2 - cy * view.k;
    schedule();
  });

  // ---- start -------------------------------------------------------------------------------------
  $('title').textContent = D.title;
  $('subtitle').textContent = D.subtitle;
  buildPanel();
  resize();
  fit();
  applyFilters();
  draw();

  // Deep links and scripted checks: #search=NAME selects the first match; #bench=N times N
  // redraws of a scripted pan and zoom and reports them on <body>.
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has('search')) {
    const q = params.get('search');
    $('search').value = q;
    showResults(q);
    results.classList.add('hidden');
    if (hits.length) select(hits[0], true);
    draw();
  }
  if (params.has('bench')) {
    // A scripted pan and zoom: each step timed as a full drawing and as the frame shown while
    // moving (the last drawing moved and scaled).
    const frames = Math.max(1, Math.min(1000, Number(params.get('bench')) || 60));
    const full = [], moved = [];
    timing = true;
    const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
    for (let f = 0; f < frames; f++) {
      const t = f / frames;
      view.x += Math.cos(6.283 * t) * 12;
      view.y += Math.sin(6.283 * t) * 12;
      zoomAt(W / 2, H / 2, f < frames / 2 ? 1.02 : 1 / 1.02);
      drawMoved();
      moved.push(lastMoveMs);
      draw();
      full.push(lastFrameMs);
    }
    document.body.dataset.frameMsMedian = median(full).toFixed(2);
    document.body.dataset.frameMsMax = Math.max(...full).toFixed(2);
    document.body.dataset.moveMsMedian = median(moved).toFixed(2);
    document.body.dataset.moveMsMax = Math.max(...moved).toFixed(2);
    timing = false;
    document.body.dataset.frames = String(frames);
  }
  document.body.dataset.startupMs = (performance.now() - startedAt).toFixed(0);
  document.body.dataset.ready = '1';
})();
