// leadnet interactive map, part 3 of 3 (after map_draw.js): interaction — tooltip and selection,
// search, the panel (legend and filters), pan and zoom — and the start.

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
