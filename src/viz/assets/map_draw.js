// leadnet interactive map, part 2 of 3 (after map_data.js): drawing the canvas — the view, the
// cached frame shown while moving, ties, people, rings, and labels that never overlap.

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
